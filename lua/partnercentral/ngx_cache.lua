-- partnercentral.ngx_cache: a lua_shared_dict as a cache shared by all nginx
-- workers, in the shape the credentials chain takes as its `shared_cache`:
--
--   lua_shared_dict partnercentral_credentials 1m;              (nginx.conf, http{})
--   local cache = assert(require("partnercentral.ngx_cache").new("partnercentral_credentials"))
--   local creds = require("partnercentral.credentials").chain{ shared_cache = cache }
--
--   cache:get(key)              -> value | nil        (nil: missing or expired)
--   cache:set(key, value, ttl)  -> true | nil, err    (ttl in seconds; nil or 0: no expiry)
--   cache:add(key, value, ttl)  -> true | nil, err    (only when missing: a cross-worker lock;
--                                                      err.code "Exists" when it is there)
--   cache:delete(key)           -> true
-- Both cache:get(k) and cache.get(k) work: the chain's calling style is not fixed.
--
-- Why: a worker that refreshes temporary credentials (IMDS, container, web
-- identity, SSO) stores them here, and the other workers read them instead of
-- making N fetches. Values are strings, numbers, booleans or tables of those
-- (tables are stored as JSON and come back as new tables). The dict lives in
-- nginx's shared memory: treat it like the worker's memory, never log it.
local errors = require("partnercentral.errors")

local type, tostring, setmetatable = type, tostring, setmetatable

local _M = { _VERSION = require("partnercentral.version") }
local mt = { __index = _M }

local bind          -- defined below
local JSON_FLAG = 1   -- shared-dict user flag: the stored string is an encoded table

local function cfail(code, message)
  return nil, errors.new{ kind = "config", code = code, message = message }
end

-- new(name | dict) -> cache | nil, err (kind "config")
function _M.new(dict)
  local n = rawget(_G, "ngx")
  if type(n) ~= "table" or type(n.shared) ~= "table" then
    return cfail("UnsupportedPhase", "partnercentral.ngx_cache needs nginx's Lua module (ngx.shared)")
  end
  local name = "?"
  if type(dict) == "string" then
    name = dict
    dict = n.shared[name]
    if not dict then
      return cfail("NoSharedDict", ("no lua_shared_dict named %q: add `lua_shared_dict %s 1m;` "
        .. "to the http{} block of nginx.conf"):format(name, name))
    end
  end
  if (type(dict) ~= "table" and type(dict) ~= "userdata") or dict.get == nil then
    return cfail("NoSharedDict", "ngx_cache.new expects a lua_shared_dict name or ngx.shared.<name>")
  end
  return bind(setmetatable({ dict = dict, name = name }, mt))
end

local function check_key(key)
  if type(key) ~= "string" or key == "" then
    error("ngx_cache: key must be a non-empty string, got " .. type(key), 3)
  end
end

local function encode(value)
  local t = type(value)
  if t == "string" or t == "number" or t == "boolean" then return value, 0 end
  if t == "table" then
    local s, code, msg = require("partnercentral.core").json_encode(value)
    if not s then return nil, nil, errors.from_core(code or "EINVAL", "cannot store value: " .. tostring(msg)) end
    return s, JSON_FLAG
  end
  error("ngx_cache: cannot store a " .. t .. " (strings, numbers, booleans, tables)", 4)
end

local function ttl_of(ttl)
  if ttl == nil then return 0 end
  if type(ttl) ~= "number" or ttl < 0 or ttl ~= ttl then
    error("ngx_cache: ttl must be a number of seconds >= 0", 4)
  end
  return ttl
end

local function store(how, self, key, value, ttl)
  check_key(key)
  local v, flags, eerr = encode(value)
  if v == nil then return nil, eerr end
  local ok, err = self.dict[how](self.dict, key, v, ttl_of(ttl), flags)
  if ok then return true end
  if err == "exists" then
    return nil, errors.new{ kind = "config", code = "Exists", message = "key is already cached" }
  end
  return cfail("SharedDictError", ("lua_shared_dict %s: %s (make it larger)"):format(self.name, tostring(err)))
end

local function get(self, key)
  check_key(key)
  local v, flags = self.dict:get(key)
  if v == nil then return nil end
  if flags == JSON_FLAG then
    local t = require("partnercentral.core").json_decode(v)
    if type(t) ~= "table" then return nil end   -- unreadable: as if missing
    return t
  end
  return v
end

local function delete(self, key)
  check_key(key)
  self.dict:delete(key)
  return true
end

local impl = {
  get = get,
  set = function(self, key, value, ttl) return store("set", self, key, value, ttl) end,
  add = function(self, key, value, ttl) return store("add", self, key, value, ttl) end,
  delete = delete,
}

-- Each object carries its functions bound to itself, so that both obj:get(k)
-- and obj.get(k) work (a leading argument that is the object is dropped).
bind = function(self)
  for name, f in pairs(impl) do
    self[name] = function(a, ...)
      if a == self then return f(self, ...) end
      return f(self, a, ...)
    end
  end
  return self
end

return _M
