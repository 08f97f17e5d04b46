-- Models for the emulator: the generated compact model (partnercentral.model)
-- compiled by the C core when both are available; otherwise the botocore
-- service-2.json from ../shared, translated to the same compact format and
-- checked by a small Lua validator (types, required, unknown members,
-- lengths, ranges, enums, full-match patterns with ngx.re). Outputs are
-- written by cm:serialize_shape when present, else by a small walker;
-- inputs are decoded generically so unknown members reach validation.
local json = require("partnercentral.emulator.json")
local util = require("partnercentral.emulator.util")
local _M = {}

local FILES = {
  account = "partnercentral-account/2025-04-04/service-2.json",
  channel = "partnercentral-channel/2024-03-18/service-2.json",
}

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

-- botocore JSON -> format 1 (only the facts the emulator uses).
local function translate(raw)
  local shapes = {}
  for name, s in pairs(raw.shapes) do
    local t = { type = s.type, min = s.min, max = s.max, pattern = s.pattern, enum = s.enum,
                union = s.union, exception = s.exception, required = s.required }
    if s.type == "structure" then
      local members = {}
      for mname, m in pairs(s.members) do
        members[#members + 1] = { name = mname, shape = m.shape, idempotencyToken = m.idempotencyToken }
      end
      table.sort(members, function(a, b) return a.name < b.name end)
      t.members = members
    elseif s.type == "list" then t.member = s.member.shape
    elseif s.type == "map" then t.key, t.value = s.key.shape, s.value.shape end
    shapes[name] = t
  end
  local ops = {}
  for name, o in pairs(raw.operations) do
    ops[name] = { name = name, input = o.input and o.input.shape, output = o.output and o.output.shape }
  end
  return { format = 1, metadata = raw.metadata, operations = ops, shapes = shapes }
end

local cache = {}
-- -> { model=, cm= (compiled model or nil), members = {shape -> {name -> member}} }
function _M.get(service, shared_root)
  if cache[service] then return cache[service] end
  local model
  local okm, pm = pcall(require, "partnercentral.model")
  if okm and type(pm) == "table" and pm.get then
    local ok, m = pcall(pm.get, service)
    if ok and type(m) == "table" then model = m end
  end
  if not model then
    local root = shared_root or os.getenv("PC_SHARED") or "../shared"
    local text = read(root .. "/models/" .. FILES[service])
    if not text then error("emulator: no model for " .. service .. " (set PC_SHARED)") end
    model = translate(assert(json.decode(text)))
  end
  local cm
  local okc, core = pcall(require, "partnercentral.core")
  if okc and type(core) == "table" and core.model_compile then
    local ok, c = pcall(core.model_compile, model)
    if ok and c and c.validate_shape and c.serialize_shape then cm = c end
  end
  local members = {}
  for name, s in pairs(model.shapes) do
    if s.members then
      local idx = {}
      for _, m in ipairs(s.members) do idx[m.name] = m end
      members[name] = idx
    end
  end
  cache[service] = { model = model, cm = cm, members = members, service = service }
  return cache[service]
end

-- Lua validator -------------------------------------------------------------

local function ulen(s)
  local _, n = s:gsub("[^\128-\191]", "")
  return n
end

-- Smithy/ECMA pattern -> PCRE: \uXXXX becomes \x{XXXX}; full match in strict mode.
local re_cache = {}
local function pattern_ok(pat, s)
  if not (ngx and ngx.re) then return true end
  local p = re_cache[pat]
  if p == nil then
    p = "^(?:" .. pat:gsub("\\u(%x%x%x%x)", "\\x{%1}") .. ")$"
    local ok, _, _, err = pcall(ngx.re.find, "", p, "ujo")
    if not ok or err then p = false end   -- a pattern PCRE cannot compile is not enforced
    re_cache[pat] = p
  end
  if p == false then return true end
  local from, _, err = ngx.re.find(s, p, "ujo")
  if err then return true end
  return from ~= nil
end

local function add(v, path, msg) v[#v + 1] = { path = path, message = msg } end

local check
local function check_struct(m, sname, s, value, path, v)
  if type(value) ~= "table" or json.is_array(value) and #value > 0 then
    return add(v, path, "expected an object")
  end
  local idx = m.members[sname] or {}
  for k in pairs(value) do
    if type(k) ~= "string" or not idx[k] then add(v, path ~= "" and (path .. "." .. tostring(k)) or tostring(k), "unknown member") end
  end
  for _, r in ipairs(s.required or {}) do
    if value[r] == nil then add(v, path ~= "" and (path .. "." .. r) or r, "required member missing") end
  end
  local n = 0
  for _, mem in ipairs(s.members) do
    local x = value[mem.name]
    if x ~= nil then
      n = n + 1
      check(m, mem.shape, x, path ~= "" and (path .. "." .. mem.name) or mem.name, v)
    end
  end
  if s.union and n ~= 1 then add(v, path, "a union needs exactly one member") end
end

function check(m, sname, value, path, v)
  local s = m.model.shapes[sname]
  local t = s.type
  if t == "structure" then return check_struct(m, sname, s, value, path, v) end
  if t == "string" then
    if type(value) ~= "string" then return add(v, path, "expected a string") end
    local n = ulen(value)
    if s.min and n < s.min then add(v, path, "shorter than " .. s.min) end
    if s.max and n > s.max then add(v, path, "longer than " .. s.max) end
    if s.enum then
      local found = false
      for _, e in ipairs(s.enum) do if e == value then found = true break end end
      if not found then add(v, path, "not one of the allowed values") end
    elseif s.pattern and not pattern_ok(s.pattern, value) then
      add(v, path, "does not match the pattern " .. s.pattern)
    end
  elseif t == "integer" or t == "long" then
    if type(value) ~= "number" or value ~= math.floor(value) then return add(v, path, "expected an integer") end
    if s.min and value < s.min then add(v, path, "less than " .. s.min) end
    if s.max and value > s.max then add(v, path, "greater than " .. s.max) end
  elseif t == "boolean" then
    if type(value) ~= "boolean" then add(v, path, "expected a boolean") end
  elseif t == "timestamp" then
    if type(value) ~= "number" and type(value) ~= "string" then add(v, path, "expected a timestamp") end
  elseif t == "list" then
    if type(value) ~= "table" or (next(value) ~= nil and #value == 0) then return add(v, path, "expected a list") end
    if s.min and #value < s.min then add(v, path, "fewer than " .. s.min .. " items") end
    if s.max and #value > s.max then add(v, path, "more than " .. s.max .. " items") end
    for i, x in ipairs(value) do check(m, s.member, x, path .. "[" .. i .. "]", v) end
  elseif t == "map" then
    if type(value) ~= "table" then return add(v, path, "expected a map") end
    for k, x in pairs(value) do check(m, s.value, x, path .. "." .. tostring(k), v) end
  end
end

-- -> true | nil, violations ({ {path=, message=}, ... })
function _M.validate(m, shape, value)
  if m.cm then
    local ok, _, msg, violations = m.cm:validate_shape(shape, value, "strict")
    if ok then return true end
    return nil, violations or { { path = "", message = msg } }
  end
  local v = {}
  check(m, shape, value, "", v)
  if #v == 0 then return true end
  return nil, v
end

-- Output writer (fallback): drops unknown members, timestamps -> ISO 8601,
-- lists and objects marked for the JSON encoder.
local function out(m, sname, value)
  local s = m.model.shapes[sname]
  local t = s.type
  if t == "structure" then
    local o = json.object()
    for _, mem in ipairs(s.members) do
      local x = value[mem.name]
      if x ~= nil then o[mem.name] = out(m, mem.shape, x) end
    end
    return o
  elseif t == "list" then
    local a = json.array()
    for i, x in ipairs(value) do a[i] = out(m, s.member, x) end
    return a
  elseif t == "map" then
    local o = json.object()
    for k, x in pairs(value) do o[k] = out(m, s.value, x) end
    return o
  elseif t == "timestamp" then
    return type(value) == "number" and util.iso(value) or value
  end
  return value
end

-- -> JSON text of value as shape (the operation's output shape).
function _M.write(m, shape, value)
  if m.cm then
    local body, _, msg = m.cm:serialize_shape(shape, value, { validation = false })
    if body then return body end
    error("serialize_shape failed: " .. tostring(msg))
  end
  return json.encode(out(m, shape, value))
end

-- -> Lua table of the JSON text. Generic decoding on purpose: unknown
-- members must survive until validation reports them.
function _M.read(_, _, body)
  return json.decode(body)
end

return _M
