-- bench/xapi.sh get: GET /xapi/statements with one kind of filter (XAPI_QUERY), values drawn at random
-- from the generator's samples (XAPI_SAMPLES: "kind<TAB>value" lines: learners, items, courses,
-- registrations, workshop instructors). HTTP Basic as an LRS client (XAPI_AUTH: the header's value),
-- X-Experience-API-Version 1.0.3, limit XAPI_LIMIT. XAPI_NOW: the end of the data, epoch seconds
-- (since is measured back from it). Counts the statements in each answer (one "authority" each),
-- the empty answers and those with a more link. XAPI_QUERY=about: GET /xapi/about (the baseline);
-- school and school_verb: as a client scoped to one school (XAPI_AUTH_SCHOOL).
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local samples, home, now, query, auth, limit

-- The verbs filtered on alone and with an agent: the common ones and the rare ones.
local verbs = {
   "http://adlnet.gov/expapi/verbs/experienced", "http://adlnet.gov/expapi/verbs/completed",
   "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/passed",
   "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/attended",
   "http://adlnet.gov/expapi/verbs/registered", "http://adlnet.gov/expapi/verbs/satisfied",
}

local function urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(list)
   return list[math.random(1, #list)]
end

local function sample(kind)
   local list = samples[kind]
   if not list then error("no " .. kind .. " in " .. env("XAPI_SAMPLES")) end
   return pick(list)
end

local function agent(name)
   return urlencode('{"objectType":"Agent","account":{"homePage":"' .. home .. '","name":"' .. name .. '"}}')
end

-- since: between an hour and `days` days before the end of the data.
local function since(days)
   return urlencode(os.date("!%Y-%m-%dT%H:%M:%SZ", now - math.random(3600, days * 86400)))
end

function init(args)
   samples = {}
   for line in io.lines(env("XAPI_SAMPLES")) do
      local k, v = line:match("^(%w+)\t(.*)$")
      if k == "home" then
         home = v
      elseif k then
         samples[k] = samples[k] or {}
         table.insert(samples[k], v)
      end
   end
   query = env("XAPI_QUERY")
   auth = env("XAPI_AUTH")
   limit = env("XAPI_LIMIT", "25")
   now = tonumber(env("XAPI_NOW"))
   math.randomseed(tonumber(env("XAPI_SEED", "7")) * 100 + id)
end

local builders = {
   agent = function() return "agent=" .. agent(sample("agent")) end,
   activity = function() return "activity=" .. urlencode(sample("activity")) end,
   verb = function() return "verb=" .. urlencode(pick(verbs)) end,
   since = function() return "since=" .. since(7) end,
   registration = function() return "registration=" .. sample("registration") end,
   agent_verb = function() return "agent=" .. agent(sample("agent")) .. "&verb=" .. urlencode(pick(verbs)) end,
   activity_since = function() return "activity=" .. urlencode(sample("activity")) .. "&since=" .. since(30) end,
   related_activities = function() return "activity=" .. urlencode(sample("course")) .. "&related_activities=true" end,
   related_agents = function() return "agent=" .. agent(sample("instructor")) .. "&related_agents=true" end,
   -- As a client scoped to one school (XAPI_AUTH_SCHOOL): its statements, newest first, and by verb.
   school = function() return "ascending=false" end,
   school_verb = function() return "verb=" .. urlencode(pick(verbs)) end,
}

function request()
   local path
   if query == "about" then
      path = "/xapi/about"
   else
      local build = builders[query]
      if not build then error("unknown XAPI_QUERY " .. query) end
      path = "/xapi/statements?" .. build() .. "&limit=" .. limit
   end
   local header = auth
   if query:sub(1, 7) == "school" then header = env("XAPI_AUTH_SCHOOL") end
   return wrk.format("GET", path, { Authorization = header, ["X-Experience-API-Version"] = "1.0.3",
      Accept = "application/json" })
end

function response(status, headers, body)
   if status ~= 200 then
      count("not_200")
      if status >= 500 then count("status_5xx") end
      return
   end
   if query == "about" then return end
   local n, at = 0, 1
   while true do
      local s = body:find('"authority":', at, true)
      if not s then break end
      n = n + 1
      at = s + 12
   end
   count("statements", n)
   count("body_bytes", #body)
   if n == 0 then count("empty") end
   if body:find('"more":"/', 1, true) then count("more") end
end
