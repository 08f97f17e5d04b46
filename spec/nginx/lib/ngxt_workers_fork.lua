-- ngxt_workers_fork: a curl transport used in init_by_lua (the nginx master,
-- before it forks the workers; transport = "curl" there is a documented
-- choice), then by both workers of workers.conf at once. Each worker's calls
-- must go out on its own connection, never the master's, and every answer must
-- be the worker's own (fork_t.lua reads the "fork:<id>" results).
local params = require("ngxt_params")

local _M = {}
local tr, master_conn, init_err

local function url(path) return "http://127.0.0.1:" .. params.up_port .. path end

function _M.init()
  local ok, err = pcall(function()
    local core = require("partnercentral.core")
    tr = require("partnercentral.transport.curl").new()
    for _ = 1, 150 do                        -- the upstream nginx may still be starting
      local resp = tr:request{ method = "GET", url = url("/echo?master"), timeout = 2 }
      if resp then
        master_conn = resp.body:match('"connection":(%d+)')
        return
      end
      core.sleep_ms(20)
    end
    error("the upstream did not answer")
  end)
  if not ok then init_err, tr = tostring(err), nil end
end

-- 50 blocking calls from a timer (fine in a test: loopback, a few ms in all).
local function run(record)
  local id = ngx.worker.id()
  if not tr then return record("fork:" .. id, "error in init_by_lua: " .. tostring(init_err)) end
  local wrong, on_master = 0, 0
  for i = 1, 50 do
    local path = "/echo?w=" .. id .. "&i=" .. i
    local resp = tr:request{ method = "GET", url = url(path), timeout = 2 }
    if not (resp and resp.body:find('"uri":"' .. path .. '"', 1, true)) then
      wrong = wrong + 1
    elseif resp.body:match('"connection":(%d+)') == master_conn then
      on_master = on_master + 1
    end
  end
  record("fork:" .. id, ("wrong=%d on_master_connection=%d"):format(wrong, on_master))
end

function _M.init_worker(record)
  if ngx.worker.id() > 1 then return end
  ngx.timer.at(0, function(premature)
    if premature then return end
    local ok, err = pcall(run, record)
    if not ok then record("fork:" .. ngx.worker.id(), "raised " .. tostring(err)) end
  end)
end

return _M
