-- Request authentication: SigV4 (AWS4-HMAC-SHA256) and SigV4a
-- (AWS4-ECDSA-P256-SHA256) checked against the configured credentials by the
-- C core's verifiers (core.verify_v4 / core.verify_v4a; no Lua fallback).
-- The header checks before them (missing token, unknown key, clock skew,
-- service scope) give the service's specific 403 errors.
local util = require("partnercentral_local.util")
local core = require("partnercentral_local.native")
local days_from_civil = require("partnercentral.credentials.util").days_from_civil
local _M = {}

-- Which algorithm each signing name was called with, for GET /_local/state
-- (the interop spec reports whether an SDK chose SigV4a).
_M.seen = {}

local MAX_SKEW = 15 * 60

-- Headers a request must sign: what selects the operation and how its body
-- is read, and (when sent) the session token and SigV4a's region set. AWS
-- words the refusal "'Host' or ':authority' must be a 'SignedHeader' in the
-- AWS Authorization." (an InvalidSignatureException).
local MUST_SIGN = {
  { name = "host", display = "Host", always = true },
  { name = "x-amz-date", display = "X-Amz-Date", always = true },
  { name = "x-amz-target", display = "X-Amz-Target", always = true },
  { name = "content-type", display = "Content-Type", always = true },
  { name = "x-amz-security-token", display = "X-Amz-Security-Token" },
  { name = "x-amz-region-set", display = "X-Amz-Region-Set" },
}

local function deny(code, message) util.fail(code, message, nil, 403) end

-- "Credential=AKID/20261122/us-east-1/service/aws4_request, SignedHeaders=a;b, Signature=hex"
function _M.parse(auth)
  local alg, rest = auth:match("^(AWS4%-[%w%-]+)%s+(.*)$")
  if not alg then return nil end
  local cred = rest:match("Credential=([^,%s]+)")
  local signed = rest:match("SignedHeaders=([^,%s]+)")
  local sig = rest:match("Signature=(%x+)")
  if not (cred and signed and sig) then return nil end
  local parts = {}
  for p in cred:gmatch("[^/]+") do parts[#parts + 1] = p end
  local v4a = (alg == "AWS4-ECDSA-P256-SHA256")
  if v4a then   -- SigV4a scope has no region: AKID/date/service/aws4_request
    return { algorithm = alg, key_id = parts[1], date = parts[2], service = parts[3],
             signed_headers = signed, signature = sig, v4a = true }
  end
  return { algorithm = alg, key_id = parts[1], date = parts[2], region = parts[3],
           service = parts[4], signed_headers = signed, signature = sig, v4a = false }
end

-- "20250715T120000Z" -> epoch seconds | nil, by calendar arithmetic: no
-- os.time, which reads local time (the offset of a zone at the epoch is not
-- its offset today: Europe/London was UTC+1 all of 1970, Lord Howe +10 where it
-- is +10:30 now, and daylight saving time moves it by the season).
local DAYS_IN_MONTH = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function epoch_of(amz)
  local y, mo, d, h, mi, s = amz:match("^(%d%d%d%d)(%d%d)(%d%d)T(%d%d)(%d%d)(%d%d)Z$")
  if not y then return nil end
  y, mo, d, h, mi, s = tonumber(y), tonumber(mo), tonumber(d), tonumber(h), tonumber(mi), tonumber(s)
  if mo < 1 or mo > 12 or d < 1 or d > DAYS_IN_MONTH[mo] or h > 23 or mi > 59 or s > 59 then return nil end
  local leap = (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
  if mo == 2 and d == 29 and not leap then return nil end
  return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s
end
_M.epoch_of = epoch_of

-- req = { method, path, query, headers = {{name, value}...}, body, get = fn(name) }
-- credentials = { [access_key] = secret }. Raises a 403 failure or returns the key id.
function _M.check(req, credentials, signing_name)
  local auth = req.get("authorization")
  if not auth or auth == "" then
    deny("MissingAuthenticationTokenException", "Missing Authentication Token")
  end
  local a = _M.parse(auth)
  if not a then deny("IncompleteSignatureException", "Authorization header is malformed.") end
  local secret = credentials[a.key_id]
  if not secret then
    deny("UnrecognizedClientException", "The security token included in the request is invalid.")
  end
  local amz = req.get("x-amz-date")
  local t = amz and epoch_of(amz)
  if not t then deny("IncompleteSignatureException", "X-Amz-Date header is missing or malformed.") end
  -- the real clock: /_local/clock moves the emulated time, not the caller's
  local now = (ngx and ngx.now) and ngx.now() or os.time()
  -- the two messages AWS gives for a date too old and one in the future
  if now - t > MAX_SKEW then
    deny("InvalidSignatureException", "Signature expired: " .. amz .. " is now earlier than "
      .. os.date("!%Y%m%dT%H%M%SZ", math.floor(now - MAX_SKEW)) .. " ("
      .. os.date("!%Y%m%dT%H%M%SZ", math.floor(now)) .. " - 15 min.)")
  elseif t - now > MAX_SKEW then
    deny("InvalidSignatureException", "Signature not yet current: " .. amz .. " is still later than "
      .. os.date("!%Y%m%dT%H%M%SZ", math.floor(now + MAX_SKEW)) .. " ("
      .. os.date("!%Y%m%dT%H%M%SZ", math.floor(now)) .. " + 15 min.)")
  end
  if a.service ~= signing_name then
    deny("InvalidSignatureException", "Credential should be scoped to correct service: '" .. signing_name .. "'.")
  end
  -- Only the headers named in SignedHeaders are verified: an operation or a
  -- content type outside them could be swapped under a valid signature.
  local signed = {}
  for name in a.signed_headers:gmatch("[^;]+") do signed[name:lower()] = true end
  for _, h in ipairs(MUST_SIGN) do
    if (h.always or req.get(h.name) ~= nil) and not signed[h.name] then
      deny("InvalidSignatureException", "'" .. h.display .. "' must be a 'SignedHeader' in the AWS Authorization.")
    end
  end
  local vreq = { method = req.method, path = req.path, query = req.query, headers = req.headers,
                 body = req.body, service = a.service, region = a.region,
                 access_key = a.key_id, amz_date = amz }
  local ok
  if a.v4a then
    vreq.region_set = req.get("x-amz-region-set") or "*"
    ok = core.verify_v4a(vreq, secret)
  else
    ok = core.verify_v4(vreq, secret)
  end
  if not ok then
    deny("InvalidSignatureException", "The request signature we calculated does not match the "
      .. "signature you provided. Check your AWS Secret Access Key and signing method.")
  end
  local alg = a.v4a and "sigv4a" or "sigv4"
  local seen = _M.seen[signing_name] or {}
  _M.seen[signing_name] = seen
  seen[alg] = (seen[alg] or 0) + 1
  -- SigV4 scopes name a region (ARNs use it); SigV4a signs for a region set
  return a.key_id, (not a.v4a) and a.region or nil
end

return _M
