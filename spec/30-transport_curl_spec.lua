-- The libcurl transport against a real loopback server (spec/support/canned_server.py).
local core = require("partnercentral.core")
local retry = require("partnercentral.retry")
local curl = require("partnercentral.transport.curl")
local tsel = require("partnercentral.transport")
local ch = require("spec.support.client_helpers")
local dk_ok, json = pcall(require, "dkjson")

describe("core.http_new", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  it("returns status, lowercased headers and body", function()
    local h = core.http_new()
    local status, headers, body = h:request{ method = "GET", url = srv.url .. "/ok" }
    assert.equal(200, status)
    assert.equal("req-200", headers["x-amzn-requestid"])
    assert.equal("application/x-amz-json-1.0", headers["content-type"])
    assert.equal('{"ok":true}', body)
    h:close()
  end)

  it("sends method, headers and body as given, without Expect or Accept", function()
    if not dk_ok then return pending("dkjson missing") end
    local h = core.http_new()
    local big = string.rep("b", 5000) -- large enough that curl would send Expect: 100-continue
    local status, _, body = h:request{ method = "POST", url = srv.url .. "/echo",
      headers = { { "X-Amz-Target", "A.B" }, { "Content-Type", "application/x-amz-json-1.0" } }, body = big }
    assert.equal(200, status)
    local e = json.decode(body)
    assert.equal("POST", e.method)
    assert.equal("A.B", e.headers["x-amz-target"])
    assert.equal(big, e.body)
    assert.is_nil(e.headers["expect"])
    assert.is_nil(e.headers["accept"])
  end)

  -- A request with the options of the one before sets only what changes: the
  -- method, body, headers, timeout and cap must still be each request's own.
  it("sends each request's own method, body, headers and limits on one handle", function()
    if not dk_ok then return pending("dkjson missing") end
    local h = core.http_new()
    local function echo(req)
      req.url = req.url or (srv.url .. "/echo")
      local status, _, body = h:request(req)
      assert.equal(200, status)
      return json.decode(body)
    end
    local e = echo{ method = "POST", body = "one", headers = { { "X-A", "1" } } }
    assert.same({ "POST", "one", "1" }, { e.method, e.body, e.headers["x-a"] })
    e = echo{ method = "POST", body = "second", headers = { { "X-B", "2" } } }
    assert.same({ "POST", "second", "2" }, { e.method, e.body, e.headers["x-b"] })
    assert.is_nil(e.headers["x-a"])
    -- libcurl takes C strings: a NUL would cut a header short of what was signed
    for _, pair in ipairs{ { "X-Sig", "abc\0def" }, { "X\0Y", "v" } } do
      local ok, err = pcall(h.request, h, { method = "POST", url = srv.url .. "/echo", headers = { pair } })
      assert.is_false(ok)
      assert.matches("request.headers[1] contains NUL", err, 1, true)
    end
    e = echo{ method = "GET" }
    assert.same({ "GET", "" }, { e.method, e.body or "" })
    e = echo{ method = "GET" }                          -- a GET after a GET stays a GET
    assert.equal("GET", e.method)
    e = echo{ method = "PUT", body = "put" }
    assert.same({ "PUT", "put" }, { e.method, e.body })
    e = echo{ method = "POST", body = "" }
    assert.same({ "POST", "" }, { e.method, e.body or "" })
    assert.equal("0", e.headers["content-length"])
    -- a timeout and a cap of this request, then none again
    local s, code = h:request{ url = srv.url .. "/delay?ms=1500", timeout_ms = 200 }
    assert.same({ nil, "ETIMEOUT" }, { s, code })
    s, code = h:request{ url = srv.url .. "/big?n=300000", max_body = 1000 }
    assert.same({ nil, "ETOOBIG" }, { s, code })
    assert.equal(300000, #select(3, h:request{ url = srv.url .. "/big?n=300000" }))
    e = echo{ method = "POST", body = "last", headers = { { "X-C", "" } } }
    assert.same({ "POST", "last", "" }, { e.method, e.body, e.headers["x-c"] })
    h:close()
  end)

  -- The handle keeps the last answer's header strings by position and pushes
  -- them again when their bytes are the same: every answer must still get its
  -- own names and values, whatever changed (same lengths, order, repeats, empty
  -- values, more headers than are kept, strings longer than are kept).
  it("gives each answer its own headers on one handle", function()
    local h = core.http_new()
    local function esc(s) return (s:gsub("[^%w%-_.]", function(c) return ("%%%02X"):format(c:byte()) end)) end
    local function answer(lines, want)
      local q = {}
      for i, l in ipairs(lines) do q[i] = "h=" .. esc(l[1] .. ":" .. l[2]) end
      local status, hs = h:request{ url = srv.url .. "/headers?" .. table.concat(q, "&") }
      assert.equal(200, status)
      hs.date, hs.server = nil, nil
      want["content-length"] = "2"
      assert.same(want, hs)
    end
    local a70, b70 = string.rep("a", 70), string.rep("a", 69) .. "b"
    answer({ { "X-Aa", "1111" }, { "X-Bb", "same" }, { "X-Long", a70 } },
      { ["x-aa"] = "1111", ["x-bb"] = "same", ["x-long"] = a70 })
    answer({ { "X-Aa", "2222" }, { "X-Cc", "same" }, { "X-Long", b70 } },
      { ["x-aa"] = "2222", ["x-cc"] = "same", ["x-long"] = b70 })
    answer({ { "X-AA", "2222" }, { "X-Cc", "same" }, { "X-Long", b70 } },
      { ["x-aa"] = "2222", ["x-cc"] = "same", ["x-long"] = b70 })
    answer({ { "X-Cc", "2222" }, { "X-Aa", "same" } }, { ["x-cc"] = "2222", ["x-aa"] = "same" })
    answer({ { "X-Aa", "" }, { "X-Aa", "2222" }, { "X-Bb", "" } }, { ["x-aa"] = ", 2222", ["x-bb"] = "" })
    answer({ { "X-Aa", "" }, { "X-Bb", "" }, { "X-Aa", "3" } }, { ["x-aa"] = ", 3", ["x-bb"] = "" })
    for round = 1, 3 do
      local lines, want = {}, {}
      for i = 1, 20 do
        local n, v = ("X-H%02d"):format(i), ("v%02d-%d"):format(i, round == 3 and 1 or round)
        lines[i], want[n:lower()] = { n, v }, v
      end
      answer(lines, want)
    end
    -- a failed request in between, then the same answer as before it
    local s, code = h:request{ url = srv.url .. "/big?n=3000", max_body = 100 }
    assert.same({ nil, "ETOOBIG" }, { s, code })
    answer({ { "X-Aa", "1111" } }, { ["x-aa"] = "1111" })
    h:close()
  end)

  it("reuses the connection (keep-alive)", function()
    if not dk_ok then return pending("dkjson missing") end
    local h = core.http_new()
    local _, _, b1 = h:request{ url = srv.url .. "/echo" }
    local _, _, b2 = h:request{ url = srv.url .. "/echo" }
    assert.equal(json.decode(b1).peer_port, json.decode(b2).peer_port)
  end)

  it("reads chunked bodies", function()
    local h = core.http_new()
    local status, _, body = h:request{ url = srv.url .. "/chunked?n=100000" }
    assert.equal(200, status)
    assert.equal(100000, #body)
  end)

  it("aborts a body over max_body with ETOOBIG", function()
    local h = core.http_new()
    local s, code, msg = h:request{ url = srv.url .. "/big?n=300000", max_body = 100000 }
    assert.is_nil(s)
    assert.equal("ETOOBIG", code)
    assert.matches("100000", msg)
    -- the handle still works afterwards
    assert.equal(200, (h:request{ url = srv.url .. "/ok" }))
  end)

  it("maps a total timeout to ETIMEOUT", function()
    local h = core.http_new()
    local s, code = h:request{ url = srv.url .. "/delay?ms=1500", timeout_ms = 200 }
    assert.is_nil(s)
    assert.equal("ETIMEOUT", code)
  end)

  it("maps a closed connection without answer to ENETWORK", function()
    local h = core.http_new()
    local s, code, msg = h:request{ url = srv.url .. "/close" }
    assert.is_nil(s)
    assert.equal("ENETWORK", code)
    assert.is_string(msg)
  end)

  it("maps a refused connection to ENETWORK", function()
    local h = core.http_new()
    -- port 1 on loopback: nothing listens there
    local s, code = h:request{ url = "http://127.0.0.1:1/", connect_timeout_ms = 1000 }
    assert.is_nil(s)
    assert.equal("ENETWORK", code)
  end)

  it("returns non-2xx statuses as answers, not failures", function()
    local h = core.http_new()
    local status, headers = h:request{ url = srv.url .. "/status?code=503&type=X" }
    assert.equal(503, status)
    assert.equal("X", headers["x-amzn-errortype"])
  end)

  it("raises on programmer errors and after close", function()
    local h = core.http_new()
    assert.has_error(function() h:request{ method = "GET" } end)
    assert.has_error(function() h:request{ url = srv.url, headers = { { "Bad\r\nName", "v" } } } end)
    assert.has_error(function() h:request{ url = srv.url, headers = { "notapair" } } end)
    -- NaN, infinities and negative counts never reach C as an undefined cast
    for _, v in ipairs{ 0 / 0, math.huge, -math.huge, -1, 1e300 } do
      for _, k in ipairs{ "timeout_ms", "connect_timeout_ms", "max_body" } do
        local ok, msg = pcall(h.request, h, { url = srv.url .. "/ok", [k] = v })
        assert.is_false(ok, k .. " = " .. tostring(v))
        assert.matches("must be a finite number >= 0", msg)
      end
    end
    h:close()
    h:close() -- idempotent
    assert.has_error(function() h:request{ url = srv.url .. "/ok" } end, "http handle is closed")
  end)

  -- The fields are read in one walk of the table: the checks still run in one
  -- order, keys that are not fields are ignored, an __index is still honoured.
  it("reads the request's fields whatever the table holds", function()
    local h = core.http_new()
    local function err(req)
      local ok, msg = pcall(h.request, h, req)
      assert.is_false(ok)
      return msg
    end
    -- every bad field at once, then one fewer each time: always the first in check order
    local bad = { method = 1, url = 2, body = 3, timeout_ms = "x", connect_timeout_ms = "x", max_body = "x",
      ca_file = 4, proxy = 5, headers = 6 }
    local order = { "method", "url", "body", "timeout_ms", "connect_timeout_ms", "max_body", "ca_file", "proxy",
      "headers" }
    for i, k in ipairs(order) do
      local req = {}
      for j = i, #order do req[order[j]] = bad[order[j]] end
      if k ~= "url" then req.url = srv.url .. "/ok" end
      if k == "headers" then
        assert.matches("table expected", err(req), 1, true)
      else
        assert.matches("request." .. k .. " must be a", err(req), 1, true)
      end
    end
    assert.matches("request.url is required", err{ method = "GET" }, 1, true)
    -- keys that are not fields, of any type, are ignored
    local req = { url = srv.url .. "/ok", "x", [2.5] = 1, [true] = 1, [{}] = 1, Url = 1, urls = 1, methox = 1,
      header = 1, ca_filf = 1, ["connect_timeout_mz"] = 1 }
    local status, _, body = h:request(req)
    assert.same({ 200, '{"ok":true}' }, { status, body })
    -- fields from an __index, as lua_getfield reads them
    local proxied = setmetatable({}, { __index = { url = srv.url .. "/echo", method = "POST", body = "from __index",
      headers = { { "X-Via", "index" } } } })
    status, _, body = h:request(proxied)
    assert.equal(200, status)
    if dk_ok then
      local e = json.decode(body)
      assert.same({ "POST", "from __index", "index" }, { e.method, e.body, e.headers["x-via"] })
    end
    h:close()
  end)

  it("sends number-valued headers intact while the GC runs (converted strings stay anchored)", function()
    if not dk_ok then return pending("dkjson missing") end
    local h = core.http_new()
    -- 90 headers: python's http.server refuses more than 100
    local hs = {}
    for i = 1, 90 do hs[i] = { "X-H" .. i, i + 0.25 } end
    collectgarbage()
    local pause = collectgarbage("setpause", 0)      -- a GC step at every allocation
    local stepmul = collectgarbage("setstepmul", 1000)
    local ok, status, _, body
    for round = 1, 20 do
      if round % 2 == 0 then collectgarbage() end
      ok, status, _, body = pcall(h.request, h, { method = "POST", url = srv.url .. "/echo", headers = hs, body = "x" })
      if not ok or status ~= 200 then break end
      local e = json.decode(body)
      for i = 1, 90 do
        assert.equal(tostring(i + 0.25), e.headers["x-h" .. i], "header X-H" .. i)
      end
    end
    collectgarbage("setpause", pause)
    collectgarbage("setstepmul", stepmul)
    assert.is_true(ok, status)
    assert.equal(200, status)
    -- the caller's table is not rewritten: values are still numbers
    assert.equal("number", type(hs[1][2]))
    h:close()
  end)

  it("refuses schemes other than http and https with a typed error", function()
    local h = core.http_new()
    local port = srv.url:match(":(%d+)$")
    for _, url in ipairs{ "ftp://127.0.0.1:" .. port .. "/", "gopher://127.0.0.1:" .. port .. "/",
        "dict://127.0.0.1:" .. port .. "/d:x", "file:///etc/passwd", "telnet://127.0.0.1:" .. port } do
      local s, code, msg = h:request{ url = url, timeout_ms = 2000 }
      assert.is_nil(s, url)
      assert.equal("EINVAL", code, url)
      assert.matches("scheme", msg, 1, true)
    end
    -- the handle still works for http afterwards
    assert.equal(200, (h:request{ url = srv.url .. "/ok" }))
    h:close()
  end)

  it("core.sleep_ms and core.monotonic_ms exist", function()
    local t0 = core.monotonic_ms()
    core.sleep_ms(5)
    assert.is_true(core.monotonic_ms() >= t0)
  end)
  it("core.sleep_ms refuses NaN, infinities and more than a year (an argument error, no sleep)", function()
    for _, ms in ipairs{ 0 / 0, math.huge, -math.huge, 1e300, 366 * 24 * 3600 * 1000 + 1 } do
      local t0 = core.monotonic_ms()
      local ok, err = pcall(core.sleep_ms, ms)
      assert.is_false(ok, tostring(ms))
      assert.matches("finite number of milliseconds", err)
      assert.is_true(core.monotonic_ms() - t0 < 1000)
    end
    assert.is_nil(core.sleep_ms(-5))   -- <= 0: returns at once
    assert.is_nil(core.sleep_ms(0))
  end)
end)

describe("transport.curl", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  it("implements the transport interface", function()
    local t = curl.new()
    local resp = assert(t:request{ method = "POST", url = srv.url .. "/", headers = {}, body = "{}" })
    assert.equal(200, resp.status)
    assert.equal("{}", resp.body)
    assert.equal("req-200", resp.headers["x-amzn-requestid"])
    t:close()
  end)

  it("returns typed errors for timeouts and network failures", function()
    local t = curl.new{ timeout = 0.2 }
    local resp, err = t:request{ url = srv.url .. "/delay?ms=1500" }
    assert.is_nil(resp)
    assert.equal("timeout", err.kind)
    assert.is_true(err:is("ETIMEOUT"))
    resp, err = t:request{ url = srv.url .. "/close" }
    assert.is_nil(resp)
    assert.equal("network", err.kind)
    assert.is_nil(err.sent)   -- the request went out
  end)

  it("says err.sent = false when nothing left the client", function()
    local t = curl.new{ timeout = 2, connect_timeout = 1 }
    for _, url in ipairs{ "http://127.0.0.1:1/", "http://nonexistent.invalid/" } do
      local resp, err = t:request{ url = url }
      assert.is_nil(resp)
      assert.equal("network", err.kind, url)
      assert.is_false(err.sent, url)
      assert.is_false(retry.may_have_reached(err))
    end
    -- a scheme curl refuses stays a config error (not a malformed answer)
    local _, err = t:request{ url = "ftp://127.0.0.1:1/" }
    assert.equal("EINVAL", err.code)
    t:close()
  end)

  it("is chosen by transport.select outside nginx", function()
    local t = tsel.select(nil)
    assert.equal("curl", t.name)
    local obj = { request = function() end }
    assert.equal(obj, tsel.select(obj))
    assert.has_error(function() tsel.select("carrier-pigeon") end)
  end)
end)
