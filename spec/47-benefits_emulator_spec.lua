-- partnercentral-local's Benefits API over real HTTP, signed by curl (an
-- independent SigV4 signer): the service's error layouts, the review rules,
-- allocations, documents kept as sent, limits that hold across calls,
-- client tokens, and failed calls that change nothing. Every 200 body is
-- checked strictly against the output shape (emulator.checked_call), every
-- error body against the operation's errors.
local emulator = require("spec.support.emulator")
local json = emulator.json

local TARGET = "PartnerCentralBenefitsService."
local POC, MIGRATION, TRAINING = "ben-poccredits0001", "ben-migrationfund1", "ben-trainaccess001"

describe("emulator: Benefits", function()
  local emu
  emulator.use({ control = true, delay = 2 }, function(e) emu = e end)

  local function call(op, input) return emulator.checked_call(emu, "benefits", op, input) end
  local function ok(op, input)
    local status, body = call(op, input)
    assert(status == 200, op .. " -> " .. tostring(status) .. " " .. json.encode(body or {}))
    return body
  end
  -- -> the error body, checked: the status, the code, valid for the exception shape
  local function fails(code, op, input, raw_body)
    local status, body
    if raw_body then
      status, body = emu:call(TARGET .. op, raw_body)
    else
      status, body = call(op, input)
    end
    assert.equal(400, status)
    assert.equal(code, body.__type)
    assert(emulator.check_error("benefits", op, body))
    return body
  end
  local function advance(s) assert.equal(200, (emu:control("clock", '{"advance":' .. s .. "}"))) end
  local n = 0
  local function create(benefit, details, extra)
    n = n + 1
    local input = { Catalog = "AWS", ClientToken = "emu-" .. n, BenefitIdentifier = benefit or POC,
      BenefitApplicationDetails = details }
    for k, v in pairs(extra or {}) do input[k] = v end
    return ok("CreateBenefitApplication", input)
  end
  local function get(id) return ok("GetBenefitApplication", { Catalog = "AWS", Identifier = id }) end
  local function decided(id)
    ok("SubmitBenefitApplication", { Catalog = "AWS", Identifier = id })
    advance(3)
    return get(id)
  end

  describe("errors in the service's layout", function()
    it("ValidationException: Reason fieldValidationFailed and a FieldList naming the member", function()
      local body = fails("ValidationException", "CreateBenefitApplication", { Catalog = "AWS", BenefitIdentifier = POC })
      assert.equal("fieldValidationFailed", body.Reason)
      assert.equal("ClientToken", body.FieldList[1].Name)
      assert.equal("REQUIRED_FIELD_MISSING", body.FieldList[1].Code)
      assert.is_string(body.Message)
      body = fails("ValidationException", "GetBenefit", { Catalog = "AWS", Identifier = POC, Extra = 1 })
      assert.equal("INVALID_VALUE", body.FieldList[1].Code)
      body = fails("ValidationException", "ListBenefits", { Catalog = "Elsewhere" })
      assert.equal("Catalog", body.FieldList[1].Name)
    end)

    it("ResourceNotFoundException and ConflictException carry a Message only", function()
      local body = fails("ResourceNotFoundException", "GetBenefitApplication",
        { Catalog = "AWS", Identifier = "benappl-00000000000000" })
      assert.same({ "Message", "__type" }, (function()
        local k = {} for key in pairs(body) do k[#k + 1] = key end table.sort(k) return k end)())
      local a = create()
      ok("SubmitBenefitApplication", { Catalog = "AWS", Identifier = a.Id })
      fails("ConflictException", "SubmitBenefitApplication", { Catalog = "AWS", Identifier = a.Id })
      -- another catalog does not see it
      fails("ResourceNotFoundException", "GetBenefitApplication", { Catalog = "Sandbox", Identifier = a.Id })
      fails("ResourceNotFoundException", "GetBenefitApplication", { Catalog = "AWS",
        Identifier = a.Arn:gsub("/AWS/", "/Sandbox/") })
    end)
  end)

  describe("the review", function()
    it("checks the details against the benefit's request schema", function()
      local wrong_type = create(POC, { UseCase = "x", RequestedAmount = "a lot" })
      local a = decided(wrong_type.Id)
      assert.equal("ACTION_REQUIRED", a.Status)
      assert.same({ "INVALID_DETAILS" }, a.StatusReasonCodes)
      assert.matches("RequestedAmount must be a number", a.StatusReason)
      local under = decided(create(POC, { UseCase = "x", RequestedAmount = 0 }).Id)
      assert.equal("ACTION_REQUIRED", under.Status)
      local too_long = decided(create(MIGRATION, { UseCase = "x", RequestedAmount = 10,
        CustomerAccountId = "1234567890123" }).Id)
      assert.matches("CustomerAccountId must be 12 to 12", too_long.StatusReason)
      local none = decided(create(POC).Id)
      assert.equal("ACTION_REQUIRED", none.Status)
      assert.same({ "MISSING_REQUIRED_DETAILS" }, none.StatusReasonCodes)
      local over = decided(create(POC, { UseCase = "x", RequestedAmount = 25000.5 }).Id)
      assert.equal("REJECTED", over.Status)
      assert.equal("COMPLETED", over.Stage)
      local ok_app = decided(create(POC, { UseCase = "x", RequestedAmount = 25000 }).Id)
      assert.equal("APPROVED", ok_app.Status)
    end)

    it("an approval grants one allocation per fulfillment type; they expire after a year", function()
      local a = create(MIGRATION, { UseCase = "Migrate", RequestedAmount = 12345.5, CustomerAccountId = "210987654321" })
      assert.equal("APPROVED", decided(a.Id).Status)
      local t = create(TRAINING, { UseCase = "Certify the team", Learners = 20 })
      assert.equal("APPROVED", decided(t.Id).Status)
      local list = ok("ListBenefitAllocations", { Catalog = "AWS" }).BenefitAllocationSummaries
      assert.equal(3, #list)
      local by_type = {}
      for _, s in ipairs(list) do
        by_type[s.FulfillmentTypes[1]] = ok("GetBenefitAllocation", { Catalog = "AWS", Identifier = s.Id })
      end
      assert.equal("12345.50", by_type.CREDITS.FulfillmentDetail.CreditDetails.IssuedAmount.Amount)
      assert.equal("ACTIVE", by_type.CREDITS.Status)
      assert.equal("12345.50", by_type.CASH.FulfillmentDetail.DisbursementDetails.DisbursedAmount.Amount)
      assert.equal("FULFILLED", by_type.CASH.Status)
      assert.is_string(by_type.ACCESS.FulfillmentDetail.AccessDetails.Description)
      assert.equal(1, #ok("ListBenefitAllocations", { Catalog = "AWS", FulfillmentTypes = { "CASH" } })
        .BenefitAllocationSummaries)
      assert.equal(2, #ok("ListBenefitAllocations", { Catalog = "AWS", BenefitIdentifiers = { MIGRATION } })
        .BenefitAllocationSummaries)
      advance(366 * 24 * 3600)
      local inactive = ok("ListBenefitAllocations", { Catalog = "AWS", Status = { "INACTIVE" } })
      assert.equal(3, #inactive.BenefitAllocationSummaries)
      assert.equal("INACTIVE", ok("GetBenefitAllocation", { Catalog = "AWS", Identifier = list[1].Arn }).Status)
    end)

    it("answers the decision to any read, once, with a new revision", function()
      local a = create(POC, { UseCase = "x", RequestedAmount = 10 })
      ok("SubmitBenefitApplication", { Catalog = "AWS", Identifier = a.Id })
      advance(3)
      local listed = ok("ListBenefitApplications", { Catalog = "AWS", Status = { "APPROVED" } })
      assert.equal(1, #listed.BenefitApplicationSummaries)
      local got = get(a.Id)
      assert.equal("3", got.Revision)
      assert.equal("3", get(a.Id).Revision)
      assert.equal(1, #ok("ListBenefitAllocations", { Catalog = "AWS" }).BenefitAllocationSummaries)
    end)
  end)

  describe("documents", function()
    it("BenefitApplicationDetails is answered exactly as it was sent", function()
      local doc = '{ "Exact": 1.0, "Exp": 1E+2, "Big": 123456789012345678901234567890, '
        .. '"Long": 9223372036854775807, "Esc": "a\\u00e9\\"b", "N": null, "A": [ ] }'
      local status = emu:call(TARGET .. "CreateBenefitApplication",
        '{"Catalog":"AWS","ClientToken":"doc","BenefitIdentifier":"' .. POC .. '","BenefitApplicationDetails":' .. doc .. "}")
      assert.equal(200, status)
      local _, listed = emu:call(TARGET .. "ListBenefitApplications", '{"Catalog":"AWS"}')
      local id = listed.BenefitApplicationSummaries[1].Id
      local st, body, _, raw = emu:call(TARGET .. "GetBenefitApplication", json.encode({ Catalog = "AWS", Identifier = id }))
      assert.equal(200, st)
      assert(emulator.check_output("benefits", "GetBenefitApplication", body))
      assert.is_truthy(raw:find('"BenefitApplicationDetails":' .. doc, 1, true), raw)
      -- an amendment (after submission) rewrites one member and keeps the others' text
      ok("SubmitBenefitApplication", { Catalog = "AWS", Identifier = id })
      ok("AmendBenefitApplication", { Catalog = "AWS", ClientToken = "am", Revision = "2", Identifier = id,
        AmendmentReason = "x", Amendments = { { FieldPath = "BenefitApplicationDetails.Exact", NewValue = "2" } } })
      _, _, _, raw = emu:call(TARGET .. "GetBenefitApplication", json.encode({ Catalog = "AWS", Identifier = id }))
      assert.is_truthy(raw:find('"BenefitApplicationDetails":' .. doc:gsub("1%.0", "2"), 1, true), raw)
      -- with the revision it had before: stale
      fails("ConflictException", "AmendBenefitApplication", nil, json.encode({ Catalog = "AWS", ClientToken = "am2",
        Revision = "2", Identifier = id, AmendmentReason = "x", Amendments = { { FieldPath = "Name", NewValue = "y" } } }))
    end)

    it("an amendment of a draft is refused; of a document path through a scalar is a ValidationException", function()
      local a = create(POC, { UseCase = "x", RequestedAmount = 10 })
      ok("SubmitBenefitApplication", { Catalog = "AWS", Identifier = a.Id })
      local before = get(a.Id)
      local body = fails("ValidationException", "AmendBenefitApplication", { Catalog = "AWS", ClientToken = "bad-path",
        Revision = before.Revision, Identifier = a.Id, AmendmentReason = "x",
        Amendments = { { FieldPath = "Name", NewValue = "Changed" },
                       { FieldPath = "BenefitApplicationDetails.UseCase.Deeper", NewValue = "1" } } })
      assert.equal("Amendments[2].FieldPath", body.FieldList[1].Name)
      fails("ValidationException", "AmendBenefitApplication", { Catalog = "AWS", ClientToken = "bad-field",
        Revision = before.Revision, Identifier = a.Id, AmendmentReason = "x",
        Amendments = { { FieldPath = "Status", NewValue = "APPROVED" } } })
      -- the failed calls changed nothing: not the name, not the revision
      local after = get(a.Id)
      assert.equal(before.Revision, after.Revision)
      assert.equal(before.Name, after.Name)
    end)
  end)

  describe("limits hold across calls", function()
    it("ten associated resources at most (the most GetBenefitApplication answers)", function()
      local a = create()
      for i = 1, 10 do
        ok("AssociateBenefitApplicationResource", { Catalog = "AWS", BenefitApplicationIdentifier = a.Id,
          ResourceArn = ("arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/opportunity/O%07d"):format(i) })
      end
      local body = fails("ValidationException", "AssociateBenefitApplicationResource", { Catalog = "AWS",
        BenefitApplicationIdentifier = a.Id, ResourceArn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/opportunity/O9999999" })
      assert.equal("TOO_MANY_VALUES", body.FieldList[1].Code)
      local got = get(a.Id)
      assert.equal(10, #got.AssociatedResources)
      assert.equal("11", got.Revision)
    end)

    it("200 tags per resource: one more is a ServiceQuotaExceededException that stores nothing", function()
      local tags = {}
      for i = 1, 200 do tags[i] = { Key = "k" .. i, Value = "v" } end
      local a = create(POC, nil, { Tags = tags })
      ok("TagResource", { resourceArn = a.Arn, tags = { { Key = "k1", Value = "replaced" } } })
      local body = fails("ServiceQuotaExceededException", "TagResource",
        { resourceArn = a.Arn, tags = { { Key = "k201", Value = "v" }, { Key = "k2", Value = "lost" } } })
      assert.equal(a.Arn, body.ResourceId)
      assert.equal("BenefitApplication", body.ResourceType)
      assert.equal("TAGS_PER_RESOURCE", body.QuotaCode)
      local listed = ok("ListTagsForResource", { resourceArn = a.Arn }).tags
      assert.equal(200, #listed)
      assert.same({ Key = "k1", Value = "replaced" }, listed[1])
      assert.same({ Key = "k2", Value = "v" }, listed[2])
      fails("ValidationException", "CreateBenefitApplication", { Catalog = "AWS", ClientToken = "too-many",
        BenefitIdentifier = POC, Tags = (function() local t = {} for i = 1, 201 do t[i] = { Key = "t" .. i, Value = "" } end return t end)() })
    end)
  end)

  describe("client tokens", function()
    it("the same ClientToken and input answers the first answer; other input is a ConflictException", function()
      local a = create(POC, nil, { ClientToken = "first" })
      local cancel = { Catalog = "AWS", ClientToken = "cancel-1", Identifier = a.Id, Reason = "done" }
      local _, first, _, raw1 = emu:call(TARGET .. "CancelBenefitApplication", json.encode(cancel))
      assert.same({}, first)
      -- a repeat (a retry after a lost answer) is not a "cannot be canceled" conflict
      local st2, _, _, raw2 = emu:call(TARGET .. "CancelBenefitApplication", json.encode(cancel))
      assert.equal(200, st2)
      assert.equal(raw1, raw2)
      cancel.Reason = "changed"
      local body = fails("ConflictException", "CancelBenefitApplication", cancel)
      assert.matches("client token", body.Message)
      local again = ok("CreateBenefitApplication", { Catalog = "AWS", ClientToken = "first", BenefitIdentifier = POC })
      assert.equal(a.Id, again.Id)
    end)
  end)

  it("names resources with the region the caller signed for", function()
    local status, body = emu:call(TARGET .. "CreateBenefitApplication",
      json.encode({ Catalog = "AWS", ClientToken = "eu", BenefitIdentifier = POC }), { region = "eu-west-1" })
    assert.equal(200, status)
    assert.matches("^arn:aws:partnercentral:eu%-west%-1:111122223333:catalog/AWS/benefit%-application/benappl%-", body.Arn)
    assert.equal(200, (emu:call(TARGET .. "GetBenefitApplication",
      json.encode({ Catalog = "AWS", Identifier = body.Arn }))))
  end)
end)
