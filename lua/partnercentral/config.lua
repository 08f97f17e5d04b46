-- partnercentral.config: every setting of the library and where it comes from,
-- in one place, for the client and every credentials provider.
--
-- SETTINGS is one table; each entry is
--   { name,              the key of the resolved value (client.settings[name])
--     option = "x"|false the client/chain option that sets it (default: name)
--     env = { ... },     environment variables, the first one set wins
--     profile = { ... }, keys of the profile, the first one set wins
--                        ("services.{service}.endpoint_url": the profile's
--                        `services = NAME` section, sub-key of the service)
--     conv = fn(v, from_option) -> value | nil, reason|typed error
--                        conversion and validation: env and profile values are
--                        strings, options are Lua values
--     default = v,       when no source sets it
--     configured = true  env/profile values are skipped when
--                        ignore_configured_endpoint_urls is true (endpoint URLs)
--     code, kind         of the typed error for a bad value }
-- "{SERVICE}" in an env name is the service id in upper snake case
-- ("PartnerCentral Account" -> PARTNERCENTRAL_ACCOUNT), "{service}" in a profile
-- key the same in lower case. Precedence: option, env in order, profile in
-- order, default. An empty env or profile value counts as unset.
--
--   local src = config.source{ options =, getenv =, readfile = }
--   src:get(name, service_id?) -> value, where | nil, err   (value may be nil: unset)
--     where: "option region", "AWS_REGION", "profile dev: region", "default"
--     err: typed (kind config; InvalidOption for an option, InvalidConfigValue for
--     env/profile, or the setting's own code), naming the source, never a secret
--   src:profile() -> merged profile table | false (no profile, none named) | nil, err
--     (ProfileNotFound for a named profile that is in no file; InvalidConfigFile with
--     the file and line for a file that does not parse)
--   src:files() -> config_files.load result | nil, err;  src:reload() forgets files and values
--   config.client_settings(src, service_id) -> settings table, first error or nil
--   config.plain_options(t, names, what?) -> t itself when it has no metatable, else a plain
--     copy: its own keys, and every name of `names` read with plain indexing (so
--     __index values are seen, then checked like any other) | nil, err (an __index
--     that raised). Options with a metatable are read once, here: what is checked is
--     what is used.
--   config.check_client_options(opts) -> nil | err (unknown option: names the closest)
--   config.check_call_options(copts) -> checked | nil, err, raw
--     checked: copts itself when it is a plain table of plain header pairs (nothing
--     copied), else a plain copy of the validated values; nil copts -> a shared empty
--     table. raw: a plain table holding what the caller gave as raise_errors (for
--     raising the error when asked to), or nil.
--   config.provider_get(v) -> the get function of a credentials provider (a table or a
--     userdata whose get is a function, found without calling anything but an __index
--     function) | nil
--   config.option_error(code, option, message) -> a typed error of kind config
--   config.unknown_option(what, name, names) -> the UnknownOption error ("unknown <what>
--     'x'; did you mean 'y'?", y the closest of names)
--   config.MISSING_REGION: the how-to text of a missing region
--   config.conv.{bool, integer(lo, hi), seconds, text, url, region}: the converters
local errors = require("partnercentral.errors")
local config_files = require("partnercentral.config_files")
local endpoint = require("partnercentral.endpoint")

local type, pairs, ipairs, tostring, tonumber, setmetatable = type, pairs, ipairs, tostring, tonumber, setmetatable
local getmetatable, rawget, next, pcall = getmetatable, rawget, next, pcall
local find, match, gsub, lower, upper, fmt = string.find, string.match, string.gsub, string.lower,
  string.upper, string.format
local floor, huge = math.floor, math.huge

local _M = { _VERSION = require("partnercentral.version") }

_M.MISSING_REGION = "no region is configured: pass region = \"us-east-1\" (for example), or set "
  .. "AWS_REGION (or AWS_DEFAULT_REGION), or `region` in the profile of the shared config file"

local function option_error(code, option, message)
  return errors.new{ kind = "config", code = code, option = option, message = message }
end

-- options with a metatable --------------------------------------------------

local function index(t, k) return t[k] end

-- the first line of an error raised by the caller's own code, short and
-- printable (it is the caller's text, kept so the cause can be found)
local function raised_text(e)
  local s = type(e) == "string" and e or (errors.is_error(e) and e.message) or type(e)
  return (gsub(s:sub(1, 120), "%c", "?"))
end

-- t[k] with plain indexing -> true, value | nil, err (an __index that raised;
-- label names what was read, option goes to err.option)
local function read(t, k, label, option)
  local ok, v = pcall(index, t, k)
  if ok then return true, v end
  return nil, option_error("InvalidOption", option, ("%s could not be read: its __index raised: %s")
    :format(label, raised_text(v)))
end

function _M.plain_options(t, names, what)
  if getmetatable(t) == nil then return t end
  local copy = {}
  for k, v in next, t do copy[k] = v end
  for _, n in ipairs(names) do
    local ok, v = read(t, n, (what or "option") .. " " .. n, n)
    if not ok then return nil, v end
    if v ~= nil then copy[n] = v end
  end
  return copy
end
local plain_options = _M.plain_options

-- The get function of a credentials provider, found as `v:get()` finds it,
-- without calling the provider: its own key, else its metatable's __index
-- chain (tables read raw; an __index function is asked, under pcall).
local function provider_get(v)
  if type(v) ~= "table" and type(v) ~= "userdata" then return nil end
  local g = type(v) == "table" and rawget(v, "get") or nil
  local at = v
  for _ = 1, 16 do
    if g ~= nil then break end
    local mt = getmetatable(at)
    local idx = type(mt) == "table" and rawget(mt, "__index") or nil
    if type(idx) == "function" then
      local ok, r = pcall(idx, at, "get")
      g = ok and r or nil
      break
    elseif type(idx) ~= "table" then
      break
    end
    g, at = rawget(idx, "get"), idx
  end
  return type(g) == "function" and g or nil
end
_M.provider_get = provider_get

-- conversions -------------------------------------------------------------

local function trim(s) return (match(s, "^%s*(.-)%s*$")) end

local function bool(v, from_option)
  if type(v) == "boolean" then return v end
  if not from_option and type(v) == "string" then
    local l = lower(trim(v))
    if l == "true" then return true elseif l == "false" then return false end
  end
  return nil, "must be true or false"
end

local function finite(n) return type(n) == "number" and n == n and n > -huge and n < huge end

local function integer(lo, hi)
  local why = ("must be a whole number from %d to %d"):format(lo, hi)
  return function(v, from_option)
    if not from_option then
      if type(v) ~= "string" or not find(v, "^%s*[+-]?%d+%s*$") then return nil, why end
      v = tonumber(trim(v))
    end
    if not finite(v) or v ~= floor(v) or v < lo or v > hi then return nil, why end
    return v
  end
end

-- seconds: curl and cosockets take whole milliseconds (>= 1) in a C long
local MAX_SECONDS = 2147483
local function seconds(v, from_option)
  if not from_option and type(v) == "string" then v = tonumber(trim(v)) end
  if not finite(v) or v < 0.001 or v > MAX_SECONDS then
    return nil, ("must be a number of seconds from 0.001 to %d"):format(MAX_SECONDS)
  end
  return v
end

local function enum(names)
  local list = {}
  for k in pairs(names) do list[#list + 1] = '"' .. k .. '"' end
  table.sort(list)
  local why = "must be one of " .. table.concat(list, ", ")
  return function(v)
    if type(v) ~= "string" or not names[lower(trim(v))] then return nil, why end
    return lower(trim(v))
  end
end

-- a string without control characters (it may reach a header, a URL or a path)
local function text(v)
  if type(v) ~= "string" or v == "" then return nil, "must be a non-empty string" end
  if find(v, "%c") then return nil, "must not contain control characters" end
  return v
end

local function url(v)
  local ok, err = endpoint.check_url(v)
  if not ok then return nil, err end
  return v
end

local function region(v)
  if endpoint.valid_region(v) then return v end
  return nil, errors.new{ kind = "config", code = "InvalidRegion",
    message = "region must be a valid host label (like us-east-1), got " .. (type(v) == "string"
      and ('"' .. v:sub(1, 80):gsub("[^%w%-%./?:_ ]", "?") .. '"') or type(v)) }
end

local function region_set(v)
  local s = endpoint.region_set(v)
  if s then return s end
  return nil, errors.new{ kind = "config", code = "InvalidRegionSet",
    message = "sigv4a_signing_region_set must be \"*\" or comma-separated region names" }
end

-- auth_scheme option: "sigv4" | "sigv4a" | a list of them (the preference order);
-- the environment/profile list may name schemes this library does not have (skipped).
local KNOWN_SCHEMES = { sigv4 = true, sigv4a = true }
local function auth_schemes(v, from_option)
  local list = type(v) == "table" and v or endpoint.name_list(v)
  if type(list) ~= "table" or #list == 0 then return nil, "must be a scheme name or a list of them" end
  if from_option then
    for _, n in ipairs(list) do
      if type(n) ~= "string" or not KNOWN_SCHEMES[gsub(n, "^aws%.auth#", "")] then
        return nil, "must name \"sigv4\" or \"sigv4a\" (or a list of them)"
      end
    end
  end
  return list
end

-- a CA bundle must be a file we can read: say so now, not as a TLS error later
local function ca_file(v)
  local s, why = text(v)
  if not s then return nil, why end
  local f, ferr = io.open(s, "rb")
  if not f then return nil, "cannot be read (" .. tostring(ferr) .. ")" end
  f:close()
  return s
end

-- The converters, for other option tables (the credentials chain's):
-- conv(v, from_option) -> value | nil, reason
_M.conv = { bool = bool, integer = integer, seconds = seconds, text = text, url = url, region = region }

-- the table -----------------------------------------------------------------

local S = {
  { name = "profile", env = { "AWS_DEFAULT_PROFILE", "AWS_PROFILE" }, conv = text, default = "default" },
  { name = "region", env = { "AWS_REGION", "AWS_DEFAULT_REGION" }, profile = { "region" }, conv = region,
    code = "InvalidRegion" },
  { name = "ignore_configured_endpoint_urls", env = { "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS" },
    profile = { "ignore_configured_endpoint_urls" }, conv = bool, default = false },
  { name = "endpoint", env = { "AWS_ENDPOINT_URL_{SERVICE}", "AWS_ENDPOINT_URL" },
    profile = { "services.{service}.endpoint_url", "endpoint_url" }, conv = url, configured = true,
    kind = "endpoint", code = "InvalidEndpoint" },
  { name = "use_fips", env = { "AWS_USE_FIPS_ENDPOINT" }, profile = { "use_fips_endpoint" }, conv = bool,
    default = false },
  { name = "use_dualstack", env = { "AWS_USE_DUALSTACK_ENDPOINT" }, profile = { "use_dualstack_endpoint" },
    conv = bool, default = false },
  { name = "ca_file", env = { "AWS_CA_BUNDLE" }, profile = { "ca_bundle" }, conv = ca_file },
  { name = "retry_mode", env = { "AWS_RETRY_MODE" }, profile = { "retry_mode" },
    conv = enum{ standard = true, legacy = true, adaptive = true, none = true }, default = "standard" },
  { name = "max_attempts", env = { "AWS_MAX_ATTEMPTS" }, profile = { "max_attempts" },
    conv = integer(1, 2147483647), default = 3 },
  { name = "retry_after_send", conv = bool, default = true },
  { name = "timeout", conv = seconds },
  { name = "connect_timeout", conv = seconds },
  { name = "sigv4a_signing_region_set", env = { "AWS_SIGV4A_SIGNING_REGION_SET" },
    profile = { "sigv4a_signing_region_set" }, conv = region_set, code = "InvalidRegionSet" },
  { name = "auth_scheme_preference", option = "auth_scheme", env = { "AWS_AUTH_SCHEME_PREFERENCE" },
    profile = { "auth_scheme_preference" }, conv = auth_schemes },
  { name = "request_min_compression_size_bytes", env = { "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES" },
    profile = { "request_min_compression_size_bytes" }, conv = integer(0, 10485760), default = 10240 },
  { name = "disable_request_compression", env = { "AWS_DISABLE_REQUEST_COMPRESSION" },
    profile = { "disable_request_compression" }, conv = bool, default = false },
  -- credentials providers (not client options)
  { name = "sts_regional_endpoints", option = false, env = { "AWS_STS_REGIONAL_ENDPOINTS" },
    profile = { "sts_regional_endpoints" }, conv = enum{ legacy = true, regional = true }, default = "regional" },
  { name = "web_identity_token_file", option = false, env = { "AWS_WEB_IDENTITY_TOKEN_FILE" },
    profile = { "web_identity_token_file" }, conv = text },
  { name = "role_arn", option = false, env = { "AWS_ROLE_ARN" }, profile = { "role_arn" }, conv = text },
  { name = "role_session_name", option = false, env = { "AWS_ROLE_SESSION_NAME" },
    profile = { "role_session_name" }, conv = text },
  { name = "container_credentials_relative_uri", option = false,
    env = { "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI" }, conv = text },
  { name = "container_credentials_full_uri", option = false, env = { "AWS_CONTAINER_CREDENTIALS_FULL_URI" },
    conv = text },
  { name = "container_authorization_token_file", option = false,
    env = { "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE" }, conv = text },
  { name = "container_authorization_token", option = false, env = { "AWS_CONTAINER_AUTHORIZATION_TOKEN" },
    conv = function(v) return v end },   -- checked by the provider (it must not echo it)
  { name = "ec2_metadata_disabled", option = false, env = { "AWS_EC2_METADATA_DISABLED" }, conv = bool,
    default = false },
  { name = "ec2_metadata_service_endpoint", option = false, env = { "AWS_EC2_METADATA_SERVICE_ENDPOINT" },
    profile = { "ec2_metadata_service_endpoint" }, conv = url, kind = "endpoint", code = "InvalidEndpoint" },
  { name = "ec2_metadata_service_endpoint_mode", option = false,
    env = { "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE" }, profile = { "ec2_metadata_service_endpoint_mode" },
    conv = enum{ ipv4 = true, ipv6 = true }, default = "ipv4" },
  { name = "ec2_metadata_v1_disabled", option = false, env = { "AWS_EC2_METADATA_V1_DISABLED" },
    profile = { "ec2_metadata_v1_disabled" }, conv = bool, default = false },
  { name = "metadata_service_timeout", option = false, env = { "AWS_METADATA_SERVICE_TIMEOUT" },
    profile = { "metadata_service_timeout" }, conv = seconds, default = 1 },
  { name = "metadata_service_num_attempts", option = false, env = { "AWS_METADATA_SERVICE_NUM_ATTEMPTS" },
    profile = { "metadata_service_num_attempts" }, conv = integer(1, 100), default = 1 },
}
_M.SETTINGS = S

local BY_NAME = {}
for _, d in ipairs(S) do
  if d.option == nil then d.option = d.name end
  BY_NAME[d.name] = d
end
_M.BY_NAME = BY_NAME

-- the settings a client resolves (client.settings)
local CLIENT = { "profile", "region", "ignore_configured_endpoint_urls", "endpoint", "use_fips", "use_dualstack",
  "ca_file", "retry_mode", "max_attempts", "retry_after_send", "timeout", "connect_timeout",
  "sigv4a_signing_region_set", "auth_scheme_preference", "request_min_compression_size_bytes",
  "disable_request_compression" }

-- client options that are not settings: option -> check(v) -> true | nil, reason
local function is(t) return function(v) return type(v) == t or nil, "must be a " .. t end end
local function one_of(...)
  local ok = {}
  for _, t in ipairs{ ... } do ok[t] = true end
  local why = "must be a " .. table.concat({ ... }, " or a ")
  return function(v) return ok[type(v)] or nil, why end
end
local PLAIN = {
  service = is("string"), model = one_of("string", "table"),
  -- keys { access_key =, secret_key =, session_token = } (checked at the call, as
  -- the static provider checks them), or a provider: a table or userdata with a
  -- get method
  credentials = function(v)
    if provider_get(v) then return true end
    if type(v) == "table" then
      local ok, g = pcall(index, v, "get")
      if ok and g == nil then return true end
    end
    return nil, "must be a table of keys { access_key =, secret_key =, session_token = } or a provider "
      .. "with a get() method"
  end,
  validation = function(v)
    return (v == "default" or v == "strict" or v == false) or nil, 'must be "default", "strict" or false'
  end,
  raise_errors = is("boolean"), hooks = function(v)
    if type(v) ~= "table" then return nil, "must be a table { before_send =, after_response = }" end
    for k, f in pairs(v) do
      if (k ~= "before_send" and k ~= "after_response") or type(f) ~= "function" then
        return nil, "may only hold the functions before_send and after_response"
      end
    end
    return true
  end,
  transport = function(v)
    local obj = type(v) == "userdata" or (type(v) == "table" and type(v.request) == "function")
    return (v == "curl" or v == "ngx" or obj) or nil, 'must be "curl", "ngx" or an object with :request()'
  end,
  debug = one_of("boolean", "function"), logger = one_of("function", "boolean"),
  proxy = function(v) local s, why = text(v) return s and true, why end,
  verify = is("boolean"),
  user_agent_extra = function(v)
    return (type(v) == "string" and find(v, "^[ -~]*$") ~= nil) or nil, "must be printable ASCII text"
  end,
  sleep = is("function"), getenv = is("function"), shared_cache = one_of("table", "userdata"),
}

-- The words of a name, singular: "ListOpportunities", "list_opportunities" and
-- "list-opportunities" -> { "list", "opportunity" }.
local function stem(w)
  if #w > 3 and w:sub(-3) == "ies" then return w:sub(1, -4) .. "y" end
  if #w > 1 and w:sub(-1) == "s" and w:sub(-2) ~= "ss" then return w:sub(1, -2) end
  return w
end
local function words(name)
  local t = {}
  for w in (gsub(gsub(name, "(%l)(%u)", "%1_%2"), "(%u)(%u%l)", "%1_%2")):lower():gmatch("[%l%d]+") do
    t[#t + 1] = stem(w)
  end
  return t
end

local function edit_distance(a, b)
  local prev, cur = {}, {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    cur[0] = i
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev, cur = cur, prev
  end
  return prev[#b]
end

-- How many words of a the words of b hold (each counted once).
local function common_words(a, b)
  local left, n = {}, 0
  for _, w in ipairs(b) do left[w] = (left[w] or 0) + 1 end
  for _, w in ipairs(a) do
    if (left[w] or 0) > 0 then left[w] = left[w] - 1 n = n + 1 end
  end
  return n
end

-- The nearest name: the smallest edit distance, where a name that differs only
-- by a plural ("list_opportunity" for "list_opportunities") counts as 0.5;
-- between equals, the one sharing more words ("list_opportunities" before
-- "get_opportunity" for "list_opportunity"), then the first in sort order.
local function closest(name, names)
  local best, bd, bw
  local nw = words(name)
  local key = table.concat(nw, "_")
  for _, cand in ipairs(names) do
    local cw = words(cand)
    local d = edit_distance(name, cand)
    if d > 0 and table.concat(cw, "_") == key then d = 0.5 end
    local w = common_words(nw, cw)
    if not bd or d < bd or (d == bd and (w > bw or (w == bw and cand < best))) then best, bd, bw = cand, d, w end
  end
  return best, bd
end
-- closest(name, names) -> the nearest of names and its distance (edits; 0.5
-- for a plural of the name)
_M.closest = closest

-- a value in a message: numbers as they are, anything else by its type only
-- (a string option may be a secret or a URL with a password)
function _M.describe(v)
  if type(v) == "number" then return fmt("%.17g", v) end
  return type(v)
end

local function unknown(what, k, names)
  local n = type(k) == "string" and k or tostring(k)
  return option_error("UnknownOption", n, ("unknown %s '%s'; did you mean '%s'?")
    :format(what, n:sub(1, 60):gsub("%c", "?"), closest(n, names)))
end
_M.option_error, _M.unknown_option = option_error, unknown

local CLIENT_OPTION_NAMES = {}
for k in pairs(PLAIN) do CLIENT_OPTION_NAMES[#CLIENT_OPTION_NAMES + 1] = k end
for _, n in ipairs(CLIENT) do
  local o = BY_NAME[n].option
  if o then CLIENT_OPTION_NAMES[#CLIENT_OPTION_NAMES + 1] = o end
end
table.sort(CLIENT_OPTION_NAMES)
_M.CLIENT_OPTIONS = CLIENT_OPTION_NAMES
local IS_CLIENT_OPTION = {}
for _, n in ipairs(CLIENT_OPTION_NAMES) do IS_CLIENT_OPTION[n] = true end

-- Unknown names and badly typed plain options; the settings' values are checked
-- when they are resolved. -> nil | err
function _M.check_client_options(opts)
  local names = {}
  for k in pairs(opts) do names[#names + 1] = tostring(k) end
  table.sort(names)   -- the same error whatever the table order
  for _, k in ipairs(names) do
    if not IS_CLIENT_OPTION[k] then return unknown("client option", k, CLIENT_OPTION_NAMES) end
    local check = PLAIN[k]
    if check then
      local ok, why = check(opts[k])
      if not ok then
        return option_error("InvalidOption", k, ("option %s %s, got %s"):format(k, why, _M.describe(opts[k])))
      end
    end
  end
  return nil
end

-- the source ----------------------------------------------------------------

local Source = {}
Source.__index = Source

function _M.source(o)
  o = o or {}
  return setmetatable({ options = o.options or {}, getenv = o.getenv or os.getenv, readfile = o.readfile,
    cache = {} }, Source)
end

function Source:reload()
  self.cache, self._files, self._files_err, self._profile, self._profile_err = {}, nil, nil, nil, nil
end

function Source:files()
  if self._files == nil then
    local f, err = config_files.load{ getenv = self.getenv, readfile = self.readfile }
    self._files, self._files_err = f or false, err
  end
  if not self._files then return nil, self._files_err end
  return self._files
end

-- -> profile table | false | nil, err (read once; _profile is "error" after a failure)
local function load_profile(self)
  local name, where, err = self:get("profile")
  if not name then return nil, err end
  local files, ferr = self:files()
  if not files then return nil, ferr end
  local p, perr = config_files.profile(name, nil, files)
  if p then return p end
  -- no file names the default profile: no profile, not an error
  if where == "default" then return false end
  return nil, perr
end

function Source:profile()
  if self._profile == nil then
    local p, err = load_profile(self)
    if p == nil then self._profile, self._profile_err = "error", err else self._profile = p end
  end
  if self._profile == "error" then return nil, self._profile_err end
  return self._profile
end

-- "PartnerCentral Account" -> "PARTNERCENTRAL_ACCOUNT"
local function env_service(id) return upper((gsub(id or "", "[%s%-]", "_"))) end

local function expand(name, service)
  if not find(name, "{", 1, true) then return name end
  if not service then return nil end
  local s = env_service(service)
  return (gsub(gsub(name, "{SERVICE}", s), "{service}", lower(s)))
end

local function dig(p, key)
  local v = p
  for part in key:gmatch("[^.]+") do
    if type(v) ~= "table" then return nil end
    v = v[part]
  end
  return v
end

-- a typed error for a bad value from `where`
local function bad(d, where, why, from_option, got)
  if errors.is_error(why) then
    why.message = ("%s (from %s)"):format(why.message, where)
    why.source = where
    if from_option then why.option = d.option end
    return why
  end
  return errors.new{ kind = d.kind or "config",
    code = d.code or (from_option and "InvalidOption" or "InvalidConfigValue"),
    option = from_option and d.option or nil, source = where,
    message = ("%s %s%s"):format(where, tostring(why), from_option and (", got " .. _M.describe(got)) or "") }
end

local function lookup(self, d, service)
  local opt
  if d.option then opt = self.options[d.option] end
  if opt ~= nil then
    local where = "option " .. d.option
    local v, why = d.conv(opt, true)
    if v == nil then return nil, nil, bad(d, where, why, true, opt) end
    return v, where
  end
  if d.configured then
    local ignore, _, ierr = self:get("ignore_configured_endpoint_urls")
    if ierr then return nil, nil, ierr end
    if ignore then return d.default, "default" end
  end
  for _, e in ipairs(d.env or {}) do
    local var = expand(e, service)
    local raw = var and self.getenv(var)
    if raw ~= nil and raw ~= "" then
      local v, why = d.conv(raw, false)
      if v == nil then return nil, nil, bad(d, var, why) end
      return v, var
    end
  end
  if d.profile then
    local p, perr = self:profile()
    if p == nil then return nil, nil, perr end
    for _, key in ipairs(p and d.profile or {}) do
      local k = expand(key, service)
      local raw = k and dig(p, k)
      if raw ~= nil and raw ~= "" then
        local where = ("profile %s: %s"):format(self:get("profile"), k)
        if type(raw) ~= "string" then return nil, nil, bad(d, where, "must be a value, not a nested block") end
        local v, why = d.conv(raw, false)
        if v == nil then return nil, nil, bad(d, where, why) end
        return v, where
      end
    end
  end
  return d.default, "default"
end

function Source:get(name, service)
  local d = BY_NAME[name]
  if not d then error("config: unknown setting " .. tostring(name), 2) end
  local key = service and (name .. "|" .. service) or name
  local c = self.cache[key]
  if not c then
    local v, where, err = lookup(self, d, service)
    c = { v, where, err }
    self.cache[key] = c
  end
  if c[3] then return nil, nil, c[3] end
  return c[1], c[2]
end

-- The client's settings: { name = value } and the first error (nil when none).
function _M.client_settings(src, service_id)
  local out, first = {}, nil
  for _, n in ipairs(CLIENT) do
    local v, _, err = src:get(n, n == "endpoint" and service_id or nil)
    if err then first = first or err else out[n] = v end
  end
  return out, first
end

-- call options ----------------------------------------------------------------

-- headers the SDK signs or sets, or the transport owns: never from call_opts.headers.
-- Content-Encoding may be given: when the SDK compresses the body it appends its
-- gzip to the caller's encoding in one signed header (Smithy requestCompression).
local RESERVED = {}
for n in ("authorization host content-type content-length transfer-encoding connection "
  .. "keep-alive te trailer upgrade expect proxy-connection user-agent amz-sdk-invocation-id amz-sdk-request")
  :gmatch("%S+") do RESERVED[n] = true end

local function header_error(i, message)
  return option_error("InvalidOption", "headers", ("call option headers[%d]: %s"):format(i, message))
end

-- more would be a mistake (and bounds reading a list through an __index)
local MAX_HEADERS = 1000
local NOT_A_LIST = "call option headers must be a list of { name, value } pairs"

-- A headers list with a metatable, read with plain indexing up to the first
-- nil -> a plain list | nil, err
local function read_list(list)
  local out = {}
  for i = 1, MAX_HEADERS + 1 do
    local ok, h = read(list, i, "call option headers[" .. i .. "]", "headers")
    if not ok then return nil, h end
    if h == nil then break end
    out[i] = h
  end
  local n = #out
  for k in next, list do
    if type(k) ~= "number" or k < 1 or k > n or k ~= floor(k) then
      return nil, option_error("InvalidOption", "headers", NOT_A_LIST)
    end
  end
  return out
end

-- -> list | nil, err (the value is never repeated: it may be a secret)
-- list: the caller's own when it and its pairs are plain tables; else a plain
-- copy holding plain { name, value } pairs of strings (what is checked is
-- what is sent, whatever an __index would answer later).
local function check_headers(list)
  if type(list) ~= "table" then return nil, option_error("InvalidOption", "headers", NOT_A_LIST) end
  local given = list
  if getmetatable(list) ~= nil then
    local err
    list, err = read_list(list)
    if not list then return nil, err end
  end
  local n = #list
  if list == given then
    for k in next, list do
      if type(k) ~= "number" or k < 1 or k > n or k ~= floor(k) then
        return nil, option_error("InvalidOption", "headers", NOT_A_LIST)
      end
    end
  end
  if n > MAX_HEADERS then
    return nil, option_error("InvalidOption", "headers",
      ("call option headers: more than %d pairs"):format(MAX_HEADERS))
  end
  local copy = list ~= given and list or nil   -- a list of our own: pairs are replaced in place
  for i = 1, n do
    local h = list[i]
    if type(h) ~= "table" then return nil, header_error(i, "must be a { name, value } pair") end
    local plain = getmetatable(h) == nil
    local name, value
    if plain then
      name, value = h[1], h[2]
    else
      local what = "call option headers[" .. i .. "]"
      local ok, v = read(h, 1, what, "headers")
      if not ok then return nil, v end
      name = v
      ok, v = read(h, 2, what, "headers")
      if not ok then return nil, v end
      value = v
    end
    if type(name) ~= "string" or not find(name, "^[%w!#$%%&'*+%-.^_`|~]+$") then
      return nil, header_error(i, "the name must be an HTTP token (letters, digits, !#$%&'*+-.^_`|~)")
    end
    local l = lower(name)
    if RESERVED[l] or find(l, "^x%-amz%-") or find(l, "^x%-amzn%-") then
      return nil, header_error(i, ("%s is set or signed by the SDK and cannot be given here%s"):format(name,
        l == "user-agent" and " (use the client option user_agent_extra)" or ""))
    end
    if type(value) == "number" then value = tostring(value) end
    if type(value) ~= "string" then
      return nil, header_error(i, ("the value of %s must be a string"):format(name))
    end
    if find(value, "[%z\r\n]") then
      return nil, header_error(i, ("the value of %s contains NUL, CR or LF"):format(name))
    end
    if not plain then
      if not copy then
        copy = {}
        for j = 1, n do copy[j] = list[j] end
      end
      copy[i] = { name, value }
    end
  end
  return copy or list
end
_M.check_headers = check_headers

-- (the same conversions as the client's settings of the same names)
local CALL = {}
for _, n in ipairs{ "timeout", "connect_timeout", "max_attempts", "retry_after_send" } do
  CALL[n] = BY_NAME[n].conv
end
CALL.raise_errors = bool
local CALL_NAMES = { "headers" }
for k in pairs(CALL) do CALL_NAMES[#CALL_NAMES + 1] = k end
table.sort(CALL_NAMES)
_M.CALL_OPTIONS = CALL_NAMES

local EMPTY = {}

-- (see the top of the file) A plain table of plain header pairs, the common
-- case, is checked in place and returned as is: nothing is copied per call.
function _M.check_call_options(copts)
  if copts == nil then return EMPTY end
  if type(copts) ~= "table" then
    return nil, option_error("InvalidOption", nil, "call options must be a table, got " .. type(copts))
  end
  local given = copts
  if getmetatable(copts) ~= nil then
    local perr
    copts, perr = plain_options(copts, CALL_NAMES, "call option")
    if not copts then return nil, perr end
  end
  local out = copts
  for k, v in next, copts do
    if k == "headers" then
      local list, err = check_headers(v)
      if not list then return nil, err, copts end
      if list ~= v then
        if out == given then
          out = {}
          for k2, v2 in next, given do out[k2] = v2 end
        end
        out.headers = list
      end
    elseif not CALL[k] then
      return nil, unknown("call option", k, CALL_NAMES), copts
    else
      local ok, why = CALL[k](v, true)
      if ok == nil then
        return nil, option_error("InvalidOption", k, ("call option %s %s, got %s"):format(k, why, _M.describe(v))),
          copts
      end
    end
  end
  return out
end

return _M
