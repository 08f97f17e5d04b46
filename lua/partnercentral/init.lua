-- partnercentral: the SDK entry point.
--   local pc = require("partnercentral")
--   local acct = pc.account.new{ region = "us-east-1" }   -- or pc.account{ ... }
--   local ch = pc.channel{ ... }; local c = pc.client.new{ model = ... }
--   local selling = pc.selling{ region = "us-east-1" }; local b = pc.benefits{ ... }
-- The services (partnercentral.services: account, channel, selling, benefits) and
-- client are the modules themselves (callable tables), loaded on first use;
-- model too. pc.stub(client) queues canned answers for unit tests
-- (partnercentral.stub).
-- JSON values inside documents: pc.null is JSON null (core.null), and
-- pc.array(t) marks t as a JSON array (core.json_array_mt), the way to send
-- [] since an empty Lua table is sent as {}.
-- _VERSION like every module of the library; VERSION, the name it first had, stays.
local _M = { _VERSION = require("partnercentral.version") }
_M.VERSION = _M._VERSION
_M.errors = require("partnercentral.errors")
local lazy = { client = "partnercentral.client", model = "partnercentral.model", stub = "partnercentral.stub" }
for _, s in ipairs(require("partnercentral.services").list) do lazy[s.name] = "partnercentral." .. s.name end
local from_core = { null = "null", json_array_mt = "json_array_mt" }

function _M.array(t)
  return setmetatable(t or {}, require("partnercentral.core").json_array_mt)
end

setmetatable(_M, { __index = function(t, k)
  local v
  if from_core[k] then
    v = require("partnercentral.core")[from_core[k]]
  elseif lazy[k] then
    v = require(lazy[k])
  else
    return nil
  end
  rawset(t, k, v)
  return v
end })
return _M
