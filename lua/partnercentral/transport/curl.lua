-- partnercentral.transport.curl: the transport interface (doc/internals.md)
-- over the C core's libcurl handle. One handle per transport object, reused:
-- keep-alive connections live as long as the object.
--
--   local t = require("partnercentral.transport.curl").new{ ca_file =, proxy =, verify = }
--   local resp, err = t:request{ method = "POST", url = "https://h/", headers = {{n, v}},
--                                body = "...", timeout = 10, connect_timeout = 5 }
--   resp = { status = 200, headers = { ["x-amzn-requestid"] = "..." }, body = "..." }
-- Errors are partnercentral.errors objects: kind network (ENETWORK, ETLS, EPROTOCOL
-- for a malformed answer), timeout (ETIMEOUT), parse (ETOOBIG). err.sent = false
-- when nothing left the client (see transport_error). Limits on what a server may send
-- (body, headers, 1xx answers, trailers) are core.http_limits, as in the ngx
-- transport; the handle is fork-safe (doc/reliability.md).
-- Blocking: never use it inside nginx (transport.init picks "ngx" there).
local core = require("partnercentral.core")
local errors = require("partnercentral.errors")

local setmetatable, floor, ipairs, find, lower = setmetatable, math.floor, ipairs, string.find, string.lower

local _M = { _VERSION = require("partnercentral.version"), name = "curl" }
local mt = { __index = _M }

-- opts: verify (default true), ca_file, proxy, timeout, connect_timeout (seconds), max_body
function _M.new(opts)
  opts = opts or {}
  return setmetatable({ h = core.http_new(), opts = opts }, mt)
end

local function ms(s)
  if s == nil then return nil end
  return floor(s * 1000 + 0.5)
end

local creq = {} -- reused argument table: the C side only reads it during the call

-- Failures before anything left the client, in libcurl's words (7.88): the name
-- did not resolve, the connection or the TLS handshake did not complete, or
-- the connect timeout hit. (After the connection is up curl says "Operation
-- timed out ...", and the request may have reached the server.)
local NOT_SENT = { "^Could not resolve", "^Couldn't resolve", "^Failed to connect to ",
  "^Connection timed out after ", "^Resolving timed out after ", "^TLS handshake failed" }

-- A malformed answer (status line, header line, chunk framing) is a transient
-- I/O error, as in the AWS SDKs' standard retry mode (botocore: a protocol
-- error is ConnectionClosedError): kind network, code EPROTOCOL, in both
-- transports. The core says EPARSE for a header line libcurl or its own check
-- refused, and EINVAL "URL scheme not allowed" for an answer that is not
-- HTTP/1.x at all (libcurl's CURLE_UNSUPPORTED_PROTOCOL: HTTP/0.9 or garbage)
-- when the URL was http(s); libcurl itself words bad chunk framing.
local function malformed(code, msg, url)
  if code == "EPARSE" then return (msg:gsub("^http: ", "")) end
  if code == "EINVAL" and find(msg, "URL scheme not allowed", 1, true) and find(lower(url), "^https?://") then
    return "malformed response: not an HTTP/1.x status line"
  end
  if code == "ENETWORK" and find(msg, "in chunked-encoding", 1, true) then return "malformed response: " .. msg end
  return nil
end

local function transport_error(code, msg, url)
  msg = tostring(msg)
  local bad = malformed(code, msg, tostring(url))
  if bad then return errors.new{ kind = "network", code = "EPROTOCOL", message = bad } end
  local e = errors.from_core(code, msg)
  if code == "ETLS" then
    e.sent = false
  elseif code == "ENETWORK" or code == "ETIMEOUT" then
    for _, p in ipairs(NOT_SENT) do
      if find(msg, p) then e.sent = false break end
    end
  end
  return e
end

function _M:request(req)
  local h = self.h
  if not h then error("transport is closed", 2) end
  local o = self.opts
  creq.method = req.method or "GET"
  creq.url = req.url
  creq.headers = req.headers
  creq.body = req.body
  creq.timeout_ms = ms(req.timeout or o.timeout)
  creq.connect_timeout_ms = ms(req.connect_timeout or o.connect_timeout)
  creq.max_body = req.max_body or o.max_body
  creq.ca_file = req.ca_file or o.ca_file
  local verify = req.verify
  if verify == nil then verify = o.verify end
  creq.verify = verify ~= false
  creq.proxy = req.proxy or o.proxy
  local status, headers, body = h:request(creq)
  creq.headers, creq.body = nil, nil
  if not status then
    local err = transport_error(headers, body, req.url)
    -- libcurl's words for CURLE_COULDNT_RESOLVE_HOST (the client hints at the region)
    if body and find(body, "^Could not resolve host") then err.host_not_found = true end
    return nil, err
  end
  return { status = status, headers = headers, body = body }
end

function _M:close()
  if self.h then self.h:close() self.h = nil end
end

return _M
