-- The Selling client's own wiring: regional endpoints (and FIPS) from its
-- committed rule set, signed SigV4 for partnercentral-selling in the client's
-- region; its service endpoint variable (AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING);
-- call() by model or method name; an unknown operation names the closest.
local endpoint = require("partnercentral.endpoint")
local model = require("partnercentral.model")
local emulator = require("spec.support.emulator")
local selling = require("spec.support.selling")

describe("Selling client", function()
  it("resolves the regional endpoints of its rule set, SigV4 in the client's region", function()
    local rules = model.get("selling").endpoint_rules
    for _, row in ipairs({
      { "us-east-1", false, "https://partnercentral-selling.us-east-1.api.aws" },
      { "eu-west-1", false, "https://partnercentral-selling.eu-west-1.api.aws" },
      { "us-east-1", true, "https://partnercentral-selling-fips.us-east-1.api.aws" },
      { "cn-north-1", false, "https://partnercentral-selling.cn-north-1.api.amazonwebservices.com.cn" },
    }) do
      local ep = assert(endpoint.resolve(rules, { Region = row[1], UseFIPS = row[2] }))
      assert.equal(row[3], ep.url)
      local auth = endpoint.auth_scheme(ep, nil, row[1])
      assert.equal("sigv4", auth.name)
      assert.equal(row[1], auth.region)
    end
    local _, err = endpoint.resolve(rules, { UseFIPS = false })
    assert.matches("Missing Region", tostring(err))
  end)

  describe("against the emulator", function()
    local emu
    emulator.use({ control = true }, function(e) emu = e end)

    it("takes its endpoint from AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING and signs for partnercentral-selling", function()
      local env = { AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING = emu.url,
        AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT = "http://127.0.0.1:9" }
      local scope
      local s = require("partnercentral").selling{ region = "eu-west-1", getenv = function(k) return env[k] end,
        credentials = { access_key = emu.key, secret_key = emu.secret },
        hooks = { before_send = function(req)
          for _, h in ipairs(req.headers) do
            if h[1] == "Authorization" then scope = h[2]:match("Credential=[^/]+/%d+/([^,]+),") end
          end
        end } }
      assert.equal(emu.url, s.settings.endpoint)
      local res = assert(s:list_solutions{ Catalog = "AWS" })
      assert.equal(4, #res.SolutionSummaries)
      assert.equal("eu-west-1/partnercentral-selling/aws4_request", scope)
      s:close()
    end)

    it("answers an input the model refuses with Selling's ValidationException (Reason, ErrorList codes)", function()
      local json = emulator.json
      local cases = {
        { { Catalog = "AWS", Identifier = "O1", InvolvementType = "Maybe" }, "InvolvementType", "INVALID_ENUM_VALUE" },
        { { Catalog = "AWS", InvolvementType = "Co-Sell" }, "Identifier", "REQUIRED_FIELD_MISSING" },
        { { Catalog = "AWS", Identifier = "opp-1", InvolvementType = "Co-Sell" }, "Identifier", "INVALID_STRING_FORMAT" },
        { { Catalog = "AWS", Identifier = "O1", InvolvementType = "Co-Sell", Extra = 1 }, "Extra", "INVALID_VALUE" },
      }
      for _, case in ipairs(cases) do
        local status, body = emu:call("AWSPartnerCentralSelling.SubmitOpportunity", json.encode(case[1]))
        assert.equal(400, status)
        assert.equal("ValidationException", body.__type)
        assert.equal("REQUEST_VALIDATION_FAILED", body.Reason)
        assert.is_string(body.Message)
        assert.same({ FieldName = case[2], Code = case[3] },
          { FieldName = body.ErrorList[1].FieldName, Code = body.ErrorList[1].Code })
        assert(emulator.check_error("selling", "SubmitOpportunity", body))
      end
      -- a client token used again with another input: ConflictException with its Message only
      local input = { Catalog = "AWS", ClientToken = "t-1", Title = "One" }
      assert.equal(200, (emu:call("AWSPartnerCentralSelling.CreateEngagement", json.encode(input))))
      input.Title = "Two"
      local status, body = emu:call("AWSPartnerCentralSelling.CreateEngagement", json.encode(input))
      assert.equal(400, status)
      assert.same({ "Message", "__type" }, (function() local k = {} for n in pairs(body) do k[#k + 1] = n end
        table.sort(k) return k end)())
      assert(emulator.check_error("selling", "CreateEngagement", body))
    end)

    it("calls every operation by model name or method name through call(); a typo names the closest", function()
      local s = selling.client(emu)
      local a = assert(s:call("CreateOpportunity", selling.opportunity()))
      local b = assert(s:call("get_opportunity", { Catalog = "AWS", Identifier = a.Id }))
      assert.equal(a.Id, b.Id)
      local ok, err = pcall(s.call, s, "GetOportunity", {})
      assert.is_false(ok)
      assert.matches("did you mean 'GetOpportunity'", err)
      ok, err = pcall(function() return s.list_oportunities end)
      assert.is_false(ok)
      assert.matches("did you mean 'list_opportunities'", err)
      assert.is_nil(s:submit_opportunity{ Catalog = "AWS", Identifier = a.Id })   -- no solution yet: nil, err
      s:close()
    end)
  end)
end)
