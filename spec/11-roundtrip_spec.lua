-- Round trips for ALL operations of the three services: a realistic input from
-- spec/support/model_samples.lua passes strict validation, serializes, and
-- reads back (deserialize_shape of the input shape) to the same table; the
-- same for a sample output through serialize_shape and deserialize.
local mh = require("spec.support.model_helpers")
local samples = require("spec.support.model_samples")

local total = 0
for _, svc in ipairs{ "account", "channel", "selling", "benefits" } do
  local model = mh.model(svc)
  local cm = mh.cm(svc)
  describe("round trip " .. svc, function()
    for _, op in ipairs(samples.operations(model)) do
      total = total + 1
      local o = model.operations[op]
      it(op .. " input", function()
        local input = samples.input(model, op)
        local body, token_or_code, msg = cm:serialize(op, input, { validation = "strict" })
        assert.is_string(body, msg)
        assert.is_nil(token_or_code)              -- samples carry their own token
        if o.input then
          local back, code, dmsg = cm:deserialize_shape(o.input, body)
          assert.is_table(back, dmsg)
          assert.is_nil(code)
          assert.same(input, back)
        else
          assert.equal("{}", body)
        end
      end)
      it(op .. " output", function()
        local out = samples.output(model, op)
        if not o.output then return end
        local body, code, msg = cm:serialize_shape(o.output, out, { validation = "strict" })
        assert.is_string(body, msg)
        assert.is_nil(code)
        local back, dcode, dmsg = cm:deserialize(op, body)
        assert.is_table(back, dmsg)
        assert.is_nil(dcode)
        assert.same(out, back)
      end)
    end
  end)
end

describe("round trip coverage", function()
  it("covers the 113 operations (34 Account + 17 Channel + 45 Selling + 17 Benefits)", function()
    assert.equal(113, total)
  end)
end)
