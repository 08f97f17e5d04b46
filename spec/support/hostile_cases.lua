-- What each mode of spec/support/hostile_server.py must give, for both
-- transports: the curl one (spec/30-transport_hostile_spec.lua) and the ngx one
-- (spec/nginx/hostile_t.lua). Every call has `timeout` seconds in all; a mode
-- with deadline = true can only end at that deadline, the others must end at
-- once (a limit of core.http_limits, a broken framing or a closed connection).
-- Each call must end within timeout + slack seconds and raise the peak memory
-- of the process by at most memory_mb.
-- `limits`: modes that send exactly n of something (n = core.http_limits[limit]),
-- which must be accepted, while n + 1 is ETOOBIG.
-- `retried`: what the retry rules make of the error (retry.classify), the same in
-- both transports: timeouts, a broken connection and a malformed answer
-- (EPROTOCOL, kind network, as the AWS SDKs' standard mode) are transient; an
-- answer past a limit is not (the same server would send it again). Every one
-- of these requests reached the server (retry.may_have_reached).
-- The memory a call takes: base = reset_peak() before it (garbage collected,
-- the peak RSS set back to the current one), peak_growth_mb(base) after it.
local M = {
  limits = {
    { path = "/headers", limit = "max_header_lines" },
    { path = "/interim", limit = "max_interim" },
    { path = "/trailers", limit = "max_trailer_lines" },
  },
  timeout = 1.5,
  slack = 1.0,
  memory_mb = 40,
  cases = {
    { path = "/drip", kind = "timeout", code = "ETIMEOUT", deadline = true, retried = true },
    { path = "/slow-headers", kind = "timeout", code = "ETIMEOUT", deadline = true, retried = true },
    { path = "/slow-body", kind = "timeout", code = "ETIMEOUT", deadline = true, retried = true },
    { path = "/slow-chunks", kind = "timeout", code = "ETIMEOUT", deadline = true, retried = true },
    { path = "/lying-long", kind = "timeout", code = "ETIMEOUT", deadline = true, retried = true },
    { path = "/endless-1xx", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/endless-trailers", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/big-headers", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/long-header", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/big-body", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/big-chunked", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/big-close", kind = "parse", code = "ETOOBIG", retried = false },
    { path = "/close-mid-body", kind = "network", code = "ENETWORK", retried = true },
    { path = "/bare-cr", kind = "network", code = "EPROTOCOL", retried = true },
    { path = "/nul-header", kind = "network", code = "EPROTOCOL", retried = true },
    { path = "/garbage", kind = "network", code = "EPROTOCOL", retried = true },
    { path = "/bad-status", kind = "network", code = "EPROTOCOL", retried = true },
    { path = "/no-colon", kind = "network", code = "EPROTOCOL", retried = true },
    { path = "/bad-chunk", kind = "network", code = "EPROTOCOL", retried = true },
  },
}

local function status_kb(field)
  local f = assert(io.open("/proc/self/status", "rb"))
  local text = f:read("*a")
  f:close()
  return tonumber(text:match(field .. ":%s*(%d+)"))
end

-- -> the RSS now (kB); Linux: writing 5 to clear_refs sets VmHWM back to the current RSS
function M.reset_peak()
  collectgarbage()
  collectgarbage()
  local f = io.open("/proc/self/clear_refs", "wb")
  if f then f:write("5") f:close() end
  return status_kb("VmRSS")
end

-- how far the peak RSS rose above base since reset_peak, in MB
function M.peak_growth_mb(base) return (status_kb("VmHWM") - base) / 1024 end

return M
