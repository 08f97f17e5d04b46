-- partnercentral.errors: the one error type of the library.
--
-- Every failure, client side or service side, is a table with this metatable:
--   kind        "service" | "validation" | "network" | "timeout" | "credentials"
--               | "endpoint" | "parse" | "config" | "signing"
--   code        modeled exception name ("ConflictException") or a client-side code
--   message     human text, never containing secrets
--   status      HTTP status (service errors, some network errors)
--   request_id  x-amzn-RequestId of the answer
--   retryable, throttling, fault   traits (from the model or the retry rules)
--   fields      modeled members of the exception (Reason, ErrorDetails, fieldList, ...)
--   violations  validation only: { {path=, kind=, message=}, ... }
--   operation   model name of the operation ("StartProfileUpdateTask")
--   attempts    number of attempts made
-- err:is(name) is true when name equals the code or the kind.
local setmetatable, type, tostring, concat = setmetatable, type, tostring, table.concat

local _M = { _VERSION = require("partnercentral.version") }
local mt = { __index = {} }
local methods = mt.__index

-- Core (C) error codes -> kinds, for errors that come straight from the core.
local core_kinds = {
  EPARSE = "parse", ETOOBIG = "parse", EVALIDATION = "validation", EMODEL = "config",
  ENETWORK = "network", ETIMEOUT = "timeout", ETLS = "network", EPROTOCOL = "network", ESIGNATURE = "signing",
  ECRYPTO = "signing", EINVAL = "config", ENOMEM = "config", ENOTFOUND = "config",
}

function _M.new(t)
  if type(t) ~= "table" then error("bad argument #1 to 'errors.new' (table expected)", 2) end
  if type(t.kind) ~= "string" then error("errors.new: kind is required", 2) end
  t.code = t.code or t.kind
  t.message = t.message or ""
  return setmetatable(t, mt)
end

-- Build an error from a core failure triple (nil, code, message).
function _M.from_core(code, message, extra)
  local t = extra or {}
  t.kind = t.kind or core_kinds[code] or "config"
  t.code = t.code or code
  t.message = message
  return _M.new(t)
end

function _M.is_error(v)
  return getmetatable(v) == mt
end

function _M.is(e, name)
  return getmetatable(e) == mt and (e.code == name or e.kind == name)
end

function methods:is(name)
  return self.code == name or self.kind == name
end

-- "ConflictException: message (HTTP 400, request id abc, 3 attempts)"
mt.__tostring = function(e)
  local extra = {}
  if e.status then extra[#extra + 1] = "HTTP " .. tostring(e.status) end
  if e.request_id then extra[#extra + 1] = "request id " .. tostring(e.request_id) end
  if e.operation then extra[#extra + 1] = "operation " .. tostring(e.operation) end
  if e.attempts and e.attempts > 1 then extra[#extra + 1] = tostring(e.attempts) .. " attempts" end
  local s = tostring(e.code) .. ": " .. tostring(e.message)
  if #extra > 0 then s = s .. " (" .. concat(extra, ", ") .. ")" end
  return s
end

_M.mt = mt
return _M
