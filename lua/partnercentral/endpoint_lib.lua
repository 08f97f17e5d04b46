-- partnercentral.endpoint_lib: the functions an endpoint rule set may call, as
-- the Smithy rules engine defines them, for partnercentral.endpoint:
--   standard library  https://smithy.io/2.0/additional-specs/rules-engine/standard-library.html
--     booleanEquals, stringEquals, isSet, not, getAttr, substring, uriEncode,
--     parseURL, isValidHostLabel; since rules 1.1: coalesce, ite, split
--   AWS functions     https://smithy.io/2.0/aws/rules-engine/library-functions.html
--     aws.partition, aws.parseArn, aws.isVirtualHostableS3Bucket
--
--   lib.call(name, args, nargs, ctx) -> value   (ctx.partitions: partitions.json as a table)
--   lib.raise(message)      raises a rule-set evaluation error (lib.is_error(e) -> message | nil)
--   lib.get_attr(v, path)   the getAttr path walk ("a.b[2]"), also for "{x#a.b}" templates
--   lib.uri_encode(s)       RFC 3986 percent-encoding (unreserved characters stay)
--   lib.host_label(s)       one RFC 1123 host label: 1-63 letters, digits, hyphens, no hyphen
--                           at either end
--   lib.host_labels(s)      dot-separated host labels, each as host_label checks
--
-- A function given a value of the wrong type raises an evaluation error (as
-- botocore does): a rule set is type-checked when it is built, so this only
-- happens with a broken model. Everything else that cannot be computed is an
-- empty result (nil), which fails the condition it is in.
local type, pairs, ipairs, tonumber, tostring, setmetatable, getmetatable, error =
  type, pairs, ipairs, tonumber, tostring, setmetatable, getmetatable, error
local find, sub, gsub, match, lower, byte, fmt = string.find, string.sub, string.gsub, string.match,
  string.lower, string.byte, string.format

local _M = {}

local RuleError = {}
function _M.raise(msg) error(setmetatable({ message = msg }, RuleError), 0) end
function _M.is_error(e) return type(e) == "table" and getmetatable(e) == RuleError and e.message or nil end
local raise = _M.raise

local function expect(fn, what, v, i)
  raise(fmt("%s: argument %d must be %s, got %s", fn, i, what, type(v)))
end

-- numbers of a rule set may come from a JSON decoder as other number types
local function int(v) return tonumber(tostring(v)) end

-- host labels ---------------------------------------------------------------

function _M.host_label(s)
  return type(s) == "string" and #s >= 1 and #s <= 63 and find(s, "^[%w%-]+$") ~= nil
    and byte(s, 1) ~= 45 and byte(s, -1) ~= 45   -- 45: "-"
end
local host_label = _M.host_label

function _M.host_labels(s)
  if type(s) ~= "string" then return false end
  for label in (s .. "."):gmatch("([^.]*)%.") do
    if not host_label(label) then return false end
  end
  return true
end
local host_labels = _M.host_labels

local function valid_host_label(s, allow_dots)
  if allow_dots then return host_labels(s) end
  return host_label(s)
end

local function is_ipv4(host)
  local a, b, c, d = match(host, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
  if not a then return false end
  for _, n in ipairs{ a, b, c, d } do
    if #n > 3 or tonumber(n) > 255 then return false end
  end
  return true
end

-- aws.isVirtualHostableS3Bucket: a bucket name that can be a host label (or,
-- allow_dots, dotted labels): 3-63 lower-case letters, digits, hyphens (and
-- dots), starting and ending with a letter or digit, no "-." or ".-" or "..",
-- not an IPv4 address.
local function virtual_hostable_bucket(s, allow_dots)
  if type(s) ~= "string" or #s < 3 or #s > 63 then return false end
  if not find(s, "^[a-z0-9]") or not find(s, "[a-z0-9]$") then return false end
  if not allow_dots then return find(s, "^[a-z0-9%-]+$") ~= nil end
  if not find(s, "^[a-z0-9%-.]+$") or find(s, "%.%.", 1) or find(s, "%-%.") or find(s, "%.%-") then
    return false
  end
  return not is_ipv4(s)
end

-- strings -------------------------------------------------------------------

function _M.uri_encode(s)
  return (gsub(s, "[^%w%-%._~]", function(c) return fmt("%%%02X", byte(c)) end))
end

-- substring(s, start, stop, reverse): [start, stop) counted from the start, or
-- from the end when reverse; nil when out of range or s is not ASCII.
local function substring(s, i, j, rev)
  if type(s) ~= "string" then expect("substring", "a string", s, 1) end
  i, j = int(i), int(j)
  if not i or not j then raise("substring: the start and stop indexes must be numbers") end
  if i < 0 or i >= j or j > #s or find(s, "[\128-\255]") then return nil end
  if rev == true then return sub(s, #s - j + 1, #s - i) end
  return sub(s, i + 1, j)
end

-- split(s, delimiter, limit): limit 0 = every occurrence, n > 0 = at most n parts
local function split(s, delim, limit)
  if type(s) ~= "string" then expect("split", "a string", s, 1) end
  if type(delim) ~= "string" or delim == "" then raise("split: the delimiter must be a non-empty string") end
  limit = int(limit)
  if not limit or limit < 0 then raise("split: the limit must be a number >= 0") end
  if s == "" or limit == 1 then return { s } end
  local out, start = {}, 1
  while limit == 0 or #out < limit - 1 do
    local a, b = find(s, delim, start, true)
    if not a then break end
    out[#out + 1] = sub(s, start, a - 1)
    start = b + 1
  end
  out[#out + 1] = sub(s, start)
  return out
end

-- parseURL: { scheme, authority, path, normalizedPath, isIp } of an http(s)
-- URL; nil for anything else, and for a URL with a query.
local function parse_url(u)
  if type(u) ~= "string" or find(u, "[?%s%c]") then return nil end
  local scheme, authority, path = match(u, "^(%a[%w+.-]*)://([^/#]+)([^#]*)")
  if not scheme then return nil end
  scheme = lower(scheme)
  if scheme ~= "http" and scheme ~= "https" then return nil end
  local host = match(authority, "^[^@]*@(.*)$") or authority
  local ipv6 = find(host, "^%[[%x:.]+%]") ~= nil
  if not ipv6 then
    local h, port = match(host, "^([^:]*):?(.*)$")
    if h == "" or not find(port, "^%d*$") then return nil end
    host = h
  end
  local normalized = path
  if sub(normalized, 1, 1) ~= "/" then normalized = "/" .. normalized end
  if sub(normalized, -1) ~= "/" then normalized = normalized .. "/" end
  return { scheme = scheme, authority = authority, path = path, normalizedPath = normalized,
           isIp = ipv6 or is_ipv4(host) }
end

-- getAttr ---------------------------------------------------------------------

-- "a.b[2]": keys separated by dots, an index ([n], 0-based) after a key
function _M.get_attr(v, path)
  if type(path) ~= "string" then expect("getAttr", "a path string", path, 2) end
  for part in path:gmatch("[^.]+") do
    local key, index = match(part, "^([^%[]*)%[(%d+)%]$")
    if not key then key = part end
    if key ~= "" then
      if type(v) ~= "table" then return nil end
      v = v[key]
    end
    if index then
      if type(v) ~= "table" then return nil end
      v = v[tonumber(index) + 1]
    end
  end
  return v
end

-- AWS functions -------------------------------------------------------------

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
  local parts = type(partitions) == "table" and partitions.partitions
  if type(parts) ~= "table" or parts[1] == nil then raise("aws.partition: the partitions table is empty") end
  for _, p in ipairs(parts) do
    if type(p.regions) == "table" and p.regions[region] then return p end
  end
  for _, p in ipairs(parts) do
    for _, pat in ipairs(regex_patterns(type(p.regionRegex) == "string" and p.regionRegex or "^$")) do
      if find(region, pat) then return p end
    end
  end
  for _, p in ipairs(parts) do
    if p.id == "aws" then return p end
  end
  return parts[1]   -- an unknown region resolves in the aws partition (Smithy, botocore)
end

-- aws.partition(region) -> the partition's outputs, with its name
local function aws_partition(region, ctx)
  if type(region) ~= "string" then return nil end
  local p = partition_of(ctx.partitions, region)
  local out = {}
  for k, v in pairs(type(p.outputs) == "table" and p.outputs or {}) do out[k] = v end
  if out.name == nil then out.name = p.id end
  return out
end

-- aws.parseArn("arn:partition:service:region:account:resource") ->
-- { partition, service, region, accountId, resourceId = { parts split on ":" and "/" } }
local function parse_arn(s)
  if type(s) ~= "string" then return nil end
  local fields, start = {}, 1
  for _ = 1, 5 do
    local c = find(s, ":", start, true)
    if not c then return nil end
    fields[#fields + 1] = sub(s, start, c - 1)
    start = c + 1
  end
  local resource = sub(s, start)
  if fields[1] ~= "arn" or fields[2] == "" or fields[3] == "" or resource == "" then return nil end
  return { partition = fields[2], service = fields[3], region = fields[4], accountId = fields[5],
           resourceId = split((gsub(resource, ":", "/")), "/", 0) }
end

-- the library -------------------------------------------------------------------

local F = {
  isSet = function(a) return a ~= nil end,
  ["not"] = function(a) return not a end,
  booleanEquals = function(a, b)
    if type(a) ~= "boolean" then expect("booleanEquals", "a boolean", a, 1) end
    if type(b) ~= "boolean" then expect("booleanEquals", "a boolean", b, 2) end
    return a == b
  end,
  stringEquals = function(a, b)
    if type(a) ~= "string" then expect("stringEquals", "a string", a, 1) end
    if type(b) ~= "string" then expect("stringEquals", "a string", b, 2) end
    return a == b
  end,
  getAttr = function(v, path) return _M.get_attr(v, path) end,
  substring = substring,
  uriEncode = function(s)
    if s == nil then return nil end
    if type(s) ~= "string" then expect("uriEncode", "a string", s, 1) end
    return _M.uri_encode(s)
  end,
  isValidHostLabel = function(s, dots) return valid_host_label(s, dots == true) end,
  parseURL = parse_url,
  ite = function(c, a, b)
    if type(c) ~= "boolean" then expect("ite", "a boolean", c, 1) end
    if c then return a end
    return b
  end,
  split = split,
  ["aws.partition"] = aws_partition,
  ["aws.parseArn"] = parse_arn,
  ["aws.isVirtualHostableS3Bucket"] = function(s, dots) return virtual_hostable_bucket(s, dots == true) end,
}
_M.FUNCTIONS = F

-- coalesce(a, b, ...): the first argument that is set (false counts as set)
local function coalesce(args, n)
  for i = 1, n do
    if args[i] ~= nil then return args[i] end
  end
  return nil
end

function _M.call(name, args, n, ctx)
  if name == "coalesce" then return coalesce(args, n) end
  local f = F[name]
  if not f then
    raise(fmt("the rule set calls %s, a function this library does not have",
      type(name) == "string" and name:sub(1, 60):gsub("%c", "?") or type(name)))
  end
  if name == "aws.partition" then return f(args[1], ctx) end
  return f(args[1], args[2], args[3], args[4])
end

return _M
