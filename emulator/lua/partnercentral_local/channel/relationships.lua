-- Channel family: relationships under a program management account.
-- One relationship per (account, associated account); update with optional
-- revision (stale -> ConflictException); get / list / delete.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.channel.common")
local pma = require("partnercentral_local.channel.program_management_accounts")
local _M = { ops = {} }
local ops = _M.ops

local seq = 0
state.register("relationships", function(store) store.by_id = {} end)

function _M.count(pma_id)
  local n = 0
  for _, r in pairs(state.store("relationships").by_id) do if r.pma_id == pma_id then n = n + 1 end end
  return n
end

function _M.find_arn(arn)
  for _, r in pairs(state.store("relationships").by_id) do if r.arn == arn then return r end end
end

function _M.get(ctx, catalog, pma_identifier, identifier)
  local p = pma.get(ctx, catalog, pma_identifier)
  local id = util.tail_id(identifier, "rs%-")
  local r = id and state.store("relationships").by_id[id]
  if not r or r.pma_id ~= p.id then common.not_found(ctx, "Relationship", identifier) end
  return r
end

local function detail(r)
  return { arn = r.arn, id = r.id, revision = r.revision, catalog = r.catalog, associationType = r.association_type,
    programManagementAccountId = r.pma_id, associatedAccountId = r.associated_account_id,
    displayName = r.display_name, resaleAccountModel = r.resale_model, sector = r.sector,
    createdAt = r.created_at, updatedAt = r.updated_at, startDate = r.start_date }
end

function ops.CreateRelationship(ctx, input)
  local p = pma.get(ctx, input.catalog, input.programManagementAccountIdentifier)
  local store = state.store("relationships")
  for _, r in pairs(store.by_id) do
    if r.pma_id == p.id and r.associated_account_id == input.associatedAccountId then
      common.conflict(ctx, "Relationship", r.id, "A relationship with this account exists.")
    end
  end
  local now = util.now()
  seq = seq + 1
  local id = util.lid("rs-")
  local r = { id = id, catalog = input.catalog, pma_id = p.id, association_type = input.associationType,
    associated_account_id = input.associatedAccountId, display_name = input.displayName,
    resale_model = input.resaleAccountModel, sector = input.sector, support_plan = input.requestedSupportPlan,
    revision = "1", created_at = now, updated_at = now, start_date = now, seq = seq,
    arn = p.arn .. "/relationship/" .. id }
  store.by_id[id] = r
  if input.tags then require("partnercentral_local.channel.tags").set(ctx, r.arn, input.tags) end
  return { relationshipDetail = { arn = r.arn, id = id } }
end

function ops.GetRelationship(ctx, input)
  local r = _M.get(ctx, input.catalog, input.programManagementAccountIdentifier, input.identifier)
  return { relationshipDetail = detail(r) }
end

function ops.UpdateRelationship(ctx, input)
  local r = _M.get(ctx, input.catalog, input.programManagementAccountIdentifier, input.identifier)
  common.bump(ctx, "Relationship", r, input.revision)
  if input.displayName then r.display_name = input.displayName end
  if input.requestedSupportPlan then r.support_plan = input.requestedSupportPlan end
  return { relationshipDetail = { arn = r.arn, id = r.id, revision = r.revision, displayName = r.display_name } }
end

function ops.DeleteRelationship(ctx, input)
  local r = _M.get(ctx, input.catalog, input.programManagementAccountIdentifier, input.identifier)
  state.store("relationships").by_id[r.id] = nil
  return {}
end

function ops.ListRelationships(ctx, input)
  common.catalog(ctx, input.catalog)
  local pmas
  if input.programManagementAccountIdentifiers and #input.programManagementAccountIdentifiers > 0 then
    pmas = {}
    for i, x in ipairs(input.programManagementAccountIdentifiers) do pmas[i] = util.tail_id(x, "pma%-") end
  end
  local items = {}
  for _, r in pairs(state.store("relationships").by_id) do
    if r.catalog == input.catalog and common.in_list(input.associatedAccountIds, r.associated_account_id)
      and common.in_list(input.associationTypes, r.association_type)
      and common.in_list(input.displayNames, r.display_name) and common.in_list(pmas, r.pma_id) then
      items[#items + 1] = r
    end
  end
  common.sort(items, input.sort)
  for i, r in ipairs(items) do
    local d = detail(r)
    d.resaleAccountModel = nil
    items[i] = d
  end
  return common.page(ctx, items, "ListRelationships", input)
end

return _M
