-- partnercentral.credentials.container: ECS task roles and EKS Pod Identity
-- (doc/protocol.md §11.4).
--   AWS_CONTAINER_CREDENTIALS_RELATIVE_URI  -> http://169.254.170.2<uri> (wins)
--   AWS_CONTAINER_CREDENTIALS_FULL_URI      -> as is: https, or http to a loopback
--       address or one of the ECS/EKS agent hosts; anything else is refused (a
--       token must never be sent to an arbitrary host over plain HTTP)
--   AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE  re-read on every fetch, not trimmed
--   AWS_CONTAINER_AUTHORIZATION_TOKEN       used when there is no token file
-- GET, Accept: application/json, 2 s timeout, 3 attempts 1 s apart. Messages
-- name the host and status, never the path, token or body. The variables are
-- read through partnercentral.config (container_* settings).
local util = require("partnercentral.credentials.util")
local endpoint = require("partnercentral.endpoint")
local config = require("partnercentral.config")

local tostring, tonumber, ipairs, find, match = tostring, tonumber, ipairs, string.find, string.match

local _M = { name = "container", BASE = "http://169.254.170.2", TIMEOUT = 2, ATTEMPTS = 3, DELAY = 1 }

local ALLOWED = { ["169.254.170.2"] = true, ["169.254.170.23"] = true, ["fd00:ec2::23"] = true,
  ["fd00:ec2:0:0:0:0:0:23"] = true, localhost = true, ["::1"] = true,
  ["0:0:0:0:0:0:0:1"] = true }

function _M.new(ctx)
  return setmetatable({ ctx = ctx }, { __index = _M })
end

local function host_allowed(host)
  if ALLOWED[host] then return true end
  local a, b, c, d = match(host, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
  return a == "127" and tonumber(b) < 256 and tonumber(c) < 256 and tonumber(d) < 256
end

-- a setting's value from a config source -> value | nil, err (kind credentials)
local function setting(src, name)
  local v, _, err = src:get(name)
  if err then return nil, util.err(err.code, err.message) end
  return v
end

-- src: a partnercentral.config source, or a getenv function
-- -> url | false (not configured) | nil, err
function _M.url(src, base)
  if type(src) == "function" then src = config.source{ getenv = src } end
  local rel, rerr = setting(src, "container_credentials_relative_uri")
  if rerr then return nil, rerr end
  if rel then return (base or _M.BASE) .. rel end
  local full, ferr = setting(src, "container_credentials_full_uri")
  if ferr then return nil, ferr end
  if not full then return false end
  local u = endpoint.split_url(full)
  if not u or (u.scheme ~= "http" and u.scheme ~= "https") then
    return nil, util.err("InvalidContainerURI", "AWS_CONTAINER_CREDENTIALS_FULL_URI is not an http(s) URL")
  end
  local host = match(u.host, "^%[(.*)%]$") or u.host
  if u.scheme == "http" and not host_allowed(host) then
    return nil, util.err("InvalidContainerURI", ("AWS_CONTAINER_CREDENTIALS_FULL_URI host %s is not "
      .. "allowed over http: use https, a loopback address or 169.254.170.2/169.254.170.23/fd00:ec2::23")
      :format(host))
  end
  return full
end

-- -> token | false | nil, err
local function auth_token(ctx)
  local file, ferr = setting(ctx.cfg, "container_authorization_token_file")
  if ferr then return nil, ferr end
  local tok
  if file then
    tok = ctx.readfile(file)
    if not tok then
      return nil, util.err("InvalidAuthorizationToken",
        "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
    end
  else
    tok = util.str((setting(ctx.cfg, "container_authorization_token")))
  end
  if not tok then return false end
  if find(tok, "[\r\n]") then
    return nil, util.err("InvalidAuthorizationToken",
      "the container authorization token contains a line break")
  end
  return tok
end

local function fetch_once(ctx, url, token, ca_file)
  local headers = { { "Accept", "application/json" } }
  if token then headers[2] = { "Authorization", token } end
  local resp, err = ctx.http{ method = "GET", url = url, headers = headers, ca_file = ca_file,
    timeout = ctx.container_timeout or _M.TIMEOUT, connect_timeout = ctx.container_timeout or _M.TIMEOUT }
  if not resp then return nil, "request failed: " .. tostring(err and err.message or err) end
  if resp.status ~= 200 then return nil, "HTTP " .. tostring(resp.status) end
  local doc = util.decode_object(resp.body)
  if not doc then return nil, "the answer is not a JSON object" end
  for _, k in ipairs{ "AccessKeyId", "SecretAccessKey", "Token", "Expiration" } do
    if not util.str(doc[k]) then return nil, "the answer has no " .. k end
  end
  local exp = util.parse_time(doc.Expiration)
  if not exp then return nil, "the answer's Expiration is not an ISO 8601 time" end
  return util.make({ access_key = doc.AccessKeyId, secret_key = doc.SecretAccessKey,
    session_token = doc.Token, expiration = exp, account_id = util.str(doc.AccountId) }, "container")
end

function _M:load()
  local ctx = self.ctx
  local url, uerr = _M.url(ctx.cfg, ctx.container_base)
  if url == nil then return nil, uerr end
  if not url then return false, "no AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI" end
  local host = (endpoint.split_url(url) or {}).host or "?"
  local ca, cerr = ctx:setting("ca_file")   -- (FULL_URI may be https)
  if cerr then return nil, cerr end
  local attempts = ctx.container_attempts or _M.ATTEMPTS
  local why
  for i = 1, attempts do
    local token, terr = auth_token(ctx) -- re-read each time: the file rotates
    if token == nil then return nil, terr end
    local c
    c, why = fetch_once(ctx, url, token or nil, ca)
    if c then return c end
    if i < attempts then ctx.sleep(ctx.container_delay or _M.DELAY) end
  end
  return nil, util.err("ContainerCredentialsError", ("container credentials from %s failed after %d "
    .. "attempts: %s"):format(host, attempts, why))
end

_M.host_allowed = host_allowed
return _M
