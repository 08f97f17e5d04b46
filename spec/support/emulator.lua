-- Starts emulator/bin/partnercentral-local for a spec file and talks to it with the
-- curl CLI (an independent SigV4 signer: --aws-sigv4).
--   local emu = emulator.start{ control = true, delay = 2 }  -> nil, reason | emu
--     (also port = N instead of a free one, bin = another launcher, tz = a TZ for its
--     nginx, which keeps that one variable of its environment)
--   emu.url, emu.pid, emu.partners = { AWS = "partner-...", Sandbox = ... }
--   emu:call(target, body_json_text, opts) -> status, body_table_or_nil, headers, raw_body
--     opts: user = "key:secret", service = signing name, region (default us-east-1),
--           content_type, date = X-Amz-Date
--           header (sent unsigned-by-curl: curl then signs with its own date), nosign
--   emu:control(name, body_json_text) -> status, body_table
--   emu:stop()
--   emulator.check_output(service, op, body) / check_error(service, op, body):
--   strict validation of a decoded body against the model (C core).
--   emulator.json: encode/decode with the C core (the runtime's own build).
--   emulator.use(opts, bind): one emulator per describe block (see below).
--   emulator.checked_call(emu, service, op, input) -> status, body (200 bodies checked).
--   emulator.target_prefix(service) -> "AWSPartnerCentralSelling" for "selling", ... (the emulator's services.lua)
--   emulator.partner_details(over): a valid TaskDetails for StartProfileUpdateTask.
-- The emulator's own modules (partnercentral_local.*) live in emulator/lua.
if not package.path:find("emulator/lua/?.lua", 1, true) then
  package.path = "emulator/lua/?.lua;" .. package.path
end
local core = require("partnercentral.core")
local json = {
  encode = function(v) return assert(core.json_encode(v)) end,
  decode = function(s)
    if type(s) ~= "string" then return nil end
    local v = core.json_decode(s)
    return v
  end,
}
local _M = {}

local helpers = require("spec.helpers")
local sh, read, write = helpers.sh, helpers.read_file, helpers.write_file

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- The LuaJIT build of the core (nginx loads it), or nil: $PC_CORE_CPATH when
-- set (a build dir or DIR/?.so), else $PC_BUILD_ROOT/luajit (default build/).
function _M.core_cpath()
  local env = os.getenv("PC_CORE_CPATH")
  if env and env ~= "" then return env end
  local root = os.getenv("PC_BUILD_ROOT") or "build"
  local dir = sh("cd " .. q(root) .. " 2>/dev/null && pwd"):gsub("%s+$", "")
  if dir ~= "" and read(dir .. "/luajit/partnercentral/core.so") then return dir .. "/luajit/?.so" end
  return nil
end

local emu_mt = { __index = {} }
local E = emu_mt.__index

-- opts.bin: another launcher (an installed rock's bin/partnercentral-local),
-- which then finds its core by itself (PC_CORE_CPATH is unset for it).
function _M.start(opts)
  opts = opts or {}
  local launch
  if opts.bin then
    launch = "env -u PC_CORE_CPATH setsid " .. q(opts.bin)
  else
    local cpath = _M.core_cpath()
    if not cpath then return nil, "no LuaJIT build of the core (make LUA=luajit)" end
    launch = "PC_CORE_CPATH=" .. q(cpath) .. " setsid emulator/bin/partnercentral-local"
  end
  if opts.tz then launch = "TZ=" .. q(opts.tz) .. " " .. launch end
  local tmp = sh("mktemp -d"):gsub("%s+$", "")
  local args = { "--port 0", "--task-delay " .. tostring(opts.delay or 2) }
  if opts.control then args[#args + 1] = "--control" end
  if opts.access_key then args[#args + 1] = "--access-key " .. q(opts.access_key) end
  if opts.secret_key then args[#args + 1] = "--secret-key " .. q(opts.secret_key) end
  local log = tmp .. "/emulator.log"
  if opts.port then args[1] = "--port " .. tostring(opts.port) end
  local pid = sh(launch .. " " .. table.concat(args, " ") .. " > " .. q(log) .. " 2>&1 & echo $!"):gsub("%s+$", "")
  local emu = setmetatable({ pid = pid, tmp = tmp, log = log, partners = {} }, emu_mt)
  emu.stop = function(a, b)
    if a == emu then return E.stop(emu, b) end
    return E.stop(emu, a)
  end   -- emu.stop() and emu:stop() both work
  for _ = 1, 200 do
    local text = read(log) or ""
    if text:find("\nready") then
      emu.url = text:match("endpoint: (%S+)")
      emu.prefix = text:match("prefix: (%S+)")
      for cat, id in text:gmatch("partner (%w+): (%S+)") do emu.partners[cat] = id end
      emu.key = opts.access_key or "test"
      emu.secret = opts.secret_key or "test"
      return emu
    end
    if os.execute("kill -0 " .. pid .. " 2>/dev/null") ~= true and os.execute("kill -0 " .. pid .. " 2>/dev/null") ~= 0 then
      break
    end
    sh("sleep 0.05")
  end
  local text = read(log) or ""
  emu:stop()
  return nil, "emulator did not start: " .. text
end

function E:stop(signal)
  if self.pid then
    os.execute("kill -" .. (signal or "TERM") .. " " .. self.pid .. " 2>/dev/null")
    for _ = 1, 100 do
      local r = os.execute("kill -0 " .. self.pid .. " 2>/dev/null")
      if r ~= true and r ~= 0 then break end
      sh("sleep 0.05")
    end
    self.pid = nil
  end
  if self.tmp then os.execute("rm -rf " .. q(self.tmp)) self.tmp = nil end
end

-- The emulator's dispatch table (target prefix -> model, signing name).
local SERVICES = require("partnercentral_local.services")

-- The signing name of a target's service (the Account one for an unknown prefix).
local function service_of(target)
  local svc = SERVICES[target:match("^([^.]+)%.") or ""]
  return svc and svc.signing or "partnercentral-account"
end

-- "account" | "channel" | "selling" | "benefits" -> its X-Amz-Target prefix
function _M.target_prefix(service)
  for prefix, svc in pairs(SERVICES) do
    if svc.model == service then return prefix end
  end
  error("no emulated service " .. tostring(service))
end

function E:call(target, body, opts)
  opts = opts or {}
  local bodyfile, hdrfile, outfile = self.tmp .. "/req", self.tmp .. "/hdr", self.tmp .. "/out"
  write(bodyfile, body or "{}")
  local cmd = { "curl -s -X POST", q(self.url .. "/"), "-o", q(outfile), "-D", q(hdrfile), "-w '%{http_code}'",
    "-H", q("X-Amz-Target: " .. target),
    "-H", q("Content-Type: " .. (opts.content_type or "application/x-amz-json-1.0")),
    "--data-binary", q("@" .. bodyfile) }
  if not opts.nosign then
    cmd[#cmd + 1] = "--aws-sigv4 " .. q("aws:amz:" .. (opts.region or "us-east-1") .. ":" .. (opts.service or service_of(target)))
    cmd[#cmd + 1] = "--user " .. q(opts.user or (self.key .. ":" .. self.secret))
  end
  if opts.date then cmd[#cmd + 1] = "-H " .. q("X-Amz-Date: " .. opts.date) end
  for _, h in ipairs(opts.headers or {}) do cmd[#cmd + 1] = "-H " .. q(h) end
  local status = tonumber(sh(table.concat(cmd, " ")))
  local raw = read(outfile) or ""
  local headers = {}
  for line in (read(hdrfile) or ""):gmatch("[^\r\n]+") do
    local k, v = line:match("^([^:]+):%s*(.*)$")
    if k then headers[k:lower()] = v end
  end
  return status, json.decode(raw), headers, raw
end

function E:control(name, body, method)
  local out = sh("curl -s -X " .. (method or (body and "POST" or "GET")) .. " " .. q(self.url .. "/_local/" .. name)
    .. (body and (" --data-binary " .. q(body)) or "") .. " -w '\n%{http_code}'")
  local raw, code = out:match("^(.*)\n(%d+)$")
  return tonumber(code), json.decode(raw or "")
end

local function validate(service, shape, body)
  local model = require("partnercentral_local.compiled_models")
  local m = model.get(service)
  local ok, violations = model.validate(m, shape, body)
  if ok then return true end
  local parts = {}
  for _, v in ipairs(violations) do parts[#parts + 1] = tostring(v.path) .. ": " .. tostring(v.message) end
  return nil, table.concat(parts, "; ")
end

-- A success body is valid (strict: required members, types, enums, lengths,
-- patterns) for the operation's output shape. -> true | nil, "path: message; ..."
function _M.check_output(service, op, body)
  local m = require("partnercentral_local.compiled_models").get(service)
  if type(body) ~= "table" then return nil, "body is not a JSON object" end
  local output = m.model.operations[op].output
  if output == nil then   -- an operation without output answers an empty object
    if next(body) == nil then return true end
    return nil, op .. " has no output, but the body has members"
  end
  return validate(service, output, body)
end

-- An error body names an error the operation models (__type) and its other
-- members are valid for that exception shape. -> true | nil, message
function _M.check_error(service, op, body)
  local m = require("partnercentral_local.compiled_models").get(service)
  if type(body) ~= "table" or type(body.__type) ~= "string" then return nil, "no __type" end
  local listed = false
  for _, e in ipairs(m.model.operations[op].errors or {}) do
    if e == body.__type then listed = true end
  end
  if not listed then return nil, body.__type .. " is not an error of " .. op end
  local copy = {}
  for k, v in pairs(body) do if k ~= "__type" then copy[k] = v end end
  return validate(service, body.__type, copy)
end

-- Registered in the calling describe block, the lifecycle every emulator and
-- client spec repeated: setup starts one emulator for the block, teardown
-- stops it by pid, and before every test a missing emulator fails the test
-- with its reason and a running one is reset (tests never see each other's
-- data). Kept in one place so that every spec starts, fails and cleans up the
-- same way (the emulator needs nothing from ../shared). opts: emulator.start
-- options; bind(emu, why) hands
-- the emulator (or nil, reason) to the spec's locals right after setup.
function _M.use(opts, bind)
  local busted, luassert = require("busted"), require("luassert")
  local emu, why
  busted.setup(function()
    emu, why = _M.start(opts)
    bind(emu, why)
  end)
  busted.teardown(function() if emu then emu:stop() end end)
  busted.before_each(function()
    luassert(emu, "partnercentral-local did not start: " .. tostring(why))
    emu:control("reset", "{}")
  end)
end

-- One call of an operation by name with a table input; a 200 body must fit the
-- operation's output shape (asserted here so that no success goes unchecked).
-- service: "account" | "channel" | "selling" | "benefits". -> status, body
function _M.checked_call(emu, service, op, input)
  local status, body = emu:call(_M.target_prefix(service) .. "." .. op, json.encode(input))
  if status == 200 then
    local ok, err = _M.check_output(service, op, body)
    require("luassert")(ok, op .. " output: " .. tostring(err))
  end
  return status, body
end

-- The TaskDetails of StartProfileUpdateTask that the Account specs send: valid
-- for the model, fields of over replace the defaults (a fresh table each call).
function _M.partner_details(over)
  local d = { DisplayName = "Example", Description = "An example partner.",
    WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
    PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE" },
    TranslationSourceLocale = "en-US" }
  for k, v in pairs(over or {}) do d[k] = v end
  return d
end

_M.json = json
return _M
