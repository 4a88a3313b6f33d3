-- bench/scorm.sh: SCORM 1.2 commits as a live player sends them. POST /scorm/commit on the content
-- origin (SCORM_HOST goes into the Host header), JSON with the learner's player session token, the
-- SCO, an increasing commitSequence and the whole cmi object as scorm-again renders it: lesson_status
-- incomplete, a lesson_location, a suspend_data of 2-4 KB that changes on every commit, the session
-- time and five interactions. Each answer's renewed token is used for the learner's next commit.
--
-- SCORM_LEARNERS names a file of "user id<TAB>session token<TAB>sco id" lines; thread k takes the
-- lines whose number is k modulo the thread count (one learner per connection when there are as
-- many learners as connections), so every (attempt, sco) is committed by one connection only and
-- its sequence numbers arrive in order. SCORM_SEQ_BASE: the first commitSequence of this run, above
-- any of an earlier run (the warm-up), or the commits would be acknowledged as stale and not stored.
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local learners, n, host, filler

function init(args)
   learners = {}
   local i = 0
   local threads = tonumber(env("LOAD_THREADS"))
   local base = tonumber(env("SCORM_SEQ_BASE", "1"))
   for line in io.lines(env("SCORM_LEARNERS")) do
      local uid, token, sco = line:match("^(%d+)\t([^\t]+)\t([^\t]+)$")
      if uid then
         if i % threads == id then
            table.insert(learners, { id = uid, token = token, sco = sco, seq = base - 1 })
         end
         i = i + 1
      end
   end
   if #learners == 0 then error("thread " .. id .. ": no learners in " .. env("SCORM_LEARNERS")) end
   host = env("SCORM_HOST")
   -- What authoring tools put in suspend_data: a compressed, base64-like string of the slides' state.
   local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/~"
   local parts = {}
   math.randomseed(1000 + id)
   for k = 1, 4096 do
      local c = math.random(1, #alphabet)
      parts[k] = alphabet:sub(c, c)
   end
   filler = table.concat(parts)
   n = 0
end

local function interaction(k, seq)
   local correct = (seq + k) % 3 ~= 0
   return string.format('"%d":{"id":"Question%d_%d","time":"10:%02d:%02d","type":"choice","weighting":"1",'
      .. '"student_response":"%s","result":"%s","latency":"00:00:%02d","objectives":{},'
      .. '"correct_responses":{"0":{"pattern":"b"}}}',
      k, k + 1, seq % 7, (seq + k) % 60, (seq * 7 + k) % 60, correct and "b" or "c",
      correct and "correct" or "wrong", (seq + 3 * k) % 60)
end

local function body(l)
   local seq = l.seq
   -- 2,048 to 4,095 characters, different on every commit (the sequence number leads it).
   local length = 2048 + (seq * 397 + tonumber(l.id)) % 2048
   local suspend = string.format("%012d", seq) .. filler:sub(13, length)
   local seconds = seq % 3600
   local items = {}
   for k = 0, 4 do items[#items + 1] = interaction(k, seq) end
   return '{"token":"' .. l.token .. '","sco":"' .. l.sco .. '","commitSequence":' .. seq
      .. ',"terminate":false,"cmi":{"suspend_data":"' .. suspend .. '","launch_data":"","comments":"",'
      .. '"comments_from_lms":"","core":{"student_id":"' .. l.id .. '","student_name":"Learner, Bench",'
      .. '"lesson_location":"slide-' .. (seq % 40 + 1) .. '","credit":"credit","lesson_status":"incomplete",'
      .. '"entry":"resume","score":{"raw":"","min":"","max":""},"total_time":"00:00:00","lesson_mode":"normal",'
      .. '"exit":"suspend","session_time":' .. string.format('"%02d:%02d:%02d"', math.floor(seconds / 3600), math.floor(seconds / 60) % 60, seconds % 60)
      .. '},"objectives":{},"student_data":{"mastery_score":"","max_time_allowed":"","time_limit_action":""},'
      .. '"student_preference":{"audio":"","language":"","speed":"","text":""},'
      .. '"interactions":{' .. table.concat(items, ",") .. '}}}'
end

local current

function request()
   n = n + 1
   current = learners[(n - 1) % #learners + 1]
   current.seq = current.seq + 1
   local b = body(current)
   count("sent")
   count("body_bytes", #b)
   return wrk.format("POST", "/scorm/commit", { Host = host, ["Content-Type"] = "application/json",
      Accept = "application/json" }, b)
end

function response(status, headers, body)
   if status ~= 200 then
      count("not_200")
      return
   end
   if not body:find('"result":true', 1, true) then
      count("result_false")
      return
   end
   if body:find('"stale":true', 1, true) then
      count("stale")
      return
   end
   count("stored")
   local token = body:match('"token":"([^"]+)"')
   if token then current.token = token end
end
