-- Other SDKs against partnercentral-local's Benefits API, unchanged and with
-- their own signers: boto3 (Debian's python3-boto3, the model from ../shared
-- through AWS_DATA_PATH) and the AWS SDK for JavaScript v3
-- (@aws-sdk/client-partnercentral-benefits from npm, cached in
-- $PC_BUILD_ROOT/interop). Each pages through the catalog, creates a benefit
-- application with a document member, reads it back, submits it and meets a
-- ConflictException. Pending with a printed reason when ../shared, boto3,
-- Node or the npm package is missing.
local emulator = require("spec.support.emulator")
local interop = require("spec.support.interop")
local say, algorithms = interop.say, interop.algorithms

describe("emulator interop: Benefits", function()
  local emu
  emulator.use({ control = true }, function(e) emu = e end)

  local function check(out, who)
    assert.matches("OK ListBenefits 5 benefits in pages of 2", out)
    assert.matches("OK CreateBenefitApplication benappl%-[0-9a-z]+", out)
    assert.matches("OK GetBenefitApplication document round trip", out)
    assert.matches("OK SubmitBenefitApplication benappl%-[0-9a-z]+ IN_REVIEW revision 2", out)
    assert.matches("OK ConflictException", out)
    local a = algorithms(emu)["partnercentral-benefits"] or { sigv4 = 0, sigv4a = 0 }
    say(who .. ": partnercentral-benefits sigv4=" .. a.sigv4 .. " sigv4a=" .. a.sigv4a)
    assert.is_true(a.sigv4 >= 7)
    assert.equal(0, a.sigv4a)
  end

  it("boto3 creates and submits a benefit application", function()
    local rc, out = interop.boto3_benefits(emu.url)
    if not rc then
      say("boto3 (Benefits) skipped: " .. out)
      pending(out) return
    end
    assert(rc == 0, out)
    check(out, "boto3 " .. (out:match("botocore [%d.]+") or "botocore ?"))
  end)

  it("the JavaScript SDK v3 creates and submits a benefit application", function()
    local mods, reason = interop.js_modules()
    if not mods then
      say("JavaScript SDK (Benefits) skipped: " .. tostring(reason))
      pending(reason) return
    end
    local rc, out = interop.js_benefits(mods, emu.url)
    assert(rc == 0, out)
    check(out, "JavaScript SDK")
  end)
end)
