-- partnercentral.credentials.profile: keys of the profile in the shared files.
--   new(ctx, "credentials")  aws_access_key_id & co. in the credentials file (§11.1 item 5)
--   new(ctx, "config")       the same keys in the config file (§11.1 item 8)
-- (Assume role, web identity and SSO: assume_role.lua, web_identity.lua, sso.lua.)
-- A profile named in code or by AWS_PROFILE that exists in neither file is an error;
-- a missing "default" profile is not.
local util = require("partnercentral.credentials.util")

local _M = { name = "profile" }
local mt = { __index = _M }

function _M.new(ctx, which)
  return setmetatable({ ctx = ctx, which = which, name = "profile:" .. which }, mt)
end

-- ctx:files() -> loaded files | nil, err ; the section of this profile in one file
local function section(self, which)
  local files, err = self.ctx:files()
  if not files then return nil, err end
  local name = self.ctx.profile_name
  local c = files.config.profiles[name]
  local k = files.credentials.profiles[name]
  if not c and not k then
    if self.ctx.profile_explicit then
      return nil, util.err("ProfileNotFound", ("the config profile (%s) could not be found"):format(name))
    end
    return false
  end
  if which == "credentials" then return k or false end
  return c or false
end

local function from_keys(sec, source)
  local s = util.str
  local ak = s(sec.aws_access_key_id)
  if not ak then return false end
  return util.make({ access_key = ak, secret_key = sec.aws_secret_access_key,
    -- legacy name first, as botocore
    session_token = s(sec.aws_security_token) or s(sec.aws_session_token),
    account_id = sec.aws_account_id }, source)
end

function _M:load()
  local sec, err = section(self, self.which)
  if sec == nil then return nil, err end
  if not sec then return false, "no profile " .. self.ctx.profile_name .. " in the " .. self.which .. " file" end
  local c, cerr = from_keys(sec, self.which == "credentials" and "shared-credentials-file" or "shared-config-file")
  if c == nil then
    cerr.message = cerr.message .. " (profile " .. self.ctx.profile_name .. ")"
    return nil, cerr
  end
  if not c then return false, "no keys in profile " .. self.ctx.profile_name .. " of the " .. self.which .. " file" end
  return c
end

return _M
