-- partnercentral.model: botocore awsJson service models -> the library's
-- "format 1" model tables (doc/internals.md, "Generated models").
--
--   model.translate(service, paginators?, ruleset?, key_orders?) -> model | nil, err
--   model.load(path_or_table)                      -> model | nil, err
--   model.check(m)                                 -> true | nil, err (usable by a client?)
--   model.get("account" | "channel" | "selling" | "benefits") -> committed model | nil, err
--     (the names of partnercentral.services)
--   model.partitions()                              -> partitions.json as a table
--   model.dump(tbl, source)                         -> deterministic Lua source
--
-- tools/gen-models.lua uses translate + dump, so the committed files and a model
-- loaded at run time come from the one translation. Only facts are kept: every
-- "documentation"/"documentationUrl" key is dropped, and so is "box" (a Java
-- nullability hint that means nothing to Lua).
--
-- Structure members keep the model's order, which is the order request bodies
-- are written in: load() reads the JSON with its key order; translate() takes
-- it as key_orders (core.json_decode's second result) and falls back to name
-- order for a table decoded without it. A botocore document
-- ({"type": "structure", "document": true}) becomes { type = "document" }.
local errors = require("partnercentral.errors")

local type, pairs, ipairs, tostring, tonumber = type, pairs, ipairs, tostring, tonumber
local sort, concat = table.sort, table.concat
local format, floor = string.format, math.floor

local _M = { _VERSION = require("partnercentral.version"), FORMAT = 1 }

-- Keys never copied, at any depth.
local DROP = { documentation = true, documentationUrl = true }
-- Shape keys handled by hand (the rest of a shape is copied as is, minus DROP).
local SHAPE_SPECIAL = { members = true, member = true, key = true, value = true,
                        required = true, box = true }
local OP_SPECIAL = { name = true, input = true, output = true, errors = true, http = true }

local function config_error(code, msg)
  return nil, errors.new({ kind = "config", code = code, message = msg })
end

-- Deep copy without metatables and without documentation keys.
local function copy(v)
  if type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do
    if not DROP[k] then t[k] = copy(x) end
  end
  return t
end

_M._copy = copy

local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  sort(ks, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end)
  return ks
end

-- The keys of t in document order when known (each once, only keys t has),
-- else sorted: a stable order either way.
local function keys_in_order(t, key_orders)
  local known = key_orders and key_orders[t]
  if not known then return sorted_keys(t) end
  local out, seen = {}, {}
  for _, k in ipairs(known) do
    if t[k] ~= nil and not seen[k] then out[#out + 1], seen[k] = k, true end
  end
  return out
end

local function translate_shape(name, s, key_orders)
  if type(s) ~= "table" or type(s.type) ~= "string" then
    error("shape " .. tostring(name) .. " has no type", 0)
  end
  -- botocore writes a Smithy document as a member-less structure with this flag
  if s.type == "structure" and s.document == true then return { type = "document" } end
  local out = {}
  for k, v in pairs(s) do
    if not SHAPE_SPECIAL[k] and not DROP[k] then out[k] = copy(v) end
  end
  if s.type == "structure" then
    -- members become a list in the model's order: request bodies follow it
    local members = {}
    for _, mname in ipairs(keys_in_order(s.members or {}, key_orders)) do
      local ref = s.members[mname]
      if type(ref) ~= "table" or type(ref.shape) ~= "string" then
        error("member " .. name .. "." .. tostring(mname) .. " has no shape", 0)
      end
      local m = { name = mname }
      for k, v in pairs(ref) do
        if not DROP[k] and k ~= "box" then m[k] = copy(v) end
      end
      members[#members + 1] = m
    end
    out.members = members
    if type(s.required) == "table" and #s.required > 0 then
      local req = {}
      for i, r in ipairs(s.required) do req[i] = r end
      sort(req)
      out.required = req
    end
  elseif s.type == "list" then
    if type(s.member) ~= "table" or type(s.member.shape) ~= "string" then
      error("list " .. name .. " has no member shape", 0)
    end
    out.member = s.member.shape
  elseif s.type == "map" then
    if type(s.key) ~= "table" or type(s.value) ~= "table" then
      error("map " .. name .. " has no key/value shape", 0)
    end
    out.key, out.value = s.key.shape, s.value.shape
  end
  return out
end

local function translate_op(name, o)
  local op = { name = o.name or name }
  if type(o.input) == "table" then op.input = o.input.shape end
  if type(o.output) == "table" then op.output = o.output.shape end
  local errs = {}
  for i, e in ipairs(o.errors or {}) do errs[i] = e.shape end
  op.errors = errs
  for k, v in pairs(o) do
    if not OP_SPECIAL[k] and not DROP[k] then op[k] = copy(v) end
  end
  return op
end

local function do_translate(service, paginators, ruleset, key_orders)
  local m = { format = _M.FORMAT, metadata = copy(service.metadata),
              operations = {}, shapes = {}, paginators = {} }
  for name, s in pairs(service.shapes or {}) do
    m.shapes[name] = translate_shape(name, s, key_orders)
  end
  for name, o in pairs(service.operations or {}) do
    m.operations[name] = translate_op(name, o)
  end
  if type(paginators) == "table" and type(paginators.pagination) == "table" then
    m.paginators = copy(paginators.pagination)
  end
  if type(ruleset) == "table" then m.endpoint_rules = copy(ruleset) end
  return m
end

-- Translate decoded botocore JSON (service-2, paginators-1, endpoint-rule-set-1).
-- Only awsJson (metadata.protocol == "json") models are accepted. key_orders:
-- the second result of core.json_decode(text, { key_order = true }).
function _M.translate(service, paginators, ruleset, key_orders)
  if type(service) ~= "table" then
    return config_error("EMODEL", "service model must be a table, got " .. type(service))
  end
  if type(service.metadata) ~= "table" then
    return config_error("EMODEL", "service model has no metadata")
  end
  local proto = service.metadata.protocol
  if proto ~= "json" then
    return config_error("EMODEL", "unsupported protocol " .. tostring(proto)
      .. " (only awsJson 1.0/1.1 models, metadata.protocol \"json\", are supported)")
  end
  if type(service.shapes) ~= "table" or type(service.operations) ~= "table" then
    return config_error("EMODEL", "service model has no shapes or operations")
  end
  local ok, res = pcall(do_translate, service, paginators, ruleset, key_orders)
  if not ok then return config_error("EMODEL", "bad service model: " .. tostring(res)) end
  return res
end

local function read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("*a")
  f:close()
  return s
end

-- -> value, key_orders | nil, err
local function decode_file(path)
  local s, err = read_file(path)
  if not s then return config_error("ENOTFOUND", "cannot read model file: " .. tostring(err)) end
  local core = require("partnercentral.load_core")
  local v, orders, msg = core.json_decode(s, { key_order = true })
  if v == nil then
    return config_error("EPARSE", "bad JSON in " .. path .. ": " .. tostring(msg or orders))
  end
  if type(v) ~= "table" then return config_error("EMODEL", path .. " is not a JSON object") end
  return v, orders
end

-- A path to service-2.json (paginators-1.json and endpoint-rule-set-1.json
-- beside it are used when present), a decoded service table, or a model that
-- is already in format 1 (returned as is).
function _M.load(src)
  if type(src) == "table" then
    if src.format == _M.FORMAT and src.shapes and src.operations then return src end
    return _M.translate(src)
  end
  if type(src) ~= "string" then
    error("bad argument #1 to 'load' (string or table expected, got " .. type(src) .. ")", 2)
  end
  local service, orders = decode_file(src)
  if not service then return nil, orders end
  local dir = src:match("^(.*)[/\\][^/\\]*$") or "."
  local extra = {}
  for i, fname in ipairs({ "paginators-1.json", "endpoint-rule-set-1.json" }) do
    local p = dir .. "/" .. fname
    local f = io.open(p, "rb")
    if f then
      f:close()
      local v, e = decode_file(p)
      if not v then return nil, e end
      extra[i] = v
    end
  end
  return _M.translate(service, extra[1], extra[2], orders)
end

-- X-Amz-Target is "<targetPrefix>.<operation>": HTTP token characters only
-- (no blank, no control character: it is a header value).
local TOKEN = "^[%w!#$%%&'*+%-.^_`|~]+$"
-- An operation name: a Smithy identifier (it is also a method name).
local IDENTIFIER = "^[%a_][%w_]*$"

-- The signing name and the endpoint prefix go into the credential scope and
-- the host name: dot-separated labels of letters, digits and hyphens.
local function host_like(v)
  if type(v) ~= "string" or v == "" or #v > 253 then return false end
  for label in (v .. "."):gmatch("([^.]*)%.") do
    if #label > 63 or not label:find("^%w[%w%-]*$") then return false end
  end
  return true
end

-- a value of the model in a message: short, printable
local function shown(v)
  if type(v) ~= "string" then return type(v) end
  return '"' .. v:sub(1, 60):gsub("[%c\128-\255]", "?") .. '"'
end

-- What a client needs from a format 1 model before it can send anything:
-- operations, metadata.targetPrefix (X-Amz-Target) and a signing name
-- (metadata.signingName, else endpointPrefix, as botocore falls back), each
-- fit for the header or the signature it goes into; jsonVersion, when given,
-- "1.0" or "1.1" (the Content-Type).
-- -> true | nil, err (kind "config", code "InvalidModel")
function _M.check(m)
  local function bad(msg) return config_error("InvalidModel", msg) end
  if type(m) ~= "table" or type(m.operations) ~= "table" or type(m.shapes) ~= "table" then
    return bad("the model has no operations or shapes")
  end
  local md = m.metadata
  if type(md) ~= "table" then return bad("the model has no metadata") end
  local tp = md.targetPrefix
  if type(tp) ~= "string" or tp == "" then
    return bad("the model has no metadata.targetPrefix (needed for X-Amz-Target)")
  end
  if not tp:find(TOKEN) then
    return bad("metadata.targetPrefix must be HTTP token characters (it starts X-Amz-Target), got " .. shown(tp))
  end
  if md.signingName == nil and md.endpointPrefix == nil then
    return bad("the model has neither metadata.signingName nor metadata.endpointPrefix (needed to sign)")
  end
  for _, k in ipairs{ "signingName", "endpointPrefix" } do
    if md[k] ~= nil and not host_like(md[k]) then
      return bad(("metadata.%s must be letters, digits and hyphens in dot-separated labels (it is signed and "
        .. "names the host), got %s"):format(k, shown(md[k])))
    end
  end
  -- (serviceId names the AWS_ENDPOINT_URL_<SERVICE> variable and messages)
  if md.serviceId ~= nil and (type(md.serviceId) ~= "string" or not md.serviceId:find("^[%w][%w _%-]*$")) then
    return bad("metadata.serviceId must be letters, digits, blanks, hyphens and underscores, got "
      .. shown(md.serviceId))
  end
  if md.jsonVersion ~= nil and md.jsonVersion ~= "1.0" and md.jsonVersion ~= "1.1" then
    return bad('metadata.jsonVersion must be "1.0" or "1.1", got ' .. shown(md.jsonVersion))
  end
  for name in pairs(m.operations) do
    if type(name) ~= "string" or not name:find(IDENTIFIER) then
      return bad("operation names must be identifiers (letters, digits and _), got " .. shown(name))
    end
  end
  return true
end

function _M.get(name)
  if type(name) ~= "string" then
    error("bad argument #1 to 'get' (string expected, got " .. type(name) .. ")", 2)
  end
  local services = require("partnercentral.services")
  if not services.get(name) then
    return config_error("ENOTFOUND", "no committed model named " .. name
      .. " (known: " .. services.names() .. ")")
  end
  return require("partnercentral.models." .. name)
end

function _M.partitions()
  return require("partnercentral.models.partitions")
end

---------------------------------------------------------------- Lua writer
-- Deterministic, readable Lua source for a plain table: keys in a fixed order
-- (a few well-known keys first, then byte order), sequences as lists, a table
-- on one line when it fits in WIDTH columns. Strings use only escapes that
-- Lua 5.1/LuaJIT and 5.4 read alike (\\ \" \n \r \t \ddd); other bytes,
-- UTF-8 included, are written as is, so a pattern's "\u00e9" stays literal text.

local WIDTH = 100
local FIRST = { "format", "name", "type", "shape", "input", "output", "errors", "members",
                "member", "key", "value", "required", "version", "metadata", "operations",
                "shapes", "paginators", "endpoint_rules" }
local RANK = {}
for i, k in ipairs(FIRST) do RANK[k] = i end

local KEYWORDS = {}
for w in ([[and break do else elseif end false for function goto if in local nil not or
  repeat return then true until while]]):gmatch("%a+") do KEYWORDS[w] = true end

local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == "\\" then return "\\\\" end
    if c == '"' then return '\\"' end
    if c == "\n" then return "\\n" end
    if c == "\r" then return "\\r" end
    if c == "\t" then return "\\t" end
    return format("\\%03d", c:byte())
  end) .. '"'
end

local function number(n)
  if n ~= n or n == math.huge or n == -math.huge then
    error("cannot write " .. tostring(n) .. " as a Lua literal", 0)
  end
  if floor(n) == n and n >= -2 ^ 53 and n <= 2 ^ 53 then return format("%d", n) end
  for p = 15, 17 do
    local s = format("%." .. p .. "g", n)
    if tonumber(s) == n then return s end
  end
end

local function is_list(t)
  local n = #t
  if n == 0 then return false end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

local function key_order(a, b)
  local ra, rb = RANK[a] or 1000, RANK[b] or 1000
  if ra ~= rb then return ra < rb end
  return a < b
end

local function key_text(k)
  if type(k) ~= "string" then error("cannot write a " .. type(k) .. " key", 0) end
  if k:match("^[%a_][%w_]*$") and not KEYWORDS[k] then return k end
  return "[" .. quote(k) .. "]"
end

local write

-- Parts of a table: "k = v" / "v" strings, each written at `indent`.
local function parts(t, indent)
  local out = {}
  if is_list(t) then
    for i = 1, #t do out[i] = write(t[i], indent) end
    return out
  end
  local ks = {}
  for k in pairs(t) do
    if type(k) ~= "string" then error("cannot write a " .. type(k) .. " key", 0) end
    ks[#ks + 1] = k
  end
  sort(ks, key_order)
  for i, k in ipairs(ks) do out[i] = key_text(k) .. " = " .. write(t[k], indent) end
  return out
end

function write(v, indent)
  local tv = type(v)
  if tv == "string" then return quote(v) end
  if tv == "number" then return number(v) end
  if tv == "boolean" then return tostring(v) end
  if tv ~= "table" then error("cannot write a " .. tv .. " value", 0) end
  if next(v) == nil then return "{}" end
  local inner = indent .. "  "
  local ps = parts(v, inner)
  local one = "{ " .. concat(ps, ", ") .. " }"
  if not one:find("\n", 1, true) and #indent + #one <= WIDTH then return one end
  return "{\n" .. inner .. concat(ps, ",\n" .. inner) .. ",\n" .. indent .. "}"
end

-- Lua source "return <tbl>" with a header naming what it derives from: source is
-- a botocore model directory ("partnercentral-account/2025-04-04/") or file
-- ("partitions.json"). The files AWS publishes are Apache-2.0: a modified copy
-- must say that it was changed (section 4(b)); NOTICE says how.
function _M.dump(tbl, source)
  source = tostring(source):gsub("/+$", "")
  local what = source:find("%.json$") and "the AWS endpoint data " or "the AWS service model "
  return "-- derived from " .. what .. source .. " (Apache-2.0, see NOTICE); changed by "
    .. "tools/gen-models.lua: do not edit\nreturn " .. write(tbl, "") .. "\n"
end

return _M
