-- partnercentral.credentials.sso: IAM Identity Center (SSO) role credentials
-- (doc/protocol.md §11.1 item 4), as botocore's SSOProvider.
--
-- A profile uses SSO when it sets sso_account_id or sso_role_name. Two forms:
--   sso_session = NAME + [sso-session NAME] (sso_start_url, sso_region, ...)
--   legacy: sso_start_url and sso_region in the profile itself
-- Both need sso_account_id, sso_role_name, sso_start_url and sso_region; a
-- missing key, or a key that differs between profile and session, is InvalidConfig.
--
-- The access token is the one `aws sso login` left in
--   ~/.aws/sso/cache/<sha1 hex of the session name | of the start URL>.json
-- Session form only: within REFRESH_WINDOW (5 min) of its expiry the token is
-- refreshed at the OIDC endpoint (grant refresh_token) and the file written back
-- (temp file + rename, mode 0600). A failed refresh keeps a still valid token.
-- The token then buys role credentials (GetRoleCredentials, unsigned, bearer
-- header); they expire, so the chain refreshes them as any others.
--
-- Endpoints: ctx.sso_endpoint / ctx.oidc_endpoint (chain options), then the
-- configured endpoint of service "SSO" / "SSO OIDC" (partnercentral.config, as the
-- client's: AWS_ENDPOINT_URL_SSO / AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL, the
-- profile's [services] section `sso` / `sso_oidc`, the profile's endpoint_url, none
-- of them with ignore_configured_endpoint_urls), then
-- https://portal.sso.<region>.amazonaws.com and https://oidc.<region>.amazonaws.com
-- (sso_region must be a host label, as the client's region: InvalidRegion).
--
-- Errors are kind "credentials". Tokens, client secrets, keys and response
-- bodies never appear in a message.
local core = require("partnercentral.core")
local util = require("partnercentral.credentials.util")
local endpoint = require("partnercentral.endpoint")

local type, tostring, tonumber, ipairs, pairs, setmetatable = type, tostring, tonumber, ipairs, pairs, setmetatable
local gsub, concat, floor = string.gsub, table.concat, math.floor

local _M = { name = "sso", REFRESH_WINDOW = 5 * 60, TIMEOUT = 10, CONNECT_TIMEOUT = 5 }
local mt = { __index = _M }

local s = util.str

function _M.new(ctx)
  return setmetatable({ ctx = ctx, name = "sso" }, mt)
end

local function invalid(fmt, ...) return nil, util.err("InvalidConfig", fmt:format(...)) end

local REQUIRED = { "sso_role_name", "sso_account_id", "sso_start_url", "sso_region" }

-- botocore SSOProvider._load_sso_config -> config | false (not an SSO profile) | nil, err
function _M.config(name, p, files)
  if p.sso_account_id == nil and p.sso_role_name == nil then return false end
  local cfg = {}
  for k, v in pairs(p) do cfg[k] = v end
  local session = s(p.sso_session)
  if session then
    local sec = files.config.sso_sessions[session]
    if not sec then
      return invalid("profile %s: the sso-session %s does not exist in the config file", name, session)
    end
    for k, v in pairs(sec) do
      if cfg[k] ~= nil and cfg[k] ~= v then
        return invalid("profile %s: %s differs between the profile and [sso-session %s]", name, k, session)
      end
      cfg[k] = v
    end
  elseif p.sso_session ~= nil then
    return invalid("profile %s: sso_session is empty", name)
  end
  local missing = {}
  for _, k in ipairs(REQUIRED) do
    if not s(cfg[k]) then missing[#missing + 1] = k end
  end
  if #missing > 0 then
    return invalid("profile %s is configured to use SSO but is missing required configuration: %s",
      name, concat(missing, ", "))
  end
  -- sso_region becomes part of the portal and OIDC hosts, which get the bearer
  -- token: one host label (as the client's region), never "x.example.com/"
  if not endpoint.valid_region(cfg.sso_region) then
    return nil, util.err("InvalidRegion", ("profile %s: sso_region must be a valid region name "
      .. "(a host label like us-east-1)"):format(name))
  end
  cfg.session_name = session
  return cfg
end

local enc = util.uri_encode

-- -> url, split url | nil, reason
local function base_url(ctx, opt, service, host, region)
  local url = s(opt)
  if not url then
    local err
    url, err = ctx:setting("endpoint", service)
    if err then return nil, err.message end
  end
  if not url and not endpoint.valid_region(region) then
    return nil, ("the %s region must be a valid host label"):format(service)
  end
  url = gsub(url or ("https://%s.%s.%s"):format(host, region, util.dns_suffix(region)), "/+$", "")
  local u = endpoint.split_url(url)
  if not u or (u.scheme ~= "http" and u.scheme ~= "https") then
    return nil, ("the %s endpoint is not an http(s) URL"):format(service)
  end
  return url, u
end

local function login_hint(name, cfg)
  if cfg.session_name then
    return ("run `aws sso login --profile %s` (or `aws sso login --sso-session %s`)"):format(name, cfg.session_name)
  end
  return ("run `aws sso login --profile %s`"):format(name)
end

-- "2026-11-29T20:00:00Z", "...UTC" (AWS CLI v1), "+00:00" -> epoch s | nil
local function parse_time(v)
  if type(v) ~= "string" then return nil end
  return util.parse_time((gsub(v, "UTC$", "Z")))
end

-- cache file path of the token
function _M.cache_path(ctx, cfg)
  local home = s(ctx.getenv("HOME")) or "~"
  local dir = s(ctx.sso_cache_dir) or (home .. "/.aws/sso/cache")
  return dir .. "/" .. core.sha1_hex(cfg.session_name or cfg.sso_start_url) .. ".json", dir
end

-- Write `text` to `path` atomically: a temp file in the same directory, made
-- by the shell with umask 077 and noclobber so that it is 0600 and new from its
-- first moment (no reader can open it before the secret goes in), then renamed
-- over the old file. Lua has no chmod/umask of its own.
local q = util.shquote
function _M.write_file_atomic(path, text)
  local tmp = path .. ".tmp-" .. core.hex(core.random_bytes(6))
  local ok = os.execute("umask 077 && set -C && : > " .. q(tmp))
  if ok ~= true and ok ~= 0 then return nil, "cannot create a temp file in the SSO cache directory" end
  local f = io.open(tmp, "wb")
  local written = f and f:write(text)
  if f then written = f:close() and written end
  if not written then os.remove(tmp) return nil, "cannot write the temp file" end
  if not os.rename(tmp, path) then os.remove(tmp) return nil, "cannot rename the temp file" end
  return true
end

local function http_json(ctx, req)
  local ca, cerr = ctx:setting("ca_file")
  if cerr then return nil, cerr.message end
  req.ca_file = ca
  req.timeout = ctx.sso_timeout or _M.TIMEOUT
  req.connect_timeout = ctx.sso_timeout or _M.CONNECT_TIMEOUT
  local resp, herr = ctx.http(req)
  if not resp then return nil, tostring(herr and herr.message or herr) end
  return resp, nil, util.decode_object(resp.body)
end

-- POST <oidc>/token (CreateToken, grant refresh_token) -> new token table | nil, reason
local function refresh_token(self, cfg, tok, now)
  for _, k in ipairs{ "refreshToken", "clientId", "clientSecret", "registrationExpiresAt" } do
    if not s(tok[k]) then return nil, "the cached token has no " .. k end
  end
  local reg = parse_time(tok.registrationExpiresAt)
  if not reg or reg <= now then return nil, "the client registration expired" end
  local url, u = base_url(self.ctx, self.ctx.oidc_endpoint, "SSO OIDC", "oidc", cfg.sso_region)
  if not url then return nil, u end
  local resp, herr, d = http_json(self.ctx, { method = "POST", url = url .. "/token",
    headers = { { "Host", u.host_header }, { "Content-Type", "application/json" }, { "Accept", "application/json" } },
    body = core.json_encode{ grantType = "refresh_token", clientId = tok.clientId,
      clientSecret = tok.clientSecret, refreshToken = tok.refreshToken } })
  if not resp then return nil, "the OIDC endpoint cannot be reached: " .. herr end
  if resp.status ~= 200 then return nil, "the OIDC endpoint answered HTTP " .. tostring(resp.status) end
  local exp_in = d and tonumber(d.expiresIn)
  if not d or not s(d.accessToken) or d.accessToken:find("%c") or not exp_in or exp_in <= 0 then
    return nil, "the OIDC answer has no accessToken/expiresIn"
  end
  local new = {}
  for k, v in pairs(tok) do new[k] = v end
  new.startUrl, new.region = cfg.sso_start_url, cfg.sso_region
  new.accessToken, new.expiresAt = d.accessToken, util.format_time(now + floor(exp_in))
  if s(d.refreshToken) then new.refreshToken = d.refreshToken end
  return new
end

-- the access token -> token string | nil, err
function _M:token(name, cfg)
  local ctx = self.ctx
  local path = _M.cache_path(ctx, cfg)
  local what = cfg.session_name and ("sso-session " .. cfg.session_name) or ("start URL " .. cfg.sso_start_url)
  local tok = util.decode_object(ctx.readfile(path))
  -- the token goes into a header: control characters would end it early
  if not tok or not s(tok.accessToken) or tok.accessToken:find("%c") or not parse_time(tok.expiresAt) then
    return nil, util.err("SSOTokenLoadError", ("no valid SSO token for %s in %s; %s")
      :format(what, path, login_hint(name, cfg)))
  end
  local now = ctx.now()
  local exp = parse_time(tok.expiresAt)
  local why
  if cfg.session_name and exp - now < _M.REFRESH_WINDOW then
    local new
    new, why = refresh_token(self, cfg, tok, now)
    if new then
      tok, exp = new, parse_time(new.expiresAt)
      -- a failed write-back still leaves a good token for this call
      _M.write_file_atomic(path, core.json_encode(new))
    end
  end
  if exp <= now then
    -- (`why` names a key, an HTTP status or a host, never a value)
    return nil, util.err("SSOTokenExpired", ("the SSO token for %s expired at %s%s; %s")
      :format(what, util.format_time(exp), why and (" (refresh failed: " .. why .. ")") or "", login_hint(name, cfg)))
  end
  return tok.accessToken
end

local short = util.summary

-- GET /federation/credentials -> creds | nil, err
function _M:role_credentials(name, cfg, token)
  local ctx = self.ctx
  local url, u = base_url(ctx, ctx.sso_endpoint, "SSO", "portal.sso", cfg.sso_region)
  if not url then return nil, util.err("InvalidEndpoint", u) end
  local resp, herr, d = http_json(ctx, { method = "GET",
    url = ("%s/federation/credentials?account_id=%s&role_name=%s"):format(url, enc(cfg.sso_account_id),
      enc(cfg.sso_role_name)),
    headers = { { "Host", u.host_header }, { "x-amz-sso_bearer_token", token }, { "Accept", "application/json" } } })
  if not resp then
    return nil, util.err("SSORequestFailed", ("SSO GetRoleCredentials to %s failed: %s"):format(u.host, herr))
  end
  if resp.status ~= 200 then
    -- (the transports give a map of lowercased names)
    local code = type(resp.headers) == "table" and resp.headers["x-amzn-errortype"] or nil
    code = s(code) and code:match("^(%w+)") or (d and s(d.__type) and d.__type:match("([%w]+)$"))
    if code and #code > 100 then code = nil end
    -- botocore turns UnauthorizedException into "run aws sso login"; other
    -- answers (ForbiddenException: no access to that role, throttling, 5xx)
    -- keep the service's code, as STS errors do
    if code == "UnauthorizedException" or (resp.status == 401 and not code) then
      return nil, util.err("UnauthorizedSSOToken", ("SSO GetRoleCredentials for profile %s failed (HTTP %s%s): "
        .. "the SSO session has expired or is otherwise invalid; %s"):format(name, tostring(resp.status),
        code and (" " .. code) or "", login_hint(name, cfg)), { status = resp.status, sso_error = true })
    end
    return nil, util.err(code or "SSOError", ("SSO GetRoleCredentials for profile %s (account %s, role %s) "
      .. "failed with HTTP %s%s%s"):format(name, cfg.sso_account_id, cfg.sso_role_name, tostring(resp.status),
        code and (" " .. code) or " (no SSO error code)",
        d and s(d.message) and (": " .. short(d.message)) or ""), { status = resp.status, sso_error = true })
  end
  local rc = d and d.roleCredentials
  if type(rc) ~= "table" then
    return nil, util.err("InvalidSSOResponse", "the SSO GetRoleCredentials answer has no roleCredentials object")
  end
  for _, k in ipairs{ "accessKeyId", "secretAccessKey", "sessionToken" } do
    if not s(rc[k]) then
      return nil, util.err("InvalidSSOResponse", "the SSO GetRoleCredentials answer has no " .. k)
    end
  end
  local ms = tonumber(rc.expiration)
  if not ms or ms <= 0 then
    return nil, util.err("InvalidSSOResponse", "the SSO GetRoleCredentials answer has no numeric expiration")
  end
  return util.make({ access_key = rc.accessKeyId, secret_key = rc.secretAccessKey,
    session_token = rc.sessionToken, expiration = floor(ms / 1000), account_id = cfg.sso_account_id }, "sso")
end

function _M:load()
  local ctx = self.ctx
  local p, err = ctx:profile()
  if p == nil then return nil, err end
  if not p then return false, "no profile" end
  local files, ferr = ctx:files()
  if not files then return nil, ferr end
  local name = ctx.profile_name
  local cfg, cerr = _M.config(name, p, files)
  if cfg == nil then return nil, cerr end
  if not cfg then return false, "profile " .. name .. " has no sso_account_id/sso_role_name" end
  local token, terr = self:token(name, cfg)
  if not token then return nil, terr end
  return self:role_credentials(name, cfg, token)
end

return _M
