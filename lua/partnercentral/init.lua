-- partnercentral: the SDK entry point.
--   local pc = require("partnercentral")
--   local acct = pc.account.new{ region = "us-east-1" }   -- or pc.account{ ... }
--   local ch = pc.channel{ ... }; local c = pc.client.new{ model = ... }
--   local selling = pc.selling{ region = "us-east-1" }
-- The services (partnercentral.services: account, channel, selling) and client
-- are the modules themselves (callable tables), loaded on first use; model too.
local _M = { VERSION = require("partnercentral.version") }
_M.errors = require("partnercentral.errors")
local lazy = { client = "partnercentral.client", model = "partnercentral.model" }
for _, s in ipairs(require("partnercentral.services").list) do lazy[s.name] = "partnercentral." .. s.name end
setmetatable(_M, { __index = function(t, k)
  local name = lazy[k]
  if not name then return nil end
  local m = require(name)
  rawset(t, k, m)
  return m
end })
return _M
