-- The libcurl transport against spec/support/hostile_server.py: every way a
-- server can misbehave ends the call with a typed error, by the deadline, with
-- bounded memory (the ngx transport meets the same table in spec/nginx/hostile_t.lua).
local core = require("partnercentral.core")
local curl = require("partnercentral.transport.curl")
local ch = require("spec.support.client_helpers")
local hostile = require("spec.support.hostile_cases")
local retry = require("partnercentral.retry")

local function seconds() return core.monotonic_ms() / 1000 end

describe("transport.curl against a hostile server", function()
  local srv
  setup(function() srv = assert(ch.start_hostile()) end)
  teardown(function() if srv then srv.stop() end end)

  for _, c in ipairs(hostile.cases) do
    it(c.path .. " ends with " .. c.code .. (c.deadline and " at the deadline" or " at once")
        .. ", memory bounded", function()
      local t = curl.new()
      local base = hostile.reset_peak()
      local t0 = seconds()
      local resp, err = t:request{ method = "GET", url = srv.url .. c.path, timeout = hostile.timeout }
      local took = seconds() - t0
      local peak_mb = hostile.peak_growth_mb(base)
      t:close()
      assert.is_nil(resp)
      assert.equal(c.kind, err.kind, tostring(err))
      assert.equal(c.code, err.code, tostring(err))
      assert.equal(c.retried, retry.classify(err) ~= nil, tostring(err))
      assert.is_true(retry.may_have_reached(err), tostring(err))
      assert.is_true(took < hostile.timeout + hostile.slack, ("took %.2f s"):format(took))
      if c.deadline then
        assert.is_true(took >= hostile.timeout - 0.1, ("ended early: %.2f s"):format(took))
      end
      assert.is_true(peak_mb < hostile.memory_mb, ("peak RSS grew by %.1f MB"):format(peak_mb))
    end)
  end

  for _, m in ipairs(hostile.limits) do
    it(m.path .. ": exactly " .. m.limit .. " is accepted, one more is ETOOBIG", function()
      local n, t = core.http_limits[m.limit], curl.new()
      local resp, err = t:request{ method = "GET", url = srv.url .. m.path .. "?n=" .. n, timeout = 5 }
      assert.is_table(resp, tostring(err))
      assert.equal("ok", resp.body)
      resp, err = t:request{ method = "GET", url = srv.url .. m.path .. "?n=" .. (n + 1), timeout = 5 }
      assert.is_nil(resp)
      assert.equal("ETOOBIG", err.code, tostring(err))
      t:close()
    end)
  end

  it("accepts lines that end in a bare LF", function()
    local resp, err = curl.new():request{ method = "GET", url = srv.url .. "/bare-lf", timeout = 2 }
    assert.is_table(resp, tostring(err))
    assert.equal(200, resp.status)
    assert.equal("lf", resp.headers["x-bare"])
    assert.equal("ok", resp.body)
  end)

  -- push_headers (csrc/lua/lhttp.c) sets a name seen for the first time without
  -- reading the table, for the first 32 names; the others go through the table.
  it("joins a repeated header's values in order, names lowercased, past 32 names too", function()
    local t = curl.new()
    for _, n in ipairs{ 1, 31, 32, 33, 40 } do
      local resp, err = t:request{ method = "GET", url = srv.url .. "/repeated?n=" .. n, timeout = 2 }
      assert.is_table(resp, tostring(err))
      local count = 0
      for _ in pairs(resp.headers) do count = count + 1 end
      assert.equal(n + 2, count) -- + content-type, content-length
      for i = 0, n - 1 do assert.equal("a, b", resp.headers["x-rep-" .. i], n .. " names, #" .. i) end
      assert.equal("ok", resp.body)
    end
    t:close()
  end)

  it("never takes bytes a server sent past Content-Length as the next answer", function()
    local t = curl.new()
    local r1 = assert(t:request{ method = "GET", url = srv.url .. "/lying-short", timeout = 2 })
    assert.equal("hello", r1.body)
    local r2, err = t:request{ method = "GET", url = srv.url .. "/ok?x=second", timeout = 2 }
    assert.is_table(r2, tostring(err))
    assert.equal("ok x=second", r2.body)
  end)

  it("the body cap is the parser's cap, refused while reading", function()
    local n = core.http_limits.max_body
    -- the parser (cm:deserialize, default cap) takes n bytes and refuses n + 1
    local cm = require("spec.support.model_helpers").cm("account")
    do   -- (the padded body is dropped before the transport's turn)
      local padded = "{}" .. string.rep(" ", n - 2)
      assert.is_table(cm:deserialize("GetPartner", padded))
      local _, pcode = cm:deserialize("GetPartner", padded .. " ")
      assert.equal("ETOOBIG", pcode)
    end
    local h = core.http_new()
    local s, _, body = h:request{ url = srv.url .. "/big-body?n=" .. n, timeout_ms = 20000 }
    assert.equal(200, s)
    assert.equal(n, #body)
    local s2, code = h:request{ url = srv.url .. "/big-body?n=" .. (n + 1), timeout_ms = 20000 }
    assert.is_nil(s2)
    assert.equal("ETOOBIG", code)
    h:close()
  end)

  it("gives a grown buffer back after the call, success or failure", function()
    local h = core.http_new()
    local keep = 64 * 1024
    local s = h:request{ url = srv.url .. "/big-body?n=" .. (4 * 1024 * 1024), timeout_ms = 20000 }
    assert.equal(200, s)
    assert.is_true(h:buffer_bytes() <= keep, "after a large answer: " .. h:buffer_bytes())
    local s2, code = h:request{ url = srv.url .. "/big-chunked", timeout_ms = 20000 }
    assert.is_nil(s2)
    assert.equal("ETOOBIG", code)
    assert.is_true(h:buffer_bytes() <= keep, "after a refused answer: " .. h:buffer_bytes())
    assert.equal(200, (h:request{ url = srv.url .. "/ok?x=1", timeout_ms = 2000 }))
    assert.is_true(h:buffer_bytes() <= keep)
    h:close()
  end)
end)
