-- The Benefits client end to end: every one of the 17 operations through its
-- snake_case method (and `call`) over real HTTP against partnercentral-local,
-- on a success path and on an error path (typed errors); every answer the
-- client reads is checked strictly against the model. Document members both
-- ways, idempotency tokens, retries, the three paginators, the waiters, the
-- stubber.
local emulator = require("spec.support.emulator")
local client_helpers = require("spec.support.client_helpers")
local pc = require("partnercentral")
local model = pc.model.get("benefits")

local json = emulator.json
local LUA54 = math.type ~= nil and not jit
local POC, MDF, MIGRATION, TRAINING, LEGACY = "ben-poccredits0001", "ben-mktdevfunds001", "ben-migrationfund1",
  "ben-trainaccess001", "ben-legacysupport1"
local OPPORTUNITY = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/opportunity/O1234567"

describe("Benefits client against the emulator", function()
  local emu, b
  local ok_ops, err_ops, bad_bodies, bodies = {}, {}, {}, {}
  local hooks = {
    before_send = function(req) bodies[#bodies + 1] = req.body end,
    -- every answer strictly valid for the model: a 200 for the operation's
    -- output, an error for one of the operation's errors
    after_response = function(resp, req)
      local body = json.decode(resp.body)
      local ok, why
      if resp.status == 200 then
        ok_ops[req.operation] = true
        ok, why = emulator.check_output("benefits", req.operation, body)
      else
        err_ops[req.operation] = err_ops[req.operation] or (body and body.__type)
        ok, why = emulator.check_error("benefits", req.operation, body)
      end
      if not ok then bad_bodies[#bad_bodies + 1] = req.operation .. " " .. resp.status .. ": " .. tostring(why) end
    end }
  emulator.use({ control = true, delay = 2 }, function(e)
    emu = e
    if e then b = client_helpers.emulator_client(e, "benefits", { hooks = hooks }) end
  end)
  teardown(function() if b then b:close() end end)
  after_each(function() assert.same({}, bad_bodies) end)

  local function advance(seconds)
    assert.equal(200, (emu:control("clock", '{"advance":' .. seconds .. "}")))
  end
  local function service_error(code, op, res, err)
    assert.is_nil(res)
    assert.equal("service", err.kind)
    assert.equal(code, err.code, tostring(err))
    assert.equal(op, err.operation)
    assert.equal(400, err.status)
    assert.is_string(err.request_id)
    assert.is_true(err:is(code))
    assert.is_string(err.message)
    return err
  end
  local n = 0
  local function token() n = n + 1 return "spec-token-" .. n end
  local function new_app(over)
    local input = { Catalog = "AWS", ClientToken = token(), BenefitIdentifier = POC, Name = "Spec application",
      BenefitApplicationDetails = { UseCase = "A proof of concept.", RequestedAmount = 1000 } }
    for k, v in pairs(over or {}) do input[k] = v end
    local res, err = b:create_benefit_application(input)
    assert.is_table(res, tostring(err))
    return res, input
  end
  local function get(id) return assert(b:get_benefit_application{ Catalog = "AWS", Identifier = id }) end

  describe("the catalog", function()
    it("ListBenefits pages through the seeded catalog; GetBenefit takes an id or an ARN", function()
      local first = assert(b:list_benefits{ Catalog = "AWS", MaxResults = 2 })
      assert.equal(2, #first.BenefitSummaries)
      assert.is_string(first.NextToken)
      local pages, ids = 0, {}
      for page, perr in b:pages("ListBenefits", { Catalog = "AWS", MaxResults = 2 }) do
        assert.is_table(page, tostring(perr))
        pages = pages + 1
        for _, s in ipairs(page.BenefitSummaries) do ids[#ids + 1] = s.Id end
      end
      assert.equal(3, pages)
      assert.same({ POC, MDF, MIGRATION, TRAINING, LEGACY }, ids)
      local active = {}
      for s in b:items("list_benefits", { Catalog = "AWS", Status = { "ACTIVE" }, MaxResults = 1 }) do
        active[#active + 1] = s.Id
      end
      assert.same({ POC, MDF, MIGRATION, TRAINING }, active)
      local cash = assert(b:list_benefits{ Catalog = "AWS", FulfillmentTypes = { "CASH" } })
      assert.equal(2, #cash.BenefitSummaries)

      local ben = assert(b:get_benefit{ Catalog = "AWS", Identifier = POC })
      assert.equal("Proof of Concept Credits", ben.Name)
      assert.same({ "CREDITS" }, ben.FulfillmentTypes)
      -- BenefitRequestSchema is a document: plain Lua values, arrays marked
      local schema = ben.BenefitRequestSchema
      assert.same({ "UseCase", "RequestedAmount" }, schema.required)
      assert.equal(pc.json_array_mt, getmetatable(schema.required))
      assert.equal(25000, schema.properties.RequestedAmount.maximum)
      assert.equal(POC, assert(b:get_benefit{ Catalog = "AWS", Identifier = ben.Arn }).Id)
    end)

    it("answers typed errors: an unknown benefit, a foreign page token", function()
      service_error("ResourceNotFoundException", "GetBenefit",
        b:get_benefit{ Catalog = "AWS", Identifier = "ben-00000000000000" })
      local err = service_error("ValidationException", "ListBenefits",
        b:list_benefits{ Catalog = "AWS", NextToken = "bm90LWEtdG9rZW4=" })
      assert.equal("fieldValidationFailed", err.fields.Reason)
      assert.equal("NextToken", err.fields.FieldList[1].Name)
      assert.equal("INVALID_VALUE", err.fields.FieldList[1].Code)
    end)
  end)

  describe("document members", function()
    it("BenefitApplicationDetails comes back as sent: objects, arrays, nesting, null, numbers, a long", function()
      local long = LUA54 and math.tointeger(2 ^ 62) + 1 or 9007199254740991   -- LuaJIT: the largest exact long
      local details = { UseCase = "Round trip", RequestedAmount = 1500, Ratio = 2.5, Negative = -7, Long = long,
        Flag = true, Off = false, Nothing = pc.null, Empty = pc.array(), EmptyObject = {},
        List = { 1, "two", { three = 3 }, pc.null, { 4, 5 } },
        Nested = { Level1 = { Level2 = { Level3 = { "deep" } } } }, Unicode = "Café ☕" }
      local created = new_app{ BenefitApplicationDetails = details }
      local got = get(created.Id).BenefitApplicationDetails
      assert.same(details, got)
      assert.equal(pc.null, got.Nothing)
      assert.equal(pc.null, got.List[4])
      assert.equal(pc.json_array_mt, getmetatable(got.Empty))
      assert.equal(pc.json_array_mt, getmetatable(got.List))
      assert.is_nil(getmetatable(got.EmptyObject))
      assert.equal(long, got.Long)
      if LUA54 then
        assert.equal("integer", math.type(got.Long))
        assert.equal("float", math.type(got.Ratio))
        assert.equal("integer", math.type(got.RequestedAmount))
      end
      -- what came back goes out again unchanged ([] stays an array)
      local upd = assert(b:update_benefit_application{ Catalog = "AWS", ClientToken = token(), Identifier = created.Id,
        Revision = "1", BenefitApplicationDetails = got })
      assert.equal("2", upd.Revision)
      assert.same(details, get(created.Id).BenefitApplicationDetails)
      assert.matches('"Empty":%[%]', bodies[#bodies - 1])
      -- the list summary shows the top-level scalars as strings
      local s = assert(b:list_benefit_applications{ Catalog = "AWS" }).BenefitApplicationSummaries[1]
      assert.equal("1500", s.BenefitApplicationDetails.RequestedAmount)
      assert.equal("true", s.BenefitApplicationDetails.Flag)
      assert.equal("Café ☕", s.BenefitApplicationDetails.Unicode)
      assert.is_nil(s.BenefitApplicationDetails.Nested)
    end)

    it("a long beyond 2^53 that another client stored reads back exact (a decimal string on LuaJIT)", function()
      local body = '{"Catalog":"AWS","ClientToken":"raw-long","BenefitIdentifier":"' .. POC
        .. '","BenefitApplicationDetails":{"Big":9007199254740993,"Small":-9223372036854775808}}'
      local status, res = emu:call("PartnerCentralBenefitsService.CreateBenefitApplication", body)
      assert.equal(200, status)
      local got = get(res.Id).BenefitApplicationDetails
      if LUA54 then
        assert.equal(9007199254740993, got.Big)
        assert.equal(math.mininteger, got.Small)
      else
        assert.equal("9007199254740993", got.Big)
        assert.equal("-9223372036854775808", got.Small)
      end
    end)

    it("a value with no JSON form is a validation error before anything is sent", function()
      local sent = #bodies
      local res, err = b:create_benefit_application{ Catalog = "AWS", ClientToken = token(), BenefitIdentifier = POC,
        BenefitApplicationDetails = { f = function() end } }
      assert.is_nil(res)
      assert.equal("validation", err.kind)
      assert.equal(sent, #bodies)
    end)
  end)

  describe("applications", function()
    it("CreateBenefitApplication: the caller's ClientToken makes a retry the same application", function()
      local created, input = new_app{ Tags = { { Key = "team", Value = "alliances" } },
        FileDetails = { { FileURI = "https://example.com/plan.pdf", BusinessUseCase = "Plan" } },
        PartnerContacts = { { Email = "jane@example.com", FirstName = "Jane", LastName = "Doe", BusinessTitle = "Lead" } },
        AssociatedResources = { OPPORTUNITY } }
      assert.matches("^benappl%-[0-9a-z]+$", created.Id)
      assert.equal("1", created.Revision)
      local again = assert(b:call("CreateBenefitApplication", input))
      assert.equal(created.Id, again.Id)
      local a = get(created.Arn)
      assert.equal("PENDING_SUBMISSION", a.Status)
      assert.equal("DRAFT", a.Stage)
      assert.same({ "PARTNER_FUNDING" }, a.Programs)
      assert.same({ OPPORTUNITY }, a.AssociatedResources)
      assert.equal("plan.pdf", a.FileDetails[1].FileName)
      assert.equal("application/pdf", a.FileDetails[1].FileType)
      assert.equal("Jane", a.PartnerContacts[1].FirstName)
      -- the same token with another input is a conflict
      input.Name = "Other"
      service_error("ConflictException", "CreateBenefitApplication", b:create_benefit_application(input))
      service_error("ResourceNotFoundException", "CreateBenefitApplication",
        b:create_benefit_application{ Catalog = "AWS", ClientToken = token(), BenefitIdentifier = "ben-00000000000000" })
      local err = service_error("ValidationException", "CreateBenefitApplication",
        b:create_benefit_application{ Catalog = "AWS", ClientToken = token(), BenefitIdentifier = LEGACY })
      assert.equal("BUSINESS_VALIDATION_FAILED", err.fields.Reason)
      assert.equal("INVALID_RESOURCE_STATE", err.fields.FieldList[1].Code)
      -- the model makes ClientToken required (it has no idempotency-token trait): checked before sending
      local sent = #bodies
      local res, verr = b:create_benefit_application{ Catalog = "AWS", BenefitIdentifier = POC }
      assert.is_nil(res)
      assert.equal("validation", verr.kind)
      assert.matches("ClientToken", tostring(verr))
      assert.equal(sent, #bodies)
    end)

    it("submit, review, APPROVED with an allocation; the waiter; typed errors on the way", function()
      local created = new_app{ FulfillmentTypes = { "CREDITS" } }
      assert.same({}, assert(b:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id }))
      local a = get(created.Id)
      assert.equal("IN_REVIEW", a.Status)
      assert.equal("2", a.Revision)
      service_error("ConflictException", "SubmitBenefitApplication",
        b:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id })
      service_error("ResourceNotFoundException", "GetBenefitApplication",
        b:get_benefit_application{ Catalog = "AWS", Identifier = "benappl-00000000000000" })
      advance(3)
      local done, meta = b:wait_for("BenefitApplicationApproved", { Catalog = "AWS", Identifier = created.Id },
        { delay = 0.1, max_wait = 5 })
      assert.is_table(done, tostring(meta))
      assert.equal("APPROVED", done.Status)
      assert.equal(1, meta.polls)
      assert.equal("3", done.Revision)

      local list = assert(b:list_benefit_allocations{ Catalog = "AWS", BenefitApplicationIdentifiers = { created.Arn } })
      assert.equal(1, #list.BenefitAllocationSummaries)
      local s = list.BenefitAllocationSummaries[1]
      assert.equal("ACTIVE", s.Status)
      local alloc = assert(b:get_benefit_allocation{ Catalog = "AWS", Identifier = s.Arn })
      assert.equal(s.Id, alloc.Id)
      assert.equal("CREDITS", alloc.FulfillmentType)
      local credit = alloc.FulfillmentDetail.CreditDetails
      assert.same({ Amount = "1000.00", CurrencyCode = "USD" }, credit.AllocatedAmount)
      assert.equal("111122223333", credit.Codes[1].AwsAccountId)
      assert.is_number(alloc.ExpiresAt)
      service_error("ResourceNotFoundException", "GetBenefitAllocation",
        b:get_benefit_allocation{ Catalog = "AWS", Identifier = "benalloc-00000000000000" })
      service_error("ValidationException", "ListBenefitAllocations",
        b:list_benefit_allocations{ Catalog = "AWS", NextToken = "bm90LWEtdG9rZW4=" })
      service_error("ValidationException", "ListBenefitApplications",
        b:list_benefit_applications{ Catalog = "AWS", NextToken = "bm90LWEtdG9rZW4=" })
    end)

    it("ACTION_REQUIRED, update, resubmit, recall, amend, REJECTED, cancel", function()
      local created = new_app{ BenefitApplicationDetails = { UseCase = "No amount yet" } }
      assert(b:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id })
      advance(3)
      -- the Approved waiter fails on ACTION_REQUIRED with the application in err.result
      local res, werr = b:wait_for("BenefitApplicationApproved", { Catalog = "AWS", Identifier = created.Id },
        { delay = 0.1, max_wait = 5 })
      assert.is_nil(res)
      assert.equal("WaiterFailure", werr.code)
      assert.equal("ACTION_REQUIRED", werr.result.Status)
      assert.same({ "MISSING_REQUIRED_DETAILS" }, werr.result.StatusReasonCodes)
      assert.matches("RequestedAmount", werr.result.StatusReason)
      -- the Reviewed waiter ends on any decision
      local reviewed = assert(b:wait_for("benefit_application_reviewed", { Catalog = "AWS", Identifier = created.Id }))
      assert.equal("ACTION_REQUIRED", reviewed.Status)
      local rev = reviewed.Revision

      service_error("ConflictException", "UpdateBenefitApplication", b:update_benefit_application{ Catalog = "AWS",
        ClientToken = token(), Identifier = created.Id, Revision = "1", Description = "stale" })
      local upd = assert(b:update_benefit_application{ Catalog = "AWS", ClientToken = token(), Identifier = created.Id,
        Revision = rev, Description = "Now with an amount",
        BenefitApplicationDetails = { UseCase = "Amount given", RequestedAmount = 2000 } })
      assert.equal(tostring(tonumber(rev) + 1), upd.Revision)
      assert(b:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id })
      assert.same({}, assert(b:recall_benefit_application{ Catalog = "AWS", Identifier = created.Id,
        Reason = "One more change" }))
      local a = get(created.Id)
      assert.equal("PENDING_SUBMISSION", a.Status)
      assert.equal("One more change", a.StatusReason)
      service_error("ConflictException", "RecallBenefitApplication",
        b:recall_benefit_application{ Catalog = "AWS", Identifier = created.Id, Reason = "again" })
      -- a draft is updated, not amended
      service_error("ConflictException", "AmendBenefitApplication", b:amend_benefit_application{ Catalog = "AWS",
        ClientToken = token(), Revision = a.Revision, Identifier = created.Id, AmendmentReason = "draft",
        Amendments = { { FieldPath = "Name", NewValue = "x" } } })
      assert(b:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id })
      a = get(created.Id)
      -- amended during the review: the amount goes over the benefit's maximum
      assert.same({}, assert(b:amend_benefit_application{ Catalog = "AWS", ClientToken = token(),
        Revision = a.Revision, Identifier = created.Id, AmendmentReason = "Bigger project",
        Amendments = { { FieldPath = "BenefitApplicationDetails.RequestedAmount", NewValue = "999999" },
                       { FieldPath = "$.BenefitApplicationDetails.Extra.Notes", NewValue = "free text" },
                       { FieldPath = "Name", NewValue = "Renamed" } } }))
      a = get(created.Id)
      assert.equal(999999, a.BenefitApplicationDetails.RequestedAmount)
      assert.same({ Notes = "free text" }, a.BenefitApplicationDetails.Extra)
      assert.equal("Renamed", a.Name)
      advance(3)
      local rejected = assert(b:wait_for("BenefitApplicationReviewed", { Catalog = "AWS", Identifier = created.Id }))
      assert.equal("REJECTED", rejected.Status)
      assert.same({ "AMOUNT_ABOVE_LIMIT" }, rejected.StatusReasonCodes)
      service_error("ConflictException", "CancelBenefitApplication",
        b:cancel_benefit_application{ Catalog = "AWS", ClientToken = token(), Identifier = created.Id })

      local other = new_app()
      assert.same({}, assert(b:cancel_benefit_application{ Catalog = "AWS", ClientToken = token(),
        Identifier = other.Id, Reason = "Not needed" }))
      assert.equal("CANCELED", get(other.Id).Status)
      local _, cerr = b:wait_for("BenefitApplicationReviewed", { Catalog = "AWS", Identifier = other.Id })
      assert.equal("WaiterFailure", cerr.code)
    end)

    it("associates and disassociates resources, and finds applications by them", function()
      local created = new_app()
      local assoc = assert(b:associate_benefit_application_resource{ Catalog = "AWS",
        BenefitApplicationIdentifier = created.Id, ResourceArn = OPPORTUNITY })
      assert.equal(created.Id, assoc.Id)
      assert.equal("2", assoc.Revision)
      service_error("ConflictException", "AssociateBenefitApplicationResource",
        b:associate_benefit_application_resource{ Catalog = "AWS", BenefitApplicationIdentifier = created.Id,
          ResourceArn = OPPORTUNITY })
      service_error("ResourceNotFoundException", "AssociateBenefitApplicationResource",
        b:associate_benefit_application_resource{ Catalog = "AWS", BenefitApplicationIdentifier = created.Id,
          ResourceArn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/benefit-allocation/benalloc-00000000000000" })
      new_app()
      local found = assert(b:list_benefit_applications{ Catalog = "AWS", AssociatedResourceArns = { OPPORTUNITY } })
      assert.equal(1, #found.BenefitApplicationSummaries)
      assert.same({ OPPORTUNITY }, found.BenefitApplicationSummaries[1].AssociatedResources)
      local dis = assert(b:disassociate_benefit_application_resource{ Catalog = "AWS",
        BenefitApplicationIdentifier = created.Arn, ResourceArn = OPPORTUNITY })
      assert.equal("3", dis.Revision)
      service_error("ResourceNotFoundException", "DisassociateBenefitApplicationResource",
        b:disassociate_benefit_application_resource{ Catalog = "AWS", BenefitApplicationIdentifier = created.Id,
          ResourceArn = OPPORTUNITY })
    end)

    it("ListBenefitApplications and ListBenefitAllocations page through everything (pages, items)", function()
      local ids = {}
      for i = 1, 5 do ids[i] = new_app{ Name = "Paged " .. i }.Id end
      local seen, pages = {}, 0
      for page, perr in b:pages("list_benefit_applications", { Catalog = "AWS", MaxResults = 2 }) do
        assert.is_table(page, tostring(perr))
        pages = pages + 1
        for _, s in ipairs(page.BenefitApplicationSummaries) do seen[#seen + 1] = s.Id end
      end
      assert.equal(3, pages)
      assert.same(ids, seen)
      for i = 1, 3 do assert(b:submit_benefit_application{ Catalog = "AWS", Identifier = ids[i] }) end
      local drafts = assert(b:list_benefit_applications{ Catalog = "AWS", Status = { "PENDING_SUBMISSION" } })
      assert.equal(2, #drafts.BenefitApplicationSummaries)
      advance(3)
      local allocs = {}
      for s, serr in b:items("ListBenefitAllocations", { Catalog = "AWS", MaxResults = 1 }) do
        assert.is_table(s, tostring(serr))
        allocs[#allocs + 1] = s.BenefitApplicationId
      end
      assert.same({ ids[1], ids[2], ids[3] }, allocs)
      local stages = assert(b:list_benefit_applications{ Catalog = "AWS", Stages = { "COMPLETED" } })
      assert.equal(3, #stages.BenefitApplicationSummaries)
    end)
  end)

  describe("tags", function()
    it("TagResource, ListTagsForResource, UntagResource on an application; unknown resources", function()
      local created = new_app{ Tags = { { Key = "a", Value = "1" } } }
      assert.same({}, assert(b:tag_resource{ resourceArn = created.Arn, tags = { { Key = "b", Value = "2" } } }))
      assert.same({ { Key = "a", Value = "1" }, { Key = "b", Value = "2" } },
        assert(b:list_tags_for_resource{ resourceArn = created.Arn }).tags)
      assert.same({}, assert(b:untag_resource{ resourceArn = created.Arn, tagKeys = { "a" } }))
      assert.same({ { Key = "b", Value = "2" } }, assert(b:list_tags_for_resource{ resourceArn = created.Arn }).tags)
      local unknown = created.Arn:gsub("benappl%-[0-9a-z]+$", "benappl-00000000000000")
      service_error("ResourceNotFoundException", "TagResource",
        b:tag_resource{ resourceArn = unknown, tags = { { Key = "b", Value = "2" } } })
      service_error("ResourceNotFoundException", "UntagResource", b:untag_resource{ resourceArn = unknown, tagKeys = { "b" } })
      service_error("ResourceNotFoundException", "ListTagsForResource", b:list_tags_for_resource{ resourceArn = unknown })
    end)
  end)

  describe("retries", function()
    it("a throttled CreateBenefitApplication is retried with the same body and ClientToken", function()
      assert.equal(200, (emu:control("faults",
        '{"target":"PartnerCentralBenefitsService.CreateBenefitApplication","count":2,"error":"ThrottlingException"}')))
      local c = client_helpers.emulator_client(emu, "benefits", { hooks = hooks, sleep = function() end })
      local before = #bodies
      local res, meta = c:create_benefit_application{ Catalog = "AWS", ClientToken = "retry-token",
        BenefitIdentifier = TRAINING, BenefitApplicationDetails = { UseCase = "Retry" } }
      assert.is_table(res, tostring(meta))
      assert.equal(3, meta.attempts)
      assert.equal(3, #bodies - before)
      assert.equal(bodies[before + 1], bodies[before + 3])
      assert.matches('"ClientToken":"retry%-token"', bodies[before + 1])
      c:close()
    end)
  end)

  describe("waiters", function()
    it("poll with the client's sleep until the review is over", function()
      local slept = {}
      -- a sleep that moves the emulator's clock: the review ends after 2 emulated seconds
      local c = client_helpers.emulator_client(emu, "benefits", { hooks = hooks,
        sleep = function(s) slept[#slept + 1] = s advance(s) end })
      local created = new_app()
      assert(c:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id })
      local done, meta = c:wait_for("BenefitApplicationApproved", { Catalog = "AWS", Identifier = created.Id },
        { delay = 0.5, max_wait = 10 })
      assert.is_table(done, tostring(meta))
      assert.equal("APPROVED", done.Status)
      assert.is_true(meta.polls >= 4 and meta.polls <= 6)
      for _, s in ipairs(slept) do assert.equal(0.5, s) end
      -- running out of time is a typed timeout naming the last status
      local again = new_app()
      assert(c:submit_benefit_application{ Catalog = "AWS", Identifier = again.Id })
      local res, err = c:wait_for("BenefitApplicationApproved", { Catalog = "AWS", Identifier = again.Id },
        { delay = 0.5, max_wait = 1 })
      assert.is_nil(res)
      assert.equal("WaiterTimeout", err.code)
      assert.equal("IN_REVIEW", err.result.Status)
      c:close()
    end)
  end)

  describe("endpoints", function()
    it("the rule set's regional endpoint, SigV4 for partnercentral-benefits; AWS_ENDPOINT_URL_PARTNERCENTRAL_BENEFITS", function()
      local seen = {}
      local recorder = { request = function(_, req)
        seen[#seen + 1] = req
        return { status = 200, headers = { ["x-amzn-requestid"] = "r" }, body = "{}" }
      end }
      local c = pc.benefits{ region = "eu-west-1", transport = recorder, getenv = function() return nil end,
        credentials = { access_key = "AKID", secret_key = "secret" } }
      assert(c:list_benefits{ Catalog = "AWS" })
      assert.equal("https://partnercentral-benefits.eu-west-1.api.aws/", seen[1].url)
      local auth, target
      for _, h in ipairs(seen[1].headers) do
        if h[1] == "Authorization" then auth = h[2] end
        if h[1] == "X-Amz-Target" then target = h[2] end
      end
      assert.matches("^AWS4%-HMAC%-SHA256 Credential=AKID/%d+/eu%-west%-1/partnercentral%-benefits/aws4_request", auth)
      assert.equal("PartnerCentralBenefitsService.ListBenefits", target)
      -- the service's own endpoint variable (from its service id) wins over AWS_ENDPOINT_URL
      local env = { AWS_ENDPOINT_URL_PARTNERCENTRAL_BENEFITS = emu.url, AWS_ENDPOINT_URL = "http://127.0.0.1:9" }
      local e = pc.benefits{ region = "us-east-1", getenv = function(k) return env[k] end,
        credentials = { access_key = emu.key, secret_key = emu.secret } }
      assert.equal(emu.url, e.settings.endpoint)
      assert.equal(5, #assert(e:list_benefits{ Catalog = "AWS" }).BenefitSummaries)
      e:close()
    end)
  end)

  describe("the stubber", function()
    it("answers canned Benefits outputs (documents included) without I/O", function()
      local c = pc.benefits.new{ region = "us-east-1", credentials = { access_key = "x", secret_key = "y" } }
      local stub = pc.stub(c)
      stub:add_response("GetBenefitApplication", { Id = "benappl-abcdefghijklmn", Status = "APPROVED",
        BenefitApplicationDetails = { Amount = 5, Tags = pc.array({ "x" }), Gone = pc.null } },
        { Catalog = "AWS", Identifier = "benappl-abcdefghijklmn" })
      local res = assert(c:get_benefit_application{ Catalog = "AWS", Identifier = "benappl-abcdefghijklmn" })
      assert.equal("APPROVED", res.Status)
      assert.same({ Amount = 5, Tags = { "x" }, Gone = pc.null }, res.BenefitApplicationDetails)
      assert.has_error(function()
        stub:add_response("GetBenefitApplication", { Status = "NOT_A_STATUS" })
      end)
      stub:assert_done()
    end)
  end)

  it("every one of the 17 operations succeeded and failed with a modeled error at least once", function()
    client_helpers.assert_every_operation_ok(model, ok_ops, 17)
    local missing = {}
    for op in pairs(model.operations) do if not err_ops[op] then missing[#missing + 1] = op end end
    table.sort(missing)
    assert.same({}, missing)
  end)
end)
