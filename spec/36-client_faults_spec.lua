-- Retries over real HTTP: faults injected by partnercentral-local's control
-- endpoint (throttling, 5xx, dropped connections after the work was done,
-- delays) and a closed port. Checks attempts, the idempotency token and the
-- invocation id on every attempt, and the emulator's state afterwards.
local emulator = require("spec.support.emulator")
local client_helpers = require("spec.support.client_helpers")
local core = require("partnercentral.core")
local json = emulator.json

describe("client retries against injected faults", function()
  local emu
  local attempts          -- one entry per request that left the client
  local slept             -- delays the client slept between attempts
  local function hooks()
    return { before_send = function(req)
      local h = {}
      for _, kv in ipairs(req.headers) do h[kv[1]:lower()] = kv[2] end
      local body = core.json_decode(req.body)
      attempts[#attempts + 1] = { invocation = h["amz-sdk-invocation-id"], request = h["amz-sdk-request"],
        token = body.ClientToken or body.clientToken, attempt = req.attempt }
    end }
  end
  local function client(kind, over)
    local o = { hooks = hooks(), sleep = function(s) slept[#slept + 1] = s end }
    for k, v in pairs(over or {}) do o[k] = v end
    return client_helpers.emulator_client(emu, kind, o)
  end
  local function fault(target, spec)
    spec.target = target
    local status = emu:control("faults", json.encode(spec))
    assert.equal(200, status)
  end
  local function faults_left()
    local _, b = emu:control("faults")
    local n = 0
    for _, f in ipairs(b.faults) do n = n + f.count end
    return n
  end
  local details = emulator.partner_details
  local function task_count(id)
    local _, st = emu:control("state")
    return #st.stores.partners.by_id[id].tasks
  end
  -- every attempt carried the same token and invocation id, numbered 1..n
  local function same_ids(n)
    assert.equal(n, #attempts)
    for i, a in ipairs(attempts) do
      assert.equal(i, a.attempt)
      assert.equal(attempts[1].invocation, a.invocation)
      assert.equal(attempts[1].token, a.token)
      assert.equal(i == 1 and "attempt=1" or ("attempt=" .. i .. "; max=3"), a.request)
    end
    assert.matches("^%x+%-%x+%-4%x+%-%x+%-%x+$", attempts[1].invocation)
  end

  before_each(function() attempts, slept = {}, {} end)
  emulator.use({ control = true }, function(e) emu = e end)

  it("retries ThrottlingException twice, then succeeds: 3 attempts, one task", function()
    if not emu then return end
    local acct = client("account")
    fault("PartnerCentralAccount.StartProfileUpdateTask", { count = 2, action = "error", error = "ThrottlingException" })
    local task, meta = acct:start_profile_update_task{ Catalog = "AWS", Identifier = emu.partners.AWS, TaskDetails = details() }
    assert.is_table(task, tostring(meta))
    assert.equal(3, meta.attempts)
    assert.equal(attempts[1].invocation, meta.invocation_id)
    same_ids(3)
    assert.matches("^%x+%-%x+%-4%x+%-%x+%-%x+$", attempts[1].token)   -- filled in, a UUID
    assert.equal(1, task_count(emu.partners.AWS))
    -- full jitter: [0,1) then [0,2) seconds
    assert.equal(2, #slept)
    assert.is_true(slept[1] >= 0 and slept[1] < 1)
    assert.is_true(slept[2] >= 0 and slept[2] < 2)
    acct:close()
  end)

  it("retries a connection dropped after the work was done with the same ClientToken", function()
    if not emu then return end
    local acct = client("account")
    fault("PartnerCentralAccount.StartProfileUpdateTask", { count = 1, action = "drop_after" })
    local task, meta = acct:start_profile_update_task{ Catalog = "AWS", Identifier = emu.partners.AWS, TaskDetails = details() }
    assert.is_table(task, tostring(meta))
    assert.equal(2, meta.attempts)
    same_ids(2)
    assert.equal(1, task_count(emu.partners.AWS))   -- the retry found the first task, not a new one
    local _, st = emu:control("state")
    assert.equal(1, st.idempotency_keys)
    -- Channel too: one program management account
    local ch = client("channel")
    fault("PartnerCentralChannel.CreateProgramManagementAccount", { count = 1, action = "drop_after" })
    attempts = {}
    local created, cmeta = ch:create_program_management_account{ catalog = "AWS", program = "SOLUTION_PROVIDER",
      displayName = "Dropped", accountId = "123456789012" }
    assert.is_table(created, tostring(cmeta))
    assert.equal(2, cmeta.attempts)
    same_ids(2)
    assert.equal(1, #assert(ch:list_program_management_accounts{ catalog = "AWS" }).items)
    acct:close() ch:close()
  end)

  it("gives up after 3 attempts with a typed error carrying attempts = 3", function()
    if not emu then return end
    local acct = client("account")
    fault("PartnerCentralAccount.GetPartner", { count = 5, action = "status", status = 503 })
    local res, err = acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS }
    assert.is_nil(res)
    assert.equal("service", err.kind)
    assert.equal(503, err.status)
    assert.equal(3, err.attempts)
    assert.equal("GetPartner", err.operation)
    assert.matches("3 attempts", tostring(err))
    assert.equal(2, faults_left())          -- exactly 3 requests reached the server
    assert.equal(2, #slept)
    same_ids(3)
    -- throttling exhausted the same way
    emu:control("reset", "{}")
    fault("PartnerCentralAccount.GetPartner", { count = 3, action = "error", error = "ThrottlingException" })
    local _, terr = acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS }
    assert.equal("ThrottlingException", terr.code)
    assert.equal(3, terr.attempts)
    acct:close()
  end)

  it("makes one attempt with retry_mode = \"none\"", function()
    if not emu then return end
    local acct = client("account", { retry_mode = "none" })
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "error", error = "ThrottlingException" })
    local _, err = acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS }
    assert.equal("ThrottlingException", err.code)
    assert.equal(1, err.attempts)
    assert.equal(0, #slept)
    assert.equal(0, faults_left())
    assert(acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS })
    acct:close()
  end)

  it("honours a per-call max_attempts", function()
    if not emu then return end
    local acct = client("account")
    fault("PartnerCentralAccount.GetPartner", { count = 4, action = "error", error = "ThrottlingException" })
    local res, meta = acct:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { max_attempts = 5 })
    assert.is_table(res, tostring(meta))
    assert.equal(5, meta.attempts)
    assert.equal("attempt=5; max=5", attempts[5].request)
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "error", error = "ThrottlingException" })
    local _, err = acct:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { max_attempts = 1 })
    assert.equal(1, err.attempts)
    acct:close()
  end)

  it("retries only what doc/protocol.md §5.6 says", function()
    if not emu then return end
    local acct, ch = client("account"), client("channel")
    -- not retried: a conflict
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "error", error = "ConflictException" })
    local _, err = acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS }
    assert.equal("ConflictException", err.code)
    assert.equal(1, err.attempts)
    -- retried: InternalServerException (HTTP 500)
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "error", error = "InternalServerException" })
    local _, meta = assert(acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS })
    assert.equal(2, meta.attempts)
    -- ServiceQuotaExceededException: modeled retryable in Channel, not in Account
    fault("PartnerCentralAccount.StartProfileUpdateTask", { count = 1, action = "error", error = "ServiceQuotaExceededException" })
    local _, qerr = acct:start_profile_update_task{ Catalog = "AWS", Identifier = emu.partners.AWS, TaskDetails = details() }
    assert.equal("ServiceQuotaExceededException", qerr.code)
    assert.equal(1, qerr.attempts)
    -- (only where the operation lists the error: §5.2 item 3)
    fault("PartnerCentralChannel.CreateProgramManagementAccount", { count = 1, action = "error", error = "ServiceQuotaExceededException" })
    local _, cmeta = assert(ch:create_program_management_account{ catalog = "AWS", program = "SOLUTION_PROVIDER",
      displayName = "Quota PMA", accountId = "123456789012" })
    assert.equal(2, cmeta.attempts)
    fault("PartnerCentralChannel.ListProgramManagementAccounts", { count = 1, action = "error", error = "ServiceQuotaExceededException" })
    local _, lerr = ch:list_program_management_accounts{ catalog = "AWS" }
    assert.equal("ServiceQuotaExceededException", lerr.code)
    assert.equal(1, lerr.attempts)
    acct:close() ch:close()
  end)

  it("reports the retry rules' traits on the final error (Account's ThrottlingException)", function()
    if not emu then return end
    local acct = client("account")
    -- the Account model says throttling = false; the code list (§5.2) says it is
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "error", error = "ThrottlingException" })
    local _, err = acct:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { max_attempts = 1 })
    assert.equal("ThrottlingException", err.code)
    assert.is_true(err.throttling)
    assert.is_true(err.retryable)
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "error", error = "ConflictException" })
    _, err = acct:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { max_attempts = 1 })
    assert.equal("ConflictException", err.code)
    assert.is_falsy(err.retryable)
    assert.is_falsy(err.throttling)
    acct:close()
  end)

  it("maps a slow answer to a timeout error and retries it", function()
    if not emu then return end
    local acct = client("account")
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "delay", delay_ms = 1500 })
    local _, err = acct:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { timeout = 0.3, max_attempts = 1 })
    assert.equal("timeout", err.kind)
    assert.equal(1, err.attempts)
    fault("PartnerCentralAccount.GetPartner", { count = 1, action = "delay", delay_ms = 1500 })
    local res, meta = acct:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { timeout = 0.3 })
    assert.is_table(res, tostring(meta))
    assert.equal(2, meta.attempts)
    acct:close()
  end)

  it("retries a refused connection and reports a network error", function()
    if not emu then return end
    -- a port that was free a moment ago: nothing listens there
    local f = io.popen("python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])'")
    local port = f:read("*l")
    f:close()
    local acct = client("account", { endpoint = "http://127.0.0.1:" .. port })
    local _, err = acct:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS }
    assert.equal("network", err.kind)
    assert.equal(3, err.attempts)
    assert.equal(2, #slept)
    acct:close()
  end)
end)

describe("final error traits from the retry rules (canned server)", function()
  local pc_client = require("partnercentral.client")
  local model = {
    format = 1,
    metadata = { serviceId = "Echo", endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo" },
    operations = { Echo = { name = "Echo", input = "In", output = "In" } },
    shapes = { In = { type = "structure", members = {} } },
  }
  local srv
  setup(function() srv = assert(client_helpers.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)
  local function final(query, max)
    local c = pc_client.new{ model = model, region = "us-east-1", endpoint = srv.url .. "/status?" .. query,
      credentials = { access_key = "AK", secret_key = "S" }, sleep = function() end, max_attempts = max or 1 }
    local _, err = c:call("Echo", {})
    c:close()
    return err
  end
  it("marks 500/502/503/504 retryable and throttling codes throttling, even unmodeled", function()
    for _, code in ipairs{ 500, 502, 503, 504 } do
      local err = final("code=" .. code .. "&type=SomethingBroke")
      assert.equal(code, err.status)
      assert.is_true(err.retryable, tostring(code))
      assert.is_falsy(err.throttling)
    end
    for _, t in ipairs{ "ThrottlingException", "TooManyRequestsException", "SlowDown", "RequestLimitExceeded" } do
      local err = final("code=400&type=" .. t)
      assert.equal(t, err.code)
      assert.is_true(err.throttling, t)
      assert.is_true(err.retryable, t)
    end
    -- not retryable: a 429 without a known code, a 400, a 501
    for _, q in ipairs{ "code=429&type=Nope", "code=400&type=ValidationException", "code=501&type=NotImplemented" } do
      local err = final(q)
      assert.is_falsy(err.retryable, q)
      assert.is_falsy(err.throttling, q)
    end
    -- after the retries are spent, the traits are still there
    local err = final("code=503&type=SomethingBroke", 3)
    assert.equal(3, err.attempts)
    assert.is_true(err.retryable)
  end)
end)
