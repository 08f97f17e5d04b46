-- partnercentral.credentials.imds: the EC2 instance role (doc/protocol.md §11.5).
--   1. PUT  <base>latest/api/token, x-aws-ec2-metadata-token-ttl-seconds: 21600
--      200 -> token; 403/404/405 or a timeout -> IMDSv1 (no token) unless
--      AWS_EC2_METADATA_V1_DISABLED / ec2_metadata_v1_disabled; 400 -> give up
--   2. GET  <base>latest/meta-data/iam/security-credentials/        -> role name
--   3. GET  <base>latest/meta-data/iam/security-credentials/<role>  -> JSON
-- Off with AWS_EC2_METADATA_DISABLED=true. Base http://169.254.169.254/, or
-- http://[fd00:ec2::254]/ in IPv6 mode, or AWS_EC2_METADATA_SERVICE_ENDPOINT /
-- ec2_metadata_service_endpoint. 1 s per request, 1 attempt (AWS_METADATA_SERVICE_TIMEOUT,
-- AWS_METADATA_SERVICE_NUM_ATTEMPTS). A new token per fetch, as botocore. Every
-- setting is read through partnercentral.config (env first, then the profile).
-- No answer at all (not on EC2) is "not found", so the chain reports NoCredentials;
-- an IMDS that answers wrongly is an IMDSError.
local util = require("partnercentral.credentials.util")

local tostring, pairs, match, gsub = tostring, pairs, string.match, string.gsub

local _M = { name = "imds", BASE = "http://169.254.169.254/", BASE6 = "http://[fd00:ec2::254]/",
  TTL = 21600 }

function _M.new(ctx)
  return setmetatable({ ctx = ctx }, { __index = _M })
end

local function ierr(msg) return nil, util.err("IMDSError", "IMDS: " .. msg) end

local function call(ctx, method, url, headers, timeout)
  return ctx.http{ method = method, url = url, headers = headers, timeout = timeout, connect_timeout = timeout }
end

-- -> token | false (use v1) | nil, err, unreachable
local function get_token(ctx, base, timeout, attempts)
  local last
  for _ = 1, attempts do
    local resp, err = call(ctx, "PUT", base .. "latest/api/token",
      { { "x-aws-ec2-metadata-token-ttl-seconds", tostring(_M.TTL) } }, timeout)
    if resp then
      if resp.status == 200 and util.str(resp.body) then return resp.body end
      if resp.status == 403 or resp.status == 404 or resp.status == 405 then return false end
      if resp.status == 400 then return ierr("the token request was refused (HTTP 400)") end
      last = "token request: HTTP " .. tostring(resp.status)
    elseif err and err.kind == "timeout" then
      return false
    else
      last = "token request: " .. tostring(err and err.message or err)
      return nil, last, true
    end
  end
  return ierr(last)
end

-- GET with retries -> body | nil, reason
local function get(ctx, url, headers, timeout, attempts)
  local last
  for _ = 1, attempts do
    local resp, err = call(ctx, "GET", url, headers, timeout)
    if not resp then last = tostring(err and err.message or err)
    elseif resp.status ~= 200 then last = "HTTP " .. tostring(resp.status)
    elseif not util.str(resp.body) then last = "empty answer"
    else return resp.body end
  end
  return nil, last
end

-- the IMDS settings -> { disabled, base, timeout, attempts, v1_off } | nil, err
local function settings(ctx)
  local out = {}
  for key, name in pairs{ disabled = "ec2_metadata_disabled", base = "ec2_metadata_service_endpoint",
      mode = "ec2_metadata_service_endpoint_mode", timeout = "metadata_service_timeout",
      attempts = "metadata_service_num_attempts", v1_off = "ec2_metadata_v1_disabled" } do
    local v, err = ctx:setting(name)
    if err then return nil, err end
    out[key] = v
  end
  out.base = out.base or (out.mode == "ipv6" and _M.BASE6 or _M.BASE)
  if not match(out.base, "/$") then out.base = out.base .. "/" end
  return out
end

function _M:load()
  local ctx = self.ctx
  local st, serr = settings(ctx)
  if not st then return nil, serr end
  if st.disabled then return false, "AWS_EC2_METADATA_DISABLED is true" end
  local base, timeout, attempts, v1_off = st.base, st.timeout, st.attempts, st.v1_off

  local token, terr, unreachable = get_token(ctx, base, timeout, attempts)
  if token == nil then
    if unreachable then return false, "IMDS not reachable (" .. terr .. ")" end
    return nil, terr
  end
  if not token and v1_off then
    return ierr("no session token (IMDSv2) and IMDSv1 is disabled")
  end
  local h = token and { { "x-aws-ec2-metadata-token", token } } or {}
  local path = base .. "latest/meta-data/iam/security-credentials/"
  local roles, rerr = get(ctx, path, h, timeout, attempts)
  if not roles then
    if not token then return false, "IMDS not reachable (" .. rerr .. ")" end
    return ierr("cannot read the instance role name: " .. rerr)
  end
  local role = match(roles, "^%s*([^\r\n]-)%s*\r?\n") or gsub(roles, "^%s*(.-)%s*$", "%1")
  if role == "" then return ierr("the instance has no IAM role") end
  local body, berr = get(ctx, path .. role, h, timeout, attempts)
  if not body then return ierr("cannot read the role credentials: " .. berr) end
  local doc = util.decode_object(body)
  if not doc then return ierr("the role credentials are not a JSON object") end
  if doc.Code ~= nil and doc.Code ~= "Success" then
    return ierr("the role credentials have Code " .. tostring(util.str(doc.Code) or "?"))
  end
  for _, k in ipairs{ "AccessKeyId", "SecretAccessKey", "Token", "Expiration" } do
    if not util.str(doc[k]) then return ierr("the role credentials have no " .. k) end
  end
  local exp = util.parse_time(doc.Expiration)
  if not exp then return ierr("the role credentials' Expiration is not an ISO 8601 time") end
  -- Static stability (botocore utils.py:683-715): credentials that IMDS still
  -- serves while they are (nearly) expired get a short extension, so an IMDS
  -- outage does not stop the application; they are fetched again after it.
  local now = ctx.now()
  local window = 15 * 60 + math.random(120, 600)
  local extended
  if exp - now < window then exp, extended = now + window, true end
  local c, cerr = util.make({ access_key = doc.AccessKeyId, secret_key = doc.SecretAccessKey,
    session_token = doc.Token, expiration = exp, account_id = util.str(doc.AccountId) }, "imds")
  if c then c.extended = extended end
  return c, cerr
end

return _M
