-- Selling opportunities end to end through the SDK client against
-- partnercentral-local: LastModifiedDate concurrency, whole-record updates,
-- filters, sorting and pagination, submission rules, the timed review (with
-- the OpportunityApproved waiter), GetAwsOpportunitySummary, idempotency
-- tokens and retries. The waiters' sleeps move the emulator's clock instead
-- of waiting (the client's sleep option).
local emulator = require("spec.support.emulator")
local selling = require("spec.support.selling")

describe("Selling opportunities", function()
  local emu, s
  local function advance(seconds)
    assert.equal(200, (emu:control("clock", '{"advance":' .. seconds .. "}")))
  end
  emulator.use({ control = true, delay = 2 }, function(e)
    emu = e
    if e then s = selling.client(e, { sleep = function(sec) advance(sec) end, raise_errors = false }) end
  end)
  teardown(function() if s then s:close() end end)

  local function create(over)
    return assert(s:create_opportunity(selling.opportunity(over)))
  end
  local function get(id) return assert(s:get_opportunity{ Catalog = "AWS", Identifier = id }) end
  local function associate(id, sol)
    assert(s:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id, RelatedEntityType = "Solutions",
      RelatedEntityIdentifier = sol or "S-0000001" })
  end
  local function service_error(code, res, err)
    assert.is_nil(res)
    assert.equal("service", err.kind)
    assert.equal(code, err.code, tostring(err))
    assert.equal(400, err.status)
    return err
  end

  it("creates in Pending Submission and answers the record it was given", function()
    local created = create{ PrimaryNeedsFromAws = { "Co-Sell - Deal Support" }, Marketing = { Source = "None" } }
    assert.matches("^O%d+$", created.Id)
    assert.equal("crm-0001", created.PartnerOpportunityIdentifier)
    local o = get(created.Id)
    assert.equal("Pending Submission", o.LifeCycle.ReviewStatus)
    assert.equal("Prospect", o.LifeCycle.Stage)
    assert.equal("Example Retail Co", o.Customer.Account.CompanyName)
    assert.equal("5000", o.Project.ExpectedCustomerSpend[1].Amount)
    assert.same({ "Co-Sell - Deal Support" }, o.PrimaryNeedsFromAws)
    assert.equal("Sam", o.OpportunityTeam[1].FirstName)
    assert.equal("arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/opportunity/" .. created.Id, o.Arn)
    assert.equal(created.LastModifiedDate, o.LastModifiedDate)
    assert.equal(o.CreatedDate, o.LastModifiedDate)
    assert.same({}, o.RelatedEntityIdentifiers.Solutions)
  end)

  it("updates with the current LastModifiedDate; a stale one is a ConflictException that changes nothing", function()
    local id = create().Id
    local first = get(id)
    local res = assert(s:update_opportunity(selling.update_from(first, { OpportunityType = "Expansion" })))
    assert.equal(id, res.Id)
    assert.is_true(res.LastModifiedDate > first.LastModifiedDate)
    -- the date read before the update is stale now
    local err = service_error("ConflictException", s:update_opportunity(selling.update_from(first,
      { OpportunityType = "Flat Renewal" })))
    assert.matches("was modified at", err.message)
    local now = get(id)
    assert.equal("Expansion", now.OpportunityType)
    assert.equal(res.LastModifiedDate, now.LastModifiedDate)
    -- any change moves it on: an assignment makes the last update's date stale too
    assert(s:assign_opportunity{ Catalog = "AWS", Identifier = id, Assignee = { Email = "owner@partner.example.com",
      FirstName = "O", LastName = "Wner", BusinessTitle = "Sales" } })
    service_error("ConflictException", s:update_opportunity(selling.update_from(now, { OpportunityType = "Expansion" })))
    local again = get(id)
    assert.is_true(again.LastModifiedDate > now.LastModifiedDate)
    assert(s:update_opportunity(selling.update_from(again, { OpportunityType = "Expansion" })))
  end)

  it("replaces the whole record on update: a member left out is gone, OpportunityTeam stays", function()
    local id = create{ Marketing = { Source = "Marketing Activity", CampaignName = "Spring" } }.Id
    local o = get(id)
    assert.equal("Spring", o.Marketing.CampaignName)
    local u = selling.update_from(o, { Project = { Title = "Renamed", CustomerBusinessProblem =
      "The data centre lease ends next year." } })
    u.Marketing = nil
    assert(s:update_opportunity(u))
    local after = get(id)
    assert.is_nil(after.Marketing)
    assert.equal("Renamed", after.Project.Title)
    assert.is_nil(after.Project.ExpectedCustomerSpend)
    assert.equal("Sam", after.OpportunityTeam[1].FirstName)
    assert.equal("Pending Submission", after.LifeCycle.ReviewStatus)   -- AWS's member, not the caller's
  end)

  it("lists with filters (changed since, ids, stage, review status, company, dates), sorted", function()
    local a = create{ Customer = { Account = { CompanyName = "Alpha Corp", Industry = "Retail" } },
      LifeCycle = { Stage = "Qualified", TargetCloseDate = "2027-01-31" } }.Id
    local b = create{ Customer = { Account = { CompanyName = "Beta LLC", Industry = "Retail" } },
      LifeCycle = { Stage = "Prospect", TargetCloseDate = "2027-03-31" } }.Id
    local since = get(b).LastModifiedDate
    local c = create{ Customer = { Account = { CompanyName = "gamma alpha", Industry = "Retail" } } }.Id
    local function ids(input)
      input.Catalog = "AWS"
      local out = {}
      for _, o in ipairs(assert(s:list_opportunities(input)).OpportunitySummaries) do out[#out + 1] = o.Id end
      return out
    end
    -- the CRM sync filter: on or after a date; default order: last modified first
    assert.same({ c, b }, ids{ LastModifiedDate = { AfterLastModifiedDate = since } })
    assert.same({ a }, ids{ LastModifiedDate = { BeforeLastModifiedDate = since }, Identifier = { a, b, c } })
    assert.same({ c, b, a }, ids{})
    assert.same({ a, b, c }, ids{ Sort = { SortBy = "CreatedDate", SortOrder = "ASCENDING" } })
    local low, high = a, b
    if tonumber(a:sub(2)) > tonumber(b:sub(2)) then low, high = b, a end
    assert.same({ low, high }, ids{ Identifier = { b, a }, Sort = { SortBy = "Identifier", SortOrder = "ASCENDING" } })
    assert.same({ high, low }, ids{ Identifier = { b, a }, Sort = { SortBy = "Identifier", SortOrder = "DESCENDING" } })
    assert.same({ a }, ids{ LifeCycleStage = { "Qualified" } })
    assert.same({ c, b, a }, ids{ LifeCycleReviewStatus = { "Pending Submission" } })
    assert.same({}, ids{ LifeCycleReviewStatus = { "Approved" } })
    assert.same({ c, a }, ids{ CustomerCompanyName = { "ALPHA" } })   -- case-insensitive part of the name
    assert.same({ a, b, c }, ids{ Sort = { SortBy = "CustomerCompanyName", SortOrder = "ASCENDING" } })
    assert.same({ c, b }, ids{ TargetCloseDate = { AfterTargetCloseDate = "2027-02-01" } })
    assert.same({ b }, ids{ TargetCloseDate = { AfterTargetCloseDate = "2027-02-01", BeforeTargetCloseDate = "2027-04-01" } })
    assert.same({ a }, ids{ TargetCloseDate = { BeforeTargetCloseDate = "2027-02-01" } })
    assert.same({}, ids{ CreatedDate = { BeforeCreatedDate = 0 } })
    local sum = assert(s:list_opportunities{ Catalog = "AWS", Identifier = { a } }).OpportunitySummaries[1]
    assert.equal("Alpha Corp", sum.Customer.Account.CompanyName)
    assert.equal("Qualified", sum.LifeCycle.Stage)
    assert.equal("Pending Submission", sum.LifeCycle.ReviewStatus)
    assert.same({}, assert(s:list_opportunities{ Catalog = "Sandbox" }).OpportunitySummaries)
  end)

  it("pages through 25 opportunities with pages() and items() (ListOpportunities paginator)", function()
    local made = {}
    for i = 1, 25 do made[create{ PartnerOpportunityIdentifier = "crm-" .. i }.Id] = true end
    local pages, seen = 0, {}
    for page, err in s:pages("list_opportunities", { Catalog = "AWS", MaxResults = 10 }) do
      assert(page, tostring(err))
      pages = pages + 1
      assert.is_true(#page.OpportunitySummaries <= 10)
      for _, o in ipairs(page.OpportunitySummaries) do
        assert.is_nil(seen[o.Id], "listed twice: " .. o.Id)
        seen[o.Id] = true
      end
    end
    assert.equal(3, pages)
    local n = 0
    for o, err in s:items("ListOpportunities", { Catalog = "AWS", MaxResults = 7 }) do
      assert(o, tostring(err))
      assert.is_true(made[o.Id])
      n = n + 1
    end
    assert.equal(25, n)
    -- default page size: 20
    local first = assert(s:list_opportunities{ Catalog = "AWS" })
    assert.equal(20, #first.OpportunitySummaries)
    assert.is_string(first.NextToken)
  end)

  it("submits only a complete opportunity with an Active solution, and names what is missing", function()
    local id = create{ Customer = { Account = { CompanyName = "Bare" } }, Project = { Title = "Bare" },
      LifeCycle = {} }.Id
    local err = service_error("ValidationException", s:submit_opportunity{ Catalog = "AWS", Identifier = id,
      InvolvementType = "Co-Sell" })
    assert.equal("BUSINESS_VALIDATION_FAILED", err.fields.Reason)
    local missing = {}
    for _, e in ipairs(err.fields.ErrorList) do
      assert.equal("REQUIRED_FIELD_MISSING", e.Code)
      missing[#missing + 1] = e.FieldName
    end
    assert.same({ "Customer.Account.WebsiteUrl", "Customer.Account.Industry", "Customer.Account.Address.CountryCode",
      "Project.CustomerBusinessProblem", "Project.ExpectedCustomerSpend", "LifeCycle.TargetCloseDate",
      "RelatedEntityIdentifiers.Solutions" }, missing)
    local full = create().Id
    err = service_error("ValidationException", s:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = full,
      RelatedEntityType = "Solutions", RelatedEntityIdentifier = "S-0000004" })   -- a Draft solution
    assert.equal("INVALID_RESOURCE_STATE", err.fields.ErrorList[1].Code)
    service_error("ValidationException", s:submit_opportunity{ Catalog = "AWS", Identifier = full,
      InvolvementType = "Co-Sell" })
    associate(full)
    assert(s:submit_opportunity{ Catalog = "AWS", Identifier = full, InvolvementType = "Co-Sell" })
    assert.equal("Submitted", get(full).LifeCycle.ReviewStatus)
    -- once submitted, not again
    err = service_error("ValidationException", s:submit_opportunity{ Catalog = "AWS", Identifier = full,
      InvolvementType = "Co-Sell" })
    assert.equal("INVALID_RESOURCE_STATE", err.fields.ErrorList[1].Code)
  end)

  it("associates and disassociates solutions, AWS products and Marketplace offers", function()
    local id = create().Id
    local offer = "arn:aws:aws-marketplace:us-east-1:123456789012:AWSMarketplace/Offer/offer-abcdefghijklm"
    associate(id)
    associate(id)   -- again: nothing changes
    assert(s:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id, RelatedEntityType = "AwsProducts",
      RelatedEntityIdentifier = "AmazonEC2" })
    assert(s:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id,
      RelatedEntityType = "AwsMarketplaceOffers", RelatedEntityIdentifier = offer })
    local err = service_error("ValidationException", s:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id,
      RelatedEntityType = "AwsMarketplaceOffers", RelatedEntityIdentifier = "not-an-offer-arn" })
    assert.equal("INVALID_STRING_FORMAT", err.fields.ErrorList[1].Code)
    local r = get(id).RelatedEntityIdentifiers
    assert.same({ "S-0000001" }, r.Solutions)
    assert.same({ "AmazonEC2" }, r.AwsProducts)
    assert.same({ offer }, r.AwsMarketplaceOffers)
    assert(s:disassociate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id, RelatedEntityType = "AwsProducts",
      RelatedEntityIdentifier = "AmazonEC2" })
    assert.same({}, get(id).RelatedEntityIdentifiers.AwsProducts)
    service_error("ResourceNotFoundException", s:disassociate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id,
      RelatedEntityType = "AwsProducts", RelatedEntityIdentifier = "AmazonEC2" })
  end)

  it("moves the review on with time (Submitted, In review, Approved), read-only meanwhile; OpportunityApproved waits", function()
    local id = create().Id
    associate(id)
    assert(s:submit_opportunity{ Catalog = "AWS", Identifier = id, InvolvementType = "Co-Sell", Visibility = "Limited" })
    local submitted = get(id)
    assert.equal("Submitted", submitted.LifeCycle.ReviewStatus)
    local err = service_error("ValidationException", s:update_opportunity(selling.update_from(submitted)))
    assert.equal("INVALID_RESOURCE_STATE", err.fields.ErrorList[1].Code)
    advance(2)
    local reviewing = get(id)
    assert.equal("In review", reviewing.LifeCycle.ReviewStatus)
    assert.is_true(reviewing.LastModifiedDate > submitted.LastModifiedDate)   -- AWS's change is a change
    local done, meta = assert(s:wait_for("OpportunityApproved", { Catalog = "AWS", Identifier = id }, { delay = 1 }))
    assert.equal("Approved", done.LifeCycle.ReviewStatus)
    assert.is_true(meta.polls >= 2)
    -- approved opportunities are editable again
    assert(s:update_opportunity(selling.update_from(done, { OpportunityType = "Expansion" })))
    local summary = assert(s:get_aws_opportunity_summary{ Catalog = "AWS", RelatedOpportunityIdentifier = id })
    assert.equal("Co-Sell", summary.InvolvementType)
    assert.equal("Limited", summary.Visibility)
    assert.equal("Partner Referral", summary.Origin)
    assert.equal(id, summary.RelatedOpportunityId)
    assert.same({ "S-0000001" }, summary.RelatedEntityIds.Solutions)
    assert.equal("Prospect", summary.LifeCycle.Stage)
  end)

  it("asks for action when the customer website does not resolve; an update submits again", function()
    local id = create{ Customer = { Account = { CompanyName = "Shop", WebsiteUrl = "https://shop.example.invalid",
      Industry = "Retail", Address = { CountryCode = "US" } } } }.Id
    associate(id)
    assert(s:submit_opportunity{ Catalog = "AWS", Identifier = id, InvolvementType = "For Visibility Only" })
    local _, err = s:wait_for("opportunity_approved", { Catalog = "AWS", Identifier = id }, { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    assert.matches("Action Required", err.message)
    local o = get(id)
    assert.equal("Action Required", o.LifeCycle.ReviewStatus)
    assert.matches("website", o.LifeCycle.ReviewComments)
    local fixed = selling.update_from(o)
    fixed.Customer.Account.WebsiteUrl = "https://shop.example.com"
    assert(s:update_opportunity(fixed))
    assert.equal("Submitted", get(id).LifeCycle.ReviewStatus)
    assert.equal("Approved", assert(s:wait_for("OpportunityApproved", { Catalog = "AWS", Identifier = id },
      { delay = 1 })).LifeCycle.ReviewStatus)
  end)

  it("keeps the documented rules: AWS Referral only in Sandbox, national security only for Government", function()
    local err = service_error("ValidationException", s:create_opportunity(selling.opportunity{ Origin = "AWS Referral" }))
    assert.equal("Origin", err.fields.ErrorList[1].FieldName)
    local sandbox = assert(s:create_opportunity(selling.opportunity{ Catalog = "Sandbox", Origin = "AWS Referral" }))
    -- AWS's own opportunity: an AWS summary at once, no partner review
    local summary = assert(s:get_aws_opportunity_summary{ Catalog = "Sandbox", RelatedOpportunityIdentifier = sandbox.Id })
    assert.equal("AWS Referral", summary.Origin)
    assert.is_nil(assert(s:get_opportunity{ Catalog = "Sandbox", Identifier = sandbox.Id }).LifeCycle.ReviewStatus)
    service_error("ResourceNotFoundException", s:get_opportunity{ Catalog = "AWS", Identifier = sandbox.Id })
    err = service_error("ValidationException", s:create_opportunity(selling.opportunity{ NationalSecurity = "Yes" }))
    assert.equal("NationalSecurity", err.fields.ErrorList[1].FieldName)
  end)

  it("fills the ClientToken, reuses it on a retry, and a token's second use answers the first opportunity", function()
    -- the answer to the first attempt is lost after the work is done: the retry must not create a second one
    assert.equal(200, (emu:control("faults", '{"target":"AWSPartnerCentralSelling.CreateOpportunity","count":1,'
      .. '"action":"drop_after"}')))
    -- (a client of its own: on a reused keep-alive connection libcurl itself
    -- would resend the request once, and the SDK would see one attempt)
    local fresh = selling.client(emu, { sleep = function() end })
    local res, meta = assert(fresh:create_opportunity(selling.opportunity{ PartnerOpportunityIdentifier = "once" }))
    fresh:close()
    assert.equal(2, meta.attempts)
    local list = assert(s:list_opportunities{ Catalog = "AWS" }).OpportunitySummaries
    assert.equal(1, #list)
    assert.equal(res.Id, list[1].Id)
    local again = assert(s:create_opportunity(selling.opportunity{ ClientToken = "crm-token-1" }))
    assert.equal(again.Id, assert(s:create_opportunity(selling.opportunity{ ClientToken = "crm-token-1" })).Id)
    service_error("ConflictException", s:create_opportunity(selling.opportunity{ ClientToken = "crm-token-1",
      PartnerOpportunityIdentifier = "different" }))
    assert.equal(2, #assert(s:list_opportunities{ Catalog = "AWS" }).OpportunitySummaries)
  end)

  it("retries a throttled read and reports a client-side validation error before sending", function()
    local id = create().Id
    assert.equal(200, (emu:control("faults", '{"target":"AWSPartnerCentralSelling.GetOpportunity","count":1,'
      .. '"error":"ThrottlingException"}')))
    local o, meta = assert(s:get_opportunity{ Catalog = "AWS", Identifier = id })
    assert.equal(id, o.Id)
    assert.equal(2, meta.attempts)
    local res, err = s:get_opportunity{ Catalog = "AWS", Identifier = "not-an-id", Extra = 1 }
    assert.is_nil(res)
    assert.equal("validation", err.kind)
    assert.equal(2, #err.violations)
  end)
end)
