-- Other SDKs against partnercentral-local, each with its own signer and
-- protocol code, for Account and Channel and for a Selling flow: boto3 (Debian's python3-boto3, models from ../shared through
-- AWS_DATA_PATH; pending with a printed reason when ../shared is absent) and
-- the AWS SDK for JavaScript v3 (npm packages installed into a cache folder,
-- $PC_BUILD_ROOT/interop or build/interop, never into the tree; pending with
-- a printed reason only when npm cannot install them). The emulator's
-- GET /_local/state tells which signature algorithm each service saw.
local emulator = require("spec.support.emulator")
local interop = require("spec.support.interop")
local say, algorithms, describe_algs = interop.say, interop.algorithms, interop.describe_algs

describe("emulator interop #uninstrumented", function()  -- boto3 and node are the clients
  local emu
  emulator.use({ control = true }, function(e) emu = e end)

  it("boto3 completes StartProfileUpdateTask and UpdateProgramManagementAccount", function()
    local rc, out = interop.boto3(emu.url, emu.partners.AWS)
    if not rc then
      say("boto3 skipped: " .. out)
      pending(out) return
    end
    assert(rc == 0, out)
    assert.matches("OK StartProfileUpdateTask pprofiletask%-", out)
    assert.matches("OK UpdateProgramManagementAccount pma%-%w+ revision 2", out)
    local a = algorithms(emu)
    say("boto3: " .. (out:match("botocore [%d.]+") or "botocore ?") .. "; " .. describe_algs(a))
    assert.is_true(a["partnercentral-account"].sigv4 + a["partnercentral-account"].sigv4a >= 2)
    assert.is_true(a["partnercentral-channel"].sigv4 + a["partnercentral-channel"].sigv4a >= 2)
  end)

  -- the Selling flow both SDKs complete: create -> update -> submit -> list back
  local function selling_flow_ok(out)
    assert.matches("OK CreateOpportunity O%d+", out)
    assert.matches("OK UpdateOpportunity O%d+", out)
    assert.matches("OK ConflictException ConflictException", out)   -- the stale LastModifiedDate
    assert.matches("OK SubmitOpportunity O%d+", out)
    assert.matches("OK ListOpportunities O%d+ Submitted", out)
  end

  it("boto3 completes the Selling flow (create, update, submit, list back)", function()
    local rc, out = interop.boto3(emu.url, emu.partners.AWS, "selling")
    if not rc then
      say("boto3 skipped: " .. out)
      pending(out) return
    end
    assert(rc == 0, out)
    selling_flow_ok(out)
    local a = algorithms(emu)
    assert.is_true(a["partnercentral-selling"].sigv4 >= 7)
    assert.equal(0, a["partnercentral-selling"].sigv4a)
  end)

  describe("the JavaScript SDK v3", function()
    local mods, reason
    setup(function()
      mods, reason = interop.js_modules()
      if not mods then say("JavaScript SDK skipped: " .. tostring(reason)) end
    end)

    local function js(mode, extra)
      local rc, out = interop.js(mods, emu.url, emu.partners.AWS, mode, extra)
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

    it("completes the Selling flow (create, update, submit, list back)", function()
      if not mods then pending(reason) return end
      local rc, out = interop.js(mods, emu.url, emu.partners.AWS, "off", " --flow selling")
      assert(rc == 0, out)
      selling_flow_ok(out)
      say("JavaScript SDK, Selling: " .. describe_algs(algorithms(emu)))
      assert.is_true(algorithms(emu)["partnercentral-selling"].sigv4 >= 7)
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
