-- ngxt_sdk: is the SDK client usable here, and how to build one.
-- ready() -> true | nil, reason (the client does not load, or partnercentral.core
-- lacks what the client needs: then the SDK-level tests are skipped with the reason).
local _M = {}

local NEEDS = { "sign_v4", "sign_v4a", "json_encode", "json_decode", "model_compile" }

function _M.ready()
  if not require("ngxt_params").sdk then
    return nil, "SDK-level in-nginx tests are opt-in until verified with the finished client: PC_NGINX_SDK=1"
  end
  local okpc, pc = pcall(require, "partnercentral")
  if not okpc then return nil, "partnercentral (client) does not load: " .. (tostring(pc):match("^[^\n]*")) end
  local okc, core = pcall(require, "partnercentral.core")
  if not okc then return nil, "partnercentral.core does not load" end
  for _, f in ipairs(NEEDS) do
    if core[f] == nil then return nil, "partnercentral.core has no " .. f .. " yet (core not finished)" end
  end
  return pc
end

-- pc.account{...} (callable) or pc.account.new{...} (DESIGN.md): accept both.
function _M.new(svc, opts)
  local pc = require("partnercentral")
  local f = pc[svc]
  if type(f) == "function" then return f(opts) end
  return f.new(opts)
end

return _M
