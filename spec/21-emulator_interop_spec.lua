-- Other SDKs against partnercentral-local, each with its own signer and
-- protocol code: boto3 (Debian's python3-boto3) and the AWS SDK for
-- JavaScript v3 (installed by npm into build/interop, pending when npm cannot).
local helpers = require("spec.helpers")
local emulator = require("spec.support.emulator")

local function run(cmd)
  local p = io.popen(cmd .. " 2>&1; echo \"rc=$?\"")
  local out = p:read("*a")
  p:close()
  local rc = tonumber(out:match("rc=(%d+)%s*$"))
  return rc, out
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() return true end
  return false
end

describe("emulator interop", function()
  local emu, why
  setup(function()
    if helpers.shared("models") then emu, why = emulator.start{ control = true } else why = "no ../shared" end
  end)
  teardown(function() if emu then emu:stop() end end)
  before_each(function()
    if not emu then pending(why) return end
    emu:control("reset", "{}")
  end)

  it("boto3 completes StartProfileUpdateTask and UpdateProgramManagementAccount", function()
    if not emu then return end
    local py = exists("/usr/bin/python3") and "/usr/bin/python3" or "python3"
    if run(py .. " -c 'import boto3'") ~= 0 then pending("python3-boto3 is not installed") return end
    local rc, out = run(py .. " tools/interop/boto3_check.py --endpoint " .. emu.url .. " --partner " .. emu.partners.AWS)
    assert(rc == 0, out)
    assert.matches("OK StartProfileUpdateTask pprofiletask%-", out)
    assert.matches("OK UpdateProgramManagementAccount pma%-%w+ revision 2", out)
  end)

  it("the JavaScript SDK completes StartProfileUpdateTask and UpdateProgramManagementAccount", function()
    if not emu then return end
    if run("node --version") ~= 0 then pending("node is not installed") return end
    local mods = "build/interop/node_modules/@aws-sdk/client-partnercentral-channel/package.json"
    if not exists(mods) then
      os.execute("mkdir -p build/interop && [ -f build/interop/package.json ] || echo '{\"name\":\"pc-interop\",\"private\":true}' > build/interop/package.json")
      local rc = run("timeout 180 npm install --prefix build/interop --no-audit --no-fund"
        .. " @aws-sdk/client-partnercentral-account @aws-sdk/client-partnercentral-channel")
      if rc ~= 0 or not exists(mods) then pending("npm could not install the @aws-sdk clients (offline?)") return end
    end
    local rc, out = run("node tools/interop/js_check.mjs --endpoint " .. emu.url .. " --partner " .. emu.partners.AWS)
    assert(rc == 0, out)
    assert.matches("OK StartProfileUpdateTask pprofiletask%-", out)
    assert.matches("OK UpdateProgramManagementAccount pma%-%w+ revision 2", out)
  end)
end)
