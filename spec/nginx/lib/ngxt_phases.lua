-- ngxt_phases: SDK calls from phases without cosockets. Each hook records what
-- the call returned; phase_t.lua asserts the typed UnsupportedPhase error.
-- The results are plain strings so they survive the fork (init) and the shared dict.
local params = require("ngxt_params")

local _M = { results = {} }

local function attempt(phase)
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
  local sok, _, serr = pcall(t.sleep, 0.001)
  rec = rec .. "|sleep:" .. (sok and (serr and serr.code or "slept") or "raised")
  return rec
end

-- The same through the SDK client (when it loads): its transport selection must
-- end in the typed phase error too, not in a blocking libcurl call or a raise.
local function attempt_client()
  local sdk = require("ngxt_sdk")
  local pc, reason = sdk.ready()
  if not pc then return "skip|" .. reason end
  local ok, res, err = pcall(function()
    -- transport = "ngx" explicitly: transport/init.lua's automatic choice picks
    -- curl outside cosocket phases (see doc/openresty.md, integration notes).
    local account = assert(sdk.new("account", { region = "us-east-1", transport = "ngx" }))
    return account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  end)
  if not ok then return "raised|" .. tostring(res) end
  if res then return "ok|" end
  return "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|" .. tostring(err.message)
    .. "|sleep:UnsupportedPhase"
end

function _M.init()
  _M.results.init = attempt("init")
  _M.results.client_init = attempt_client()
end
function _M.init_worker()
  _M.results.init_worker = attempt("init_worker")
  _M.results.client_init_worker = attempt_client()
end

-- log / header_filter: the request is already answered; keep the result for later.
function _M.store(phase)
  ngx.shared.ngxt:set("phase:" .. phase, attempt(phase))
  ngx.shared.ngxt:set("client:" .. phase, attempt_client())
end

return _M
