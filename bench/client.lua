-- bench/client.lua: CPU per call and sequential calls per second of a full
-- client call (validate + serialize + sign + HTTP + parse) against a local
-- canned-response server (spec/support/canned_server.py), compared in the
-- same run with the raw libcurl cost of the same request (core.http_new():request
-- with the very headers and body the client sent), and with the client's own
-- work alone (a transport that answers without I/O).
--   LUA_CPATH="build/lua54/?.so;;" LUA_PATH="lua/?.lua;lua/?/init.lua;;" lua5.4 bench/client.lua [N]
-- CPU is os.clock() (this process: Lua, the core, libcurl; not the server).
-- Figures only: the bench never fails. For reference (issue 5): boto3 ~0.8 ms
-- CPU per call, the JavaScript SDK ~0.58 ms, a raw HTTP client ~0.04 ms; aim < 0.06 ms.
package.path = "./?.lua;" .. package.path
local core = require("partnercentral.core")
local ch = require("spec.support.client_helpers")
local account = require("partnercentral.account")
local N = tonumber(arg and arg[1]) or 2000

local ROUNDS = 5
local srv = assert(ch.start_canned())

-- CPU microseconds per call and calls per second of one round of N calls
local function round(fn)
  local c0, t0 = os.clock(), core.monotonic_ms()
  for _ = 1, N do fn() end
  return (os.clock() - c0) * 1e6 / N, N / ((core.monotonic_ms() - t0) / 1000)
end

local runtime = rawget(_G, "jit") and jit.version or _VERSION
print(("== bench/client.lua  %s  (canned server on %s; %d rounds of %d calls, interleaved; best and median)"):format(
  runtime, srv.url, ROUNDS, N))

local input = { Catalog = "AWS" }
local function client(over)
  local o = { region = "us-east-1", endpoint = srv.url, auth_scheme = "sigv4",
    credentials = { access_key = "AKIDEXAMPLE", secret_key = "secret" } }
  for k, v in pairs(over or {}) do o[k] = v end
  return account.new(o)
end

-- the request exactly as the client sends it, for the raw baseline
local sent
local probe = client{ hooks = { before_send = function(req) sent = req end } }
assert(probe:get_connection_preferences(input))
probe:close()
local h = core.http_new()
local raw_req = { method = "POST", url = sent.url, headers = sent.headers, body = sent.body }
local acct, acct4a = client(), client{ auth_scheme = "sigv4a" }
-- the client's work without I/O: a transport that answers at once
local canned = { status = 200, headers = { ["x-amzn-requestid"] = "r" }, body = "{}" }
local offline = client{ transport = { request = function() return canned end } }
local offline4a = client{ auth_scheme = "sigv4a", transport = { request = function() return canned end } }

local cases = {
  { "raw libcurl, same request", function() assert(h:request(raw_req) == 200) end },
  { "client call, SigV4", function() assert(acct:get_connection_preferences(input)) end },
  { "client call, SigV4a", function() assert(acct4a:get_connection_preferences(input)) end },
  { "client work only (no I/O)", function() assert(offline:get_connection_preferences(input)) end },
  { "client work only, SigV4a", function() assert(offline4a:get_connection_preferences(input)) end },
}
for _, c in ipairs(cases) do
  for _ = 1, 100 do c[2]() end   -- warm up: connection, caches
  c.cpu, c.rate = {}, {}
end
for _ = 1, ROUNDS do
  for _, c in ipairs(cases) do
    local us, rate = round(c[2])
    c.cpu[#c.cpu + 1], c.rate[#c.rate + 1] = us, rate
  end
end
local res = {}
for _, c in ipairs(cases) do
  table.sort(c.cpu)
  table.sort(c.rate)
  local med = c.cpu[math.ceil(ROUNDS / 2)]
  res[c[1]] = { best = c.cpu[1], med = med }
  print(("%-28s best %6.1f us  median %6.1f us CPU/call  %7.0f calls/s (median)"):format(
    c[1], c.cpu[1], med, c.rate[math.ceil(ROUNDS / 2)]))
end
local raw = res["raw libcurl, same request"]
local v4, v4a = res["client call, SigV4"], res["client call, SigV4a"]
print(("client overhead over raw libcurl (median): %.1f us CPU/call with SigV4, %.1f us with SigV4a"):format(
  v4.med - raw.med, v4a.med - raw.med))
print(("client's own work (no I/O): %.1f us CPU/call SigV4, %.1f us SigV4a; full SigV4 call %.3f ms CPU (raw libcurl %.3f ms)"):format(
  res["client work only (no I/O)"].med, res["client work only, SigV4a"].med, v4.med / 1000, raw.med / 1000))
h:close() acct:close() acct4a:close()
srv.stop()
