-- wrk script of the catalog search benchmark (scripts/bench-catalog.sh): every request asks /offers with a text
-- query and two facets, varied across requests (words, whole and started, facets and their values, pages 1 to 3),
-- so that no two clients ask the same thing in a row. A query string is never served by the public page cache.
-- Reports the percentiles like bench/percentiles.lua.
local words = { "Bewerbung", "Bewerbungen", "Bewer", "Deutsch", "Pflege", "Lager", "Logistik", "Büro", "Handwerk",
  "Gastronomie", "Digital", "Computer", "Metall", "Garten", "Kinderbetreuung", "Sprache", "Integration", "Verkauf",
  "Kommunikation", "Gesundheit", "Sicherheit", "Elektro", "Pflegekurs", "Lagertraining", "Coaching", "Praxis",
  "Qualifizierung", "Medien", "Existenz", "Hauswirt" }
local facets = {
  { "format", { "IN_PERSON", "DIGITAL", "HYBRID", "DISTANCE" } },
  { "basis", { "DE_SGB2_16_SGB3_45_MAT", "DE_SGB3_81_FBW", "DE_SGB2_16A", "DE_SGB2_16E", "DE_SGB2_16I", "DE_ESF_PLUS", "DE_MUNICIPAL" } },
  { "funding", { "EDUCATION_VOUCHER", "ACTIVATION_VOUCHER", "ESF_PLUS", "MUNICIPAL", "FREE" } },
  { "group", { "YOUNG_PEOPLE", "LONG_TERM_UNEMPLOYED", "SINGLE_PARENTS", "MIGRANTS", "OLDER_PEOPLE" } },
  { "region", { "Hafenstadt", "Nordufer", "S%C3%BCdstadt", "Altstadt", "Westhafen", "Seedorf" } },
  { "start", { "THIS_MONTH", "NEXT_THREE_MONTHS", "LATER", "ROLLING" } },
  { "open", { "true" } },
  { "access", { "STEP_FREE", "HEARING_LOOP", "PLAIN_LANGUAGE", "CHILDCARE" } },
}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919)
end

init = function(args)
  math.randomseed(seed or os.time())
end

request = function()
  local word = words[math.random(#words)]
  local first = math.random(#facets)
  local second = math.random(#facets - 1)
  if second >= first then second = second + 1 end
  local a, b = facets[first], facets[second]
  local path = "/offers?q=" .. encode(word)
    .. "&" .. a[1] .. "=" .. a[2][math.random(#a[2])]
    .. "&" .. b[1] .. "=" .. b[2][math.random(#b[2])]
  local page = math.random(10)
  if page > 7 then path = path .. "&page=" .. (page - 6) end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
