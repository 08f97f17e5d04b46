-- partnercentral.credentials.static: keys given in code
-- ({ access_key =, secret_key =, session_token =? }). They never refresh.
local util = require("partnercentral.credentials.util")

local _M = { name = "static" }

-- new(ctx, keys) -> provider; provider:load() -> creds | false, reason | nil, err
function _M.new(_, keys)
  return setmetatable({ keys = keys }, { __index = _M })
end

function _M:load()
  if type(self.keys) ~= "table" then return false, "no explicit credentials" end
  local k = self.keys
  return util.make({ access_key = k.access_key, secret_key = k.secret_key,
    session_token = k.session_token, expiration = k.expiration, account_id = k.account_id }, "static")
end

return _M
