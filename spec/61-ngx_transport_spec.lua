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

  it("a request body that is not a string raises, as in the curl transport", function()
    for _, body in ipairs{ 5, {}, true } do
      assert.has_error(function() transport.new():request{ method = "POST", url = "http://127.0.0.1:1/", body = body } end,
        "bad argument #1 to 'request' (request.body must be a string)")
    end
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

-- The head functions the ngx transport runs on (core.http_request_head,
-- core.http_parse_head): here without sockets; inside nginx spec/nginx/run
-- meets them through the transport.
describe("core heads of the ngx transport", function()
  local core = require("partnercentral.core")
  local L = core.http_limits

  -- the request comes as pieces (cosocket send takes the table): table.concat
  -- of them is the head, then the body when one is given
  local function head_of(...)
    local pieces, len = core.http_request_head(...)
    assert.equal("table", type(pieces))
    local head = table.concat(pieces)
    local body = select(7, ...)
    if type(body) == "string" and #body > 0 then
      assert.equal(body, head:sub(-#body))
      head = head:sub(1, -#body - 1)
    end
    assert.equal(#head, len)
    return head, pieces
  end

  it("writes the request head: headers as given, Host and Content-Length added", function()
    local head = head_of("POST", "/x", { { "X-A", "1" }, { "X-N", 5 }, { "X-B", true } },
      "http", "127.0.0.1", 8080, 3)
    assert.equal("POST /x HTTP/1.1\r\nX-A: 1\r\nX-N: 5\r\nX-B: true\r\nHost: 127.0.0.1:8080\r\n"
      .. "Content-Length: 3\r\n\r\n", head)
    assert.equal("GET / HTTP/1.1\r\nHost: h\r\n\r\n", head_of("GET", "/", nil, "https", "h", 443, 0))
    -- the body given: its length, and the last piece (none when empty)
    local _, pieces = head_of("POST", "/x", nil, "http", "h", 80, "abc")
    assert.same({ "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n", "abc" }, pieces)
    _, pieces = head_of("POST", "/x", nil, "http", "h", 80, "")
    assert.same({ "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n" }, pieces)
  end)

  -- LuaJIT hashes a string of 128 bytes or more by a few of its bytes: every
  -- head of one operation, as one string, had the same hash (each new one was
  -- compared with all the earlier ones). Pieces are whole lines joined up to
  -- 127 bytes, a longer line cut.
  it("gives the head in pieces of at most 127 bytes, byte for byte", function()
    local sig = ("0123456789abcdef"):rep(4)
    local auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261203/us-east-1/partnercentral-account/"
      .. "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" .. sig
    local long = ("v"):rep(300)
    local headers = { { "Content-Type", "application/x-amz-json-1.0" }, { "X-Amz-Date", "20261203T142233Z" },
      { "Authorization", auth }, { "X-Long", long }, { "amz-sdk-request", "attempt=1" } }
    local body = ("b"):rep(942)
    local head, pieces = head_of("POST", "/", headers, "https", "partnercentral-account.us-east-1.api.aws",
      443, body)
    assert.equal("POST / HTTP/1.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
      .. "X-Amz-Date: 20261203T142233Z\r\nAuthorization: " .. auth .. "\r\nX-Long: " .. long .. "\r\n"
      .. "amz-sdk-request: attempt=1\r\nHost: partnercentral-account.us-east-1.api.aws\r\n"
      .. "Content-Length: 942\r\n\r\n", head)
    local auth_line, long_line = "Authorization: " .. auth .. "\r\n", "X-Long: " .. long .. "\r\n"
    assert.same({
      "POST / HTTP/1.1\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Date: 20261203T142233Z\r\n",
      auth_line:sub(1, 127), auth_line:sub(128),
      long_line:sub(1, 127), long_line:sub(128, 254), long_line:sub(255) .. "amz-sdk-request: attempt=1\r\n",
      "Host: partnercentral-account.us-east-1.api.aws\r\nContent-Length: 942\r\n\r\n",
      body }, pieces)
    for i = 1, #pieces - 1 do assert.is_true(#pieces[i] <= 127 and #pieces[i] > 0) end
  end)

  it("cuts a piece only where a line ends or at 127 bytes, for lines of every length", function()
    for n = 0, 400, 7 do
      local headers = { { "A", ("a"):rep(n) }, { "B", ("b"):rep((n * 3) % 260) }, { "C", "c" } }
      local head, pieces = head_of("PUT", "/p", headers, "http", "h", 80, "xyz")
      assert.equal("PUT /p HTTP/1.1\r\nA: " .. ("a"):rep(n) .. "\r\nB: " .. ("b"):rep((n * 3) % 260)
        .. "\r\nC: c\r\nHost: h\r\nContent-Length: 3\r\n\r\n", head)
      for i = 1, #pieces - 1 do
        local p = pieces[i]
        assert.is_true(#p > 0 and #p <= 127, n)
        -- a piece shorter than 127 ends a line; the next piece never starts
        -- with a line that would have fitted after it
        if #p < 127 then
          assert.equal("\n", p:sub(-1), n)
          local nxt = pieces[i + 1]
          local first_line = i + 1 < #pieces and nxt:match("^[^\n]*\n")
          if first_line then assert.is_true(#p + #first_line > 127, n) end
        end
      end
    end
  end)

  it("raises at the caller's level on CR, LF or ':' in a header, or a header that is not a pair", function()
    local function send(headers)   -- stands for the transport: the error names its caller
      local pieces = core.http_request_head("GET", "/", headers, "http", "h", 80, 0)
      return pieces
    end
    local ok, err = pcall(function() send({ { "X", "ok" }, { "X-Bad", "a\r\nb" } }) end)
    assert.is_false(ok)
    assert.matches("^spec/61%-ngx_transport_spec%.lua:%d+: bad header #2 in transport request "
      .. "%(CR, LF or ':' in a name%)", err)
    assert.has_error(function() send({ { "X:Y", "v" } }) end)
    -- a NUL would cut the written header short of what was signed
    ok, err = pcall(function() send({ { "X-Sig", "abc\0def" } }) end)
    assert.is_false(ok)
    assert.matches("bad header #1 in transport request (NUL in a name or value)", err, 1, true)
    assert.has_error(function() send({ { "X\0Y", "v" } }) end)
    assert.has_error(function() send({ "not a pair" }) end)
    assert.has_error(function() send({ { "X", {} } }) end)
  end)

  it("reads the final head: lowercased names, joined repeats, the first body byte", function()
    local text = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-Amzn-RequestId: abc\r\nSet-Cookie: a\r\n"
      .. "set-cookie: b\nContent-Length: 3\r\n\r\nxyz"
    local status, headers, version, stop = core.http_parse_head(text, L.max_header_bytes, L.max_header_lines,
      L.max_interim)
    assert.equal(200, status)
    assert.equal("1.1", version)
    assert.same({ ["x-amzn-requestid"] = "abc", ["set-cookie"] = "a, b", ["content-length"] = "3" }, headers)
    assert.equal("xyz", text:sub(stop))
  end)

  -- the first 32 names are told new without reading the table; repeats past them too
  it("joins a repeated header wherever it comes among many", function()
    local lines = {}
    for i = 1, 40 do lines[#lines + 1] = "H" .. i .. ": v" .. i .. "\r\n" end
    lines[#lines + 1] = "h35: again\r\nh1: again\r\nH40: again\r\n"
    local text = "HTTP/1.1 200 OK\r\n" .. table.concat(lines) .. "\r\n"
    local status, headers = core.http_parse_head(text, L.max_header_bytes, 100, L.max_interim)
    assert.equal(200, status)
    local n = 0
    for _ in pairs(headers) do n = n + 1 end
    assert.equal(40, n)
    assert.equal("v1, again", headers.h1)
    assert.equal("v2", headers.h2)
    assert.equal("v35, again", headers.h35)
    assert.equal("v40, again", headers.h40)
  end)

  it("says when more bytes are needed, and why a head is refused", function()
    local function p(s, bytes) return core.http_parse_head(s, bytes or L.max_header_bytes, L.max_header_lines, 1) end
    assert.same({ nil, "more" }, { p("HTTP/1.1 200 OK\r\nA: 1\r\n") })
    assert.same({ nil, "parse", "bad status line" }, { p("SMTP ready\r\n") })
    assert.same({ nil, "parse", "bare CR or NUL in a response header line" }, { p("HTTP/1.1 200 OK\r\nA: \0\r\n\r\n") })
    assert.same({ nil, "big", "response headers are over 10 bytes" }, { p("HTTP/1.1 200 OK", 10) })
    assert.same({ nil, "big", "more than 1 interim (1xx) answers" },
      { p("HTTP/1.1 100 A\r\n\r\nHTTP/1.1 102 B\r\n\r\n") })
  end)

  -- readers are kept for the next attempt: one given back starts fresh, one in
  -- use is never handed out again
  it("hands out a released reader fresh, and a reader in use to no one else", function()
    local response = require("partnercentral.transport.ngx_response")
    local a = response.new("sock-a", 10)
    a.buf, a.pos, a.got = "HTTP/1.1 200 OK\r\n", 5, 17
    local b = response.new("sock-b", 20)
    assert.are_not.equal(a, b)
    response.release(a)
    assert.is_nil(a.sock)
    local c = response.new("sock-c", 30)
    assert.equal(a, c)
    assert.same({ "sock-c", 30, "", 1, 0 }, { c.sock, c.deadline, c.buf, c.pos, c.got })
    assert.is_false(c:leftover())
    assert.are_not.equal(b, response.new("sock-d", 40))
  end)

  -- RFC 9110 section 8.6: Content-Length = 1*DIGIT; anything else is a broken
  -- answer (RFC 9112 section 6.3), never a length read another way
  it("takes only decimal digits as a Content-Length", function()
    local response = require("partnercentral.transport.ngx_response")
    local function body(cl, data)
      local r = response.new(nil, 0)
      r.buf, r.pos = data, 1
      return response.read_body(r, "GET", 1000, 200, { ["content-length"] = cl }, L)
    end
    assert.same({ "xy", true }, { body("2", "xyz") })
    assert.same({ "", true }, { body("0", "xyz") })
    for _, cl in ipairs{ "0x2", "2e0", "2.0", "+2", "-0", " 2", "0x", "2, 2", "inf", "" } do
      local b, err, kind = body(cl, "xyzxyzxyz")
      assert.is_nil(b, cl)
      assert.equal("parse", kind, cl)
      assert.matches("bad Content-Length", err, 1, true)
    end
  end)
end)
