-- bench/client.lua: the SDK against its floor, in one run (issue 13).
--
-- Driver (tools/run-bench runs it; needs the canned upstream of bench/nginx/lib.sh):
--   PC_BENCH_UPSTREAM=http://127.0.0.1:N PC_BENCH_DIR=build/bench lua5.4 bench/client.lua
-- It captures the request the SDK sends for StartProfileUpdateTask with the full seed
-- input (bench/seed.lua) into PC_BENCH_DIR/request.txt, then runs ROUNDS rounds; each
-- round starts, one after the other, fresh processes for:
--   floor          the C program bench/floor.c: that very request on one reused libcurl handle
--                  with its options set once; "setup": the same with the per-call work of a
--                  client with per-request options (reset, options, header list, header callback)
--   libwork        the C program bench/libwork.c: what cJSON and OpenSSL must do for the call,
--                  alone (cJSON parse of the response, SigV4's hashes): the part of the own
--                  work below that no client using these libraries can skip
--   call <rt>      a full client call (Lua 5.4 and LuaJIT, curl transport), CPU/call and
--                  calls/s; in the same process the binding's HTTP path alone
--                  (core.http_new():request with the same request)
--   work <rt>      the client's own work with no I/O (a transport object answering the
--                  captured response at once) and its stages timed alone with the core
--                  functions: validate+serialize, sign (with the time string), the per-call
--                  header/request tables, parse; "Lua glue" is the rest
--   spawn <rt>     launch of a fresh interpreter to the end of its first call (bench/spawn.lua)
--   rss <rt>       peak RSS of a process making RSS_CALLS sequential calls, next to the
--                  floor process making as many
-- Every figure is a median over the rounds; every ratio is the median of the per-round
-- ratios (a figure and its floor measured seconds apart), so that the load of a shared
-- machine cancels out as far as it can. Results go to stdout and, as "name key=value"
-- lines, to PC_BENCH_DIR/results.txt for bench/summary.lua.
-- Environment: PC_BENCH_ROUNDS (5), PC_BENCH_N (2000 calls per round), PC_BENCH_RSS_CALLS
-- (10000), PC_BENCH_SPAWNS (3 per round), PC_BUILD_ROOT (build).
-- Figures only: nothing here passes or fails.
--
-- Worker modes (the driver runs them; LUA_PATH/LUA_CPATH as tools/run-bench sets them):
--   bench/client.lua worker call N | work N | rss N | own N | own_opts N | http N | vmprof N
--                           | stage N serialize|parse|sign
local unpack = table.unpack or unpack
local signer

local DIR = os.getenv("PC_BENCH_DIR") or "build/bench"
local UPSTREAM = os.getenv("PC_BENCH_UPSTREAM")
local OP = "StartProfileUpdateTask"

local function env_num(name, default) return tonumber(os.getenv(name) or "") or default end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local function seed_input() return dofile(DIR .. "/seed_input.lua") end

local function new_client(over)
  local o = { region = "us-east-1", endpoint = UPSTREAM,
    credentials = { access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }
  for k, v in pairs(over or {}) do o[k] = v end
  return require("partnercentral").account.new(o)
end

-- Runs fn n times; CPU microseconds per run (os.clock: this process, user+sys)
-- and runs per second of wall clock.
local function time(n, fn)
  local core = require("partnercentral.core")
  local c0, t0 = os.clock(), core.monotonic_ms()
  for _ = 1, n do fn() end
  local cpu, wall = os.clock() - c0, (core.monotonic_ms() - t0) / 1000
  return cpu * 1e6 / n, n / wall
end

local function emit(name, fields)
  local parts = { name }
  for _, kv in ipairs(fields) do parts[#parts + 1] = ("%s=%s"):format(kv[1], kv[2]) end
  print(table.concat(parts, " "))
end

---------------------------------------------------------------- workers
local worker = {}

-- A full client call, then the binding's HTTP path alone, same request.
function worker.call(n)
  local core = require("partnercentral.core")
  local input = seed_input()
  local sent
  local c = new_client{ hooks = { before_send = function(req) sent = req end } }
  local function call() assert(c:start_profile_update_task(input)) end
  for _ = 1, 200 do call() end                   -- connection, model, caches, JIT
  local cpu, rate = time(n, call)
  emit("call", { { "cpu_us", ("%.2f"):format(cpu) }, { "rate", ("%.0f"):format(rate) } })
  c:close()
  local h = core.http_new()
  local raw = { method = "POST", url = sent.url, headers = sent.headers, body = sent.body }
  local function req() assert(h:request(raw) == 200) end
  for _ = 1, 200 do req() end
  cpu, rate = time(n, req)
  emit("http", { { "cpu_us", ("%.2f"):format(cpu) }, { "rate", ("%.0f"):format(rate) } })
  h:close()
end

-- The binding's HTTP path alone, n times, with the request the SDK sends (bench/icount).
function worker.http(n)
  local core = require("partnercentral.core")
  local sent
  local c = new_client{ hooks = { before_send = function(req) sent = req end } }
  assert(c:start_profile_update_task(seed_input()))
  c:close()
  local h = core.http_new()
  local raw = { method = "POST", url = sent.url, headers = sent.headers, body = sent.body }
  for _ = 1, n do assert(h:request(raw) == 200) end
  h:close()
end

-- n sequential calls and nothing else: bench/floor exec reads the peak RSS.
function worker.rss(n)
  local input = seed_input()
  local c = new_client()
  for _ = 1, n do assert(c:start_profile_update_task(input)) end
  c:close()
end

-- A client whose transport answers the captured response at once (the same
-- response table every time: building one is the transport's work, measured in
-- "http"), and the request it was last given.
local function offline_client()
  local resp = { status = 200, headers = dofile(DIR .. "/response_headers.lua"),
    body = read(DIR .. "/seed_response.json") }
  local box = {}
  local c = new_client{ transport = { request = function(_, req) box.sent = req return resp end } }
  return c, box, resp
end

-- n calls of the offline client and nothing else (bench/profile runs it).
function worker.own(n)
  local input = seed_input()
  local c = offline_client()
  for _ = 1, n do assert(c:start_profile_update_task(input)) end
end

-- The same with per-call options: one plain table (no metatable) with a
-- timeout and a header, as a caller would pass them (bench/icount own-opts).
function worker.own_opts(n)
  local input = seed_input()
  local c = offline_client()
  local copts = { timeout = 10, max_attempts = 2, headers = { { "X-Trace-Id", "bench-1" } } }
  for _ = 1, n do assert(c:start_profile_update_task(input, copts)) end
end

-- Lua-level profile of the offline client: VM instructions sampled every 7 by a
-- count hook, by function and by line (C functions are not seen: they run no VM
-- instructions). bench/profile runs it under Lua 5.4.
function worker.vmprof(n)
  local input = seed_input()
  local c = offline_client()
  for _ = 1, 100 do c:start_profile_update_task(input) end
  local by_fn, by_line, getinfo = {}, {}, debug.getinfo
  debug.sethook(function()
    local i = getinfo(2, "Sl")
    if i then
      local f = i.short_src .. ":" .. tostring(i.linedefined)
      local l = i.short_src .. ":" .. tostring(i.currentline)
      by_fn[f] = (by_fn[f] or 0) + 1
      by_line[l] = (by_line[l] or 0) + 1
    end
  end, "", 7)
  for _ = 1, n do c:start_profile_update_task(input) end
  debug.sethook()
  for _, t in ipairs{ { by_fn, "function (file:line where defined)" }, { by_line, "line" } } do
    local a, total = {}, 0
    for k, v in pairs(t[1]) do a[#a + 1] = { k, v } total = total + v end
    table.sort(a, function(x, y) return x[2] > y[2] end)
    print(("-- Lua VM instructions by %s: ~%.0f per call"):format(t[2], total * 7 / n))
    for i = 1, math.min(25, #a) do print(("%6.1f%%  %s"):format(a[i][2] * 100 / total, a[i][1])) end
  end
end

-- The signature of body as the client makes it: its signing plan (the time
-- formatted in C) over the three signed headers, the pairs it appends
-- (X-Amz-Date, Authorization) removed again for the next run, as the
-- previous figure reused the signer's request table.
signer = function(body)
  local core = require("partnercentral.core")
  local plan = core.sign_plan{ alg = "v4", method = "POST", path = "/", query = "", region = "us-east-1",
    service = "partnercentral-account" }
  local ak, sk = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
  local headers = { { "Content-Type", "application/x-amz-json-1.0" }, { "Host", "127.0.0.1" },
    { "X-Amz-Target", "PartnerCentralAccount." .. OP } }
  return function()
    assert(plan:sign(headers, body, ak, sk))
    headers[5], headers[4] = nil, nil
  end
end

-- One stage of the client's work alone, n times (bench/profile runs it under
-- perf): "serialize", "parse" or "sign" (with the time string).
function worker.stage(n, name)
  local core = require("partnercentral.core")
  local cm = core.model_compile(require("partnercentral.model").get("account"))
  local input, sopts = seed_input(), { validation = "default" }
  local body = assert(cm:serialize(OP, input, sopts))
  local resp_body = read(DIR .. "/seed_response.json")
  local sign = signer(body)
  local fns = {
    serialize = function() assert(cm:serialize(OP, input, sopts)) end,
    parse = function() assert(cm:deserialize(OP, resp_body)) end,
    sign = sign,
  }
  local fn = fns[name] or error("stage must be serialize, parse or sign")
  local cpu = time(n, fn)
  emit("stage", { { "name", name }, { "cpu_us", ("%.2f"):format(cpu) } })
end

-- The client's own work, no I/O, and its stages alone.
function worker.work(n)
  local core = require("partnercentral.core")
  local input = seed_input()
  local c, box, resp = offline_client()
  local resp_body = resp.body
  local function call() assert(c:start_profile_update_task(input)) end
  for _ = 1, 500 do call() end
  local sent = box.sent
  local total = time(n, call)

  local m = 4 * n                                 -- stages are short: more runs
  local cm = core.model_compile(require("partnercentral.model").get("account"))
  local sopts = { validation = "default" }
  local ser = time(m, function() assert(cm:serialize(OP, input, sopts)) end)
  local body = assert(cm:serialize(OP, input, sopts))
  -- the signature as the client makes it (the three signed headers, the plan)
  local sign = time(m, signer(body))
  -- per-call tables besides those: the unsigned header pairs and the transport's
  -- request, with as many fields as the client fills
  local names, values = {}, {}
  for i, hd in ipairs(sent.headers) do names[i], values[i] = hd[1], hd[2] end
  local nh = #names
  local tables = time(m, function()
    local hs = {}
    for i = 6, nh do hs[i - 5] = { names[i], values[i] } end
    local r = { method = "POST", url = "u", scheme = "http", host = "h", port = 1, path = "/", headers = hs,
      body = body, timeout = nil, connect_timeout = nil, ca_file = nil, sni = "h", operation = OP, attempt = 1 }
    return r
  end)
  local parse = time(m, function() assert(cm:deserialize(OP, resp_body)) end)
  local glue = total - ser - sign - tables - parse
  emit("work", { { "cpu_us", ("%.2f"):format(total) }, { "serialize_us", ("%.2f"):format(ser) },
    { "sign_us", ("%.2f"):format(sign) }, { "headers_us", ("%.2f"):format(tables) },
    { "parse_us", ("%.2f"):format(parse) }, { "glue_us", ("%.2f"):format(glue) } })
end

---------------------------------------------------------------- driver
local function sh_quote(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local B = os.getenv("PC_BUILD_ROOT") or "build"
local FLOOR = B .. "/lua54/bench/floor"
local LIBWORK = B .. "/lua54/bench/libwork"
local RUNTIMES = { { name = "lua54", interp = "lua5.4" }, { name = "luajit", interp = "luajit" } }

-- "ENV=... [floor exec] interp script args": the module paths of the runtime rt
local function lua_cmd(rt, exec, script, ...)
  local args = {}
  for i, a in ipairs{ ... } do args[i] = sh_quote(a) end
  return ("LUA_CPATH=%s LUA_PATH=%s %s%s %s %s"):format(sh_quote(B .. "/" .. rt.name .. "/?.so;;"),
    sh_quote("lua/?.lua;lua/?/init.lua;;"), exec and (FLOOR .. " exec ") or "", rt.interp, script,
    table.concat(args, " "))
end

-- Runs a shell command; its "name k=v ..." lines as { name = { k = number|string } }.
local function run(cmd)
  local p = assert(io.popen(cmd .. " 2>&1"))
  local out = p:read("*a")
  local ok = p:close()
  local res = {}
  for line in out:gmatch("[^\n]+") do
    local name, rest = line:match("^(%a+) ([%w_]+=.*)$")
    if name then
      local t = {}
      for k, v in rest:gmatch("([%w_]+)=(%S+)") do t[k] = tonumber(v) or v end
      res[name] = t
    end
  end
  if not ok then
    io.stderr:write("bench/client.lua: `" .. cmd .. "` failed:\n" .. out .. "\n")
    os.exit(1)
  end
  return res
end

local function median(xs)
  local s = { unpack(xs) }
  table.sort(s)
  local k = #s
  if k == 0 then return nil end
  if k % 2 == 1 then return s[(k + 1) / 2] end
  return (s[k / 2] + s[k / 2 + 1]) / 2
end

-- The request the SDK sends, for the floor; the response headers it receives,
-- for the no-I/O transport of the work worker.
local function capture()
  local sent, got
  local c = new_client{ hooks = { before_send = function(req) sent = req end,
    after_response = function(resp) got = resp end } }
  local res, err = c:start_profile_update_task(seed_input())
  c:close()
  assert(res, "the SDK call to the upstream failed: " .. tostring(err))
  local lines = { "POST " .. sent.url }
  for _, h in ipairs(sent.headers) do lines[#lines + 1] = h[1] .. ": " .. h[2] end
  write(DIR .. "/request.txt", table.concat(lines, "\n") .. "\n\n" .. sent.body)
  local hs = {}
  for k, v in pairs(got.headers) do hs[#hs + 1] = ("  [%q] = %q,"):format(k, v) end
  table.sort(hs)
  write(DIR .. "/response_headers.lua", "return {\n" .. table.concat(hs, "\n") .. "\n}\n")
  return #sent.body, #got.body, #sent.headers
end

local function driver()
  assert(UPSTREAM, "PC_BENCH_UPSTREAM (the canned upstream's URL) is not set: run make bench")
  local rounds, n = env_num("PC_BENCH_ROUNDS", 5), env_num("PC_BENCH_N", 2000)
  local rss_calls, spawns = env_num("PC_BENCH_RSS_CALLS", 10000), env_num("PC_BENCH_SPAWNS", 3)
  local rts = {}
  for _, rt in ipairs(RUNTIMES) do
    local f = io.open(B .. "/" .. rt.name .. "/partnercentral/core.so", "rb")
    if f then f:close() rts[#rts + 1] = rt end
  end
  local req_len, resp_len, nh = capture()
  local reqfile = DIR .. "/request.txt"
  print(("== bench/client.lua: %s with the full seed input (request body %d bytes, %d headers; "
    .. "response %d bytes) against %s\n   %d rounds of %d calls; RSS over %d calls; %d spawns per round")
    :format(OP, req_len, nh, resp_len, UPSTREAM, rounds, n, rss_calls, spawns))

  local S = {}   -- S[key] = { per-round values }
  local function add(key, v) S[key] = S[key] or {} table.insert(S[key], v) end
  for r = 1, rounds do
    local fl
    for _, rt in ipairs(rts) do
      -- each runtime's figures are divided by a floor measured just before them
      fl = run(("%s run %s %d"):format(FLOOR, sh_quote(reqfile), n)).floor
      add("floor.cpu_us", fl.cpu_us)
      add("floor.rate", fl.rate)
      add(rt.name .. ".floor.cpu_us", fl.cpu_us)
      -- the same with the per-call work of a client with per-request options
      local su = run(("%s setup %s %d"):format(FLOOR, sh_quote(reqfile), n)).setup
      add("setup.cpu_us", su.cpu_us)
      add("setup.rate", su.rate)
      add("setup.cpu_ratio", su.cpu_us / fl.cpu_us)
      local lw = run(("%s %s %s %d"):format(LIBWORK, sh_quote(reqfile), sh_quote(DIR .. "/seed_response.json"),
        n)).libwork
      for _, k in ipairs{ "cpu_us", "parse_us", "sign_us" } do
        add("libwork." .. k, lw[k])
        add("libwork." .. k .. "_ratio", lw[k] / fl.cpu_us)
      end
      local res = run(lua_cmd(rt, false, "bench/client.lua", "worker", "call", n))
      add(rt.name .. ".call.cpu_us", res.call.cpu_us)
      add(rt.name .. ".call.rate", res.call.rate)
      add(rt.name .. ".call.cpu_ratio", res.call.cpu_us / fl.cpu_us)
      add(rt.name .. ".call.rate_ratio", res.call.rate / fl.rate)
      add(rt.name .. ".call.cpu_ratio_setup", res.call.cpu_us / su.cpu_us)
      add(rt.name .. ".http.cpu_us", res.http.cpu_us)
      add(rt.name .. ".http.cpu_ratio", res.http.cpu_us / fl.cpu_us)
      local w = run(lua_cmd(rt, false, "bench/client.lua", "worker", "work", n)).work
      for _, k in ipairs{ "cpu_us", "serialize_us", "sign_us", "headers_us", "parse_us", "glue_us" } do
        add(rt.name .. ".work." .. k, w[k])
        add(rt.name .. ".work." .. k .. "_ratio", w[k] / fl.cpu_us)
      end
      for _ = 1, spawns do
        local sp = run(lua_cmd(rt, true, "bench/spawn.lua"))
        add(rt.name .. ".spawn.ms", sp.spawn.first_call_ms)
      end
      local rs = run(lua_cmd(rt, true, "bench/client.lua", "worker", "rss", rss_calls)).exec
      add(rt.name .. ".rss_kb", rs.maxrss_kb)
    end
    local fr = run(("%s exec %s run %s %d 0"):format(FLOOR, FLOOR, sh_quote(reqfile), rss_calls)).exec
    add("floor.rss_kb", fr.maxrss_kb)
    for _, rt in ipairs(rts) do add(rt.name .. ".rss_ratio", S[rt.name .. ".rss_kb"][r] / fr.maxrss_kb) end
    local fs = run(("%s exec %s run %s 1 0"):format(FLOOR, FLOOR, sh_quote(reqfile))).exec
    add("floor.spawn.ms", fs.wall_ms)
    local parts = {}
    for _, rt in ipairs(rts) do
      parts[#parts + 1] = ("%s: floor %.1f us, call %.1f us, own work %.1f us CPU/call"):format(rt.interp,
        S[rt.name .. ".floor.cpu_us"][r], S[rt.name .. ".call.cpu_us"][r], S[rt.name .. ".work.cpu_us"][r])
    end
    io.write(("   round %d/%d: %s\n"):format(r, rounds, table.concat(parts, "; ")))
    io.stdout:flush()
  end
  local lines = {}
  local keys = {}
  for k in pairs(S) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do
    lines[#lines + 1] = ("client %s=%s"):format(k, ("%.4g"):format(median(S[k])))
  end
  lines[#lines + 1] = ("client rss_calls=%d rounds=%d calls=%d"):format(rss_calls, rounds, n)
  local f = assert(io.open(DIR .. "/results.txt", "ab"))
  f:write(table.concat(lines, "\n") .. "\n")
  f:close()
end

if arg[1] == "worker" then
  local fn = worker[arg[2]] or error("unknown worker mode " .. tostring(arg[2]))
  fn(tonumber(arg[3]) or 2000, arg[4])
else
  driver()
end
