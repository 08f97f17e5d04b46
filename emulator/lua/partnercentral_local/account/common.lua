-- Helpers shared by the Account families: catalogs, partner lookup, the
-- lazy completion of asynchronous tasks.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local _M = {}

local CATALOGS = { AWS = true, Sandbox = true }

function _M.catalog(ctx, catalog)
  if not CATALOGS[catalog] then
    ctx.fail("ValidationException", "Catalog must be AWS or Sandbox.", { Reason = "REQUEST_VALIDATION_FAILED",
      ErrorDetails = { { FieldValidationError = { Name = "Catalog", Message = "unknown catalog",
        Code = "INVALID_VALUE" } } } })
  end
  return catalog
end

function _M.not_found(ctx, reason, what)
  ctx.fail("ResourceNotFoundException", what .. " was not found.", { Reason = reason })
end

-- Record of `records` by id (`prefix` pattern) or ARN within the catalog, or
-- ResourceNotFoundException with `reason`, naming it "<what> <identifier>".
function _M.lookup(ctx, catalog, records, identifier, prefix, reason, what)
  _M.catalog(ctx, catalog)
  local id = util.tail_id(identifier, prefix)
  local r = id and records[id]
  if not r or r.catalog ~= catalog then _M.not_found(ctx, reason, what .. " " .. tostring(identifier)) end
  return r
end

function _M.partner(ctx, catalog, identifier)
  return _M.lookup(ctx, catalog, state.store("partners").by_id, identifier, "partner%-", "PARTNER_NOT_FOUND", "Partner")
end

-- A task record { status = "IN_PROGRESS", started_at = } finishes `delay`
-- seconds after it started; finish(task) applies its effect once.
function _M.settle(task, delay, finish)
  if task and task.status == "IN_PROGRESS" and util.now() >= task.started_at + delay then
    task.ended_at = task.started_at + delay
    task.status = "SUCCEEDED"
    if finish then finish(task) end
  end
  return task
end

-- Error layouts (services.lua `errors`): schema violations and a reused token.
function _M.validation_fields(violations)
  local details = json.array()
  for i, v in ipairs(violations) do
    details[i] = { FieldValidationError = { Name = v.path ~= "" and v.path or "(root)",
      Message = tostring(v.message), Code = (v.kind == "required" or tostring(v.message):find("required"))
        and "REQUIRED_FIELD_MISSING" or "INVALID_VALUE" } }
  end
  return { Reason = "REQUEST_VALIDATION_FAILED", ErrorDetails = details }
end

function _M.token_conflict_fields() return { Reason = "CONFLICT_CLIENT_TOKEN" } end

function _M.head(p)
  return { Catalog = p.catalog, Arn = p.arn, Id = p.id }
end

return _M
