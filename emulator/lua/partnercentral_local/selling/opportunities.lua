-- Selling family: opportunities.
-- Create starts in review status "Pending Submission". Update replaces the
-- whole record (members left out become absent, as the service documents;
-- OpportunityTeam, which Update does not take, stays) and needs the current
-- LastModifiedDate: a stale one is a ConflictException.
-- Every change (update, assign, associate, disassociate, submit, each review
-- step) moves LastModifiedDate on by at least a millisecond.
-- SubmitOpportunity (or StartEngagementFromOpportunityTask) needs a complete
-- opportunity (see COMPLETE below) with an associated solution; then the review
-- moves on with time (settled on each call, see clock.lua): "Submitted", after
-- --task-delay "In review", after twice the delay "Approved", or "Action
-- Required" when the customer's website host ends in ".invalid" (RFC 2606).
-- An update in "Action Required" submits again. While "Submitted" or "In
-- review" (and once "Rejected") the opportunity is read-only: updates,
-- associations and submissions are a ValidationException
-- (BUSINESS_VALIDATION_FAILED, INVALID_RESOURCE_STATE).
-- GetAwsOpportunitySummary answers once the opportunity was submitted (or
-- came from AWS through an accepted engagement invitation).
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local solutions = require("partnercentral_local.selling.solutions")
local _M = { ops = {} }
local ops = _M.ops

state.register("selling_opportunities", function(store) store.by_id = {} end)

-- the members of Create/UpdateOpportunityRequest that the record keeps
local DATA = { "PrimaryNeedsFromAws", "NationalSecurity", "PartnerOpportunityIdentifier", "Customer", "Project",
  "OpportunityType", "Marketing", "SoftwareRevenue", "LifeCycle", "OpportunityTeam" }
-- LifeCycle members only AWS sets
local REVIEW_MEMBERS = { ReviewStatus = true, ReviewComments = true, ReviewStatusReason = true }
local RELATED = { "Solutions", "AwsProducts", "AwsMarketplaceOffers", "AwsMarketplaceOfferSets",
  "AwsMarketplaceSolutions", "AwsMarketplaceProducts" }
local READ_ONLY = { Submitted = true, ["In review"] = true, Rejected = true }

local function store() return state.store("selling_opportunities") end

local function copy_data(input)
  local d = {}
  for _, k in ipairs(DATA) do d[k] = util.deepcopy(input[k]) end
  if d.LifeCycle then
    for k in pairs(REVIEW_MEMBERS) do d.LifeCycle[k] = nil end
  end
  return d
end

local function account_of(o) return ((o.data.Customer or {}).Account) or {} end

-- Rules the service documents for Create and Update.
local function check_rules(ctx, catalog, data, origin)
  if origin == "AWS Referral" and catalog ~= "Sandbox" then
    common.invalid(ctx, "Origin", "Origin AWS Referral can only be simulated in the Sandbox catalog.")
  end
  if data.NationalSecurity == "Yes" and account_of({ data = data }).Industry ~= "Government" then
    common.invalid(ctx, "NationalSecurity", "NationalSecurity Yes needs Customer.Account.Industry Government.")
  end
end

-- The opportunity of catalog by id, or ResourceNotFoundException.
function _M.get(ctx, catalog, identifier)
  common.catalog(ctx, catalog)
  local o = store().by_id[common.tail(identifier, "O%d+") or ""]
  if not o or o.catalog ~= catalog then common.not_found(ctx, "Opportunity", identifier) end
  return o
end

function _M.find_arn(arn)
  for _, o in pairs(store().by_id) do if o.arn == arn then return o end end
end

-- A new opportunity record (Create, and the tasks that create one at t).
function _M.new(catalog, data, origin, t)
  local id
  repeat id = "O" .. util.digits(10) until not store().by_id[id]
  local now = common.stamp(nil, t)
  local related = {}
  for _, k in ipairs(RELATED) do related[k] = json.array() end
  local o = { id = id, catalog = catalog, arn = common.arn(catalog, "opportunity/" .. id), data = data,
    origin = origin or "Partner Referral", created = now, modified = now, related = related,
    review = { status = "Pending Submission" }, seq = common.next_seq() }
  if o.origin == "AWS Referral" then
    -- AWS's opportunity, shared with the partner: no partner review, an AWS summary from the start
    o.review, o.aws = {}, { involvement = "Co-Sell", visibility = "Full" }
  end
  store().by_id[id] = o
  return o
end

function _M.touch(o, t) o.modified = common.stamp(o.modified, t) end

-- The LifeCycle the service answers: the partner's, with AWS's review members.
local function lifecycle(o)
  local lc = util.deepcopy(o.data.LifeCycle) or {}
  if o.origin ~= "AWS Referral" then   -- review members are for partner referrals
    lc.ReviewStatus, lc.ReviewComments, lc.ReviewStatusReason = o.review.status, o.review.comments, o.review.reason
  end
  return lc
end

-- The opportunity as GetOpportunity answers it (also the snapshot templates' source).
function _M.view(ctx, o)
  local v = util.deepcopy(o.data)
  v.Catalog, v.Id, v.Arn = o.catalog, o.id, o.arn
  v.LastModifiedDate, v.CreatedDate = o.modified, o.created
  v.RelatedEntityIdentifiers = util.deepcopy(o.related)
  v.LifeCycle = lifecycle(o)
  return ctx.project("GetOpportunityResponse", v)
end

-- What an opportunity lacks to be submitted: { {field, message, code}, ... }.
local COMPLETE = {
  { "Customer.Account.CompanyName", function(d) return account_of({ data = d }).CompanyName end },
  { "Customer.Account.WebsiteUrl", function(d) return account_of({ data = d }).WebsiteUrl end },
  { "Customer.Account.Industry", function(d) return account_of({ data = d }).Industry end },
  { "Customer.Account.Address.CountryCode",
    function(d) return (account_of({ data = d }).Address or {}).CountryCode end },
  { "Project.Title", function(d) return (d.Project or {}).Title end },
  { "Project.CustomerBusinessProblem", function(d) return (d.Project or {}).CustomerBusinessProblem end },
  { "Project.ExpectedCustomerSpend", function(d)
      local l = (d.Project or {}).ExpectedCustomerSpend
      return l and #l > 0 and l or nil end },
  { "LifeCycle.TargetCloseDate", function(d) return (d.LifeCycle or {}).TargetCloseDate end },
}
function _M.missing(o)
  local errs = {}
  for _, c in ipairs(COMPLETE) do
    local v = c[2](o.data)
    if v == nil or v == "" then
      errs[#errs + 1] = { c[1], c[1] .. " is required to submit.", "REQUIRED_FIELD_MISSING" }
    end
  end
  local r = o.related
  if #r.Solutions + #r.AwsMarketplaceSolutions + #r.AwsMarketplaceProducts == 0 then
    errs[#errs + 1] = { "RelatedEntityIdentifiers.Solutions", "Associate a solution (AssociateOpportunity) before "
      .. "submitting.", "REQUIRED_FIELD_MISSING" }
  end
  return errs
end

-- Starts AWS's review (SubmitOpportunity, StartEngagementFromOpportunityTask).
function _M.submit(o, involvement, visibility, t)
  o.review = { status = "Submitted", started = t or util.now() }
  o.aws = { involvement = involvement, visibility = visibility or "Full" }
  _M.touch(o, t)
end

local function host_of(url)
  local h = (url or ""):gsub("^%a+://", ""):match("^([^/:?#]+)") or ""
  return h:lower()
end

-- The review outcome once it is done: "Action Required" for a customer
-- website under .invalid, else "Approved".
local function outcome(o)
  if host_of(account_of(o).WebsiteUrl):sub(-8) == ".invalid" then
    return "Action Required", "The customer website does not resolve: correct Customer.Account.WebsiteUrl.",
      "Invalid customer website"
  end
  return "Approved"
end

-- Moves every review on to where the clock says it is (clock.lua, each call).
function _M.settle(ctx)
  for _, o in pairs(store().by_id) do
    local r = o.review
    if r.started and (r.status == "Submitted" or r.status == "In review") then
      if r.status == "Submitted" and util.now() >= r.started + ctx.delay then
        r.status = "In review"
        _M.touch(o, r.started + ctx.delay)
      end
      if r.status == "In review" and util.now() >= r.started + 2 * ctx.delay then
        r.status, r.comments, r.reason = outcome(o)
        _M.touch(o, r.started + 2 * ctx.delay)
      end
    end
  end
end

local function writable(ctx, o, field)
  if READ_ONLY[o.review.status] then common.read_only(ctx, field, o.review.status) end
end

function ops.CreateOpportunity(ctx, input)
  common.catalog(ctx, input.Catalog)
  local data = copy_data(input)
  check_rules(ctx, input.Catalog, data, input.Origin)
  local o = _M.new(input.Catalog, data, input.Origin)
  if input.Tags then require("partnercentral_local.selling.tags").set(ctx, o.arn, input.Tags) end
  return { Id = o.id, PartnerOpportunityIdentifier = data.PartnerOpportunityIdentifier, LastModifiedDate = o.modified }
end

function ops.GetOpportunity(ctx, input)
  return _M.view(ctx, _M.get(ctx, input.Catalog, input.Identifier))
end

function ops.UpdateOpportunity(ctx, input)
  local o = _M.get(ctx, input.Catalog, input.Identifier)
  if not common.same_time(input.LastModifiedDate, o.modified) then
    common.conflict(ctx, "Opportunity " .. o.id .. " was modified at " .. util.iso(o.modified)
      .. ", after the LastModifiedDate given (" .. util.iso(input.LastModifiedDate) .. "): read it again.")
  end
  writable(ctx, o)
  local data = copy_data(input)
  data.OpportunityTeam = o.data.OpportunityTeam   -- not a member of UpdateOpportunityRequest: kept
  check_rules(ctx, o.catalog, data, o.origin)
  o.data = data
  _M.touch(o)
  if o.review.status == "Action Required" then _M.submit(o, o.aws.involvement, o.aws.visibility, o.modified) end
  return { Id = o.id, LastModifiedDate = o.modified }
end

function ops.AssignOpportunity(ctx, input)
  local o = _M.get(ctx, input.Catalog, input.Identifier)
  o.assignee = util.deepcopy(input.Assignee)
  _M.touch(o)
  return {}
end

-- RelatedEntityType -> the list of RelatedEntityIdentifiers it goes to
local RELATED_OF = { Solutions = "Solutions", AwsProducts = "AwsProducts",
  AwsMarketplaceOffers = "AwsMarketplaceOffers", AwsMarketplaceOfferSets = "AwsMarketplaceOfferSets",
  AwsMarketplaceSolutions = "AwsMarketplaceSolutions", AwsMarketplaceProducts = "AwsMarketplaceProducts" }

local function position(list, v)
  for i, x in ipairs(list) do if x == v then return i end end
end

function ops.AssociateOpportunity(ctx, input)
  local o = _M.get(ctx, input.Catalog, input.OpportunityIdentifier)
  writable(ctx, o)
  local key, id = RELATED_OF[input.RelatedEntityType], input.RelatedEntityIdentifier
  if key == "Solutions" then
    local s = solutions.find(o.catalog, id)
    if not s then common.not_found(ctx, "Solution", id) end
    if s.status ~= "Active" then
      common.invalid(ctx, "RelatedEntityIdentifier", "Solution " .. id .. " is " .. s.status .. ", not Active.",
        "INVALID_RESOURCE_STATE")
    end
  end
  if position(o.related[key], id) then return {} end   -- already associated: nothing changes
  local would = util.deepcopy(o.related)
  would[key][#would[key] + 1] = id
  local ok, why = ctx.fits("RelatedEntityIdentifiers", would)
  if not ok then
    common.invalid(ctx, "RelatedEntityIdentifier", "Not a valid " .. input.RelatedEntityType .. " identifier: " .. why,
      "INVALID_STRING_FORMAT", "REQUEST_VALIDATION_FAILED")
  end
  o.related = would
  _M.touch(o)
  return {}
end

function ops.DisassociateOpportunity(ctx, input)
  local o = _M.get(ctx, input.Catalog, input.OpportunityIdentifier)
  writable(ctx, o)
  local list = o.related[RELATED_OF[input.RelatedEntityType]]
  local i = position(list, input.RelatedEntityIdentifier)
  if not i then
    common.not_found(ctx, input.RelatedEntityType .. " association", input.RelatedEntityIdentifier)
  end
  table.remove(list, i)
  _M.touch(o)
  return {}
end

function ops.SubmitOpportunity(ctx, input)
  local o = _M.get(ctx, input.Catalog, input.Identifier)
  if o.review.status ~= "Pending Submission" or o.origin == "AWS Referral" then
    local current = o.origin == "AWS Referral" and "an AWS referral" or o.review.status
    common.invalid(ctx, "Identifier", "Only a partner opportunity in review status Pending Submission can be "
      .. "submitted; " .. o.id .. " is " .. tostring(current) .. ".", "INVALID_RESOURCE_STATE")
  end
  if o.busy then
    common.invalid(ctx, "Identifier", "Task " .. o.busy .. " is submitting " .. o.id .. ".", "INVALID_RESOURCE_STATE")
  end
  local errs = _M.missing(o)
  if #errs > 0 then common.invalid_all(ctx, "The opportunity is not complete: " .. errs[1][2], errs) end
  _M.submit(o, input.InvolvementType, input.Visibility)
  return {}
end

-- Stage names the partner's LifeCycle shares with AWS's (AwsOpportunityStage)
-- pass through; AWS's own view starts at Prospect.
function _M.aws_summary(ctx, o)
  local lc = o.data.LifeCycle or {}
  local project = o.data.Project or {}
  return ctx.project("GetAwsOpportunitySummaryResponse", {
    Catalog = o.catalog, RelatedOpportunityId = o.id, Origin = o.origin,
    InvolvementType = o.aws.involvement, Visibility = o.aws.visibility,
    LifeCycle = { Stage = lc.Stage or "Prospect", TargetCloseDate = lc.TargetCloseDate, NextSteps = lc.NextSteps },
    OpportunityTeam = { { FirstName = "Alex", LastName = "Seller", Email = "alex.seller@aws.example.com",
      BusinessTitle = "AWSSalesRep" } },
    Insights = { EngagementScore = "Medium", NextBestActions = "Confirm the customer's timeline with the AWS seller." },
    RelatedEntityIds = { AwsProducts = o.related.AwsProducts, Solutions = o.related.Solutions,
      AwsMarketplaceSolutions = o.related.AwsMarketplaceSolutions,
      AwsMarketplaceProducts = o.related.AwsMarketplaceProducts },
    Customer = { Contacts = (o.data.Customer or {}).Contacts },
    Project = { ExpectedCustomerSpend = project.ExpectedCustomerSpend },
  })
end

function ops.GetAwsOpportunitySummary(ctx, input)
  local o = _M.get(ctx, input.Catalog, input.RelatedOpportunityIdentifier)
  if not o.aws then
    common.not_found(ctx, "AWS opportunity related to", o.id .. " (it was never submitted)")
  end
  return _M.aws_summary(ctx, o)
end

-- ListOpportunities: filters and sort keys
local SORT_KEYS = {
  LastModifiedDate = function(o) return o.modified end,
  CreatedDate = function(o) return o.created end,
  Identifier = function(o) return tonumber(o.id:sub(2)) end,
  CustomerCompanyName = function(o) local n = account_of(o).CompanyName return n and n:lower() end,
  TargetCloseDate = function(o) return (o.data.LifeCycle or {}).TargetCloseDate end,
}

local function company_matches(names, o)
  if not names or #names == 0 then return true end
  local have = (account_of(o).CompanyName or ""):lower()
  for _, n in ipairs(names) do
    if have:find(n:lower(), 1, true) then return true end
  end
  return false
end

local function date_between(d, f, after, before)
  if not f then return true end
  if f[after] and (d == nil or d < f[after]) then return false end
  if f[before] and (d == nil or d >= f[before]) then return false end
  return true
end

local function listed(o, input)
  local lc = o.data.LifeCycle or {}
  local lm, cd = input.LastModifiedDate or {}, input.CreatedDate or {}
  return o.catalog == input.Catalog and common.in_list(input.Identifier, o.id)
    and common.in_list(input.LifeCycleStage, lc.Stage or false)
    and common.in_list(input.LifeCycleReviewStatus, o.review.status or false)
    and company_matches(input.CustomerCompanyName, o)
    and common.between(o.modified, lm.AfterLastModifiedDate, lm.BeforeLastModifiedDate)
    and common.between(o.created, cd.AfterCreatedDate, cd.BeforeCreatedDate)
    and date_between(lc.TargetCloseDate, input.TargetCloseDate, "AfterTargetCloseDate", "BeforeTargetCloseDate")
end

function ops.ListOpportunities(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, o in pairs(store().by_id) do
    if listed(o, input) then items[#items + 1] = o end
  end
  common.sort_by(items, input.Sort, SORT_KEYS, "LastModifiedDate", "DESCENDING")
  local out = json.array()
  for i, o in ipairs(items) do
    local v = _M.view(ctx, o)
    out[i] = ctx.project("OpportunitySummary", v)
  end
  local page, token = common.page(ctx, out, "ListOpportunities", input, 20)
  return { OpportunitySummaries = page, NextToken = token }
end

return _M
