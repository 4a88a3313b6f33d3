-- Workload (c): a learner marks an item complete. POST /api/courses/{course}/items/{video}/watched
-- {"share":1.0} (JSON: no CSRF token needed), for video items with a file (LOAD_ITEMS, comma-
-- separated), each (user, item) pair once, so that every request records a fact and moves the
-- derived progress. A thread that has used all its pairs stops (load.sh reports it).
-- With LOAD_ACK_LOG (bench/faults.sh), every acknowledged write is appended to LOAD_ACK_LOG.<thread>
-- as "user item", flushed at once, so that it can be checked against the database later.
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local users, items, course, k, total, ack, last_user, last_item

function init(args)
   users = load_users(env("LOAD_USERS"), tonumber(env("LOAD_THREADS")))
   course = env("LOAD_COURSE")
   items = {}
   for v in env("LOAD_ITEMS"):gmatch("%d+") do table.insert(items, v) end
   k = 0
   total = #users * #items
   local log = os.getenv("LOAD_ACK_LOG")
   if log and log ~= "" then ack = io.open(log .. "." .. id, "a") end
end

function request()
   if k >= total then
      if k == total then
         count("exhausted_threads")
         k = k + 1
      end
      wrk.thread:stop()
   end
   local u = users[k % #users + 1]
   local item = items[math.floor(k / #users) % #items + 1]
   k = k + 1
   last_user, last_item = u.id, item
   return wrk.format("POST", "/api/courses/" .. course .. "/items/" .. item .. "/watched",
      { Cookie = u.cookie, ["Content-Type"] = "application/json", Accept = "application/json" }, '{"share":1.0}')
end

function response(status, headers, body)
   if status == 200 and body:find('"recorded":true', 1, true) then
      count("recorded")
      if ack then
         ack:write(last_user, " ", last_item, "\n")
         ack:flush()
      end
   else
      count("not_recorded")
   end
end

-- LOAD_DELAY_MS (bench/faults.sh): a pause before each request, to keep the pairs for a long run.
local pause = tonumber(os.getenv("LOAD_DELAY_MS") or "")
if pause and pause > 0 then
   function delay() return pause end
end
