-- Load of the cooperation benchmark (scripts/bench-cooperation.sh): each request a random address of the file
-- BENCH_PATHS (participant lists or plan pages, one per line) with a random session of BENCH_COOKIES (one
-- "WERKSTATT_SESSION=…" per line: several people signed in, as in an office, not one session shared by all).
local paths, cookies = {}, {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
for line in io.lines(os.getenv("BENCH_COOKIES")) do cookies[#cookies + 1] = line end

local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919)
end

init = function(args)
  math.randomseed(seed or os.time())
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)], { Cookie = cookies[math.random(#cookies)] })
end

-- the percentiles as the other loads report them (run from the repository's root)
dofile("bench/percentiles.lua")
