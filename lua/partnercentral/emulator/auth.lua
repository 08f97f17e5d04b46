-- Request authentication: SigV4 (AWS4-HMAC-SHA256) and SigV4a
-- (AWS4-ECDSA-P256-SHA256) checked against the configured credentials.
-- Verification uses the C core (core.verify_v4 / core.verify_v4a). While the
-- core lacks verify_v4, a SigV4 check over LuaJIT FFI + libcrypto stands in
-- (awsJson requests only: POST /, no query); SigV4a then is checked for
-- structure, key id and date only, and a warning is logged once.
local util = require("partnercentral.emulator.util")
local _M = {}

local okc, core = pcall(require, "partnercentral.core")
if not okc or type(core) ~= "table" then core = {} end

local MAX_SKEW = 15 * 60

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
  return { algorithm = alg, key_id = parts[1], date = parts[2], region = parts[3],
           service = parts[4], signed_headers = signed, signature = sig,
           v4a = (alg == "AWS4-ECDSA-P256-SHA256") }
end

local function epoch_of(amz)
  local y, mo, d, h, mi, s = amz:match("^(%d%d%d%d)(%d%d)(%d%d)T(%d%d)(%d%d)(%d%d)Z$")
  if not y then return nil end
  -- os.time reads local time; adding the zone offset of the epoch gives UTC.
  local t = os.time({ year = tonumber(y), month = tonumber(mo), day = tonumber(d),
                      hour = tonumber(h), min = tonumber(mi), sec = tonumber(s), isdst = false })
  local zone = os.time(os.date("!*t", 0))
  return t - zone
end

-- FFI fallback for SigV4 ---------------------------------------------------
local ffi_crypto
local function crypto()
  if ffi_crypto ~= nil then return ffi_crypto end
  ffi_crypto = false
  local okf, ffi = pcall(require, "ffi")
  if not okf then return false end
  pcall(ffi.cdef, [[
    unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
    const void *EVP_sha256(void);
    unsigned char *HMAC(const void *evp_md, const void *key, int key_len,
                        const unsigned char *d, size_t n, unsigned char *md, unsigned int *md_len);
  ]])
  local lib
  for _, name in ipairs({ "crypto", "libcrypto.so.3" }) do
    local ok, l = pcall(ffi.load, name)
    if ok then lib = l break end
  end
  if not lib then return false end
  local buf = ffi.new("unsigned char[32]")
  local len = ffi.new("unsigned int[1]")
  ffi_crypto = {
    sha256 = function(s) lib.SHA256(s, #s, buf) return ffi.string(buf, 32) end,
    hmac = function(k, s) lib.HMAC(lib.EVP_sha256(), k, #k, s, #s, buf, len) return ffi.string(buf, 32) end,
  }
  return ffi_crypto
end

local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end

local function lua_verify_v4(req, a, secret)
  local c = crypto()
  if not c then return true end   -- no crypto at all: accept (logged by the caller)
  local hv = {}
  for _, h in ipairs(req.headers) do
    local n = h[1]:lower()
    local v = h[2]:gsub("^%s+", ""):gsub("%s+$", ""):gsub("%s+", " ")
    hv[n] = hv[n] and (hv[n] .. "," .. v) or v
  end
  local lines = {}
  for name in a.signed_headers:gmatch("[^;]+") do
    lines[#lines + 1] = name .. ":" .. (hv[name] or "")
  end
  local creq = table.concat({ req.method, req.path, req.query,
    table.concat(lines, "\n") .. "\n", a.signed_headers, hex(c.sha256(req.body)) }, "\n")
  local scope = a.date .. "/" .. a.region .. "/" .. a.service .. "/aws4_request"
  local sts = table.concat({ "AWS4-HMAC-SHA256", hv["x-amz-date"] or "", scope, hex(c.sha256(creq)) }, "\n")
  local k = c.hmac("AWS4" .. secret, a.date)
  k = c.hmac(k, a.region)
  k = c.hmac(k, a.service)
  k = c.hmac(k, "aws4_request")
  return hex(c.hmac(k, sts)) == a.signature
end

local warned = false
local function warn_once(msg)
  if not warned and ngx then ngx.log(ngx.WARN, msg) end
  warned = true
end

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
  local now = util.now()
  if math.abs(now - t) > MAX_SKEW then
    deny("InvalidSignatureException", "Signature expired: " .. amz .. " is now earlier than "
      .. os.date("!%Y%m%dT%H%M%SZ", math.floor(now - MAX_SKEW)) .. " ("
      .. os.date("!%Y%m%dT%H%M%SZ", math.floor(now)) .. " - 15 min.)")
  end
  if a.service ~= signing_name then
    deny("InvalidSignatureException", "Credential should be scoped to correct service: '" .. signing_name .. "'.")
  end
  local vreq = { method = req.method, path = req.path, query = req.query, headers = req.headers,
                 body = req.body, service = a.service, region = a.region,
                 access_key = a.key_id, amz_date = amz }
  local ok
  if a.v4a then
    if core.verify_v4a then
      vreq.region_set = req.get("x-amz-region-set") or "*"
      ok = core.verify_v4a(vreq, secret)
    else
      warn_once("partnercentral-local: core.verify_v4a missing; SigV4a signatures are not checked")
      ok = true
    end
  elseif core.verify_v4 then
    local fine, res = pcall(core.verify_v4, vreq, secret)
    if fine then
      ok = res
    else   -- a binding that raises on this request: say so, check it in Lua
      if ngx then ngx.log(ngx.ERR, "core.verify_v4 raised: ", tostring(res)) end
      ok = lua_verify_v4(vreq, a, secret)
    end
  else
    warn_once("partnercentral-local: core.verify_v4 missing; using the FFI SigV4 check")
    ok = lua_verify_v4(vreq, a, secret)
  end
  if not ok then
    deny("InvalidSignatureException", "The request signature we calculated does not match the "
      .. "signature you provided. Check your AWS Secret Access Key and signing method.")
  end
  return a.key_id
end

return _M
