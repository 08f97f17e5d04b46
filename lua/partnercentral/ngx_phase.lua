-- partnercentral.ngx_phase: may this nginx phase do network I/O?
--
-- Cosockets (ngx.socket.tcp) and ngx.sleep exist only in the phases that can
-- yield. Calling them elsewhere ends in "API disabled in the context of ..."
-- or, worse, "attempt to yield across a C-call boundary". The SDK checks the
-- phase first and returns a typed error that says what to do instead.
local errors = require("partnercentral.errors")

local _M = { _VERSION = require("partnercentral.version") }

-- Phases of ngx_lua 0.10.23 where cosockets and ngx.sleep are enabled.
local yieldable = {
  rewrite = true, server_rewrite = true, access = true, content = true, timer = true,
  ssl_cert = true, ssl_session_fetch = true, ssl_client_hello = true,
}
_M.yieldable = yieldable

-- True when running inside nginx's Lua module (any phase).
function _M.in_nginx()
  local n = rawget(_G, "ngx")
  return type(n) == "table" and type(n.get_phase) == "function" and type(n.socket) == "table"
end

-- Current phase name, or nil outside nginx.
function _M.phase()
  if not _M.in_nginx() then return nil end
  return ngx.get_phase()
end

-- true | nil, err (kind "config", code "UnsupportedPhase").
-- `what` names the action for the message ("network calls", "sleeping").
function _M.check(what)
  local phase = _M.phase()
  if phase == nil then
    return nil, errors.new{ kind = "config", code = "UnsupportedPhase",
      message = "the ngx transport needs nginx's Lua module (ngx.socket.tcp); "
             .. "outside nginx use the curl transport" }
  end
  if yieldable[phase] then return true end
  return nil, errors.new{ kind = "config", code = "UnsupportedPhase", phase = phase,
    message = ("cannot make %s in the %q phase of nginx: cosockets are disabled there. "
      .. "Call the SDK from a rewrite, access or content handler, or schedule it with "
      .. "ngx.timer.at(0, function(premature) ... end)"):format(what or "network calls", phase) }
end

-- Sleeps `seconds` -> true. Inside nginx, ngx.sleep where the phase can yield
-- (other requests run meanwhile); in a phase that cannot (init_by_lua, a
-- log handler...) ngx.sleep does not sleep (it returns an error), so the sleep
-- blocks there (core.sleep_ms), as the libcurl transport a client uses in
-- such a phase blocks too. Decided at each sleep: a client made in one phase
-- may sleep in another.
function _M.sleep(seconds)
  local phase = _M.phase()
  if phase and yieldable[phase] then
    ngx.sleep(seconds)
  else
    require("partnercentral.core").sleep_ms(seconds * 1000)
  end
  return true
end

-- nginx clears its workers' environment: a credentials failure inside nginx
-- most often means AWS_* variables were not passed with `env NAME;` directives.
-- Adds that hint to a "NoCredentials" error (in place) when running inside
-- nginx; returns the error. Names variables only, never values.
local ENV_HINT = " (inside nginx, workers only see environment variables listed with `env` "
  .. "directives in nginx.conf, e.g. `env AWS_ACCESS_KEY_ID; env AWS_SECRET_ACCESS_KEY; "
  .. "env AWS_SESSION_TOKEN; env AWS_REGION;`; see doc/openresty.md)"

function _M.explain_credentials(err)
  if type(err) == "table" and err.code == "NoCredentials" and _M.in_nginx()
     and type(err.message) == "string" and not err.message:find("`env", 1, true) then
    err.message = err.message .. ENV_HINT
  end
  return err
end

return _M
