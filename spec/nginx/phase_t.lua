-- Calls from phases without cosockets (init, init_worker, log, header_filter) return
-- the typed error kind "config", code "UnsupportedPhase", that points to ngx.timer.at;
-- they never raise "attempt to yield across a C-call boundary".
return function(t)
  local phases = require("ngxt_phases")
  local p = t.params

  local function check(rec, phase)
    t.ok(rec, "no record for " .. phase)
    local status, kind, code, msg, sleep = rec:match("^(%w+)|([^|]*)|([^|]*)|(.*)|sleep:(%w+)$")
    t.eq("err", status or rec, phase .. " result: " .. rec)
    t.eq("config", kind)
    t.eq("UnsupportedPhase", code)
    t.match(msg, '"' .. phase .. '" phase')
    t.match(msg, "ngx%.timer%.at")
    t.eq("UnsupportedPhase", sleep, "sleep in " .. phase)
  end

  t.it("init phase (init_by_lua)", function() check(phases.results.init, "init") end)
  t.it("init_worker phase", function() check(phases.results.init_worker, "init_worker") end)

  -- log and header_filter run on a request of their own; wait for their record.
  for _, phase in ipairs({ "log", "header_filter" }) do
    t.it(phase .. " phase", function()
      ngx.shared.ngxt:delete("phase:" .. phase)
      local tr = require("partnercentral.transport.ngx").new()
      assert(tr:request{ method = "GET", url = "http://127.0.0.1:" .. p.port .. "/phase/" .. phase })
      local rec
      for _ = 1, 100 do
        rec = ngx.shared.ngxt:get("phase:" .. phase)
        if rec then break end
        ngx.sleep(0.01)
      end
      check(rec, phase)
    end)
  end

  -- Through the SDK client: the log phase and init_worker (skipped without the client).
  local function check_client(rec, phase)
    if rec and rec:match("^skip|") then return t.skip("SDK client in the " .. phase .. " phase", rec:sub(6)) end
    t.it("SDK client in the " .. phase .. " phase", function() check(rec, phase) end)
  end
  check_client(phases.results.client_init_worker, "init_worker")
  do
    local okpc, why = require("ngxt_sdk").ready()
    if not okpc then
      t.skip("SDK client in the log phase", why)
    else
      t.it("SDK client in the log phase", function()
        ngx.shared.ngxt:delete("client:log")
        local tr = require("partnercentral.transport.ngx").new()
        assert(tr:request{ method = "GET", url = "http://127.0.0.1:" .. p.port .. "/phase/log" })
        local rec
        for _ = 1, 100 do
          rec = ngx.shared.ngxt:get("client:log")
          if rec then break end
          ngx.sleep(0.01)
        end
        check(rec, "log")
      end)
    end
  end

  t.it("a timer is the way out: the same call works from ngx.timer.at", function()
    local done = {}
    local ok, err = ngx.timer.at(0, function()
      local tr = require("partnercentral.transport.ngx").new()
      local resp, rerr = tr:request{ method = "GET", url = "http://127.0.0.1:" .. p.up_port .. "/json" }
      done.status, done.err = resp and resp.status, rerr and tostring(rerr)
    end)
    t.ok(ok, tostring(err))
    for _ = 1, 100 do
      if done.status or done.err then break end
      ngx.sleep(0.01)
    end
    t.eq(200, done.status, tostring(done.err))
  end)

  t.it("ngx_phase.check accepts the yieldable phases", function()
    local ph = require("partnercentral.ngx_phase")
    t.eq("content", ph.phase())
    t.eq(true, (ph.check()))
    t.eq(true, ph.in_nginx())
  end)
end
