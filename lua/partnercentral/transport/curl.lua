-- partnercentral.transport.curl: the transport interface (doc/internals.md)
-- over the C core's libcurl handle. One handle per transport object, reused:
-- keep-alive connections live as long as the object.
--
--   local t = require("partnercentral.transport.curl").new{ ca_file =, proxy =, verify = }
--   local resp, err = t:request{ method = "POST", url = "https://h/", headers = {{n, v}},
--                                body = "...", timeout = 10, connect_timeout = 5 }
--   resp = { status = 200, headers = { ["x-amzn-requestid"] = "..." }, body = "..." }
-- Errors are partnercentral.errors objects: kind network (ENETWORK, ETLS),
-- timeout (ETIMEOUT), parse (ETOOBIG, EPARSE). Limits on what a server may send
-- (body, headers, 1xx answers, trailers) are core.http_limits, as in the ngx
-- transport; the handle is fork-safe (doc/reliability.md).
-- Blocking: never use it inside nginx (transport.init picks "ngx" there).
local core = require("partnercentral.core")
local errors = require("partnercentral.errors")

local setmetatable, floor, find = setmetatable, math.floor, string.find

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
    local err = errors.from_core(headers, body)
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
