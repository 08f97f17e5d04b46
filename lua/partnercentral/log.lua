-- partnercentral.log: debug lines for requests and responses, secrets redacted.
--   log.redact_headers(headers) -> "name: value" lines with Authorization,
--     X-Amz-Security-Token and any *token*/*secret* header value replaced by "<redacted>"
--   log.redact_body(s, model?) -> s with the values of secret members replaced by
--     "<redacted>": any key named like "...Token" or "...Secret...", and, given the
--     model, every member whose shape is `sensitive` or an idempotency token.
--   log.make(opt) -> logger function or nil (opt: true = stderr, or a function(line))
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
local function model_secrets(model)
  local set = secret_members[model]
  if set then return set end
  set = {}
  local shapes = model.shapes or {}
  for _, sh in pairs(shapes) do
    if sh.type == "structure" then
      for _, m in ipairs(sh.members or {}) do
        local target = shapes[m.shape]
        if m.idempotencyToken or (target and target.sensitive) then set[m.name] = true end
      end
    end
  end
  secret_members[model] = set
  return set
end

local function walk(v, set)
  if type(v) ~= "table" then return end
  for k, x in pairs(v) do
    if type(k) == "string" and (set[k] or secret_name(k)) and (type(x) == "string" or type(x) == "number") then
      v[k] = REDACTED
    else
      walk(x, set)
    end
  end
end

local function redact_patterns(s)
  return (s:gsub('("[%w_]-[Tt]oken"%s*:%s*)"[^"]*"', '%1"' .. REDACTED .. '"')
           :gsub('("[%w_]-[Ss]ecret[%w_]-"%s*:%s*)"[^"]*"', '%1"' .. REDACTED .. '"'))
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
  -- not JSON (an HTML error page, a truncated body): patterns only
  return redact_patterns(s)
end

function _M.make(opt)
  if opt == nil or opt == false then return nil end
  if type(opt) == "function" then return opt end
  return function(line) io.stderr:write(line, "\n") end
end

return _M
