-- Shared helpers of the emulator: clock, ids, ARNs, timestamps, errors,
-- pagination tokens, input fingerprints for idempotency.
local json = require("partnercentral_local.json_codec")
local _M = {}

_M.ACCOUNT_ID = "111122223333"   -- the emulated caller's AWS account
_M.REGION = "us-east-1"

-- Clock: real time plus an offset that POST /_local/clock can advance, so
-- tests can move a task past its delay without sleeping.
local offset = 0
function _M.now()
  local t = (ngx and ngx.now) and ngx.now() or os.time()
  return t + offset
end
function _M.advance(seconds) offset = offset + seconds end
function _M.reset_clock() offset = 0 end

local seeded = false
local function seed()
  if seeded then return end
  seeded = true
  local pid = (ngx and ngx.worker and ngx.worker.pid and ngx.worker.pid()) or 0
  math.randomseed(math.floor(((ngx and ngx.now and ngx.now()) or os.time()) * 1000) % 2147483647 + pid)
end

local ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
local LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
local function rand(alphabet, n)
  seed()
  local out = {}
  for i = 1, n do
    local k = math.random(1, #alphabet)
    out[i] = alphabet:sub(k, k)
  end
  return table.concat(out)
end
-- Account ids are mixed case ("partner-" + 13 alnum), Channel and Selling ids lower case
-- (13 characters unless n says otherwise).
function _M.id(prefix) return prefix .. rand(ALNUM, 13) end
function _M.lid(prefix, n) return prefix .. rand(LOWER, n or 13) end
function _M.digits(n) return rand("0123456789", n) end

function _M.uuid()
  seed()
  local h = {}
  for i = 1, 32 do h[i] = string.format("%x", math.random(0, 15)) end
  h[13] = "4"
  h[17] = string.format("%x", 8 + math.random(0, 3))
  local s = table.concat(h)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21)
end

function _M.arn(account, resource)
  return "arn:aws:partnercentral:" .. (_M.region or _M.REGION) .. ":" .. (account or "") .. ":" .. resource
end

-- ISO 8601 UTC with milliseconds, as the model's iso8601 DateTime.
function _M.iso(t)
  local s = math.floor(t)
  local ms = math.floor((t - s) * 1000 + 0.5)
  if ms >= 1000 then s, ms = s + 1, 0 end
  return os.date("!%Y-%m-%dT%H:%M:%S", s) .. string.format(".%03dZ", ms)
end

-- Modeled service errors travel as raised tables; the server renders them.
local err_mt = {}
function _M.fail(code, message, fields, status)
  error(setmetatable({ code = code, message = message, fields = fields or {},
    status = status or (code == "InternalServerException" and 500 or 400) }, err_mt), 0)
end
function _M.is_fail(e) return getmetatable(e) == err_mt end

-- Stable text of a value (sorted keys): idempotency compares inputs with it.
local function canon(v, out)
  local t = type(v)
  if t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    out[#out + 1] = "{"
    for _, k in ipairs(keys) do
      out[#out + 1] = k .. "="
      canon(v[k] ~= nil and v[k] or v[tonumber(k)], out)
      out[#out + 1] = ","
    end
    out[#out + 1] = "}"
  else
    out[#out + 1] = t .. ":" .. tostring(v)
  end
end
function _M.fingerprint(v, skip)
  local copy = {}
  for k, x in pairs(v) do if k ~= skip then copy[k] = x end end
  local out = {}
  canon(copy, out)
  return table.concat(out)
end

function _M.deepcopy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = _M.deepcopy(x) end
  return setmetatable(c, getmetatable(v))
end

-- Pagination: the token is base64("<salt>:<op>:<offset>"); the salt changes
-- per server start so stale tokens from another run are rejected.
local salt
local function b64e(s) return ngx and ngx.encode_base64(s) or s end
local function b64d(s) if ngx then return ngx.decode_base64(s) end return s end
function _M.paginate(items, op, token, max, default_max)
  salt = salt or _M.id("")
  local start = 1
  if token ~= nil then
    local raw = b64d(token)
    local s, o, n = (raw or ""):match("^([^:]+):([^:]+):(%d+)$")
    if s ~= salt or o ~= op then
      return nil, "Invalid pagination token"
    end
    start = tonumber(n)
  end
  local limit = max or default_max or 100
  local page = {}
  for i = start, math.min(#items, start + limit - 1) do page[#page + 1] = items[i] end
  local nxt
  if start + limit - 1 < #items then nxt = b64e(salt .. ":" .. op .. ":" .. (start + limit)) end
  return json.array(page), nxt
end

-- Filters of the List operations: v is in list, any of values is in list
-- (an absent or empty list lets everything through).
function _M.in_list(list, v)
  if not list or #list == 0 then return true end
  for _, x in ipairs(list) do if x == v then return true end end
  return false
end

function _M.any_in(list, values)
  if not list or #list == 0 then return true end
  for _, v in ipairs(values or {}) do if _M.in_list(list, v) then return true end end
  return false
end

-- "partner-abc" or an ARN ending in it -> the id; nil when it does not fit.
function _M.tail_id(identifier, prefix)
  if type(identifier) ~= "string" then return nil end
  return identifier:match("(" .. prefix .. "[A-Za-z0-9]+)$")
end

function _M.sorted_values(map, key)
  local out = {}
  for _, v in pairs(map) do out[#out + 1] = v end
  table.sort(out, function(a, b) return a[key] < b[key] end)
  return out
end

return _M
