-- JSON for the emulator: the C core's binding only (core.json_decode /
-- core.json_encode, cJSON underneath). The core is a hard requirement of the
-- emulator (core.lua says so when it is missing). Lists are marked with
-- core.json_array_mt because an empty Lua table is ambiguous; API outputs do
-- not need the marks (the compiled model writes them), control answers do.
local core = require("partnercentral_local.native")
local _M = {}

_M.backend = "core"
_M.null = core.null
local array_mt = core.json_array_mt

function _M.array(t) return setmetatable(t or {}, array_mt) end
function _M.object(t) return t or {} end
function _M.is_array(t) return getmetatable(t) == array_mt end

-- Decoded JSON null members are dropped (awsJson treats null as absent).
local function strip(v)
  if type(v) ~= "table" then return v end
  for k, x in pairs(v) do
    if x == _M.null then v[k] = nil else v[k] = strip(x) end
  end
  return v
end

-- -> value | nil, message
function _M.decode(s)
  local v, _, msg = core.json_decode(s)
  if v == nil then return nil, msg or "invalid JSON" end
  return strip(v)
end

function _M.encode(v)
  return assert(core.json_encode(v))
end

return _M
