-- partnercentral.channel: the Partner Central Channel API client (17 operations).
--   local channel = require("partnercentral.channel").new{ region = "us-east-1" }
--   local channel = require("partnercentral.channel"){ region = "us-east-1" }   -- the same
local client = require("partnercentral.client")
local _M = {}
function _M.new(opts)
  local o = {}
  for k, v in pairs(opts or {}) do o[k] = v end
  o.service = "channel"
  return client.new(o)
end
return setmetatable(_M, { __call = function(_, opts) return _M.new(opts) end })
