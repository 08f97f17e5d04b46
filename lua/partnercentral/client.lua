-- partnercentral.client: a generic awsJson1.0 client built from a model.
--   local c = client.new{ service = "account"|"channel" | model = table|path, region =,
--     endpoint =, credentials = {access_key=,secret_key=,session_token=} | provider(:get()),
--     profile =, validation = "default"|"strict"|false,
--     retry_mode = "standard"|"legacy"|"adaptive"|"none" (legacy and adaptive run standard),
--     max_attempts =, timeout =, connect_timeout =, raise_errors =, auth_scheme = "sigv4a"|"sigv4",
--     sigv4a_signing_region_set = "*"|"us-east-1,eu-west-1",
--     transport = "curl"|"ngx"|object, hooks = { before_send =, after_response = },
--     debug =, logger =, ca_file =, proxy =, user_agent_extra =, use_fips =, sleep = fn(s),
--     getenv = fn(name) (default os.getenv: the environment settings are read through it) }
--   (client{...} is client.new{...})
--   model: a path to a botocore service-2.json, a decoded botocore table or a format 1
--     table; one that cannot be loaded raises. Env/profile settings (AWS_RETRY_MODE,
--     AWS_MAX_ATTEMPTS, AWS_SIGV4A_SIGNING_REGION_SET, AWS_AUTH_SCHEME_PREFERENCE, ...)
--     apply when the option is absent; a bad env/profile retry setting is ignored.
--   Region (a host label), endpoint URL (http/https, no user info) and the credentials
--   are checked before any request: a typed error of the call.
--   c:start_profile_update_task(input, call_opts) / c:call("StartProfileUpdateTask" |
--     "start_profile_update_task", input, call_opts)
--     -> result, meta  (meta = { request_id =, status =, attempts =, invocation_id = }; result
--        is the plain model table) | nil, err (partnercentral.errors; raised with raise_errors)
--   call_opts: timeout, connect_timeout, max_attempts, raise_errors, headers = { {name, value}, ... }
--   hooks.before_send(req) runs before each attempt (req.operation, req.attempt, req.url,
--     req.headers, req.body; headers appended there are sent unsigned);
--     hooks.after_response(resp, req) after each HTTP answer (any status).
--   An unknown operation name is a programmer error (raised): it names the client
--     that has it (account/channel), or a close spelling, or points to c:operations().
--   c:operations() -> sorted model names; c:describe(op) -> plain tables (describe.lua)
--   c:pages(op, input, call_opts), c:items(op, input, call_opts), c:wait_for(name, input, opts),
--   c:close()   (see paginate.lua and waiters.lua)
local core = require("partnercentral.core")
local errors = require("partnercentral.errors")
local endpoint = require("partnercentral.endpoint")
local retry = require("partnercentral.retry")
local log = require("partnercentral.log")
local ngx_phase = require("partnercentral.ngx_phase")

local type, pairs, ipairs, tostring, error, setmetatable = type, pairs, ipairs, tostring, error, setmetatable
local date = os.date

local _M = { _VERSION = "0.1.0" }
local methods = {}
_M.methods = methods

local RUNTIME = (rawget(_G, "jit") and ("lua/" .. tostring(jit.version):gsub("^LuaJIT ", "LuaJIT-")))
  or ("lua/" .. (_VERSION:match("%d+%.%d+") or "?"))
_M.USER_AGENT = "lua-partnercentral/" .. _M._VERSION .. " " .. RUNTIME

-- StartProfileUpdateTask -> start_profile_update_task
function _M.snake(name)
  return (name:gsub("(%l)(%u)", "%1_%2"):gsub("(%u)(%u%l)", "%1_%2"):lower())
end

local function distance(a, b)
  local prev, cur = {}, {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    cur[0] = i
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev, cur = cur, prev
  end
  return prev[#b]
end

_M.distance = distance   -- edit distance, also for the CLI's suggestions

-- The operation nearest to a misspelt name, spelt like the name was
-- (snake_case method or model name), and its edit distance.
local function closest(self, name)
  local best, bd
  local model_style = name:find("%u") ~= nil
  for snake, op in pairs(self.op_by_snake) do
    local cand = model_style and op or snake
    local d = distance(name, cand)
    if not bd or d < bd or (d == bd and cand < best) then best, bd = cand, d end
  end
  return best, bd
end

-- The other committed service whose model has `name` (model or snake_case
-- name): calling an Account operation on a Channel client says where it lives.
local function service_having(self, name)
  for _, svc in ipairs(require("partnercentral.services")) do
    local ok, m = pcall(require, "partnercentral.models." .. svc.name)
    if ok and type(m) == "table" and m ~= self.model and type(m.operations) == "table" then
      for op in pairs(m.operations) do
        if op == name or _M.snake(op) == name then return svc.name, op end
      end
    end
  end
end

-- The message of a name that is neither an operation nor a method: where the
-- operation lives when another service has it, a suggestion only when one is
-- close (a misspelling), else how to list what the client has.
local function unknown_operation(self, name)
  local head = ("%s has no operation '%s'"):format(tostring(self.md.serviceId or "client"), name)
  local svc, op = service_having(self, name)
  if svc then
    return ("%s: %s is an operation of the %s client (require(\"partnercentral\").%s)"):format(
      head, op, svc, svc)
  end
  local best, d = closest(self, name)
  if best and d <= math.max(2, math.floor(#name / 4)) then
    return ("%s; did you mean '%s'?"):format(head, best)
  end
  return head .. " (client:operations() lists the operations, client:describe(name) details one)"
end

local compiled = setmetatable({}, { __mode = "k" })
-- decoded botocore tables -> their format 1 translation, so that clients built
-- from one table share one compiled model
local translated = setmetatable({}, { __mode = "k" })

-- A model that cannot be loaded is a programmer error: raised, with model.load's reason.
local function load_model(opts)
  local mod = require("partnercentral.model")
  local src = opts.model
  if src == nil then
    if opts.service == "account" or opts.service == "channel" then return mod.get(opts.service) end
    error("client.new: service must be \"account\" or \"channel\", or pass model", 3)
  end
  if type(src) ~= "table" and type(src) ~= "string" then
    error("client.new: model must be a path or a table, got " .. type(src), 3)
  end
  local m, err = translated[src], nil
  if not m then
    m, err = mod.load(src)   -- a format 1 table comes back as is; botocore JSON is translated
    if not m then error("client.new: cannot load the model: " .. tostring(err), 3) end
    if type(src) == "table" and m ~= src then translated[src] = m end
  end
  if type(m.operations) ~= "table" or type(m.metadata) ~= "table" or type(m.metadata.targetPrefix) ~= "string" then
    error("client.new: the model has no operations or no metadata.targetPrefix", 3)
  end
  return m
end

local function profile_table(opts, getenv)
  local ok, cf = pcall(require, "partnercentral.config_files")
  if not ok or type(cf.profile) ~= "function" then return {} end
  local ok2, p = pcall(cf.profile, cf.profile_name(opts.profile, getenv), { getenv = getenv })
  return (ok2 and type(p) == "table") and p or {}
end

local function env_service_name(service_id)
  return (service_id:gsub("[%s%-]", "_"):upper())
end

local function truthy(v)
  return v == true or (type(v) == "string" and v:lower() == "true")
end

-- The first of the environment value and the profile value that passes ok
-- (after conv); nil when neither does.
local function env_choice(env_v, prof_v, ok, conv)
  for _, v in ipairs{ env_v or false, prof_v or false } do
    if v then
      local c = conv(tostring(v))
      if ok(c) then return c end
    end
  end
  return nil
end

local function make_credentials(opts, region)
  local c = opts.credentials
  if type(c) == "table" and type(c.get) ~= "function" then
    -- explicit keys: the same checks as the static provider; a partial set is a
    -- typed credentials error of each call (never the signer's raw message)
    local keys, kerr = require("partnercentral.credentials.static").new(nil, c):load()
    if not keys then
      kerr = errors.is_error(kerr) and kerr
        or errors.new{ kind = "credentials", code = "PartialCredentials", message = tostring(kerr) }
    end
    return { get = function() return keys, kerr end }
  end
  if c ~= nil then
    if type(c) ~= "table" then
      error("client.new: credentials must be a table of keys or a provider with :get(), got " .. type(c), 4)
    end
    return c
  end
  local ok, chain = pcall(require, "partnercentral.credentials")
  if not ok then
    return { get = function() return nil, errors.new{ kind = "credentials", code = "NoCredentials",
      message = "no credentials given and the provider chain is not available" } end }
  end
  -- shared_cache: e.g. require("partnercentral.ngx_cache").new("pc_creds"), so one refresh
  -- serves every nginx worker (doc/openresty.md).
  -- the client's region also picks the regional STS endpoint (assume role, web identity)
  return chain.chain{ profile = opts.profile, shared_cache = opts.shared_cache, region = region }
end

function _M.new(opts)
  opts = opts or {}
  local model = load_model(opts)
  local md = model.metadata or {}
  local self = setmetatable({ opts = opts, model = model, md = md }, _M.mt)
  self.op_by_snake, self.op_targets = {}, {}
  for name in pairs(model.operations or {}) do
    self.op_by_snake[_M.snake(name)] = name
    self.op_targets[name] = md.targetPrefix .. "." .. name   -- X-Amz-Target, built once
  end
  -- opts.getenv (default os.getenv): where environment settings come from
  local getenv = opts.getenv or os.getenv
  local prof = profile_table(opts, getenv)
  self.region = opts.region or getenv("AWS_REGION") or getenv("AWS_DEFAULT_REGION") or prof.region
  local sid = env_service_name(md.serviceId or md.endpointPrefix or "")
  -- PROTOCOL.md §8.3: env-service > env-global > [services] section > profile endpoint_url
  local svc = type(prof.services) == "table" and prof.services[sid:lower()]
  self.endpoint_url = opts.endpoint
  if not self.endpoint_url and not truthy(getenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
      or prof.ignore_configured_endpoint_urls) then
    self.endpoint_url = getenv("AWS_ENDPOINT_URL_" .. sid) or getenv("AWS_ENDPOINT_URL")
      or (type(svc) == "table" and svc.endpoint_url or nil) or prof.endpoint_url
  end
  local fips = opts.use_fips
  if fips == nil then fips = truthy(getenv("AWS_USE_FIPS_ENDPOINT")) or truthy(prof.use_fips_endpoint) end
  self.use_fips = fips
  self.validation = opts.validation
  if self.validation == nil then self.validation = "default" end
  -- options are the programmer's (a bad one raises in retry.new); a bad value from
  -- the environment or the profile must not break the program: it is ignored
  local mode = opts.retry_mode
  if mode == nil then
    mode = env_choice(getenv("AWS_RETRY_MODE"), prof.retry_mode, function(v) return retry.MODES[v] ~= nil end,
      string.lower)
  end
  local max = opts.max_attempts
  if max == nil then
    max = env_choice(getenv("AWS_MAX_ATTEMPTS"), prof.max_attempts, function(v)
      return v and v >= 1 and v < 2 ^ 31 and v == math.floor(v) end, tonumber)
  end
  self.retry = retry.new{ mode = mode, max_attempts = max }
  -- §8.4: the SigV4a region set and the auth scheme preference (an explicit
  -- auth_scheme option wins over the preference list)
  self.region_set_opt = opts.sigv4a_signing_region_set
    or getenv("AWS_SIGV4A_SIGNING_REGION_SET") or prof.sigv4a_signing_region_set
  self.auth_pref = opts.auth_scheme
    or endpoint.name_list(getenv("AWS_AUTH_SCHEME_PREFERENCE") or prof.auth_scheme_preference)
  self.credentials = make_credentials(opts, self.region)
  self.hooks = opts.hooks or {}
  self.logger = log.make(opts.logger or opts.debug)
  -- inside nginx a blocking sleep would stall the worker: use ngx.sleep there
  local in_ngx = ngx_phase.in_nginx()
  self.in_ngx = in_ngx
  self.sleep = opts.sleep or (in_ngx and require("partnercentral.transport.ngx").sleep)
    or function(s) core.sleep_ms(s * 1000) end
  -- awsJson 1.0 or 1.1, as the model says (§1)
  self.content_type = "application/x-amz-json-" .. tostring(md.jsonVersion or "1.0")
  self.user_agent = _M.USER_AGENT .. (opts.user_agent_extra and (" " .. opts.user_agent_extra) or "")
  self.transport_opt = opts.transport
  return self
end

function methods:close()
  if self.transport and self.transport.close then self.transport:close() end
  self.transport = nil
end

-- Endpoint and auth scheme, resolved once per client (the inputs do not change).
-- A model without a rule set (a hand-written or third-party model) still works
-- with an explicit endpoint: it is used as is, signed with SigV4 in the client's region.
local function resolve(self)
  if self.ep then return self.ep end
  -- §8.1: a region is one host label, checked before it reaches a URL
  if self.region ~= nil and not endpoint.valid_region(self.region) then
    return nil, errors.new{ kind = "config", code = "InvalidRegion",
      message = "region must be a valid host label (like us-east-1), got " .. (type(self.region) == "string"
        and ('"' .. self.region:sub(1, 80):gsub("[^%w%-%./?:_ ]", "?") .. '"') or type(self.region)) }
  end
  if self.endpoint_url ~= nil then
    local ok, uerr = endpoint.check_url(self.endpoint_url)
    if not ok then return nil, uerr end
  end
  local ep, err
  if self.model.endpoint_rules == nil and self.endpoint_url then
    ep = { url = self.endpoint_url }
  else
    ep, err = endpoint.resolve(self.model.endpoint_rules,
      { Region = self.region, UseFIPS = self.use_fips, Endpoint = self.endpoint_url })
  end
  if not ep then return nil, err end
  local ok, uerr = endpoint.check_url(ep.url)
  if not ok then return nil, uerr end
  local u = endpoint.split_url(ep.url)
  local region_set
  if self.region_set_opt ~= nil then
    region_set = endpoint.region_set(self.region_set_opt)
    if not region_set then
      return nil, errors.new{ kind = "config", code = "InvalidRegionSet",
        message = "sigv4a_signing_region_set must be \"*\" or comma-separated region names" }
    end
  end
  local auth = endpoint.auth_scheme(ep, self.auth_pref, self.region, region_set)
  if auth.name == "sigv4" and not auth.region then
    return nil, errors.new{ kind = "config", code = "MissingRegion", message = "a region is required to sign requests" }
  end
  -- an endpoint URL may carry a path (and query): sign what is sent
  local spath, squery = u.path:match("^([^?#]*)%??([^#]*)")
  self.ep = { url = ep.url, split = u, auth = auth, sign_path = spath ~= "" and spath or "/", sign_query = squery or "",
    service = auth.signing_name or self.md.signingName or self.md.endpointPrefix }
  return self.ep
end

local function get_cm(self)
  local cm = compiled[self.model]
  if not cm then
    cm = core.model_compile(self.model)
    compiled[self.model] = cm
  end
  return cm
end

local function get_transport(self)
  if not self.transport then
    self.transport = require("partnercentral.transport").select(self.transport_opt,
      { ca_file = self.opts.ca_file, proxy = self.opts.proxy, verify = self.opts.verify })
  end
  return self.transport
end

-- headers the signer returns, in the order they are sent
local SIGNED_HEADERS = { "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Region-Set", "Authorization" }

local function one_attempt(self, op, ep, body, creds, invocation, attempt, max, copts)
  local auth = ep.auth
  local headers = {
    { "Content-Type", self.content_type },
    { "Host", ep.split.host_header },
    { "X-Amz-Target", self.op_targets[op] },
  }
  local sreq = { method = "POST", path = ep.sign_path, query = ep.sign_query, headers = headers, body = body,
    access_key = creds.access_key, secret_key = creds.secret_key,
    session_token = (creds.session_token ~= "" and creds.session_token) or nil,
    service = ep.service,
    amz_date = date("!%Y%m%dT%H%M%SZ") }
  local signed, code, msg
  if auth.name == "sigv4a" then
    sreq.region_set = auth.region_set
    signed, code, msg = core.sign_v4a(sreq)
  else
    sreq.region = auth.region
    signed, code, msg = core.sign_v4(sreq)
  end
  if not signed then return nil, errors.from_core(code, msg, { kind = "signing" }) end
  for _, n in ipairs(SIGNED_HEADERS) do
    if signed[n] then headers[#headers + 1] = { n, signed[n] } end
  end
  -- unsigned, after signing (PROTOCOL.md §2.2)
  headers[#headers + 1] = { "User-Agent", self.user_agent }
  headers[#headers + 1] = { "amz-sdk-invocation-id", invocation }
  headers[#headers + 1] = { "amz-sdk-request", self.retry:header(attempt, max) }
  if copts.headers then
    for _, h in ipairs(copts.headers) do headers[#headers + 1] = h end
  end
  local req = { method = "POST", url = ep.url, scheme = ep.split.scheme, host = ep.split.host,
    port = ep.split.port, path = ep.split.path, headers = headers, body = body,
    timeout = copts.timeout or self.opts.timeout, connect_timeout = copts.connect_timeout or self.opts.connect_timeout,
    ca_file = self.opts.ca_file, sni = ep.split.host, operation = op, attempt = attempt }
  -- hooks see the request as sent: headers appended here are sent unsigned
  if self.hooks.before_send then self.hooks.before_send(req) end
  if self.logger then
    self.logger(("-> POST %s %s attempt %d\n%s\n%s"):format(req.url, op, attempt,
      log.redact_headers(headers), log.redact_body(body, self.model)))
  end
  local resp, err = get_transport(self):request(req)
  if not resp then
    if self.logger then self.logger(("<- %s %s attempt %d: %s"):format(err.kind, op, attempt, tostring(err))) end
    return nil, err
  end
  if self.logger then
    self.logger(("<- %d %s\n%s\n%s"):format(resp.status, op, log.redact_headers(resp.headers),
      log.redact_body(resp.body, self.model)))
  end
  if self.hooks.after_response then self.hooks.after_response(resp, req) end
  return resp
end

-- "StartProfileUpdateTask" or "start_profile_update_task" -> model name; else a
-- programmer error naming the closest operation.
local function op_name(self, op, level)
  if type(op) == "string" then
    if self.model.operations[op] then return op end
    local o = self.op_by_snake[op]
    if o then return o end
    error(unknown_operation(self, op), level + 1)
  end
  error("operation name expected, got " .. type(op), level + 1)
end

local function service_error(cm, op, resp)
  local pe = cm:parse_error(op, resp.status, resp.headers["x-amzn-errortype"], resp.body)
  return errors.new{ kind = "service", code = pe.code, message = pe.message, fields = pe.fields,
    retryable = pe.retryable, throttling = pe.throttling, fault = pe.fault, modeled = pe.modeled,
    status = resp.status, request_id = resp.headers["x-amzn-requestid"] }
end

-- The traits say what the retry rules saw, not only what the model says.
function _M.retry_traits(err)
  local why = retry.classify(err)
  if why then
    err.retryable = true
    if why == "throttling" then err.throttling = true end
  end
  return err
end
-- partnercentral.stub builds its errors and reads the compiled model the same way
_M.service_error = service_error
_M.compiled_model = function(c) return get_cm(c) end

local NO_OPTS = {}

-- Credentials from any provider must be signable: a bad set is a typed error,
-- never the signer's raw message. false/"" session tokens mean none.
local function check_creds(c)
  local function str(v) return type(v) == "string" and v ~= "" end
  if type(c) ~= "table" or not str(c.access_key) or not str(c.secret_key) then
    return errors.new{ kind = "credentials", code = "PartialCredentials",
      message = "the credentials provider returned no access key id or no secret access key" }
  end
  local st = c.session_token
  if st ~= nil and st ~= false and type(st) ~= "string" then
    return errors.new{ kind = "credentials", code = "InvalidCredentials",
      message = "the session token must be a string, got " .. type(st) }
  end
  return nil
end

-- nil, err; or raise err (raise_errors of the call, else of the client)
local function fail(self, copts, err)
  local raise = copts.raise_errors
  if raise == nil then raise = self.opts.raise_errors end
  if raise then error(err, 0) end
  return nil, err
end

function methods:call(op, input, copts)
  op = op_name(self, op, 2)
  copts = copts or NO_OPTS
  local cm = get_cm(self)
  local body, code, msg, violations = cm:serialize(op, input or {}, { validation = self.validation })
  if not body then
    return fail(self, copts, errors.from_core(code, msg, { violations = violations, operation = op, attempts = 0 }))
  end
  -- partnercentral.stub: a queued answer instead of any I/O (no endpoint,
  -- credentials or network), after the same validation as a real call
  if self.stubber then
    local res, meta = self.stubber:respond(op, input or {}, cm)
    if res == nil then return fail(self, copts, meta) end
    return res, meta
  end
  local ep, eerr = resolve(self)
  if not ep then eerr.operation, eerr.attempts = op, 0 return fail(self, copts, eerr) end
  local invocation = core.uuid4()
  local r = self.retry
  -- retry_mode = "none" wins over a per-call max_attempts
  local max = r.mode == "none" and 1 or (copts.max_attempts or r.max_attempts)
  if type(max) ~= "number" or max < 1 or max ~= math.floor(max) then
    error("max_attempts must be an integer >= 1", 2)
  end
  local rst = r:begin()  -- this call's share of the retry quota (§5.2)
  local attempt = 0
  while true do
    attempt = attempt + 1
    -- Inside nginx, a phase without cosockets must fail the same way whatever
    -- would have done I/O first (credentials fetch or the request itself).
    if attempt == 1 and self.in_ngx and self.transport_opt ~= "curl" then
      local ok, perr = ngx_phase.check("SDK calls")
      if not ok then perr.operation, perr.attempts = op, 0 return fail(self, copts, perr) end
    end
    local creds, cerr = self.credentials:get()
    if not creds then
      cerr = cerr or errors.new{ kind = "credentials", code = "NoCredentials", message = "no credentials found" }
      if type(cerr) ~= "table" then cerr = errors.new{ kind = "credentials", code = "NoCredentials", message = tostring(cerr) } end
      cerr.operation, cerr.attempts = op, attempt
      ngx_phase.explain_credentials(cerr)  -- nginx: `env` directives
      return fail(self, copts, cerr)
    end
    cerr = check_creds(creds)
    if cerr then cerr.operation, cerr.attempts = op, attempt return fail(self, copts, cerr) end
    local resp, err = one_attempt(self, op, ep, body, creds, invocation, attempt, max, copts)
    if resp and resp.status >= 200 and resp.status < 300 then
      local result, dcode, dmsg = cm:deserialize(op, resp.body)
      if not result then
        return fail(self, copts, errors.from_core(dcode, dmsg, { operation = op, attempts = attempt, status = resp.status,
          request_id = resp.headers["x-amzn-requestid"] }))
      end
      r:on_success(attempt > 1, rst)
      return result, { request_id = resp.headers["x-amzn-requestid"], status = resp.status, attempts = attempt,
        invocation_id = invocation }
    end
    if resp then err = service_error(cm, op, resp) end
    err.operation, err.attempts = op, attempt
    _M.retry_traits(err)
    local delay = r:should_retry(err, attempt, max, rst)
    if not delay then return fail(self, copts, err) end
    if delay > 0 then self.sleep(delay) end
  end
end

-- Introspection: the model names of the operations (sorted), and one
-- operation's members, constraints, errors, pagination and waiters as plain
-- tables (partnercentral.describe).
function methods:operations() return require("partnercentral.describe").operations(self.model) end
function methods:describe(op)
  return require("partnercentral.describe").operation(self.model, op_name(self, op, 2))
end

function methods:pages(op, input, copts) return require("partnercentral.paginate").pages(self, op, input, copts) end
function methods:items(op, input, copts) return require("partnercentral.paginate").items(self, op, input, copts) end
function methods:wait_for(name, input, wopts) return require("partnercentral.waiters").wait_for(self, name, input, wopts) end

-- fields of the client object that may be nil: reading them is not a typo
local INTERNAL = { opts = true, model = true, md = true, op_by_snake = true, op_targets = true, region = true,
  endpoint_url = true, use_fips = true, validation = true, retry = true, credentials = true,
  hooks = true, logger = true, sleep = true, user_agent = true, transport_opt = true,
  transport = true, ep = true, in_ngx = true, content_type = true, region_set_opt = true, auth_pref = true,
  stubber = true }

_M.mt = {
  __index = function(self, k)
    local m = methods[k]
    if m then return m end
    if type(k) ~= "string" or INTERNAL[k] then return nil end
    local op = rawget(self, "op_by_snake")[k]
    if op then
      local f = function(c, input, copts) return c:call(op, input, copts) end
      rawset(self, k, f)
      return f
    end
    -- "_x" / "__x" keys are what generic code probes (serializers, class
    -- libraries, __close on 5.1): no operation starts with "_", so they are nil
    if k:sub(1, 1) == "_" then return nil end
    error(unknown_operation(self, k), 2)
  end,
  __tostring = function(self) return "partnercentral client (" .. tostring(self.md.serviceId) .. ")" end,
}

-- The module of one service (partnercentral.account, partnercentral.channel):
-- new(opts) and m(opts) build a client with opts.service = service (opts not modified).
function _M.service_module(service)
  local m = {}
  function m.new(opts)
    local o = {}
    for k, v in pairs(opts or {}) do o[k] = v end
    o.service = service
    return _M.new(o)
  end
  return setmetatable(m, { __call = function(_, opts) return m.new(opts) end })
end

-- require("partnercentral.client"){ model = ... } is client.new{ ... }
return setmetatable(_M, { __call = function(_, opts) return _M.new(opts) end })
