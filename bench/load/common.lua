-- Shared by the workload scripts of bench/load.sh (wrk 4, LuaJIT). Each wrk thread has its own
-- Lua state and, since load.sh runs as many threads as connections, its own connection: a script
-- can keep per-connection state and chain requests (wrk calls response() before the next request()).
--
-- LOAD_USERS names a file of signed-in users, one a line: user id, Cookie header, CSRF token
-- (tab-separated) and optionally a path of the user's own (a coordinator's dashboard). Thread k
-- takes the users whose line number is k modulo the thread count, so no two connections act as
-- the same user.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

-- Counters a script adds to with count(name); done() prints their totals over all threads.
counters = {}
function count(name, n)
   counters[name] = (counters[name] or 0) + (n or 1)
   -- done() runs in the main Lua state: it reads what each thread published.
   wrk.thread:set("counters", counters)
end

function load_users(path, nthreads)
   local mine = {}
   local i = 0
   for line in io.lines(path) do
      local uid, cookie, csrf, path = line:match("^(%d+)\t([^\t]+)\t([^\t]+)\t?(.*)$")
      if uid then
         if i % nthreads == id then
            table.insert(mine, { id = uid, cookie = cookie, csrf = csrf, path = path ~= "" and path or nil })
         end
         i = i + 1
      end
   end
   if #mine == 0 then
      error("thread " .. id .. ": no users in " .. path)
   end
   return mine
end

function env(name, default)
   local v = os.getenv(name)
   if v == nil or v == "" then
      if default == nil then error(name .. " is not set") end
      return default
   end
   return v
end

-- One line load.sh parses: requests, seconds, latency percentiles in microseconds, errors, and
-- the scripts' own counters.
function done(summary, latency, requests)
   local totals = {}
   for _, t in ipairs(threads) do
      local c = t:get("counters")
      if c then
         for k, v in pairs(c) do totals[k] = (totals[k] or 0) + v end
      end
   end
   local e = summary.errors
   local line = string.format("RESULT requests=%d seconds=%.3f p50=%d p95=%d p99=%d max=%d status_errors=%d socket_errors=%d",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, e.status, e.connect + e.read + e.write + e.timeout)
   for k, v in pairs(totals) do line = line .. " " .. k .. "=" .. v end
   io.write(line .. "\n")
end
