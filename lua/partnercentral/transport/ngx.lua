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
-- objects of kind network (ENETWORK, ETLS, EPROTOCOL), timeout (ETIMEOUT) or parse (ETOOBIG),
-- plus kind config (UnsupportedPhase) when called where cosockets are disabled. err.sent
-- = false when nothing left the client (connect, TLS handshake, no time to connect).
--
-- Bounds (doc/reliability.md): one deadline per attempt (`timeout`) covers connect,
-- TLS, send, headers and body: every socket operation gets what is left of it as
-- its timeout, and reads are single receiveany() calls (transport/ngx_response.lua),
-- so a server that drips bytes cannot stretch the call. Interim 1xx answers, header lines and bytes,
-- trailer lines and bytes, and the body have the C core's limits
-- (core.http_limits, shared with the curl transport): past one, ETOOBIG at once.
-- Lines may end in CRLF or a bare LF. A malformed answer (status line, header
-- line, a bare CR or NUL in a header or trailer line, Content-Length, chunk
-- framing) is EPROTOCOL, kind network: a transient I/O error, retried as the
-- AWS SDKs' standard mode does, and refused whole (never read as two answers).
-- Connection pools belong to the nginx worker that made them; workers are
-- forked before any cosocket exists, so no pooled connection is ever shared
-- between processes.
--
-- nginx setup this needs (doc/openresty.md):
--   * TLS verification uses `lua_ssl_trusted_certificate` (there is no default store), e.g.
--     /etc/ssl/certs/ca-certificates.crt, and `lua_ssl_protocols TLSv1.2 TLSv1.3;`
--     (ngx_lua 0.10.23 has no TLSv1.3 by default). A per-request ca_file cannot be
--     honoured by cosockets and is ignored.
--   * cosockets do not read /etc/hosts: host names need a `resolver` directive; IP
--     literals are connected to directly (pass the name as `sni` and in a Host header).
local core = require("partnercentral.core")
local errors = require("partnercentral.errors")
local phase = require("partnercentral.ngx_phase")
local response = require("partnercentral.transport.ngx_response")

local type, tonumber, tostring, pcall, setmetatable = type, tonumber, tostring, pcall, setmetatable
local lower, find, sub, match, fmt = string.lower, string.find,
  string.sub, string.match, string.format
local concat = table.concat
local min, max, floor = math.min, math.max, math.floor

local now, left_ms = response.now, response.left_ms
local request_head = core.http_request_head
local CHUNK = 65536   -- bytes per send

local _M = { _VERSION = require("partnercentral.version"), name = "ngx" }
local mt = { __index = _M }

-- The limits on what a server may send are the C core's (pc/http.h), the same
-- as the curl transport's: max_body is the JSON parser's own cap.
local LIMITS = core.http_limits

local DEFAULTS = {
  timeout = 60,                 -- seconds, whole attempt: connect, TLS, send, headers, body
  connect_timeout = 10,         -- seconds
  max_body = LIMITS.max_body,   -- bytes of response body
  max_header_bytes = LIMITS.max_header_bytes, -- status lines + headers (1xx answers included)
  keepalive_timeout = 60,       -- seconds a pooled connection may idle
  pool_size = 32,               -- connections per pool per worker
  verify = true,
}

local function fail(code, msg, extra)
  local e = errors.from_core(code, msg, extra)
  e.transport = "ngx"
  return nil, e
end

-- nothing left the client: the retry rules may repeat it (retry.may_have_reached).
-- (A fresh table each time: errors.from_core makes the error of it.)
local function unsent() return { sent = false } end
local UNSENT_STEPS = { ["connect to"] = true, ["TLS handshake with"] = true }

-- Map a cosocket error string to a typed error.
local function io_fail(what, err, host, port)
  local msg = fmt("%s %s:%s failed: %s", what, tostring(host), tostring(port), tostring(err))
  local extra = UNSENT_STEPS[what] and unsent() or nil
  if err == "timeout" then return fail("ETIMEOUT", msg, extra) end
  -- nginx's resolver: "<host> could not be resolved (3: Host not found)"
  -- (the client hints at the region); without one: "no resolver defined ..."
  if find(tostring(err), "(3: Host not found)", 1, true) then
    extra = extra or {}
    extra.host_not_found = true
    return fail("ENETWORK", msg, extra)
  end
  if find(tostring(err), "resolve", 1, true) then
    msg = msg .. " (cosockets ignore /etc/hosts and need nginx's `resolver` directive; "
      .. "see doc/openresty.md)"
  end
  return fail("ENETWORK", msg, extra)
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
  self.limits = { max_header_bytes = self.max_header_bytes, max_header_lines = LIMITS.max_header_lines,
    max_interim = LIMITS.max_interim, max_trailer_bytes = LIMITS.max_trailer_bytes,
    max_trailer_lines = LIMITS.max_trailer_lines }
  return setmetatable(self, mt)
end

-- Sleep without blocking the worker. Outside yieldable phases it returns the
-- typed UnsupportedPhase error. (The client and the credentials chain sleep
-- with ngx_phase.sleep, which blocks in such a phase instead.)
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

local function is_ip(host)
  return match(host, "^%d+%.%d+%.%d+%.%d+$") ~= nil or find(host, ":", 1, true) ~= nil
end

-- Where a request goes and how: { scheme, host, port, sni, verify, method,
-- max_body, connect_opts }, read-only once made. The last one is kept (a client
-- sends to one place): no table per request. connect_opts is sock:connect's
-- options, { pool = key }: the pool key holds everything that makes a
-- connection different (a verified TLS connection must never be handed to a
-- request that asked for another name).
local function target_of(self, scheme, host, port, sni, verify, method, max_body)
  local c = self.last_target
  if c and c.scheme == scheme and c.host == host and c.port == port and c.sni == sni
      and c.verify == verify and c.method == method and c.max_body == max_body then
    return c
  end
  local key = fmt("%s:%s:%s:%d:%s:%s", self.pool_prefix, scheme, host, port, sni or "",
    verify and "verify" or "noverify")
  c = { scheme = scheme, host = host, port = port, sni = sni, verify = verify,
    method = method, max_body = max_body, connect_opts = { pool = key } }
  self.last_target = c
  return c
end

-- What a failed handshake means. ETLS (never retried) is a certificate
-- verdict: ngx_lua reports those as "<X509 verify code>: <reason>" or
-- "certificate host mismatch" (and lua-resty-core 0.1.25 may raise instead,
-- see below). Anything else ("handshake failed", "closed", a reset) is the
-- handshake breaking off: kind network, transient; "timeout" is the deadline.
-- The code is not enough: lua-resty-core keeps it in a module-level buffer that
-- a later failure does not reset, so after one certificate failure every
-- dropped handshake of that worker reads "21: handshake failed". The reason
-- text decides: ngx_lua's own words for a broken-off handshake are never an
-- X509 verification reason (OpenSSL's X509_verify_cert_error_string).
local BROKE_OFF = { ["handshake failed"] = true, timeout = true, closed = true, ["no memory"] = true }
local function handshake_verdict(why)
  why = tostring(why)
  local reason = match(why, "^%d+: (.*)$")
  if reason then
    return reason ~= "" and not BROKE_OFF[reason] and not find(reason, "^failed to ")
  end
  return find(why, "certificate", 1, true) ~= nil
end

-- Connect (or take a pooled connection) and do the TLS handshake on new ones.
-- The handshake is bounded by the connect timeout, set to what is left.
-- -> true, reused (the connection came from the pool), fresh_tls (a handshake
-- was made) | nil, err
function _M:_connect(sock, c, deadline, connect_ms)
  local ok, err = sock:connect(c.host, c.port, c.connect_opts)
  if not ok then return io_fail("connect to", err, c.host, c.port) end
  local reused = (sock:getreusedtimes() or 0) > 0
  if c.scheme ~= "https" or reused then return true, reused, false end
  local ms = left_ms(deadline)
  if not ms then sock:close() return fail("ETIMEOUT", "request timed out before the TLS handshake", unsent()) end
  sock:settimeouts(min(connect_ms, ms), ms, ms)
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
    if okc and not handshake_verdict(why) then
      return io_fail("TLS handshake with", why, c.host, c.port)
    end
    if not okc then why = "certificate verification failed (" .. tostring(why) .. ")" end
    return fail("ETLS", fmt("TLS handshake with %s:%s (SNI %s, verify %s) failed: %s",
      c.host, tostring(c.port), tostring(c.sni), tostring(c.verify), tostring(why)), unsent())
  end
  return true, false, true
end

-- Sends the request in pieces, each with what is left of the deadline as its
-- timeout (one send of a large body would re-arm its timer at every write).
-- pieces: the request as core.http_request_head gives it, size: its bytes.
local function send_all(sock, deadline, pieces, size)
  if size <= CHUNK then
    local ms = left_ms(deadline)
    if not ms then return nil, "timeout" end
    sock:settimeout(ms)
    return sock:send(pieces)
  end
  local data, pos = concat(pieces), 1
  while pos <= #data do
    local ms = left_ms(deadline)
    if not ms then return nil, "timeout" end
    sock:settimeout(ms)
    local ok, err = sock:send(sub(data, pos, pos + CHUNK - 1))
    if not ok then return nil, err end
    pos = pos + CHUNK
  end
  return true
end

-- One exchange on one connection. Returns resp | nil, err, retry_on_fresh_connection.
-- Everything (connect, TLS, send, every read) ends by `deadline`.
function _M:_exchange(c, pieces, size, deadline, connect_ms)
  local sock = ngx.socket.tcp()
  local ms = left_ms(deadline)
  if not ms then return fail("ETIMEOUT", "request timed out before connecting", unsent()) end
  sock:settimeouts(min(connect_ms, ms), ms, ms)
  local ok, second, fresh_tls = self:_connect(sock, c, deadline, connect_ms)
  if not ok then return nil, second end -- (a failed connect's second value is its error)
  local reused = second

  local sent, serr = send_all(sock, deadline, pieces, size)
  if not sent then
    sock:close()
    -- A pooled connection the server closed while idle: try once more on a new one.
    if reused and serr ~= "timeout" then return nil, nil, true end
    -- A fresh TLS connection closed at once: a verify failure ngx_lua did not report.
    if fresh_tls and serr == "closed" then
      return fail("ETLS", fmt("TLS connection to %s:%s (SNI %s) was closed after the "
        .. "handshake: certificate verification failed", c.host, tostring(c.port), tostring(c.sni)), unsent())
    end
    return io_fail("send to", serr, c.host, c.port)
  end

  local r = response.new(sock, deadline)
  local lim = self.limits
  local status, headers, version = response.read_head(r, lim)
  if not status then
    local herr, hkind = headers, version
    sock:close()
    if hkind == "first" and reused and herr ~= "timeout" then return nil, nil, true end
    if hkind == "parse" then return fail("EPROTOCOL", "malformed response: " .. herr) end
    if hkind == "big" then return fail("ETOOBIG", herr) end
    return io_fail("reading the response from", herr, c.host, c.port)
  end

  local resp_body, framed, bkind = response.read_body(r, c.method, c.max_body, status, headers, lim)
  if not resp_body then
    sock:close()
    if bkind == "big" then return fail("ETOOBIG", framed) end
    if bkind == "parse" then return fail("EPROTOCOL", "malformed response body: " .. framed) end
    return io_fail("reading the response body from", framed, c.host, c.port)
  end

  -- Keep the connection only when the answer was framed, the server agrees, and
  -- it sent nothing past the answer (those bytes must never be read as the
  -- answer of the next request).
  local conn = lower(headers["connection"] or "")
  local keep = framed and not r:leftover() and not find(conn, "close", 1, true)
    and (version == "1.1" or find(conn, "keep-alive", 1, true) ~= nil)
  response.release(r)
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
  -- as the curl transport: a number would be taken for the body's length
  if req.body ~= nil and type(req.body) ~= "string" then
    error("bad argument #1 to 'request' (request.body must be a string)", 2)
  end
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
    if not s then return fail("ENETWORK", "cannot parse URL " .. tostring(req.url), unsent()) end
    scheme, host, port, path = scheme or s, host or h, port or p, path or pa
  end
  if not (scheme and host and path) then
    error("bad argument #1 to 'request' (url or scheme, host and path required)", 2)
  end
  scheme = lower(scheme)
  if scheme ~= "http" and scheme ~= "https" then
    return fail("ENETWORK", "unsupported URL scheme " .. scheme, unsent())
  end
  port = tonumber(port) or (scheme == "https" and 443 or 80)
  if find(host, ":", 1, true) and sub(host, 1, 1) == "[" then host = sub(host, 2, -2) end

  local verify = req.verify
  if verify == nil then verify = self.verify end
  verify = verify ~= false
  local sni = req.sni
  if sni == nil and scheme == "https" and not is_ip(host) then sni = host end
  local c = target_of(self, scheme, host, port, sni, verify, req.method or "GET",
    req.max_body or self.max_body)

  -- the head in one pass (core.http_request_head), in pieces with the body;
  -- a bad header raises there, at the level of this function's caller
  local body = req.body or ""
  local pieces, head_len = request_head(c.method, path, req.headers, scheme, host, port, body)
  local size = head_len + #body
  local timeout = req.timeout or self.timeout
  local connect_ms = max(1, floor((req.connect_timeout or self.connect_timeout) * 1000))
  local deadline = now() + timeout

  local resp, err, again = self:_exchange(c, pieces, size, deadline, connect_ms)
  if again then
    resp, err = self:_exchange(c, pieces, size, deadline, connect_ms)
    if not resp and not err then return fail("ENETWORK", "connection closed by the server") end
  end
  return resp, err
end

-- Pools belong to the worker, not to this object: nothing to release here.
function _M:close()
  return true
end

return _M
