-- partnercentral.endpoint: evaluates a Smithy endpoint rule set (versions 1.0 and 1.1).
--   endpoint.resolve(rules, params, partitions?) -> { url=, properties=, headers= } | nil, err
--     headers = { name = { value, ... } } (the rule set's endpoint headers)
--   params: { Region =, UseFIPS =, Endpoint = } (the rule set's parameter names). A name
--     the rule set does not declare, or a value of the wrong type, is a programmer
--     error, raised: a misspelt parameter must never be silently ignored.
--   partitions: partitions.json as a table (default: partnercentral.models.partitions)
-- Errors are partnercentral.errors objects of kind "endpoint" (code EndpointResolutionError):
--   an error rule, no matching rule, and a rule set this engine cannot evaluate (an
--   unknown function, a broken rule) alike; nothing in a rule set raises.
--   endpoint.header_list(ep) -> { { name, value }, ... } | nil, err  (the headers to send)
--   endpoint.auth_scheme(ep, prefer, client_region, region_set?) -> { name =, region =, region_set = }
--   endpoint.check_url(u) -> true | nil, err (InvalidEndpoint)
--   endpoint.valid_region(r) -> boolean; endpoint.valid_host(h) -> boolean
--   endpoint.region_set(s) -> "a,b" | nil
--   endpoint.name_list("a, b") -> { "a", "b" } | nil
-- The functions a rule set may call are in partnercentral.endpoint_lib.
local errors = require("partnercentral.errors")
local lib = require("partnercentral.endpoint_lib")

local type, pairs, ipairs, tostring, tonumber = type, pairs, ipairs, tostring, tonumber
local find, sub, gsub, match, lower = string.find, string.sub, string.gsub, string.match, string.lower

local _M = { _VERSION = require("partnercentral.version") }

local function fail(msg)
  return nil, errors.new{ kind = "endpoint", code = "EndpointResolutionError", message = msg }
end

local raise = lib.raise

-- RFC 3986 percent-encoding (the rule sets' uriEncode, also used for STS and
-- SSO query strings)
_M.uri_encode = lib.uri_encode

-- Expands "{Region}" and "{PartitionResult#name}" in a template string ("{{"
-- and "}}" are literal braces). A reference to an unset value, or to one that
-- is not a string, is an evaluation error: it must never reach a URL as "nil".
local function template(s, scope)
  if not find(s, "[{}]") then return s end
  return (gsub(gsub(gsub(s, "{{", "\1"), "}}", "\2"), "{([^{}]*)}", function(ref)
    local name, path = match(ref, "^([^#]+)#(.+)$")
    local v
    if name then v = lib.get_attr(scope[name], path) else v = scope[ref] end
    if type(v) ~= "string" and type(v) ~= "number" and type(v) ~= "boolean" then
      raise(("the template {%s} refers to %s"):format(ref:sub(1, 60), v == nil and "an unset value" or type(v)))
    end
    return tostring(v)
  end):gsub("\1", "{"):gsub("\2", "}"))
end

local function eval(x, scope, ctx)
  local t = type(x)
  if t == "string" then return template(x, scope) end
  if t ~= "table" then return x end
  if x.ref ~= nil then return scope[x.ref] end
  if x.fn ~= nil then
    local argv = x.argv
    if type(argv) ~= "table" then raise("the rule set calls " .. tostring(x.fn) .. " without argv") end
    local args, n = {}, #argv
    for i = 1, n do args[i] = eval(argv[i], scope, ctx) end
    return lib.call(x.fn, args, n, ctx)
  end
  -- plain table (properties, headers, list literals): evaluate each value
  local out = {}
  for k, v in pairs(x) do out[k] = eval(v, scope, ctx) end
  return out
end

local function conditions_hold(conds, scope, ctx)
  for _, c in ipairs(conds or {}) do
    local v = eval(c, scope, ctx)
    if v == nil or v == false then return false end
    if c.assign then scope[c.assign] = v end
  end
  return true
end

local function copy(t)
  local o = {}
  for k, v in pairs(t) do o[k] = v end
  return o
end

-- endpoint headers: { name = { values... } } (Smithy: map<string, array>)
local function eval_headers(h, scope, ctx)
  local out = {}
  for name, values in pairs(h) do
    if type(name) ~= "string" or type(values) ~= "table" then
      raise("endpoint headers must map names to lists of values")
    end
    local list = {}
    for i, v in ipairs(values) do
      list[i] = eval(v, scope, ctx)
      if type(list[i]) ~= "string" then
        raise("the endpoint header " .. name:sub(1, 60) .. " has a value that is not a string")
      end
    end
    out[name] = list
  end
  return out
end

local function walk(rules, scope, ctx)
  if type(rules) ~= "table" then raise("a rule list is missing") end
  for _, r in ipairs(rules) do
    local s = copy(scope)
    if conditions_hold(r.conditions, s, ctx) then
      if r.type == "tree" then
        local res, kind = walk(r.rules, s, ctx)
        if res ~= nil then return res, kind end
        -- a tree whose rules all failed: Smithy says this is an error
        return "no rule matched in a tree rule", "error"
      elseif r.type == "error" then
        return eval(r.error, s, ctx), "error"
      elseif r.type == "endpoint" then
        local e = r.endpoint
        if type(e) ~= "table" then raise("an endpoint rule has no endpoint") end
        local url = eval(e.url, s, ctx)
        if type(url) ~= "string" then raise("an endpoint rule gives a URL that is not a string") end
        return { url = url, properties = e.properties and eval(e.properties, s, ctx) or {},
                 headers = type(e.headers) == "table" and eval_headers(e.headers, s, ctx) or {} }, "endpoint"
      else
        raise("a rule of unknown type " .. tostring(r.type):sub(1, 30))
      end
    end
  end
  return nil
end

-- The rule set's scope: the parameters given, else their defaults.
local function parameter_scope(declared, params)
  local scope = {}
  for name, def in pairs(declared) do
    local v = params[name]
    if v == nil and type(def) == "table" then v = def.default end
    if v == nil and type(def) == "table" and def.required then
      raise("missing required endpoint parameter " .. tostring(name))
    end
    scope[name] = v
  end
  return scope
end

local function evaluate(ruleset, params, partitions)
  local scope = parameter_scope(ruleset.parameters or {}, params)
  return walk(ruleset.rules, scope, { partitions = partitions })
end

function _M.resolve(ruleset, params, partitions)
  if type(ruleset) ~= "table" or type(ruleset.rules) ~= "table" then
    return fail("the model has no endpoint rule set")
  end
  if partitions == nil then
    local ok, p = pcall(require, "partnercentral.models.partitions")
    if not ok then return fail("partitions table is missing (partnercentral.models.partitions)") end
    partitions = p
  end
  if params.Region ~= nil and not _M.valid_region(params.Region) then
    return nil, errors.new{ kind = "config", code = "InvalidRegion",
      message = "region must be a valid host label (like us-east-1)" }
  end
  local declared = type(ruleset.parameters) == "table" and ruleset.parameters or {}
  for name, v in pairs(params) do
    local def = declared[name]
    if type(def) ~= "table" then
      error(("endpoint.resolve: the rule set declares no parameter %s"):format(tostring(name)), 2)
    end
    local want = lower(tostring(def.type))
    if (want == "boolean" or want == "string") and type(v) ~= want then
      error(("endpoint.resolve: parameter %s must be a %s, got %s"):format(name, want, type(v)), 2)
    end
  end
  -- A broken or unsupported rule set is a typed error, never a raw one.
  local ok, res, kind = pcall(evaluate, ruleset, params, partitions)
  if not ok then
    local msg = lib.is_error(res)
      or ("the endpoint rule set could not be evaluated (" .. tostring(res):sub(1, 200) .. ")")
    return fail(msg)
  end
  if kind == "endpoint" then return res end
  if kind == "error" then return fail(tostring(res)) end
  return fail("no endpoint rule matched")
end

-- The endpoint's headers as sent: { { name, "v1,v2" }, ... } sorted by name
-- (values of one name joined by commas, RFC 9110 5.3) | nil, err. A name that
-- is not an HTTP token, a value with CR, LF or NUL, or a header the SDK sets
-- or signs itself is refused (typed, kind "endpoint").
local OWN_HEADERS = {}
for n in ("host authorization content-type content-length content-encoding transfer-encoding "
  .. "connection expect te trailer upgrade user-agent x-amz-target x-amz-date x-amz-security-token "
  .. "x-amz-region-set x-amz-content-sha256 amz-sdk-invocation-id amz-sdk-request"):gmatch("%S+") do
  OWN_HEADERS[n] = true
end
function _M.header_list(ep)
  local out = {}
  for name, values in pairs(type(ep.headers) == "table" and ep.headers or {}) do
    if type(name) ~= "string" or not find(name, "^[%w!#$%%&'*+%-.^_`|~]+$") then
      return fail("the endpoint rule set gives a header name that is not an HTTP token")
    end
    if OWN_HEADERS[lower(name)] then
      return fail("the endpoint rule set sets the header " .. name .. ", which the SDK sets itself")
    end
    local v = type(values) == "table" and table.concat(values, ",") or values
    if type(v) ~= "string" or find(v, "[%z\r\n]") then
      return fail("the endpoint header " .. name .. " has a value with CR, LF or NUL")
    end
    out[#out + 1] = { name, v }
  end
  table.sort(out, function(a, b) return lower(a[1]) < lower(b[1]) end)
  return out
end

-- Auth scheme of a resolved endpoint: { name = "sigv4a"|"sigv4", region =, region_set = }.
-- prefer: a scheme name ("sigv4a" | "sigv4") or a list of names, most wanted first
--   (auth_scheme_preference, §8.4); names may carry the "aws.auth#" prefix. Without a
--   match, the endpoint's first scheme wins.
-- region_set: the SigV4a region set override (sigv4a_signing_region_set), a
--   comma-joined string; else the endpoint's signingRegionSet, else "*".
function _M.auth_scheme(ep, prefer, client_region, region_set)
  local schemes = ep.properties and ep.properties.authSchemes
  if type(schemes) ~= "table" or #schemes == 0 then
    return { name = "sigv4", region = client_region }
  end
  local pick = schemes[1]
  if prefer then
    local list = type(prefer) == "table" and prefer or { prefer }
    local found
    for _, want in ipairs(list) do
      want = gsub(tostring(want), "^aws%.auth#", "")
      for _, s in ipairs(schemes) do if s.name == want then found = s break end end
      if found then break end
    end
    pick = found or pick
  end
  if pick.name == "sigv4a" then
    local set = pick.signingRegionSet
    return { name = "sigv4a", region_set = region_set or (type(set) == "table" and table.concat(set, ",")) or "*",
             signing_name = pick.signingName }
  end
  return { name = "sigv4", region = pick.signingRegion or client_region, signing_name = pick.signingName }
end

-- "sigv4, sigv4a" -> { "sigv4", "sigv4a" } (blanks dropped) | nil when empty
function _M.name_list(s)
  if type(s) ~= "string" then return nil end
  local out = {}
  for item in (s .. ","):gmatch("([^,]*),") do
    item = match(item, "^%s*(.-)%s*$")
    if item ~= "" then out[#out + 1] = item end
  end
  return #out > 0 and out or nil
end

-- A region must be one host label that is not all digits, as botocore checks
-- (its validate_region_name): "us-east-1.evil.com/x?" would otherwise pick
-- another host. Every URL built from a region (service, STS, SSO) checks it.
function _M.valid_region(r)
  return lib.host_label(r) and not find(r, "^%d+$")
end

-- A host name: dot-separated labels that are each a valid host label
-- (RFC 1123), e.g. an endpoint host prefix with its labels filled in.
function _M.valid_host(h)
  return type(h) == "string" and #h <= 253 and lib.host_labels(h)
end

-- A SigV4a region set (X-Amz-Region-Set): "*" or region names, comma-joined.
-- -> normalized string | nil
function _M.region_set(s)
  local list = _M.name_list(s)
  if not list then return nil end
  for _, r in ipairs(list) do
    if r ~= "*" and not find(r, "^[a-zA-Z0-9%-]+%*?$") then return nil end
  end
  return table.concat(list, ",")
end

-- An endpoint URL we may send to: http or https, a host, no user info and no
-- blanks or control characters (they would reach the Host header and the log).
-- -> true | nil, err (the message never repeats the URL: it may hold a password)
function _M.check_url(u)
  local function bad(msg)
    return nil, errors.new{ kind = "endpoint", code = "InvalidEndpoint", message = msg }
  end
  if type(u) ~= "string" then return bad("the endpoint URL must be a string, got " .. type(u)) end
  if find(u, "[%c%s]") then return bad("the endpoint URL contains blanks or control characters") end
  local scheme, authority = match(u, "^(%a[%w+.-]*)://([^/?#]*)")
  if not scheme or (lower(scheme) ~= "http" and lower(scheme) ~= "https") then
    return bad("the endpoint URL must start with http:// or https://")
  end
  if find(authority, "@", 1, true) then
    return bad("the endpoint URL must not contain user info (user:password@)")
  end
  local host = match(authority, "^%[[%x:.]+%]") or match(authority, "^[^:]*")
  if host == "" then return bad("the endpoint URL has no host") end
  local port = sub(authority, #host + 1)
  if port ~= "" and not find(port, "^:%d+$") then return bad("the endpoint URL has a bad port") end
  -- (a port out of range would only fail at connect time, as a retried network error)
  local n = port ~= "" and tonumber(sub(port, 2)) or nil
  if n and (n < 1 or n > 65535) then
    return bad("the endpoint URL's port must be from 1 to 65535, got " .. sub(port, 2, 12))
  end
  return true
end

-- Host, port, scheme and path of a URL string (for the Host header and transports).
function _M.split_url(u)
  local scheme, authority, path = match(u, "^(%a[%w+.-]*)://([^/?#]+)(.*)$")
  if not scheme then return nil end
  scheme = lower(scheme)
  local host, port = match(authority, "^(%[.+%]):(%d+)$")
  if not host then host, port = match(authority, "^([^:]+):(%d+)$") end
  if not host then host = authority end
  port = tonumber(port)
  local default = scheme == "https" and 443 or 80
  local hosthdr = lower(host)
  if port and port ~= default then hosthdr = hosthdr .. ":" .. port end
  if path == "" then path = "/" end
  return { scheme = scheme, host = lower(host), port = port or default, path = path, host_header = hosthdr }
end

return _M
