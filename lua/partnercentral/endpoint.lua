-- partnercentral.endpoint: evaluates a Smithy endpoint rule set (version 1.0).
--   endpoint.resolve(rules, params, partitions?) -> { url=, properties=, headers= } | nil, err
--   params: { Region =, UseFIPS =, Endpoint = } (the rule set's parameter names). A name
--     the rule set does not declare, or a value of the wrong type, is a programmer
--     error, raised: a misspelt parameter must never be silently ignored.
--   partitions: partitions.json as a table (default: partnercentral.models.partitions)
-- Errors are partnercentral.errors objects of kind "endpoint".
--   endpoint.auth_scheme(ep, prefer, client_region, region_set?) -> { name =, region =, region_set = }
--   endpoint.check_url(u) -> true | nil, err (InvalidEndpoint)
--   endpoint.valid_region(r) -> boolean; endpoint.valid_host(h) -> boolean
--   endpoint.region_set(s) -> "a,b" | nil
--   endpoint.name_list("a, b") -> { "a", "b" } | nil
-- Supported functions: isSet, not, booleanEquals, stringEquals, getAttr, aws.partition,
-- substring, parseURL, uriEncode, isValidHostLabel.
local errors = require("partnercentral.errors")

local type, pairs, ipairs, tostring = type, pairs, ipairs, tostring
local find, sub, gsub, match, lower = string.find, string.sub, string.gsub, string.match, string.lower

local _M = { _VERSION = require("partnercentral.version") }

local function fail(msg)
  return nil, errors.new{ kind = "endpoint", code = "EndpointResolutionError", message = msg }
end

-- partitions.json regionRegex values are simple PCREs: ^(a|b)\-\w+\-\d+$.
-- They become a list of Lua patterns (one per alternative of the one group).
local pat_cache = {}
local function regex_patterns(re)
  local c = pat_cache[re]
  if c then return c end
  local function tolua(s)
    s = gsub(s, "\\%-", "%%-")
    s = gsub(s, "\\w", "[%%w_]")
    s = gsub(s, "\\d", "%%d")
    return s
  end
  local pre, alts, post = match(re, "^(.-)%(([^()]*)%)(.*)$")
  local list = {}
  if pre then
    for alt in (alts .. "|"):gmatch("([^|]*)|") do list[#list + 1] = tolua(pre .. alt .. post) end
  else
    list[1] = tolua(re)
  end
  pat_cache[re] = list
  return list
end

local function partition_of(partitions, region)
  local parts = partitions.partitions
  for _, p in ipairs(parts) do
    if p.regions and p.regions[region] then return p end
  end
  for _, p in ipairs(parts) do
    for _, pat in ipairs(regex_patterns(p.regionRegex or "^$")) do
      if find(region, pat) then return p end
    end
  end
  return parts[1] -- botocore: anything else resolves in the first partition
end

local function is_host_label(s, allow_dots)
  if type(s) ~= "string" then return false end
  if allow_dots then
    for label in (s .. "."):gmatch("([^.]*)%.") do
      if not is_host_label(label, false) then return false end
    end
    return true
  end
  return #s >= 1 and #s <= 63 and find(s, "^[%w][%w%-]*$") ~= nil
end

-- RFC 3986 unreserved characters stay; everything else is %XX (the rule
-- sets' uriEncode, also used for STS and SSO query strings).
local function uri_encode(s)
  return (gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end
_M.uri_encode = uri_encode

local function parse_url(u)
  if type(u) ~= "string" or find(u, "?", 1, true) then return nil end
  local scheme, authority, path = match(u, "^(https?)://([^/]+)(.*)$")
  if not scheme then return nil end
  local normalized = path
  if sub(normalized, -1) ~= "/" then normalized = normalized .. "/" end
  if sub(normalized, 1, 1) ~= "/" then normalized = "/" .. normalized end
  local host = match(authority, "^([^:]+)") or authority
  return { scheme = scheme, authority = authority, path = path, normalizedPath = normalized,
           isIp = find(host, "^%d+%.%d+%.%d+%.%d+$") ~= nil or sub(authority, 1, 1) == "[" }
end

local eval

local function get_attr(v, path)
  for part in gsub(path, "%[(%d+)%]", ".%1"):gmatch("[^.]+") do
    if type(v) ~= "table" then return nil end
    local n = tonumber(part)
    if n then v = v[n + 1] else v = v[part] end
  end
  return v
end

local fns = {
  isSet = function(a) return a ~= nil end,
  ["not"] = function(a) return not a end,
  booleanEquals = function(a, b) return a == b end,
  stringEquals = function(a, b) return a == b end,
  getAttr = function(a, p) return get_attr(a, p) end,
  substring = function(s, i, j, rev)
    if type(s) ~= "string" or j > #s or i >= j or find(s, "[\128-\255]") then return nil end
    if rev then return sub(s, #s - j + 1, #s - i) end
    return sub(s, i + 1, j)
  end,
  uriEncode = function(s) return uri_encode(s) end,
  isValidHostLabel = function(s, dots) return is_host_label(s, dots) end,
  parseURL = function(u) return parse_url(u) end,
}

-- Expands "{Region}" and "{PartitionResult#name}" in a template string.
local function template(s, scope)
  return (gsub(s, "{([^}]+)}", function(ref)
    local name, path = match(ref, "^([^#]+)#(.+)$")
    local v
    if name then v = get_attr(scope[name], path) else v = scope[ref] end
    return tostring(v)
  end))
end

eval = function(x, scope, ctx)
  local t = type(x)
  if t == "string" then return template(x, scope) end
  if t ~= "table" then return x end
  if x.ref then return scope[x.ref] end
  if x.fn then
    local args = {}
    for i, a in ipairs(x.argv) do args[i] = eval(a, scope, ctx) end
    if x.fn == "aws.partition" then
      if type(args[1]) ~= "string" then return nil end
      local p = partition_of(ctx.partitions, args[1])
      return p and p.outputs
    end
    local f = fns[x.fn]
    if not f then error("endpoint rules: unsupported function " .. tostring(x.fn)) end
    return f(args[1], args[2], args[3], args[4])
  end
  -- plain table (properties, headers): evaluate each value
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

local function walk(rules, scope, ctx)
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
        return { url = eval(e.url, s, ctx), properties = e.properties and eval(e.properties, s, ctx) or {},
                 headers = e.headers and eval(e.headers, s, ctx) or {} }, "endpoint"
      end
    end
  end
  return nil
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
  local declared = ruleset.parameters or {}
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
  local scope = {}
  for name, def in pairs(declared) do
    local v = params[name]
    if v == nil then v = def.default end
    if v == nil and def.required then return fail("missing required endpoint parameter " .. name) end
    scope[name] = v
  end
  local res, kind = walk(ruleset.rules, scope, { partitions = partitions })
  if kind == "endpoint" then return res end
  if kind == "error" then return fail(tostring(res)) end
  return fail("no endpoint rule matched")
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

-- A region must be one host label (PROTOCOL.md §8.1; botocore validates it too):
-- "us-east-1.evil.com/x?" would otherwise pick another host.
function _M.valid_region(r)
  return type(r) == "string" and #r <= 63 and (find(r, "^[a-zA-Z0-9]$") ~= nil
    or find(r, "^[a-zA-Z0-9][a-zA-Z0-9%-]*[a-zA-Z0-9]$") ~= nil)
end

-- A host name: dot-separated labels that are each a valid host label (as
-- valid_region checks), e.g. an endpoint host prefix with its labels filled in.
function _M.valid_host(h)
  if type(h) ~= "string" or h == "" or #h > 253 then return false end
  for label in (h .. "."):gmatch("([^.]*)%.") do
    if not _M.valid_region(label) then return false end
  end
  return true
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
