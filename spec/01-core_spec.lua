-- The C module loads on every runtime and exposes its constants.
local core = require("partnercentral.core")

describe("partnercentral.core", function()
  it("has a name and a version", function()
    assert.equal("partnercentral.core", core._NAME)
    assert.matches("^%d+%.%d+%.%d+$", core._VERSION)
  end)

  it("exposes every error code from the one list", function()
    for _, code in ipairs({ "OK", "ENOMEM", "EINVAL", "EPARSE", "EVALIDATION", "ETIMEOUT" }) do
      assert.equal(code, core.codes[code])
    end
  end)
end)
