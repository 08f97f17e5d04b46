-- bench/summary.lua RESULTS: the table of `make bench` from the "name key=value"
-- lines bench/client.lua and bench/nginx/run wrote: each figure, its floor, the
-- ratio (median of per-round ratios) and the target of issue 13.
local path = assert(arg[1], "usage: summary.lua RESULTS")
local R = {}
for line in io.lines(path) do
  local name, rest = line:match("^(%a+) (.*)$")
  if name then
    for k, v in rest:gmatch("([%w%._]+)=(%S+)") do R[name .. "." .. k] = tonumber(v) or v end
  end
end

local rows = {}
local function row(what, value, floor, ratio, target, ok)
  rows[#rows + 1] = { what, value or "-", floor or "-", ratio and ("%.2fx"):format(ratio) or "-", target or "",
    ok == nil and "" or (ok and "yes" or "NO") }
end
local function us(v) return v and ("%.1f us"):format(v) end
local function rate(v) return v and ("%.0f/s"):format(v) end
local function mb(kb) return kb and ("%.1f MB"):format(kb / 1024) end
local function c(k) return R["client." .. k] end

local floor_cpu, floor_rate = c("floor.cpu_us"), c("floor.rate")
local RT = { { "lua54", "Lua 5.4" }, { "luajit", "LuaJIT" } }
if c("setup.cpu_us") then
  row("C: same POST, per-call setup (reset, options, headers)", us(c("setup.cpu_us")), us(floor_cpu),
    c("setup.cpu_ratio"))
end
if c("libwork.cpu_us") then
  row("C: the libraries' own work for the call, no I/O", us(c("libwork.cpu_us")), us(floor_cpu),
    c("libwork.cpu_us_ratio"))
  row("C:   cJSON parse of the response", us(c("libwork.parse_us")), us(floor_cpu), c("libwork.parse_us_ratio"))
  row("C:   SigV4 hashes (OpenSSL, key derived)", us(c("libwork.sign_us")), us(floor_cpu),
    c("libwork.sign_us_ratio"))
end
for _, rt in ipairs(RT) do
  local p, label = rt[1], rt[2]
  if c(p .. ".call.cpu_us") then
    local r = c(p .. ".call.cpu_ratio")
    row(label .. ": client call, CPU/call", us(c(p .. ".call.cpu_us")), us(floor_cpu), r, "<= 1.5x", r <= 1.5)
    r = c(p .. ".call.rate_ratio")
    row(label .. ": client call, calls/s", rate(c(p .. ".call.rate")), rate(floor_rate), r, ">= 0.7x", r >= 0.7)
    row(label .. ":   same, CPU vs the C floor with per-call setup", us(c(p .. ".call.cpu_us")),
      us(c("setup.cpu_us")), c(p .. ".call.cpu_ratio_setup"))
    row(label .. ":   binding HTTP path alone (h:request)", us(c(p .. ".http.cpu_us")), us(floor_cpu),
      c(p .. ".http.cpu_ratio"))
    r = c(p .. ".work.cpu_us_ratio")
    row(label .. ": own work, no I/O", us(c(p .. ".work.cpu_us")), us(floor_cpu), r, "<= 0.3x", r <= 0.3)
    for _, s in ipairs{ { "serialize", "validate+serialize" }, { "sign", "sign (with time string)" },
      { "headers", "header/request tables" }, { "parse", "parse" }, { "glue", "Lua glue (the rest)" } } do
      row(label .. ":   " .. s[2], us(c(p .. ".work." .. s[1] .. "_us")), us(floor_cpu),
        c(p .. ".work." .. s[1] .. "_us_ratio"))
    end
  end
end
local sign = c("lua54.work.sign_us")
if sign then row("SigV4 signature incl. time string, Lua 5.4", us(sign), nil, nil, "<= 3 us", sign <= 3) end
for _, rt in ipairs(RT) do
  local ms = c(rt[1] .. ".spawn.ms")
  if ms then
    local fs = c("floor.spawn.ms")
    local target, met
    if rt[1] == "lua54" then target, met = "<= 15 ms", ms <= 15 end
    row(rt[2] .. ": spawn to end of first call", ("%.1f ms"):format(ms), fs and ("%.1f ms"):format(fs),
      fs and ms / fs, target, met)
  end
end
for _, rt in ipairs(RT) do
  local r = c(rt[1] .. ".rss_ratio")
  if r then
    row(rt[2] .. (": peak RSS, %d calls"):format(c("rss_calls") or 0), mb(c(rt[1] .. ".rss_kb")),
      mb(c("floor.rss_kb")), r, "<= 1.2x", r <= 1.2)
  end
end
if R["nginx.ratio"] then
  row("nginx: SDK call per request, req/s", rate(R["nginx.sdk_rps"]), rate(R["nginx.proxy_rps"]), R["nginx.ratio"],
    ">= 0.5x", R["nginx.ratio"] >= 0.5)
  row("nginx:   front worker CPU/request", us(R["nginx.sdk_cpu_us"]), us(R["nginx.proxy_cpu_us"]),
    R["nginx.sdk_cpu_us"] / R["nginx.proxy_cpu_us"])
end

local head = { "measure", "value", "floor", "ratio", "target", "met" }
local w = {}
for i, h in ipairs(head) do w[i] = #h end
for _, r in ipairs(rows) do for i, v in ipairs(r) do w[i] = math.max(w[i], #v) end end
local function line(r)
  local out = {}
  for i, v in ipairs(r) do out[i] = v .. string.rep(" ", w[i] - #v) end
  return "| " .. table.concat(out, " | ") .. " |"
end
print("\n== summary (medians of the rounds; floor: the same POST from C on one reused libcurl handle,"
  .. " or plain proxy_pass in nginx)")
print(line(head))
local sep = {}
for i = 1, #head do sep[i] = string.rep("-", w[i]) end
print("|-" .. table.concat(sep, "-|-") .. "-|")
for _, r in ipairs(rows) do print(line(r)) end
