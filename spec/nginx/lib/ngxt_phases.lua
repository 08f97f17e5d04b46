-- ngxt_phases: SDK calls from phases without cosockets (init, init_worker, set,
-- header_filter, log). Each hook records what the call returned; phase_t.lua
-- asserts the typed UnsupportedPhase error. The records are plain strings so
-- they survive the fork (init) and the shared dict:
--   "err|<kind>|<code>|<message>|sleep:<code or slept or raised>" | "ok|..." | "raised|..."
local params = require("ngxt_params")

local _M = { results = {} }

local function sleep_rec(sleep)
  local sok, _, serr = pcall(sleep, 0.001)
  return "|sleep:" .. (sok and (serr and serr.code or "slept") or "raised")
end

-- The ngx transport directly.
local function attempt()
  local t = require("partnercentral.transport.ngx").new()
  local ok, resp, err = pcall(t.request, t, { method = "GET",
    url = "http://127.0.0.1:" .. params.up_port .. "/json", timeout = 1 })
  local rec
  if not ok then
    rec = "raised|" .. tostring(resp)
  elseif resp then
    rec = "ok|" .. tostring(resp.status)
  else
    rec = "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|" .. tostring(err.message)
  end
  return rec .. sleep_rec(t.sleep)
end

-- The same through the SDK client with its automatic transport choice: inside
-- nginx that is the ngx transport in every phase, so the call ends in the typed
-- phase error, not in a blocking libcurl call or a raise. The client's retry
-- sleep is checked the same way.
local function attempt_client()
  local sdk = require("ngxt_sdk")
  local pc, reason = sdk.ready()
  if not pc then return "raised|SDK not usable: " .. reason end
  local account
  local ok, res, err = pcall(function()
    account = assert(sdk.new("account", { region = "us-east-1" }))
    return account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  end)
  if not ok then return "raised|" .. tostring(res) end
  if res then return "ok|" end
  return "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|" .. tostring(err.message)
    .. sleep_rec(account.sleep)
end

-- The client with credentials that need a fetch (container endpoint, as on
-- ECS/EKS): the phase error must come before the fetch, which would block the
-- worker (libcurl) where cosockets are disabled. The upstream counts fetches.
local function attempt_client_container()
  local sdk = require("ngxt_sdk")
  ngx.update_time()
  local t0 = ngx.now()
  local ok, res, err = pcall(function()
    local chain = require("partnercentral.credentials").chain{ providers = { "container" } }
    local account = assert(sdk.new("account", { region = "us-east-1", credentials = chain }))
    return account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  end)
  if not ok then return "raised|" .. tostring(res) end
  if res then return "ok|" end
  ngx.update_time()
  return "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|"
    .. math.floor((ngx.now() - t0) * 1000) .. "|" .. tostring(err.message)
end

function _M.init()
  _M.results.init = attempt()
  _M.results.client_init = attempt_client()
end
function _M.init_worker()
  _M.results.init_worker = attempt()
  _M.results.client_init_worker = attempt_client()
end

-- set, log, header_filter: one request each; keep the result for phase_t.lua.
function _M.store(phase)
  ngx.shared.ngxt:set("phase:" .. phase, attempt())
  ngx.shared.ngxt:set("client:" .. phase, attempt_client())
  ngx.shared.ngxt:set("container:" .. phase, attempt_client_container())
end

return _M
