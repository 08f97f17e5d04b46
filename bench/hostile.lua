-- bench/hostile.lua: the figures of doc/reliability.md for the curl transport.
-- Each mode of spec/support/hostile_server.py once: how long the call took and
-- how much the process's peak RSS grew (VmHWM, reset before each call).
--   LUA_CPATH="build/lua54/?.so;;" LUA_PATH="lua/?.lua;lua/?/init.lua;;" lua5.4 bench/hostile.lua
-- The in-nginx figures: spec/nginx/run prints them as "# ..." notes of hostile_t.lua.
-- Figures only: the specs (spec/30-transport_hostile_spec.lua) hold the bounds.
package.path = "./?.lua;" .. package.path
local core = require("partnercentral.core")
local curl = require("partnercentral.transport.curl")
local ch = require("spec.support.client_helpers")
local hostile = require("spec.support.hostile_cases")

local srv = assert(ch.start_hostile())
local runtime = rawget(_G, "jit") and jit.version or _VERSION
print(("== bench/hostile.lua  %s  curl transport, timeout %.1f s"):format(runtime, hostile.timeout))
print(("%-20s %-10s %9s %12s"):format("mode", "error", "took (s)", "peak RSS +MB"))
local cases = {}
for _, c in ipairs(hostile.cases) do cases[#cases + 1] = { path = c.path, timeout = hostile.timeout } end
cases[#cases + 1] = { path = "/drip", timeout = 3, label = "/drip (timeout 3)" }
for _, c in ipairs(cases) do
  local t = curl.new()
  local base = hostile.reset_peak()
  local t0 = core.monotonic_ms()
  local resp, err = t:request{ method = "GET", url = srv.url .. c.path, timeout = c.timeout }
  local took = (core.monotonic_ms() - t0) / 1000
  local peak = hostile.peak_growth_mb(base)
  t:close()
  print(("%-20s %-10s %9.3f %12.1f"):format(c.label or c.path, resp and "none!" or err.code, took, peak))
end
srv.stop()
