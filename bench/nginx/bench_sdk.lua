-- One SDK client call per request to the canned upstream: the whole client
-- path (validation, serialisation, SigV4 signing, the automatically chosen ngx
-- transport with its keep-alive pool, response parsing). One client per worker.
local params = require("ngxt_params")

local _M = {}
local account

function _M.handle()
  account = account or require("partnercentral").account.new{ region = "us-east-1",
    endpoint = "http://127.0.0.1:" .. params.up_port,
    credentials = { access_key = "AKIDBENCH", secret_key = "bench-secret" } }
  local res, err = account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  if not res then
    ngx.status = 502
    return ngx.say(tostring(err))
  end
  ngx.say(res.LegalName)
end

return _M
