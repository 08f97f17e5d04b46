-- bench/client.lua: sequential calls per second and CPU per call (os.clock)
-- against the canned-response server (spec/support/canned_server.py), compared
-- with the raw libcurl cost of the same request (core.http_new():request).
--   LUA_CPATH="build/lua54/?.so;;" LUA_PATH="lua/?.lua;lua/?/init.lua;;" lua5.4 bench/client.lua [N]
-- Target: full client under 0.06 ms CPU per call above... see the printed lines.
package.path = "./?.lua;" .. package.path
local core = require("partnercentral.core")
local ch = require("spec.support.client_helpers")
local N = tonumber(arg and arg[1]) or 2000

local srv = assert(ch.start_canned())
local function measure(label, fn)
  for _ = 1, 50 do fn() end -- warm up: connection, caches
  local c0, t0 = os.clock(), core.monotonic_ms()
  for _ = 1, N do fn() end
  local cpu, wall = os.clock() - c0, (core.monotonic_ms() - t0) / 1000
  print(("%-28s %8.0f calls/s  %.4f ms CPU/call  (%d calls)"):format(label, N / wall, cpu * 1000 / N, N))
  return cpu * 1000 / N
end

local h = core.http_new()
local req = { method = "POST", url = srv.url .. "/", body = '{"Catalog":"AWS"}', headers = {
  { "Content-Type", "application/x-amz-json-1.0" }, { "X-Amz-Target", "PartnerCentralAccount.GetConnectionPreferences" } } }
local raw = measure("raw libcurl", function() assert(h:request(req) == 200) end)

if core.model_compile and core.sign_v4 and core.uuid4 then
  local ok, acct = pcall(function()
    return require("partnercentral.account").new{ region = "us-east-1", endpoint = srv.url,
      auth_scheme = "sigv4", credentials = { access_key = "AKIDEXAMPLE", secret_key = "secret" } }
  end)
  if ok then
    local full = measure("client (sign+json+http)", function()
      assert(acct:get_connection_preferences{ Catalog = "AWS" })
    end)
    print(("client overhead over raw libcurl: %.4f ms CPU/call"):format(full - raw))
  else
    print("client: not measured (" .. tostring(acct) .. ")")
  end
else
  print("client: not measured (core.model_compile / sign_v4 / uuid4 not built yet)")
end
srv.stop()
