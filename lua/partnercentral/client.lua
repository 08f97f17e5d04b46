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
--   An unknown operation name is a programmer error (raised) naming the closest one.
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

-- The operation nearest to a misspelt name, spelt like the name was
-- (snake_case method or model name).
local function closest(self, name)
  local best, bd
  local model_style = name:find("%u") ~= nil
  for snake, op in pairs(self.op_by_snake) do
    local cand = model_style and op or snake
    local d = distance(name, cand)
    if not bd or d < bd or (d == bd and cand < best) then best, bd = cand, d end
  end
  return best
end

-- decoded botocore tables -> their format 1 translation, so that clients built
-- from one table share one compiled model (core.model_compile caches per table)
local translated = setmetatable({}, { __mode = "k" })

-- A model that cannot be loaded or used is a programmer error, raised when the
-- client is made as a typed error (kind "config", code "InvalidModel") that
-- carries model.load's or model.check's reason.
local function load_model(opts)
  local mod = require("partnercentral.model")
  local src = opts.model
  local function raise(msg)
    error(errors.new{ kind = "config", code = "InvalidModel", message = "client.new: " .. msg }, 3)
  end
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
    if not m then raise("cannot load the model: " .. tostring(err and err.message or err)) end
    if type(src) == "table" and m ~= src then translated[src] = m end
  end
  local ok, cerr = mod.check(m)
  if not ok then raise(cerr.message) end
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
  -- An endpoint URL may carry a path (and query). awsJson operations are
  -- POST "/", joined to that path as Smithy does: https://example.com/custom
  -- is sent to /custom/. Sign what is sent.
  local spath, squery = u.path:match("^([^?#]*)%??([^#]*)")
  if spath:sub(-1) ~= "/" then spath = spath .. "/" end
  local target = spath .. ((squery or "") ~= "" and ("?" .. squery) or "")
  u.path = target
  local url = u.scheme .. "://" .. ep.url:match("^%a[%w+.-]*://([^/?#]+)") .. target
  self.ep = { url = url, split = u, auth = auth, sign_path = spath, sign_query = squery or "",
    service = auth.signing_name or self.md.signingName or self.md.endpointPrefix }
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
      { ca_file = self.opts.ca_file, proxy = self.opts.proxy, verify = self.opts.verify })
  end
  return self.transport
end

-- headers the signer returns, in the order they are sent
local SIGNED_HEADERS = { "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Region-Set", "Authorization" }

-- The Content-Encoding a caller put in call_opts.headers (nil when none).
local function caller_encoding(copts)
  for _, h in ipairs(copts.headers or {}) do
    if type(h) == "table" and type(h[1]) == "string" and h[1]:lower() == "content-encoding" then return h[2] end
  end
  return nil
end

-- wire = { body = bytes sent, json = the JSON text, encoding = "gzip" | nil } (see compress)
local function one_attempt(self, op, ep, wire, creds, invocation, attempt, max, copts)
  local auth = ep.auth
  local body = wire.body
  local headers = {
    { "Content-Type", self.content_type },
    { "Host", ep.split.host_header },
    { "X-Amz-Target", self.op_targets[op] },
  }
  -- the SDK's encoding goes after the caller's, in one signed header
  local user_enc = wire.encoding and caller_encoding(copts)
  if wire.encoding then
    headers[#headers + 1] = { "Content-Encoding", user_enc and (user_enc .. ", " .. wire.encoding) or wire.encoding }
  end
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
    for _, h in ipairs(copts.headers) do
      local merged = user_enc and type(h) == "table" and type(h[1]) == "string"
        and h[1]:lower() == "content-encoding"
      if not merged then headers[#headers + 1] = h end
    end
  end
  local req = { method = "POST", url = ep.url, scheme = ep.split.scheme, host = ep.split.host,
    port = ep.split.port, path = ep.split.path, headers = headers, body = body,
    timeout = copts.timeout or self.opts.timeout, connect_timeout = copts.connect_timeout or self.opts.connect_timeout,
    ca_file = self.opts.ca_file, sni = ep.split.host, operation = op, attempt = attempt }
  -- hooks see the request as sent: headers appended here are sent unsigned
  if self.hooks.before_send then self.hooks.before_send(req) end
  if self.logger then
    self.logger(("-> POST %s %s attempt %d\n%s\n%s%s"):format(req.url, op, attempt,
      log.redact_headers(headers), log.redact_body(wire.json, self.model),
      wire.encoding and ("\n(sent " .. wire.encoding .. ", " .. #body .. " bytes)") or ""))
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
    error(("%s has no operation '%s'; did you mean '%s'?"):format(
      tostring(self.md.serviceId or "client"), op, tostring(closest(self, op))), level + 1)
  end
  error("operation name expected, got " .. type(op), level + 1)
end

local function service_error(cm, op, resp)
  local pe = cm:parse_error(op, resp.status, resp.headers["x-amzn-errortype"], resp.body)
  return errors.new{ kind = "service", code = pe.code, message = pe.message, fields = pe.fields,
    retryable = pe.retryable, throttling = pe.throttling, fault = pe.fault, modeled = pe.modeled,
    status = resp.status, request_id = resp.headers["x-amzn-requestid"] }
end

local NO_OPTS = {}

local MAX_MIN_COMPRESSION = 10485760   -- botocore's upper bound for the setting

-- Request compression settings: option, else environment. The configuration
-- resolver will provide self.settings.disable_request_compression and
-- self.settings.request_min_compression_size_bytes (with the profile keys);
-- this function is the stand-in until then. -> disable, min_size | nil, err
local function request_compression_settings(self)
  local st = rawget(self, "settings")
  if type(st) == "table" and st.request_min_compression_size_bytes ~= nil then
    return st.disable_request_compression == true, st.request_min_compression_size_bytes
  end
  local getenv = self.opts.getenv or os.getenv
  local disable = self.opts.disable_request_compression
  if disable == nil then disable = truthy(getenv("AWS_DISABLE_REQUEST_COMPRESSION")) end
  local function valid(n)
    return type(n) == "number" and n >= 0 and n <= MAX_MIN_COMPRESSION and n == math.floor(n)
  end
  local min = self.opts.request_min_compression_size_bytes
  if min ~= nil and not valid(min) then
    return nil, errors.new{ kind = "config", code = "InvalidConfiguration", message =
      "request_min_compression_size_bytes must be an integer from 0 to " .. MAX_MIN_COMPRESSION }
  end
  if min == nil then
    min = tonumber(getenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES") or "")
    if not valid(min) then min = 10240 end   -- a bad environment value is ignored
  end
  return disable == true, min
end

-- The body as sent: gzip when the operation has the requestcompression trait
-- (Smithy requestCompression) with gzip among its encodings, compression is
-- not disabled and the JSON is at least the minimum size. The compressed
-- bytes are what is signed. -> wire | nil, err
local function compress(self, op, json)
  local trait = self.model.operations[op].requestcompression
  local wire = { body = json, json = json }
  if type(trait) ~= "table" or type(trait.encodings) ~= "table" then return wire end
  local gzip = false
  for _, e in ipairs(trait.encodings) do if e == "gzip" then gzip = true end end
  if not gzip then return wire end
  local disable, min = request_compression_settings(self)
  if disable == nil then return nil, min end
  if disable or #json < min then return wire end
  local z, code, msg = core.gzip(json)
  if not z then return nil, errors.from_core(code, msg) end
  wire.body, wire.encoding = z, "gzip"
  return wire
end

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
  local cm = core.model_compile(self.model)   -- compiled once per model table (cached in the core)
  local body, code, msg, violations = cm:serialize(op, input or {}, { validation = self.validation })
  if not body then
    return fail(self, copts, errors.from_core(code, msg, { violations = violations, operation = op, attempts = 0 }))
  end
  local ep, eerr = resolve(self)
  if ep then ep, eerr = host_prefixed(self, op, input, ep) end
  local wire
  if ep then wire, eerr = compress(self, op, body) end
  if not wire then eerr.operation, eerr.attempts = op, 0 return fail(self, copts, eerr) end
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
    local resp, err = one_attempt(self, op, ep, wire, creds, invocation, attempt, max, copts)
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
    -- the traits say what the retry rules saw, not only what the model says
    local why = retry.classify(err)
    if why then
      err.retryable = true
      if why == "throttling" then err.throttling = true end
    end
    local delay = r:should_retry(err, attempt, max, rst)
    if not delay then return fail(self, copts, err) end
    if delay > 0 then self.sleep(delay) end
  end
end

function methods:pages(op, input, copts) return require("partnercentral.paginate").pages(self, op, input, copts) end
function methods:items(op, input, copts) return require("partnercentral.paginate").items(self, op, input, copts) end
function methods:wait_for(name, input, wopts) return require("partnercentral.waiters").wait_for(self, name, input, wopts) end

-- fields of the client object that may be nil: reading them is not a typo
local INTERNAL = { opts = true, model = true, md = true, op_by_snake = true, op_targets = true, region = true,
  endpoint_url = true, use_fips = true, validation = true, retry = true, credentials = true,
  hooks = true, logger = true, sleep = true, user_agent = true, transport_opt = true,
  transport = true, ep = true, in_ngx = true, content_type = true, region_set_opt = true, auth_pref = true }

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
    error(("%s has no operation '%s'; did you mean '%s'?"):format(
      tostring(self.md.serviceId or "client"), k, tostring(closest(self, k))), 2)
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
