-- What each mode of spec/support/hostile_server.py must give, for both
-- transports: the curl one (spec/30-transport_hostile_spec.lua) and the ngx one
-- (spec/nginx/hostile_t.lua). Every call has `timeout` seconds in all; a mode
-- with deadline = true can only end at that deadline, the others must end at
-- once (a limit of core.http_limits, a broken framing or a closed connection).
-- Each call must end within timeout + slack seconds and raise the peak memory
-- of the process by at most memory_mb.
-- `limits`: modes that send exactly n of something (n = core.http_limits[limit]),
-- which must be accepted, while n + 1 is ETOOBIG.
return {
  limits = {
    { path = "/headers", limit = "max_header_lines" },
    { path = "/interim", limit = "max_interim" },
    { path = "/trailers", limit = "max_trailer_lines" },
  },
  timeout = 1.5,
  slack = 1.0,
  memory_mb = 40,
  cases = {
    { path = "/drip", kind = "timeout", code = "ETIMEOUT", deadline = true },
    { path = "/slow-headers", kind = "timeout", code = "ETIMEOUT", deadline = true },
    { path = "/slow-body", kind = "timeout", code = "ETIMEOUT", deadline = true },
    { path = "/slow-chunks", kind = "timeout", code = "ETIMEOUT", deadline = true },
    { path = "/lying-long", kind = "timeout", code = "ETIMEOUT", deadline = true },
    { path = "/endless-1xx", kind = "parse", code = "ETOOBIG" },
    { path = "/endless-trailers", kind = "parse", code = "ETOOBIG" },
    { path = "/big-headers", kind = "parse", code = "ETOOBIG" },
    { path = "/long-header", kind = "parse", code = "ETOOBIG" },
    { path = "/big-body", kind = "parse", code = "ETOOBIG" },
    { path = "/big-chunked", kind = "parse", code = "ETOOBIG" },
    { path = "/big-close", kind = "parse", code = "ETOOBIG" },
    { path = "/close-mid-body", kind = "network", code = "ENETWORK" },
    { path = "/bare-cr", kind = "parse", code = "EPARSE" },
    { path = "/nul-header", kind = "parse", code = "EPARSE" },
  },
}
