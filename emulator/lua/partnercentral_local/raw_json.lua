-- JSON values kept as the caller wrote them. The emulator runs on LuaJIT,
-- where the core reads an integer beyond 2^53 as a decimal string (exact, but
-- written back as a JSON string): a document member is therefore stored as
-- its JSON text, cut out of the request body here, and written back verbatim
-- (ctx.raw in server.lua). Only valid JSON reaches these functions (the
-- server decoded the body first), so the scanner needs no error recovery.
--   raw_json.member(text, key)          -> JSON text of a top-level member | nil
--   raw_json.set(text, keys, new_raw)   -> text with the value at the object
--     path keys replaced by (or, when missing, set to) new_raw | nil, why
--   raw_json.members(text)              -> { { key =, raw = }, ... } of an object
local core = require("partnercentral_local.native")
local _M = {}

local sub, find = string.sub, string.find

local function skip_ws(t, i) return find(t, "[^ \t\r\n]", i) or #t + 1 end

-- t[i] is '"' -> the index after the closing quote
local function skip_string(t, i)
  local j = i + 1
  while true do
    local k = find(t, '["\\]', j)
    if sub(t, k, k) == '"' then return k + 1 end
    j = k + 2
  end
end

-- the index after the value starting at t[i]
local function skip_value(t, i)
  local c = sub(t, i, i)
  if c == '"' then return skip_string(t, i) end
  if c == "{" or c == "[" then
    local depth, j = 0, i
    while true do
      local k = find(t, '["{}%[%]]', j)
      local d = sub(t, k, k)
      if d == '"' then
        j = skip_string(t, k)
      else
        depth = depth + ((d == "{" or d == "[") and 1 or -1)
        j = k + 1
        if depth == 0 then return j end
      end
    end
  end
  return find(t, "[,}%] \t\r\n]", i) or #t + 1
end

-- The members of the object whose text is t (leading blanks allowed):
-- { { key =, vstart =, vend = (exclusive) }, ... }, close = index of '}';
-- nil when t is not an object.
local function scan(t)
  local j = skip_ws(t, 1)
  if sub(t, j, j) ~= "{" then return nil end
  local out = {}
  j = skip_ws(t, j + 1)
  if sub(t, j, j) == "}" then return out, j end
  while true do
    local ke = skip_string(t, j)
    local key = core.json_decode(sub(t, j, ke - 1))
    j = skip_ws(t, skip_ws(t, ke) + 1)   -- past ':'
    local ve = skip_value(t, j)
    out[#out + 1] = { key = key, vstart = j, vend = ve }
    j = skip_ws(t, ve)
    if sub(t, j, j) == "}" then return out, j end
    j = skip_ws(t, j + 1)                 -- past ','
  end
end

function _M.member(text, key)
  local found
  for _, m in ipairs(scan(text) or {}) do
    if m.key == key then found = sub(text, m.vstart, m.vend - 1) end   -- the last one wins
  end
  return found
end

function _M.members(text)
  local out = {}
  for i, m in ipairs(scan(text) or {}) do out[i] = { key = m.key, raw = sub(text, m.vstart, m.vend - 1) } end
  return out
end

local function quote(s) return assert(core.json_encode({ s })):sub(2, -2) end

function _M.set(text, keys, new_raw, from)
  from = from or 1
  if from > #keys then return new_raw end
  local ms, close = scan(text)
  if not ms then return nil, "not an object" end
  local hit
  for _, m in ipairs(ms) do if m.key == keys[from] then hit = m end end
  if hit then
    local inner, why = _M.set(sub(text, hit.vstart, hit.vend - 1), keys, new_raw, from + 1)
    if not inner then return nil, why end
    return sub(text, 1, hit.vstart - 1) .. inner .. sub(text, hit.vend)
  end
  -- a new member, holding the rest of the path as nested objects
  local value = new_raw
  for k = #keys, from + 1, -1 do value = "{" .. quote(keys[k]) .. ":" .. value .. "}" end
  local entry = quote(keys[from]) .. ":" .. value
  return sub(text, 1, close - 1) .. (#ms > 0 and "," or "") .. entry .. sub(text, close)
end

return _M
