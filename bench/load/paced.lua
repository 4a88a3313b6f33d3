-- Soak (bench/soak.sh): workload (a)'s course page and (b)'s JSON API, alternately, at a fixed
-- total rate (wrk2 is not in Debian): each of the LOAD_THREADS connections sends LOAD_RATE /
-- LOAD_THREADS requests per second on a schedule (clock_gettime through LuaJIT's FFI), waiting
-- in wrk's delay() for the next slot; a connection that falls behind sends at once, so a server
-- slower than the rate shows as a lower achieved rate and longer latencies.
dofile(os.getenv("LOAD_DIR") .. "/common.lua")
local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } timespec_t;
   int clock_gettime(int clk_id, timespec_t *tp);
]]
local ts = ffi.new("timespec_t")
local function now_ms()
   ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
   return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local users, n, interval, next_at, paths

function init(args)
   users = load_users(env("LOAD_USERS"), tonumber(env("LOAD_THREADS")))
   interval = 1000 * tonumber(env("LOAD_THREADS")) / tonumber(env("LOAD_RATE"))
   paths = { { "/courses/LOAD-064", "text/html" }, { "/api/courses/" .. env("LOAD_COURSE"), "application/json" } }
   n = 0
   -- Threads start spread over one interval, not all at once.
   next_at = now_ms() + interval * id / tonumber(env("LOAD_THREADS"))
end

function delay()
   local wait = next_at - now_ms()
   next_at = math.max(next_at, now_ms() - interval) + interval
   return wait > 0 and math.floor(wait) or 0
end

function request()
   n = n + 1
   local u = users[(n - 1) % #users + 1]
   local p = paths[n % 2 + 1]
   return wrk.format("GET", p[1], { Cookie = u.cookie, Accept = p[2], ["Accept-Encoding"] = "gzip" })
end

function response(status, headers, body)
   if status ~= 200 then count("not_200") end
end
