-- partnercentral: the SDK entry point.
--   local pc = require("partnercentral")
--   local acct = pc.account.new{ region = "us-east-1" }   -- or pc.account{ ... }
--   local ch = pc.channel{ ... }; local c = pc.client.new{ model = ... }
-- account, channel and client are the modules themselves (callable tables),
-- loaded on first use; model too. pc.stub(client) queues canned answers for
-- unit tests (partnercentral.stub).
local _M = { VERSION = "0.1.0" }
_M.errors = require("partnercentral.errors")
local lazy = { account = "partnercentral.account", channel = "partnercentral.channel",
  client = "partnercentral.client", model = "partnercentral.model", stub = "partnercentral.stub" }
setmetatable(_M, { __index = function(t, k)
  local name = lazy[k]
  if not name then return nil end
  local m = require(name)
  rawset(t, k, m)
  return m
end })
return _M
