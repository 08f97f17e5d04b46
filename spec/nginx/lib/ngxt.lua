-- ngxt: a tiny test runner that runs inside nginx (content phase).
--
-- A test file spec/nginx/<name>_t.lua returns function(t) that declares tests:
--   t.it("name", function() t.eq(1, 1) end)      t.skip("name", "reason")
--   t.it("name", fn, { timeout = 30 })           (seconds; default t.TIMEOUT)
--   t.note("text") inside a test: printed as "# text" after its result line
-- GET /t/<name> runs them in order and answers, one line per test:
--   ok - name | not ok - name: reason | skip - name: reason
-- and as the last line "<name>: N passed, N failed, N skipped".
-- Each test runs in its own light thread against a timer: a test that hangs
-- (a framing bug that waits on a read) is killed at its timeout and reported
-- as "not ok - name: timed out after N s"; the next test runs.
local params = require("ngxt_params")

local _M = { TIMEOUT = 10 }

local function fmtv(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

-- Assertions raise a plain string; the runner reports it.
local function new_t()
  local t = { tests = {}, params = params, TIMEOUT = _M.TIMEOUT, notes = {} }
  function t.note(text) t.notes[#t.notes + 1] = text end
  function t.it(name, fn, opts)
    t.tests[#t.tests + 1] = { name = name, fn = fn, timeout = opts and opts.timeout }
  end
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

-- Runs one test within its timeout -> true | false, reason.
local function run_case(case)
  local limit = case.timeout or _M.TIMEOUT
  local test = ngx.thread.spawn(function()
    return "done", xpcall(case.fn, function(e) return tostring(e) end)
  end)
  local timer = ngx.thread.spawn(function() ngx.sleep(limit) return "timeout" end)
  local ok, what, cok, cerr = ngx.thread.wait(test, timer)
  if what == "done" then
    ngx.thread.kill(timer)
    return cok, cerr
  end
  ngx.thread.kill(test)
  if not ok then return false, "runner thread failed: " .. tostring(what) end
  return false, ("timed out after %g s"):format(limit)
end

_M.run_case = run_case

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
      local cok, cerr = run_case(case)
      if cok then
        passed = passed + 1
        ngx.say("ok - ", case.name)
      else
        failed = failed + 1
        ngx.say("not ok - ", case.name, ": ", cerr)
      end
      for _, n in ipairs(t.notes) do ngx.say("# ", n) end
      t.notes = {}
    end
    ngx.flush(true)
  end
  ngx.say(name, ": ", passed, " passed, ", failed, " failed, ", skipped, " skipped")
  -- ends the request even if a killed test left light threads of its own behind
  ngx.exit(ngx.OK)
end

return _M
