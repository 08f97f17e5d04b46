-- TLS through sslhandshake: verification against the test CA (lua_ssl_trusted_certificate),
-- SNI and host check, TLSv1.3, pools keyed by SNI and verify, and typed errors (no raise)
-- when the server's CA is not trusted.
return function(t)
  local transport = require("partnercentral.transport.ngx")
  local p = t.params
  local tls = "https://127.0.0.1:" .. p.tls_port
  local rogue = "https://127.0.0.1:" .. p.rogue_port

  t.it("verified TLS with SNI localhost, TLSv1.3", function()
    local resp, err = transport.new():request{ method = "GET", url = tls .. "/echo", sni = "localhost",
      verify = true, timeout = 3 }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
    t.match(resp.body, '"sni":"localhost"')
    t.match(resp.body, '"protocol":"TLSv1.3"')
  end)

  t.it("verified TLS connections are pooled and reused", function()
    local tr = transport.new{ pool_prefix = "tls-ka" }
    local r1 = assert(tr:request{ method = "GET", url = tls .. "/echo", sni = "localhost" })
    local r2 = assert(tr:request{ method = "GET", url = tls .. "/echo", sni = "localhost" })
    t.eq(true, r2.reused)
    t.eq(r1.body:match('"connection":(%d+)'), r2.body:match('"connection":(%d+)'))
  end)

  t.it("a name the certificate does not hold fails verification (even after a pooled success)", function()
    local tr = transport.new{ pool_prefix = "tls-name" }
    assert(tr:request{ method = "GET", url = tls .. "/json", sni = "localhost" })
    local resp, err = tr:request{ method = "GET", url = tls .. "/json", sni = "wrong.example" }
    t.eq(nil, resp)
    t.typed(err, "network", "ETLS")
    t.match(err.message, "wrong%.example")
  end)

  t.it("verify = false accepts the wrong name (separate pool)", function()
    local resp, err = transport.new():request{ method = "GET", url = tls .. "/json", sni = "wrong.example",
      verify = false }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
  end)

  t.it("a certificate from an untrusted CA gives kind network, never a raise (x5)", function()
    -- x5: lua-resty-core 0.1.25 raises "assertion failed!" on some verify failures.
    for i = 1, 5 do
      local tr = transport.new()
      local ok, resp, err = pcall(tr.request, tr, { method = "GET", url = rogue .. "/json",
        sni = "localhost", timeout = 3 })
      t.ok(ok, "raised on try " .. i .. ": " .. tostring(resp))
      t.eq(nil, resp)
      t.typed(err, "network", "ETLS")
      t.eq(false, err.sent)
    end
  end)

  t.it("chunked answers over TLS", function()
    local resp, err = transport.new():request{ method = "GET", url = tls .. "/chunked?n=3", sni = "localhost" }
    t.ok(resp, tostring(err))
    t.match(resp.body, '^{"parts":%["a+","b+","c+"%]}$')
  end)

  t.it("a handshake the server drops is ENETWORK (transient), not ETLS, even after a certificate failure", function()
    -- a verify failure first: lua-resty-core keeps its X509 code (21) for later
    -- failures of this worker ("21: handshake failed")
    local _, cerr = transport.new():request{ method = "GET", url = rogue .. "/json", sni = "localhost", timeout = 3 }
    t.typed(cerr, "network", "ETLS")
    for _ = 1, 2 do
      local resp, err = transport.new():request{ method = "GET", sni = "localhost", timeout = 3,
        url = "https://127.0.0.1:" .. p.hostile_port .. "/ok" }
      t.eq(nil, resp)
      t.typed(err, "network", "ENETWORK")
      t.eq(false, err.sent)
    end
  end)
end
