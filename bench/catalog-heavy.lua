-- A second load for the catalog search benchmark (scripts/bench-catalog.sh with BENCH_LUA=bench/catalog-heavy.lua):
-- the heaviest pages instead of the mix: words that find hundreds to thousands of offers, at most one facet, so
-- that nearly every answer is a full page of 20 results with every facet's check boxes, on pages 1 to 5.
local words = { "Bewer", "Bewerbung", "Pflege", "Hauswirt", "Deutsch", "Lager", "Büro", "Digital", "Sprache",
  "Integration", "Coaching", "Qualifizierung" }
local facets = { "", "&open=true", "&format=IN_PERSON", "&start=ROLLING", "&funding=FREE" }

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter * 104729)
end

init = function(args)
  math.randomseed(seed or os.time())
end

request = function()
  local path = "/offers?q=" .. encode(words[math.random(#words)]) .. facets[math.random(#facets)]
  local page = math.random(5)
  if page > 1 then path = path .. "&page=" .. page end
  return wrk.format("GET", path)
end

-- reports the percentiles as the mix does (run from the repository's root, as scripts/bench-catalog.sh does)
dofile("bench/percentiles.lua")
