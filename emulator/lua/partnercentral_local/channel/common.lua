-- Helpers shared by the Channel families: catalogs, not-found and conflict
-- errors with resourceId/resourceType, revisions (strings of digits in the
-- Channel model), pagination with the lowercase members.
local util = require("partnercentral_local.util")
local json = require("partnercentral_local.json_codec")
local _M = {}

function _M.catalog(ctx, catalog)
  if catalog ~= "AWS" and catalog ~= "Sandbox" then
    ctx.fail("ValidationException", "catalog must be AWS or Sandbox.", { reason = "REQUEST_VALIDATION_FAILED",
      fieldList = { { name = "catalog", code = "INVALID_VALUE", message = "unknown catalog" } } })
  end
end

-- Error layouts (services.lua `errors`): schema violations and a reused token.
function _M.validation_fields(violations)
  local list = json.array()
  for i, v in ipairs(violations) do
    list[i] = { name = v.path ~= "" and v.path or "(root)", code = "INVALID_VALUE", message = tostring(v.message) }
  end
  return { reason = "REQUEST_VALIDATION_FAILED", fieldList = list }
end

function _M.token_conflict_fields(token) return { resourceId = token, resourceType = "ClientToken" } end

function _M.not_found(ctx, rtype, id)
  ctx.fail("ResourceNotFoundException", rtype .. " " .. tostring(id) .. " was not found.",
    { resourceId = tostring(id), resourceType = rtype })
end

function _M.conflict(ctx, rtype, id, message)
  ctx.fail("ConflictException", message, { resourceId = tostring(id), resourceType = rtype })
end

-- Optional revision must equal the current one; returns the next revision.
function _M.bump(ctx, rtype, obj, revision)
  if revision ~= nil and revision ~= obj.revision then
    _M.conflict(ctx, rtype, obj.id,
      "Revision " .. revision .. " is stale; the current revision is " .. obj.revision .. ".")
  end
  obj.revision = tostring(tonumber(obj.revision) + 1)
  obj.updated_at = util.now()
end

function _M.page(ctx, items, op, input)
  local pg, nxt = util.paginate(items, op, input.nextToken, input.maxResults, 100)
  if not pg then
    ctx.fail("ValidationException", nxt, { reason = "REQUEST_VALIDATION_FAILED",
      fieldList = { { name = "nextToken", code = "INVALID_VALUE", message = nxt } } })
  end
  return { items = pg, nextToken = nxt }
end

_M.in_list = util.in_list

-- Sort by updatedAt (the only sort key the model offers), stable by creation.
function _M.sort(items, sort)
  local desc = sort and sort.sortOrder == "Descending"
  table.sort(items, function(a, b)
    if a.updated_at ~= b.updated_at then
      if desc then return a.updated_at > b.updated_at end
      return a.updated_at < b.updated_at
    end
    return a.seq < b.seq
  end)
  return items
end

return _M
