-- The rockspecs (library and emulator, tools/gen-rockspec.lua) list every
-- source and module, and the library installs offline with LuaRocks into a
-- private tree, writing nothing into the sources (no ./partnercentral/core.so
-- that a later lua started there would pick up through package.cpath's ./?.so).
-- The install runs once (under Lua 5.4) in a copy of the tree. The emulator's
-- rock is installed and run by spec/22-emulator_rock_spec.lua.
local helpers = require("spec.helpers")

local function sh(cmd)
  local p = assert(io.popen(cmd .. " 2>&1; echo \"rc=$?\""))
  local out = p:read("*a")
  p:close()
  local rc = tonumber(out:match("rc=(%d+)%s*$"))
  return rc, out
end

describe("rockspec #uninstrumented", function()  -- luarocks and lua5.4 children do the work
  it("is up to date with the tree (tools/gen-rockspec.lua --check)", function()
    local rc, out = sh("lua5.4 tools/gen-rockspec.lua --check")
    assert.equals(0, rc, out)
  end)

  it("installs offline with luarocks --lua-version=5.4 make and loads", function()
    if helpers.runtime() ~= "lua54" then
      pending("the LuaRocks install is checked once, under Lua 5.4")
      return
    end
    if sh("command -v luarocks") ~= 0 then
      pending("skipped: luarocks is not installed")
      return
    end
    local tmp = os.tmpname()
    os.remove(tmp)
    assert.equals(0, (sh("mkdir -p " .. tmp .. "/src && cp -r bin csrc lua rockspec LICENSE NOTICE " .. tmp .. "/src")))
    local rc, out = sh("cd " .. tmp .. "/src && luarocks --lua-version=5.4 --tree=" .. tmp
      .. "/tree make rockspec/partnercentral-scm-1.rockspec CURL_INCDIR=/usr/include/x86_64-linux-gnu")
    assert.equals(0, rc, out)
    -- Nothing was written into the sources: no module, no objects.
    local _, written = sh("cd " .. tmp .. "/src && find . -name '*.so' -o -name '*.o' -o -path ./partnercentral")
    assert.equals("rc=0", (written:gsub("%s+", "")), written)
    -- Only luaopen_* is exported from the module.
    local so = tmp .. "/tree/lib/lua/5.4/partnercentral/core.so"
    local _, syms = sh("nm -D --defined-only " .. so .. " | awk '$2 == \"T\" {print $3}'")
    for sym in syms:gmatch("[%w_]+") do
      if sym ~= "rc" and not sym:match("^%d+$") then
        assert.truthy(sym:match("^luaopen_") or sym == "_init" or sym == "_fini", "exported: " .. sym)
      end
    end
    -- The installed rock works with nothing from the source tree on the path.
    local script = [[
      local pc = require("partnercentral")
      local core = require("partnercentral.core")
      assert(core.sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
      assert(core._VERSION == require("partnercentral.version"), core._VERSION)
      local acct = pc.account.new{ region = "us-east-1", endpoint = "http://127.0.0.1:9",
        credentials = { access_key = "AKID", secret_key = "SECRET" }, retry_mode = "none" }
      local res, err = acct:get_alliance_lead_contact{ Catalog = "AWS" }
      assert(res == nil and err.kind == "validation", tostring(err))
      print("rock ok")
    ]]
    local f = assert(io.open(tmp .. "/t.lua", "wb"))
    f:write(script)
    f:close()
    rc, out = sh("cd " .. tmp .. " && LUA_PATH='" .. tmp .. "/tree/share/lua/5.4/?.lua;" .. tmp
      .. "/tree/share/lua/5.4/?/init.lua' LUA_CPATH='" .. tmp .. "/tree/lib/lua/5.4/?.so' lua5.4 t.lua")
    -- the command line is installed too, and finds its modules and help in the tree
    local crc, cout = sh("cd " .. tmp .. " && env -u LUA_PATH -u LUA_CPATH -u LUA_PATH_5_4 -u LUA_CPATH_5_4 "
      .. tmp .. "/tree/bin/partnercentral channel help update-program-management-account")
    -- the licence texts are installed with the rock, unchanged
    local conf = tmp .. "/tree/lib/luarocks/rocks-5.4/partnercentral/scm-1/conf/"
    local license, notice = helpers.read_file(conf .. "LICENSE"), helpers.read_file(conf .. "NOTICE")
    sh("rm -rf " .. tmp)
    assert.equals(helpers.read_file("LICENSE"), license)
    assert.equals(helpers.read_file("NOTICE"), notice)
    assert.equals(0, rc, out)
    assert.matches("rock ok", out)
    assert.equals(0, crc, cout)
    assert.matches("## UpdateProgramManagementAccount", cout, 1, true)
  end)
end)
