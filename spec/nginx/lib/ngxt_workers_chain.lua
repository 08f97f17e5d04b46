-- ngxt_workers_chain: the credentials chain in the two-worker nginx, with
-- partnercentral.ngx_cache as its shared_cache. Worker 0 resolves first
-- (container credentials, fetched from the canned upstream); worker 1 waits
-- until the shared dict holds them and then resolves too: it must get the same
-- credentials without a fetch of its own (the upstream counts fetches).
-- The chain has no cross-worker lock, so the test orders the two workers rather
-- than racing them (two cold workers at the same instant would both fetch).
local _M = {}

local function run(record)
  local id = ngx.worker.id()
  local cache, cerr = require("partnercentral.ngx_cache").new("chain_credentials")
  if not cache then return record("chain:" .. id, "error " .. tostring(cerr)) end
  -- env then container: the workers see no AWS_ACCESS_KEY_ID (no env directive),
  -- so the container endpoint answers; nothing else of the machine is read.
  local chain = require("partnercentral.credentials").chain{ shared_cache = cache,
    providers = { "env", "container" } }
  if id ~= 0 then
    local seen = false
    for _ = 1, 300 do
      if ngx.shared.chain_credentials:get("partnercentral:creds:default") then seen = true break end
      ngx.sleep(0.01)
    end
    if not seen then return record("chain:" .. id, "error: worker 0 stored nothing in 3 s") end
  end
  local creds, err = chain:get()
  if not creds then return record("chain:" .. id, "error " .. tostring(err)) end
  record("chain:" .. id, ("key=%s source=%s"):format(tostring(creds.access_key), tostring(creds.source)))
end

function _M.init_worker(record)
  if ngx.worker.id() > 1 then return end
  ngx.timer.at(0, function(premature)
    if premature then return end
    local ok, err = pcall(run, record)
    if not ok then record("chain:" .. ngx.worker.id(), "raised " .. tostring(err)) end
  end)
end

return _M
