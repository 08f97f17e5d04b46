-- One SDK call per request to the canned upstream, over the ngx transport.
local params = require("ngxt_params")
local transport = require("partnercentral.transport.ngx").new{ timeout = 5 }
local url = "http://127.0.0.1:" .. params.up_port .. "/json"

local _M = {}

function _M.handle()
  local resp, err = transport:request{ method = "POST", url = url, body = "{}",
    headers = { { "Content-Type", "application/x-amz-json-1.0" },
                { "X-Amz-Target", "PartnerCentralAccount.GetPartner" } } }
  if not resp then
    ngx.status = 502
    return ngx.say(tostring(err))
  end
  ngx.header["Content-Type"] = resp.headers["content-type"]
  ngx.print(resp.body)
end

return _M
