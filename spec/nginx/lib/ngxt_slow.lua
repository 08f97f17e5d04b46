-- ngxt_slow: one SDK call per request that the server answers after a delay.
-- spec/nginx/run fires several at once; with a blocking transport they would
-- queue behind each other in the single worker. Each answer reports how long
-- its own call took, so the runner can also check that the delay was real.
--   with the client and the emulator: account:get_partner, delayed by an emulator
--   fault (action "delay") that the runner injects;
--   otherwise: the ngx transport against the canned upstream's /delay.
local params = require("ngxt_params")
local t = require("partnercentral.transport.ngx").new()

local _M = {}
local account

local function sdk_call(ms)
  local sdk = require("ngxt_sdk")
  if sdk.ready() and params.emulator ~= "" then
    account = account or assert(sdk.new("account", { region = "us-east-1" }))
    local res, err = account:get_partner{ Catalog = "AWS",
      Identifier = params.partner ~= "" and params.partner or "partner-abcdefghij123" }
    return res and 200, err, "client"
  end
  local resp, err = t:request{ method = "GET", timeout = 5,
    url = "http://127.0.0.1:" .. params.up_port .. "/delay?ms=" .. ms }
  return resp and resp.status, err, "transport"
end

function _M.handle()
  local ms = tonumber(ngx.var.arg_ms) or 300
  ngx.update_time()
  local t0 = ngx.now()
  local status, err, via = sdk_call(ms)
  ngx.update_time()
  local took = math.floor((ngx.now() - t0) * 1000 + 0.5)
  if not status then
    ngx.status = 502
    return ngx.say("error ", tostring(err))
  end
  ngx.say("status ", status, " took ", took, " via ", via)
end

return _M
