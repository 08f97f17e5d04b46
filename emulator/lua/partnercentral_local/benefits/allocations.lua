-- Benefits family: benefit allocations (GetBenefitAllocation,
-- ListBenefitAllocations). An approved application (applications.lua) gets
-- one allocation per fulfillment type it asked for, for the approved amount
-- in USD, valid for 365 days from the decision:
--   CREDITS -> CreditDetails with one AWS credit code for the caller's account (ACTIVE)
--   CASH    -> DisbursementDetails, paid at once (FULFILLED)
--   ACCESS  -> AccessDetails (ACTIVE)
-- Past ExpiresAt an allocation reads INACTIVE. The reviews are settled
-- before each call (applications.settle), so an allocation shows up as soon
-- as its application is decided.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.benefits.common")
local catalog = require("partnercentral_local.benefits.catalog")
local _M = { ops = {} }
local ops = _M.ops

state.register("benefit_allocations", function(store) store.by_id, store.seq = {}, 0 end)

local YEAR = 365 * 24 * 3600

local function money(amount)
  return { Amount = string.format("%.2f", amount), CurrencyCode = "USD" }
end

local function fulfillment(kind, amount, at, expires)
  if kind == "CREDITS" then
    return { CreditDetails = { AllocatedAmount = money(amount), IssuedAmount = money(amount), Codes = {
      { AwsAccountId = util.ACCOUNT_ID, Value = money(amount), AwsCreditCode = "PC" .. util.id(""):upper(),
        Status = "ACTIVE", IssuedAt = at, ExpiresAt = expires } } } }, "ACTIVE"
  elseif kind == "CASH" then
    return { DisbursementDetails = { DisbursedAmount = money(amount), IssuanceDetails = {
      IssuanceId = util.uuid(), IssuanceAmount = money(amount), IssuedAt = at } } }, "FULFILLED"
  end
  return { AccessDetails = { Description = "Access granted for the benefit application." } }, "ACTIVE"
end

-- The allocations of an approved application a of benefit b, decided at `at`.
function _M.grant(a, b, amount, at)
  local store = state.store("benefit_allocations")
  for _, kind in ipairs(a.fulfillment_types) do
    store.seq = store.seq + 1
    local id = common.id("benalloc-")
    local expires = at + YEAR
    local detail, status = fulfillment(kind, amount, at, expires)
    store.by_id[id] = { id = id, catalog = a.catalog, seq = store.seq,
      arn = common.arn(a.catalog, "benefit-allocation/" .. id), name = b.seed.name .. " (" .. kind .. ")",
      description = "Allocated for benefit application " .. a.id .. ".", status = status,
      application_id = a.id, benefit_id = b.id, fulfillment_type = kind, detail = detail,
      created_at = at, updated_at = at, starts_at = at, expires_at = expires }
  end
end

local function status_of(x)
  if util.now() > x.expires_at then return "INACTIVE", "The allocation expired." end
  return x.status
end

function _M.find_arn(arn)
  for _, x in pairs(state.store("benefit_allocations").by_id) do if x.arn == arn then return x end end
end

function ops.GetBenefitAllocation(ctx, input)
  local x = common.lookup(ctx, input.Catalog, state.store("benefit_allocations").by_id, input.Identifier,
    "benalloc%-", "benefit-allocation", "Benefit allocation")
  local status, reason = status_of(x)
  return { Id = x.id, Catalog = x.catalog, Arn = x.arn, Name = x.name, Description = x.description,
    Status = status, StatusReason = reason, BenefitApplicationId = x.application_id, BenefitId = x.benefit_id,
    FulfillmentType = x.fulfillment_type, ApplicableBenefitIds = common.array({ x.benefit_id }),
    FulfillmentDetail = util.deepcopy(x.detail), CreatedAt = x.created_at, UpdatedAt = x.updated_at,
    StartsAt = x.starts_at, ExpiresAt = x.expires_at }
end

function ops.ListBenefitAllocations(ctx, input)
  common.catalog(ctx, input.Catalog)
  local benefit_ids, app_ids = {}, {}
  for i, x in ipairs(input.BenefitIdentifiers or {}) do benefit_ids[i] = catalog.id_of(x) end
  for i, x in ipairs(input.BenefitApplicationIdentifiers or {}) do
    app_ids[i] = common.id_in(x, "benappl%-") or x
  end
  local items = {}
  for _, x in pairs(state.store("benefit_allocations").by_id) do
    if x.catalog == input.Catalog and common.in_list(input.FulfillmentTypes, x.fulfillment_type)
        and common.in_list(benefit_ids, x.benefit_id) and common.in_list(app_ids, x.application_id)
        and common.in_list(input.Status, (status_of(x))) then
      items[#items + 1] = x
    end
  end
  common.by_creation(items)
  for i, x in ipairs(items) do
    local status, reason = status_of(x)
    items[i] = { Id = x.id, Catalog = x.catalog, Arn = x.arn, Status = status, StatusReason = reason, Name = x.name,
      BenefitId = x.benefit_id, BenefitApplicationId = x.application_id,
      FulfillmentTypes = common.array({ x.fulfillment_type }), CreatedAt = x.created_at, ExpiresAt = x.expires_at,
      ApplicableBenefitIds = common.array({ x.benefit_id }) }
  end
  return common.page(ctx, items, "ListBenefitAllocations", input, "BenefitAllocationSummaries")
end

return _M
