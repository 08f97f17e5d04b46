-- Models for the emulator: the committed generated models
-- (require("partnercentral.model").get) compiled by the C core. Inputs are
-- decoded generically first so that unknown members survive until strict
-- validation reports them, then read through the input shape
-- (cm:deserialize_shape: timestamps as epoch seconds, integers as integers).
-- Outputs are written by cm:serialize_shape with strict validation, so a
-- handler bug shows up as a 500 instead of a body the SDKs cannot read.
local core = require("partnercentral_local.native")
local json = require("partnercentral_local.json_codec")
local _M = {}

local cache = {}
-- -> { model=, cm=, service= }
function _M.get(service)
  if cache[service] then return cache[service] end
  local model, err = require("partnercentral.model").get(service)
  if type(model) ~= "table" then
    error("partnercentral-local: no generated model for " .. tostring(service) .. ": " .. tostring(err), 0)
  end
  local cm = core.model_compile(model)
  cache[service] = { model = model, cm = cm, service = service }
  return cache[service]
end

-- -> true | nil, violations ({ {path=, kind=, message=}, ... }), in strict mode.
function _M.validate(m, shape, value)
  local ok, _, msg, violations = m.cm:validate_shape(shape, value, "strict")
  if ok then return true end
  return nil, violations or { { path = "", kind = "type", message = msg } }
end

-- Would `value` be a valid `shape` (strict)? Handlers ask before they grow a
-- stored collection, so that no read can later meet state it cannot write.
-- -> true | nil, "path: message" of the first violation.
function _M.fits(m, shape, value)
  local ok, violations = _M.validate(m, shape, value)
  if ok then return true end
  local v = violations[1] or {}
  return nil, (v.path and v.path ~= "" and (v.path .. ": ") or "") .. tostring(v.message)
end

-- A copy of value holding only what `shape` models, recursively (structure
-- members, list items, map values): handlers keep records in the richer form
-- they were given and answer the view an output shape allows.
function _M.project(m, shape, value)
  local shapes = m.model.shapes
  local function walk(sname, v)
    local s = shapes[sname]
    if v == nil or type(v) ~= "table" or not s then return v end
    local out
    if s.type == "structure" then
      out = {}
      for _, mem in ipairs(s.members or {}) do out[mem.name] = walk(mem.shape, v[mem.name]) end
    elseif s.type == "list" then
      out = json.array()
      for i, x in ipairs(v) do out[i] = walk(s.member, x) end
    elseif s.type == "map" then
      out = {}
      for k, x in pairs(v) do out[k] = walk(s.value, x) end
    else
      return v
    end
    return out
  end
  return walk(shape, value)
end

-- JSON text -> generic Lua value (unknown members kept) | nil, message.
function _M.decode(body)
  return json.decode(body)
end

-- JSON text of a valid input -> the value read through its shape.
function _M.read(m, shape, body)
  local v, _, msg = m.cm:deserialize_shape(shape, body)
  if v == nil then return nil, msg end
  return v
end

-- -> JSON text of value as shape (an operation's output shape); raises when
-- the value is not valid for the shape (strict), which the server turns into
-- a 500 InternalServerException and logs.
function _M.write(m, shape, value)
  local body, _, msg = m.cm:serialize_shape(shape, value, { validation = "strict" })
  if body then return body end
  error("emulator output is not valid for " .. shape .. ": " .. tostring(msg), 0)
end

-- The same without validation: only for an answer the service gives although
-- its model's constraints refuse it (ctx.unchecked, see where it is used).
function _M.write_unchecked(m, shape, value)
  local body, _, msg = m.cm:serialize_shape(shape, value, { validation = false })
  if body then return body end
  error("emulator output cannot be written as " .. shape .. ": " .. tostring(msg), 0)
end

return _M
