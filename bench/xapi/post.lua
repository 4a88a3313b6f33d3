-- bench/xapi.sh post: POST /xapi/statements as an LRS client (XAPI_AUTH), XAPI_BATCH statements per
-- request (1: a single statement object, as content sends most; more: an array). Each statement has
-- its own id (as cmi5 content and offline sync send them; XAPI_NONCE keeps runs apart), a learner
-- of XAPI_LEARNERS as an account on XAPI_HOME, a verb of the generator's mix, an item of a course
-- as the object with module and course as context activities, the learner's registration for the
-- course and a result where the verb has one. An answer is counted as stored when it is 200 with
-- the ids (a JSON array).
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local home, auth, batch, learners, nonce, n

local verbs = { -- verb, weight (the generator's mix, roughly)
   { "experienced", 30 }, { "answered", 30 }, { "completed", 12 }, { "launched", 6 }, { "progressed", 5 },
   { "initialized", 5 }, { "terminated", 5 }, { "passed", 4 }, { "failed", 2 }, { "attended", 1 },
}
local wheel = {}

function init(args)
   home = env("XAPI_HOME")
   auth = env("XAPI_AUTH")
   batch = tonumber(env("XAPI_BATCH", "1"))
   learners = tonumber(env("XAPI_LEARNERS", "5000"))
   nonce = tonumber(env("XAPI_NONCE"))
   math.randomseed(nonce + id)
   for _, v in ipairs(verbs) do
      for _ = 1, v[2] do table.insert(wheel, v[1]) end
   end
   n = 0
end

local function registration(learner, course)
   return string.format("%08x-%04x-4%03x-9%03x-%012x", learner, course, 0, 0, 42)
end

local function statement()
   n = n + 1
   local learner = 1000000 + math.random(0, learners - 1)
   local course = (learner * 7) % 40 + 1
   local module = math.random(1, 8)
   local item = course * 100 + module * 10 + math.random(1, 6)
   local verb = wheel[math.random(1, #wheel)]
   local courseIri = home .. "/courses/NAT-" .. string.format("%03d", course)
   local itemIri = courseIri .. "/items/" .. item
   local result = ""
   if verb == "answered" or verb == "passed" or verb == "failed" then
      local score = math.random(0, 100)
      result = string.format(',"result":{"score":{"scaled":%.2f,"raw":%d,"min":0,"max":100},"success":%s,"completion":true,"duration":"PT%dS"}',
         score / 100, score, verb == "failed" and "false" or "true", math.random(10, 300))
   elseif verb == "completed" then
      result = ',"result":{"completion":true,"duration":"PT12M"}'
   end
   return string.format('{"id":"%08x-%04x-4%03x-8%03x-%012x","actor":{"objectType":"Agent","name":"Бат-Эрдэнэ","account":{"homePage":"%s","name":"%d"}},'
      .. '"verb":{"id":"http://adlnet.gov/expapi/verbs/%s","display":{"en-US":"%s"}},'
      .. '"object":{"objectType":"Activity","id":"%s","definition":{"type":"http://adlnet.gov/expapi/activities/lesson","name":{"mn-MN":"Хичээл %d.%d"}}}%s,'
      .. '"context":{"registration":"%s","contextActivities":{"parent":[{"id":"%s/modules/%d"}],"grouping":[{"id":"%s"}]},"platform":"Surgalt","language":"mn-MN"},'
      .. '"timestamp":"%s"}',
      nonce % 0x100000000, id, 0, 0, n, home, learner, verb, verb, itemIri, module, item % 10, result,
      registration(learner, course), courseIri, module, courseIri, os.date("!%Y-%m-%dT%H:%M:%SZ"))
end

function request()
   local body
   if batch == 1 then
      body = statement()
   else
      local parts = {}
      for k = 1, batch do parts[k] = statement() end
      body = "[" .. table.concat(parts, ",") .. "]"
   end
   count("sent", batch)
   return wrk.format("POST", "/xapi/statements", { Authorization = auth, ["X-Experience-API-Version"] = "1.0.3",
      ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
   if status ~= 200 then
      count("not_200")
      if status >= 500 then count("status_5xx") end
      if not logged then
         logged = true
         io.stderr:write("POST answered " .. status .. ": " .. body:sub(1, 300) .. "\n")
      end
      return
   end
   if body:sub(1, 1) == "[" then count("stored", batch) else count("odd_answer") end
end
