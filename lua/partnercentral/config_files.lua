-- partnercentral.config_files: the shared AWS `config` and `credentials` files
-- (doc/protocol.md §11.1, §11.2), read the way botocore reads them.
--
--   local cf = require("partnercentral.config_files")
--   cf.profile(name, opts) -> table of the profile's keys (credentials file wins on
--        the same key), with `services` replaced by the resolved `[services NAME]`
--        section ({ partnercentral_channel = { endpoint_url = ... } }) and the
--        section name kept in `services_name`
--        | nil, err (kind "config": ProfileNotFound, InvalidConfigFile with the file and line)
--   cf.load(opts) -> { config = { profiles =, services =, sso_sessions = },
--                      credentials = { profiles = } } | nil, err
--   cf.parse(text, label) -> { [section] = { key = value | { key = value } } }, { section names in
--        file order } | nil, err
--   cf.profile_name(explicit, getenv) -> name   (explicit > AWS_DEFAULT_PROFILE > AWS_PROFILE)
-- opts: getenv (default os.getenv), readfile(path) -> text | nil (default io.open).
-- A missing file is an empty file. Messages name the file and line, never the
-- line's text: the credentials file holds secrets.
local errors = require("partnercentral.errors")

local type, pairs, ipairs, tostring = type, pairs, ipairs, tostring
local find, sub, match, gsub, lower = string.find, string.sub, string.match, string.gsub, string.lower

local _M = { _VERSION = require("partnercentral.version") }

-- The whole file, or nil when it cannot be opened (a missing file is normal).
local function default_readfile(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end
_M.read_file = default_readfile

local function perr(label, lineno, what)
  return nil, errors.new{ kind = "config", code = "InvalidConfigFile",
    message = ("%s line %d: %s"):format(label, lineno, what) }
end

local function trim(s) return (match(s, "^%s*(.-)%s*$")) end

-- A value that starts with a newline is a nested `key = value` block
-- (botocore configloader._parse_nested). Nested keys are kept as written.
local function parse_nested(v)
  local t = {}
  for line in v:gmatch("[^\n]+") do
    local k, val = match(line, "^([^=]-)=(.*)$")
    if k then t[trim(k)] = trim(val) end
  end
  return t
end

-- INI as Python's RawConfigParser (strict): keys lowercased, `=` or `:`,
-- full-line `#`/`;` comments, indented continuation lines, no inline
-- comments, duplicate sections or keys are errors.
function _M.parse(text, label)
  label = label or "config"
  local sections, order, cur, curname, lastkey = {}, {}, nil, nil, nil
  local lineno = 0
  text = gsub(text, "\r\n", "\n")
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    local stripped = trim(line)
    local indented = find(line, "^%s") ~= nil
    if stripped == "" then
      -- a blank line inside a multi-line value is kept by configparser, but it
      -- never matters for the keys AWS uses; it ends the value here.
      lastkey = nil
    elseif not find(stripped, "^[#;]") then
      -- (a full-line comment is skipped, also inside a continuation, as configparser does)
      if indented and lastkey then
        local v = cur[lastkey]
        cur[lastkey] = (v == "" and "\n" or v .. "\n") .. stripped
      else
        local header = match(stripped, "^%[(.+)%]$")
        if header then
          if sections[header] then return perr(label, lineno, "duplicate section") end
          cur, curname, lastkey = {}, header, nil
          sections[header] = cur
          order[#order + 1] = header
        else
          if not cur then return perr(label, lineno, "key outside of any section") end
          local e, c = find(stripped, "=", 1, true), find(stripped, ":", 1, true)
          local sep = (e and c) and (e < c and e or c) or e or c
          if not sep or sep == 1 then return perr(label, lineno, "expected 'key = value'") end
          local k = lower(trim(sub(stripped, 1, sep - 1)))
          if cur[k] ~= nil then
            return perr(label, lineno, ("duplicate key '%s' in section [%s]"):format(k, curname))
          end
          cur[k] = trim(sub(stripped, sep + 1))
          lastkey = k
        end
      end
    end
  end
  for _, sec in pairs(sections) do
    for k, v in pairs(sec) do
      if sub(v, 1, 1) == "\n" then sec[k] = parse_nested(v) end
    end
  end
  return sections, order
end

-- Shell-style split of a section name, enough for `profile "my name"`.
local function split_name(s)
  local parts, i, n = {}, 1, #s
  while i <= n do
    local _, e = find(s, "^%s+", i)
    if e then i = e + 1 end
    if i > n then break end
    local q = sub(s, i, i)
    if q == '"' or q == "'" then
      local close = find(s, q, i + 1, true)
      if not close then return nil end
      parts[#parts + 1] = sub(s, i + 1, close - 1)
      i = close + 1
    else
      local w = match(s, "^[^%s\"']+", i)
      parts[#parts + 1] = w
      i = i + #w
    end
  end
  return parts
end

local function expand(path, getenv)
  path = gsub(path, "^~", function() return getenv("HOME") or "~" end)
  path = gsub(path, "%${([%w_]+)}", function(v) return getenv(v) end)
  path = gsub(path, "%$([%a_][%w_]*)", function(v) return getenv(v) end)
  return path
end

function _M.paths(getenv)
  getenv = getenv or os.getenv
  return expand(getenv("AWS_CONFIG_FILE") or "~/.aws/config", getenv),
         expand(getenv("AWS_SHARED_CREDENTIALS_FILE") or "~/.aws/credentials", getenv)
end

-- botocore configloader.build_profile_map, in file order: of two sections that
-- name one profile (`[default]` and `[profile default]`, or `[profile a]` and
-- `[profile "a"]`) the later one in the file is the profile, whole (no merge).
local function config_map(sections, order)
  local out = { profiles = {}, services = {}, sso_sessions = {} }
  for _, name in ipairs(order) do
    local sec = sections[name]
    local parts = split_name(name)
    if name == "default" then
      out.profiles.default = sec
    elseif parts and #parts == 2 then
      if parts[1] == "profile" then out.profiles[parts[2]] = sec
      elseif parts[1] == "services" then out.services[parts[2]] = sec
      elseif parts[1] == "sso-session" then out.sso_sessions[parts[2]] = sec
      end
    end
  end
  return out
end

local function read_parsed(path, readfile)
  local text = readfile(path)
  if not text then return {}, {} end
  return _M.parse(text, path)
end

function _M.load(opts)
  opts = opts or {}
  local getenv, readfile = opts.getenv or os.getenv, opts.readfile or default_readfile
  local cpath, kpath = _M.paths(getenv)
  local csec, corder = read_parsed(cpath, readfile)
  if not csec then return nil, corder end
  local ksec, err2 = read_parsed(kpath, readfile)
  if not ksec then return nil, err2 end
  return { config = config_map(csec, corder), credentials = { profiles = ksec },
    config_path = cpath, credentials_path = kpath }
end

function _M.profile_name(explicit, getenv)
  getenv = getenv or os.getenv
  local function set(v) return v ~= nil and v ~= "" and v or nil end
  return explicit or set(getenv("AWS_DEFAULT_PROFILE")) or set(getenv("AWS_PROFILE")) or "default"
end

-- The merged profile (config file, then credentials file on top).
-- `loaded` (from load()) may be passed to avoid reading the files again.
function _M.profile(name, opts, loaded)
  opts = opts or {}
  name = name or _M.profile_name(nil, opts.getenv)
  local files, err = loaded
  if not files then
    files, err = _M.load(opts)
    if not files then return nil, err end
  end
  local c, k = files.config.profiles[name], files.credentials.profiles[name]
  if not c and not k then
    return nil, errors.new{ kind = "config", code = "ProfileNotFound",
      message = ("the config profile (%s) could not be found"):format(tostring(name)) }
  end
  local p = {}
  for key, v in pairs(c or {}) do p[key] = v end
  for key, v in pairs(k or {}) do p[key] = v end
  if type(p.services) == "string" then
    p.services_name = p.services
    p.services = files.config.services[p.services] or {}
  end
  return p
end

return _M
