-- Helpers of the credentials specs: temp HOME dirs, an environment table, real
-- scripts, and the loopback credentials server (spec/support/cred_server.py).
local core = require("partnercentral.core")

local _M = {}

local helpers = require("spec.helpers")
local sh = helpers.sh
_M.sh = sh

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
_M.quote = q

-- A fresh temp dir; rm() removes exactly it.
function _M.tmpdir()
  local d = sh("mktemp -d /tmp/pc-cred-XXXXXX"):gsub("%s+$", "")
  assert(d:match("^/tmp/pc%-cred%-%w+$"), "mktemp failed")
  return { path = d, rm = function() os.execute("rm -rf " .. q(d)) end }
end

function _M.write(path, text, mode)
  os.execute("mkdir -p " .. q(path:match("^(.*)/[^/]*$")))
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
  if mode then os.execute("chmod " .. mode .. " " .. q(path)) end
  return path
end

_M.read = helpers.read_file

-- getenv over a table that the test may change later. IMDS is off unless the
-- test turns it on: no spec must ever reach 169.254.169.254.
function _M.env(t)
  t = t or {}
  if t.AWS_EC2_METADATA_DISABLED == nil then t.AWS_EC2_METADATA_DISABLED = "true" end
  return function(k) return t[k] end, t
end

-- a clock the test moves
function _M.clock(start)
  local c = { t = start or 1800000000 }
  c.now = function() return c.t end
  return c
end

function _M.iso(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t) end

-- script: default spec/support/cred_server.py (sso_server.py and sts_server.py
-- have the same control routes: spec/support/loopback.py control)
function _M.start_server(script)
  local srv, err = require("spec.support.client_helpers").start_server(script or "spec/support/cred_server.py")
  if not srv then return nil, err end
  srv.h = core.http_new()
  function srv.ctl(path, body)
    local st, _, b = srv.h:request{ method = body and "POST" or "GET", url = srv.url .. "/_ctl/" .. path,
      body = body and core.json_encode(body) or nil }
    assert(st == 200, "control call failed")
    return core.json_decode(b)
  end
  function srv.set(t) return srv.ctl("set", t) end
  function srv.reset() return srv.ctl("reset", {}) end
  function srv.log() return srv.ctl("log") end
  local stop = srv.stop
  function srv.stop()
    srv.h:close()
    stop()
  end
  return srv
end

-- the secret-looking strings no message may contain
_M.SECRETS = { "SERVERSECRET", "SERVERTOKEN", "FILESECRET", "PROCSECRET", "ENVSECRET", "STDERRSECRET",
  "STSSECRET", "STSTOKEN", "WEBIDTOKEN" }

function _M.no_secret(s)
  s = tostring(s)
  for _, x in ipairs(_M.SECRETS) do
    if s:find(x, 1, true) then return false end
  end
  return true
end

return _M
