-- partnercentral.client: a generic awsJson1.0 client built from a model.
--   local c, config_err = client.new{ service = "account"|"channel"|"selling"|"benefits" (partnercentral.services)
--     | model = table|path, region =,
--     endpoint =, credentials = {access_key=,secret_key=,session_token=} | provider (a table or
--     userdata with :get(); what get() raises is a typed CredentialsProviderError),
--     profile =, validation = "default"|"strict"|false,
--     retry_mode = "standard"|"legacy"|"adaptive"|"none" (legacy and adaptive run standard),
--     max_attempts =, retry_after_send = true|false, timeout =, connect_timeout = (seconds),
--     raise_errors =, auth_scheme = "sigv4a"|"sigv4"|{ list }, sigv4a_signing_region_set = "*"|"us-east-1,eu-west-1",
--     transport = "curl"|"ngx"|object, hooks = { before_send =, after_response = },
--     debug =, logger =, ca_file =, proxy =, verify =, user_agent_extra =, use_fips =, use_dualstack =,
--     ignore_configured_endpoint_urls =, request_min_compression_size_bytes =,
--     disable_request_compression =, shared_cache =, sleep = fn(s),
--     getenv = fn(name) (default os.getenv: the environment settings are read through it) }
--   (client{...} is client.new{...})
--   model: a path to a botocore service-2.json, a decoded botocore table or a format 1
--     table; one that cannot be loaded raises (there is no client without a model).
--   Every setting (region, endpoint, FIPS, CA bundle, retries, ...) is resolved by
--     partnercentral.config: option, then environment, then profile, then default;
--     the values are in c.settings. A bad or unknown option, a bad environment or
--     profile value, a missing named profile or a broken config file does not
--     raise: it is config_err, and every call returns it (raises it with
--     raise_errors) before anything is sent.
--   c:start_profile_update_task(input, call_opts) / c:call("StartProfileUpdateTask" |
--     "start_profile_update_task", input, call_opts)
--     -> result, meta  (meta = { request_id =, status =, attempts =, invocation_id = }; result
--        is the plain model table) | nil, err (partnercentral.errors; raised with raise_errors)
--   call_opts: timeout, connect_timeout, max_attempts, raise_errors, retry_after_send,
--     headers = { {name, value}, ... } (checked: partnercentral.config.check_call_options)
--   Option tables with a metatable (client options, call options, header pairs)
--     are read once into a plain copy that is checked, then used
--     (config.plain_options); a plain table is used as it is.
--   retry_after_send = false: an operation without an idempotency token is not
--     retried once the request may have reached the server (retry.may_have_reached).
--   Errors and debug lines never hold the call's secret key, session token or
--     signature, whatever a server echoed (log.scrub).
--   hooks.before_send(req) runs before each attempt (req.operation, req.attempt, req.url,
--     req.headers, req.body; headers appended there are sent unsigned);
--     hooks.after_response(resp, req) after each HTTP answer (any status).
--   An unknown operation name is a programmer error (raised): it names the client
--     that has it (another service of partnercentral.services), or a close spelling, or points to c:operations().
--   c:operations() -> sorted model names; c:describe(op) -> plain tables (describe.lua)
--   c:pages(op, input, call_opts), c:items(op, input, call_opts), c:wait_for(name, input, opts),
--   c:close()   (see paginate.lua and waiters.lua)
local core = require("partnercentral.load_core")
local errors = require("partnercentral.errors")
local endpoint = require("partnercentral.endpoint")
local retry = require("partnercentral.retry")
-- partnercentral.log: debug lines and scrubbing errors, needed only with a
-- logger or after a failure, so loaded then (spawn time)
local log = setmetatable({}, { __index = function(t, k)
  local m = require("partnercentral.log")
  setmetatable(t, { __index = m })
  return m[k]
end })
local ngx_phase = require("partnercentral.ngx_phase")
local config = require("partnercentral.config")

local type, pairs, ipairs, tostring, error, setmetatable = type, pairs, ipairs, tostring, error, setmetatable
local next, getmetatable, rawget = next, getmetatable, rawget

local _M = { _VERSION = require("partnercentral.version") }
local methods = {}
_M.methods = methods
local client_mt            -- (model) -> the metatable of its clients, defined below
local check_call_options = config.check_call_options

local RUNTIME = (rawget(_G, "jit") and ("lua/" .. tostring(jit.version):gsub("^LuaJIT ", "LuaJIT-")))
  or ("lua/" .. (_VERSION:match("%d+%.%d+") or "?"))
_M.USER_AGENT = "lua-partnercentral/" .. _M._VERSION .. " " .. RUNTIME

-- StartProfileUpdateTask -> start_profile_update_task
function _M.snake(name)
  return (name:gsub("(%l)(%u)", "%1_%2"):gsub("(%u)(%u%l)", "%1_%2"):lower())
end

-- The operation nearest to a misspelt name, spelt like the name was
-- (snake_case method or model name).
local function closest(self, name)
  local model_style = name:find("%u") ~= nil
  local names = {}
  for snake, op in pairs(self.op_by_snake) do names[#names + 1] = model_style and op or snake end
  return config.closest(name, names)
end

-- The other committed service whose model has `name` (model or snake_case
-- name): calling an Account operation on a Channel client says where it lives.
local function service_having(self, name)
  for _, svc in ipairs(require("partnercentral.services").list) do
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

-- decoded botocore tables -> their format 1 translation, so that clients built
-- from one table share one compiled model (core.model_compile caches per table)
local translated = setmetatable({}, { __mode = "k" })

-- A model that cannot be loaded or used is a programmer error, raised when the
-- client is made as a typed error (kind "config", code "InvalidModel") that
-- carries model.load's, model.check's or the compiler's reason.
-- -> model, compiled model (nil for a committed one: compiled at its first call)
local function load_model(opts)
  local src = opts.model
  local function raise(msg)
    error(errors.new{ kind = "config", code = "InvalidModel", message = "client.new: " .. msg }, 3)
  end
  if src == nil then
    -- a committed model, required as is (partnercentral.model is not needed for it)
    local services = require("partnercentral.services")
    -- (compiled at its first call: a committed model is known to compile)
    if type(opts.service) == "string" and services.get(opts.service) then
      return (require("partnercentral.models." .. opts.service))
    end
    error("client.new: service must be one of " .. services.names() .. ", or pass model", 3)
  end
  if type(src) ~= "table" and type(src) ~= "string" then
    error("client.new: model must be a path or a table, got " .. type(src), 3)
  end
  local mod = require("partnercentral.model")
  local m = translated[src]
  if not m then
    local err
    m, err = mod.load(src)   -- a format 1 table comes back as is; botocore JSON is translated
    if not m then raise("cannot load the model: " .. tostring(err and err.message or err)) end
    if type(src) == "table" and m ~= src then translated[src] = m end
  end
  local ok, cerr = mod.check(m)
  if not ok then raise(cerr.message) end
  -- compiled now (cached per model table in the core), so that a shape the
  -- compiler refuses is this typed error, not a raw one at the first call
  local cok, cm = pcall(core.model_compile, m)
  if not cok then
    raise("the model does not compile: " .. (tostring(cm):gsub("^.-model_compile: ", ""):sub(1, 300)))
  end
  return m, cm
end

local KEY_FIELDS = { "access_key", "secret_key", "session_token", "expiration", "account_id" }

-- The text of what a provider's get() raised, for a message: short, on one
-- line, without the secrets of the last credentials this client used nor
-- anything named like a secret (the text is the provider's: it may hold
-- anything, log.scrub_foreign).
local function raised_summary(self, e)
  local s = errors.is_error(e) and e.message or e
  s = type(s) == "string" and s or ("a " .. type(s))
  s = s:sub(1, 200):gsub("%c", " ")
  local last = self and self.creds_checked
  return log.scrub_foreign(s, last and { last[3], last[4] or nil } or {})
end

-- A provider given by the caller: what its get() raises is a typed
-- credentials error of the call, never a raw error out of it.
local function guarded(self, provider, get)
  return { provider = provider, get = function()
    local ok, creds, err = pcall(get, provider)
    if ok then return creds, err end
    return nil, errors.new{ kind = "credentials", code = "CredentialsProviderError",
      message = "the credentials provider raised an error: " .. raised_summary(self, creds) }
  end }
end

-- Explicit keys, a provider, or the chain. A bad value is a typed error of
-- each call (the keys are checked the same way as the static provider's).
local function make_credentials(self, opts, settings, getenv)
  local c = opts.credentials
  local get = config.provider_get(c)
  if get then return guarded(self, c, get) end
  if type(c) == "table" then
    local plain, rerr = config.plain_options(c, KEY_FIELDS, "credentials")
    local keys, kerr
    if plain then
      keys, kerr = require("partnercentral.credentials.static").new(nil, plain):load()
    else
      kerr = errors.new{ kind = "credentials", code = "InvalidCredentials", message = rerr.message }
    end
    if not keys then
      kerr = errors.is_error(kerr) and kerr
        or errors.new{ kind = "credentials", code = "PartialCredentials", message = tostring(kerr) }
    end
    return { get = function() return keys, kerr end }
  end
  local ok, chain = pcall(require, "partnercentral.credentials")
  if not ok then
    return { get = function() return nil, errors.new{ kind = "credentials", code = "NoCredentials",
      message = "no credentials given and the provider chain is not available" } end }
  end
  -- shared_cache: e.g. require("partnercentral.ngx_cache").new("pc_creds"), so one refresh
  -- serves every nginx worker (doc/openresty.md). The chain resolves its own
  -- settings from the same sources (partnercentral.config); the client's region
  -- picks the regional STS endpoint, its CA bundle serves STS and SSO too.
  return chain.chain{ profile = opts.profile, shared_cache = opts.shared_cache, region = settings.region,
    ca_file = settings.ca_file, getenv = getenv }
end

-- operations whose input has an idempotency token (safe to send twice)
local function token_operations(model)
  local out = {}
  for name, op in pairs(model.operations or {}) do
    local sh = model.shapes and model.shapes[op.input]
    for _, m in ipairs(sh and sh.members or {}) do
      if m.idempotencyToken then out[name] = true end
    end
  end
  return out
end

-- client.new(opts) -> client, config_err
-- A bad option, environment value or profile does not raise: it is kept as a
-- typed error (also the second result), and every call returns it (nil, err)
-- or raises it (raise_errors) before anything is sent. Only a missing or
-- unloadable model raises here: there is no client without one.
-- (module_service: the service of partnercentral.<service>.new, which takes the
-- caller's options without modifying them)
function _M.new(opts, module_service)
  opts = opts or {}
  if type(opts) ~= "table" then error("client.new: options must be a table, got " .. type(opts), 2) end
  -- options with a metatable are read once, into a plain table: what is
  -- checked below is what the client uses
  local given = opts
  local plain, oerr = config.plain_options(opts, config.CLIENT_OPTIONS, "client option")
  opts = plain
  -- a copy of the table's own keys when an __index raised (oerr is every call's
  -- error; the keys still give the model) or when service is set here (the
  -- caller's table is never modified)
  if not opts or (module_service and opts == given) then
    opts = {}
    for k, v in next, given do opts[k] = v end
  end
  if module_service then opts.service = module_service end
  local model, cm = load_model(opts)
  local md = model.metadata or {}
  local mt, op_by_snake = client_mt(model)
  -- the service's name (partnercentral.services): the option, else the one
  -- whose target prefix the model has (nil for any other service)
  local service = (opts.model == nil and opts.service)
    or require("partnercentral.services").name_of_prefix(md.targetPrefix)
  local self = setmetatable({ opts = opts, model = model, md = md, service = service, cm = cm }, mt)
  self.op_by_snake, self.op_targets = op_by_snake, {}
  for name in pairs(model.operations or {}) do
    self.op_targets[name] = md.targetPrefix .. "." .. name   -- X-Amz-Target, built once
  end
  self.op_has_token = token_operations(model)
  self.op_plans = {}      -- per operation, on its first call: op_plan
  local cerr = oerr or config.check_client_options(opts)
  -- opts.getenv (default os.getenv): where environment settings come from
  local getenv = type(opts.getenv) == "function" and opts.getenv or os.getenv
  local settings, serr = config.client_settings(config.source{ options = opts, getenv = getenv },
    md.serviceId or md.endpointPrefix)
  self.settings, self.config_err = settings, cerr or serr
  self.region, self.endpoint_url = settings.region, settings.endpoint
  self.validation = opts.validation
  if self.validation == nil then self.validation = "default" end
  self.serialize_opts = { validation = self.validation }
  self.retry = retry.new{ mode = settings.retry_mode, max_attempts = settings.max_attempts }
  self.credentials = cerr and { get = function() return nil, cerr end }
    or make_credentials(self, opts, settings, getenv)
  self.hooks = type(opts.hooks) == "table" and opts.hooks or {}
  local logger = opts.logger or opts.debug
  self.logger = logger and log.make(logger) or false   -- false: read without __index
  -- inside nginx a blocking sleep would stall the worker: ngx.sleep where the
  -- phase can yield, else a blocking one (ngx_phase.sleep decides per sleep)
  local in_ngx = ngx_phase.in_nginx()
  self.in_ngx = in_ngx
  self.sleep = opts.sleep or (in_ngx and ngx_phase.sleep) or function(s) core.sleep_ms(s * 1000) end
  -- awsJson 1.0 or 1.1, as the model says (§1)
  self.content_type = "application/x-amz-json-" .. tostring(md.jsonVersion or "1.0")
  self.user_agent = _M.USER_AGENT .. (opts.user_agent_extra and (" " .. opts.user_agent_extra) or "")
  self.transport_opt = opts.transport
  return self, self.config_err
end

function methods:close()
  if self.transport and self.transport.close then self.transport:close() end
  self.transport = nil
end

-- The endpoint parameters a rule set binds to a built-in (Smithy builtIn) -> the
-- client setting that gives its value. Only the parameters the rule set
-- declares are passed (endpoint.resolve refuses any other name).
local BUILTINS = { ["AWS::Region"] = "region", ["AWS::UseFIPS"] = "use_fips",
  ["AWS::UseDualStack"] = "use_dualstack", ["SDK::Endpoint"] = "endpoint" }
_M.ENDPOINT_BUILTINS = BUILTINS

local function endpoint_params(rules, settings)
  local params = {}
  for name, def in pairs(rules.parameters or {}) do
    local key = type(def) == "table" and BUILTINS[def.builtIn]
    if key then params[name] = settings[key] end
  end
  return params
end

local function missing_region()
  return errors.new{ kind = "config", code = "MissingRegion", message = config.MISSING_REGION }
end

-- Endpoint and auth scheme, resolved once per client (the inputs do not change;
-- region and endpoint URL were checked by partnercentral.config).
-- A model without a rule set (a hand-written or third-party model) still works
-- with an explicit endpoint: it is used as is, signed with SigV4 in the client's region.
local function resolve(self)
  if self.ep then return self.ep end
  local st = self.settings
  if st.region == nil and st.endpoint == nil then return nil, missing_region() end
  local ep, err
  if self.model.endpoint_rules == nil and st.endpoint then
    ep = { url = st.endpoint }
  else
    local rules = self.model.endpoint_rules
    ep, err = endpoint.resolve(rules, type(rules) == "table" and endpoint_params(rules, st) or {})
  end
  if not ep then return nil, err end
  local ok, uerr = endpoint.check_url(ep.url)
  if not ok then return nil, uerr end
  local ep_headers, herr = endpoint.header_list(ep)   -- sent and signed with every call
  if not ep_headers then return nil, herr end
  local u = endpoint.split_url(ep.url)
  local auth = endpoint.auth_scheme(ep, st.auth_scheme_preference, st.region, st.sigv4a_signing_region_set)
  if auth.name == "sigv4" and not auth.region then return nil, missing_region() end
  -- An endpoint URL may carry a path (and query). awsJson operations are
  -- POST "/", joined to that path as Smithy does: https://example.com/custom
  -- is sent to /custom/. Sign what is sent.
  local spath, squery = u.path:match("^([^?#]*)%??([^#]*)")
  if spath:sub(-1) ~= "/" then spath = spath .. "/" end
  local target = spath .. ((squery or "") ~= "" and ("?" .. squery) or "")
  u.path = target
  local url = u.scheme .. "://" .. ep.url:match("^%a[%w+.-]*://([^/?#]+)") .. target
  local service = auth.signing_name or self.md.signingName or self.md.endpointPrefix
  self.ep = { url = url, split = u, auth = auth, sign_path = spath, sign_query = squery or "",
    headers = ep_headers, service = service,
    -- what every attempt signs the same way, prepared once (core.sign_plan)
    plan = core.sign_plan{ alg = auth.name == "sigv4a" and "v4a" or "v4", method = "POST", path = spath,
      query = squery or "", service = service, region = auth.region, region_set = auth.region_set } }
  return self.ep
end

-- The endpoint of one call of op: the operation's `endpoint` trait puts a
-- host prefix ("{Label}-data.") before the host, its {Labels} taken from the
-- input members marked hostLabel (Smithy endpoint trait). Each label value
-- must be a valid host name part: anything else is a validation error of the
-- call in every validation mode (it would choose another host). The prefixed
-- host is what is signed and connected to. -> ep | nil, err
local function host_prefixed(self, op, input, ep)
  local o = self.model.operations[op]
  local prefix = type(o.endpoint) == "table" and o.endpoint.hostPrefix
  if type(prefix) ~= "string" or prefix == "" then return ep end
  local bad
  local host_part = prefix:gsub("{([^}]*)}", function(name)
    local v = type(input) == "table" and input[name] or nil
    if not bad and (type(v) ~= "string" or not endpoint.valid_host(v)) then
      bad = { path = name, kind = "pattern", message = "must be a host name part (letters, digits and "
        .. "hyphens, dot-separated labels of 1 to 63 characters): it prefixes the endpoint host" }
    end
    return type(v) == "string" and v or ""
  end)
  if bad then
    return nil, errors.new{ kind = "validation", code = "EVALIDATION", violations = { bad },
      message = "validation failed: 1 violation\n" .. bad.path .. ": " .. bad.message }
  end
  local host = (host_part .. ep.split.host):lower()
  if not endpoint.valid_host(host) then
    return nil, errors.new{ kind = "config", code = "InvalidModel",
      message = "the host prefix of " .. op .. " does not give a valid host name" }
  end
  local out, split = {}, {}
  for k, v in pairs(ep) do out[k] = v end
  for k, v in pairs(ep.split) do split[k] = v end
  split.host = host
  split.host_header = host .. ep.split.host_header:sub(#ep.split.host + 1)
  out.split = split
  out.url = ep.url:gsub("^(%a[%w+.-]*://)", "%1" .. host_part:lower():gsub("%%", "%%%%"), 1)
  return out
end

local function get_transport(self)
  if not self.transport then
    self.transport = require("partnercentral.transport").select(self.transport_opt,
      { ca_file = self.settings.ca_file, proxy = self.opts.proxy, verify = self.opts.verify })
  end
  return self.transport
end

-- a debug line, without this call's secrets whatever a server echoed
local function emit(self, secrets, line)
  self.logger(log.scrub(line, secrets))
end

-- The Content-Encoding a caller put in call_opts.headers (nil when none).
local function caller_encoding(copts)
  for _, h in ipairs(copts.headers or {}) do
    if type(h) == "table" and type(h[1]) == "string" and h[1]:lower() == "content-encoding" then return h[2] end
  end
  return nil
end

-- What one operation's calls share, made on its first call: X-Amz-Target, the
-- host prefix of its endpoint trait (nil: none), whether it may send gzip.
local function op_plan(self, op)
  local p = self.op_plans[op]
  if p then return p end
  local o = self.model.operations[op]
  local prefix = type(o.endpoint) == "table" and o.endpoint.hostPrefix
  local trait, gzip = o.requestcompression, false
  if type(trait) == "table" and type(trait.encodings) == "table" then
    for _, e in ipairs(trait.encodings) do if e == "gzip" then gzip = true end end
  end
  -- a model given as a table or path is compiled whole by client.new; a committed
  -- one is compiled here, for this operation alone at first (core.model_compile
  -- caches it per model table)
  p = { target = self.op_targets[op], prefix = type(prefix) == "string" and prefix ~= "" and prefix or nil,
    gzip = gzip, cm = self.cm or core.model_compile(self.model, op) }
  self.op_plans[op] = p
  return p
end

-- The secrets an error or a debug line must not show: every attempt's
-- secret key, session token and signature (the signature, not the whole
-- Authorization value: its credential scope, service and region names, is no
-- secret, and scrubbing it would garble host names).
local function signature_of(auth) return auth:match("Signature=(%x+)") or auth end

-- One attempt: sign, add the unsigned headers, send.
-- body: bytes sent; json: the JSON text (debug log); encoding: "gzip" | nil (see compress).
-- -> resp, nil, authorization | nil, err, authorization (nil when not signed)
local function one_attempt(self, op, target, ep, body, json, encoding, creds, invocation, attempt, max, copts,
                           secrets)
  -- The trailing nils size the array for the 8 pairs of a plain call (these 3,
  -- X-Amz-Date and Authorization from plan:sign, the 3 unsigned ones below):
  -- a table of 3 would be grown twice per call as they are appended.
  local headers = {
    { "Content-Type", self.content_type },
    { "Host", ep.split.host_header },
    { "X-Amz-Target", target },
    nil, nil, nil, nil, nil,
  }
  -- the rule set's endpoint headers (rare), signed like the SDK's own
  for i = 1, #ep.headers do headers[#headers + 1] = ep.headers[i] end
  -- the SDK's encoding goes after the caller's, in one signed header
  local user_enc = encoding and caller_encoding(copts)
  if encoding then
    headers[#headers + 1] = { "Content-Encoding", user_enc and (user_enc .. ", " .. encoding) or encoding }
  end
  local token = creds.session_token
  if token == false then token = nil end
  -- appends X-Amz-Date, X-Amz-Security-Token, X-Amz-Region-Set, Authorization
  local auth, code, msg = ep.plan:sign(headers, body, creds.access_key, creds.secret_key, token)
  if not auth then return nil, errors.from_core(code, msg, { kind = "signing" }) end
  if secrets then secrets[#secrets + 1] = signature_of(auth) end
  -- unsigned, after signing (doc/protocol.md §2.2)
  local n = #headers
  headers[n + 1] = { "User-Agent", self.user_agent }
  headers[n + 2] = { "amz-sdk-invocation-id", invocation }
  headers[n + 3] = { "amz-sdk-request", attempt == 1 and "attempt=1" or self.retry:header(attempt, max) }
  if copts.headers then
    for _, h in ipairs(copts.headers) do
      local merged = user_enc and type(h) == "table" and type(h[1]) == "string"
        and h[1]:lower() == "content-encoding"
      if not merged then headers[#headers + 1] = h end
    end
  end
  local split = ep.split
  local req = { method = "POST", url = ep.url, scheme = split.scheme, host = split.host,
    port = split.port, path = split.path, headers = headers, body = body,
    timeout = copts.timeout or self.settings.timeout,
    connect_timeout = copts.connect_timeout or self.settings.connect_timeout,
    ca_file = self.settings.ca_file, sni = split.host, operation = op, attempt = attempt }
  -- hooks see the request as sent: headers appended here are sent unsigned
  local hooks = self.hooks
  if hooks.before_send then hooks.before_send(req) end
  local logger = self.logger
  if logger then
    emit(self, secrets, ("-> POST %s %s attempt %d\n%s\n%s%s"):format(req.url, op, attempt,
      log.redact_headers(headers), log.redact_body(json, self.model),
      encoding and ("\n(sent " .. encoding .. ", " .. #body .. " bytes)") or ""))
  end
  local resp, err = (self.transport or get_transport(self)):request(req)
  if not resp then
    if logger then emit(self, secrets, ("<- %s %s attempt %d: %s"):format(err.kind, op, attempt, tostring(err))) end
    return nil, err, auth
  end
  if logger then
    emit(self, secrets, ("<- %d %s\n%s\n%s"):format(resp.status, op, log.redact_headers(resp.headers),
      log.redact_body(resp.body, self.model)))
  end
  if hooks.after_response then hooks.after_response(resp, req) end
  return resp, nil, auth
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
_M.compiled_model = function(c) return core.model_compile(c.model) end

-- The body as sent: gzip when the operation has the requestcompression trait
-- (Smithy requestCompression) with gzip among its encodings, compression is
-- not disabled (disable_request_compression) and the JSON is at least
-- request_min_compression_size_bytes long (both resolved by config.lua). The
-- compressed bytes are what is signed. -> body, encoding ("gzip" | nil) | nil, err
local function compress(self, plan, json)
  if not plan.gzip then return json end
  local st = self.settings
  if st.disable_request_compression or #json < st.request_min_compression_size_bytes then return json end
  local z, code, msg = core.gzip(json)
  if not z then return nil, errors.from_core(code, msg) end
  return z, "gzip"
end

-- Credentials from any provider must be signable: a bad set is a typed error,
-- never the signer's raw message (partnercentral.credentials.util.check). A
-- set already checked (the same table holding the same strings) is not
-- checked again.
local check_creds = require("partnercentral.credentials.util").check
local function creds_error(self, creds)
  local last = self.creds_checked
  if last and last[1] == creds and last[2] == creds.access_key and last[3] == creds.secret_key
    and last[4] == creds.session_token then
    return nil
  end
  local err = check_creds(creds)
  if err then return err end
  self.creds_checked = { creds, creds.access_key, creds.secret_key, creds.session_token }
  return nil
end

-- nil, err; or raise err (raise_errors of the call, else of the client). The
-- error leaves without this call's secrets, whatever a server put in it.
local function fail(self, copts, err, op, secrets)
  err.operation = op
  if err.attempts == nil then err.attempts = 0 end
  if secrets then log.scrub_error(err, secrets) end
  local raise = copts and copts.raise_errors
  if raise == nil then raise = self.opts.raise_errors end
  if raise == true then error(err, 0) end
  return nil, err
end

-- a fresh copy of a stored error (each call fills in its own operation)
local function copy_error(e)
  local t = {}
  for k, v in pairs(e) do t[k] = v end
  return errors.new(t)
end

-- retries after the request may have reached the server: the call's
-- retry_after_send, else the client's; an idempotency token makes them safe
local function may_retry(self, op, copts, err)
  local after_send = copts.retry_after_send
  if after_send == nil then after_send = self.settings.retry_after_send end
  return after_send ~= false or self.op_has_token[op] or not retry.may_have_reached(err)
end

-- one attempt's secrets (see signature_of) appended to the list
local function add_secrets(secrets, creds, auth)
  secrets[#secrets + 1] = creds.secret_key
  secrets[#secrets + 1] = creds.session_token or nil
  secrets[#secrets + 1] = auth and signature_of(auth)
end

-- The attempts of one call -> result, meta | nil, err, secrets (err.attempts set)
-- secrets (a list, see add_secrets) is kept only when needed: with a logger
-- (debug lines of each attempt) or after a failed attempt.
local function attempts(self, op, plan, body, json, encoding, ep, copts)
  local invocation = core.uuid4()
  local r = self.retry
  -- retry_mode = "none" wins over a per-call max_attempts
  local max = r.mode == "none" and 1 or (copts.max_attempts or r.max_attempts)
  local rst         -- this call's share of the retry quota (§5.2), made at its first retry
  local secrets = self.logger and {} or nil
  local attempt = 0
  while true do
    attempt = attempt + 1
    -- Inside nginx, a phase without cosockets must fail the same way whatever
    -- would have done I/O first (credentials fetch or the request itself).
    if attempt == 1 and self.in_ngx and self.transport_opt ~= "curl" then
      local ok, perr = ngx_phase.check("SDK calls")
      if not ok then perr.attempts = 0 return nil, perr, secrets end
    end
    local creds, cerr = self.credentials:get()
    if not creds then
      cerr = cerr or errors.new{ kind = "credentials", code = "NoCredentials", message = "no credentials found" }
      if type(cerr) ~= "table" then
        cerr = errors.new{ kind = "credentials", code = "NoCredentials", message = tostring(cerr) }
      end
      cerr.attempts = attempt
      ngx_phase.explain_credentials(cerr)  -- nginx: `env` directives
      return nil, cerr, secrets
    end
    cerr = creds_error(self, creds)
    if cerr then cerr.attempts = attempt return nil, cerr, secrets end
    local logger = self.logger
    if logger then add_secrets(secrets, creds, nil) end   -- the Authorization: one_attempt adds it
    local resp, err, auth = one_attempt(self, op, plan.target, ep, body, json, encoding, creds, invocation, attempt,
      max, copts, secrets)
    if resp and resp.status >= 200 and resp.status < 300 then
      local result, dcode, dmsg = plan.cm:deserialize(op, resp.body)
      if not result then
        if not logger then secrets = secrets or {} add_secrets(secrets, creds, auth) end
        return nil, errors.from_core(dcode, dmsg, { attempts = attempt, status = resp.status,
          request_id = resp.headers["x-amzn-requestid"] }), secrets
      end
      r:on_success(attempt > 1, rst)
      return result, { request_id = resp.headers["x-amzn-requestid"], status = resp.status, attempts = attempt,
        invocation_id = invocation }
    end
    -- (with a logger this attempt's secrets are in the list already)
    if not logger then secrets = secrets or {} add_secrets(secrets, creds, auth) end
    if resp then err = service_error(plan.cm, op, resp) end
    err.attempts = attempt
    _M.retry_traits(err)
    rst = rst or r:begin()
    local delay = may_retry(self, op, copts, err) and r:should_retry(err, attempt, max, rst)
    if not delay then return nil, err, secrets end
    if delay > 0 then self.sleep(delay) end
  end
end

-- A host name that does not resolve (err.host_not_found, set by the transport)
-- of an endpoint made from the region, not configured: most often a misspelt
-- or made-up region, which the message then names.
local function hint_region(self, err)
  local st = self.settings
  if err.host_not_found and st.region and not st.endpoint then
    err.message = ('%s; check the region "%s": the endpoint host is made from it'):format(err.message, st.region)
  end
end

-- Bad options, configuration, input or endpoint: a typed error before anything is sent.
function methods:call(op, input, copts)
  op = op_name(self, op, 2)
  local checked, cerr, given = check_call_options(copts)
  -- (bad call options still ask to be raised when they say so)
  if not checked then return fail(self, given, cerr, op) end
  copts = checked
  if self.config_err then return fail(self, copts, copy_error(self.config_err), op) end
  local plan = op_plan(self, op)
  local cm = plan.cm
  local json, code, msg, violations = cm:serialize(op, input, self.serialize_opts)
  if not json then return fail(self, copts, errors.from_core(code, msg, { violations = violations }), op) end
  -- partnercentral.stub: a queued answer instead of any I/O (no endpoint,
  -- credentials or network), after the same validation as a real call
  local stubber = rawget(self, "stubber")
  if stubber then
    local res, meta = stubber:respond(op, input or {}, cm)
    if res == nil then return fail(self, copts, meta, op) end
    return res, meta
  end
  local ep, eerr = self.ep, nil
  if not ep then ep, eerr = resolve(self) end
  if ep and plan.prefix then ep, eerr = host_prefixed(self, op, input, ep) end
  local body, encoding
  if ep then body, encoding = compress(self, plan, json) end
  if not body then return fail(self, copts, encoding or eerr, op) end
  local res, meta, secrets = attempts(self, op, plan, body, json, encoding, ep, copts)
  if not res then
    hint_region(self, meta)
    return fail(self, copts, meta, op, secrets)
  end
  return res, meta
end

-- Introspection: the model names of the operations (sorted), and one
-- operation's members, constraints, errors, pagination and waiters as plain
-- tables (partnercentral.describe).
function methods:operations() return require("partnercentral.describe").operations(self.model) end
function methods:describe(op)
  return require("partnercentral.describe").operation(self.model, op_name(self, op, 2))
end

-- (an unknown name raises the same error as a call of it)
function methods:pages(op, input, copts)
  return require("partnercentral.paginate").pages(self, op_name(self, op, 2), input, copts)
end
function methods:items(op, input, copts)
  return require("partnercentral.paginate").items(self, op_name(self, op, 2), input, copts)
end
function methods:wait_for(name, input, wopts)
  return require("partnercentral.waiters").wait_for(self, name, input, wopts)
end

-- fields of the client object that may be nil: reading them is not a typo
local INTERNAL = { opts = true, model = true, md = true, op_by_snake = true, op_targets = true, region = true,
  endpoint_url = true, validation = true, retry = true, credentials = true,
  hooks = true, logger = true, sleep = true, user_agent = true, transport_opt = true,
  transport = true, ep = true, in_ngx = true, content_type = true, settings = true, config_err = true,
  op_has_token = true, stubber = true, service = true, cm = true, op_plans = true, serialize_opts = true,
  creds_checked = true }

local function tostring_client(self) return "partnercentral client (" .. tostring(self.md.serviceId) .. ")" end

-- The metatable of a model's clients (one per model table, so that the call
-- path reads plain tables, which LuaJIT compiles): __index is a table of the
-- methods and the model's snake_case operation methods; what is in neither
-- comes to its own __index, which answers nil for the internal fields and
-- "_x" probes and raises the typo error otherwise. -> mt, op_by_snake
local client_mts = setmetatable({}, { __mode = "k" })

client_mt = function(model)
  local known = client_mts[model]
  if known then return known.mt, known.op_by_snake end
  local op_by_snake, index = {}, {}
  for name in pairs(model.operations or {}) do
    local op = name
    op_by_snake[_M.snake(name)] = name
    index[_M.snake(name)] = function(c, input, copts) return c:call(op, input, copts) end
  end
  -- what unknown_operation reads of a client; the model is held weakly: on
  -- LuaJIT weak keys are not ephemerons, and a value of client_mts that
  -- refers to its key would keep the model (and its compiled model) for ever
  local shape = setmetatable({ md = model.metadata or {}, op_by_snake = op_by_snake },
    { __index = setmetatable({ model = model }, { __mode = "v" }) })
  setmetatable(index, { __index = function(_, k)
    local m = methods[k]            -- methods added after the first client
    if m then return m end
    if type(k) ~= "string" or INTERNAL[k] then return nil end
    -- "_x" / "__x" keys are what generic code probes (serializers, class
    -- libraries, __close on 5.1): no operation starts with "_", so they are nil
    if k:sub(1, 1) == "_" then return nil end
    error(unknown_operation(shape, k), 2)
  end })
  for k, f in pairs(methods) do index[k] = f end
  local mt = { __index = index, __tostring = tostring_client }
  client_mts[model] = { mt = mt, op_by_snake = op_by_snake }
  return mt, op_by_snake
end

-- client.is_client(v) -> true when v is a client made by client.new
function _M.is_client(v)
  if type(v) ~= "table" then return false end
  local known = client_mts[rawget(v, "model")]
  return known ~= nil and getmetatable(v) == known.mt
end

-- The module of one service (partnercentral.account, .channel, .selling, .benefits):
-- new(opts) and m(opts) build a client with opts.service = service (opts not modified).
function _M.service_module(service)
  local m = {}
  function m.new(opts)
    if opts ~= nil and type(opts) ~= "table" then
      error("client.new: options must be a table, got " .. type(opts), 2)
    end
    return _M.new(opts, service)
  end
  return setmetatable(m, { __call = function(_, opts) return m.new(opts) end })
end

-- require("partnercentral.client"){ model = ... } is client.new{ ... }
return setmetatable(_M, { __call = function(_, opts) return _M.new(opts) end })
