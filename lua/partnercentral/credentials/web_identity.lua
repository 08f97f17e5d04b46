-- partnercentral.credentials.web_identity: AssumeRoleWithWebIdentity (EKS IRSA,
-- PROTOCOL.md §11.1 item 3), as botocore's AssumeRoleWithWebIdentityProvider:
-- each setting comes from the environment first, then from the profile:
--   AWS_WEB_IDENTITY_TOKEN_FILE / web_identity_token_file   (turns the provider on)
--   AWS_ROLE_ARN                / role_arn                  (required then)
--   AWS_ROLE_SESSION_NAME       / role_session_name         (default partnercentral-session-<epoch>)
-- The token file is read again on every fetch (the kubelet rotates it), and the
-- call is unsigned. The credentials expire, so the chain refreshes them here.
local util = require("partnercentral.credentials.util")
local sts = require("partnercentral.credentials.sts")

local _M = { name = "web_identity" }

local ENV = { web_identity_token_file = "AWS_WEB_IDENTITY_TOKEN_FILE", role_arn = "AWS_ROLE_ARN",
  role_session_name = "AWS_ROLE_SESSION_NAME" }

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
    nil, { region = ctx:region(), source = "web-identity" })
end

function _M:load()
  local ctx, g = self.ctx, self.ctx.getenv
  local cfg, profile, from_profile = {}, nil, false
  local function get(key)
    local v = util.str(g(ENV[key]))
    if v then return v end
    if profile == nil then
      local p, err = ctx:profile()
      if p == nil then return nil, err end
      profile = p or {}
    end
    if util.str(profile[key]) then from_profile = true end
    return util.str(profile[key])
  end
  for _, k in ipairs{ "web_identity_token_file", "role_arn", "role_session_name" } do
    local v, err = get(k)
    if err then return nil, err end
    cfg[k] = v
    if k == "web_identity_token_file" and not v then return false, "no web identity token file" end
  end
  return _M.fetch(ctx, cfg, from_profile and ("profile " .. ctx.profile_name) or "the environment")
end

return _M
