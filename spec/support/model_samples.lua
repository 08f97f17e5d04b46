-- Realistic sample values for any operation of a generated model (format 1):
-- every string satisfies its shape's min/max, pattern (full match) and enum,
-- numbers their range, lists and maps their entry counts; unions set one
-- member. Used by the round-trip specs and reusable by emulator specs.
--
--   local samples = require("spec.support.model_samples")  -- or dofile
--   samples.input(model, "StartProfileUpdateTask")  -> table for cm:serialize
--   samples.output(model, "StartProfileUpdateTask") -> table shaped like the response
--   samples.value(model, shape_name)                -> sample of any shape
--
-- Timestamps are epoch seconds (numbers); idempotency tokens are included
-- (a fixed UUID) so that results are deterministic.
local _M = {}

-- Samples per pattern, hand-made for the patterns of the Partner Central
-- models (each is checked by spec/11-roundtrip_spec.lua in strict mode).
local BY_PATTERN = {
  ["arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
  ["(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"] =
    "partner-abcdefghij123",
  ["partner-[A-Za-z0-9]{13}"] = "partner-abcdefghij123",
  ["arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}"] =
    "arn:aws:partnercentral:us-east-1::catalog/AWS/connection-invitation/pacinv-abcdefghij123",
  ["arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}"] =
    "arn:aws:partnercentral:us-east-1::catalog/AWS/connection/pac-abcdefghij123",
  ["arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*:[0-9]{12}:catalog/[a-zA-Z]+/connection-preferences"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/connection-preferences",
  ["arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
  ["pac-[A-Za-z0-9]{13}"] = "pac-abcdefghij123",
  ["pacinv-[A-Za-z0-9]{13}"] = "pacinv-abcdefghij123",
  ["pprofiletask-[A-Za-z0-9]{13}"] = "pprofiletask-abcdefghij123",
  ["pprofile-[A-Za-z0-9]{13}"] = "pprofile-abcdefghij123",
  ["pqatask-[A-Za-z0-9]{13}"] = "pqatask-abcdefghij123",
  ["pqdtask-[A-Za-z0-9]{13}"] = "pqdtask-abcdefghij123",
  ["[0-9]{12}"] = "123456789012",
  ["[A-Z]{2}"] = "US",
  ["[A-Z0-9]{2}"] = "US",
  ["[A-Z0-9]{1,3}"] = "WA",
  ["[a-z]{2}-[A-Z]{2}"] = "en-US",
  ["[0-9]+"] = "123456",
  ["[a-zA-Z0-9-]+"] = "AWS",
  ["[A-Za-z0-9-_]+"] = "3f1c9a52-8d2e-4b7a-9c41-0e5d6f7a8b9c",
  ["[!-~]*"] = "3f1c9a52-8d2e-4b7a-9c41-0e5d6f7a8b9c",
  ["[a-zA-Z_-]+(:[a-zA-Z]+)?"] = "OPPORTUNITY_COLLABORATION",
  ["[\\S]+"] = "eyJ0b2tlbiI6Im5leHQifQ==",
  ["[^\\x00-\\x1F\\x7F\\x20]*"] = "eyJ0b2tlbiI6Im5leHQifQ==",
  ["[a-zA-Z]*"] = "AWS",
  ["[0-9]*"] = "7",
  ["[^\\x00-\\x1F\\x7F]*"] = "Example Partner Ltd",
  ["[\\x00-\\x7E\\xA9\\xAE\\xA2-\\xA5\\u202F]+"] = "Example Partner\194\174",
  ["[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"] = "Example Caf\195\169 Ltd",
  ["[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+"] = "Hello,\nlet us connect.",
  ["(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"] = "https://example.com/logo.png",
  ["[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"] =
    "jane.doe@example.com",
  ["[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"] = "example.com",
  ["ch-[a-z0-9]{13}"] = "ch-abcdefghij123",
  ["rs-[a-z0-9]{13}"] = "rs-abcdefghij123",
  ["pma-[a-z0-9]{13}"] = "pma-abcdefghij123",
  ["(pma|rs)-[a-z0-9]{13}"] = "pma-abcdefghij123",
  ["((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}"
    .. "(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})"] =
    "pma-abcdefghij123",
  ["(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}"] =
    "ch-abcdefghij123",
  ["(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}"] =
    "pma-abcdefghij123",
  ["(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}"] =
    "rs-abcdefghij123",
  ["arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}"
    .. "(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13})"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/program-management-account/pma-abcdefghij123",
  ["([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)"] = "Environment",
  -- Benefits
  ["[A-Za-z0-9_-]+"] = "AWS",
  ["arn:[\\w+=/,.@-]+:partnercentral:[\\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/benappl-abcdefghij1234",
  ["arn:aws:([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567",
  ["ben-[0-9a-z]{14}"] = "ben-poccredits0001",
  ["benappl-[0-9a-z]{14}"] = "benappl-abcdefghij1234",
  ["benalloc-[0-9a-z]{14}"] = "benalloc-abcdefghij1234",
  ["(arn:.+|ben-[0-9a-z]{14})"] = "ben-poccredits0001",
  ["(arn:.+|benappl-[0-9a-z]{14})"] = "benappl-abcdefghij1234",
  ["(arn:.+|benalloc-[0-9a-z]{14})"] = "benalloc-abcdefghij1234",
  ["(arn:.+benalloc-[0-9a-z]{14})"] =
    "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-allocation/benalloc-abcdefghij1234",
  ["[a-zA-Z0-9-]{1,64}"] = "3f1c9a52-8d2e-4b7a-9c41-0e5d6f7a8b9c",
  ["[!-~]{1,64}"] = "3f1c9a52-8d2e-4b7a-9c41-0e5d6f7a8b9c",
  ["[\\s\\S]{1,1000}"] = "No longer needed.",
  ["[\\s\\S]*"] = "eyJ0b2tlbiI6Im5leHQifQ==",
  ["(s3://|https://).*"] = "s3://example-bucket/plan.pdf",
  ["[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"] =
    "jane.doe@example.com",
}

-- Where the pattern alone does not say enough (length limits on "[0-9]*").
local BY_SHAPE = {
  AccountId = "123456789012",
  MinimumNoticeDays = "30",
  Revision = "3",
  Catalog = "AWS",
}

local function fit(s, shape)
  local n = #s
  if shape.min and n < shape.min then s = s .. string.rep("x", shape.min - n) end
  if shape.max and #s > shape.max then s = s:sub(1, shape.max) end
  return s
end

-- A pattern without a hand-made sample: the reference generator's example
-- maker (tools/lib/apidoc.lua), the first candidate the core accepts (strict).
local function pattern_sample(model, name, shape)
  local apidoc = require("tools.lib.apidoc")
  local cm = require("partnercentral.core").model_compile(model)
  for _, optional in ipairs{ 0, 1 } do
    for _, k in ipairs{ 3, 1, 5, 8, 13, 20, 40, shape.min or 1, shape.max or 1 } do
      local c = apidoc.pattern_example(shape.pattern, k, optional)
      if c and cm:validate_shape(name, c, "strict") == true then return c end
    end
  end
end

local function string_sample(model, name, shape)
  if shape.enum and #shape.enum > 0 then return shape.enum[1] end
  local s = BY_SHAPE[name] or (shape.pattern and (BY_PATTERN[shape.pattern] or pattern_sample(model, name, shape)))
  if s then return s end
  if shape.pattern then error("model_samples: no sample for pattern " .. shape.pattern .. " (shape " .. name .. ")") end
  return fit("sample " .. name, shape)
end

local EPOCH = 1763546400   -- 2025-11-19T10:00:00Z

local function value(model, name, depth, seen)
  local s = model.shapes[name]
  assert(s, "model_samples: unknown shape " .. tostring(name))
  local t = s.type
  if t == "string" then return string_sample(model, name, s) end
  if t == "integer" or t == "long" then
    local v = 3
    if s.min and v < s.min then v = s.min end
    if s.max and v > s.max then v = s.max end
    return v
  end
  if t == "boolean" then return true end
  if t == "float" or t == "double" then return 1.5 end
  if t == "timestamp" then return EPOCH end
  if t == "blob" then return "blob\0data" end
  if t == "document" then   -- any JSON value: objects, arrays, numbers, null
    local core = require("partnercentral.core")
    return { Kind = "sample", Count = 3, Ratio = 1.5, Flag = false, Nothing = core.null,
      Items = setmetatable({ "a", 1, { b = true } }, core.json_array_mt), Empty = setmetatable({}, core.json_array_mt) }
  end
  if t == "list" then
    local n = math.max(1, s.min or 1)
    if s.max and n > s.max then n = s.max end
    local out = {}
    for i = 1, n do
      local item = value(model, s.member, depth + 1, seen)
      -- distinct items where the list is of strings (enums: successive values)
      local ms = model.shapes[s.member]
      if ms.type == "string" and ms.enum and ms.enum[i] then item = ms.enum[i] end
      out[i] = item
    end
    return out
  end
  if t == "map" then
    return { [value(model, s.key, depth + 1, seen)] = value(model, s.value, depth + 1, seen) }
  end
  if t == "structure" then
    local out = {}
    if s.union then
      local m = s.members[1]
      out[m.name] = value(model, m.shape, depth + 1, seen)
      return out
    end
    local req = {}
    for _, r in ipairs(s.required or {}) do req[r] = true end
    -- optional members too, unless recursion would not end
    local deep = seen[name] or depth > 8
    seen[name] = true
    for _, m in ipairs(s.members) do
      if req[m.name] or not deep then out[m.name] = value(model, m.shape, depth + 1, seen) end
    end
    seen[name] = nil
    return out
  end
  return nil
end

function _M.value(model, shape_name)
  return value(model, shape_name, 0, {})
end

function _M.input(model, op)
  local o = assert(model.operations[op], "unknown operation " .. tostring(op))
  if not o.input then return {} end
  return _M.value(model, o.input)
end

function _M.output(model, op)
  local o = assert(model.operations[op], "unknown operation " .. tostring(op))
  if not o.output then return {} end
  return _M.value(model, o.output)
end

-- Sorted operation names of a model.
function _M.operations(model)
  local names = {}
  for n in pairs(model.operations) do names[#names + 1] = n end
  table.sort(names)
  return names
end

return _M
