-- Helpers shared by the Selling families: catalogs, the service's errors
-- (ValidationException with Reason and ErrorList; ConflictException,
-- ResourceNotFoundException and ServiceQuotaExceededException with a Message
-- only), ARNs, the time stamps that LastModifiedDate / EngagementLastModifiedAt
-- concurrency compares, filters, sorting and pagination.
local util = require("partnercentral_local.util")
local _M = {}

_M.CALLER = util.ACCOUNT_ID            -- the emulated partner's account
_M.CALLER_COMPANY = "Emulated Partner"
_M.CALLER_WEBSITE = "https://partner.example.com"
_M.AWS = "aws"                         -- AWS's side of an engagement (an alias, as AwsAccount allows)
_M.AWS_COMPANY = "Amazon Web Services"

-------------------------------------------------------------------- errors

-- ValidationException naming one field. reason: BUSINESS_VALIDATION_FAILED
-- (default: the request is well formed, the state or a rule refuses it) or
-- REQUEST_VALIDATION_FAILED; code: the model's ValidationExceptionErrorCode.
function _M.invalid(ctx, field, message, code, reason)
  ctx.fail("ValidationException", message, { Reason = reason or "BUSINESS_VALIDATION_FAILED",
    ErrorList = { { FieldName = field, Message = message, Code = code or "INVALID_VALUE" } } })
end

-- Error layouts (services.lua `errors`): schema violations (Reason +
-- ErrorList[{FieldName, Message, Code}], the code from the kind of violation:
-- the model's ValidationExceptionErrorCode) and a reused token (a Message only).
local VIOLATION_CODES = { required = "REQUIRED_FIELD_MISSING", enum = "INVALID_ENUM_VALUE",
  pattern = "INVALID_STRING_FORMAT" }
function _M.validation_fields(violations)
  local list = {}
  for i, v in ipairs(violations) do
    list[i] = { FieldName = v.path ~= "" and v.path or "(root)", Message = tostring(v.message),
      Code = VIOLATION_CODES[v.kind] or "INVALID_VALUE" }
  end
  return { Reason = "REQUEST_VALIDATION_FAILED", ErrorList = list }
end

function _M.token_conflict_fields() return {} end

-- ValidationException listing several fields: errs = { {field, message, code}, ... }
function _M.invalid_all(ctx, message, errs)
  local list = {}
  for i, e in ipairs(errs) do list[i] = { FieldName = e[1], Message = e[2], Code = e[3] or "INVALID_VALUE" } end
  ctx.fail("ValidationException", message, { Reason = "BUSINESS_VALIDATION_FAILED", ErrorList = list })
end

function _M.not_found(ctx, what, id)
  ctx.fail("ResourceNotFoundException", what .. " " .. tostring(id) .. " was not found.")
end

function _M.conflict(ctx, message) ctx.fail("ConflictException", message) end

function _M.quota(ctx, message) ctx.fail("ServiceQuotaExceededException", message) end

-- The review states in which an opportunity is read-only (AWS is reviewing, or rejected it).
function _M.read_only(ctx, field, status)
  _M.invalid(ctx, field or "LifeCycle.ReviewStatus", "The opportunity is read-only while its review status is "
    .. status .. ".", "INVALID_RESOURCE_STATE")
end

function _M.catalog(ctx, catalog)
  if catalog ~= "AWS" and catalog ~= "Sandbox" then
    _M.invalid(ctx, "Catalog", "Catalog must be AWS or Sandbox.", "INVALID_VALUE", "REQUEST_VALIDATION_FAILED")
  end
end

-------------------------------------------------------------------- ids

-- An id or an ARN ending in one -> the id (nil when it does not fit `pattern`)
function _M.tail(identifier, pattern)
  if type(identifier) ~= "string" then return nil end
  return identifier:match("(" .. pattern .. ")$")
end

-- arn:aws:partnercentral:<region>:<account>:catalog/<catalog>/<path> (the
-- model's TaggableResourceArn form)
function _M.arn(catalog, path)
  return util.arn(util.ACCOUNT_ID, "catalog/" .. catalog .. "/" .. path)
end

local seq = 0
function _M.next_seq()
  seq = seq + 1
  return seq
end

-------------------------------------------------------------------- time

-- Timestamps are compared in whole milliseconds: what every SDK keeps of the
-- ISO 8601 text it reads (and sends back as a concurrency token).
function _M.ms(t) return math.floor(t * 1000 + 0.5) end

-- A modification time: t (default now) in whole milliseconds, strictly after
-- prev and after every stamp given before, so that every change makes the
-- previous LastModifiedDate stale and no two changes share a time (sorting
-- and the "changed since" filters see them in order).
-- (Within a burst of changes a stamp may run a few milliseconds ahead of the
-- clock; times that are no concurrency token use _M.now.)
local last = 0
function _M.now() return _M.ms(util.now()) / 1000 end
function _M.stamp(prev, t)
  local m = math.max(_M.ms(t or util.now()), last + 1)
  if prev and m <= _M.ms(prev) then m = _M.ms(prev) + 1 end
  last = m
  return m / 1000
end

function _M.same_time(a, b)
  return type(a) == "number" and type(b) == "number" and _M.ms(a) == _M.ms(b)
end

-- t within [after, before) (either bound may be nil)
function _M.between(t, after, before)
  if after and (t == nil or _M.ms(t) < _M.ms(after)) then return false end
  if before and (t == nil or _M.ms(t) >= _M.ms(before)) then return false end
  return true
end

-------------------------------------------------------------------- lists

-- (util.in_list, util.any_in: an absent or empty list lets everything through)
_M.in_list, _M.any_in = util.in_list, util.any_in

-- Sorts records by key(record) (nil first), descending when asked; ties go by
-- creation order (record.seq), reversed too when descending.
function _M.sort(items, key, descending)
  table.sort(items, function(a, b)
    local ka, kb = key(a), key(b)
    if ka ~= kb then
      if ka == nil then return not descending end
      if kb == nil then return descending end
      if descending then return ka > kb end
      return ka < kb
    end
    if descending then return a.seq > b.seq end
    return a.seq < b.seq
  end)
  return items
end

-- sort = { SortBy =, SortOrder = "ASCENDING"|"DESCENDING" } (or nil: the
-- defaults); keys = { SortBy value = fn(record) }.
function _M.sort_by(items, sort, keys, default_by, default_order)
  local by = sort and sort.SortBy or default_by
  local order = sort and sort.SortOrder or default_order
  return _M.sort(items, keys[by] or keys[default_by], order == "DESCENDING")
end

-- One page of items -> page (a JSON array), next token; a token that is not
-- this list's is a ValidationException.
function _M.page(ctx, items, op, input, default_max)
  local pg, nxt = util.paginate(items, op, input.NextToken, input.MaxResults, default_max or 20)
  if not pg then _M.invalid(ctx, "NextToken", nxt, "INVALID_VALUE", "REQUEST_VALIDATION_FAILED") end
  return pg, nxt
end

return _M
