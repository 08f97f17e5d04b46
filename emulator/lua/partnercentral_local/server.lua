-- The request handler (content_by_lua): awsJson 1.0 framing, SigV4
-- authentication, fault injection, validation against the models, dispatch
-- to one module per resource family, idempotency, output serialization.
-- Every handler runs under pcall: a bug becomes a 500 InternalServerException.
local json = require("partnercentral_local.json_codec")
local util = require("partnercentral_local.util")
local model = require("partnercentral_local.compiled_models")
local auth = require("partnercentral_local.auth")
local state = require("partnercentral_local.state")
local control = require("partnercentral_local.control")

local _M = {}

local SERVICES = require("partnercentral_local.services")

local handlers   -- target -> { svc =, op =, fn = }
local function load_handlers()
  if handlers then return handlers end
  handlers = {}
  for prefix, svc in pairs(SERVICES) do
    for _, family in ipairs(svc.families) do
      for op, fn in pairs(require(family).ops) do
        handlers[prefix .. "." .. op] = { svc = svc, op = op, fn = fn }
      end
    end
  end
  return handlers
end

_M.handlers = load_handlers   -- target -> handler, for the coverage spec

local function send(status, body, errtype)
  ngx.status = status
  ngx.header["Content-Type"] = "application/x-amz-json-1.0"
  if errtype then ngx.header["X-Amzn-ErrorType"] = errtype end
  ngx.header["Content-Length"] = #body
  ngx.print(body)
end

-- Renders a raised failure with the service's member casing.
local function send_error(e, svc)
  local body = json.object({ __type = e.code })
  body[svc and svc.msg or "message"] = e.message
  for k, v in pairs(e.fields) do body[k] = v end
  send(e.status, json.encode(body), e.code)
end

-- The service's error layouts (its `errors` module in services.lua): the
-- fields of a ValidationException for schema violations and of the
-- ConflictException for a reused client token.
local function layout(svc) return require(svc.errors) end

local function violations_error(svc, violations)
  local first = violations[1] or {}
  local text = "Request validation failed: " .. (first.path or "") .. ": " .. (first.message or "")
  util.fail("ValidationException", text, layout(svc).validation_fields(violations))
end

local function header_list()
  local raw = ngx.req.get_headers(200, true)
  local list = {}
  for name, v in pairs(raw) do
    if type(v) == "table" then
      for _, x in ipairs(v) do list[#list + 1] = { name, x } end
    else
      list[#list + 1] = { name, v }
    end
  end
  return list
end

local UNCHECKED = {}

-- Context given to resource handlers. ctx.body is the request's JSON text;
-- ctx.raw(json_text) -> a placeholder string to put in the answer where that
-- JSON value must be written verbatim (a document as the caller sent it: the
-- LuaJIT core would turn an integer beyond 2^53 into a string).
local function new_ctx(svc, op, m, body_text)
  local ctx = { service = svc.model, op = op, m = m, now = util.now(),
                delay = state.config.task_delay, body = body_text, raws = {} }
  function ctx.raw(text)
    local mark = "pcl-raw-json-" .. util.uuid()
    ctx.raws[mark] = text
    return mark
  end
  function ctx.fail(code, message, fields)
    util.fail(code, message, fields)
  end
  -- ctx.fits(shape, value) -> true | nil, why: see compiled_models.fits
  function ctx.fits(shape, value) return model.fits(m, shape, value) end
  -- ctx.project(shape, value) -> a copy holding only what the shape models
  function ctx.project(shape, value) return model.project(m, shape, value) end
  -- ctx.unchecked(out): an answer the model's constraints refuse but the
  -- service gives (written without the strict check; say why where it is used)
  function ctx.unchecked(out) return setmetatable(out, UNCHECKED) end
  return ctx
end

-- The model's idempotency tokens, and the members the service treats as
-- such although its model does not mark them (services.lua `tokens`).
local function idempotency(h, m, input)
  local shape = m.model.shapes[m.model.operations[h.op].input]
  local tokens = h.svc.tokens or {}
  for _, mem in ipairs(shape.members or {}) do
    if (mem.idempotencyToken or tokens[mem.name]) and input[mem.name] ~= nil then
      return h.svc.model .. "." .. h.op .. "." .. input[mem.name], util.fingerprint(input, mem.name)
    end
  end
end

local function conflict_token(svc, token)
  util.fail("ConflictException", "The client token was already used with a different request.",
    layout(svc).token_conflict_fields(token))
end

-- The answer text with each ctx.raw placeholder (a JSON string) replaced by
-- its JSON text.
local function splice_raws(text, raws)
  for mark, raw in pairs(raws) do
    local q = '"' .. mark .. '"'
    local i = text:find(q, 1, true)
    if i then text = text:sub(1, i - 1) .. raw .. text:sub(i + #q) end
  end
  return text
end

-- Calls that change state: every operation but Get*/List* (reads may settle
-- a finished task, which a retry would do the same way).
local function changes_state(op) return not (op:match("^Get") or op:match("^List")) end

-- The handler and the writing of its answer, all or nothing: when either
-- fails (a modeled error, a Lua error, an answer the model refuses, an
-- injected `raise_after`), the stores are put back as they were, so a failed
-- call leaves no partial or unreadable state behind. -> answer text
local function run_handler(h, m, op, input, fault, body_text)
  local before = changes_state(h.op) and state.snapshot()
  local ok, text = pcall(function()
    local ctx = new_ctx(h.svc, h.op, m, body_text)
    if h.svc.settle then require(h.svc.settle).settle(ctx) end
    local out = h.fn(ctx, input) or {}
    -- an operation without output answers an empty object
    local written = "{}"
    if op.output then
      written = getmetatable(out) == UNCHECKED and model.write_unchecked(m, op.output, out)
        or model.write(m, op.output, out)
      written = splice_raws(written, ctx.raws)
    end
    if fault and fault.action == "raise_after" then error("injected error after the handler ran") end
    return written
  end)
  if ok then return text end
  if before then state.restore(before) end
  error(text, 0)
end

-- -> status, body
local function process(h, body_text, fault)
  local m = model.get(h.svc.model)
  local op = m.model.operations[h.op]
  local generic, perr = model.decode(body_text)
  if type(generic) ~= "table" or json.is_array(generic) then
    util.fail("SerializationException", "Malformed JSON request body: " .. tostring(perr or "not an object"))
  end
  local ok, violations = model.validate(m, op.input, generic)
  if not ok then violations_error(h.svc, violations) end
  local input = assert(model.read(m, op.input, body_text))
  local key, fp = idempotency(h, m, input)
  if key and state.idem[key] then
    if state.idem[key].fp ~= fp then conflict_token(h.svc, key) end
    return 200, state.idem[key].body
  end
  local text = run_handler(h, m, op, input, fault, body_text)
  if key then state.idem[key] = { fp = fp, body = text } end
  return 200, text
end

local function apply_fault(f, svc)
  if f.action == "delay" then
    ngx.sleep((tonumber(f.delay_ms) or 0) / 1000)
    return nil
  elseif f.action == "status" then
    return function() send(tonumber(f.status) or 503, "") end
  elseif f.action == "drop_after" then
    return "drop"
  elseif f.action == "raise" then   -- a Lua error in the handler path: proves the pcall
    error("injected handler error")
  elseif f.action == "raise_after" then   -- the handler runs, then fails: proves the undo
    return "raise_after"
  end
  local code = f.error or "ThrottlingException"
  local status = tonumber(f.status) or (code == "InternalServerException" and 500 or 400)
  return function()
    send_error({ code = code, message = "Injected fault: " .. code, fields = {}, status = status }, svc)
  end
end

local function handle_api()
  ngx.header["x-amzn-RequestId"] = util.uuid()
  local svc, drop
  local ok, err = pcall(function()
    if ngx.req.get_method() ~= "POST" or ngx.var.uri ~= "/" then
      util.fail("UnknownOperationException", "Only POST / is served.", nil, 404)
    end
    local target = ngx.var.http_x_amz_target or ""
    local h = load_handlers()[target]
    local prefix = target:match("^([^.]+)%.")
    svc = SERVICES[prefix]
    if not h then util.fail("UnknownOperationException", "Unknown operation " .. target) end
    svc = h.svc
    ngx.req.read_body()
    local body = ngx.req.get_body_data()
    if not body and ngx.req.get_body_file() then
      util.fail("SerializationException", "Request body is too large.", nil, 413)
    end
    body = body or ""
    local _, region = auth.check({ method = "POST", path = ngx.var.uri, query = ngx.var.args or "",
      headers = header_list(), body = body,
      get = function(n)
        local v = ngx.req.get_headers()[n]
        if type(v) == "table" then   -- a repeated header: identical copies count once
          local same = true
          for _, x in ipairs(v) do if x ~= v[1] then same = false end end
          v = same and v[1] or table.concat(v, ",")
        end
        return v
      end },
      state.config.credentials, svc.signing)
    local ctype = ngx.var.http_content_type or ""
    if ctype ~= "application/x-amz-json-1.0" then
      util.fail("SerializationException", "Unsupported Content-Type '" .. ctype
        .. "': expected application/x-amz-json-1.0")
    end
    local fault = state.take_fault(target)
    local after
    if fault then
      after = apply_fault(fault, svc)
      if type(after) == "function" then return after() end
    end
    -- ARNs carry the region the caller signed for (set after any fault delay:
    -- a handler never yields, so no other request can change it meanwhile)
    util.region = region or util.REGION
    local status, text = process(h, body, fault)
    if after == "drop" then drop = true return end   -- work done, answer dropped
    send(status, text)
  end)
  if ok then
    if drop then return ngx.exit(444) end
    return
  end
  if util.is_fail(err) then return send_error(err, svc) end
  ngx.log(ngx.ERR, "partnercentral-local: handler error: ", tostring(err))
  send_error({ code = "InternalServerException", message = "Internal error in the emulator.",
    fields = {}, status = 500 }, svc)
end

function _M.handle()
  local uri = ngx.var.uri
  if uri:sub(1, 8) == "/_local/" then return control.handle(uri:sub(9)) end
  return handle_api()
end

-- error_page 413 target: nginx refused a body over client_max_body_size.
function _M.too_large()
  ngx.header["x-amzn-RequestId"] = util.uuid()
  send(413, json.encode({ __type = "SerializationException",
    message = "Request body is larger than the 1 MiB limit." }), "SerializationException")
end

return _M
