-- Helpers shared by the Benefits families: catalogs, the service's error
-- layouts (Message; ValidationException with Reason and FieldList), id or
-- ARN lookups, revisions (strings of digits), pagination, filters.
local util = require("partnercentral_local.util")
local json = require("partnercentral_local.json_codec")
local _M = {}

_M.CATALOGS = { "AWS", "Sandbox" }
local KNOWN = { AWS = true, Sandbox = true }

-- Error layouts (services.lua `errors`): schema violations and a reused token.
function _M.validation_fields(violations)
  local list = json.array()
  for i, v in ipairs(violations) do
    list[i] = { Name = v.path ~= "" and v.path or "(root)", Message = tostring(v.message),
      Code = (v.kind == "required" or tostring(v.message):find("required")) and "REQUIRED_FIELD_MISSING"
        or "INVALID_VALUE" }
  end
  return { Reason = "fieldValidationFailed", FieldList = list }
end

function _M.token_conflict_fields() return {} end

-- A ValidationException naming one field. reason: the model's
-- ValidationExceptionReason (default fieldValidationFailed), code: its
-- ValidationExceptionErrorCode.
function _M.invalid(ctx, field, code, message, reason)
  ctx.fail("ValidationException", message, { Reason = reason or "fieldValidationFailed",
    FieldList = { { Name = field, Message = message, Code = code } } })
end

function _M.catalog(ctx, catalog)
  if not KNOWN[catalog] then _M.invalid(ctx, "Catalog", "INVALID_VALUE", "Catalog must be AWS or Sandbox.") end
  return catalog
end

function _M.not_found(ctx, what, identifier)
  ctx.fail("ResourceNotFoundException", what .. " " .. tostring(identifier) .. " was not found.")
end

function _M.conflict(ctx, message) ctx.fail("ConflictException", message) end

-- Is `arn` "arn:aws:partnercentral:<any region>:<account>:catalog/<path>"?
-- (A caller may name a resource by an ARN of another region's scope.)
function _M.is_arn_of(arn, account, path)
  local head, tail = "arn:aws:partnercentral:", ":" .. account .. ":catalog/" .. path
  if type(arn) ~= "string" or arn:sub(1, #head) ~= head or arn:sub(-#tail) ~= tail then return false end
  return arn:sub(#head + 1, -#tail - 1):match("^[a-z0-9-]*$") ~= nil
end

-- The id that `identifier` (an id or an ARN ending in one) ends in, nil
-- when none fits. prefix: the id's, like "benappl%-".
function _M.id_in(identifier, prefix)
  return type(identifier) == "string" and identifier:match("(" .. prefix .. "[0-9a-z]+)$") or nil
end

-- The record of `records` (by id) that `identifier` (an id, or its ARN:
-- catalog/<catalog>/<kind>/<id>) names in `catalog`, or
-- ResourceNotFoundException naming it. prefix: the id's, like "benappl%-";
-- account: the ARN's (default the caller's; "" for what AWS owns).
function _M.lookup(ctx, catalog, records, identifier, prefix, kind, what, account)
  _M.catalog(ctx, catalog)
  local id = _M.id_in(identifier, prefix)
  local r = id and records[id]
  if not r or r.catalog ~= catalog or (identifier ~= id
      and not _M.is_arn_of(identifier, account or util.ACCOUNT_ID, catalog .. "/" .. kind .. "/" .. id)) then
    _M.not_found(ctx, what, identifier)
  end
  return r
end

-- An id of the service: prefix and 14 lower-case letters or digits.
function _M.id(prefix) return util.lid(prefix, 14) end

-- The caller's ARN of a resource of this service in `catalog`.
function _M.arn(catalog, path)
  return util.arn(util.ACCOUNT_ID, "catalog/" .. catalog .. "/" .. path)
end

-- Revision must equal the current one (ConflictException otherwise); the
-- record then gets the next one.
function _M.bump(ctx, rec, revision)
  if revision ~= nil and revision ~= rec.revision then
    _M.conflict(ctx, "Revision " .. revision .. " is stale: the benefit application is at revision "
      .. rec.revision .. ".")
  end
  rec.revision = tostring(tonumber(rec.revision) + 1)
  rec.updated_at = util.now()
end

function _M.page(ctx, items, op, input, key)
  local pg, nxt = util.paginate(items, op, input.NextToken, input.MaxResults, 100)
  if not pg then _M.invalid(ctx, "NextToken", "INVALID_VALUE", nxt) end
  return { [key] = pg, NextToken = nxt }
end

-- Filter helpers: an absent or empty filter list admits everything.
_M.in_list, _M.any_in = util.in_list, util.any_in

function _M.contains(list, v)
  for _, x in ipairs(list or {}) do if x == v then return true end end
  return false
end

-- A copy of a list as a JSON array (answers never share stored tables).
function _M.array(list)
  local out = json.array()
  for i, v in ipairs(list or {}) do out[i] = util.deepcopy(v) end
  return out
end

-- Oldest first, stable by creation order.
function _M.by_creation(items)
  table.sort(items, function(a, b)
    if a.created_at ~= b.created_at then return a.created_at < b.created_at end
    return a.seq < b.seq
  end)
  return items
end

return _M
