-- The examples (examples/*.lua) run twice in a row against the same
-- emulator, as a user trying them would: configuration from the environment
-- only (AWS_ENDPOINT_URL, the test keys, AWS_REGION), under this spec's runtime.
local emulator = require("spec.support.emulator")
local helpers = require("spec.helpers")

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

describe("examples against one emulator", function()
  local emu
  setup(function() emu = emulator.start{ delay = 1 } end)
  teardown(function() if emu then emu:stop() end end)

  local function run(example, arg)
    local interp = helpers.runtime():match("^luajit") and "luajit" or "lua5.4"
    local root = os.getenv("PC_BUILD_ROOT") or "build"
    local cmd = "env -u AWS_PROFILE -u AWS_SESSION_TOKEN -u AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT"
      .. " -u AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL -u AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING"
      .. " -u AWS_ENDPOINT_URL_PARTNERCENTRAL_BENEFITS -u PC_CATALOG AWS_ENDPOINT_URL=" .. q(emu.url)
      .. " AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1"
      .. " AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null"
      .. " LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH=" .. q(root .. "/" .. helpers.runtime() .. "/?.so;;")
      .. " " .. interp .. " examples/" .. example .. (arg and (" " .. q(arg)) or "") .. " 2>&1; echo \"exit=$?\""
    local out = helpers.sh(cmd)
    assert.matches("exit=0\n$", out, example .. ":\n" .. out)
    assert.is_nil(out:find("stack traceback", 1, true), out)
    return out
  end

  it("each example succeeds on a second run against the state the first one left", function()
    assert(emu, "the emulator did not start")
    local first, second = {}, {}
    for round, outs in ipairs({ first, second }) do
      outs.task = run("start_profile_update_task.lua", emu.partners.AWS)
      outs.pma = run("update_program_management_account.lua")
      outs.list = run("list_connections.lua")
      outs.sync = run("selling_crm_sync.lua")
      outs.benefit = run("benefit_application.lua")
      assert.matches("task pprofiletask%-%w+ is SUCCEEDED", outs.task, "round " .. round)
      assert.matches("requires: UseCase, RequestedAmount", outs.benefit, 1, true)
      assert.matches("application benappl%-[0-9a-z]+ is APPROVED", outs.benefit, "round " .. round)
      assert.matches("allocation benalloc%-[0-9a-z]+ CREDITS 5000%.00 USD, expires %d%d%d%d%-", outs.benefit)
      assert.matches("stale revision %-> ConflictException", outs.pma, "round " .. round)
    end
    -- the first run creates the account, the second finds and renames it again
    assert.matches("created pma%-%w+", first.pma)
    assert.matches("revision 1 %-> 2", first.pma)
    assert.matches("found pma%-%w+", second.pma)
    assert.matches("revision 2 %-> 3", second.pma)
    -- the listing example's client tokens keep the four accounts it creates at four
    assert.matches("page 1: 2 accounts", second.list)
    local function listed(out) local n = 0 for _ in out:gmatch("Listed %d") do n = n + 1 end return n end
    assert.equal(4, listed(first.list))
    assert.equal(4, listed(second.list))
    -- the CRM sync: each run creates, updates (a stale date is a conflict), engages and
    -- waits; the second run's listing of changes finds the first run's opportunity
    for round, outs in ipairs({ first, second }) do
      local sync = outs.sync
      assert.matches("created O%d+ for crm%-", sync, "round " .. round)
      assert.matches("updated O%d+: LastModifiedDate", sync)
      assert.matches("stale update %-> ConflictException", sync)
      assert.matches("engagement task task%-%w+ COMPLETE: engagement eng%-%w+, snapshot job job%-%w+", sync)
      assert.matches("review: Approved", sync)
    end
    local created = first.sync:match("created (O%d+)")
    assert.matches("changed since .-: 0 opportunities", first.sync)
    assert.matches("changed since .-: 1 opportunities", second.sync)
    assert.truthy(second.sync:find("  " .. created .. " crm%-"), second.sync)
    -- each run of the benefit example applies anew
    assert.are_not.equal(first.benefit:match("application (benappl%-%w+)"), second.benefit:match("application (benappl%-%w+)"))
  end)
end)
