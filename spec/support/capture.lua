-- The capturing loopback server (capture_server.py) from a spec:
--   local srv = capture.start() -> srv | nil, reason
--   srv.port, srv.url ("http://127.0.0.1:N"), srv:host_url(host) ("http://<host>:N")
--   srv:respond{ status =, headers = { name = value }, body = "..." }   queue an answer
--   srv:requests() -> { { method, target, headers = { {name, value}, ... },
--                         body, gunzipped (or nil), header = fn(name) }, ... }
--   srv:verify_v4(r, secret, region, service) -> true | nil, code, msg  (core.verify_v4
--     over the request exactly as it arrived)
--   srv:stop()
local core = require("partnercentral.core")
local start_server = require("spec.support.client_helpers").start_server

local _M = {}

local function control(srv, method, path, body)
  local h = core.http_new()
  local st, _, resp = h:request{ method = method, url = srv.url .. path, body = body or "",
    headers = { { "Content-Type", "application/json" } }, timeout_ms = 5000 }
  h:close()
  assert(st == 200, "capture server control " .. path .. " failed: " .. tostring(st))
  return resp
end

local methods = {}
methods.__index = methods

function methods:host_url(host) return "http://" .. host .. ":" .. self.port end

function methods:respond(r) control(self, "POST", "/_capture/respond", core.json_encode(r)) end

function methods:requests()
  local list = assert(core.json_decode(control(self, "GET", "/_capture/requests")))
  for _, r in ipairs(list) do
    r.body = core.base64_decode(r.body_b64)
    r.gunzipped = r.gunzipped_b64 ~= core.null and core.base64_decode(r.gunzipped_b64) or nil
    local hs = r.headers
    r.header = function(name)
      local found
      for _, h in ipairs(hs) do
        if h[1]:lower() == name:lower() then
          assert(found == nil, "header " .. name .. " sent twice")
          found = h[2]
        end
      end
      return found
    end
  end
  return list
end

function methods:verify_v4(r, secret, region, service)
  local path, query = r.target:match("^([^?]*)%??(.*)$")
  local cred = r.header("Authorization"):match("Credential=([^,]+)")
  return core.verify_v4({ method = r.method, path = path, query = query, headers = r.headers, body = r.body,
    access_key = cred:match("^([^/]+)"), amz_date = r.header("X-Amz-Date"), region = region,
    service = service }, secret)
end

function _M.start()
  local srv, err = start_server("spec/support/capture_server.py")
  if not srv then return nil, err end
  return setmetatable(srv, methods)   -- (srv.stop: the server's own)
end

return _M
