-- partnercentral.cli.output: a result table -> the text the command prints.
--
--   output.format(kind, value, model, shape_name, title) -> text (ends with "\n")
--     kind: "json" (indented, members in model order, timestamps as ISO 8601
--           strings), "text" (the AWS CLI's tab-separated form) or "table"
--           (nested boxes).
-- The shape guides the walk (member order, lists vs structures, timestamps);
-- keys the model does not know come last, sorted. Below a document member the
-- value alone decides (a JSON array is a list, anything else a structure).
-- Every mode is total: any value a call returns prints (mixed lists, empty
-- tables, numbers JSON cannot hold, timestamps out of ISO 8601's range,
-- strings that are not UTF-8), never a Lua error. Choices: in json, an infinite
-- number is 1e999 / -1e999 (valid JSON that parses back to infinity), NaN is
-- null, bytes that are not UTF-8 become U+FFFD; a timestamp outside the years
-- 0001-9999 prints as its number of epoch seconds.
--
--   output.keys_in_order(model, shape_name, t) -> the keys of t: the structure's
--     members in model order, then the keys the model does not know, sorted
--   output.member_shape(model, shape_name, key) -> the shape of t[key] (a
--     structure's member, a list's element, a map's value) | nil
--   (tools/lib/apidoc.lua writes the documentation's examples with these too)
local core = require("partnercentral.core")

local type, pairs, ipairs, tostring, concat, format = type, pairs, ipairs, tostring, table.concat, string.format
local byte, sub = string.byte, string.sub
local floor, huge = math.floor, math.huge

local _M = {}

-- the shape of a value; none below a document (the value decides there)
local function shape_of(model, name)
  local s = name and model and model.shapes[name] or nil
  if s and s.type == "document" then return nil end
  return s
end

-- keys in a stable order whatever their types (a list's indexes, a map's names)
local function sort_keys(ks)
  table.sort(ks, function(a, b)
    if type(a) == "number" and type(b) == "number" then return a < b end
    return tostring(a) < tostring(b)
  end)
  return ks
end

local function finite(n) return n == n and n > -huge and n < huge end

-- s with every byte that is not part of a valid UTF-8 sequence replaced by U+FFFD
local function utf8_clean(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local c = byte(s, i)
    local len, lo, hi = 0, 0x80, 0xBF
    if c < 0x80 then len = 1
    elseif c >= 0xC2 and c <= 0xDF then len = 2
    elseif c >= 0xE0 and c <= 0xEF then
      len = 3
      if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end
    elseif c >= 0xF0 and c <= 0xF4 then
      len = 4
      if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
    end
    local ok = len > 0 and i + len - 1 <= n
    if ok and len > 1 then
      local b = byte(s, i + 1)
      ok = b >= lo and b <= hi
      for k = 2, len - 1 do
        if ok then b = byte(s, i + k) ok = b >= 0x80 and b <= 0xBF end
      end
    end
    if ok then
      out[#out + 1] = sub(s, i, i + len - 1)
      i = i + len
    else
      out[#out + 1] = "\239\191\189"
      i = i + 1
    end
  end
  return concat(out)
end

-- a JSON string literal of any Lua string
local function json_string(v)
  return core.json_encode(v) or core.json_encode(utf8_clean(v)) or '"?"'
end

-- a number as text: whole numbers without exponent while exact, else %.17g
local function number_text(v)
  if v ~= v then return "NaN" end
  if v == huge then return "Infinity" end
  if v == -huge then return "-Infinity" end
  if v == floor(v) and v >= -2 ^ 53 and v <= 2 ^ 53 then return format("%d", v) end
  return (core.json_encode(v) or format("%.17g", v))
end

-- Keys of a structure value: the model's member order, then unknown keys sorted.
local function keys_of(model, sname, t)
  local ks, seen = {}, {}
  local s = shape_of(model, sname)
  if s and s.type == "structure" then
    for _, m in ipairs(s.members) do
      if t[m.name] ~= nil then ks[#ks + 1] = m.name seen[m.name] = true end
    end
  end
  local rest = {}
  for k in pairs(t) do if not seen[k] then rest[#rest + 1] = k end end
  sort_keys(rest)
  for _, k in ipairs(rest) do ks[#ks + 1] = k end
  return ks
end

local function child_shape(model, sname, key)
  local s = shape_of(model, sname)
  if not s then return nil end
  if s.type == "structure" then
    for _, m in ipairs(s.members) do if m.name == key then return m.shape end end
  elseif s.type == "list" then return s.member
  elseif s.type == "map" then return s.value
  end
end

_M.keys_in_order, _M.member_shape = keys_of, child_shape

local function is_list(v, model, sname)
  local s = shape_of(model, sname)
  if s then return s.type == "list" end
  return type(v) == "table" and (#v > 0 or getmetatable(v) == core.json_array_mt)
end

-- 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z in epoch seconds
local MIN_TIME, MAX_TIME = -62135596800, 253402300799.999

-- days since 1970-01-01 -> year, month, day (H. Hinnant's civil_from_days:
-- no os.date, whose range and integer rules differ between Lua 5.4 and LuaJIT)
local function civil(days)
  days = days + 719468
  local era = floor(days / 146097)
  local doe = days - era * 146097
  local yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100))
  local mp = floor((5 * doy + 2) / 153)
  local d = doy - floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

-- Epoch seconds -> "2025-01-01T00:00:00Z", fractions rounded to milliseconds
-- (1.9996 is 00:00:02Z, 1.5 is 00:00:01.500Z); outside the years 0001-9999
-- the number itself.
local function iso8601(n)
  if not finite(n) or n < MIN_TIME or n > MAX_TIME then return n end
  local total_ms = floor(n * 1000 + 0.5)
  local whole = floor(total_ms / 1000)
  local ms = total_ms - whole * 1000
  local days = floor(whole / 86400)
  local secs = whole - days * 86400
  local y, mo, d = civil(days)
  local s = format("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, floor(secs / 3600), floor(secs % 3600 / 60), secs % 60)
  if ms > 0 then s = s .. format(".%03d", ms) end
  return s .. "Z"
end
_M.iso8601 = iso8601

-- A scalar as the model means it (timestamps as ISO 8601).
local function scalar(v, model, sname)
  local s = shape_of(model, sname)
  if s and s.type == "timestamp" and type(v) == "number" then return iso8601(v) end
  if v == core.null then return nil end
  return v
end

---------------------------------------------------------------- json

local function json_scalar(v)
  local t = type(v)
  if t == "number" then
    if v ~= v then return "null" end
    if v == huge then return "1e999" end
    if v == -huge then return "-1e999" end
    return number_text(v)
  end
  if t == "string" then return json_string(v) end
  if t == "boolean" then return tostring(v) end
  return json_string(tostring(v))
end

local function json(v, model, sname, indent)
  v = scalar(v, model, sname)
  if v == nil then return "null" end
  if type(v) ~= "table" then return json_scalar(v) end
  local inner = indent .. "    "
  if is_list(v, model, sname) then
    if #v == 0 then return "[]" end
    local parts = {}
    for i = 1, #v do parts[i] = inner .. json(v[i], model, child_shape(model, sname, i), inner) end
    return "[\n" .. concat(parts, ",\n") .. "\n" .. indent .. "]"
  end
  local ks = keys_of(model, sname, v)
  if #ks == 0 then return "{}" end
  local parts = {}
  for i, k in ipairs(ks) do
    parts[i] = inner .. json_string(tostring(k)) .. ": " .. json(v[k], model, child_shape(model, sname, k), inner)
  end
  return "{\n" .. concat(parts, ",\n") .. "\n" .. indent .. "}"
end

---------------------------------------------------------------- text (awscli/formatter.py, text.py)

local function str(v, model, sname)
  v = scalar(v, model, sname)
  if v == true then return "True" end
  if v == false then return "False" end
  if v == nil then return "None" end
  if type(v) == "number" then return number_text(v) end
  return tostring(v)
end

local function upper_id(identifier) return tostring(identifier):upper() end

local function is_scalar(v) return type(v) ~= "table" end

local text_item

local function text_dict(scalar_keys, item, identifier, model, sname, out)
  local scalars, non_scalars = {}, {}
  if scalar_keys == nil then
    local ks = {}
    for k in pairs(item) do ks[#ks + 1] = k end
    sort_keys(ks)
    for _, k in ipairs(ks) do
      if is_scalar(item[k]) then scalars[#scalars + 1] = str(item[k], model, child_shape(model, sname, k))
      else non_scalars[#non_scalars + 1] = k end
    end
  else
    local in_keys = {}
    for _, k in ipairs(scalar_keys) do
      local v = item[k]
      in_keys[k] = is_scalar(v)
      scalars[#scalars + 1] = (v == nil or not is_scalar(v)) and "" or str(v, model, child_shape(model, sname, k))
    end
    local ks = {}
    for k in pairs(item) do
      if not in_keys[k] and not is_scalar(item[k]) then ks[#ks + 1] = k end
    end
    sort_keys(ks)
    non_scalars = ks
  end
  if #scalars > 0 then
    if identifier then table.insert(scalars, 1, upper_id(identifier)) end
    out[#out + 1] = concat(scalars, "\t")
  end
  for _, k in ipairs(non_scalars) do text_item(item[k], k, nil, model, child_shape(model, sname, k), out) end
end

local function is_dict(v, model, sname) return type(v) == "table" and not is_list(v, model, sname) end

local function text_list(item, identifier, model, sname, out)
  if #item == 0 then return end
  local esh = child_shape(model, sname, 1)
  local has_dict = false
  for _, el in ipairs(item) do
    if is_dict(el, model, esh) then has_dict = true end
  end
  if has_dict then
    -- the structures as rows of their scalar members (one column set for all);
    -- scalars and lists among them print as they would alone
    local keys, seen = {}, {}
    for _, el in ipairs(item) do
      if is_dict(el, model, esh) then
        for k, v in pairs(el) do
          if is_scalar(v) and not seen[k] then seen[k] = true keys[#keys + 1] = k end
        end
      end
    end
    sort_keys(keys)
    for _, el in ipairs(item) do
      if is_dict(el, model, esh) then
        text_item(el, identifier, keys, model, esh, out)
      elseif is_scalar(el) then
        out[#out + 1] = (identifier and (upper_id(identifier) .. "\t") or "") .. str(el, model, esh)
      else
        text_item(el, identifier, nil, model, esh, out)
      end
    end
    return
  end
  local scalars = {}
  for _, el in ipairs(item) do
    if is_scalar(el) then scalars[#scalars + 1] = str(el, model, esh) end
  end
  if #scalars > 0 then
    if identifier then
      for _, s in ipairs(scalars) do out[#out + 1] = upper_id(identifier) .. "\t" .. s end
    else
      out[#out + 1] = concat(scalars, "\t")
    end
  end
  for _, el in ipairs(item) do
    if not is_scalar(el) then text_item(el, identifier, nil, model, esh, out) end
  end
end

function text_item(item, identifier, scalar_keys, model, sname, out)
  if type(item) ~= "table" then
    out[#out + 1] = str(item, model, sname)
  elseif is_list(item, model, sname) then
    text_list(item, identifier, model, sname, out)
  else
    text_dict(scalar_keys, item, identifier, model, sname, out)
  end
end

---------------------------------------------------------------- table

-- Blocks: { depth =, title = } | { depth =, rows = { {k, v}, ... } } |
-- { depth =, header = {...}, rows = { {...}, ... } }, laid out with one width.
local function table_blocks(v, title, depth, model, sname, blocks)
  blocks[#blocks + 1] = { depth = depth, title = title }
  if type(v) ~= "table" then
    blocks[#blocks + 1] = { depth = depth, cells = { { str(v, model, sname) } } }
    return
  end
  if is_list(v, model, sname) then
    -- structures as rows under one header (their scalar members), scalars as
    -- one-cell rows, what nests (lists in the list, members that are tables)
    -- as boxes below
    local esh = child_shape(model, sname, 1)
    local cols, seen, nested, plain, rows = {}, {}, {}, {}, {}
    for _, el in ipairs(v) do
      if is_dict(el, model, esh) then
        for _, k in ipairs(keys_of(model, esh, el)) do
          if el[k] ~= nil and is_scalar(el[k]) and not seen[k] then seen[k] = true cols[#cols + 1] = k end
        end
      end
    end
    for i, el in ipairs(v) do
      if is_dict(el, model, esh) then
        if #cols > 0 then
          local row = {}
          for j, k in ipairs(cols) do
            local x = el[k]
            row[j] = (x == nil or not is_scalar(x)) and "" or str(x, model, child_shape(model, esh, k))
          end
          rows[#rows + 1] = row
        end
        for _, k in ipairs(keys_of(model, esh, el)) do
          if not is_scalar(el[k]) then nested[#nested + 1] = { k, el[k], child_shape(model, esh, k) } end
        end
      elseif type(el) == "table" then
        nested[#nested + 1] = { i, el, esh }
      else
        plain[#plain + 1] = { str(el, model, esh) }
      end
    end
    if #plain > 0 then blocks[#blocks + 1] = { depth = depth, cells = plain } end
    if #rows > 0 then
      local header = {}
      for j, k in ipairs(cols) do header[j] = tostring(k) end
      blocks[#blocks + 1] = { depth = depth, header = header, cells = rows }
    end
    for _, n in ipairs(nested) do table_blocks(n[2], n[1], depth + 1, model, n[3], blocks) end
    return
  end
  local rows, nested = {}, {}
  for _, k in ipairs(keys_of(model, sname, v)) do
    local csh = child_shape(model, sname, k)
    if is_scalar(v[k]) then rows[#rows + 1] = { tostring(k), str(v[k], model, csh) }
    else nested[#nested + 1] = { k, v[k], csh } end
  end
  if #rows > 0 then blocks[#blocks + 1] = { depth = depth, cells = rows } end
  for _, n in ipairs(nested) do table_blocks(n[2], n[1], depth + 1, model, n[3], blocks) end
end

local function utf8_len(s)
  local _, n = s:gsub("[^\128-\191]", "")
  return n
end

local function pad(s, w) return s .. (" "):rep(w - utf8_len(s)) end

local function column_widths(b)
  local ws = {}
  local function fit(row)
    for j, c in ipairs(row) do
      local l = utf8_len(c) + 4
      if not ws[j] or l > ws[j] then ws[j] = l end
    end
  end
  if b.header then fit(b.header) end
  for _, r in ipairs(b.cells) do fit(r) end
  return ws
end

local function render_table(blocks)
  -- inner width: the widest block, so every box of a nesting level lines up
  local width = 0
  for _, b in ipairs(blocks) do
    local w
    if b.title then w = utf8_len(tostring(b.title)) + 4
    else
      local ws, sum = column_widths(b), 0
      for _, x in ipairs(ws) do sum = sum + x + 1 end
      w = sum + 1   -- cells, the bars between them and the two outer bars
    end
    w = w + 2 * b.depth
    if w > width then width = w end
  end
  local out = {}
  local function line(depth, body)
    out[#out + 1] = ("|"):rep(depth) .. body .. ("|"):rep(depth)
  end
  local function rule(depth, ch, cols, inner)
    if not cols then line(depth, ch .. ("-"):rep(inner) .. ch) return end
    local parts = {}
    for j, w in ipairs(cols) do parts[j] = ("-"):rep(w) end
    line(depth, "+" .. concat(parts, "+") .. "+")
  end
  for _, b in ipairs(blocks) do
    local inner = width - 2 * b.depth - 2
    if b.title then
      local t = tostring(b.title)
      local left = floor((inner - utf8_len(t)) / 2)
      rule(b.depth, b.depth == 0 and "-" or "+", nil, inner)
      line(b.depth, "|" .. (" "):rep(left) .. t .. (" "):rep(inner - left - utf8_len(t)) .. "|")
    else
      local ws = column_widths(b)
      -- the last column takes what is left of the width
      local used = 0
      for j = 1, #ws - 1 do used = used + ws[j] + 1 end
      ws[#ws] = inner - used
      rule(b.depth, "+", ws)
      local function row(r)
        local cells = {}
        for j, w in ipairs(ws) do cells[j] = pad("  " .. (r[j] or ""), w) end
        line(b.depth, "|" .. concat(cells, "|") .. "|")
      end
      if b.header then row(b.header) rule(b.depth, "+", ws) end
      for _, r in ipairs(b.cells) do row(r) end
      rule(b.depth, "+", ws)
    end
  end
  return concat(out, "\n")
end

function _M.format(kind, value, model, sname, title)
  if kind == "json" then return json(value, model, sname, "") .. "\n" end
  if kind == "text" then
    local out = {}
    text_item(value, nil, nil, model, sname, out)
    return #out > 0 and (concat(out, "\n") .. "\n") or ""
  end
  if kind == "table" then
    local blocks = {}
    table_blocks(value, title or "", 0, model, sname, blocks)
    return render_table(blocks) .. "\n"
  end
  error("unknown output format " .. tostring(kind), 2)
end

return _M
