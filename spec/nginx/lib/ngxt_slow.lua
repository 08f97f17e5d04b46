-- ngxt_slow: one SDK client call per request that the emulator answers after a
-- delay (spec/nginx/run injects a "delay" fault). The runner fires several at
-- once; with a blocking transport they would queue behind each other in the
-- single worker. Each answer reports how long its own call took, so the runner
-- can also check that the delay was real.
local params = require("ngxt_params")

local _M = {}
local account   -- one client per worker, as an application would keep it

function _M.handle()
  ngx.update_time()
  local t0 = ngx.now()
  local sdk = require("ngxt_sdk")
  local pc, reason = sdk.ready()
  if not pc or params.emulator == "" then
    ngx.status = 502
    return ngx.say("error ", reason or "the emulator is not running")
  end
  account = account or assert(sdk.new("account", { region = "us-east-1" }))
  local res, err = account:get_partner{ Catalog = "AWS",
    Identifier = params.partner ~= "" and params.partner or "partner-abcdefghij123" }
  ngx.update_time()
  local took = math.floor((ngx.now() - t0) * 1000 + 0.5)
  if not res then
    ngx.status = 502
    return ngx.say("error ", tostring(err))
  end
  ngx.say("status 200 took ", took, " via client")
end

return _M
