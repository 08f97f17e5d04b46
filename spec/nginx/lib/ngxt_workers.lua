-- ngxt_workers: runs in each worker of the two-worker nginx (workers.conf).
-- From a timer started in init_worker, both workers race for one cache entry
-- through partnercentral.ngx_cache: one wins the add() lock and stores a table,
-- the other must read that table back (cross-worker sharing). Results go to
-- the "results" dict; GET /results lists them, one "key=value" per line.
local _M = {}

local function record(key, value)
  ngx.shared.results:set(key, value)
end

local function share_one_entry(premature)
  if premature then return end
  local id = ngx.worker.id()
  local cache, cerr = require("partnercentral.ngx_cache").new("partnercentral_credentials")
  if not cache then return record("adapter:" .. id, "error " .. tostring(cerr)) end
  local won, aerr = cache:add("writer", id, 30)
  if won then
    local ok, serr = cache:set("creds", { access_key = "AKID-worker-" .. id, expiration = ngx.time() + 900,
      scopes = { "a", "b" } }, 30)
    if not ok then return record("adapter:" .. id, "error set " .. tostring(serr)) end
  end
  -- The dot style (cache.get(k)) in one worker, the method style in the other.
  local get = id == 0 and function(k) return cache.get(k) end or function(k) return cache:get(k) end
  for _ = 1, 300 do
    local v = get("creds")
    if v then
      return record("adapter:" .. id, ("writer=%s won=%s add_err=%s read=%s scopes=%s"):format(
        tostring(get("writer")), tostring(won == true), aerr and aerr.code or "-",
        tostring(v.access_key), table.concat(v.scopes or {}, ",")))
    end
    ngx.sleep(0.01)
  end
  record("adapter:" .. id, "error: nothing cached after 3 s")
end

function _M.init_worker()
  ngx.timer.at(0, share_one_entry)
  local ok, hook = pcall(require, "ngxt_workers_chain")   -- the credentials chain half, when present
  if ok then hook.init_worker(record) end
  require("ngxt_workers_fork").init_worker(record)       -- the fork-safety half (fork_t.lua)
end

-- The trap: this nginx was started with AWS_ACCESS_KEY_ID in its environment
-- but has no `env AWS_ACCESS_KEY_ID;` directive, so its workers do not see it.
-- The client's credentials error must say so (and name no value).
function _M.nocreds()
  ngx.header["Content-Type"] = "text/plain"
  local chain = require("partnercentral.credentials").chain{ providers = { "env" } }
  local account = require("partnercentral").account{ region = "us-east-1", credentials = chain }
  local res, err = account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  if res then return ngx.say("ok: credentials found") end
  ngx.say(err.kind, "|", err.code, "|", tostring(err))
end

function _M.results()
  ngx.header["Content-Type"] = "text/plain"
  local keys = ngx.shared.results:get_keys(0)
  table.sort(keys)
  for _, k in ipairs(keys) do ngx.say(k, "=", ngx.shared.results:get(k)) end
end

return _M
