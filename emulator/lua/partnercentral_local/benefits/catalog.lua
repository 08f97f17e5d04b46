-- Benefits family: the benefit catalog (ListBenefits, GetBenefit). The same
-- five benefits are seeded in the AWS and Sandbox catalogs, with fixed ids so
-- that examples and tests can name them; one is INACTIVE (it takes no
-- applications). Each carries a BenefitRequestSchema (a JSON Schema document)
-- that the review of an application checks its BenefitApplicationDetails
-- against (applications.lua): a missing required member or a value of the
-- wrong type or under a minimum -> ACTION_REQUIRED, a number over a maximum
-- -> REJECTED, else APPROVED for the requested amount (RequestedAmount, or
-- the benefit's default amount).
local util = require("partnercentral_local.util")
local json = require("partnercentral_local.json_codec")
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.benefits.common")
local _M = { ops = {} }
local ops = _M.ops

local function schema(required, properties)
  return { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", type = "object",
    required = json.array(required), properties = properties, additionalProperties = true }
end
local USE_CASE = { type = "string", minLength = 1, maxLength = 1000,
  description = "What the benefit is for: the customer, the workload, the expected outcome." }
local function amount(max)
  return { type = "number", minimum = 1, maximum = max,
    description = "Requested amount in USD, at most " .. max .. "." }
end

-- id, name, description, programs, fulfillment types, status, default amount, schema
_M.SEEDS = {
  { id = "ben-poccredits0001", name = "Proof of Concept Credits",
    description = "AWS promotional credits for a customer proof of concept.",
    programs = { "PARTNER_FUNDING" }, types = { "CREDITS" }, status = "ACTIVE", default_amount = 5000,
    schema = schema({ "UseCase", "RequestedAmount" }, { UseCase = USE_CASE, RequestedAmount = amount(25000) }) },
  { id = "ben-mktdevfunds001", name = "Marketing Development Funds",
    description = "Cash for a joint marketing campaign with AWS.",
    programs = { "PARTNER_FUNDING" }, types = { "CASH" }, status = "ACTIVE", default_amount = 10000,
    schema = schema({ "CampaignName", "RequestedAmount" }, {
      CampaignName = { type = "string", minLength = 1, maxLength = 255 }, RequestedAmount = amount(50000),
      Channels = { type = "array", items = { type = "string" } } }) },
  { id = "ben-migrationfund1", name = "Migration Acceleration Funding",
    description = "Credits and cash for migrating a customer workload to AWS.",
    programs = { "MAP" }, types = { "CREDITS", "CASH" }, status = "ACTIVE", default_amount = 20000,
    schema = schema({ "UseCase", "RequestedAmount", "CustomerAccountId" }, { UseCase = USE_CASE,
      RequestedAmount = amount(100000), CustomerAccountId = { type = "string", minLength = 12, maxLength = 12 } }) },
  { id = "ben-trainaccess001", name = "Training and Certification Access",
    description = "Access to partner training paths and certification vouchers.",
    programs = { "TRAINING" }, types = { "ACCESS" }, status = "ACTIVE",
    schema = schema({ "UseCase" }, { UseCase = USE_CASE,
      Learners = { type = "integer", minimum = 1, maximum = 500 } }) },
  { id = "ben-legacysupport1", name = "Legacy Support Credits",
    description = "Retired: no longer takes applications.",
    programs = { "PARTNER_FUNDING" }, types = { "CREDITS" }, status = "INACTIVE", default_amount = 1000,
    schema = schema({ "UseCase" }, { UseCase = USE_CASE }) },
}

state.register("benefits_catalog", function(store)
  store.by_catalog = {}
  for _, c in ipairs(common.CATALOGS) do
    local t = {}
    for i, b in ipairs(_M.SEEDS) do
      t[b.id] = { id = b.id, catalog = c, seq = i, seed = b }
    end
    store.by_catalog[c] = t
  end
end)

-- The ARN of a benefit: AWS owns the catalog (no account in it).
local function arn(b) return util.arn("", "catalog/" .. b.catalog .. "/benefit/" .. b.id) end

-- The benefit `identifier` (an id or its ARN, which names no account) names
-- in `catalog`, or ResourceNotFoundException. (An unknown catalog has no
-- table here: common.lookup refuses it before it looks inside.)
function _M.get(ctx, catalog, identifier)
  return common.lookup(ctx, catalog, state.store("benefits_catalog").by_catalog[catalog], identifier, "ben%-",
    "benefit", "Benefit", "")
end

function _M.id_of(identifier) return common.id_in(identifier, "ben%-") or identifier end

local function summary(b)
  local s = b.seed
  return { Id = b.id, Catalog = b.catalog, Arn = arn(b), Name = s.name, Description = s.description,
    Programs = common.array(s.programs), FulfillmentTypes = common.array(s.types), Status = s.status }
end

function ops.GetBenefit(ctx, input)
  local b = _M.get(ctx, input.Catalog, input.Identifier)
  local out = summary(b)
  out.BenefitRequestSchema = util.deepcopy(b.seed.schema)
  return out
end

function ops.ListBenefits(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, b in pairs(state.store("benefits_catalog").by_catalog[input.Catalog]) do
    local s = b.seed
    if common.any_in(input.Programs, s.programs) and common.any_in(input.FulfillmentTypes, s.types)
        and common.in_list(input.Status, s.status) then
      items[#items + 1] = b
    end
  end
  table.sort(items, function(a, b) return a.seq < b.seq end)
  for i, b in ipairs(items) do items[i] = summary(b) end
  return common.page(ctx, items, "ListBenefits", input, "BenefitSummaries")
end

return _M
