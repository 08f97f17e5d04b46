-- partnercentral.describe: what an operation takes and returns, as plain tables,
-- read from a format 1 model (the one a client runs on). client:operations() and
-- client:describe(op) use it; so do the generated reference and editor types.
--
--   describe.operations(model) -> { "AcceptConnectionInvitation", ... } (sorted)
--   describe.operation(model, op) -> {
--     name = "StartProfileUpdateTask", method = "start_profile_update_task",
--     input  = { shape = "StartProfileUpdateTaskRequest", members = { member, ... } },
--     output = { shape = ..., members = { ... } },            (nil without an output)
--     errors = { { code = "ThrottlingException", retried = true, retry = "throttling",
--                  fault = false }, ... },
--     idempotency_token = "ClientToken" | nil,
--     paginator = { input_token =, output_token =, limit_key =, result_key = } | nil,
--     waiters = { waiter, ... },   (the waiters that poll this operation)
--     shapes = { [name] = shape, ... }  (every named shape reachable from input and output)
--   }
--   member = { name =, shape =, type =, required = bool, idempotency_token = true?,
--              sensitive = true?, length = { min =, max = }?, range = { min =, max = }?,
--              pattern =?, enum = { ... }?, member =? (list), key =?, value =? (map),
--              timestamp_format =? }
--     length counts Unicode code points for strings and entries for lists and maps;
--     range bounds numbers. The constraints are those of the member's target shape.
--   describe.shape(model, name) -> { name =, type =, members =? (structures), union =?,
--     exception =?, and the constraints above }
--   describe.waiters(model) -> { { name =, operation =, status =, success = {...},
--     failure = {...}, rule =, note =, aliases = {...} }, ... }  (the SDK's waiters for this model)
--   describe.retry_of(model, error_shape_name) -> retried, reason
--     reason: "throttling" | "transient" | "modeled" | nil, from retry.classify: a
--     modeled error with the model's traits and the HTTP status a fault gets (500).
local retry = require("partnercentral.retry")

local type, pairs, ipairs, sort = type, pairs, ipairs, table.sort

local _M = { _VERSION = require("partnercentral.version") }

local function sorted_keys(t)
  local ks = {}
  for k in pairs(t or {}) do ks[#ks + 1] = k end
  sort(ks)
  return ks
end

local function copy_list(t)
  if type(t) ~= "table" then return nil end
  local o = {}
  for i, v in ipairs(t) do o[i] = v end
  return o
end

function _M.operations(model)
  return sorted_keys(model.operations)
end

-- The constraints of a shape, in the describe vocabulary.
local function constraints(s, out)
  local t = s.type
  if s.min ~= nil or s.max ~= nil then
    if t == "string" or t == "list" or t == "map" or t == "blob" then
      out.length = { min = s.min, max = s.max }
    else
      out.range = { min = s.min, max = s.max }
    end
  end
  out.pattern = s.pattern
  out.enum = copy_list(s.enum)
  out.timestamp_format = s.timestampFormat
  if s.sensitive then out.sensitive = true end
  if t == "list" then out.member = s.member end
  if t == "map" then out.key, out.value = s.key, s.value end
  return out
end

local function required_set(s)
  local req = {}
  for _, r in ipairs(s.required or {}) do req[r] = true end
  return req
end

local function members_of(model, s)
  local out, req = {}, required_set(s)
  for i, m in ipairs(s.members or {}) do
    local target = model.shapes[m.shape] or {}
    local d = { name = m.name, shape = m.shape, type = target.type, required = req[m.name] == true }
    if m.idempotencyToken then d.idempotency_token = true end
    constraints(target, d)
    if m.sensitive then d.sensitive = true end
    out[i] = d
  end
  return out
end

function _M.shape(model, name)
  local s = model.shapes[name]
  if not s then return nil end
  local d = { name = name, type = s.type }
  if s.type == "structure" then
    d.members = members_of(model, s)
    if s.union then d.union = true end
    if s.exception then d.exception = true end
    if s.fault then d.fault = true end
  end
  return constraints(s, d)
end

-- Every named shape reachable from `name` (structures' members, list members,
-- map keys and values), described once.
local function collect(model, name, into)
  if not name or into[name] or not model.shapes[name] then return end
  local d = _M.shape(model, name)
  into[name] = d
  for _, m in ipairs(d.members or {}) do collect(model, m.shape, into) end
  collect(model, d.member, into)
  collect(model, d.key, into)
  collect(model, d.value, into)
end

function _M.retry_of(model, name)
  local s = model.shapes[name] or {}
  local why = retry.classify{ kind = "service", code = name, modeled = true,
    status = s.fault and 500 or 400,
    retryable = s.retryable ~= nil, throttling = type(s.retryable) == "table" and s.retryable.throttling == true }
  return why ~= nil, why
end

function _M.waiters(model)
  local W = require("partnercentral.waiters")
  local md = model.metadata or {}
  local service = require("partnercentral.services").name_of_prefix(md.targetPrefix)
  local ws = W.waiters[service] or {}
  local out = {}
  for _, name in ipairs(W.names[service] or {}) do
    local w = ws[name]
    if model.operations[w.op] then
      local aliases = {}
      for k, v in pairs(ws) do
        if v == w and k ~= name then aliases[#aliases + 1] = k end
      end
      sort(aliases)
      -- a waiter decided by a function (no status member) has no state lists
      out[#out + 1] = { name = name, operation = w.op, status = w.status,
        success = w.success and sorted_keys(w.success) or {}, failure = w.failure and sorted_keys(w.failure) or {},
        rule = w.rule, note = w.note, aliases = aliases }
    end
  end
  return out
end

function _M.operation(model, op)
  local o = model.operations[op]
  if not o then return nil end
  local snake = require("partnercentral.client").snake
  local d = { name = op, method = snake(op), errors = {}, waiters = {}, shapes = {} }
  for _, which in ipairs{ "input", "output" } do
    local sname = o[which]
    if sname and model.shapes[sname] then
      d[which] = { shape = sname, members = members_of(model, model.shapes[sname]) }
      collect(model, sname, d.shapes)
    end
  end
  for _, m in ipairs(d.input and d.input.members or {}) do
    if m.idempotency_token then d.idempotency_token = m.name end
  end
  for i, code in ipairs(o.errors or {}) do
    local s = model.shapes[code] or {}
    local retried, why = _M.retry_of(model, code)
    d.errors[i] = { code = code, retried = retried, retry = why, fault = s.fault == true }
  end
  local p = (model.paginators or {})[op]
  if type(p) == "table" then
    d.paginator = { input_token = p.input_token, output_token = p.output_token,
      limit_key = p.limit_key, result_key = p.result_key }
  end
  for _, w in ipairs(_M.waiters(model)) do
    if w.operation == op then d.waiters[#d.waiters + 1] = w end
  end
  return d
end

return _M
