-- partnercentral.credentials.assume_role: a profile with `role_arn` (and no
-- web_identity_token_file) assumes that role with STS AssumeRole, signed by
-- source credentials (doc/protocol.md §11.1 item 2), as botocore's AssumeRoleProvider:
--   source_profile = NAME      that profile's credentials: its static keys if it
--                              has any, else its own role (recursively), its web
--                              identity token file, its credential_process or SSO
--   credential_source = Environment | Ec2InstanceMetadata | EcsContainer
--   (exactly one of the two), optional external_id, role_session_name,
--   duration_seconds. mfa_serial needs a prompt: MFANotSupported.
-- A source_profile loop is InfiniteLoopConfig; a profile may name itself as its
-- source only when it has static keys (botocore's rule). The whole path is
-- resolved again on each refresh, so every leg gets fresh credentials.
local util = require("partnercentral.credentials.util")
local sts = require("partnercentral.credentials.sts")
local config_files = require("partnercentral.config_files")

local tostring, tonumber, setmetatable, floor = tostring, tonumber, setmetatable, math.floor

local _M = { name = "assume_role" }

local SOURCES = { Environment = "env", Ec2InstanceMetadata = "imds", EcsContainer = "container" }

function _M.new(ctx)
  return setmetatable({ ctx = ctx }, { __index = _M })
end

local s = util.str

local function has_static(p) return s(p.aws_access_key_id) ~= nil end
local function has_role(p) return s(p.role_arn) ~= nil and not s(p.web_identity_token_file) end

local function invalid(fmt, ...) return nil, util.err("InvalidConfig", fmt:format(...)) end

-- the same resolution context, for another profile (credential_process reads
-- ctx:profile()); STS calls keep the region of the profile in use, as botocore
local function for_profile(ctx, name)
  return setmetatable({ profile_name = name, profile_explicit = true,
    region = function() return ctx:region() end }, { __index = ctx })
end

local assume

-- credentials of a source profile -> creds | nil, err
local function from_source_profile(ctx, name, p, visited)
  if has_static(p) then
    return util.make({ access_key = p.aws_access_key_id, secret_key = p.aws_secret_access_key,
      session_token = s(p.aws_security_token) or s(p.aws_session_token) }, "shared-profile")
  end
  if has_role(p) then return assume(ctx, name, p, visited) end
  if s(p.web_identity_token_file) then
    return require("partnercentral.credentials.web_identity").fetch(for_profile(ctx, name), p, "profile " .. name)
  end
  if s(p.credential_process) then
    local c, err = require("partnercentral.credentials.process").new(for_profile(ctx, name)):load()
    if c then return c end
    if c == nil then return nil, err end
  end
  local c, err = require("partnercentral.credentials.sso").new(for_profile(ctx, name)):load()
  if c then return c end
  if c == nil then return nil, err end
  return invalid("source profile %s has no credentials (keys, role_arn, web_identity_token_file, "
    .. "credential_process or SSO)", name)
end

local function from_credential_source(ctx, name, cs)
  local mod = SOURCES[cs]
  if not mod then
    return invalid("profile %s: credential_source %s is not one of Environment, Ec2InstanceMetadata, "
      .. "EcsContainer", name, cs)
  end
  local c, err = require("partnercentral.credentials." .. mod).new(ctx):load()
  if c then return c end
  if c == nil then return nil, err end
  return nil, util.err("CredentialRetrievalError", ("profile %s: no credentials from credential_source %s (%s)")
    :format(name, cs, tostring(err or "nothing found")))
end

-- profile `name` (table p, has role_arn) -> assumed creds | nil, err
function assume(ctx, name, p, visited)
  visited[name] = true
  if s(p.mfa_serial) then
    return nil, util.err("MFANotSupported", ("profile %s sets mfa_serial: an MFA code prompt is not "
      .. "supported; use credentials that need no MFA"):format(name))
  end
  local sp, cs = s(p.source_profile), s(p.credential_source)
  if sp and cs then return invalid("profile %s sets both source_profile and credential_source", name) end
  if not sp and not cs then
    return nil, util.err("PartialCredentials", ("profile %s sets role_arn but neither source_profile nor "
      .. "credential_source"):format(name))
  end
  local src, err
  if cs then
    src, err = from_credential_source(ctx, name, cs)
  else
    local files, ferr = ctx:files()
    if not files then return nil, ferr end
    local spp = config_files.profile(sp, nil, files)
    if not spp then return invalid("the source_profile %s of profile %s does not exist", sp, name) end
    if visited[sp] and (sp ~= name or not has_static(spp)) then
      return nil, util.err("InfiniteLoopConfig", ("profile %s: source_profile %s makes a loop"):format(name, sp))
    end
    src, err = from_source_profile(ctx, sp, spp, visited)
  end
  if not src then return nil, err end
  local params = { RoleArn = p.role_arn, RoleSessionName = s(p.role_session_name) or sts.session_name(ctx) }
  if s(p.external_id) then params.ExternalId = p.external_id end
  if s(p.duration_seconds) then
    local d = tonumber(p.duration_seconds)
    if not d or d ~= floor(d) or d <= 0 then
      return invalid("profile %s: duration_seconds is not a positive whole number", name)
    end
    params.DurationSeconds = floor(d)
  end
  return sts.call(ctx, "AssumeRole", params, src, { source = "assume-role" })
end

function _M:load()
  local p, err = self.ctx:profile()
  if p == nil then return nil, err end
  if not p or not has_role(p) then return false, "no role_arn in the profile" end
  return assume(self.ctx, self.ctx.profile_name, p, {})
end

return _M
