-- partnercentral: the SDK entry point.
--   local pc = require("partnercentral")
--   local acct = pc.account{ region = "us-east-1" }   -- or pc.channel{...}, pc.client{ model = ... }
local _M = { VERSION = "0.1.0" }
_M.errors = require("partnercentral.errors")
function _M.account(opts) return require("partnercentral.account").new(opts) end
function _M.channel(opts) return require("partnercentral.channel").new(opts) end
function _M.client(opts) return require("partnercentral.client").new(opts) end
setmetatable(_M, { __index = function(t, k)
  if k == "model" then local m = require("partnercentral.model") rawset(t, k, m) return m end
end })
return _M
