-- Access-phase plugin: let a request through only when the caller's AWS account
-- has a program management account (Channel API) that is not INACTIVE, read with
-- ListProgramManagementAccounts{ accountIds = { id } } and cached for 60 s in a
-- lua_shared_dict, so most requests make no API call at all.
--   location /partner-portal/ { access_by_lua_block { require("pc_pma_gate").check() } }
-- access_by_lua may yield, so the SDK call is non-blocking here (cosockets).
local clients = require("pc_clients")
local core = require("partnercentral.core")

local _M = { ttl = 60, catalog = "AWS" }

-- The usable PMA of an account, false when there is none, or nil, err.
local function lookup(account_id)
  local cache = ngx.shared.pma_cache
  local cached = cache and cache:get(account_id)
  if cached then return cached ~= "" and core.json_decode(cached) or false end
  local page, err = clients.get("channel"):list_program_management_accounts{
    catalog = _M.catalog, accountIds = { account_id },
  }
  if not page then return nil, err end
  local pma = false
  for _, item in ipairs(page.items or {}) do
    if item.status ~= "INACTIVE" then pma = item break end
  end
  if cache then cache:set(account_id, pma and core.json_encode(pma) or "", _M.ttl) end
  return pma
end

function _M.check()
  local account_id = ngx.var.http_x_aws_account_id
  if not account_id or not account_id:match("^%d%d%d%d%d%d%d%d%d%d%d%d$") then
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end
  local pma, err = lookup(account_id)
  if pma == nil then
    ngx.log(ngx.ERR, "program management account lookup failed: ", tostring(err))
    return ngx.exit(ngx.HTTP_SERVICE_UNAVAILABLE)
  end
  if not pma then return ngx.exit(ngx.HTTP_FORBIDDEN) end
  ngx.ctx.pma = pma
  ngx.req.set_header("X-Pma-Id", pma.id)
end

return _M
