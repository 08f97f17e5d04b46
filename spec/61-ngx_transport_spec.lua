-- The ngx transport outside nginx: what can be checked without cosockets.
-- Inside nginx it is tested by spec/nginx/run (a real nginx, real sockets, TLS).
local transport = require("partnercentral.transport.ngx")
local ngx_phase = require("partnercentral.ngx_phase")
local errors = require("partnercentral.errors")

describe("transport.ngx outside nginx", function()
  it("request() returns a typed config error instead of raising", function()
    local resp, err = transport.new():request{ method = "GET", url = "http://127.0.0.1:1/" }
    assert.is_nil(resp)
    assert.is_true(errors.is_error(err))
    assert.equal("config", err.kind)
    assert.equal("UnsupportedPhase", err.code)
    assert.matches("curl transport", err.message)
  end)

  it("sleep() returns the same typed error", function()
    local ok, err = transport.sleep(0.01)
    assert.is_nil(ok)
    assert.equal("UnsupportedPhase", err.code)
  end)

  it("ngx_phase reports that this is not nginx", function()
    assert.is_false(ngx_phase.in_nginx())
    assert.is_nil(ngx_phase.phase())
    local ok, err = ngx_phase.check()
    assert.is_nil(ok)
    assert.equal("config", err.kind)
  end)

  it("takes its limits from the C core (core.http_limits), as the curl transport does", function()
    local limits = require("partnercentral.core").http_limits
    local t = transport.new()
    assert.equal(limits.max_body, t.max_body)
    assert.equal(limits.max_header_bytes, t.limits.max_header_bytes)
    for _, k in ipairs{ "max_header_lines", "max_interim", "max_trailer_bytes", "max_trailer_lines" } do
      assert.equal(limits[k], t.limits[k], k)
    end
    assert.equal(100, transport.new{ max_header_bytes = 100 }.limits.max_header_bytes)
  end)

  it("new() rejects unknown options and non-tables (programmer errors raise)", function()
    assert.has_error(function() transport.new{ timeout_ms = 5 } end)
    assert.has_error(function() transport.new("x") end)
    assert.equal("ngx", transport.new{ timeout = 5, pool_size = 4 }.name)
  end)

  it("parses URLs into scheme, host, port and path", function()
    local s, h, p, path = transport._parse_url("https://partnercentral-account.us-east-1.api.aws/")
    assert.same({ "https", "partnercentral-account.us-east-1.api.aws", 443, "/" }, { s, h, p, path })
    s, h, p, path = transport._parse_url("http://127.0.0.1:8080/x?y=1")
    assert.same({ "http", "127.0.0.1", 8080, "/x?y=1" }, { s, h, p, path })
    s, h, p, path = transport._parse_url("http://[::1]:9000")
    assert.same({ "http", "::1", 9000, "/" }, { s, h, p, path })
    assert.is_nil(transport._parse_url("not a url"))
  end)
end)

describe("transport selection outside nginx", function()
  local select = require("partnercentral.transport")

  it("the automatic choice is curl; ngx_usable() is false", function()
    assert.equal("curl", select.auto_name())
    assert.is_false(select.ngx_usable())
    assert.equal("curl", select.select(nil, {}).name)
  end)

  it("an option forces either transport; a forced ngx gives the typed phase error", function()
    assert.equal("curl", select.select("curl").name)
    local t = select.select("ngx", { verify = true })
    assert.equal("ngx", t.name)
    local resp, err = t:request{ method = "GET", url = "http://127.0.0.1:1/" }
    assert.is_nil(resp)
    assert.equal("UnsupportedPhase", err.code)
  end)

  it("an object with :request() is used as is; a bad name raises", function()
    local obj = { request = function() end }
    assert.equal(obj, select.select(obj))
    assert.has_error(function() select.select("http2") end)
  end)

  it("a client outside nginx sleeps with the core, not with ngx.sleep", function()
    local c = require("partnercentral").account.new{ region = "us-east-1",
      credentials = { access_key = "AKID", secret_key = "s" } }
    assert.is_function(c.sleep)
    assert.are_not.equal(transport.sleep, c.sleep)
  end)
end)

describe("ngx helpers outside nginx", function()
  it("ngx_cache.new is a typed config error without ngx.shared", function()
    local cache, err = require("partnercentral.ngx_cache").new("partnercentral_credentials")
    assert.is_nil(cache)
    assert.is_true(errors.is_error(err))
    assert.equal("config", err.kind)
  end)

  it("explain_credentials leaves errors alone outside nginx", function()
    local e = errors.new{ kind = "credentials", code = "NoCredentials", message = "no credentials found" }
    assert.equal(e, ngx_phase.explain_credentials(e))
    assert.equal("no credentials found", e.message)
    assert.equal("x", ngx_phase.explain_credentials("x"))
  end)
end)
