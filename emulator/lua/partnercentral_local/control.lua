-- /_local/*: health (always), and with --control: reset, faults, state, clock.
local json = require("partnercentral_local.json_codec")
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local _M = {}

local function reply(status, v)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.print(json.encode(v))
end

local ACTIONS = { error = true, status = true, delay = true, drop_after = true, raise = true, raise_after = true }

local routes = {}
function routes.health()
  state.store("partners")   -- seeds on first use
  -- instance: the launcher's token, so that it never takes another server on
  -- its port for this one
  return reply(200, { status = "ok", partners = state.seeds, json = json.backend,
    instance = state.config.instance, version = require("partnercentral.version") })
end
function routes.reset()
  state.reset()
  require("partnercentral_local.auth").seen = {}
  return reply(200, { reset = true, partners = state.seeds })
end
function routes.faults(body)
  if ngx.req.get_method() == "GET" then return reply(200, { faults = json.array(state.faults) }) end
  if ngx.req.get_method() == "DELETE" then state.faults = {} return reply(200, { faults = json.array() }) end
  local f = json.decode(body or "")
  if type(f) ~= "table" or type(f.target) ~= "string" or not ACTIONS[f.action or "error"] then
    return reply(400, { message = "expected {target=, count=, action=error|status|delay|drop_after}" })
  end
  f.action = f.action or "error"
  f.count = tonumber(f.count) or 1
  state.faults[#state.faults + 1] = f
  return reply(200, { faults = json.array(state.faults) })
end
function routes.state()
  state.store("partners")
  return reply(200, { stores = state.stores, faults = json.array(state.faults),
    auth = require("partnercentral_local.auth").seen,
    idempotency_keys = (function() local n = 0 for _ in pairs(state.idem) do n = n + 1 end return n end)(),
    now = util.now() })
end
function routes.clock(body)
  local v = json.decode(body or "") or {}
  util.advance(tonumber(v.advance) or 0)
  return reply(200, { now = util.now() })
end

function _M.handle(name)
  ngx.req.read_body()
  local body = ngx.req.get_body_data()
  if name ~= "health" and not state.config.control then
    return reply(404, { message = "control endpoint disabled (start with --control)" })
  end
  local fn = routes[name]
  if not fn then return reply(404, { message = "no such control endpoint" }) end
  return fn(body)
end

return _M
