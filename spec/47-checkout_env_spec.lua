-- Running one's own script from a checkout (README, first screen): tools/lua
-- and eval "$(make env)", for Lua 5.4 and for LuaJIT, from another directory,
-- and both evals in one shell. The script is one line that loads the library
-- and the core built for its runtime.
local helpers = require("spec.helpers")

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local ROOT = helpers.sh("pwd"):gsub("%s+$", "")
local VERSION = dofile("lua/partnercentral/version.lua")
local BUILD = os.getenv("PC_BUILD_ROOT") or "build"
local SCRIPT = 'print(_VERSION .. " " .. require("partnercentral.core")._VERSION .. " "'
  .. ' .. type(require("partnercentral").account.new))'

local function run(cmd)
  local out = helpers.sh("cd /tmp && " .. cmd .. " 2>&1; echo \"rc=$?\"")
  return tonumber(out:match("rc=(%d+)%s*$")), out
end

-- #uninstrumented: the work happens in the interpreters and the make it starts
describe("running a script from a checkout #uninstrumented", function()
  local dir, script
  setup(function()
    dir = helpers.sh("mktemp -d"):gsub("%s+$", "")
    script = helpers.write_file(dir .. "/one_line.lua", SCRIPT .. "\n")
  end)
  teardown(function() os.execute("rm -rf " .. q(dir)) end)

  local env = "PC_BUILD_ROOT=" .. q(BUILD) .. " "
  local expect = {
    ["lua5.4"] = "Lua 5.4 " .. VERSION .. " function\n",
    luajit = "Lua 5.1 " .. VERSION .. " function\n",
  }

  for _, lua in ipairs{ "lua5.4", "luajit" } do
    it("tools/lua runs it with LUA=" .. lua, function()
      local rc, out = run(env .. "LUA=" .. lua .. " " .. q(ROOT .. "/tools/lua") .. " " .. q(script))
      assert.equal(0, rc, out)
      assert.equal(expect[lua] .. "rc=0\n", out)
    end)

    it('eval "$(make env LUA=' .. lua .. ')" lets ' .. lua .. " run it", function()
      local exports = "$(make -s -C " .. q(ROOT) .. " env LUA=" .. lua .. " BUILD_ROOT=" .. q(BUILD) .. ")"
      local rc, out = run("bash -c " .. q('eval "' .. exports .. '" && ' .. lua .. " " .. q(script)))
      assert.equal(0, rc, out)
      assert.equal(expect[lua] .. "rc=0\n", out)
    end)
  end

  it("both evals in one shell: each runtime loads its own build", function()
    local function exports(lua)
      return 'eval "$(make -s -C ' .. q(ROOT) .. " env LUA=" .. lua .. " BUILD_ROOT=" .. q(BUILD) .. ')"'
    end
    local rc, out = run("bash -c " .. q("unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4; "
      .. exports("lua5.4") .. " && " .. exports("luajit") .. " && lua5.4 " .. q(script) .. " && luajit " .. q(script)))
    assert.equal(0, rc, out)
    assert.equal(expect["lua5.4"] .. expect.luajit .. "rc=0\n", out)
  end)

  it("tools/lua refuses another interpreter and names the two it runs", function()
    local rc, out = run("LUA=lua5.1 " .. q(ROOT .. "/tools/lua") .. " " .. q(script))
    assert.equal(2, rc)
    assert.matches("LUA must be lua5.4 or luajit", out, 1, true)
  end)
end)
