-- The in-nginx runner itself (lib/ngxt.lua): a test that hangs is stopped at its
-- own timeout and named, so a framing bug cannot stall the suite on read timeouts.
return function(t)
  local ngxt = require("ngxt")

  t.it("a hanging test is killed at its timeout and reported as timed out", function()
    ngx.update_time()
    local t0 = ngx.now()
    local ok, why = ngxt.run_case{ name = "hangs", timeout = 0.2, fn = function()
      local sock = ngx.socket.tcp()            -- a read that would wait for 30 s
      sock:settimeouts(1000, 1000, 30000)
      assert(sock:connect("127.0.0.1", t.params.hostile_port))
      assert(sock:send("GET /lying-long HTTP/1.1\r\nHost: x\r\n\r\n"))
      sock:receive("*a")
    end }
    ngx.update_time()
    t.eq(false, ok)
    t.eq("timed out after 0.2 s", why)
    t.ok(ngx.now() - t0 < 1, "took " .. (ngx.now() - t0) .. " s")
  end)

  t.it("a test that fails or passes within its timeout is reported as such", function()
    local ok, why = ngxt.run_case{ name = "fails", fn = function() error("boom", 0) end }
    t.eq(false, ok)
    t.eq("boom", why)
    t.eq(true, (ngxt.run_case{ name = "passes", timeout = 1, fn = function() ngx.sleep(0.01) end }))
  end)

  t.it("every test has a default timeout", function()
    t.ok(type(t.TIMEOUT) == "number" and t.TIMEOUT > 0 and t.TIMEOUT <= 30, tostring(t.TIMEOUT))
  end)
end
