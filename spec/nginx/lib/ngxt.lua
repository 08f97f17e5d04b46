-- ngxt: a tiny test runner that runs inside nginx (content phase).
--
-- A test file spec/nginx/<name>_t.lua returns function(t) that declares tests:
--   t.it("name", function() t.eq(1, 1) end)      t.skip("name", "reason")
-- GET /t/<name> runs them in order and answers, one line per test:
--   ok - name | not ok - name: reason | skip - name: reason
-- and as the last line "<name>: N passed, N failed, N skipped".
local params = require("ngxt_params")

local _M = {}

local function fmtv(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

-- Assertions raise a plain string; the runner reports it.
local function new_t()
  local t = { tests = {}, params = params }
  function t.it(name, fn) t.tests[#t.tests + 1] = { name = name, fn = fn } end
  function t.skip(name, reason) t.tests[#t.tests + 1] = { name = name, skip = reason } end
  function t.ok(v, msg) if not v then error((msg or "expected a true value") , 2) end return v end
  function t.eq(want, got, msg)
    if want ~= got then
      error(("%sexpected %s, got %s"):format(msg and (msg .. ": ") or "", fmtv(want), fmtv(got)), 2)
    end
  end
  function t.match(s, pat, msg)
    if type(s) ~= "string" or not s:find(pat) then
      error(("%sexpected %s to match %q"):format(msg and (msg .. ": ") or "", fmtv(s), pat), 2)
    end
  end
  -- The typed error contract: an errors object with this kind (and code).
  function t.typed(err, kind, code)
    local errors = require("partnercentral.errors")
    if not errors.is_error(err) then error("expected a typed error, got " .. fmtv(err), 2) end
    if err.kind ~= kind then error(("expected kind %s, got %s (%s)"):format(kind, err.kind, tostring(err)), 2) end
    if code and err.code ~= code then
      error(("expected code %s, got %s (%s)"):format(code, err.code, tostring(err)), 2)
    end
    if tostring(err) == "" then error("empty tostring(err)", 2) end
  end
  return t
end

function _M.run(name)
  ngx.header["Content-Type"] = "text/plain"
  if not name:match("^[%w_]+$") then return ngx.exit(404) end
  local path = params.root .. "/spec/nginx/" .. name .. "_t.lua"
  local chunk, lerr = loadfile(path)
  if not chunk then
    ngx.say("not ok - load ", name, ": ", lerr)
    ngx.say(name, ": 0 passed, 1 failed, 0 skipped")
    return
  end
  local t = new_t()
  local ok, err = pcall(function() chunk()(t) end)
  if not ok then
    ngx.say("not ok - declare ", name, ": ", tostring(err))
    ngx.say(name, ": 0 passed, 1 failed, 0 skipped")
    return
  end
  local passed, failed, skipped = 0, 0, 0
  for _, case in ipairs(t.tests) do
    if case.skip then
      skipped = skipped + 1
      ngx.say("skip - ", case.name, ": ", case.skip)
    else
      local cok, cerr = xpcall(case.fn, function(e) return tostring(e) end)
      if cok then
        passed = passed + 1
        ngx.say("ok - ", case.name)
      else
        failed = failed + 1
        ngx.say("not ok - ", case.name, ": ", cerr)
      end
    end
    ngx.flush(true)
  end
  ngx.say(name, ": ", passed, " passed, ", failed, " failed, ", skipped, " skipped")
end

return _M
