-- Workloads (a), (b) and (d): GET LOAD_PATH, or each user's own path (the fourth column of the
-- users file: a coordinator's cohort), as the thread's users in turn.
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local users, n, path, accept

function init(args)
   users = load_users(env("LOAD_USERS"), tonumber(env("LOAD_THREADS")))
   path = env("LOAD_PATH", "/")
   accept = env("LOAD_ACCEPT", "text/html")
   n = 0
end

function request()
   n = n + 1
   local u = users[(n - 1) % #users + 1]
   return wrk.format("GET", u.path or path, { Cookie = u.cookie, Accept = accept, ["Accept-Encoding"] = "gzip" })
end

function response(status, headers, body)
   if status ~= 200 then count("not_200") end
end
