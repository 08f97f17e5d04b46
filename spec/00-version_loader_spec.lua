-- The version lives in one place (lua/partnercentral/version.lua): the C
-- core's _VERSION, every module's _VERSION, the User-Agent and both rockspecs
-- derive from it. And a core built for the other runtime (LuaJIT's in Lua 5.4,
-- or the other way round) fails with a message that names the right build,
-- not the dynamic loader's raw "undefined symbol".
local helpers = require("spec.helpers")

local VERSION = require("partnercentral.version")

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

describe("version", function()
  it("is a plain X.Y.Z in lua/partnercentral/version.lua", function()
    assert.matches("^%d+%.%d+%.%d+$", VERSION)
  end)

  it("is the C core's, the modules', the User-Agent's and the rockspecs'", function()
    assert.equal(VERSION, require("partnercentral.core")._VERSION)
    assert.equal(VERSION, require("partnercentral")._VERSION)
    assert.equal(VERSION, require("partnercentral").VERSION)
    local client = require("partnercentral.client")
    assert.equal("lua-partnercentral/" .. VERSION, client.USER_AGENT:match("^%S+"))
    local files = helpers.sh("find lua/partnercentral -name '*.lua' ! -path '*/models/*'")
    local checked = 0
    for file in files:gmatch("[^\n]+") do
      local name = file:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/init$", ""):gsub("/", ".")
      local ok, mod = pcall(require, name)     -- modules for nginx only may refuse to load here
      if ok and type(mod) == "table" and rawget(mod, "_VERSION") ~= nil then
        assert.equal(VERSION, mod._VERSION, name)
        checked = checked + 1
      end
    end
    assert.is_true(checked >= 5, "modules with a _VERSION: " .. checked)
    local lib = helpers.read_file("rockspec/partnercentral-scm-1.rockspec")
    assert.truthy(lib:find("-DPC_VERSION='\"" .. VERSION .. "\"'", 1, true))
    local emu = helpers.read_file("rockspec/partnercentral-local-scm-1.rockspec")
    assert.truthy(emu:find('"partnercentral >= ' .. VERSION .. '"', 1, true))
  end)

  it("is written nowhere else in the sources", function()
    local out = helpers.sh("grep -rnF " .. q('"' .. VERSION .. '"')
      .. " lua csrc emulator bin tools Makefile 2>/dev/null | grep -v '^lua/partnercentral/version.lua:'")
    assert.equal("", out)
  end)
end)

describe("loading a core built for the other runtime", function()
  local OTHER = { lua54 = "luajit", luajit = "lua54" }
  local HINT = { lua54 = "`make` (-> build/lua54/partnercentral/core.so)",
                 luajit = "`make LUA=luajit` (-> build/luajit/partnercentral/core.so)" }

  it("says which build this runtime needs", function()
    local rt = helpers.runtime()
    local other = OTHER[rt]
    if not other then return pending("runtime " .. rt .. " has no counterpart build") end
    local root = os.getenv("PC_BUILD_ROOT") or "build"
    local so = root .. "/" .. other .. "/partnercentral/core.so"
    if not helpers.read_file(so) then return pending("no " .. so .. " (make both)") end
    local interp = rt == "luajit" and "luajit" or "lua5.4"
    local out = helpers.sh("LUA_PATH='lua/?.lua;lua/?/init.lua' LUA_CPATH=" .. q(root .. "/" .. other .. "/?.so")
      .. " " .. interp .. " -e 'require(\"partnercentral\").account.new{ region = \"us-east-1\" }' 2>&1")
    assert.matches("was built for another Lua runtime", out, nil, true)
    assert.truthy(out:find(HINT[rt], 1, true), out)
    assert.truthy(out:find(so, 1, true), out)
    assert.is_nil(out:find("error loading module", 1, true), out)
  end)

  it("names the build when the core is not on package.cpath at all", function()
    local interp = helpers.runtime():match("^luajit") and "luajit" or "lua5.4"
    local out = helpers.sh("cd /tmp && LUA_PATH=" .. q(helpers.sh("pwd"):gsub("%s+$", "") .. "/lua/?.lua")
      .. " LUA_CPATH=/nonexistent/?.so " .. interp .. " -e 'require(\"partnercentral.client\")' 2>&1")
    assert.matches("is not on package.cpath", out, nil, true)
    assert.matches("needs the core built for it", out, nil, true)
  end)
end)
