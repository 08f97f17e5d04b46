-- ngxt_upstream: canned answers of the upstream nginx the in-nginx tests talk to
-- (plain HTTP and TLS servers share this dispatcher). Each path shows one wire
-- shape the ngx transport must read: Content-Length, chunked, close-delimited,
-- Connection: close, slow, large, or broken answers.
local _M = {}

-- Flat JSON (strings, numbers, booleans): enough for canned answers, and no
-- dependency on lua-cjson, which Debian's nginx does not build in.
local function json(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "string" then
      v = '"' .. v:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
    else
      v = tostring(v)
    end
    out[#out + 1] = '"' .. k .. '":' .. v
  end
  return "{" .. table.concat(out, ",") .. "}"
end
_M.json = json

local function send(status, body, extra)
  ngx.status = status
  ngx.header["Content-Type"] = "application/x-amz-json-1.0"
  ngx.header["x-amzn-RequestId"] = "req-" .. ngx.var.connection .. "-" .. ngx.var.connection_requests
  for k, v in pairs(extra or {}) do ngx.header[k] = v end
  ngx.header["Content-Length"] = #body
  ngx.print(body)
end

local function arg_n(name, default)
  return tonumber(ngx.var["arg_" .. name]) or default
end

-- Write a raw response on the client socket and close it (no framing by nginx).
local function raw(text)
  local sock = assert(ngx.req.socket(true))
  sock:send(text)
  ngx.exit(444)   -- close the connection without a response from nginx
end

local routes = {}

routes["/json"] = function()
  send(200, json{ hello = "world", scheme = ngx.var.scheme })
end

routes["/echo"] = function()
  ngx.req.read_body()
  local h = ngx.req.get_headers()
  send(200, json{
    method = ngx.req.get_method(), uri = ngx.var.request_uri, body = ngx.req.get_body_data() or "",
    host = h.host or "", content_length = h["content-length"] or "", target = h["x-amz-target"] or "",
    connection = tonumber(ngx.var.connection), requests = tonumber(ngx.var.connection_requests),
    sni = ngx.var.ssl_server_name or "", protocol = ngx.var.ssl_protocol or "",
  })
end

-- The length and MD5 of the request body as received (a large one is in a file).
routes["/bodysum"] = function()
  ngx.req.read_body()
  local data = ngx.req.get_body_data()
  if not data then
    local path = ngx.req.get_body_file()
    local f = path and io.open(path, "rb")
    data = f and f:read("*a") or ""
    if f then f:close() end
  end
  send(200, json{ length = #data, md5 = ngx.md5(data), content_length = ngx.var.http_content_length or "" })
end

-- Chunked: no Content-Length and flushed pieces make nginx use chunked coding.
routes["/chunked"] = function()
  ngx.header["Content-Type"] = "application/json"
  local n = arg_n("n", 5)
  ngx.print('{"parts":[')
  ngx.flush(true)
  for i = 1, n do
    ngx.print((i > 1 and "," or "") .. '"' .. string.rep(string.char(96 + i), 1000 * i) .. '"')
    ngx.flush(true)
  end
  ngx.print("]}")
end

-- HTTP/1.0 without Content-Length: the body ends when the server closes.
routes["/close"] = function()
  raw("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nX-Shape: close-delimited\r\n\r\n"
    .. string.rep("z", 70000) .. "end")
end

routes["/garbage"] = function() raw("NOT HTTP AT ALL\r\n\r\n") end
routes["/badlength"] = function() raw("HTTP/1.1 200 OK\r\nContent-Length: 12x\r\n\r\nhello") end
routes["/badchunk"] = function()
  raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
end
routes["/truncated"] = function() raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort") end
routes["/longline"] = function() raw("HTTP/1.1 200 OK\r\nX-Long: " .. string.rep("x", 300000)) end
routes["/continue"] = function()
  raw("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
end

-- Answers the first request of a connection, then closes on the next one without
-- a word: what a client sees when a server drops an idle keep-alive connection
-- just as the client reuses it.
routes["/flaky"] = function()
  if tonumber(ngx.var.connection_requests) > 1 then return ngx.exit(444) end
  send(200, json{ connection = tonumber(ngx.var.connection) })
end

routes["/big"] = function() send(200, string.rep("b", arg_n("n", 1000))) end

routes["/delay"] = function()
  ngx.sleep(arg_n("ms", 300) / 1000)
  send(200, json{ delayed_ms = arg_n("ms", 300) })
end

routes["/status"] = function()
  local code = arg_n("code", 500)
  send(code, json{ __type = "com.amazonaws#" .. (ngx.var.arg_type or "InternalServerException"),
                   message = "canned " .. code }, { ["x-amzn-ErrorType"] = ngx.var.arg_type })
end

-- Container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI) for the two-worker
-- test: each fetch gets a new key id, so a reader can tell which fetch it holds.
-- One upstream worker: a module-level counter is exact. /creds/count reads it.
local creds_fetches = 0
routes["/creds"] = function()
  creds_fetches = creds_fetches + 1
  send(200, json{ AccessKeyId = "ASIAFETCH" .. creds_fetches, SecretAccessKey = "fetched-secret",
    Token = "fetched-token", Expiration = os.date("!%Y-%m-%dT%H:%M:%SZ", ngx.time() + 3600) })
end
routes["/creds/count"] = function() send(200, json{ fetches = creds_fetches }) end

-- /connclose: its location sets keepalive_timeout 0, so nginx adds Connection: close.
function _M.json_close() send(200, json{ closing = true }) end

function _M.dispatch()
  local f = routes[ngx.var.uri]
  if not f then return send(404, json{ message = "no route " .. ngx.var.uri }) end
  return f()
end

return _M
