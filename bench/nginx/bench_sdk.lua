-- One SDK client call per request to the canned upstream: StartProfileUpdateTask
-- with the full seed input (conf/seed_input.lua, written by bench/seed.lua), the
-- whole client path with the automatically chosen ngx transport. One client per worker.
local params = require("ngxt_params")
local input = require("seed_input")

local _M = {}
local account

function _M.handle()
  account = account or require("partnercentral").account.new{ region = "us-east-1",
    endpoint = "http://127.0.0.1:" .. params.up_port,
    credentials = { access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }
  local res, err = account:start_profile_update_task(input)
  if not res then
    ngx.status = 502
    return ngx.say(tostring(err))
  end
  ngx.say(res.TaskId)
end

return _M
