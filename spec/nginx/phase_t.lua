-- Calls from phases without cosockets (init, init_worker, set, header_filter, log)
-- return the typed error kind "config", code "UnsupportedPhase", that points to
-- ngx.timer.at; they never raise "attempt to yield across a C-call boundary" and
-- never fall back to a blocking libcurl call. Checked for the ngx transport (its
-- sleep is refused there too) and for the SDK client with its automatic
-- transport choice. The client's own sleep (retries, waiters) does sleep in
-- those phases, blocking: ngx.sleep cannot, and a client with transport =
-- "curl" works there (a waiter in init_by_lua is checked below).
return function(t)
  local phases = require("ngxt_phases")
  local p = t.params

  -- sleep: what the transport's (UnsupportedPhase) or the client's ("slept") sleep did
  local function check(rec, phase, sleep_result)
    t.ok(rec, "no record for " .. phase)
    local status, kind, code, msg, sleep = rec:match("^(%w+)|([^|]*)|([^|]*)|(.*)|sleep:(%w+)$")
    t.eq("err", status or rec, phase .. " result: " .. rec)
    t.eq("config", kind)
    t.eq("UnsupportedPhase", code)
    t.match(msg, '"' .. phase .. '" phase')
    t.match(msg, "ngx%.timer%.at")
    t.eq(sleep_result or "UnsupportedPhase", sleep, "sleep in " .. phase)
  end

  t.it("init phase (init_by_lua)", function() check(phases.results.init, "init") end)
  t.it("init_worker phase", function() check(phases.results.init_worker, "init_worker") end)
  t.it("SDK client in the init phase", function() check(phases.results.client_init, "init", "slept") end)
  t.it("SDK client in the init_worker phase", function()
    check(phases.results.client_init_worker, "init_worker", "slept")
  end)

  t.it("init_by_lua, transport = \"curl\": a waiter's sleeps and the credentials chain's sleep do sleep", function()
    local rec = phases.results.curl_waiter_init
    t.ok(rec, "no record")
    local code, polls, ms, chain_ms = rec:match("^([^|]*)|([^|]*)|(%d+)|chain:(%-?%d+)|")
    t.eq("WaiterTimeout", code, rec)
    t.eq("3", polls, rec)
    -- 2 sleeps of 0.2 s (they returned at once when the client slept with ngx.sleep)
    t.ok(tonumber(ms) >= 390, "the waiter took " .. tostring(ms) .. " ms: its sleeps did not sleep")
    t.ok(tonumber(chain_ms) >= 195, "the chain's sleep of 0.2 s took " .. tostring(chain_ms) .. " ms")
  end)

  -- set, log and header_filter run on a request of their own; wait for their record.
  local function fetch(phase, prefix)
    ngx.shared.ngxt:delete(prefix .. phase)
    local tr = require("partnercentral.transport.ngx").new()
    local resp, err = tr:request{ method = "GET", url = "http://127.0.0.1:" .. p.port .. "/phase/" .. phase }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status, resp.body)
    local rec
    for _ = 1, 200 do
      rec = ngx.shared.ngxt:get(prefix .. phase)
      if rec then break end
      ngx.sleep(0.01)
    end
    return rec
  end
  for _, phase in ipairs({ "set", "header_filter", "log" }) do
    t.it(phase .. " phase", function() check(fetch(phase, "phase:"), phase) end)
    t.it("SDK client in the " .. phase .. " phase", function() check(fetch(phase, "client:"), phase, "slept") end)
  end

  -- The client checks the phase before the chain would fetch: a typed error
  -- (kind config, code UnsupportedPhase) that points to
  -- ngx.timer.at, no fetch, and no blocking retry sleeps (2 s if they blocked).
  t.it("SDK client with container credentials in the log phase: typed phase error, no fetch, no wait", function()
    local tr = require("partnercentral.transport.ngx").new()
    local count_url = "http://127.0.0.1:" .. p.up_port .. "/creds/count"
    local before = assert(tr:request{ method = "GET", url = count_url }).body
    local rec = fetch("log", "container:")
    t.ok(rec, "no record")
    local status, kind, code, ms, msg = rec:match("^(%w+)|([^|]*)|([^|]*)|(%d+)|(.*)$")
    t.eq("err", status or rec, rec)
    -- the client checks the phase before it fetches credentials: the same error everywhere
    t.eq("config", kind)
    t.eq("UnsupportedPhase", code)
    t.ok(msg:find('in the "log" phase', 1, true), rec)
    t.match(msg, "ngx%.timer%.at")
    t.ok(not msg:find("`env`", 1, true), "no env hint on a phase error")
    t.ok(tonumber(ms) < 1000, "the call took " .. ms .. " ms: a blocking sleep?")
    t.eq(before, assert(tr:request{ method = "GET", url = count_url }).body, "credentials were fetched")
  end)

  t.it("a timer is the way out: the same SDK call works from ngx.timer.at", function()
    local done = {}
    local ok, err = ngx.timer.at(0, function()
      local tr = require("partnercentral.transport.ngx").new()
      local resp, rerr = tr:request{ method = "GET", url = "http://127.0.0.1:" .. p.up_port .. "/json" }
      done.status, done.err = resp and resp.status, rerr and tostring(rerr)
      -- the client: a typed service answer (not a phase error) proves the call went out
      local sdk = require("ngxt_sdk")
      local account = assert(sdk.new("account", { region = "us-east-1", max_attempts = 1 }))
      local res, cerr = account:get_partner{ Catalog = "AWS", Identifier = "partner-zzzzzzzzzzzzz" }
      done.client = res and "ok" or (cerr.kind .. "|" .. cerr.code)
    end)
    t.ok(ok, tostring(err))
    for _ = 1, 300 do
      if done.client then break end
      ngx.sleep(0.01)
    end
    t.eq(200, done.status, tostring(done.err))
    t.ok(done.client, "the timer did not finish")
    t.ok(done.client == "ok" or done.client:match("^service|"), "client from a timer: " .. tostring(done.client))
  end)

  t.it("ngx_phase.check accepts the yieldable phases", function()
    local ph = require("partnercentral.ngx_phase")
    t.eq("content", ph.phase())
    t.eq(true, (ph.check()))
    t.eq(true, ph.in_nginx())
  end)
end
