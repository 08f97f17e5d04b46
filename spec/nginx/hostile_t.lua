-- The ngx transport against spec/support/hostile_server.py (started by
-- spec/nginx/run): the table of spec/support/hostile_cases.lua, which the curl
-- transport meets too. Each call ends with its typed error, by the deadline,
-- and the worker's peak memory stays bounded. Runs inside nginx (GET /t/hostile).
return function(t)
  local transport = require("partnercentral.transport.ngx")
  local retry = require("partnercentral.retry")
  local hostile = dofile(t.params.root .. "/spec/support/hostile_cases.lua")
  local base = "http://127.0.0.1:" .. t.params.hostile_port

  local function seconds()
    ngx.update_time()
    return ngx.now()
  end

  for _, c in ipairs(hostile.cases) do
    t.it(c.path .. " ends with " .. c.code .. (c.deadline and " at the deadline" or " at once")
        .. ", memory bounded", function()
      local base_kb = hostile.reset_peak()
      local t0 = seconds()
      local resp, err = transport.new():request{ method = "GET", url = base .. c.path,
        timeout = hostile.timeout }
      local took = seconds() - t0
      local peak_mb = hostile.peak_growth_mb(base_kb)
      t.note(("%s: %s after %.3f s, worker peak RSS +%.1f MB"):format(c.path,
        err and err.code or "no error", took, peak_mb))
      t.eq(nil, resp)
      t.typed(err, c.kind, c.code)
      t.eq(c.retried, retry.classify(err) ~= nil, c.path .. ": retried")
      t.ok(retry.may_have_reached(err), c.path .. ": may have reached the server")
      t.ok(took < hostile.timeout + hostile.slack, ("took %.2f s"):format(took))
      if c.deadline then
        t.ok(took >= hostile.timeout - 0.1, ("ended early: %.2f s"):format(took))
      end
      t.ok(peak_mb < hostile.memory_mb, ("peak RSS grew by %.1f MB"):format(peak_mb))
    end)
  end

  t.it("a drip ends at the deadline within 100 ms (timeout = 3, as in the report)", function()
    local t0 = seconds()
    local _, err = transport.new():request{ method = "GET", url = base .. "/drip", timeout = 3 }
    local took = seconds() - t0
    t.note(("/drip with timeout 3: ended after %.3f s"):format(took))
    t.typed(err, "timeout", "ETIMEOUT")
    t.ok(math.abs(took - 3) <= 0.1, ("ended after %.3f s"):format(took))
  end)

  for _, m in ipairs(hostile.limits) do
    t.it(m.path .. ": exactly " .. m.limit .. " is accepted, one more is ETOOBIG", function()
      local n, tr = require("partnercentral.core").http_limits[m.limit], transport.new()
      local resp, err = tr:request{ method = "GET", url = base .. m.path .. "?n=" .. n, timeout = 5 }
      t.ok(resp, tostring(err))
      t.eq("ok", resp.body)
      resp, err = tr:request{ method = "GET", url = base .. m.path .. "?n=" .. (n + 1), timeout = 5 }
      t.eq(nil, resp)
      t.typed(err, "parse", "ETOOBIG")
    end)
  end

  t.it("accepts lines that end in a bare LF", function()
    local resp, err = transport.new():request{ method = "GET", url = base .. "/bare-lf", timeout = 2 }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
    t.eq("lf", resp.headers["x-bare"])
    t.eq("ok", resp.body)
  end)

  t.it("never takes bytes a server sent past Content-Length as the next answer", function()
    local tr = transport.new{ pool_prefix = "hostile-smuggle" }
    local r1 = assert(tr:request{ method = "GET", url = base .. "/lying-short", timeout = 2 })
    t.eq("hello", r1.body)
    local r2, err = tr:request{ method = "GET", url = base .. "/ok?x=second", timeout = 2 }
    t.ok(r2, tostring(err))
    t.eq("ok x=second", r2.body)
  end)

  t.it("the body cap is the parser's cap (core.http_limits), refused while reading", function()
    local n = require("partnercentral.core").http_limits.max_body
    t.eq(10 * 1024 * 1024, n)
    do   -- (the 10 MB answer is dropped before the next request)
      local resp, err = transport.new():request{ method = "GET", url = base .. "/big-body?n=" .. n, timeout = 20 }
      t.ok(resp, tostring(err))
      t.eq(n, #resp.body)
    end
    local _, err2 = transport.new():request{ method = "GET", url = base .. "/big-body?n=" .. (n + 1), timeout = 20 }
    t.typed(err2, "parse", "ETOOBIG")
  end, { timeout = 30 })
end
