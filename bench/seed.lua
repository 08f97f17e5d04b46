-- bench/seed.lua: the benchmark's workload, derived at bench time from the
-- seed document of StartProfileUpdateTask (../shared/seeds, or $PC_SHARED/seeds):
-- every member its Request Syntax shows, filled with realistic values, and a
-- response with every member its Response Syntax shows. Nothing derived from
-- the seed is committed: the files are written under build/ when the bench runs.
--   lua5.4 bench/seed.lua OUTDIR   (LUA_PATH with lua/ and the core on LUA_CPATH)
-- writes OUTDIR/seed_input.lua (`return { ... }`), OUTDIR/seed_response.json and
-- OUTDIR/upstream_return.conf (the nginx `return` of the canned upstream).
-- As a module: require("seed").build() -> input table, response JSON.
local _M = {}

local OP = "StartProfileUpdateTask"
local SEED = "seeds/000_d7d96e42d98cf741.txt"

-- Values by member name. Lists of structures take the i-th entry of LOCALIZED
-- (then VALUES); strings in lists take the i-th value. Sizes are close to the
-- issue's workload: a ~940-byte request body, a ~1 KB response.
local VALUES = {
  Catalog = "AWS", Identifier = "partner-abcdefghij123", Id = "partner-abcdefghij123",
  Arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
  TaskId = "pprofiletask-abcdefghij123", ClientToken = "3f1c9a52-8d2e-4b7a-9c41-0e5d6f7a8b9c",
  DisplayName = "Example Corp",
  Description = "Example Corp builds cloud software for retailers and banks, and runs it on AWS.",
  WebsiteUrl = "https://www.example.com", LogoUrl = "https://www.example.com/assets/logo.png",
  TranslationSourceLocale = "en-US", Locale = "en-US", Message = "The logo file is larger than 1 MB.",
  Status = "FAILED", Reason = "INVALID_LOGO_SIZE",
  IndustrySegments = { "COMPUTER_SOFTWARE", "FINANCIAL_SERVICES", "RETAIL" },
}
local LOCALIZED = {
  { DisplayName = "Example Corp GmbH", Locale = "de-DE",
    Description = "Cloud-Software fuer Handel und Banken, betrieben auf AWS.",
    WebsiteUrl = "https://www.example.de", LogoUrl = "https://www.example.de/assets/logo.png" },
  { DisplayName = "Example Corp SARL", Locale = "fr-FR",
    Description = "Logiciels cloud pour la distribution et la banque, sur AWS.",
    WebsiteUrl = "https://www.example.fr", LogoUrl = "https://www.example.fr/assets/logo.png" },
}
local LIST_LEN = { LocalizedContents = 2 }   -- entries of a list of structures (default 1)
local TIME = 1763546400         -- 2025-11-19T10:00:00Z

-- Tokens of the Python-like syntax block: punctuation, 'quoted', names, numbers.
local function tokens(text)
  local out, i = {}, 1
  while i <= #text do
    local c = text:sub(i, i)
    if c:match("%s") then
      i = i + 1
    elseif c == "'" then
      local j = assert(text:find("'", i + 1, true), "unterminated quote in the seed syntax")
      out[#out + 1] = { "str", text:sub(i + 1, j - 1) }
      i = j + 1
    elseif c:match("[%w_%.]") then
      local w = text:match("^[%w_%.]+", i)
      out[#out + 1] = { "name", w }
      i = i + #w
    else
      out[#out + 1] = { c }
      i = i + 1
    end
  end
  return out
end

-- value := dict | list | 'str' ('|' 'str')* | datetime(...) ; a parsed node is
-- { kind = "struct", members = { {name, node}, ... } } | { kind = "list", member = node }
-- | { kind = "string" } | { kind = "enum", values = {...} } | { kind = "timestamp" }
local function parser(toks)
  local p = 1
  local function peek() return toks[p] and toks[p][1] end
  local function take(kind)
    local t = toks[p]
    assert(t and t[1] == kind, "seed syntax: expected " .. kind .. " at token " .. p)
    p = p + 1
    return t[2]
  end
  local value
  local function members(close, named)   -- 'k': v, ...  or  k=v, ... (call arguments)
    local ms = {}
    while peek() ~= close do
      local name
      if named then name = take("name") take("=") else name = take("str") take(":") end
      ms[#ms + 1] = { name, value() }
      if peek() == "," then p = p + 1 end
    end
    take(close)
    return { kind = "struct", members = ms }
  end
  function value()
    local k = peek()
    if k == "{" then p = p + 1 return members("}")
    elseif k == "[" then
      p = p + 1
      local m = value()
      if peek() == "," then p = p + 1 end
      take("]")
      return { kind = "list", member = m }
    elseif k == "str" then
      local vs = { take("str") }
      while peek() == "|" do p = p + 1 vs[#vs + 1] = take("str") end
      if #vs == 1 and vs[1] == "string" then return { kind = "string" } end
      return { kind = "enum", values = vs }
    elseif k == "name" and toks[p][2] == "datetime" then
      p = p + 1
      take("(")
      while peek() ~= ")" do p = p + 1 end
      take(")")
      return { kind = "timestamp" }
    end
    error("seed syntax: unexpected token " .. tostring(k) .. " at " .. p)
  end
  return { value = value, members = members, take = take, peek = peek }
end

-- The request (call arguments) and response (dict) syntax trees of the seed.
function _M.syntax(text)
  local req = assert(text:match("%*%*Request Syntax%*%*%s*::(.-)\n%s*:type"), "no Request Syntax in the seed")
  local resp = assert(text:match("%*%*Response Syntax%*%*%s*::(.-)\n%s*%*%*Response Structure"),
    "no Response Syntax in the seed")
  local rp = parser(tokens(req:match("%((.*)%)") .. ")"))
  local request = rp.members(")", true)
  local response = parser(tokens(resp)).value()
  return request, response
end

local function fill(node, name, i, loc)
  if node.kind == "struct" then
    local t = {}
    for _, m in ipairs(node.members) do t[m[1]] = fill(m[2], m[1], i, loc) end
    return t
  elseif node.kind == "list" then
    local t, given = {}, VALUES[name]
    if node.member.kind == "struct" then
      for k = 1, LIST_LEN[name] or 1 do t[k] = fill(node.member, name, k, LOCALIZED[k]) end
    else
      for k = 1, given and #given or 1 do t[k] = fill(node.member, name, k, loc) end
    end
    return t
  elseif node.kind == "timestamp" then
    return TIME
  end
  local v = (loc and loc[name]) or VALUES[name]
  if type(v) == "table" then v = v[i] end
  if node.kind == "enum" then
    for _, e in ipairs(node.values) do if e == v then return v end end
    return node.values[i or 1] or node.values[1]
  end
  return assert(v, "bench/seed.lua: no value for seed member " .. name)
end

local function shared_root()
  return os.getenv("PC_SHARED") or "../shared"
end

-- input (Lua table), response body (JSON text, as the service writes it).
function _M.build(seed_path)
  seed_path = seed_path or (shared_root() .. "/" .. SEED)
  local f = io.open(seed_path, "rb")
  if not f then
    error("bench/seed.lua: the seed document " .. seed_path .. " is absent (set PC_SHARED to the folder"
      .. " that holds seeds/)", 0)
  end
  local text = f:read("*a")
  f:close()
  local rq, rs = _M.syntax(text)
  local input, output = fill(rq, OP), fill(rs, OP)
  local core = require("partnercentral.core")
  local cm = core.model_compile(require("partnercentral.model").get("account"))
  local body, code, msg = cm:serialize(OP, input, { validation = "strict" })
  assert(body, "bench/seed.lua: the seed input does not validate: " .. tostring(code) .. " " .. tostring(msg))
  local out = assert(cm:serialize_shape(OP .. "Response", output))
  assert(cm:deserialize(OP, out))
  return input, out, body
end

-- Lua source of a plain table (strings, numbers, arrays, records), keys sorted.
local function lua_source(v, ind)
  ind = ind or ""
  if type(v) == "string" then return ("%q"):format(v) end
  if type(v) == "number" then return tostring(v) end
  local parts, inner = {}, ind .. "  "
  if #v > 0 then
    for _, x in ipairs(v) do parts[#parts + 1] = inner .. lua_source(x, inner) end
  else
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do parts[#parts + 1] = inner .. k .. " = " .. lua_source(v[k], inner) end
  end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

function _M.write(dir)
  local input, response, body = _M.build()
  -- the upstream answers with `return 200 '...'`: nginx would expand $ and the
  -- quote would end the string
  assert(not response:find("[$'\\]"), "the seed response needs escaping for nginx")
  write(dir .. "/seed_input.lua", "-- generated by bench/seed.lua from the seed document; not committed\nreturn "
    .. lua_source(input) .. "\n")
  write(dir .. "/seed_response.json", response)
  write(dir .. "/upstream_return.conf", "default_type application/x-amz-json-1.0;\n"
    .. "add_header x-amzn-RequestId 8f0c1e6a-2b57-4d0e-9a7c-5e2f4b1d3c9a;\n"
    .. "return 200 '" .. response .. "';\n")
  return #body, #response
end

if arg and arg[0] and arg[0]:match("seed%.lua$") then
  local dir = assert(arg[1], "usage: seed.lua OUTDIR")
  local req_len, resp_len = _M.write(dir)
  print(("seed workload: request body %d bytes, response body %d bytes -> %s"):format(req_len, resp_len, dir))
end

return _M
