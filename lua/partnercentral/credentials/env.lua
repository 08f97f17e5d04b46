-- partnercentral.credentials.env: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
-- AWS_SECURITY_TOKEN (checked first, as botocore does) or AWS_SESSION_TOKEN,
-- AWS_CREDENTIAL_EXPIRATION (makes them refreshable: the environment is read
-- again), AWS_ACCOUNT_ID. doc/protocol.md §11.1 item 1.
local util = require("partnercentral.credentials.util")

local _M = { name = "env" }

function _M.new(ctx)
  return setmetatable({ getenv = ctx.getenv }, { __index = _M })
end

function _M:load()
  local g, s = self.getenv, util.str
  local ak = s(g("AWS_ACCESS_KEY_ID"))
  if not ak then return false, "AWS_ACCESS_KEY_ID is not set" end
  if not s(g("AWS_SECRET_ACCESS_KEY")) then
    -- a hard error, not a skip: half-set variables are a mistake to report
    return nil, util.err("PartialCredentials",
      "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is missing or empty")
  end
  local exp
  local raw = s(g("AWS_CREDENTIAL_EXPIRATION"))
  if raw then
    exp = util.parse_time(raw)
    if not exp then
      return nil, util.err("InvalidExpiration", "AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time")
    end
  end
  return util.make({ access_key = ak, secret_key = g("AWS_SECRET_ACCESS_KEY"),
    session_token = s(g("AWS_SECURITY_TOKEN")) or s(g("AWS_SESSION_TOKEN")),
    expiration = exp, account_id = g("AWS_ACCOUNT_ID") }, "env")
end

return _M
