-- partnercentral.transport: picks the transport of a client.
--   select(opt, topts) -> transport object
--   opt: nil (auto), "curl", "ngx", or an object with :request(req)
-- Auto: "ngx" inside nginx in a phase where cosockets work (curl would block
-- the worker), otherwise "curl".
local _M = { _VERSION = "0.1.0" }

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

function _M.select(opt, topts)
  if type(opt) == "table" or type(opt) == "userdata" then
    return opt
  end
  local name = opt
  if name == nil then name = ngx_usable() and "ngx" or "curl" end
  if name ~= "curl" and name ~= "ngx" then
    error("transport must be \"curl\", \"ngx\" or an object with :request(), got " .. tostring(opt), 3)
  end
  return require("partnercentral.transport." .. name).new(topts or {})
end

return _M
