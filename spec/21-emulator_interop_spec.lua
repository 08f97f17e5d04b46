-- Other SDKs against partnercentral-local, each with its own signer and
-- protocol code: boto3 (Debian's python3-boto3, models from ../shared through
-- AWS_DATA_PATH; pending with a printed reason when ../shared is absent) and
-- the AWS SDK for JavaScript v3 (npm packages installed into a cache folder,
-- $PC_BUILD_ROOT/interop or build/interop, never into the tree; pending with
-- a printed reason only when npm cannot install them). The emulator's
-- GET /_local/state tells which signature algorithm each service saw.
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

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local function say(msg) io.stderr:write("interop: " .. msg .. "\n") end

-- Absolute cache folder for the npm packages.
local function npm_dir()
  local root = os.getenv("PC_BUILD_ROOT") or "build"
  os.execute("mkdir -p " .. q(root .. "/interop"))
  local p = io.popen("cd " .. q(root .. "/interop") .. " && pwd")
  local dir = p:read("*l")
  p:close()
  return dir
end

local NPM_PACKAGES = { "@aws-sdk/client-partnercentral-account", "@aws-sdk/client-partnercentral-channel",
                       "@aws-sdk/signature-v4a" }

-- -> node_modules path | nil, reason
local function js_modules()
  if run("node --version") ~= 0 then return nil, "node is not installed" end
  local dir = npm_dir()
  local mods = dir .. "/node_modules"
  local all = true
  for _, name in ipairs(NPM_PACKAGES) do
    if not exists(mods .. "/" .. name .. "/package.json") then all = false end
  end
  if all then return mods end
  if not exists(dir .. "/package.json") then
    local f = assert(io.open(dir .. "/package.json", "w"))
    f:write('{"name":"pc-interop","private":true}\n')
    f:close()
  end
  local rc, out = run("timeout 300 npm install --prefix " .. q(dir) .. " --no-audit --no-fund --loglevel=error "
    .. table.concat(NPM_PACKAGES, " "))
  for _, name in ipairs(NPM_PACKAGES) do
    if not exists(mods .. "/" .. name .. "/package.json") then
      return nil, "npm could not install " .. name .. " (rc " .. tostring(rc) .. "): " .. out:sub(1, 300)
    end
  end
  return mods
end

-- { ["partnercentral-channel"] = { sigv4 = n, sigv4a = n }, ... } since the last reset
local function algorithms(emu)
  local code, st = emu:control("state")
  assert.equal(200, code)
  local out = {}
  for svc, seen in pairs(st.auth or {}) do
    out[svc] = { sigv4 = seen.sigv4 or 0, sigv4a = seen.sigv4a or 0 }
  end
  return out
end

local function describe_algs(a)
  local parts = {}
  for _, svc in ipairs({ "partnercentral-account", "partnercentral-channel" }) do
    local s = a[svc] or { sigv4 = 0, sigv4a = 0 }
    parts[#parts + 1] = string.format("%s sigv4=%d sigv4a=%d", svc, s.sigv4, s.sigv4a)
  end
  return table.concat(parts, ", ")
end

describe("emulator interop", function()
  local emu
  emulator.use({ control = true }, function(e) emu = e end)

  it("boto3 completes StartProfileUpdateTask and UpdateProgramManagementAccount", function()
    local shared = helpers.shared("models")
    if not shared then
      say("boto3 skipped: ../shared/models is absent (boto3 needs the models through AWS_DATA_PATH)")
      pending("boto3 needs ../shared/models") return
    end
    local py = exists("/usr/bin/python3") and "/usr/bin/python3" or "python3"
    if run(py .. " -c 'import boto3'") ~= 0 then
      say("boto3 skipped: python3-boto3 is not installed")
      pending("python3-boto3 is not installed") return
    end
    local rc, out = run(py .. " tools/interop/boto3_check.py --endpoint " .. emu.url .. " --partner "
      .. emu.partners.AWS .. " --shared " .. q(shared:gsub("/models$", "")))
    assert(rc == 0, out)
    assert.matches("OK StartProfileUpdateTask pprofiletask%-", out)
    assert.matches("OK UpdateProgramManagementAccount pma%-%w+ revision 2", out)
    local a = algorithms(emu)
    say("boto3: " .. (out:match("botocore [%d.]+") or "botocore ?") .. "; " .. describe_algs(a))
    assert.is_true(a["partnercentral-account"].sigv4 + a["partnercentral-account"].sigv4a >= 2)
    assert.is_true(a["partnercentral-channel"].sigv4 + a["partnercentral-channel"].sigv4a >= 2)
  end)

  describe("the JavaScript SDK v3", function()
    local mods, reason
    setup(function()
      mods, reason = js_modules()
      if not mods then say("JavaScript SDK skipped: " .. tostring(reason)) end
    end)

    local function js(mode, extra)
      local rc, out = run("PC_INTEROP_NODE_MODULES=" .. q(mods) .. " node tools/interop/js_check.mjs --endpoint "
        .. emu.url .. " --partner " .. emu.partners.AWS .. " --sigv4a " .. mode .. (extra or ""))
      if extra then return rc, out end
      assert(rc == 0, out)
      assert.matches("OK StartProfileUpdateTask pprofiletask%-", out)
      assert.matches("OK UpdateProgramManagementAccount pma%-%w+ revision 2", out)
      return algorithms(emu)
    end

    it("completes both calls, signing Channel with SigV4a (the model's first choice)", function()
      if not mods then pending(reason) return end
      local a = js("on")
      say("JavaScript SDK with @aws-sdk/signature-v4a: " .. describe_algs(a))
      assert.is_true(a["partnercentral-account"].sigv4 >= 2)
      assert.equal(0, a["partnercentral-channel"].sigv4)
      assert.is_true(a["partnercentral-channel"].sigv4a >= 2)
    end)

    it("is refused (InvalidSignatureException) when it signs SigV4a with a wrong secret", function()
      if not mods then pending(reason) return end
      local rc, out = js("on", " --channel-only yes --secret-key wrong-secret")
      assert.is_true(rc ~= 0, out)
      assert.matches("InvalidSignatureException", out)
      assert.is_nil(out:find("wrong%-secret"))
      assert.equal(0, (algorithms(emu)["partnercentral-channel"] or { sigv4a = 0 }).sigv4a)
    end)

    it("completes both calls with the SigV4 fallback when no SigV4a signer is loaded", function()
      if not mods then pending(reason) return end
      local a = js("off")
      say("JavaScript SDK without a SigV4a signer: " .. describe_algs(a))
      assert.is_true(a["partnercentral-channel"].sigv4 >= 2)
      assert.equal(0, a["partnercentral-channel"].sigv4a)
    end)
  end)
end)
