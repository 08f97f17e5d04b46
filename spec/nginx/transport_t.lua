-- The ngx transport over plain HTTP against the canned upstream (lib/ngxt_upstream.lua):
-- framing (Content-Length, chunked, close-delimited), keep-alive pools, timeouts,
-- the size cap and typed errors. Runs inside nginx (GET /t/transport).
return function(t)
  local transport = require("partnercentral.transport.ngx")
  local p = t.params
  local base = "http://127.0.0.1:" .. p.up_port

  local function new(opts) return transport.new(opts) end

  t.it("GET with Content-Length: status, lowercased headers, body", function()
    local resp, err = new():request{ method = "GET", url = base .. "/json", timeout = 2 }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
    t.eq('{"hello":"world","scheme":"http"}', resp.body)
    t.eq("application/x-amz-json-1.0", resp.headers["content-type"])
    t.match(resp.headers["x-amzn-requestid"], "^req%-")
  end)

  t.it("POST sends the body with Content-Length, the headers and a Host header", function()
    local body = '{"Catalog":"AWS"}'
    local resp, err = new():request{ method = "POST", url = base .. "/echo?x=1", timeout = 2,
      headers = { { "Content-Type", "application/x-amz-json-1.0" },
                  { "X-Amz-Target", "PartnerCentralAccount.GetPartner" } }, body = body }
    t.ok(resp, tostring(err))
    t.match(resp.body, '"method":"POST"')
    t.match(resp.body, '"uri":"/echo%?x=1"')
    t.match(resp.body, '"content_length":"17"')
    t.match(resp.body, '"target":"PartnerCentralAccount.GetPartner"')
    t.match(resp.body, '"host":"127.0.0.1:' .. p.up_port .. '"')
    t.match(resp.body, '"body":"{\\u0022Catalog\\u0022:\\u0022AWS\\u0022}"')
  end)

  -- over 64 KiB the request goes in sends of 64 KiB, head and body together
  t.it("POST of a large body: every byte arrives, in order", function()
    local parts = {}
    for i = 1, 20000 do parts[i] = string.format("%07d,", i) end
    local body = table.concat(parts)    -- 160000 bytes, no two 64 KiB slices alike
    local resp, err = new():request{ method = "POST", url = base .. "/bodysum", timeout = 5,
      headers = { { "Content-Type", "application/octet-stream" }, { "X-Pad", string.rep("p", 200) } }, body = body }
    t.ok(resp, tostring(err))
    t.match(resp.body, '"length":160000')
    t.match(resp.body, '"content_length":"160000"')
    t.match(resp.body, '"md5":"' .. ngx.md5(body) .. '"')
  end)

  t.it("scheme, host, port and path fields work without a url", function()
    local resp, err = new():request{ method = "GET", scheme = "http", host = "127.0.0.1",
      port = p.up_port, path = "/json", headers = { { "Host", "partnercentral.test" } } }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
  end)

  t.it("chunked response bodies are decoded", function()
    local resp, err = new():request{ method = "GET", url = base .. "/chunked?n=5", timeout = 2 }
    t.ok(resp, tostring(err))
    t.match(resp.headers["transfer-encoding"] or "", "chunked")
    local want = {}
    for i = 1, 5 do want[i] = '"' .. string.rep(string.char(96 + i), 1000 * i) .. '"' end
    t.eq('{"parts":[' .. table.concat(want, ",") .. ']}', resp.body)
  end)

  t.it("close-delimited (HTTP/1.0) bodies are read to the end and not pooled", function()
    local resp, err = new():request{ method = "GET", url = base .. "/close", timeout = 2 }
    t.ok(resp, tostring(err))
    t.eq("close-delimited", resp.headers["x-shape"])
    t.eq(70003, #resp.body)
    t.eq("end", resp.body:sub(-3))
  end)

  t.it("interim 100 Continue answers are skipped", function()
    local resp, err = new():request{ method = "GET", url = base .. "/continue", timeout = 2 }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
    t.eq("ok", resp.body)
  end)

  t.it("keep-alive: the second request reuses the pooled connection", function()
    local tr = new{ pool_prefix = "ka-test" }
    local r1 = assert(tr:request{ method = "GET", url = base .. "/echo", timeout = 2 })
    local r2 = assert(tr:request{ method = "GET", url = base .. "/echo", timeout = 2 })
    local c1 = tonumber(r1.body:match('"connection":(%d+)'))
    local c2 = tonumber(r2.body:match('"connection":(%d+)'))
    t.eq(c1, c2, "server-side connection number")
    t.eq(true, r2.reused)
    t.match(r2.body, '"requests":2')
  end)

  t.it("Connection: close answers are not pooled", function()
    local tr = new{ pool_prefix = "close-test" }
    local r1 = assert(tr:request{ method = "GET", url = base .. "/connclose", timeout = 2 })
    t.eq("close", r1.headers["connection"])
    local r2 = assert(tr:request{ method = "GET", url = base .. "/connclose", timeout = 2 })
    t.eq(false, r2.reused)
  end)

  t.it("a pooled connection the server closed while idle is replaced", function()
    local tr = new{ pool_prefix = "idle-test" }
    local url = "http://127.0.0.1:" .. p.short_port .. "/json"
    assert(tr:request{ method = "GET", url = url, timeout = 2 })
    ngx.sleep(0.4)                           -- the server's keepalive_timeout is 200 ms
    local r2, err = tr:request{ method = "GET", url = url, timeout = 2 }
    t.ok(r2, tostring(err))
    t.eq(200, r2.status)
  end)

  t.it("a reused connection closed before any answer is retried once on a new one", function()
    local tr = new{ pool_prefix = "flaky-test" }
    local r1 = assert(tr:request{ method = "POST", body = "{}", url = base .. "/flaky", timeout = 2 })
    local r2, err = tr:request{ method = "POST", body = "{}", url = base .. "/flaky", timeout = 2 }
    t.ok(r2, tostring(err))
    t.eq(false, r2.reused)
    t.ok(r1.body ~= r2.body, "a new connection answered")
  end)

  t.it("non-2xx answers are responses, not transport errors", function()
    local resp, err = new():request{ method = "POST", body = "{}", timeout = 2,
      url = base .. "/status?code=400&type=ThrottlingException" }
    t.ok(resp, tostring(err))
    t.eq(400, resp.status)
    t.eq("ThrottlingException", resp.headers["x-amzn-errortype"])
  end)

  t.it("timeout: a slow answer gives kind timeout", function()
    local t0 = ngx.now()
    local resp, err = new():request{ method = "GET", url = base .. "/delay?ms=1000", timeout = 0.2 }
    t.eq(nil, resp)
    t.typed(err, "timeout", "ETIMEOUT")
    ngx.update_time()
    t.ok(ngx.now() - t0 < 0.9, "the timeout was not honoured")
  end)

  t.it("connection refused gives kind network; nothing was sent (err.sent = false)", function()
    local resp, err = new():request{ method = "GET", url = "http://127.0.0.1:" .. p.dead_port .. "/",
      timeout = 2 }
    t.eq(nil, resp)
    t.typed(err, "network", "ENETWORK")
    t.match(err.message, "connect")
    t.eq(false, err.sent)
    -- a malformed answer did reach the server
    local _, perr = new():request{ method = "GET", url = base .. "/garbage", timeout = 2 }
    t.typed(perr, "network", "EPROTOCOL")
    t.eq(nil, perr.sent)
  end)

  t.it("a host name without a resolver directive gives kind network (no /etc/hosts)", function()
    local resp, err = new():request{ method = "GET", url = "http://localhost:" .. p.up_port .. "/json",
      timeout = 2 }
    t.eq(nil, resp)
    t.typed(err, "network", "ENETWORK")
    t.match(err.message, "resolver")
    t.eq(false, err.sent)
  end)

  t.it("max_body: Content-Length over the cap gives kind parse (ETOOBIG)", function()
    local resp, err = new{ max_body = 100 }:request{ method = "GET", url = base .. "/big?n=1000" }
    t.eq(nil, resp)
    t.typed(err, "parse", "ETOOBIG")
    resp = assert(new{ max_body = 1000 }:request{ method = "GET", url = base .. "/big?n=1000" })
    t.eq(1000, #resp.body)
  end)

  t.it("max_body: chunked and close-delimited bodies are capped too", function()
    local _, err = new():request{ method = "GET", url = base .. "/chunked?n=5", max_body = 2000 }
    t.typed(err, "parse", "ETOOBIG")
    _, err = new():request{ method = "GET", url = base .. "/close", max_body = 2000 }
    t.typed(err, "parse", "ETOOBIG")
  end)

  t.it("an endless header line is cut at max_header_bytes (ETOOBIG), not buffered", function()
    local resp, err = new():request{ method = "GET", url = base .. "/longline", timeout = 2 }
    t.eq(nil, resp)
    t.typed(err, "parse", "ETOOBIG")
    resp, err = new{ max_header_bytes = 100 }:request{ method = "GET", url = base .. "/echo", timeout = 2 }
    t.eq(nil, resp)
    t.typed(err, "parse", "ETOOBIG")
  end)

  t.it("broken answers give kind network (EPROTOCOL: malformed, retried as transient), never a raise", function()
    local cases = { garbage = "network", badlength = "network", badchunk = "network", truncated = "network" }
    for path, kind in pairs(cases) do
      local ok, resp, err = pcall(new().request, new(), { method = "GET", url = base .. "/" .. path,
        timeout = 2 })
      t.ok(ok, path .. " raised: " .. tostring(resp))
      t.eq(nil, resp, path)
      t.typed(err, kind)
    end
  end)

  t.it("programmer errors raise: CR/LF in a header, missing url", function()
    local ok, msg = pcall(new().request, new(), { method = "GET", url = base .. "/json",
      headers = { { "X-Bad", "a\r\nInjected: 1" } } })
    t.eq(false, ok)
    t.match(msg, "bad header")
    ok = pcall(new().request, new(), { method = "GET" })
    t.eq(false, ok)
    ok = pcall(transport.new, { no_such_option = 1 })
    t.eq(false, ok)
  end)

  t.it("a proxy is a typed config error (cosockets cannot use one)", function()
    local _, err = new{ proxy = "http://127.0.0.1:3128" }:request{ method = "GET", url = base .. "/json" }
    t.typed(err, "config", "UnsupportedOption")
  end)

  t.it("unsupported URL schemes give kind network", function()
    local _, err = new():request{ method = "GET", url = "ftp://127.0.0.1/x" }
    t.typed(err, "network")
  end)

  t.it("sleep() yields with ngx.sleep in a yieldable phase", function()
    ngx.update_time()
    local t0 = ngx.now()
    t.eq(true, (transport.sleep(0.05)))
    ngx.update_time()
    t.ok(ngx.now() - t0 >= 0.04, "did not sleep")
  end)

  t.it("parallel calls from light threads overlap", function()
    local tr = new()
    local threads = {}
    for i = 1, 5 do
      threads[i] = ngx.thread.spawn(function()
        return tr:request{ method = "GET", url = base .. "/delay?ms=100", timeout = 3 }
      end)
    end
    for i = 1, 5 do
      local ok, resp = ngx.thread.wait(threads[i])
      t.ok(ok and resp and resp.status == 200, "thread " .. i)
    end
  end)
end
