-- ngxt_phases: SDK calls from phases without cosockets (init, init_worker, set,
-- header_filter, log). Each hook records what the call returned; phase_t.lua
-- asserts the typed UnsupportedPhase error. The records are plain strings so
-- they survive the fork (init) and the shared dict:
--   "err|<kind>|<code>|<message>|sleep:<code or slept or raised>" | "ok|..." | "raised|..."
local params = require("ngxt_params")

local _M = { results = {} }

local function sleep_rec(sleep)
  local sok, _, serr = pcall(sleep, 0.001)
  return "|sleep:" .. (sok and (serr and serr.code or "slept") or "raised")
end

-- The ngx transport directly.
local function attempt()
  local t = require("partnercentral.transport.ngx").new()
  local ok, resp, err = pcall(t.request, t, { method = "GET",
    url = "http://127.0.0.1:" .. params.up_port .. "/json", timeout = 1 })
  local rec
  if not ok then
    rec = "raised|" .. tostring(resp)
  elseif resp then
    rec = "ok|" .. tostring(resp.status)
  else
    rec = "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|" .. tostring(err.message)
  end
  return rec .. sleep_rec(t.sleep)
end

-- The same through the SDK client with its automatic transport choice: inside
-- nginx that is the ngx transport in every phase, so the call ends in the typed
-- phase error, not in a blocking libcurl call or a raise. The client's retry
-- sleep is checked the same way.
local function attempt_client()
  local sdk = require("ngxt_sdk")
  local pc, reason = sdk.ready()
  if not pc then return "raised|SDK not usable: " .. reason end
  local account
  local ok, res, err = pcall(function()
    account = assert(sdk.new("account", { region = "us-east-1" }))
    return account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  end)
  if not ok then return "raised|" .. tostring(res) end
  if res then return "ok|" end
  return "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|" .. tostring(err.message)
    .. sleep_rec(account.sleep)
end

-- The client with credentials that need a fetch (container endpoint, as on
-- ECS/EKS): the phase error must come before the fetch, which would block the
-- worker (libcurl) where cosockets are disabled. The upstream counts fetches.
local function attempt_client_container()
  local sdk = require("ngxt_sdk")
  ngx.update_time()
  local t0 = ngx.now()
  local ok, res, err = pcall(function()
    local chain = require("partnercentral.credentials").chain{ providers = { "container" } }
    local account = assert(sdk.new("account", { region = "us-east-1", credentials = chain }))
    return account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
  end)
  if not ok then return "raised|" .. tostring(res) end
  if res then return "ok|" end
  ngx.update_time()
  return "err|" .. tostring(err.kind) .. "|" .. tostring(err.code) .. "|"
    .. math.floor((ngx.now() - t0) * 1000) .. "|" .. tostring(err.message)
end

-- In a phase that cannot yield, a client with transport = "curl" works (it
-- blocks, as the user chose), and its sleeps must sleep too: a waiter on a
-- Sandbox profile task (IN_PROGRESS for the emulator's 2 s task delay) with
-- delay 0.2 and max_wait 0.5 polls 3 times and sleeps 0.4 s in all; ngx.sleep
-- would not sleep there. The credentials chain's default sleep likewise.
-- -> "<code>|<polls or ->|<ms>|chain:<ms>|<message>"
local function curl_waiter()
  local core = require("partnercentral.core")
  local ok, rec = pcall(function()
    if params.emulator == "" then return "raised|-|0|chain:0|the emulator is not running" end
    local account = require("partnercentral").account.new{ region = "us-east-1", endpoint = params.emulator,
      transport = "curl", credentials = { access_key = "test", secret_key = "test" }, max_attempts = 1 }
    local DETAILS = { DisplayName = "Init phase", Description = "A task started from init_by_lua.",
      WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
      PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE" },
      TranslationSourceLocale = "en-US" }
    local task, terr = account:start_profile_update_task{ Catalog = "Sandbox", Identifier = params.sandbox_partner,
      TaskDetails = DETAILS }
    if not task then return "start|-|0|chain:0|" .. tostring(terr) end
    local t0 = core.monotonic_ms()
    local done, err = account:wait_for("ProfileUpdateTaskSucceeded",
      { Catalog = "Sandbox", Identifier = params.sandbox_partner }, { delay = 0.2, max_wait = 0.5 })
    local ms = math.floor(core.monotonic_ms() - t0)
    local c0 = core.monotonic_ms()
    local sok = pcall(require("partnercentral.credentials").default_sleep, 0.2)
    local chain_ms = sok and math.floor(core.monotonic_ms() - c0) or -1
    account:close()
    return (done and "done" or tostring(err.code)) .. "|" .. tostring(err and err.message:match("after (%d+) polls")
      or "-") .. "|" .. ms .. "|chain:" .. chain_ms .. "|" .. tostring(err and err.message or "")
  end)
  return ok and rec or ("raised|-|0|chain:0|" .. tostring(rec))
end

function _M.init()
  _M.results.init = attempt()
  _M.results.client_init = attempt_client()
  _M.results.curl_waiter_init = curl_waiter()
end
function _M.init_worker()
  _M.results.init_worker = attempt()
  _M.results.client_init_worker = attempt_client()
end

-- set, log, header_filter: one request each; keep the result for phase_t.lua.
function _M.store(phase)
  ngx.shared.ngxt:set("phase:" .. phase, attempt())
  ngx.shared.ngxt:set("client:" .. phase, attempt_client())
  ngx.shared.ngxt:set("container:" .. phase, attempt_client_container())
end

return _M
