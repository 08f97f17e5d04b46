-- Helpers of the client specs: the canned-response server (canned_server.py)
-- and clients of partnercentral-local.
--   local srv = ch.start_canned(tls?) -> { url = "http://127.0.0.1:N", port = N, stop = fn } | nil, reason
--     (tls = { cert = path, key = path }: HTTPS with that certificate, or the server's
--     own argument string, e.g. "0 --tls CERT KEY")
--   ch.start_hostile() -> the same for spec/support/hostile_server.py
--   ch.start_server(script, args) -> the same for any server that prints "port: N"
--     (spec/support/loopback.py; capture.lua and cred_helpers.lua start theirs here)
--   ch.emulator_client(emu, "account" | "channel", over) -> client
--   ch.record_ok(ok_ops) -> after_response hook; ch.assert_every_operation_ok(model, ok_ops, n)
local _M = {}

local sh = require("spec.helpers").sh

function _M.start_server(script, args)
  local tmp = sh("mktemp"):gsub("%s+$", "")
  local pid = sh("setsid python3 " .. script .. " " .. (args or "") .. " > " .. tmp
    .. " 2>&1 & echo $!"):gsub("%s+$", "")
  for _ = 1, 200 do
    local f = io.open(tmp, "rb")
    local text = f and f:read("*a") or ""
    if f then f:close() end
    local port = text:match("port: (%d+)")
    if port then
      local srv = { port = tonumber(port), url = ((args or ""):find("--tls", 1, true) and "https" or "http") .. "://127.0.0.1:" .. port, pid = pid }
      srv.stop = function()
        os.execute("kill " .. pid .. " 2>/dev/null")
        os.remove(tmp)
      end
      return srv
    end
    sh("sleep 0.05")
  end
  os.execute("kill " .. pid .. " 2>/dev/null")
  os.remove(tmp)
  return nil, script .. " did not start"
end

function _M.start_canned(tls)
  local args = tls
  if type(tls) == "table" then args = "--tls '" .. tls.cert .. "' '" .. tls.key .. "'" end
  return _M.start_server("spec/support/canned_server.py", args)
end
function _M.start_hostile() return _M.start_server("spec/support/hostile_server.py") end

-- A client of the emulator emu (spec.support.emulator) with the keys it was
-- started with; the fields of over replace or add constructor options. One
-- place, so that every client spec talks to the emulator the same way.
function _M.emulator_client(emu, kind, over)
  local o = { region = "us-east-1", endpoint = emu.url,
    credentials = { access_key = emu.key, secret_key = emu.secret } }
  for k, v in pairs(over or {}) do o[k] = v end
  return require("partnercentral")[kind].new(o)
end

-- The end-to-end specs prove that every operation of a model succeeded once:
-- record_ok(ok_ops) is an after_response hook noting each operation answered
-- 200, and assert_every_operation_ok checks the model has n operations and
-- none of them is missing from ok_ops (the missing ones are listed).
function _M.record_ok(ok_ops)
  return function(resp, req) if resp.status == 200 then ok_ops[req.operation] = true end end
end

function _M.assert_every_operation_ok(model, ok_ops, n)
  local luassert = require("luassert")
  local missing, count = {}, 0
  for op in pairs(model.operations) do
    count = count + 1
    if not ok_ops[op] then missing[#missing + 1] = op end
  end
  table.sort(missing)
  luassert.equal(n, count)
  luassert.same({}, missing)
end

return _M
