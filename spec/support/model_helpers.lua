-- Helpers of the model specs (07-11): fixture and generated models, compiled
-- once per run, and lookups in violation lists.
local core = require("partnercentral.core")
local _M = {}

local cache = {}

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- The hand-made test model (spec/fixtures/models/tiny.json) as a Lua table.
function _M.tiny_model()
  if not cache.tiny then cache.tiny = assert(core.json_decode(read("spec/fixtures/models/tiny.json"))) end
  return cache.tiny
end

function _M.model(name)
  if name == "tiny" then return _M.tiny_model() end
  return require("partnercentral.models." .. name)
end

-- Compiled model of "tiny", "account" or "channel".
function _M.cm(name)
  return core.model_compile(_M.model(name))
end

-- The violation with this path (and kind, when given), or nil.
function _M.find(violations, path, kind)
  for _, v in ipairs(violations or {}) do
    if v.path == path and (kind == nil or v.kind == kind) then return v end
  end
  return nil
end

-- Sorted "path kind" strings: a whole violation list in one assertion.
function _M.summary(violations)
  local out = {}
  for _, v in ipairs(violations or {}) do out[#out + 1] = v.path .. " " .. v.kind end
  table.sort(out)
  return out
end

_M.read = read
return _M
