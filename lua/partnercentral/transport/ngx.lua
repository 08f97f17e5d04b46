-- partnercentral.transport.ngx: HTTP/1.1 over nginx cosockets (OpenResty).
--
-- Why its own client: libcurl blocks the nginx worker (every request on it
-- stalls), and lua-resty-http is not packaged in Debian. This is a small
-- client for what the SDK needs: one request, one response, keep-alive.
--
--   local t = require("partnercentral.transport.ngx").new{ pool_size = 32 }
--   local resp, err = t:request{ method = "POST", url = "https://h/", headers = {{n, v}},
--                                body = "...", timeout = 10 }
--   resp = { status = 200, headers = { ["x-amzn-requestid"] = "..." }, body = "..." }
--
-- Interface: doc/internals.md "Transport interface". Errors are partnercentral.errors
-- objects of kind network (ENETWORK, ETLS), timeout (ETIMEOUT) or parse (EPARSE, ETOOBIG),
-- plus kind config (UnsupportedPhase) when called where cosockets are disabled.
--
-- nginx setup this needs (doc/openresty.md):
--   * TLS verification uses `lua_ssl_trusted_certificate` (there is no default store), e.g.
--     /etc/ssl/certs/ca-certificates.crt, and `lua_ssl_protocols TLSv1.2 TLSv1.3;`
--     (ngx_lua 0.10.23 has no TLSv1.3 by default). A per-request ca_file cannot be
--     honoured by cosockets and is ignored.
--   * cosockets do not read /etc/hosts: host names need a `resolver` directive; IP
--     literals are connected to directly (pass the name as `sni` and in a Host header).
local errors = require("partnercentral.errors")
local phase = require("partnercentral.ngx_phase")

local type, tonumber, tostring, pcall, setmetatable = type, tonumber, tostring, pcall, setmetatable
local concat, lower, find, sub, match, fmt = table.concat, string.lower, string.find,
  string.sub, string.match, string.format
local min, max, floor = math.min, math.max, math.floor

local _M = { _VERSION = require("partnercentral.version"), name = "ngx" }
local mt = { __index = _M }

local DEFAULTS = {
  timeout = 60,                 -- seconds, whole request
  connect_timeout = 10,         -- seconds
  max_body = 64 * 1024 * 1024,  -- bytes of response body
  max_header_bytes = 64 * 1024, -- status line + headers
  keepalive_timeout = 60,       -- seconds a pooled connection may idle
  pool_size = 32,               -- connections per pool per worker
  verify = true,
}

local function fail(code, msg, extra)
  local e = errors.from_core(code, msg, extra)
  e.transport = "ngx"
  return nil, e
end

-- Map a cosocket error string to a typed error.
local function io_fail(what, err, host, port)
  local msg = fmt("%s %s:%s failed: %s", what, tostring(host), tostring(port), tostring(err))
  if err == "timeout" then return fail("ETIMEOUT", msg) end
  if find(tostring(err), "resolve", 1, true) then
    msg = msg .. " (cosockets ignore /etc/hosts and need nginx's `resolver` directive; "
      .. "see doc/openresty.md)"
  end
  return fail("ENETWORK", msg)
end

function _M.new(opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #1 to 'new' (table expected)", 2)
  end
  local self = {}
  for k, v in pairs(DEFAULTS) do self[k] = v end
  for k, v in pairs(opts or {}) do
    if DEFAULTS[k] == nil and k ~= "ca_file" and k ~= "pool_prefix" and k ~= "proxy" then
      error("bad argument #1 to 'new' (unknown option '" .. tostring(k) .. "')", 2)
    end
    self[k] = v
  end
  self.pool_prefix = self.pool_prefix or "partnercentral"
  return setmetatable(self, mt)
end

-- Sleep without blocking the worker; the retry layer uses this under nginx.
-- Outside yieldable phases it returns the typed UnsupportedPhase error.
function _M.sleep(seconds)
  local ok, err = phase.check("retry sleeps")
  if not ok then return nil, err end
  ngx.sleep(seconds)
  return true
end

-- "https://host:port/path?q" -> scheme, host, port, path (path keeps its query).
local function parse_url(url)
  local scheme, rest = match(url, "^(%a[%w+.-]*)://(.*)$")
  if not scheme then return nil end
  scheme = lower(scheme)
  local authority, path = match(rest, "^([^/?#]*)(.*)$")
  local host, port = match(authority, "^%[([^%]]+)%]:?(%d*)$")
  if not host then host, port = match(authority, "^([^:]+):?(%d*)$") end
  if not host then return nil end
  if path == "" then path = "/" end
  port = tonumber(port) or (scheme == "https" and 443 or 80)
  return scheme, host, port, path
end
_M._parse_url = parse_url

local function now()
  ngx.update_time()
  return ngx.now()
end

-- Milliseconds left before the deadline (at least 1), or nil when it has passed.
local function left_ms(deadline)
  local ms = floor((deadline - now()) * 1000)
  if ms <= 0 then return nil end
  return ms
end

local function has_crlf(s)
  return find(s, "[\r\n]") ~= nil
end

-- Serialise the request head. Programmer errors (CR/LF in a header) raise.
local function build_head(req, host, port, scheme, path)
  local lines, have_host, have_len = {}, false, false
  lines[1] = (req.method or "GET") .. " " .. path .. " HTTP/1.1"
  for i, h in ipairs(req.headers or {}) do
    local name, value = tostring(h[1]), tostring(h[2])
    if has_crlf(name) or has_crlf(value) or find(name, "[:%s]") then
      error("bad header #" .. i .. " in transport request (CR, LF or ':' in a name)", 3)
    end
    local ln = lower(name)
    if ln == "host" then have_host = true end
    if ln == "content-length" then have_len = true end
    lines[#lines + 1] = name .. ": " .. value
  end
  if not have_host then
    local default = (scheme == "https" and port == 443) or (scheme == "http" and port == 80)
    local h = find(host, ":", 1, true) and ("[" .. host .. "]") or host
    lines[#lines + 1] = "Host: " .. (default and h or (h .. ":" .. port))
  end
  local body = req.body or ""
  if not have_len and (#body > 0 or req.method == "POST" or req.method == "PUT") then
    lines[#lines + 1] = "Content-Length: " .. #body
  end
  lines[#lines + 1] = "\r\n"
  return concat(lines, "\r\n"), body
end

-- One CRLF-terminated line of at most `limit` bytes, through a receiveuntil("\r\n")
-- reader: it returns the line (maybe "") and then nil once the CRLF is consumed.
-- Unlike receive("*l"), a server cannot make it buffer an endless line.
local function read_line(reader, limit)
  local line, err = reader(limit)
  if not line then return nil, err or "closed" end
  local more, err2 = reader(1)
  if more then return nil, "line over " .. limit .. " bytes", "big" end
  if err2 then return nil, err2 end
  return line
end

-- Read the status line and headers.
-- Returns status, headers, version | nil, err, kind ("first" = nothing read yet,
-- "io", "parse", "big").
local function read_head(reader, limit)
  local used, status, version, headers = 0, nil, nil, nil
  local first = true
  repeat                                   -- skip interim 1xx answers
    local line, err, big = read_line(reader, limit)
    if big then return nil, "status line is over " .. limit .. " bytes", "big" end
    if not line then return nil, err, first and "first" or "io" end
    first = false
    used = used + #line
    local v, s = match(line, "^HTTP/(%d%.%d) (%d%d%d)")
    if not v then return nil, "bad status line", "parse" end
    version, status, headers = v, tonumber(s), {}
    while true do
      line, err, big = read_line(reader, max(1, limit - used))
      if big then return nil, "response headers are over " .. limit .. " bytes", "big" end
      if not line then return nil, err, "io" end
      if line == "" then break end
      used = used + #line + 2
      if used > limit then return nil, "response headers are over " .. limit .. " bytes", "big" end
      local name, value = match(line, "^([^:%s]+)%s*:%s*(.-)%s*$")
      if not name then return nil, "bad header line", "parse" end
      name = lower(name)
      local old = headers[name]
      headers[name] = old and (old .. ", " .. value) or value
    end
  until status >= 200 or status == 101
  return status, headers, version
end

-- Body readers: each returns body | nil, err, kind ("io"|"parse"|"big").
local function read_length(sock, n, limit)
  if n > limit then return nil, fmt("response body of %d bytes is over max_body %d", n, limit), "big" end
  if n == 0 then return "" end
  local data, err = sock:receive(n)
  if not data then return nil, err, "io" end
  return data
end

local function read_chunked(sock, reader, limit)
  local parts, total = {}, 0
  while true do
    local line, err, big = read_line(reader, 1024)
    if big then return nil, "chunk size line too long", "parse" end
    if not line then return nil, err, "io" end
    local hex = match(line, "^%s*(%x+)")
    if not hex or #hex > 12 then return nil, "bad chunk size line", "parse" end
    local size = tonumber(hex, 16)
    if size == 0 then
      repeat                               -- trailers up to the empty line
        line, err, big = read_line(reader, 8192)
        if big then return nil, "trailer line too long", "parse" end
        if not line then return nil, err, "io" end
      until line == ""
      return concat(parts)
    end
    total = total + size
    if total > limit then return nil, fmt("chunked response body is over max_body %d", limit), "big" end
    local data
    data, err = sock:receive(size)
    if not data then return nil, err, "io" end
    parts[#parts + 1] = data
    line, err, big = read_line(reader, 2)
    if big or line and line ~= "" then return nil, "missing CRLF after chunk", "parse" end
    if not line then return nil, err, "io" end
  end
end

local function read_to_close(sock, limit)
  local parts, total = {}, 0
  while true do
    local data, err = sock:receiveany(65536)
    if not data then
      if err == "closed" then return concat(parts) end
      return nil, err, "io"
    end
    total = total + #data
    if total > limit then return nil, fmt("response body is over max_body %d", limit), "big" end
    parts[#parts + 1] = data
  end
end

local function is_ip(host)
  return match(host, "^%d+%.%d+%.%d+%.%d+$") ~= nil or find(host, ":", 1, true) ~= nil
end

-- Connect (or take a pooled connection) and do the TLS handshake on new ones.
function _M:_connect(sock, c)
  local ok, err = sock:connect(c.host, c.port, { pool = c.pool })
  if not ok then return io_fail("connect to", err, c.host, c.port) end
  if c.scheme ~= "https" or (sock:getreusedtimes() or 0) > 0 then return true end
  -- lua-resty-core 0.1.25 / ngx_lua 0.10.23 mishandle a verify failure when the
  -- handshake itself completes at once (openresty/lua-resty-core#499, lua-nginx-module
  -- #2506): with reused_session=false sslhandshake() may return true and the next send
  -- says "closed"; with a session requested it may raise "assertion failed!". So ask
  -- for a session (the result is checked, never a silent true) and pcall the call.
  -- Success is a session, or nil with no message (TLS 1.3 sends tickets later).
  local okc, res, herr = pcall(sock.sslhandshake, sock, nil, c.sni, c.verify)
  if not okc or (res == nil and herr ~= nil) or res == false then
    sock:close()
    local why = okc and herr or res
    if why == "timeout" then return io_fail("TLS handshake with", why, c.host, c.port) end
    if not okc then why = "certificate verification failed (" .. tostring(why) .. ")" end
    return fail("ETLS", fmt("TLS handshake with %s:%s (SNI %s, verify %s) failed: %s",
      c.host, tostring(c.port), tostring(c.sni), tostring(c.verify), tostring(why)))
  end
  c.fresh_tls = true
  return true
end

-- One exchange on one connection. Returns resp | nil, err, retry_on_fresh_connection.
function _M:_exchange(c, head, body, deadline, connect_ms)
  local sock = ngx.socket.tcp()
  c.fresh_tls = nil
  local ms = left_ms(deadline)
  if not ms then return fail("ETIMEOUT", "request timed out before connecting") end
  sock:settimeouts(min(connect_ms, ms), ms, ms)
  local ok, err = self:_connect(sock, c)
  if not ok then return nil, err end
  local reused = (sock:getreusedtimes() or 0) > 0

  ms = left_ms(deadline)
  if not ms then sock:close() return fail("ETIMEOUT", "request timed out after connecting") end
  sock:settimeouts(ms, ms, ms)
  local sent, serr = sock:send(#body > 0 and { head, body } or head)
  if not sent then
    sock:close()
    -- A pooled connection the server closed while idle: try once more on a new one.
    if reused and serr ~= "timeout" then return nil, nil, true end
    -- A fresh TLS connection closed at once: a verify failure ngx_lua did not report.
    if c.fresh_tls and serr == "closed" then
      return fail("ETLS", fmt("TLS connection to %s:%s (SNI %s) was closed after the "
        .. "handshake: certificate verification failed", c.host, tostring(c.port), tostring(c.sni)))
    end
    return io_fail("send to", serr, c.host, c.port)
  end

  local reader = sock:receiveuntil("\r\n")
  local status, headers, version = read_head(reader, self.max_header_bytes)
  if not status then
    local herr, hkind = headers, version
    sock:close()
    if hkind == "first" and reused and herr ~= "timeout" then return nil, nil, true end
    if hkind == "parse" then return fail("EPARSE", "bad HTTP response: " .. herr) end
    if hkind == "big" then return fail("ETOOBIG", herr) end
    return io_fail("reading the response from", herr, c.host, c.port)
  end

  local resp_body, berr, bkind
  local te, cl = headers["transfer-encoding"], headers["content-length"]
  local framed = true
  if c.method == "HEAD" or status == 204 or status == 304 or status < 200 then
    resp_body = ""
  elseif te and find(lower(te), "chunked", 1, true) then
    resp_body, berr, bkind = read_chunked(sock, reader, c.max_body)
  elseif cl then
    local n = tonumber(cl)
    if not n or n < 0 or n ~= floor(n) then
      sock:close()
      return fail("EPARSE", "bad Content-Length: " .. tostring(cl))
    end
    resp_body, berr, bkind = read_length(sock, n, c.max_body)
  else
    framed = false
    resp_body, berr, bkind = read_to_close(sock, c.max_body)
  end
  if not resp_body then
    sock:close()
    if bkind == "big" then return fail("ETOOBIG", berr) end
    if bkind == "parse" then return fail("EPARSE", "bad HTTP response body: " .. berr) end
    return io_fail("reading the response body from", berr, c.host, c.port)
  end

  -- Keep the connection only when the answer was framed and the server agrees.
  local conn = lower(headers["connection"] or "")
  local keep = framed and not find(conn, "close", 1, true)
    and (version == "1.1" or find(conn, "keep-alive", 1, true) ~= nil)
  if keep then
    sock:setkeepalive(self.keepalive_timeout * 1000, self.pool_size)
  else
    sock:close()
  end
  return { status = status, headers = headers, body = resp_body, reused = reused }
end

-- t:request(req) -> resp | nil, err. See the header comment for req and resp.
function _M:request(req)
  if type(req) ~= "table" then error("bad argument #1 to 'request' (table expected)", 2) end
  local ok, perr = phase.check("network calls")
  if not ok then return nil, perr end
  if req.proxy or self.proxy then
    return nil, errors.new{ kind = "config", code = "UnsupportedOption", transport = "ngx",
      message = "the ngx transport does not support HTTP proxies; use the curl transport "
             .. "outside nginx, or reach the endpoint directly" }
  end

  local scheme, host, port, path = req.scheme, req.host, req.port, req.path
  if req.url and not (scheme and host and path) then
    local s, h, p, pa = parse_url(req.url)
    if not s then return fail("ENETWORK", "cannot parse URL " .. tostring(req.url)) end
    scheme, host, port, path = scheme or s, host or h, port or p, path or pa
  end
  if not (scheme and host and path) then
    error("bad argument #1 to 'request' (url or scheme, host and path required)", 2)
  end
  scheme = lower(scheme)
  if scheme ~= "http" and scheme ~= "https" then
    return fail("ENETWORK", "unsupported URL scheme " .. scheme)
  end
  port = tonumber(port) or (scheme == "https" and 443 or 80)
  if find(host, ":", 1, true) and sub(host, 1, 1) == "[" then host = sub(host, 2, -2) end

  local verify = req.verify
  if verify == nil then verify = self.verify end
  local sni = req.sni
  if sni == nil and scheme == "https" and not is_ip(host) then sni = host end
  local c = {
    scheme = scheme, host = host, port = port, sni = sni, verify = verify ~= false,
    method = req.method or "GET", max_body = req.max_body or self.max_body,
  }
  -- The pool key holds everything that makes a connection different: a verified
  -- TLS connection must never be handed to a request that asked for another name.
  c.pool = fmt("%s:%s:%s:%d:%s:%s", self.pool_prefix, scheme, host, port,
    sni or "", c.verify and "verify" or "noverify")

  local head, body = build_head(req, host, port, scheme, path)
  local timeout = req.timeout or self.timeout
  local connect_ms = max(1, floor((req.connect_timeout or self.connect_timeout) * 1000))
  local deadline = now() + timeout

  local resp, err, again = self:_exchange(c, head, body, deadline, connect_ms)
  if again then
    resp, err = self:_exchange(c, head, body, deadline, connect_ms)
    if not resp and not err then return fail("ENETWORK", "connection closed by the server") end
  end
  return resp, err
end

-- Pools belong to the worker, not to this object: nothing to release here.
function _M:close()
  return true
end

return _M
