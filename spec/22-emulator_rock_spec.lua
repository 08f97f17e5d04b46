-- partnercentral-local as a rock of its own: both rockspecs install OFFLINE
-- into temp LuaRocks trees (from a copy of the sources), and the installed
-- emulator serves the installed library, boto3 and the JavaScript SDK.
--   tree A (Lua 5.4): library + emulator. nginx runs LuaJIT, so the emulator
--     first says exactly what to install; the spec runs the command it prints,
--     and then the same emulator starts.
--   tree B (LuaJIT, --lua-version=5.1): library + emulator; it starts at once.
-- The client side of every call is the library installed in tree A, under lua5.4.
-- Runs once, under Lua 5.4 (three builds of the core take a while).
local helpers = require("spec.helpers")
local emulator = require("spec.support.emulator")
local interop = require("spec.support.interop")

local sh = helpers.sh
local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end
local function run(cmd)
  local out = sh(cmd .. " 2>&1; echo \"rc=$?\"")
  return tonumber(out:match("rc=(%d+)%s*$")), out
end

local LIB = "rockspec/partnercentral-scm-1.rockspec"
local EMU = "rockspec/partnercentral-local-scm-1.rockspec"
local INCDIRS = {
  ["5.4"] = "CURL_INCDIR=/usr/include/x86_64-linux-gnu",
  ["5.1"] = "LUA_INCDIR=/usr/include/luajit-2.1 CURL_INCDIR=/usr/include/x86_64-linux-gnu",
}

describe("the partnercentral-local rock #uninstrumented", function()  -- luarocks, installed copies
  local tmp, skip
  local A, B

  setup(function()
    if helpers.runtime() ~= "lua54" then skip = "the rocks are installed once, under Lua 5.4" return end
    if run("command -v luarocks") ~= 0 then skip = "skipped: luarocks is not installed" return end
    tmp = sh("mktemp -d"):gsub("%s+$", "")
    A, B = tmp .. "/tree54", tmp .. "/tree51"
    assert.equal(0, (run("mkdir -p " .. tmp .. "/src && cp -r bin csrc lua emulator rockspec LICENSE NOTICE " .. tmp .. "/src")))
  end)
  teardown(function() if tmp then os.execute("rm -rf " .. q(tmp)) end end)

  -- luarocks --lua-version=V --tree=T make SPEC [include dirs], in the copy of the sources.
  local function make(version, tree, spec, extra)
    local rc, out = run("cd " .. q(tmp .. "/src") .. " && luarocks --lua-version=" .. version .. " --tree=" .. q(tree)
      .. " make " .. spec .. " " .. (extra or ""))
    assert.equal(0, rc, out)
  end

  -- A Lua 5.4 script run with only tree A's library on the paths.
  local function with_library(script, ...)
    local file = helpers.write_file(tmp .. "/client.lua", script)
    local args = {}
    for i, a in ipairs({ ... }) do args[i] = q(a) end
    return run("cd " .. q(tmp) .. " && LUA_PATH=" .. q(A .. "/share/lua/5.4/?.lua;" .. A .. "/share/lua/5.4/?/init.lua")
      .. " LUA_CPATH=" .. q(A .. "/lib/lua/5.4/?.so") .. " lua5.4 " .. q(file) .. " " .. table.concat(args, " "))
  end

  local CLIENT = [[
    local pc = require("partnercentral")
    local url, partner = arg[1], arg[2]
    local creds = { access_key = "test", secret_key = "test" }
    local account = pc.account.new{ region = "us-east-1", endpoint = url, credentials = creds }
    local channel = pc.channel.new{ region = "us-east-1", endpoint = url, credentials = creds }
    local p = assert(account:get_partner{ Catalog = "AWS", Identifier = partner })
    local made = assert(channel:create_program_management_account{ catalog = "AWS", program = "DISTRIBUTION",
      displayName = "Rock", accountId = "123456789012" })
    print("installed library ok", p.Id, made.programManagementAccountDetail.id, pc.VERSION)
  ]]

  it("installed for Lua 5.4, names the exact command for the LuaJIT core, and starts after it", function()
    if skip then return pending(skip) end
    make("5.4", A, LIB, INCDIRS["5.4"])
    make("5.4", A, EMU)
    local bin = A .. "/bin/partnercentral-local"
    local emu, why = emulator.start{ bin = bin }
    assert.is_nil(emu)
    assert.is_nil(why:find("\nready", 1, true), why)
    assert.matches("built for Lua 5.4 only", why)
    local cmd = why:match("\n  (luarocks %-%-lua%-version=5%.1 %-%-tree=%S+ make rockspec/partnercentral%-scm%-1%.rockspec [^\n]+)")
    assert.is_string(cmd, why)
    assert.truthy(cmd:find("--tree=" .. A, 1, true), cmd)
    -- do what it says, and only that
    local rc, out = run("cd " .. q(tmp .. "/src") .. " && " .. cmd)
    assert.equal(0, rc, out)
    emu, why = emulator.start{ bin = bin }
    assert(emu, why)
    local crc, cout = with_library(CLIENT, emu.url, emu.partners.AWS)
    emu:stop()
    assert.equal(0, crc, cout)
    assert.matches("installed library ok\tpartner%-%w+\tpma%-%w+", cout)
  end)

  it("installed for LuaJIT (5.1 tree), serves the installed library, boto3 and the JavaScript SDK", function()
    if skip then return pending(skip) end
    assert.truthy(helpers.read_file(A .. "/lib/lua/5.4/partnercentral/core.so"), "tree A comes first")
    make("5.1", B, LIB, INCDIRS["5.1"])
    make("5.1", B, EMU)
    local emu, why = emulator.start{ bin = B .. "/bin/partnercentral-local", control = true }
    assert(emu, why)
    local ok, err = pcall(function()
      local rc, out = with_library(CLIENT, emu.url, emu.partners.AWS)
      assert.equal(0, rc, out)
      assert.matches("installed library ok", out)
      local brc, bout = interop.boto3(emu.url, emu.partners.AWS)
      if brc then
        assert.equal(0, brc, bout)
        assert.matches("OK UpdateProgramManagementAccount pma%-%w+ revision 2", bout)
      else
        interop.say("boto3 against the installed emulator skipped: " .. bout)
      end
      local mods, reason = interop.js_modules()
      if mods then
        emu:control("reset", "{}")   -- boto3's profile update task would still be running
        local jrc, jout = interop.js(mods, emu.url, emu.partners.AWS, "on")
        assert.equal(0, jrc, jout)
        assert.matches("OK StartProfileUpdateTask pprofiletask%-", jout)
        assert.is_true(interop.algorithms(emu)["partnercentral-channel"].sigv4a >= 2)
      else
        interop.say("JavaScript SDK against the installed emulator skipped: " .. tostring(reason))
      end
    end)
    emu:stop()
    assert(ok, err)
  end)
end)
