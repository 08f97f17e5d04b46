-- partnercentral.account: the Partner Central Account API client (34 operations).
--   local account = require("partnercentral.account").new{ region = "us-east-1" }
--   local account = require("partnercentral.account"){ region = "us-east-1" }   -- the same
local client = require("partnercentral.client")
local _M = {}
function _M.new(opts)
  local o = {}
  for k, v in pairs(opts or {}) do o[k] = v end
  o.service = "account"
  return client.new(o)
end
return setmetatable(_M, { __call = function(_, opts) return _M.new(opts) end })
