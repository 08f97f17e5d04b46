-- partnercentral.credentials.web_identity: AssumeRoleWithWebIdentity (EKS IRSA,
-- doc/protocol.md §11.1 item 3), as botocore's AssumeRoleWithWebIdentityProvider:
-- each setting comes from the environment first, then from the profile
-- (partnercentral.config):
--   AWS_WEB_IDENTITY_TOKEN_FILE / web_identity_token_file   (turns the provider on)
--   AWS_ROLE_ARN                / role_arn                  (required then)
--   AWS_ROLE_SESSION_NAME       / role_session_name         (default partnercentral-session-<epoch>)
-- The token file is read again on every fetch (the kubelet rotates it), and the
-- call is unsigned. The credentials expire, so the chain refreshes them here.
local util = require("partnercentral.credentials.util")
local sts = require("partnercentral.credentials.sts")

local _M = { name = "web_identity" }

function _M.new(ctx)
  return setmetatable({ ctx = ctx }, { __index = _M })
end

-- cfg = { web_identity_token_file, role_arn, role_session_name? } -> creds | nil, err
-- (also used by assume_role for a source_profile that has a token file)
function _M.fetch(ctx, cfg, where)
  if not util.str(cfg.role_arn) then
    return nil, util.err("InvalidConfig", ("%s sets a web identity token file but no role ARN: "
      .. "set role_arn or AWS_ROLE_ARN"):format(where))
  end
  local token = ctx.readfile(cfg.web_identity_token_file)
  if not token then
    return nil, util.err("InvalidWebIdentityToken", ("cannot read the web identity token file of %s")
      :format(where))
  end
  token = token:gsub("%s+$", "") -- a trailing newline is never part of a JWT
  if token == "" then
    return nil, util.err("InvalidWebIdentityToken", ("the web identity token file of %s is empty"):format(where))
  end
  return sts.call(ctx, "AssumeRoleWithWebIdentity", { RoleArn = cfg.role_arn,
    RoleSessionName = util.str(cfg.role_session_name) or sts.session_name(ctx), WebIdentityToken = token },
    nil, { source = "web-identity" })
end

function _M:load()
  local ctx = self.ctx
  local cfg = {}
  for _, k in ipairs{ "web_identity_token_file", "role_arn", "role_session_name" } do
    local v, err = ctx:setting(k)
    if err then return nil, err end
    if k == "web_identity_token_file" and not v then return false, "no web identity token file" end
    cfg[k] = v
  end
  local _, where = ctx.cfg:get("web_identity_token_file")
  return _M.fetch(ctx, cfg, where:find("^profile ") and ("profile " .. ctx.profile_name) or "the environment")
end

return _M
