-- Helpers of the client specs: the canned-response server (canned_server.py).
--   local srv = ch.start_canned() -> { url = "http://127.0.0.1:N", port = N, stop = fn } | nil, reason
local _M = {}

local sh = require("spec.helpers").sh

function _M.start_canned()
  local tmp = sh("mktemp"):gsub("%s+$", "")
  local pid = sh("setsid python3 spec/support/canned_server.py > " .. tmp .. " 2>&1 & echo $!"):gsub("%s+$", "")
  for _ = 1, 200 do
    local f = io.open(tmp, "rb")
    local text = f and f:read("*a") or ""
    if f then f:close() end
    local port = text:match("port: (%d+)")
    if port then
      local srv = { port = tonumber(port), url = "http://127.0.0.1:" .. port, pid = pid }
      srv.stop = function()
        os.execute("kill " .. pid .. " 2>/dev/null")
        os.remove(tmp)
      end
      return srv
    end
    sh("sleep 0.05")
  end
  os.execute("kill " .. pid .. " 2>/dev/null")
  return nil, "canned server did not start"
end

return _M
