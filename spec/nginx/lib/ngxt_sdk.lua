-- ngxt_sdk: is the SDK client usable here, and how to build one.
-- ready() -> pc | nil, reason (the client or partnercentral.core does not load:
-- then every SDK-level test fails with the reason; nothing is skipped).
local _M = {}

local NEEDS = { "sign_v4", "sign_v4a", "json_encode", "json_decode", "model_compile" }

function _M.ready()
  local okpc, pc = pcall(require, "partnercentral")
  if not okpc then return nil, "partnercentral (client) does not load: " .. (tostring(pc):match("^[^\n]*")) end
  local okc, core = pcall(require, "partnercentral.core")
  if not okc then return nil, "partnercentral.core does not load" end
  for _, f in ipairs(NEEDS) do
    if core[f] == nil then return nil, "partnercentral.core has no " .. f end
  end
  return pc
end

-- The start that the emulator-backed test files (client_t, examples_t) shared:
-- the SDK loads and spec/nginx/run started the emulator (params.emulator is its
-- URL, "" when it is not running). -> true, or false after registering one
-- test that fails with the reason (nothing is skipped).
function _M.ready_with_emulator(t)
  local pc, reason = _M.ready()
  if pc and t.params.emulator == "" then
    reason = "missing prerequisite: the emulator (emulator/bin/partnercentral-local) is not running"
  end
  if not reason then return true end
  t.it("the SDK client and the emulator are usable", function() error(reason) end)
  return false
end

-- control(path, body): a POST to the emulator's /_local/ routes (url: its base
-- URL, params.emulator) over the ngx transport, asserted to answer 200 (every
-- control route's success). The emulator-backed test files share it.
function _M.emulator_control(url)
  local transport = require("partnercentral.transport.ngx").new()
  return function(path, body)
    local resp, err = transport:request{ method = "POST", url = url .. path, body = body or "{}",
      headers = { { "Content-Type", "application/json" } }, timeout = 3 }
    assert(resp and resp.status == 200, "emulator control " .. path .. ": "
      .. tostring(err or (resp.status .. " " .. resp.body)))
  end
end

-- Is the credentials chain (partnercentral.credentials) there?
function _M.have_chain()
  local ok, chain = pcall(require, "partnercentral.credentials")
  return ok and type(chain) == "table" and type(chain.chain) == "function"
end

-- Without the chain the client cannot read AWS_* itself: read them here, which
-- still proves that test.conf's `env` directives reach the worker.
local function env_credentials()
  local ak, sk = os.getenv("AWS_ACCESS_KEY_ID"), os.getenv("AWS_SECRET_ACCESS_KEY")
  if not ak or not sk then return nil end
  return { access_key = ak, secret_key = sk, session_token = os.getenv("AWS_SESSION_TOKEN") }
end

-- pc.account{...}: configuration from the environment (env directives), the
-- transport chosen automatically.
function _M.new(svc, opts)
  local pc = assert(_M.ready())
  opts = opts or {}
  if opts.credentials == nil and not _M.have_chain() then opts.credentials = env_credentials() end
  local f = pc[svc]   -- pc.account{...} (callable) or pc.account.new{...} (doc/design.md)
  if type(f) == "function" then return f(opts) end
  return f.new(opts)
end

return _M
