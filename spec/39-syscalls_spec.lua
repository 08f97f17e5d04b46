-- The system calls of a kept-alive client call are the transport's own: the
-- SDK adds none per call (issue 13). In particular the curl handle's fork
-- check reads a pid kept by an atfork handler (csrc/proc.c), not getpid().
-- Counted by strace on a separate interpreter of this runtime making CALLS
-- calls to a loopback server, against the counts of a run making only the
-- WARMUP calls (LuaJIT compiles its traces then, with an mprotect each).
local helpers = require("spec.helpers")
local ch = require("spec.support.client_helpers")

local CALLS, WARMUP = 200, 100

local SCRIPT = [[
local pc = require("partnercentral")
local c = pc.account.new{ region = "us-east-1", endpoint = arg[1], transport = "curl",
  credentials = { access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }
for _ = 1, tonumber(arg[2]) do assert(c:get_connection_preferences{ Catalog = "AWS" }) end
]]

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- {syscall = count} of one run of SCRIPT making n calls, or nil, why
local function counts(url, n)
  local dir = helpers.sh("mktemp -d"):gsub("%s+$", "")
  local script = helpers.write_file(dir .. "/calls.lua", SCRIPT)
  local interp = jit and "luajit" or "lua5.4"
  local cmd = ("LUA_PATH=%s LUA_CPATH=%s strace -f -qq -c -o %s %s %s %s %d 2>&1"):format(
    q(package.path), q(package.cpath), q(dir .. "/counts"), interp, q(script), q(url), n)
  local out = helpers.sh(cmd)
  local text = helpers.read_file(dir .. "/counts") or ""
  os.execute("rm -rf " .. q(dir))
  local got = {}
  -- "% time seconds usecs/call calls [errors] syscall" rows
  for line in text:gmatch("[^\n]+") do
    local calls, name = line:match("^%s*[%d.]+%s+[%d.]+%s+%d+%s+(%d+)%s+%d*%s*([%w_]+)%s*$")
    if calls and name ~= "total" then got[name] = tonumber(calls) end
  end
  if not got.sendto and not got.write and not got.writev then return nil, out .. text end
  return got
end

describe("system calls of a client call #uninstrumented", function()  -- strace and a child interpreter
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  it("a kept-alive call makes the transport's system calls and no getpid()", function()
    if not helpers.sh("command -v strace"):find("strace") then
      return pending("strace is not installed (tools/install-deps installs it)")
    end
    if not helpers.sh("strace -qq -o /dev/null true 2>&1 && echo traced"):find("traced") then
      return pending("strace cannot trace here (ptrace not allowed)")
    end
    local one = assert(counts(srv.url, WARMUP))
    local many = assert(counts(srv.url, WARMUP + CALLS))
    local function per_call(name) return ((many[name] or 0) - (one[name] or 0)) / CALLS end
    -- one request out and one answer in per call, on the kept-alive connection
    assert.equal(1, per_call("sendto"))
    assert.equal(1, per_call("recvfrom"))
    -- (one reconnect may read the pid once)
    assert.is_true(per_call("getpid") < 0.05, "getpid: " .. per_call("getpid") .. " per call")
    -- nothing else that grows with the calls but libcurl's polls (a rare
    -- reconnect, if the server closes the connection, is not per call).
    -- Memory management is left out: the allocator and LuaJIT's compiler
    -- (an mprotect per trace, some traces only when the date string changes)
    -- call it when they need to, not per call.
    local memory = { mmap = true, munmap = true, mprotect = true, brk = true, madvise = true }
    for name in pairs(many) do
      if name ~= "sendto" and name ~= "recvfrom" and name ~= "poll" and not memory[name] then
        assert.is_true(per_call(name) < 0.05, name .. ": " .. per_call(name) .. " per call")
      end
    end
  end)
end)
