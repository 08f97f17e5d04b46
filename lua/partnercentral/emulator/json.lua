-- JSON for the emulator: the C core's cJSON binding when it is present
-- (core.json_decode/json_encode), Debian's dkjson otherwise, so the emulator
-- runs while parts of the core are still being written. Lists and objects are
-- marked explicitly because an empty Lua table is ambiguous.
local ok_core, core = pcall(require, "partnercentral.core")
local _M = {}

local use_core = ok_core and type(core) == "table" and core.json_decode ~= nil
  and core.json_encode ~= nil and core.json_array_mt ~= nil
local dk = (not use_core) and require("dkjson") or nil

_M.backend = use_core and "core" or "dkjson"
_M.null = use_core and core.null or dk.null
local array_mt = use_core and core.json_array_mt or { __jsontype = "array" }
local object_mt = use_core and {} or { __jsontype = "object" }

function _M.array(t) return setmetatable(t or {}, array_mt) end
function _M.object(t) return setmetatable(t or {}, object_mt) end
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
  if use_core then
    local v, _, msg = core.json_decode(s)
    if v == nil then return nil, msg or "invalid JSON" end
    return strip(v)
  end
  local v, _, err = dk.decode(s, 1, dk.null, object_mt, array_mt)
  if err then return nil, err end
  return strip(v)
end

function _M.encode(v)
  if use_core then return core.json_encode(v) end
  return dk.encode(v)
end

return _M
