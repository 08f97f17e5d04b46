-- Selling family: selling system settings, per catalog: the IAM role that
-- resource snapshot jobs run with. Unset until PutSellingSystemSettings; a role
-- name is taken as a role of the caller's account, a role ARN must be in the
-- caller's account (else ValidationException). Leaving the identifier out
-- keeps the current role.
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.selling.common")
local _M = { ops = {} }
local ops = _M.ops

state.register("selling_settings", function(store) store.by_catalog = {} end)

local function settings(catalog)
  local s = state.store("selling_settings").by_catalog
  s[catalog] = s[catalog] or {}
  return s[catalog]
end

function ops.GetSellingSystemSettings(ctx, input)
  common.catalog(ctx, input.Catalog)
  return { Catalog = input.Catalog, ResourceSnapshotJobRoleArn = settings(input.Catalog).role_arn }
end

function ops.PutSellingSystemSettings(ctx, input)
  common.catalog(ctx, input.Catalog)
  local role = input.ResourceSnapshotJobRoleIdentifier
  if role then
    local account = role:match("^arn:aws:iam::(%d+):role/")
    if account and account ~= common.CALLER then
      common.invalid(ctx, "ResourceSnapshotJobRoleIdentifier", "The role must be in the caller's account ("
        .. common.CALLER .. "), not " .. account .. ".")
    end
    settings(input.Catalog).role_arn = account and role or ("arn:aws:iam::" .. common.CALLER .. ":role/" .. role)
  end
  return { Catalog = input.Catalog, ResourceSnapshotJobRoleArn = settings(input.Catalog).role_arn }
end

return _M
