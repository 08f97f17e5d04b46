-- tools/lib/apidoc.lua: what the generators of the reference (gen-docs.lua),
-- the editor types (gen-types.lua) and the bash completion (gen-completion.lua)
-- share: loading a botocore model with its documentation, HTML -> Markdown,
-- and example inputs that pass the core validator.
--
--   local apidoc = require("apidoc")          (tools/lib on package.path; see setup)
--   apidoc.setup(script_path) -> root         package paths for this checkout + build
--   apidoc.load(path_to_service_2_json) -> svc | nil, err
--     svc = { raw = botocore table (documentation kept), model = format 1 model,
--             cm = compiled model, dir = model directory }
--   apidoc.services(models_root) -> { { name =, model =, path = }, ... }
--   apidoc.op_doc(svc, op) / shape_doc(svc, shape) / member_doc(svc, shape, member)
--     -> Markdown ("" when the model has no text)
--   apidoc.markdown(html) -> Markdown text (blocks separated by blank lines)
--   apidoc.first_sentence(markdown) -> one line
--   apidoc.example_input(svc, op) -> Lua value of the operation's input (required
--     members only), checked with the core validator in strict mode
--   apidoc.lua_source(value, shape_name, svc, indent) -> Lua constructor text
--   apidoc.kebab(name) -> "task-details"  (the CLI's flag and operation names)
--   apidoc.write_or_check(path, text, check) -> true | false (stale)
local _M = {}

local type, ipairs, tostring = type, ipairs, tostring
local concat, format = table.concat, string.format

function _M.setup(script)
  local root = (script or "tools/x.lua"):match("^(.*)/tools/[^/]*$") or "."
  local build = os.getenv("PC_BUILD_ROOT") or "build"
  if build:sub(1, 1) ~= "/" then build = root .. "/" .. build end
  local rt = rawget(_G, "jit") and "luajit" or "lua54"
  package.cpath = build .. "/" .. rt .. "/?.so;" .. package.cpath
  package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
  _M.root = root
  return root
end

local function read(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("*a")
  f:close()
  return s
end
_M.read = read

function _M.write_or_check(path, text, check)
  if check then
    if read(path) ~= text then
      io.stderr:write(path .. " is stale: run make docs\n")
      return false
    end
    return true
  end
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
  print("wrote " .. path)
  return true
end

function _M.load(path)
  local core = require("partnercentral.core")
  local text, err = read(path)
  if not text then return nil, "cannot read " .. path .. ": " .. tostring(err) end
  local raw, code, msg = core.json_decode(text)
  if type(raw) ~= "table" then return nil, "bad JSON in " .. path .. ": " .. tostring(msg or code) end
  local model, merr = require("partnercentral.model").load(path)
  if not model then return nil, tostring(merr) end
  return { raw = raw, model = model, cm = core.model_compile(model), path = path }
end

-- The services of lua/partnercentral/services.lua with the path of their model.
function _M.services(models_root)
  local out = {}
  for i, s in ipairs(require("partnercentral.services").list) do
    out[i] = { name = s.name, model = s.model, path = models_root .. "/" .. s.model .. "/service-2.json" }
  end
  return out
end

function _M.kebab(name)
  return (require("partnercentral.client").snake(name):gsub("_", "-"))
end

---------------------------------------------------------------- HTML -> Markdown
-- The models' documentation is XHTML-like (p, code, i, b, a, ul, ol, li,
-- note, fullname): it is parsed with expat (lua-expat) inside a wrapper
-- element, so entities and nesting are the parser's business, then written
-- as CommonMark.

local function parse_html(html)
  local lxp = require("lxp")
  local root = { tag = "root", children = {} }
  local stack = { root }
  local p = lxp.new({
    StartElement = function(_, name, attrs)
      local node = { tag = name:lower(), attrs = attrs, children = {} }
      local top = stack[#stack]
      top.children[#top.children + 1] = node
      stack[#stack + 1] = node
    end,
    EndElement = function() stack[#stack] = nil end,
    CharacterData = function(_, text)
      local top = stack[#stack]
      top.children[#top.children + 1] = text
    end,
  })
  local ok, err = p:parse("<root>" .. html .. "</root>")
  if ok then ok, err = p:parse() end
  pcall(p.close, p)   -- close() raises on an unfinished document: the parse error says more
  if not ok then error("model documentation is not well-formed: " .. tostring(err) .. ": " .. html:sub(1, 80), 0) end
  return root.children[1]
end

local BLOCK = { p = true, ul = true, ol = true, li = true, note = true, root = true }

local function code_span(s)
  local longest = 0
  for run in s:gmatch("`+") do if #run > longest then longest = #run end end
  local fence = ("`"):rep(longest + 1)
  if s:find("^`") or s:find("`$") then s = " " .. s .. " " end
  return fence .. s .. fence
end
_M.code = code_span

-- Markdown punctuation in running text that would start emphasis or HTML.
local function escape_text(s)
  return (s:gsub("[\\*<`]", "\\%0"))
end

local inline

local function inline_children(node)
  local parts = {}
  for _, c in ipairs(node.children) do parts[#parts + 1] = inline(c) end
  return concat(parts)
end

function inline(node)
  if type(node) == "string" then return escape_text((node:gsub("%s+", " "))) end
  local tag = node.tag
  if tag == "code" then
    local text = {}
    local function collect(n)
      if type(n) == "string" then text[#text + 1] = n return end
      for _, c in ipairs(n.children) do collect(c) end
    end
    collect(node)
    local s = concat(text):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    if s == "" then return "" end
    return code_span(s)
  end
  local inner = inline_children(node)
  local lead, body, trail = inner:match("^(%s*)(.-)(%s*)$")
  if body == "" then return inner end
  if tag == "i" or tag == "em" then return lead .. "*" .. body .. "*" .. trail end
  if tag == "b" or tag == "strong" then return lead .. "**" .. body .. "**" .. trail end
  if tag == "a" and node.attrs and node.attrs.href then
    return lead .. "[" .. body .. "](" .. node.attrs.href .. ")" .. trail
  end
  return inner   -- fullname and unknown inline tags: their text
end

local function tidy(s)
  return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local blocks

-- Blocks of a list: "- item" / "1. item", continuation lines indented.
local function list_blocks(node, ordered)
  local items, n = {}, 0
  for _, c in ipairs(node.children) do
    if type(c) == "table" then
      n = n + 1
      local marker = ordered and (n .. ". ") or "- "
      local pad = (" "):rep(#marker)
      local inner = blocks(c)
      local text = concat(inner, "\n\n"):gsub("\n", "\n" .. pad):gsub("\n" .. pad .. "\n", "\n\n")
      items[#items + 1] = marker .. text
    end
  end
  return concat(items, "\n")
end

-- A block node's children as a list of Markdown blocks; inline runs become paragraphs.
function blocks(node)
  local out, run = {}, {}
  local function flush()
    local s = tidy(concat(run))
    if s ~= "" then out[#out + 1] = s end
    run = {}
  end
  for _, c in ipairs(node.children) do
    if type(c) == "table" and BLOCK[c.tag] then
      flush()
      if c.tag == "p" then
        local s = tidy(inline_children(c))
        if s ~= "" then out[#out + 1] = s end
      elseif c.tag == "ul" or c.tag == "ol" then
        local s = list_blocks(c, c.tag == "ol")
        if s ~= "" then out[#out + 1] = s end
      elseif c.tag == "note" then
        local inner = concat(blocks(c), "\n\n")
        if inner ~= "" then out[#out + 1] = "> **Note:** " .. inner:gsub("\n", "\n> ") end
      else
        for _, b in ipairs(blocks(c)) do out[#out + 1] = b end
      end
    else
      run[#run + 1] = inline(c)
    end
  end
  flush()
  return out
end

function _M.markdown(html)
  if type(html) ~= "string" or html == "" then return "" end
  return concat(blocks(parse_html(html)), "\n\n")
end

-- The first sentence of a Markdown text, on one line (for the index).
function _M.first_sentence(md)
  local para = (md or ""):match("^[^\n]*") or ""
  para = para:gsub("^%- ", ""):gsub("^> %*%*Note:%*%* ", "")
  local s = para:match("^(.-%.)%s+%u") or para
  return s
end

function _M.op_doc(svc, op)
  local o = svc.raw.operations[op]
  return _M.markdown(o and o.documentation)
end

function _M.shape_doc(svc, shape)
  local s = svc.raw.shapes[shape]
  return _M.markdown(s and s.documentation)
end

function _M.member_doc(svc, shape, member)
  local s = svc.raw.shapes[shape]
  local m = s and s.members and s.members[member]
  return _M.markdown(m and m.documentation)
end

---------------------------------------------------------------- example strings from patterns
-- A small reader of the ECMA-262 subset the models' patterns use (groups,
-- alternation, classes with ranges and escapes, \p{L}/\p{N}/\p{Z}, quantifiers,
-- lookaheads, (?s)), and a writer of one matching string. What it writes is
-- only a candidate: the core validator (PCRE2) decides.

local POOL = {}
for c = ("a"):byte(), ("z"):byte() do POOL[#POOL + 1] = c end
for c = ("0"):byte(), ("9"):byte() do POOL[#POOL + 1] = c end
for c = ("A"):byte(), ("Z"):byte() do POOL[#POOL + 1] = c end

local function range_set(...)
  local set = {}
  local args = { ... }
  for i = 1, #args, 2 do set[#set + 1] = { args[i], args[i + 1] } end
  return set
end
local CLASS_ESC = {
  d = range_set(48, 57), w = range_set(97, 122, 48, 57, 65, 90, 95, 95), s = range_set(32, 32),
  S = range_set(97, 122, 48, 57), L = range_set(97, 122), N = range_set(48, 57), Z = range_set(32, 32),
}

local function utf8_char(cp)
  if utf8 and utf8.char then return utf8.char(cp) end
  if cp < 0x80 then return string.char(cp) end
  if cp < 0x800 then return string.char(0xC0 + math.floor(cp / 64), 0x80 + cp % 64) end
  return string.char(0xE0 + math.floor(cp / 4096), 0x80 + math.floor(cp / 64) % 64, 0x80 + cp % 64)
end

local Reader = {}
Reader.__index = Reader

function Reader:peek(n) return self.s:sub(self.i, self.i + (n or 1) - 1) end
function Reader:take(n)
  local t = self:peek(n)
  self.i = self.i + (n or 1)
  return t
end

-- \x escape inside or outside a class -> codepoint, or a class set
function Reader:escape()
  local c = self:take()
  if CLASS_ESC[c] then return nil, CLASS_ESC[c] end
  if c == "p" then
    local name = self.s:match("^{(%a+)}", self.i)
    if not name then error("unsupported \\p", 0) end
    self.i = self.i + #name + 2
    return nil, CLASS_ESC[name:sub(1, 1)] or CLASS_ESC.L
  end
  if c == "u" then
    local hex = self:take(4)
    return tonumber(hex, 16)
  end
  if c == "x" then return tonumber(self:take(2), 16) end
  if c == "n" then return 10 end
  if c == "t" then return 9 end
  return c:byte()
end

function Reader:class()
  local negate = false
  if self:peek() == "^" then negate = true self:take() end
  local set = {}
  local first = true
  while self:peek() ~= "]" or first do
    first = false
    if self.i > #self.s then error("unterminated class", 0) end
    local lo, sub
    local c = self:take()
    if c == "\\" then lo, sub = self:escape() else lo = c:byte() end
    if sub then
      for _, r in ipairs(sub) do set[#set + 1] = r end
    elseif self:peek() == "-" and self:peek(2) ~= "-]" and self.s:sub(self.i + 1, self.i + 1) ~= "]" then
      self:take()
      local hc = self:take()
      local hi = hc == "\\" and self:escape() or hc:byte()
      set[#set + 1] = { lo, hi }
    else
      set[#set + 1] = { lo, lo }
    end
  end
  self:take()
  return { kind = "class", set = set, negate = negate }
end

function Reader:atom()
  local c = self:take()
  if c == "(" then
    local kind = "group"
    if self:peek(2) == "?:" then self:take(2)
    elseif self:peek(2) == "?=" or self:peek(2) == "?!" then self:take(2) kind = "look"
    elseif self:peek(3) == "?s)" then self:take(3) return { kind = "empty" }
    end
    local alt = self:alternation()
    if self:take() ~= ")" then error("unbalanced group", 0) end
    return { kind = kind, alt = alt }
  end
  if c == "[" then return self:class() end
  if c == "." then return { kind = "class", set = { { 97, 122 } } } end
  if c == "^" or c == "$" then return { kind = "empty" } end
  if c == "\\" then
    local cp, set = self:escape()
    if set then return { kind = "class", set = set } end
    return { kind = "char", cp = cp }
  end
  return { kind = "char", cp = c:byte() }
end

function Reader:quantified()
  local a = self:atom()
  local c = self:peek()
  local lo, hi
  if c == "*" then lo, hi = 0, nil self:take()
  elseif c == "+" then lo, hi = 1, nil self:take()
  elseif c == "?" then lo, hi = 0, 1 self:take()
  elseif c == "{" and self.s:match("^{%d+,?%d*}", self.i) then
    local body = self.s:match("^{(%d+,?%d*)}", self.i)
    self.i = self.i + #body + 2
    local a1, comma, b1 = body:match("^(%d+)(,?)(%d*)$")
    lo = tonumber(a1)
    hi = comma == "" and lo or tonumber(b1)
  else
    return a
  end
  if self:peek() == "?" or self:peek() == "+" then self:take() end   -- lazy / possessive
  return { kind = "repeat", atom = a, lo = lo, hi = hi }
end

function Reader:sequence()
  local seq = {}
  while self.i <= #self.s and self:peek() ~= "|" and self:peek() ~= ")" do
    seq[#seq + 1] = self:quantified()
  end
  return seq
end

function Reader:alternation()
  local alts = { self:sequence() }
  while self:peek() == "|" do
    self:take()
    alts[#alts + 1] = self:sequence()
  end
  return alts
end

local function class_chars(node)
  local function inset(cp)
    for _, r in ipairs(node.set) do if cp >= r[1] and cp <= r[2] then return true end end
    return false
  end
  local out = {}
  if node.negate then
    for _, cp in ipairs(POOL) do if not inset(cp) then out[#out + 1] = cp end end
  else
    -- letters and digits of the class first (readable), then its other members
    for _, cp in ipairs(POOL) do if inset(cp) then out[#out + 1] = cp end end
    if #out == 0 then
      for _, r in ipairs(node.set) do
        local lo = r[1]
        if lo < 32 then lo = 32 end
        if lo <= r[2] then out[#out + 1] = lo end
      end
    end
  end
  return out
end

local gen_alt

local function gen_node(node, k, st)
  if node.kind == "char" then return utf8_char(node.cp) end
  if node.kind == "empty" or node.kind == "look" then return "" end
  if node.kind == "class" then
    local chars = node.chars or class_chars(node)
    node.chars = chars
    if #chars == 0 then error("empty class", 0) end
    st.n = st.n + 1
    return utf8_char(chars[(st.n - 1) % #chars + 1])
  end
  if node.kind == "group" then return gen_alt(node.alt, k, st) end
  if node.kind == "repeat" then
    local n = k
    if node.lo == 0 and node.hi == 1 then n = st.optional end   -- "x?": both ways are tried
    if n < node.lo then n = node.lo end
    if node.hi and n > node.hi then n = node.hi end
    local parts = {}
    for i = 1, n do parts[i] = gen_node(node.atom, k, st) end
    return concat(parts)
  end
  error("unknown node", 0)
end

-- The first alternative that is not an ARN (identifiers read better), else the first.
function gen_alt(alts, k, st)
  local pick = alts[1]
  for _, seq in ipairs(alts) do
    local first = seq[1]
    if not (first and first.kind == "char" and first.cp == 97 and seq[2] and seq[2].cp == 114
        and seq[3] and seq[3].cp == 110) then
      pick = seq
      break
    end
  end
  local parts = {}
  for i, n in ipairs(pick) do parts[i] = gen_node(n, k, st) end
  return concat(parts)
end

-- One candidate string for a pattern, with unbounded repeats taken k times and
-- optional parts ("x?") taken `optional` (0 or 1, default 0) times.
function _M.pattern_example(pattern, k, optional)
  local r = setmetatable({ s = pattern, i = 1 }, Reader)
  local ok, res = pcall(function()
    local alt = r:alternation()
    if r.i <= #r.s then error("unexpected " .. r:peek(), 0) end
    return gen_alt(alt, k, { n = 0, optional = optional or 0 })
  end)
  if ok then return res end
  return nil, res
end

---------------------------------------------------------------- example inputs

-- Values people recognise, tried first by member name (then by name suffix);
-- the validator still decides, a rejected hint falls back to the shape's own example.
local HINTS = { Catalog = "AWS", catalog = "AWS", Locale = "en-US", TranslationSourceLocale = "en-US" }
local SUFFIX_HINTS = { { "Url$", "https://example.com" }, { "url$", "https://example.com" },
  { "Email$", "user@example.com" }, { "email$", "user@example.com" } }

local function words(name)
  return (require("partnercentral.client").snake(name):gsub("_", " "))
end

local function valid(svc, shape, value)
  return svc.cm:validate_shape(shape, value, "strict") == true
end

local example_value

local function string_example(svc, shape_name, s, member)
  local cands = {}
  if member and HINTS[member] then cands[#cands + 1] = HINTS[member] end
  for _, h in ipairs(SUFFIX_HINTS) do
    if member and member:find(h[1]) then cands[#cands + 1] = h[2] end
  end
  if s.enum then cands[#cands + 1] = s.enum[1] end
  cands[#cands + 1] = "Example " .. words(member or shape_name)
  if s.pattern then
    -- repeat counts: short first, then the shape's own length bounds
    for _, optional in ipairs{ 0, 1 } do
      for _, k in ipairs{ 3, 1, 5, 8, 13, 20, 40, s.min or 1, s.max or 1 } do
        local c = _M.pattern_example(s.pattern, k, optional)
        if c then cands[#cands + 1] = c end
      end
    end
  end
  for _, c in ipairs(cands) do
    if valid(svc, shape_name, c) then return c end
  end
  error(("no example value for shape %s (pattern %s)"):format(shape_name, tostring(s.pattern)), 0)
end

function example_value(svc, shape_name, member, depth)
  local s = svc.model.shapes[shape_name]
  if depth > 12 then error("shape " .. shape_name .. " nests too deeply for an example", 0) end
  local t = s.type
  if t == "string" then return string_example(svc, shape_name, s, member) end
  if t == "integer" or t == "long" or t == "short" or t == "byte" or t == "double" or t == "float" then
    local v = s.min or 1
    if s.max and v > s.max then v = s.max end
    return v
  end
  if t == "boolean" then return true end
  if t == "timestamp" then return "2025-01-01T00:00:00Z" end
  if t == "blob" then return "example" end
  if t == "document" then return {} end
  if t == "list" then
    local out = {}
    for i = 1, math.max(1, s.min or 1) do out[i] = example_value(svc, s.member, member, depth + 1) end
    return out
  end
  if t == "map" then
    local k = example_value(svc, s.key, nil, depth + 1)
    return { [k] = example_value(svc, s.value, nil, depth + 1) }
  end
  if t == "structure" then
    local out = {}
    if s.union then
      local m = s.members[1]
      if m then out[m.name] = example_value(svc, m.shape, m.name, depth + 1) end
      return out
    end
    for _, name in ipairs(s.required or {}) do
      for _, m in ipairs(s.members) do
        -- idempotency tokens are filled in by the client: an example leaves them out
        if m.name == name and not m.idempotencyToken then
          out[name] = example_value(svc, m.shape, name, depth + 1)
        end
      end
    end
    -- a nested structure with no required member still shows one (an empty
    -- table says nothing, and the service often wants one of them)
    if next(out) == nil and depth > 0 and s.members[1] then
      local m = s.members[1]
      out[m.name] = example_value(svc, m.shape, m.name, depth + 1)
    end
    return out
  end
  error("no example for shape type " .. tostring(t), 0)
end

function _M.example_input(svc, op)
  local o = svc.model.operations[op]
  if not o.input then return {} end
  local v = example_value(svc, o.input, nil, 0)
  local ok, code, msg = svc.cm:serialize(op, v, { validation = "strict" })
  if not ok then error(("example input of %s is invalid: %s"):format(op, tostring(msg or code)), 0) end
  return v
end

---------------------------------------------------------------- Lua source of a value

local KEYWORDS = {}
for w in ("and break do else elseif end false for function goto if in local nil not or repeat return then true "
    .. "until while"):gmatch("%a+") do
  KEYWORDS[w] = true
end

local function lua_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == "\n" then return "\\n" end
    if c == '"' or c == "\\" then return "\\" .. c end
    return format("\\%03d", c:byte())
  end) .. '"'
end

local function lua_key(k)
  if type(k) == "string" and k:match("^[%a_][%w_]*$") and not KEYWORDS[k] then return k end
  return "[" .. (type(k) == "string" and lua_string(k) or tostring(k)) .. "]"
end

-- A table's keys in the model's member order, and the shapes of its values:
-- as the CLI prints results.
local function ordered_keys(svc, shape_name, v)
  return require("partnercentral.cli.output").keys_in_order(svc.model, shape_name, v)
end

local function member_shape(svc, shape_name, key)
  return require("partnercentral.cli.output").member_shape(svc.model, shape_name, key)
end

function _M.lua_source(v, shape_name, svc, indent)
  indent = indent or ""
  if type(v) == "string" then return lua_string(v) end
  if type(v) ~= "table" then return tostring(v) end
  if next(v) == nil then return "{}" end
  local inner = indent .. "  "
  local parts = {}
  if #v > 0 then
    for i = 1, #v do parts[i] = _M.lua_source(v[i], member_shape(svc, shape_name, i), svc, inner) end
  else
    for _, k in ipairs(ordered_keys(svc, shape_name, v)) do
      parts[#parts + 1] = lua_key(k) .. " = " .. _M.lua_source(v[k], member_shape(svc, shape_name, k), svc, inner)
    end
  end
  local one = "{ " .. concat(parts, ", ") .. " }"
  if not one:find("\n") and #one + #indent <= 72 then return one end
  return "{\n" .. inner .. concat(parts, ",\n" .. inner) .. ",\n" .. indent .. "}"
end

return _M
