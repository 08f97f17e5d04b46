-- partnercentral.stub: canned answers for unit tests, checked against the model.
--
--   local stub = require("partnercentral").stub(client)      -- or stub.new(client)
--   stub:add_response("StartProfileUpdateTask", output, expected_input)
--   stub:add_error("GetProfileUpdateTask", { code = "ResourceNotFoundException",
--     message = "...", fields = { Reason = "..." }, status = 404 }, expected_input)
--   ... code under test calls client:start_profile_update_task{...} ...
--   stub:assert_done()       -- every queued call was made (and none failed)
--   stub:deactivate() / stub:activate()
--
-- Calls are answered in the order they were queued. While a stub is active its
-- client does no I/O at all (no endpoint, no credentials, no network), so it
-- works in a plain Lua 5.4 test and inside nginx alike. What stays real:
--   - the input is validated exactly as for a real call (validation mode of the client);
--   - the canned output is validated strictly (required members, types, enums,
--     lengths, patterns) against the operation's output shape when it is queued,
--     and the caller receives it as the client would decode it from the wire
--     (timestamps as numbers, a fresh table per call);
--   - a canned error must be one of the operation's modeled errors, its fields
--     valid for the exception shape; the caller gets the same typed error
--     (partnercentral.errors) with the same retry traits as from the service.
--     Stubbed errors are not retried: one queued answer is one call.
-- expected_input: nil (any input), a table compared exactly with the caller's
-- input (stub.ANY matches any value of a member), or a predicate
-- function(input) -> true | false, reason.
-- An unexpected operation or input raises an error with the differences, path by
-- path; it is also kept for assert_done, in case the code under test caught it.
local errors = require("partnercentral.errors")
local client_mod = require("partnercentral.client")

local type, pairs, ipairs, tostring, error, setmetatable = type, pairs, ipairs, tostring, error, setmetatable
local sort, concat, format = table.sort, table.concat, string.format

local _M = { _VERSION = require("partnercentral.version") }
local mt = { __index = _M }

-- Matches any value of a member in an expected input.
_M.ANY = setmetatable({}, { __tostring = function() return "stub.ANY" end })

local PREFIX = "partnercentral.stub: "

---------------------------------------------------------------- values and diffs

local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  sort(ks, function(a, b)
    if type(a) == type(b) and (type(a) == "number" or type(a) == "string") then return a < b end
    return type(a) == "number"
  end)
  return ks
end

-- A short, readable Lua form of a value for messages.
local function show(v, depth)
  depth = depth or 0
  if v == _M.ANY then return "stub.ANY" end
  if type(v) == "string" then return format("%q", v) end
  if type(v) ~= "table" then return tostring(v) end
  if depth > 3 then return "{...}" end
  local parts, n = {}, #v
  for i = 1, n do parts[#parts + 1] = show(v[i], depth + 1) end
  for _, k in ipairs(sorted_keys(v)) do
    if not (type(k) == "number" and k >= 1 and k <= n and k % 1 == 0) then
      parts[#parts + 1] = tostring(k) .. " = " .. show(v[k], depth + 1)
    end
  end
  local s = "{ " .. concat(parts, ", ") .. " }"
  if #s > 160 then s = s:sub(1, 157) .. "..." end
  return s == "{  }" and "{}" or s
end

local function child(path, k)
  if type(k) == "number" then return path .. "[" .. k .. "]" end
  if path == "" then return tostring(k) end
  return path .. "." .. tostring(k)
end

-- Differences between expected and actual, one line per path, into out.
local function diff(expected, actual, path, out)
  if expected == _M.ANY then
    if actual == nil then out[#out + 1] = (path == "" and "input" or path) .. ": expected a value, got nothing" end
    return
  end
  if type(expected) == "table" and type(actual) == "table" then
    local keys, seen = {}, {}
    for _, k in ipairs(sorted_keys(expected)) do keys[#keys + 1] = k seen[k] = true end
    for _, k in ipairs(sorted_keys(actual)) do if not seen[k] then keys[#keys + 1] = k end end
    for _, k in ipairs(keys) do diff(expected[k], actual[k], child(path, k), out) end
    return
  end
  if expected ~= actual then
    local where = path == "" and "input" or path
    if actual == nil then
      out[#out + 1] = format("%s: expected %s, got nothing", where, show(expected))
    elseif expected == nil then
      out[#out + 1] = format("%s: not expected, got %s", where, show(actual))
    else
      out[#out + 1] = format("%s: expected %s, got %s", where, show(expected), show(actual))
    end
  end
end

---------------------------------------------------------------- the stubber

-- Where the test queued a call ("spec/x_spec.lua:12"), for messages.
local function caller_site()
  for level = 3, 6 do
    local info = debug.getinfo(level, "Sl")
    if info and info.short_src and not info.short_src:find("partnercentral/stub.lua", 1, true) then
      return info.short_src .. ":" .. tostring(info.currentline)
    end
  end
  return "?"
end

function _M.new(client)
  if not client_mod.is_client(client) then
    error("bad argument #1 to 'stub' (a partnercentral client expected)", 2)
  end
  local self = setmetatable({ client = client, queue = {}, failures = {}, calls = {}, served = 0 }, mt)
  self:activate()
  return self
end

function _M:activate() self.client.stubber = self return self end

function _M:deactivate()
  if self.client.stubber == self then self.client.stubber = nil end
  return self
end

-- "StartProfileUpdateTask" | "start_profile_update_task" -> model name, or raise.
local function op_of(self, op)
  local model = self.client.model
  if type(op) == "string" then
    if model.operations[op] then return op end
    if self.client.op_by_snake[op] then return self.client.op_by_snake[op] end
  end
  error(PREFIX .. tostring(self.client.md.serviceId) .. " has no operation " .. show(op), 3)
end

local function violations_text(msg, violations)
  local lines = {}
  for _, v in ipairs(violations or {}) do
    lines[#lines + 1] = "  " .. tostring(v.path ~= "" and v.path or "(top)") .. ": " .. tostring(v.message)
  end
  if #lines == 0 then return tostring(msg) end
  return concat(lines, "\n")
end

local function check_expected(expected)
  local te = type(expected)
  if expected ~= nil and te ~= "table" and te ~= "function" then
    error(PREFIX .. "expected input must be a table, a function or nil, got " .. te, 3)
  end
end

-- Queue a successful answer: output is validated strictly now and decoded as
-- the client would decode it, at each call.
function _M:add_response(op, output, expected_input)
  op = op_of(self, op)
  check_expected(expected_input)
  local cm = client_mod.compiled_model(self.client)
  local oshape = self.client.model.operations[op].output
  local body
  if oshape then
    local code, msg, violations
    body, code, msg, violations = cm:serialize_shape(oshape, output or {}, { validation = "strict" })
    if not body then
      error(PREFIX .. "the canned output of " .. op .. " does not fit " .. oshape .. ":\n"
        .. violations_text(msg or code, violations), 2)
    end
  elseif output ~= nil and (type(output) ~= "table" or next(output) ~= nil) then
    error(PREFIX .. op .. " has no output shape: the canned output must be nil or {}", 2)
  end
  self.queue[#self.queue + 1] = { op = op, body = body or "{}", expected = expected_input, site = caller_site() }
  return self
end

local function member_named(shape, names)
  for _, m in ipairs(shape.members or {}) do
    for _, n in ipairs(names) do if m.name == n then return m.name end end
  end
end

-- Queue a service error. e: an error code, or { code =, message =, fields =, status = }.
-- The code must be an error the operation models; fields (with the message) are
-- validated strictly against the exception shape.
function _M:add_error(op, e, expected_input)
  op = op_of(self, op)
  check_expected(expected_input)
  if type(e) == "string" then e = { code = e } end
  if type(e) ~= "table" or type(e.code) ~= "string" then
    error(PREFIX .. "add_error needs an error code or { code =, message =, fields =, status = }", 2)
  end
  local model = self.client.model
  local listed = false
  for _, c in ipairs(model.operations[op].errors or {}) do if c == e.code then listed = true end end
  if not listed then
    error(PREFIX .. e.code .. " is not an error of " .. op .. " (its errors: "
      .. concat(model.operations[op].errors or {}, ", ") .. ")", 2)
  end
  local shape = model.shapes[e.code]
  local fields = {}
  for k, v in pairs(e.fields or {}) do fields[k] = v end
  local mname = member_named(shape, { "Message", "message" })
  if mname and fields[mname] == nil then fields[mname] = e.message or ("stubbed " .. e.code) end
  local cm = client_mod.compiled_model(self.client)
  local json, code, msg, violations = cm:serialize_shape(e.code, fields, { validation = "strict" })
  if not json then
    error(PREFIX .. "the canned " .. e.code .. " of " .. op .. " does not fit its shape:\n"
      .. violations_text(msg or code, violations), 2)
  end
  local status = e.status or (shape.fault and 500 or 400)
  -- the wire form of an awsJson error: the body plus __type
  local body = '{"__type":' .. require("partnercentral.core").json_encode(e.code)
    .. (json == "{}" and "}" or ("," .. json:sub(2)))
  self.queue[#self.queue + 1] = { op = op, status = status, body = body, expected = expected_input,
    site = caller_site() }
  return self
end

local function fail(self, msg)
  self.failures[#self.failures + 1] = msg
  error(PREFIX .. msg, 0)
end

local function check_input(self, entry, n, input)
  local expected = entry.expected
  if expected == nil then return end
  if type(expected) == "function" then
    local ok, why = expected(input)
    if not ok then
      fail(self, format("call %d (%s, queued at %s): the input does not satisfy the expectation%s\n  got %s",
        n, entry.op, entry.site, why and (": " .. tostring(why)) or "", show(input)))
    end
    return
  end
  local out = {}
  diff(expected, input, "", out)
  if #out > 0 then
    fail(self, format("call %d (%s, queued at %s): the input differs from the expected input:\n  %s",
      n, entry.op, entry.site, concat(out, "\n  ")))
  end
end

-- Called by the client (methods:call) after the input passed validation.
-- -> result, meta | nil, err (a typed service error)
function _M:respond(op, input, cm)
  local n = self.served + 1
  self.calls[#self.calls + 1] = { op = op, input = input }
  local entry = self.queue[1]
  if not entry then
    fail(self, format("unexpected call %d: %s, no stubbed answer is queued\n  input %s", n, op, show(input)))
  end
  if entry.op ~= op then
    fail(self, format("call %d: expected %s (queued at %s), got a call to %s\n  input %s",
      n, entry.op, entry.site, op, show(input)))
  end
  check_input(self, entry, n, input)
  table.remove(self.queue, 1)
  self.served = n
  local request_id = "stub-" .. n
  if entry.status then
    local err = client_mod.service_error(cm, op, { status = entry.status, body = entry.body,
      headers = { ["x-amzn-requestid"] = request_id } })
    err.operation, err.attempts, err.stubbed = op, 1, true
    return nil, client_mod.retry_traits(err)
  end
  local result, code, msg = cm:deserialize(op, entry.body)
  if not result then return nil, errors.from_core(code, msg, { operation = op, attempts = 1 }) end
  return result, { request_id = request_id, status = 200, attempts = 1, stubbed = true }
end

-- Raise unless every queued answer was used and no call failed an expectation.
function _M:assert_done()
  local lines = {}
  for _, f in ipairs(self.failures) do lines[#lines + 1] = f end
  for _, e in ipairs(self.queue) do
    lines[#lines + 1] = format("queued call to %s (queued at %s) was not made", e.op, e.site)
  end
  if #lines > 0 then error(PREFIX .. concat(lines, "\n"), 2) end
  return true
end
_M.assert_no_pending_responses = _M.assert_done

-- require("partnercentral.stub")(client) is stub.new(client)
return setmetatable(_M, { __call = function(_, client) return _M.new(client) end })
