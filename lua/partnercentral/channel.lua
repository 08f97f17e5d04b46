-- partnercentral.channel: the Partner Central Channel API client (17 operations).
--   local ch = require("partnercentral.channel").new{ region = "us-east-1" }
local client = require("partnercentral.client")
local _M = {}
function _M.new(opts)
  local o = {}
  for k, v in pairs(opts or {}) do o[k] = v end
  o.service = "channel"
  return client.new(o)
end
return _M
