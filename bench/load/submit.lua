-- Workload (e): an assignment submission with a small file, as the learner's page does it through
-- the API. Each visit to a user (the thread's users in turn):
--   1. POST .../submission/submit {"body": ...}  hands in the text and the file attached on the
--      previous visit (inspected since by the job workers; 409 if it is still being checked)
--   2. DELETE .../submission/files/{id}           takes that file off (a submission holds 10 at most)
--   3. POST /api/uploads                          tus creation of a small text file (X-CSRF-Token)
--   4. PATCH /api/uploads/{id}                    its bytes, different on every upload
--   5. POST .../submission/files {"upload": id}   attaches it (pending until inspected)
-- A user's first visit starts at 3. LOAD_COURSE, LOAD_ITEM: the assignment; LOAD_FILE_BYTES: size.
dofile(os.getenv("LOAD_DIR") .. "/common.lua")

local users, base, u_index, step, size, filler, serial

function init(args)
   users = load_users(env("LOAD_USERS"), tonumber(env("LOAD_THREADS")))
   base = "/api/courses/" .. env("LOAD_COURSE") .. "/assignments/" .. env("LOAD_ITEM") .. "/submission"
   size = tonumber(env("LOAD_FILE_BYTES", "2048"))
   filler = string.rep("Ангид туршсан тэмдэглэл. Notes from the classroom.\n", 1 + math.floor(size / 40))
   u_index = 1
   step = nil
   serial = 0
end

local function user() return users[u_index] end

local function next_user()
   u_index = u_index % #users + 1
   step = nil
end

local function json(u, method, path, body)
   return wrk.format(method, path, { Cookie = u.cookie, ["Content-Type"] = "application/json",
      Accept = "application/json" }, body)
end

function request()
   local u = user()
   if step == nil then
      step = u.file and "submit" or "create"
   end
   if step == "submit" then
      u.attempt = (u.attempt or 0) + 1
      return json(u, "POST", base .. "/submit",
         '{"body":"Load bench submission ' .. u.attempt .. ' by user ' .. u.id .. ' (thread ' .. id .. ')."}')
   elseif step == "delete" then
      return wrk.format("DELETE", base .. "/files/" .. u.file, { Cookie = u.cookie, ["X-CSRF-Token"] = u.csrf,
         Accept = "application/json" })
   elseif step == "create" then
      serial = serial + 1
      u.bytes = string.format("%d %d %d\n", id, serial, os.time()) .. filler
      u.bytes = u.bytes:sub(1, size)
      return wrk.format("POST", "/api/uploads", { Cookie = u.cookie, ["X-CSRF-Token"] = u.csrf,
         ["Tus-Resumable"] = "1.0.0", ["Upload-Length"] = tostring(#u.bytes),
         -- filename notes.txt, filetype text/plain, kind file
         ["Upload-Metadata"] = "filename bm90ZXMudHh0,filetype dGV4dC9wbGFpbg==,kind ZmlsZQ==" })
   elseif step == "patch" then
      return wrk.format("PATCH", u.upload, { Cookie = u.cookie, ["X-CSRF-Token"] = u.csrf,
         ["Tus-Resumable"] = "1.0.0", ["Upload-Offset"] = "0",
         ["Content-Type"] = "application/offset+octet-stream" }, u.bytes)
   else -- attach
      return json(u, "POST", base .. "/files", '{"upload":"' .. u.upload:match("([^/]+)$") .. '"}')
   end
end

function response(status, headers, body)
   local u = user()
   if step == "submit" then
      if status == 200 then
         count("submitted")
         step = "delete"
      elseif status == 409 then
         count("submit_409_still_checked")
         next_user()
      else
         count("submit_failed")
         step = "delete"
      end
   elseif step == "delete" then
      if status ~= 200 then count("delete_failed") end
      u.file = nil
      step = "create"
   elseif step == "create" then
      local location = headers["Location"] or headers["location"]
      if status == 201 and location then
         u.upload = location:match("https?://[^/]+(/.*)$") or location
         step = "patch"
      else
         count("create_failed")
         next_user()
      end
   elseif step == "patch" then
      if status == 204 then
         count("uploaded")
         step = "attach"
      else
         count("patch_failed")
         next_user()
      end
   else
      local file = body:match('"id"%s*:%s*(%d+)')
      if status == 200 and file then
         u.file = file
         count("attached")
      else
         count("attach_failed")
      end
      next_user()
   end
end
