-- partnercentral.credentials.util: what the providers share: the credentials
-- value, typed errors, ISO 8601 times, JSON documents and the default HTTP call.
local errors = require("partnercentral.errors")

local type, tostring, tonumber, setmetatable, pairs, ipairs = type, tostring, tonumber, setmetatable, pairs, ipairs
local match, sub, upper, gsub, find = string.match, string.sub, string.upper, string.gsub, string.find
local floor = math.floor

local _M = {}

function _M.err(code, message, extra)
  local t = extra or {}
  t.kind, t.code, t.message = "credentials", code, message
  return errors.new(t)
end

-- Credentials print without their secret: an accidental log line stays safe.
local creds_mt = {
  __tostring = function(c)
    local ak = tostring(c.access_key or "")
    return ("credentials from %s (%s...)"):format(tostring(c.source), sub(ak, 1, 4))
  end,
}
_M.creds_mt = creds_mt

-- CR, LF or NUL in a key would end a header early or be cut at the NUL (a
-- trailing "\r" is a common copy-paste accident): name the field, never the value.
local FIELD_NAMES = { access_key = "access key id", secret_key = "secret access key", session_token = "session token" }
local function bad_chars(c, source)
  for _, f in ipairs{ "access_key", "secret_key", "session_token" } do
    local v = c[f]
    if type(v) == "string" then
      local ch = match(v, "[%z\r\n]")
      if ch then
        return _M.err("InvalidCredentials", ("the %s from %s contains %s (a copy-paste accident?)")
          :format(FIELD_NAMES[f], source, ch == "\r" and "a carriage return" or ch == "\n" and "a line feed"
            or "a NUL byte"))
      end
    end
  end
  return nil
end

-- Credentials any provider returned, checked before signing -> nil | err.
-- A session token of false or "" means none.
function _M.check(c, source)
  source = source or (type(c) == "table" and c.source and tostring(c.source)) or "a provider"
  local function str(v) return type(v) == "string" and v ~= "" end
  if type(c) ~= "table" or not str(c.access_key) or not str(c.secret_key) then
    return _M.err("PartialCredentials", ("the credentials from %s have no access key id or no secret access key")
      :format(source))
  end
  local st = c.session_token
  if st ~= nil and st ~= false and type(st) ~= "string" then
    return _M.err("InvalidCredentials", "the session token must be a string, got " .. type(st))
  end
  return bad_chars(c, source)
end

-- -> creds | nil, err. `source` names the source in messages.
function _M.make(t, source)
  local function s(v) return type(v) == "string" and v ~= "" and v or nil end
  local st = t.session_token
  if st ~= nil and st ~= false and type(st) ~= "string" then
    return nil, _M.err("InvalidCredentials", ("the session token from %s must be a string, got %s")
      :format(source, type(st)))
  end
  local ak, sk = s(t.access_key), s(t.secret_key)
  if not ak or not sk then
    return nil, _M.err("PartialCredentials", ("partial credentials from %s: %s is missing or empty")
      :format(source, ak and "the secret access key" or "the access key id"))
  end
  local berr = bad_chars(t, source)
  if berr then return nil, berr end
  return setmetatable({ access_key = ak, secret_key = sk, session_token = s(st),
    expiration = tonumber(t.expiration), account_id = s(t.account_id), source = source }, creds_mt)
end

-- Days since 1970-01-01 of a civil date (H. Hinnant's algorithm): no os.time,
-- which works in local time.
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end
_M.days_from_civil = days_from_civil   -- (the emulator's X-Amz-Date check uses it too)

-- "2026-11-22T12:00:00Z", "...12:00:00.123Z", "...12:00:00+02:00" -> epoch seconds | nil
function _M.parse_time(s)
  if type(s) == "number" then return s end
  if type(s) ~= "string" then return nil end
  local y, mo, d, h, mi, se, rest = match(s, "^(%d%d%d%d)%-(%d%d)%-(%d%d)[Tt ](%d%d):(%d%d):(%d%d)(.*)$")
  if not y then return nil end
  rest = match(rest, "^%.%d+(.*)$") or rest
  local off = 0
  if upper(rest) ~= "Z" then
    local sign, oh, om = match(rest, "^([+-])(%d%d):?(%d%d)$")
    if not sign then return nil end
    off = (tonumber(oh) * 3600 + tonumber(om) * 60) * (sign == "-" and -1 or 1)
  end
  y, mo, d = tonumber(y), tonumber(mo), tonumber(d)
  if mo < 1 or mo > 12 or d < 1 or d > 31 then return nil end
  return days_from_civil(y, mo, d) * 86400 + tonumber(h) * 3600 + tonumber(mi) * 60 + tonumber(se) - off
end

function _M.format_time(t)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", floor(t))
end

-- JSON object -> table | nil (never echoes the text: it may hold a secret)
function _M.decode_object(text)
  if type(text) ~= "string" then return nil end
  local core = require("partnercentral.core")
  local ok, v = pcall(core.json_decode, text)
  if not ok or type(v) ~= "table" then return nil end
  return v
end

function _M.str(v)
  return type(v) == "string" and v ~= "" and v or nil
end

-- Default http: the project's transport, picked per call site (cosockets inside
-- nginx, libcurl elsewhere) and kept for keep-alive.
local transports = {}
function _M.default_http(req)
  local tr = require("partnercentral.transport")
  local kind = tr.auto_name and tr.auto_name() or (tr.ngx_usable() and "ngx" or "curl")
  local t = transports[kind]
  if not t then
    t = tr.select(kind, {})
    transports[kind] = t
  end
  local u = require("partnercentral.endpoint").split_url(req.url)
  if not u then return nil, _M.err("InvalidURL", "cannot parse the credentials URL") end
  local r = {}
  for k, v in pairs(req) do r[k] = v end
  r.scheme, r.host, r.port, r.path = u.scheme, u.host, u.port, u.path
  return t:request(r)
end

-- RFC 3986 percent-encoding of everything but the unreserved characters
_M.uri_encode = require("partnercentral.endpoint").uri_encode

-- A long word kept in a summary: an absolute path of two or more parts with a
-- dot in it (a file name), no part of 32+ characters. Keys and tokens are
-- base64 (no dot): one that starts with "/" (1 in 64 secret keys) or holds
-- several "/" is still cut.
local function plain_path(w)
  if not find(w, "^/[%w_%-/.]+$") or not find(w, ".", 1, true) then return false end
  local parts = 0
  for part in w:gmatch("[^/]+") do
    if #part >= 32 then return false end
    parts = parts + 1
  end
  return parts >= 2
end
_M.plain_path = plain_path

-- One line, bounded, with long key-like words (40-char secrets, tokens) cut out.
-- Any run of 16 or more key characters (and dots: JWTs) counts, letters only
-- included (a secret need not hold a digit); only file paths stay (plain_path).
function _M.summary(text)
  local s = gsub(text or "", "%s+", " ")
  s = gsub(s, "[%w/+=_.%-]+", function(w)
    if #w >= 16 and not plain_path(w) then return "[redacted]" end
  end)
  s = match(s, "^ ?(.-) ?$")
  if #s > 200 then s = sub(s, 1, 200) .. "..." end
  return s
end

-- a word for /bin/sh, single-quoted
function _M.shquote(v)
  return "'" .. gsub(v, "'", "'\\''") .. "'"
end

-- the partition's DNS suffix of a region
function _M.dns_suffix(region)
  return region:match("^cn%-") and "amazonaws.com.cn" or "amazonaws.com"
end

return _M
