-- partnercentral.credentials: the credential provider chain (doc/protocol.md §11).
--
--   local chain = require("partnercentral.credentials").chain{ profile =, ... }
--   local creds, err = chain:get()
--     creds = { access_key =, secret_key =, session_token =?, expiration =? (epoch s),
--               account_id =?, source = "static"|"env"|"shared-credentials-file"|
--               "process"|"shared-config-file"|"assume-role"|"web-identity"|
--               "sso"|"container"|"imds" }
--     err   = partnercentral.errors object, kind "credentials"
--
-- Order (first that finds credentials wins; a misconfigured source is an error,
-- not a skip), as botocore (doc/protocol.md §11.1):
--    1 explicit `credentials` option
--    2 environment keys (not when `profile` is given in code, as botocore)
--    3 assume role: profile role_arn + source_profile / credential_source
--    4 web identity: AWS_WEB_IDENTITY_TOKEN_FILE or the profile's token file
--    5 SSO (IAM Identity Center): sso_account_id/sso_role_name + the token
--      cache of `aws sso login` (credentials/sso.lua)
--    6 credentials file of the profile
--    7 credential_process
--    8 config file keys of the profile
--    9 container (ECS, EKS Pod Identity)
--   10 EC2 IMDS (v2, v1 fallback)
-- Settings (profile name, region, endpoint URLs, CA bundle, IMDS and web identity
-- variables, ...) come from partnercentral.config, as the client's: option, then
-- environment, then profile. Profile name: `profile` option, AWS_DEFAULT_PROFILE,
-- AWS_PROFILE, "default". 3 and 4 call STS (credentials/sts.lua) in the region of
-- `region`, else AWS_REGION, AWS_DEFAULT_REGION, the profile's region (none: the
-- global endpoint).
--
-- Refresh (§11.6): credentials with an expiration are fetched again from the
-- same source when less than `advisory_refresh` (15 min) remain; a failure
-- then keeps the old ones. Under `mandatory_refresh` (10 min) the refresh must
-- succeed or get() fails. Credentials without an expiration never refresh.
--
-- Options (all optional; injectable for tests):
--   profile, credentials, getenv(name), readfile(path) -> text|nil,
--   http(req) -> resp | nil, err   (req = { method, url, headers = {{n,v}}, body?, timeout,
--                                     connect_timeout }; resp = { status, headers, body })
--   now() -> epoch seconds, sleep(s), exec(argv, { timeout }) -> { status, stdout, stderr, timed_out },
--   process_timeout (s, default 60), container_base, container_timeout, container_attempts,
--   container_delay, advisory_refresh, mandatory_refresh (s), region, ca_file, sts_endpoint (URL),
--   sts_timeout (s), sts_attempts (default 3),
--   sso_endpoint, oidc_endpoint (URLs), sso_timeout (s, default 10),
--   sso_cache_dir (default ~/.aws/sso/cache),
--   shared_cache = { get = fn(key) -> string|nil, set = fn(key, string, ttl_s) } with
--     `cache_key` (default "partnercentral:creds:<profile>"): expiring credentials
--     are stored there (JSON) so that one refresh serves every nginx worker. With
--     add(key, value, ttl) -> true|nil and delete(key) too, "<cache_key>:lock" makes
--     one worker fetch while the others wait for its result (LOCK_WAIT s at most).
--   providers = { "env", "process", ... } to run only some sources, in that order.
-- A bad option value or an unknown option is a typed error (kind credentials, code
-- InvalidOption, err.option) returned by every get(), before anything is read or sent.
local core = require("partnercentral.core")
local util = require("partnercentral.credentials.util")
local config_files = require("partnercentral.config_files")
local config = require("partnercentral.config")

local type, tostring, pairs, ipairs, setmetatable, concat = type, tostring, pairs, ipairs, setmetatable, table.concat

local _M = { _VERSION = require("partnercentral.version"), ADVISORY = 15 * 60, MANDATORY = 10 * 60,
  LOCK_TTL = 30, LOCK_WAIT = 5, LOCK_POLL = 0.05 }

local ORDER = { "static", "env", "assume_role", "web_identity", "sso", "profile:credentials", "process",
  "profile:config", "container", "imds" }
_M.ORDER = ORDER

-- inside nginx a blocking sleep would stall the worker: ngx.sleep where the
-- phase can yield, else a blocking one (same choice as the client)
local function default_sleep(s)
  local ok, phase = pcall(require, "partnercentral.ngx_phase")
  if ok and phase.in_nginx and phase.in_nginx() then return phase.sleep(s) end
  core.sleep_ms(s * 1000)
end
_M.default_sleep = default_sleep

local default_readfile = config_files.read_file

-- Context shared by the providers of one resolution: the files are read once
-- per resolution, and again on the next one (they may have changed).
local Ctx = {}
Ctx.__index = Ctx

-- a configuration error, as the chain reports errors: kind credentials, same code
local function as_credentials(err)
  if err.kind == "credentials" then return err end
  return util.err(err.code, err.message, { source = err.source })
end

function Ctx:files()
  local f, err = self.cfg:files()
  if not f then return nil, as_credentials(err) end
  return f
end

-- A setting (partnercentral.config) -> value (nil: unset) | nil, err
function Ctx:setting(name, service)
  local v, _, err = self.cfg:get(name, service)
  if err then return nil, as_credentials(err) end
  return v
end

-- Forget what was read: the next resolution reads the files and environment again.
function Ctx:reload()
  self.cfg:reload()
end

-- merged profile | false (none) | nil, err
function Ctx:profile()
  local files, err = self:files()
  if not files then return nil, err end
  local p = config_files.profile(self.profile_name, nil, files)
  if not p then
    if self.profile_explicit then
      return nil, util.err("ProfileNotFound", ("the config profile (%s) could not be found")
        :format(self.profile_name))
    end
    return false
  end
  return p
end

-- Region of the STS calls, as the client's: option, AWS_REGION, AWS_DEFAULT_REGION,
-- the profile's region -> region | nil (the global endpoint) | nil, err
function Ctx:region()
  return self:setting("region")
end

-- The chain's own options: name -> check(v) -> true | nil, reason. A bad value
-- or an unknown name is a typed error (kind credentials, code InvalidOption,
-- err.option) of every get(), before anything is read or sent. profile, region
-- and ca_file are settings: partnercentral.config checks them where they are read.
local conv = config.conv
local function is(...)
  local ok, names = {}, { ... }
  for _, t in ipairs(names) do ok[t] = true end
  local why = "must be a " .. concat(names, " or a ")
  return function(v) return ok[type(v)] or nil, why end
end
local function converted(c)
  return function(v)
    local out, why = c(v, true)
    if out == nil then return nil, why end   -- a reason, or a typed error (its code is kept)
    return true
  end
end
local MAX_SECONDS = 2147483
local function duration(v)   -- seconds, 0 allowed (a delay, a refresh window)
  if type(v) == "number" and v == v and v >= 0 and v <= MAX_SECONDS then return true end
  return nil, ("must be a number of seconds from 0 to %d"):format(MAX_SECONDS)
end
local KNOWN_PROVIDERS = {}
for _, n in ipairs(ORDER) do KNOWN_PROVIDERS[n] = true end
local function provider_list(v)
  local why = "must be a list of provider names (" .. concat(ORDER, ", ") .. ")"
  if type(v) ~= "table" or #v == 0 then return nil, why end
  for k, n in pairs(v) do
    if type(k) ~= "number" or not KNOWN_PROVIDERS[n] then return nil, why end
  end
  return true
end
local function cache(v)
  if (type(v) == "table" or type(v) == "userdata") and type(v.get) == "function" and type(v.set) == "function" then
    return true
  end
  return nil, "must have get(key) and set(key, value, ttl) functions"
end
local OPTIONS = {
  profile = is("string"), region = is("string"), ca_file = is("string"),
  credentials = is("table", "userdata"),
  getenv = is("function"), readfile = is("function"), http = is("function"), now = is("function"),
  sleep = is("function"), exec = is("function"),
  process_timeout = converted(conv.seconds), container_timeout = converted(conv.seconds),
  sts_timeout = converted(conv.seconds), sso_timeout = converted(conv.seconds),
  container_attempts = converted(conv.integer(1, 100)), sts_attempts = converted(conv.integer(1, 100)),
  container_delay = duration, advisory_refresh = duration, mandatory_refresh = duration,
  sts_endpoint = converted(conv.url), sso_endpoint = converted(conv.url), oidc_endpoint = converted(conv.url),
  container_base = converted(conv.url),
  sso_cache_dir = converted(conv.text), cache_key = converted(conv.text),
  shared_cache = cache, providers = provider_list,
}
local OPTION_NAMES = {}
for k in pairs(OPTIONS) do OPTION_NAMES[#OPTION_NAMES + 1] = k end
table.sort(OPTION_NAMES)

-- -> nil | err (the value is never repeated unless it is a number: it may be a secret or a URL)
function _M.check_options(opts)
  local names = {}
  for k in pairs(opts) do names[#names + 1] = tostring(k) end
  table.sort(names)   -- the same error whatever the table order
  for _, k in ipairs(names) do
    local check = OPTIONS[k]
    if not check then
      return util.err("InvalidOption", ("unknown credentials chain option '%s'; did you mean '%s'?")
        :format(k:sub(1, 60):gsub("%c", "?"), (config.closest(k, OPTION_NAMES))), { option = k })
    end
    local ok, why = check(opts[k])
    if not ok then
      local typed = type(why) == "table"
      return util.err(typed and why.code or "InvalidOption", ("credentials chain option %s: %s, got %s")
        :format(k, typed and why.message or tostring(why), config.describe(opts[k])), { option = k })
    end
  end
  return nil
end

-- a fresh copy of the chain's option error (callers annotate what they get)
local function option_error(self)
  local t = {}
  for k, v in pairs(self.option_err) do t[k] = v end
  return require("partnercentral.errors").new(t)
end

local Chain = {}
Chain.__index = Chain

local function make_provider(self, name)
  local ctx = self.ctx
  if name == "static" then return require("partnercentral.credentials.static").new(ctx, self.explicit) end
  local mod, arg = name:match("^(%w+):(%w+)$")
  if mod then return require("partnercentral.credentials." .. mod).new(ctx, arg) end
  return require("partnercentral.credentials." .. name).new(ctx)
end

function _M.chain(opts)
  opts = opts or {}
  local option_err = _M.check_options(opts)
  if option_err then
    -- nothing of a badly configured chain runs: every get() is this error
    return setmetatable({ option_err = option_err, providers = {}, ctx = {} }, Chain)
  end
  local getenv = opts.getenv or os.getenv
  local readfile = opts.readfile or default_readfile
  local cfg = config.source{ getenv = getenv, readfile = readfile,
    options = { profile = opts.profile, region = opts.region, ca_file = opts.ca_file } }
  -- (a bad profile name is reported by the first setting that reads the profile)
  local pname, pwhere = cfg:get("profile")
  local ctx = setmetatable({
    cfg = cfg, getenv = getenv, readfile = readfile,
    http = opts.http or util.default_http, now = opts.now or os.time,
    sleep = opts.sleep or default_sleep, exec = opts.exec,
    profile_name = pname or "default", profile_explicit = pname ~= nil and pwhere ~= "default",
    process_timeout = opts.process_timeout, container_base = opts.container_base,
    container_timeout = opts.container_timeout, container_attempts = opts.container_attempts,
    container_delay = opts.container_delay,
    sts_endpoint = opts.sts_endpoint, sts_timeout = opts.sts_timeout,
    sts_attempts = opts.sts_attempts,
    sso_endpoint = opts.sso_endpoint, oidc_endpoint = opts.oidc_endpoint, sso_timeout = opts.sso_timeout,
    sso_cache_dir = opts.sso_cache_dir,
  }, Ctx)
  local self = setmetatable({ ctx = ctx, now = ctx.now, explicit = opts.credentials,
    advisory = opts.advisory_refresh or _M.ADVISORY, mandatory = opts.mandatory_refresh or _M.MANDATORY,
    shared = opts.shared_cache, cache_key = opts.cache_key or ("partnercentral:creds:" .. ctx.profile_name),
  }, Chain)
  local names = opts.providers
  if not names then
    names = {}
    for _, n in ipairs(ORDER) do
      -- a profile named in code replaces the environment keys (botocore credentials.py:95)
      if not (n == "env" and opts.profile ~= nil) and not (n == "static" and opts.credentials == nil) then
        names[#names + 1] = n
      end
    end
  end
  self.providers = {}
  for i, n in ipairs(names) do self.providers[i] = make_provider(self, n) end
  return self
end

-- Run the providers in order -> creds, provider | nil, err
function Chain:resolve()
  if self.option_err then return nil, option_error(self) end
  local ctx = self.ctx
  ctx:reload()
  local tried = {}
  for _, p in ipairs(self.providers) do
    local c, err = p:load()
    if c then return c, p end
    if c == nil then
      err = err or util.err("CredentialsError", "provider " .. tostring(p.name) .. " failed")
      err.provider = err.provider or p.name
      return nil, err
    end
    tried[#tried + 1] = p.name .. ": " .. tostring(err or "nothing")
  end
  return nil, util.err("NoCredentials", "no credentials found (" .. concat(tried, "; ") .. ")")
end

-- A refresh asks the source that gave the current credentials; if that source
-- no longer applies (e.g. the variable went away) the whole chain runs again.
local function refresh(self)
  local p = self.provider
  if p then
    self.ctx:reload()
    local c, err = p:load()
    if c then return c, p end
    if c == nil then return nil, err end
  end
  return self:resolve()
end

local function remaining(c, now)
  return c.expiration and (c.expiration - now) or math.huge
end

local function from_shared(self, now)
  local s = self.shared and self.shared.get(self.cache_key)
  -- a string as stored; a cache that decodes JSON itself may give the table back
  local d = type(s) == "table" and s or util.decode_object(s)
  if not d or not d.expiration then return nil end
  local c = util.make(d, util.str(d.source) or "shared-cache")
  if c and remaining(c, now) > self.advisory then return c end
  return nil
end

local function to_shared(self, c, now)
  if not self.shared or not c.expiration then return end
  local ttl = c.expiration - now - self.mandatory
  if ttl <= 0 then return end
  local t = {}
  for k, v in pairs(c) do t[k] = v end
  self.shared.set(self.cache_key, core.json_encode(t), ttl)
end

-- Cross-worker lock, when the shared cache has add/delete (partnercentral.ngx_cache):
-- true when this caller may fetch. The lock expires by itself (LOCK_TTL) should
-- its holder die.
local function try_lock(self)
  local sh = self.shared
  if not sh or type(sh.add) ~= "function" then return true end
  return sh.add(self.cache_key .. ":lock", "1", _M.LOCK_TTL) and true or false
end

local function unlock(self)
  local sh = self.shared
  if sh and type(sh.add) == "function" and type(sh.delete) == "function" then
    sh.delete(self.cache_key .. ":lock")
  end
end

-- Fetch under the lock; when another worker holds it, wait (up to LOCK_WAIT s)
-- for its result in the shared cache, then fetch anyway.
local function locked_refresh(self)
  if try_lock(self) then
    local ok, c, p = pcall(refresh, self)
    unlock(self)
    if not ok then error(c, 0) end
    return c, p
  end
  local waited = 0
  while waited < _M.LOCK_WAIT do
    self.ctx.sleep(_M.LOCK_POLL)
    waited = waited + _M.LOCK_POLL
    local sc = from_shared(self, self.now())
    if sc then return sc end
    if try_lock(self) then unlock(self) break end -- the holder gave up: fetch here
  end
  return refresh(self)
end

function Chain:get()
  if self.option_err then return nil, option_error(self) end
  local now = self.now()
  local c = self.cached
  if c and remaining(c, now) > self.advisory then return c end
  local sc = from_shared(self, now)
  if sc then self.cached = sc return sc end
  if c and remaining(c, now) > self.mandatory then
    -- advisory window: one caller refreshes; the others (and a failure) keep the
    -- old ones. Without waiting: another worker holding the lock means "keep".
    -- `refreshing` holds the pid of the process whose refresh is in flight: a
    -- process forked meanwhile (from another coroutine) must not take the
    -- parent's refresh for its own, which would never finish there.
    if self.refreshing == core.getpid() or not try_lock(self) then return c end
    self.refreshing = core.getpid()
    local ok, nc, p = pcall(refresh, self)
    self.refreshing = nil
    unlock(self)
    if ok and nc then
      self.cached, self.provider = nc, p
      to_shared(self, nc, now)
      return nc
    end
    return c
  end
  local nc, p = locked_refresh(self)
  if not nc then return nil, p end
  if remaining(nc, now) <= 0 then
    return nil, util.err("CredentialsExpired", ("the credentials from %s expired at %s")
      :format(tostring(nc.source), util.format_time(nc.expiration)))
  end
  self.cached, self.provider = nc, p
  if p then to_shared(self, nc, now) end -- (no p: it came from the shared cache)
  return nc
end

-- Forget the cached credentials (e.g. after the service rejected them).
function Chain:invalidate()
  self.cached = nil
end

_M.Chain = Chain
return _M
