-- partnercentral.stub: unit tests of code that calls Partner Central, with no
-- network: queued answers checked against the model, expected inputs with a
-- diff when they differ, and an assertion that every queued call was made.
local pc = require("partnercentral")
local stub_mod = require("partnercentral.stub")

-- A client that cannot reach anything: no environment, no credentials, and a
-- transport that fails the test if a request is ever sent.
local function offline(kind, over)
  local o = { getenv = function() return nil end, sleep = function() end,
    transport = { request = function() error("the network was used") end } }
  for k, v in pairs(over or {}) do o[k] = v end
  return pc[kind].new(o)
end

local PARTNER = "partner-abcdefghijklm"
local DETAILS = { DisplayName = "Example", Description = "An example partner.",
  WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
  PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE" },
  TranslationSourceLocale = "en-US" }

local function task(status, extra)
  local t = { Catalog = "AWS", Arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/" .. PARTNER,
    Id = PARTNER, TaskId = "pprofiletask-abcdefghijklm", Status = status,
    StartedAt = "2025-01-01T00:00:00Z", TaskDetails = DETAILS }
  for k, v in pairs(extra or {}) do t[k] = v end
  return t
end

-- The code under test, as a plugin would hold it: update the profile and wait.
local plugin = {}
function plugin.update_profile(account, partner, name)
  local details = {}
  for k, v in pairs(DETAILS) do details[k] = v end
  details.DisplayName = name
  local started, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner, TaskDetails = details }
  if not started then return nil, err end
  local done, werr = account:wait_for("ProfileUpdateTaskSucceeded",
    { Catalog = "AWS", Identifier = partner }, { delay = 1, max_wait = 10 })
  if not done then return nil, werr end
  return { task = started.TaskId, status = done.Status, ended = done.EndedAt }
end

local function raised(f, ...)
  local ok, err = pcall(f, ...)
  assert.is_false(ok)
  return tostring(err)
end

describe("partnercentral.stub", function()
  it("runs a plugin's unit test with no network: canned answers in order, expected inputs, all calls made", function()
    local account = offline("account")
    local stub = pc.stub(account)
    stub:add_response("StartProfileUpdateTask", task("IN_PROGRESS"),
      { Catalog = "AWS", Identifier = PARTNER, TaskDetails = stub_mod.ANY })
    stub:add_response("GetProfileUpdateTask", task("IN_PROGRESS"), { Catalog = "AWS", Identifier = PARTNER })
    stub:add_response("get_profile_update_task", task("SUCCEEDED", { EndedAt = 1735689700 }))
    local res, err = plugin.update_profile(account, PARTNER, "New name")
    assert.is_table(res, tostring(err))
    assert.same({ task = "pprofiletask-abcdefghijklm", status = "SUCCEEDED", ended = 1735689700 }, res)
    assert.is_true(stub:assert_done())
    assert.equals(3, #stub.calls)
    assert.equals("New name", stub.calls[1].input.TaskDetails.DisplayName)
  end)

  it("hands back the output as the client decodes it: timestamps as numbers, a fresh table each call", function()
    local account = offline("account")
    local stub = pc.stub(account)
    stub:add_response("GetProfileUpdateTask", task("SUCCEEDED"))
    stub:add_response("GetProfileUpdateTask", task("SUCCEEDED"))
    local a, meta = account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }
    assert.equals(1735689600, a.StartedAt)
    assert.same({ request_id = "stub-1", status = 200, attempts = 1, stubbed = true }, meta)
    a.Status = "changed"
    local b = account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }
    assert.equals("SUCCEEDED", b.Status)
  end)

  it("fails a call whose input differs, with a diff path by path", function()
    local account = offline("account")
    local stub = pc.stub(account)
    stub:add_response("StartProfileUpdateTask", task("IN_PROGRESS"),
      { Catalog = "AWS", Identifier = PARTNER, ClientToken = "token-1",
        TaskDetails = { DisplayName = "Expected", Description = "An example partner.",
          WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
          PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE", "RETAIL" },
          TranslationSourceLocale = "en-US" } })
    local msg = raised(plugin.update_profile, account, PARTNER, "Actual")
    assert.matches("partnercentral%.stub: call 1 %(StartProfileUpdateTask, queued at spec/45%-stub_spec%.lua:%d+%): "
      .. "the input differs from the expected input:\n"
      .. '  ClientToken: expected "token%-1", got nothing\n'
      .. '  TaskDetails.DisplayName: expected "Expected", got "Actual"\n'
      .. '  TaskDetails.IndustrySegments%[2%]: expected "RETAIL", got nothing', msg)
    -- the failure is kept even when the code under test swallowed it
    local msg2 = raised(stub.assert_done, stub)
    assert.matches("the input differs", msg2, 1, true)
    assert.matches("queued call to StartProfileUpdateTask %(queued at spec/45%-stub_spec.lua:%d+%) was not made", msg2)
  end)

  it("fails an unexpected operation, and a call with nothing queued", function()
    local account = offline("account")
    local stub = pc.stub(account)
    stub:add_response("GetProfileUpdateTask", task("SUCCEEDED"))
    local msg = raised(function() return account:get_partner{ Catalog = "AWS", Identifier = PARTNER } end)
    assert.matches("call 1: expected GetProfileUpdateTask (queued at spec/45-stub_spec.lua:", msg, 1, true)
    assert.matches("got a call to GetPartner", msg, 1, true)
    account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }
    msg = raised(function() return account:get_partner{ Catalog = "AWS", Identifier = PARTNER } end)
    assert.matches("unexpected call 2: GetPartner, no stubbed answer is queued", msg, 1, true)
  end)

  it("takes a predicate as the expectation", function()
    local channel = offline("channel")
    local stub = pc.stub(channel)
    local function wants_revision(input)
      if input.revision ~= nil then return true end
      return false, "an update must carry the revision"
    end
    stub:add_response("UpdateProgramManagementAccount", { programManagementAccountDetail = {
      id = "pma-abcdefghijklm", arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/program-management-account/pma-abcdefghijklm",
      displayName = "x", revision = "2" } }, wants_revision)
    local msg = raised(function()
      return channel:update_program_management_account{ catalog = "AWS", identifier = "pma-abcdefghijklm", displayName = "y" }
    end)
    assert.matches("does not satisfy the expectation: an update must carry the revision", msg, 1, true)
    local res = channel:update_program_management_account{ catalog = "AWS", identifier = "pma-abcdefghijklm",
      displayName = "y", revision = "1" }
    assert.equals("2", res.programManagementAccountDetail.revision)
    -- the answer was used by the second call, the first call's failure stays on record
    local msg2 = raised(stub.assert_done, stub)
    assert.matches("does not satisfy the expectation", msg2, 1, true)
    assert.not_matches("was not made", msg2, 1, true)
  end)

  it("refuses canned output that does not fit the output shape (strict), when it is queued", function()
    local account = offline("account")
    local stub = pc.stub(account)
    local bad = task("DONE")               -- not a ProfileTaskStatus value
    bad.TaskId = nil                       -- required
    bad.Extra = 1                          -- unknown member
    local msg = raised(stub.add_response, stub, "StartProfileUpdateTask", bad)
    assert.matches("the canned output of StartProfileUpdateTask does not fit StartProfileUpdateTaskResponse:", msg, 1, true)
    assert.matches("Status: ", msg, 1, true)
    assert.matches("TaskId: required member is missing", msg, 1, true)
    assert.matches("Extra: unknown member", msg, 1, true)
    assert.matches("no operation \"Nope\"", raised(stub.add_response, stub, "Nope", {}), 1, true)
    assert.is_true(stub:assert_done())
  end)

  it("answers with modeled errors: the typed error of the service, not retried", function()
    local account = offline("account", { max_attempts = 3 })
    local stub = pc.stub(account)
    stub:add_error("GetProfileUpdateTask", { code = "ResourceNotFoundException", message = "no such task",
      fields = { Reason = "PARTNER_PROFILE_TASK_NOT_FOUND" }, status = 404 })
    stub:add_error("GetProfileUpdateTask", "ThrottlingException")
    local res, err = account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }
    assert.is_nil(res)
    assert.equals("service", err.kind)
    assert.equals("ResourceNotFoundException", err.code)
    assert.equals("no such task", err.message)
    assert.equals(404, err.status)
    assert.equals("PARTNER_PROFILE_TASK_NOT_FOUND", err.fields.Reason)
    assert.equals("stub-1", err.request_id)
    assert.is_true(err:is("ResourceNotFoundException"))
    res, err = account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }
    assert.is_nil(res)
    assert.equals("ThrottlingException", err.code)
    assert.is_true(err.retryable)
    assert.is_true(err.throttling)
    assert.equals(1, err.attempts)
    assert.is_true(stub:assert_done())
    assert.matches("ConflictException is not an error of GetPartner",
      raised(stub.add_error, stub, "GetPartner", "ConflictException"), 1, true)
    assert.matches("Reason: required member is missing",
      raised(stub.add_error, stub, "GetPartner", "ResourceNotFoundException"), 1, true)
  end)

  it("raises stubbed errors on a raise_errors client", function()
    local account = offline("account", { raise_errors = true })
    local stub = pc.stub(account)
    stub:add_error("GetPartner", { code = "AccessDeniedException", fields = { Reason = "ACCESS_DENIED" } })
    local ok, err = pcall(account.get_partner, account, { Catalog = "AWS", Identifier = PARTNER })
    assert.is_false(ok)
    assert.equals("AccessDeniedException", err.code)
  end)

  it("validates the input as a real call does, before the queue is touched", function()
    local account = offline("account")
    local stub = pc.stub(account)
    stub:add_response("GetProfileUpdateTask", task("SUCCEEDED"))
    local res, err = account:get_profile_update_task{ Catalog = 1, Identifier = PARTNER, Nope = true }
    assert.is_nil(res)
    assert.equals("validation", err.kind)
    assert.matches("Nope: unknown member", err.message, 1, true)
    assert.equals(0, #stub.calls)
    assert.matches("was not made", raised(stub.assert_done, stub), 1, true)
    assert.is_table((account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }))
    assert.is_true(stub:assert_done())
  end)

  it("serves pages to pages() and items()", function()
    local channel = offline("channel")
    local stub = pc.stub(channel)
    local function pma(n)
      return { id = "pma-abcdefghijkl" .. n, catalog = "AWS", displayName = "p" .. n, program = "SOLUTION_PROVIDER",
        arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/program-management-account/pma-abcdefghijkl" .. n,
        accountId = "123456789012", status = "ACTIVE", revision = "1",
        createdAt = "2025-01-01T00:00:00Z", updatedAt = "2025-01-01T00:00:00Z" }
    end
    stub:add_response("ListProgramManagementAccounts", { items = { pma(1), pma(2) }, nextToken = "t2" },
      { catalog = "AWS" })
    stub:add_response("ListProgramManagementAccounts", { items = { pma(3) } }, { catalog = "AWS", nextToken = "t2" })
    local names = {}
    for item, err in channel:items("ListProgramManagementAccounts", { catalog = "AWS" }) do
      assert.is_table(item, tostring(err))
      names[#names + 1] = item.displayName
    end
    assert.same({ "p1", "p2", "p3" }, names)
    stub:assert_done()
  end)

  it("deactivate() gives the client back its transport", function()
    local account = offline("account", { region = "us-east-1", endpoint = "http://127.0.0.1:9",
      credentials = { access_key = "AKID", secret_key = "SECRET" } })
    local stub = pc.stub(account)
    stub:deactivate()
    assert.matches("the network was used", raised(account.get_partner, account, { Catalog = "AWS", Identifier = PARTNER }))
    stub:activate()
    stub:add_response("GetProfileUpdateTask", task("SUCCEEDED"))
    assert.is_table((account:get_profile_update_task{ Catalog = "AWS", Identifier = PARTNER }))
    stub:assert_done()
  end)

  it("takes only a client: anything else is an argument error at pc.stub, never a raw one later", function()
    local account = offline("account", { region = "us-east-1" })
    -- a table that looks like a client (it has its model and names), the
    -- module instead of a client, and plain values
    local look_alike = { model = account.model, op_by_snake = account.op_by_snake, md = account.md }
    for _, v in ipairs{ look_alike, pc.account, require("partnercentral.client"), {}, "account", 42 } do
      assert.matches("bad argument #1 to 'stub' (a partnercentral client expected)", raised(pc.stub, v), 1, true)
      assert.matches("a partnercentral client expected", raised(stub_mod.new, v), 1, true)
    end
    assert.matches("a partnercentral client expected", raised(pc.stub))
    assert.is_table(pc.stub(account))
  end)
end)
