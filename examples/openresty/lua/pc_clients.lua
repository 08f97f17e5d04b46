-- The SDK clients of this nginx, one of each per worker, created on first use
-- (in a request or a timer: init_by_lua runs before the fork and cannot make
-- network calls). A client kept at module level keeps its credentials, its
-- resolved endpoint, its compiled model and the ngx transport's keep-alive
-- pool across requests.
--
-- Inside nginx the transport is chosen automatically: the cosocket one, never
-- libcurl (which would block the worker). Credentials come from the usual
-- chain; the `env` directives of nginx.conf decide which AWS_* variables the
-- workers see. With `lua_shared_dict partnercentral_credentials`, temporary
-- credentials (container, IMDS, credential_process) are fetched by one worker
-- and read from the dict by the others.
local pc = require("partnercentral")

local _M = { dict = "partnercentral_credentials" }
local clients = {}
local credentials

local function chain()
  if credentials == nil then
    local cache = ngx.shared[_M.dict] and assert(require("partnercentral.ngx_cache").new(_M.dict))
    credentials = require("partnercentral.credentials").chain{ shared_cache = cache or nil }
  end
  return credentials
end

-- get("account") / get("channel")
function _M.get(service)
  local c = clients[service]
  if not c then
    c = pc[service].new{ region = os.getenv("AWS_REGION") or "us-east-1", credentials = chain() }
    clients[service] = c
  end
  return c
end

return _M
