-- Channel family: program management accounts. Created PENDING; an accepted
-- PROGRAM_MANAGEMENT_ACCOUNT handshake on it makes it ACTIVE. Updates carry
-- an optional revision (stale -> ConflictException) and bump it; delete is
-- refused while relationships exist.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.channel.common")
local _M = { ops = {} }
local ops = _M.ops

local seq = 0
state.register("channel_pma", function(store) store.by_id = {} end)

function _M.get(ctx, catalog, identifier)
  common.catalog(ctx, catalog)
  local id = util.tail_id(identifier, "pma%-")
  local p = id and state.store("channel_pma").by_id[id]
  if not p or p.catalog ~= catalog then common.not_found(ctx, "ProgramManagementAccount", identifier) end
  return p
end

function _M.find_arn(arn)
  for _, p in pairs(state.store("channel_pma").by_id) do if p.arn == arn then return p end end
end

function ops.CreateProgramManagementAccount(ctx, input)
  common.catalog(ctx, input.catalog)
  local store = state.store("channel_pma")
  for _, p in pairs(store.by_id) do
    if p.catalog == input.catalog and p.account_id == input.accountId and p.program == input.program then
      common.conflict(ctx, "ProgramManagementAccount", p.id,
        "This account is already a program management account for the program.")
    end
  end
  local now = util.now()
  seq = seq + 1
  local id = util.lid("pma-")
  local p = { id = id, catalog = input.catalog, program = input.program, display_name = input.displayName,
    account_id = input.accountId, revision = "1", status = "PENDING", created_at = now, updated_at = now, seq = seq,
    arn = util.arn(util.ACCOUNT_ID, "catalog/" .. input.catalog .. "/program-management-account/" .. id) }
  store.by_id[id] = p
  if input.tags then require("partnercentral_local.channel.tags").set(ctx, p.arn, input.tags) end
  return { programManagementAccountDetail = { id = id, arn = p.arn } }
end

function ops.UpdateProgramManagementAccount(ctx, input)
  local p = _M.get(ctx, input.catalog, input.identifier)
  common.bump(ctx, "ProgramManagementAccount", p, input.revision)
  if input.displayName then p.display_name = input.displayName end
  return { programManagementAccountDetail = { id = p.id, arn = p.arn, revision = p.revision,
    displayName = p.display_name } }
end

function ops.DeleteProgramManagementAccount(ctx, input)
  local p = _M.get(ctx, input.catalog, input.identifier)
  if require("partnercentral_local.channel.relationships").count(p.id) > 0 then
    common.conflict(ctx, "ProgramManagementAccount", p.id, "Delete the relationships of this account first.")
  end
  state.store("channel_pma").by_id[p.id] = nil
  return {}
end

function ops.ListProgramManagementAccounts(ctx, input)
  common.catalog(ctx, input.catalog)
  local items = {}
  for _, p in pairs(state.store("channel_pma").by_id) do
    if p.catalog == input.catalog and common.in_list(input.displayNames, p.display_name)
      and common.in_list(input.programs, p.program) and common.in_list(input.accountIds, p.account_id)
      and common.in_list(input.statuses, p.status) then
      items[#items + 1] = p
    end
  end
  common.sort(items, input.sort)
  for i, p in ipairs(items) do
    items[i] = { id = p.id, revision = p.revision, catalog = p.catalog, program = p.program,
      displayName = p.display_name, accountId = p.account_id, arn = p.arn, createdAt = p.created_at,
      updatedAt = p.updated_at, startDate = p.start_date, status = p.status }
  end
  return common.page(ctx, items, "ListProgramManagementAccounts", input)
end

return _M
