-- partnercentral.transport: picks the transport of a client.
--   select(opt, topts) -> transport object
--   opt: nil (auto), "curl", "ngx", or an object with :request(req)
-- Auto: "ngx" everywhere inside nginx, "curl" outside it. Inside nginx libcurl
-- would block the worker; and in a phase without cosockets (init, init_worker,
-- set, header/body filter, log) the ngx transport answers with the typed
-- UnsupportedPhase error that points to ngx.timer.at, instead of a silently
-- blocking call. transport = "curl" forces libcurl anyway (e.g. a CLI tool run
-- by nginx's Lua in init_by_lua); transport = "ngx" outside nginx is the typed
-- UnsupportedPhase error of that transport.
local _M = { _VERSION = require("partnercentral.version") }

-- True when the ngx transport can do I/O right now (nginx, yieldable phase).
local function ngx_usable()
  local n = rawget(_G, "ngx")
  if type(n) ~= "table" or type(n.socket) ~= "table" or type(n.socket.tcp) ~= "function" then
    return false
  end
  local ok, phase = pcall(require, "partnercentral.ngx_phase")
  if not ok then return false end
  local p = phase.phase()
  return p ~= nil and phase.yieldable[p] == true
end
_M.ngx_usable = ngx_usable

-- The name the automatic choice gives here: "ngx" inside nginx, else "curl".
function _M.auto_name()
  local ok, phase = pcall(require, "partnercentral.ngx_phase")
  if ok and phase.in_nginx() then return "ngx" end
  return "curl"
end

function _M.select(opt, topts)
  if type(opt) == "table" or type(opt) == "userdata" then
    return opt
  end
  local name = opt
  if name == nil then name = _M.auto_name() end
  if name ~= "curl" and name ~= "ngx" then
    error("transport must be \"curl\", \"ngx\" or an object with :request(), got " .. tostring(opt), 3)
  end
  return require("partnercentral.transport." .. name).new(topts or {})
end

return _M
