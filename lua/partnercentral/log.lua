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
--     session token, Authorization value), nor any 16-byte piece of one (a server
--     may echo a part), nor any Signature=... or X-Amz-Security-Token value
--   log.scrub_error(err, secrets) -> err with every string in it scrubbed
-- Only the debug path pays for this: the client calls it when a logger is set.
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
local SECRET_LEFT, SECRET_RIGHT = "[%w%+/%%_%-]", "[%w%+/=%%_%-]"
local PIECE = 16
local MIN_SECRET = 8   -- shorter strings are not secrets worth cutting words for

-- s with s[i..j] widened and replaced -> s, the position after the replacement
local function cut(s, i, j)
  while i > 1 and s:sub(i - 1, i - 1):find(SECRET_LEFT) do i = i - 1 end
  while j < #s and s:sub(j + 1, j + 1):find(SECRET_RIGHT) do j = j + 1 end
  return s:sub(1, i - 1) .. REDACTED .. s:sub(j + 1), i + #REDACTED
end

-- every occurrence of piece in s cut out (widened)
local function cut_all(s, piece)
  local i, j = s:find(piece, 1, true)
  while i do
    local after
    s, after = cut(s, i, j)
    i, j = s:find(piece, after, true)
  end
  return s
end

local function scrub_one(s, secret)
  if type(secret) ~= "string" or #secret < MIN_SECRET then return s end
  s = cut_all(s, secret)
  if #secret > PIECE then
    for i = 1, #secret - PIECE + 1, PIECE do s = cut_all(s, secret:sub(i, i + PIECE - 1)) end
    s = cut_all(s, secret:sub(-PIECE))
  end
  return s
end

function _M.scrub(s, secrets)
  if type(s) ~= "string" then return s end
  for _, secret in ipairs(secrets or {}) do s = scrub_one(s, secret) end
  s = s:gsub("([Ss]ignature%s*=%s*)%x+", "%1" .. REDACTED)
  s = s:gsub("([Xx]%-[Aa]mz%-[Ss]ecurity%-[Tt]oken[\"']?%s*[:=]%s*[\"']?)[^%s\"',;]+", "%1" .. REDACTED)
  return s
end

-- every string of the error (message, code, fields, ...), tables to depth 4
function _M.scrub_error(err, secrets)
  local function walk(t, depth)
    for k, v in pairs(t) do
      if type(v) == "string" then
        t[k] = _M.scrub(v, secrets)
      elseif type(v) == "table" and depth < 4 and getmetatable(v) == nil then
        walk(v, depth + 1)
      end
    end
  end
  walk(err, 1)
  return err
end

function _M.make(opt)
  if opt == nil or opt == false then return nil end
  if type(opt) == "function" then return opt end
  return function(line) io.stderr:write(line, "\n") end
end

return _M
