-- partnercentral.log: debug lines for requests and responses, secrets redacted.
--   log.redact_headers(headers) -> "name: value" lines with Authorization,
--     X-Amz-Security-Token and any *token*/*secret* header value replaced by "<redacted>"
--   log.redact_body(s, model?) -> a JSON object body with the values of secret members
--     replaced by "<redacted>": any key named like "...Token" or "...Secret...", and,
--     given the model, every member whose shape is `sensitive` (or a list/map of
--     sensitive values) or an idempotency token. Any other body (not JSON, a
--     truncated one, an HTML error page) is logged as "<N bytes, not JSON>" only:
--     patterns cannot know what in it is secret.
--   log.make(opt) -> logger function or nil (opt: true = stderr, or a function(line))
--   log.scrub(s, secrets) -> s without any of the secrets (strings: secret key,
--     session token, Authorization value), nor any 16-byte piece of one, wherever
--     it starts (a server may echo a part), nor any Signature=... or
--     X-Amz-Security-Token value. Linear in #s: one pass per whole secret, one
--     for all the pieces (a server echoing the token 12,800 times costs
--     milliseconds, not seconds).
--   log.scrub_foreign(s, secrets) -> scrub(s, secrets), and the value of any
--     "name: value" / "name=value" whose name holds token or secret redacted (text
--     from code the SDK does not control, such as what a credentials provider raised)
--   log.scrub_error(err, secrets) -> err with every string in it scrubbed, at
--     any depth, its message first cut to log.MAX_MESSAGE bytes
-- Only the debug path pays for this: the client calls it when a logger is set.
local errors = require("partnercentral.errors")

local _M = {}

local SECRET_HEADERS = { authorization = true, ["x-amz-security-token"] = true }
local REDACTED = "<redacted>"

local function secret_name(n)
  n = n:lower()
  return SECRET_HEADERS[n] or n:find("token", 1, true) ~= nil or n:find("secret", 1, true) ~= nil
end

function _M.redact_headers(headers)
  local out = {}
  if headers[1] ~= nil or next(headers) == nil then
    for _, h in ipairs(headers) do
      out[#out + 1] = h[1] .. ": " .. (secret_name(h[1]) and REDACTED or tostring(h[2]))
    end
  else
    local names = {}
    for k in pairs(headers) do names[#names + 1] = k end
    table.sort(names)
    for _, k in ipairs(names) do
      out[#out + 1] = k .. ": " .. (secret_name(k) and REDACTED or tostring(headers[k]))
    end
  end
  return table.concat(out, "\n")
end

-- member names that hold secrets in a model, computed once per model table
local secret_members = setmetatable({}, { __mode = "k" })

-- a sensitive shape, or a list/map whose values are sensitive
local function sensitive(shapes, sh)
  if type(sh) ~= "table" then return false end
  if sh.sensitive then return true end
  local inner = (sh.type == "list" and sh.member) or (sh.type == "map" and sh.value) or nil
  local t = inner and shapes[type(inner) == "table" and inner.shape or inner]
  return type(t) == "table" and t.sensitive == true
end
local function model_secrets(model)
  local set = secret_members[model]
  if set then return set end
  set = {}
  local shapes = model.shapes or {}
  for _, sh in pairs(shapes) do
    if sh.type == "structure" then
      for _, m in ipairs(sh.members or {}) do
        local target = shapes[m.shape]
        if m.idempotencyToken or sensitive(shapes, target) then set[m.name] = true end
      end
    end
  end
  secret_members[model] = set
  return set
end

local function walk(v, set)
  if type(v) ~= "table" then return end
  for k, x in pairs(v) do
    if type(k) == "string" and set[k] then
      v[k] = REDACTED   -- whatever its form: a sensitive member shows nothing
    elseif type(k) == "string" and secret_name(k) and (type(x) == "string" or type(x) == "number") then
      v[k] = REDACTED
    else
      walk(x, set)
    end
  end
end

function _M.redact_body(s, model)
  if type(s) ~= "string" then return "" end
  local ok, core = pcall(require, "partnercentral.core")
  if ok and core.json_decode then
    local v = core.json_decode(s)
    if type(v) == "table" then
      walk(v, model and model_secrets(model) or {})
      local out = core.json_encode(v)
      if out then return out end
    end
  end
  if s == "" then return "" end
  return ("<%d bytes, not JSON>"):format(#s)
end

-- Characters a key, token or signature is made of (base64, hex, URL-encoded):
-- a found piece is widened over them, so the whole echoed value goes ("=" only
-- to the right: it is base64 padding, and "name=" before a value is not secret).
local LEFT_BYTES = {}
for c = 0, 255 do LEFT_BYTES[c] = string.char(c):find("[%w%+/%%_%-]") ~= nil end
local NOT_RIGHT = "[^%w%+/=%%_%-]"
local PIECE = 16      -- any PIECE-byte window of a secret is cut
local SEED = 8        -- the scan probes every SEED-th position with a SEED-byte window
local MIN_SECRET = 8  -- shorter strings are not secrets worth cutting words for
-- An error message longer than this is cut before it is scrubbed: a message of
-- megabytes (a server echoing a body) helps nobody and would cost time.
_M.MAX_MESSAGE = 4096

local byte, sub, find, concat, max = string.byte, string.sub, string.find, table.concat, math.max

-- s[i..j] widened over key characters, not left of `floor` -> i, j
local function widen(s, i, j, floor)
  while i > floor and LEFT_BYTES[byte(s, i - 1)] do i = i - 1 end
  local k = find(s, NOT_RIGHT, j + 1)
  return i, k and k - 1 or #s
end

-- s with the (widened) ranges that `next_hit(s, from, last)` finds replaced, in
-- one pass: next_hit -> i, j of the next match at or after `from` (no match
-- starts before `last`, the first byte not yet copied) | nil.
local function cut_each(s, next_hit)
  local out, last = nil, 1
  local i, j = next_hit(s, 1, 1)
  while i do
    out = out or {}
    local wi, wj = widen(s, i, j, last)
    out[#out + 1] = sub(s, last, wi - 1)
    out[#out + 1] = REDACTED
    last = wj + 1
    i, j = next_hit(s, last, last)
  end
  if not out then return s end
  out[#out + 1] = sub(s, last)
  return concat(out)
end

-- What one list of secrets is looked for by: the whole strings, and for those of
-- PIECE bytes or more the set of their PIECE-byte windows and of their SEED-byte
-- windows. Kept per list (the client appends a signature per attempt: rebuilt
-- when the list grew).
local indexes = setmetatable({}, { __mode = "k" })
local function index_of(secrets)
  local ix = indexes[secrets]
  if ix and ix.n == #secrets then return ix end
  ix = { n = #secrets, whole = {}, windows = {}, seeds = {}, any_window = false }
  for _, secret in ipairs(secrets) do
    if type(secret) == "string" and #secret >= MIN_SECRET then
      ix.whole[#ix.whole + 1] = secret
      if #secret >= PIECE then
        ix.any_window = true
        for i = 1, #secret - PIECE + 1 do ix.windows[sub(secret, i, i + PIECE - 1)] = true end
        for i = 1, #secret - SEED + 1 do ix.seeds[sub(secret, i, i + SEED - 1)] = true end
      end
    end
  end
  indexes[secrets] = ix
  return ix
end

-- The next PIECE-byte window of a secret in s at or after `from`. The scan
-- probes every STRIDE-th position q (from, from+9, ...) with its SEED bytes: any
-- window [p, p+15] holds the SEED bytes of some probe (p <= q <= p+8), and a
-- probe that finds a seed checks the 9 windows that may hold it. About #s/9
-- probes, 9 lookups per seed found: linear (~60 ns a byte on Lua 5.4).
local STRIDE = PIECE - SEED + 1
local function window_finder(ix)
  local windows, seeds = ix.windows, ix.seeds
  return function(s, from, last)
    local n = #s
    local q = from
    while q + SEED - 1 <= n do
      if seeds[sub(s, q, q + SEED - 1)] then
        for p = max(last, q - (PIECE - SEED)), q do
          if p + PIECE - 1 <= n and windows[sub(s, p, p + PIECE - 1)] then return p, p + PIECE - 1 end
        end
      end
      q = q + STRIDE
    end
    return nil
  end
end

local function whole_finder(secret)
  return function(s, from) return find(s, secret, from, true) end
end

function _M.scrub(s, secrets)
  if type(s) ~= "string" then return s end
  if type(secrets) == "table" and #secrets > 0 then
    local ix = index_of(secrets)
    for _, secret in ipairs(ix.whole) do s = cut_each(s, whole_finder(secret)) end
    if ix.any_window then s = cut_each(s, window_finder(ix)) end
  end
  s = s:gsub("([Ss]ignature%s*=%s*)%x+", "%1" .. REDACTED)
  s = s:gsub("([Xx]%-[Aa]mz%-[Ss]ecurity%-[Tt]oken[\"']?%s*[:=]%s*[\"']?)[^%s\"',;]+", "%1" .. REDACTED)
  return s
end

-- Text from code the SDK does not control (what a credentials provider
-- raised): scrubbed, and the value of any `name: value`, `name=value` or
-- `"name":"value"` whose name holds "token" or "secret" (as redact_headers
-- decides) redacted too, since the secrets in it may be ones the SDK never saw.
function _M.scrub_foreign(s, secrets)
  if type(s) ~= "string" then return s end
  s = _M.scrub(s, secrets)
  return (s:gsub("([%w_%-]+)([\"']?%s*[:=]%s*[\"']?)([^%s\"',;}&]+)", function(name, sep)
    if secret_name(name) then return name .. sep .. REDACTED end
  end))
end

-- A message cut to MAX_MESSAGE bytes (at a UTF-8 character boundary), with a
-- note of what was cut.
function _M.cap_message(m)
  if type(m) ~= "string" or #m <= _M.MAX_MESSAGE then return m end
  local n = _M.MAX_MESSAGE
  while n > 0 and byte(m, n + 1) and byte(m, n + 1) >= 0x80 and byte(m, n + 1) < 0xC0 do n = n - 1 end
  return sub(m, 1, n) .. (" ... (%d bytes cut)"):format(#m - n)
end

-- Tables scrub_error walks into: plain tables, JSON arrays, errors.
local function walkable(v)
  local mt = getmetatable(v)
  if mt == nil or mt == errors.mt then return true end
  local ok, core = pcall(require, "partnercentral.core")
  return ok and mt == core.json_array_mt
end

-- Every string of the error (message, code, fields, ... at any depth, keys
-- included: a document's keys are data too); the message is cut to MAX_MESSAGE
-- first. Tables are visited once (a cycle ends).
function _M.scrub_error(err, secrets)
  if type(err) ~= "table" then return err end
  err.message = _M.cap_message(err.message)
  local seen = {}
  local function visit(t)
    seen[t] = true
    local renamed
    for k, v in next, t do
      if type(v) == "string" then
        rawset(t, k, _M.scrub(v, secrets))
      elseif type(v) == "table" and not seen[v] and walkable(v) then
        visit(v)
      end
      if type(k) == "string" then
        local sk = _M.scrub(k, secrets)
        if sk ~= k then renamed = renamed or {} renamed[k] = sk end
      end
    end
    for k, sk in pairs(renamed or {}) do
      local v = rawget(t, k)
      rawset(t, k, nil)
      rawset(t, sk, v)
    end
  end
  visit(err)
  return err
end

function _M.make(opt)
  if opt == nil or opt == false then return nil end
  if type(opt) == "function" then return opt end
  return function(line) io.stderr:write(line, "\n") end
end

return _M
