-- partnercentral.credentials.sts: the two STS calls the credential providers
-- make (query protocol, Version 2011-06-15): AssumeRole, signed with SigV4
-- (service "sts") by the source credentials, and AssumeRoleWithWebIdentity,
-- unsigned. The body is form-urlencoded; the answer is XML, read by libexpat in
-- the C core (core.xml_fields), never by pattern matching here.
--
-- Endpoint (first that applies):
--   ctx.sts_endpoint (chain option `sts_endpoint`)
--   the configured endpoint of service STS (partnercentral.config, as the client's):
--     AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, the profile's [services] section
--     `sts = endpoint_url = ...`, the profile's endpoint_url (none of them with
--     ignore_configured_endpoint_urls)
--   https://sts.amazonaws.com when there is no region, or when
--     AWS_STS_REGIONAL_ENDPOINTS / profile sts_regional_endpoints = legacy and the
--     region is one that STS served globally before regional endpoints existed
--   https://sts.<region>.amazonaws.com (".com.cn" in the China partition); a region
--     that is not a host label (endpoint.valid_region) is InvalidRegion
-- The global endpoint signs for us-east-1.
--
-- Errors are kind "credentials". An STS error answer gives its own Code
-- (AccessDenied, InvalidIdentityToken, ExpiredTokenException, ...) as err.code,
-- with sts_error = true and the HTTP status; the message is STS's, shortened
-- and with key-like words cut out. Bodies, tokens and secrets never appear.
local core = require("partnercentral.core")
local util = require("partnercentral.credentials.util")
local endpoint = require("partnercentral.endpoint")

local tostring, ipairs, pairs, sort, concat = tostring, ipairs, pairs, table.sort, table.concat

local _M = { VERSION = "2011-06-15", TIMEOUT = 10, CONNECT_TIMEOUT = 5, ATTEMPTS = 3, DELAY = 0.5 }

-- error codes worth another try (botocore's standard retry mode and STS's own rule)
local RETRY_CODES = { Throttling = true, ThrottlingException = true, RequestLimitExceeded = true,
  IDPCommunicationError = true, RequestTimeout = true }

-- regions STS answered on the global endpoint in "legacy" mode (botocore endpoints.json)
local LEGACY_GLOBAL = {}
for r in ("ap-northeast-1 ap-south-1 ap-southeast-1 ap-southeast-2 aws-global ca-central-1 "
  .. "eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 sa-east-1 us-east-1 us-east-2 "
  .. "us-west-1 us-west-2"):gmatch("%S+") do LEGACY_GLOBAL[r] = true end

local enc = util.uri_encode

-- { k = v } -> "k1=v1&k2=v2" sorted by key (stable bytes: easier to check)
function _M.form(params)
  local keys = {}
  for k in pairs(params) do keys[#keys + 1] = k end
  sort(keys)
  local out = {}
  for i, k in ipairs(keys) do out[i] = enc(k) .. "=" .. enc(tostring(params[k])) end
  return concat(out, "&")
end

-- -> url, signing_region | nil, err
function _M.endpoint(ctx, region)
  local url = util.str(ctx.sts_endpoint)
  if not url then
    local err
    url, err = ctx:setting("endpoint", "STS")
    if err then return nil, err end
  end
  if url then return url, region or "us-east-1" end
  -- the region becomes part of the host: one host label, or another host gets the signed request
  if region ~= nil and not endpoint.valid_region(region) then
    return nil, util.err("InvalidRegion", "the region of the STS endpoint must be a valid host label "
      .. "(like us-east-1)")
  end
  local mode, merr = ctx:setting("sts_regional_endpoints")
  if merr then return nil, merr end
  if not region or region == "aws-global" or (mode == "legacy" and LEGACY_GLOBAL[region]) then
    return "https://sts.amazonaws.com", "us-east-1"
  end
  return ("https://sts.%s.%s"):format(region, util.dns_suffix(region)), region
end

local CRED_FIELDS = { "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration" }

local function bad_answer(action, why)
  return nil, util.err("InvalidSTSResponse", ("STS %s answer %s"):format(action, why))
end

-- STS's own message, on one line, bounded, key-like words cut out
local summary = util.summary

-- One POST -> creds | nil, err, retryable
local function attempt(ctx, action, url, u, body, headers, source, ca_file)
  local resp, herr = ctx.http{ method = "POST", url = url, headers = headers, body = body, ca_file = ca_file,
    timeout = ctx.sts_timeout or _M.TIMEOUT, connect_timeout = ctx.sts_timeout or _M.CONNECT_TIMEOUT }
  if not resp then
    return nil, util.err("STSRequestFailed", ("STS %s to %s failed: %s"):format(action, u.host,
      tostring(herr and herr.message or herr))), true
  end
  if resp.status ~= 200 then
    local e = core.xml_fields(resp.body or "", { "Code", "Message" }, "Error")
    local retry = resp.status >= 500
    if not e or not util.str(e.Code) or #e.Code > 100 then
      return nil, util.err("STSError", ("STS %s on %s failed with HTTP %s (no STS error document)")
        :format(action, u.host, tostring(resp.status)), { status = resp.status, sts_error = true }), retry
    end
    return nil, util.err(e.Code, ("STS %s failed (HTTP %s %s)%s"):format(action, tostring(resp.status), e.Code,
      e.Message and (": " .. summary(e.Message)) or ""), { status = resp.status, sts_error = true }),
      retry or RETRY_CODES[e.Code] == true
  end
  local f, code = core.xml_fields(resp.body or "", CRED_FIELDS)
  if not f then return bad_answer(action, "is not well-formed XML (" .. tostring(code) .. ")") end
  for _, k in ipairs(CRED_FIELDS) do
    if not util.str(f[k]) then return bad_answer(action, "has no " .. k) end
  end
  local exp = util.parse_time(f.Expiration)
  if not exp then return bad_answer(action, "has an Expiration that is not an ISO 8601 time") end
  return util.make({ access_key = f.AccessKeyId, secret_key = f.SecretAccessKey,
    session_token = f.SessionToken, expiration = exp }, source)
end

-- params: the form fields besides Action and Version. signer: creds to sign
-- with (AssumeRole) or nil (web identity). opts: source (the creds' source name).
-- The region is ctx:region() (the client's, or as the client would resolve it).
-- Network errors, 5xx, throttling and IDPCommunicationError are tried again
-- (ctx.sts_attempts, default 3, 0.5 s then 1 s apart), as botocore's STS client.
-- -> creds | nil, err
function _M.call(ctx, action, params, signer, opts)
  local region, rerr = ctx:region()
  if rerr then return nil, rerr end
  local url, sregion = _M.endpoint(ctx, region)
  if not url then return nil, sregion end
  local ca, cerr = ctx:setting("ca_file")
  if cerr then return nil, cerr end
  local u = endpoint.split_url(url)
  if not u or (u.scheme ~= "http" and u.scheme ~= "https") then
    return nil, util.err("InvalidEndpoint", "the STS endpoint is not an http(s) URL")
  end
  local form = { Action = action, Version = _M.VERSION }
  for k, v in pairs(params) do form[k] = v end
  local body = _M.form(form)
  local headers = {
    { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" },
    { "Host", u.host_header },
  }
  if signer then
    local signed, code, msg = core.sign_v4{ method = "POST", path = u.path, query = "", headers = headers,
      body = body, access_key = signer.access_key, secret_key = signer.secret_key,
      session_token = signer.session_token, region = sregion, service = "sts",
      amz_date = os.date("!%Y%m%dT%H%M%SZ", ctx.now()) }
    if not signed then
      return nil, util.err("SigningFailed", ("cannot sign the STS %s request: %s %s")
        :format(action, tostring(code), tostring(msg)))
    end
    for _, n in ipairs{ "X-Amz-Date", "X-Amz-Security-Token", "Authorization" } do
      if signed[n] then headers[#headers + 1] = { n, signed[n] } end
    end
  end
  headers[#headers + 1] = { "Accept", "text/xml" }
  local max = ctx.sts_attempts or _M.ATTEMPTS
  for i = 1, max do
    local c, err, retry = attempt(ctx, action, url, u, body, headers, opts.source, ca)
    if c or not retry or i == max then return c, err end
    ctx.sleep(_M.DELAY * i)
  end
end

-- botocore names sessions "botocore-session-<epoch>"
function _M.session_name(ctx)
  return "partnercentral-session-" .. tostring(math.floor(ctx.now()))
end

return _M
