-- Every operation of both models has a handler in the emulator, and no
-- handler serves an operation the models do not have.
local helpers = require("spec.helpers")

describe("emulator coverage", function()
  it("handles all 34 Account and 17 Channel operations", function()
    if not helpers.shared("models") then pending("no ../shared") return end
    local model = require("partnercentral.emulator.model")
    local handlers = require("partnercentral.emulator.server").handlers()
    local want, counts = {}, { account = 0, channel = 0 }
    for svc, prefix in pairs({ account = "PartnerCentralAccount", channel = "PartnerCentralChannel" }) do
      local m = model.get(svc, os.getenv("PC_SHARED") or "../shared")
      for op in pairs(m.model.operations) do
        want[prefix .. "." .. op] = true
        counts[svc] = counts[svc] + 1
        assert(handlers[prefix .. "." .. op], "no handler for " .. prefix .. "." .. op)
      end
    end
    for target in pairs(handlers) do assert(want[target], "handler for unknown target " .. target) end
    assert.same({ account = 34, channel = 17 }, counts)
  end)
end)
