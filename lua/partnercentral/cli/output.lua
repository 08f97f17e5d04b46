-- partnercentral.cli.output: a result table -> the text the command prints.
--
--   output.format(kind, value, model, shape_name, title) -> text (ends with "\n")
--     kind: "json" (indented, members in model order, timestamps as ISO 8601
--           strings), "text" (the AWS CLI's tab-separated form) or "table"
--           (nested boxes).
-- The shape guides the walk (member order, lists vs structures, timestamps);
-- keys the model does not know come last, sorted.
local core = require("partnercentral.core")

local type, pairs, ipairs, tostring, concat, format = type, pairs, ipairs, tostring, table.concat, string.format
local floor = math.floor

local _M = {}

local function shape_of(model, name) return name and model and model.shapes[name] or nil end

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
  table.sort(rest, function(a, b) return tostring(a) < tostring(b) end)
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

local function is_list(v, model, sname)
  local s = shape_of(model, sname)
  if s then return s.type == "list" end
  return type(v) == "table" and (#v > 0 or getmetatable(v) == core.json_array_mt)
end

-- Epoch seconds -> "2025-01-01T00:00:00Z" (fractions kept to milliseconds).
local function iso8601(n)
  local whole = floor(n)
  local s = os.date("!%Y-%m-%dT%H:%M:%S", whole)
  local frac = n - whole
  if frac > 0 then s = s .. format(".%03d", floor(frac * 1000 + 0.5)) end
  return s .. "Z"
end

-- A scalar as the model means it (timestamps as ISO 8601).
local function scalar(v, model, sname)
  local s = shape_of(model, sname)
  if s and s.type == "timestamp" and type(v) == "number" then return iso8601(v) end
  if v == core.null then return nil end
  return v
end

---------------------------------------------------------------- json

local function json(v, model, sname, indent)
  v = scalar(v, model, sname)
  if v == nil then return "null" end
  if type(v) ~= "table" then
    if type(v) == "number" and v == floor(v) and v >= -2 ^ 53 and v <= 2 ^ 53 then return format("%d", v) end
    return core.json_encode(v)
  end
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
    parts[i] = inner .. core.json_encode(tostring(k)) .. ": " .. json(v[k], model, child_shape(model, sname, k), inner)
  end
  return "{\n" .. concat(parts, ",\n") .. "\n" .. indent .. "}"
end

---------------------------------------------------------------- text (awscli/formatter.py, text.py)

local function str(v, model, sname)
  v = scalar(v, model, sname)
  if v == true then return "True" end
  if v == false then return "False" end
  if v == nil then return "None" end
  if type(v) == "number" and v == floor(v) then return format("%d", v) end
  return tostring(v)
end

local function is_scalar(v) return type(v) ~= "table" end

local text_item

local function text_dict(scalar_keys, item, identifier, model, sname, out)
  local scalars, non_scalars = {}, {}
  if scalar_keys == nil then
    local ks = {}
    for k in pairs(item) do ks[#ks + 1] = k end
    table.sort(ks)
    for _, k in ipairs(ks) do
      if is_scalar(item[k]) then scalars[#scalars + 1] = str(item[k], model, child_shape(model, sname, k))
      else non_scalars[#non_scalars + 1] = k end
    end
  else
    local in_keys = {}
    for _, k in ipairs(scalar_keys) do
      in_keys[k] = true
      scalars[#scalars + 1] = item[k] == nil and "" or str(item[k], model, child_shape(model, sname, k))
    end
    local ks = {}
    for k in pairs(item) do if not in_keys[k] then ks[#ks + 1] = k end end
    table.sort(ks)
    non_scalars = ks
  end
  if #scalars > 0 then
    if identifier then table.insert(scalars, 1, identifier:upper()) end
    out[#out + 1] = concat(scalars, "\t")
  end
  for _, k in ipairs(non_scalars) do text_item(item[k], k, nil, model, child_shape(model, sname, k), out) end
end

local function text_list(item, identifier, model, sname, out)
  if #item == 0 then return end
  local esh = child_shape(model, sname, 1)
  local has_dict = false
  for _, el in ipairs(item) do
    if type(el) == "table" and not is_list(el, model, esh) then has_dict = true end
  end
  if has_dict then
    local keys, seen = {}, {}
    for _, el in ipairs(item) do
      for k, v in pairs(el) do
        if is_scalar(v) and not seen[k] then seen[k] = true keys[#keys + 1] = k end
      end
    end
    table.sort(keys)
    for _, el in ipairs(item) do text_item(el, identifier, keys, model, esh, out) end
    return
  end
  local scalars = {}
  for _, el in ipairs(item) do
    if is_scalar(el) then scalars[#scalars + 1] = str(el, model, esh) end
  end
  if #scalars > 0 then
    if identifier then
      for _, s in ipairs(scalars) do out[#out + 1] = identifier:upper() .. "\t" .. s end
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
    local esh = child_shape(model, sname, 1)
    local cols, seen, nested = {}, {}, {}
    local all_scalar = true
    for _, el in ipairs(v) do
      if type(el) == "table" and not is_list(el, model, esh) then
        all_scalar = false
        for _, k in ipairs(keys_of(model, esh, el)) do
          if is_scalar(el[k]) and not seen[k] then seen[k] = true cols[#cols + 1] = k end
        end
      end
    end
    if all_scalar then
      local rows = {}
      for i, el in ipairs(v) do rows[i] = { str(el, model, esh) } end
      if #rows > 0 then blocks[#blocks + 1] = { depth = depth, cells = rows } end
      return
    end
    local rows = {}
    for _, el in ipairs(v) do
      local row = {}
      for j, k in ipairs(cols) do row[j] = el[k] == nil and "" or str(el[k], model, child_shape(model, esh, k)) end
      rows[#rows + 1] = row
      for _, k in ipairs(keys_of(model, esh, el)) do
        if not is_scalar(el[k]) then nested[#nested + 1] = { k, el[k], child_shape(model, esh, k) } end
      end
    end
    if #cols > 0 then blocks[#blocks + 1] = { depth = depth, header = cols, cells = rows } end
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
