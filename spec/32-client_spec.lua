-- The generic client: names, configuration, logging, pagination logic.
-- End-to-end calls need core.model_compile and core.sign_v4 (other parts);
-- those specs are pending until the core has them.
local client = require("partnercentral.client")
local paginate = require("partnercentral.paginate")
local log = require("partnercentral.log")
local core = require("partnercentral.core")
local ch = require("spec.support.client_helpers")

local tiny = {
  format = 1,
  metadata = { serviceId = "PartnerCentral Account", endpointPrefix = "partnercentral-account",
               signingName = "partnercentral-account", targetPrefix = "PartnerCentralAccount" },
  operations = {
    StartProfileUpdateTask = { name = "StartProfileUpdateTask", input = "In", output = "Out" },
    ListConnections = { name = "ListConnections", input = "In", output = "Out" },
  },
  shapes = { In = { type = "structure", members = {} }, Out = { type = "structure", members = {} } },
  paginators = { ListConnections = { input_token = "NextToken", output_token = "NextToken",
                                     limit_key = "MaxResults", result_key = "ConnectionSummaries" } },
}

describe("client names", function()
  it("snake_cases operation names", function()
    assert.equal("start_profile_update_task", client.snake("StartProfileUpdateTask"))
    assert.equal("list_connections", client.snake("ListConnections"))
  end)
  it("exposes operations as methods and suggests the closest on a typo", function()
    local c = client.new{ model = tiny, region = "us-east-1", credentials = { access_key = "a", secret_key = "b" } }
    assert.is_function(c.start_profile_update_task)
    local ok, err = pcall(function() return c.start_profile_updte_task end)
    assert.is_false(ok)
    assert.matches("did you mean 'start_profile_update_task'", err)
    assert.has_error(function() c:call("Nope", {}) end)
  end)
  it("names the library, version and runtime in User-Agent", function()
    assert.matches("^lua%-partnercentral/0%.1%.0 lua/", client.USER_AGENT)
  end)
end)

describe("client configuration", function()
  it("takes region and endpoint from options first", function()
    local c = client.new{ model = tiny, region = "eu-west-1", endpoint = "http://127.0.0.1:9" }
    assert.equal("eu-west-1", c.region)
    assert.equal("http://127.0.0.1:9", c.endpoint_url)
  end)
  it("refuses an unknown retry mode option (a typed error of each call); legacy and adaptive run standard", function()
    local c, err = client.new{ model = tiny, retry_mode = "bogus" }
    assert.equal("InvalidOption", err.code)
    assert.equal("retry_mode", err.option)
    local res, cerr = c:start_profile_update_task({})
    assert.is_nil(res)
    assert.equal("InvalidOption", cerr.code)
    for _, m in ipairs{ "legacy", "adaptive", "standard" } do
      local cm = client.new{ model = tiny, retry_mode = m }
      assert.equal("standard", cm.retry.mode)
      assert.equal(m, cm.retry.requested_mode)
    end
  end)
end)

describe("log redaction", function()
  it("hides Authorization, security tokens and token/secret fields", function()
    local s = log.redact_headers{ { "Authorization", "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc" },
      { "X-Amz-Security-Token", "SESSION" }, { "X-Amz-Target", "A.B" } }
    assert.not_matches("Signature", s)
    assert.not_matches("SESSION", s)
    assert.matches("X%-Amz%-Target: A.B", s)
    local b = log.redact_body('{"ClientToken":"tok-1","NextToken":"n","SecretAccessKey":"sk","Catalog":"AWS"}')
    assert.not_matches("tok%-1", b)
    assert.not_matches('"sk"', b)
    assert.matches('"Catalog":"AWS"', b)
  end)
end)

describe("paginate", function()
  local function fake(pages_by_token)
    local calls = {}
    return { model = tiny, calls = calls, call = function(_, _op, input)
      calls[#calls + 1] = input.NextToken or "first"
      local p = pages_by_token[input.NextToken or "first"]
      if p == "error" then return nil, { kind = "service", code = "Boom" } end
      return p
    end }
  end
  it("follows tokens and stops on a missing or empty token", function()
    local c = fake{ first = { ConnectionSummaries = { 1, 2 }, NextToken = "t2" },
                    t2 = { ConnectionSummaries = { 3 }, NextToken = "" } }
    local got = {}
    for item in paginate.items(c, "ListConnections", {}) do got[#got + 1] = item end
    assert.same({ 1, 2, 3 }, got)
    assert.same({ "first", "t2" }, c.calls)
  end)
  it("ends with PaginationError on a repeated token", function()
    local c = fake{ first = { ConnectionSummaries = { 1 }, NextToken = "t" },
                    t = { ConnectionSummaries = { 2 }, NextToken = "t" } }
    local it = paginate.items(c, "ListConnections", {})
    assert.equal(1, it())
    assert.equal(2, it())
    local v, err = it()
    assert.is_false(v)   -- false, not nil: a `for` loop runs its body and sees err
    assert.equal("PaginationError", err.code)
  end)
  it("yields false, err on a failed page, then ends", function()
    local c = fake{ first = { ConnectionSummaries = {}, NextToken = "x" }, x = "error" }
    local it = paginate.pages(c, "ListConnections", {})
    assert.is_table(it())
    local p, err = it()
    assert.is_false(p)
    assert.equal("Boom", err.code)
    assert.is_nil((it()))
  end)
  it("raises for an operation without paginator", function()
    assert.has_error(function() paginate.pages({ model = tiny }, "StartProfileUpdateTask", {}) end)
  end)
end)

describe("client end to end (canned server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)
  it("retries 503 and returns the result with metadata", function()
    if not (core.model_compile and core.sign_v4 and core.uuid4) then
      return pending("core.model_compile / sign_v4 / uuid4 not built yet")
    end
    local c = client.new{ model = tiny, region = "us-east-1", auth_scheme = "sigv4",
      endpoint = srv.url .. "/flaky?key=e2e&fail=2", credentials = { access_key = "AKID", secret_key = "S" },
      sleep = function() end }
    local res, meta = c:start_profile_update_task({})
    assert.is_table(res)
    assert.equal(3, meta.attempts)
  end)
end)

describe("waiters", function()
  local waiters = require("partnercentral.waiters")
  local function fake(statuses)
    local n, slept = 0, {}
    return { service = "account", slept = slept, sleep = function(s) slept[#slept + 1] = s end,
      call = function() n = n + 1 return { Status = statuses[n] or statuses[#statuses] } end }
  end
  -- a Selling client whose calls answer from answers[op] (a list, one per poll),
  -- noting each poll's operation and input
  local function selling_fake(answers)
    local n, calls = {}, {}
    return { service = "selling", calls = calls, sleep = function() end,
      call = function(_, op, input)
        calls[#calls + 1] = { op = op, input = input }
        n[op] = (n[op] or 0) + 1
        local list = answers[op]
        return list[n[op]] or list[#list]
      end }
  end
  it("polls with a delay until SUCCEEDED", function()
    local c = fake{ "IN_PROGRESS", "IN_PROGRESS", "SUCCEEDED" }
    local res = assert(waiters.wait_for(c, "ProfileUpdateTaskCompleted", {}, { delay = 0.5 }))
    assert.equal("SUCCEEDED", res.Status)
    assert.same({ 0.5, 0.5 }, c.slept)
  end)
  it("fails on FAILED and times out at max_wait", function()
    local _, err = waiters.wait_for(fake{ "FAILED" }, "ProfileUpdateTaskSucceeded", {}, {})
    assert.equal("WaiterFailure", err.code)
    _, err = waiters.wait_for(fake{ "IN_PROGRESS" }, "ProfileUpdateTaskSucceeded", {}, { delay = 1, max_wait = 3 })
    assert.equal("timeout", err.kind)
    assert.has_error(function() waiters.wait_for(fake{}, "Nope", {}) end)
  end)
  it("bad options are typed errors (returned, raised with raise_errors), nothing is polled", function()
    local BAD = { { delay = 0 / 0 }, { delay = math.huge }, { delay = 0 }, { delay = -1 }, { delay = "2" },
      { max_wait = 0 / 0 }, { max_wait = math.huge }, { max_wait = -1 }, { max_wait = {} }, { call = 3 } }
    for _, o in ipairs(BAD) do
      local c = fake{ "IN_PROGRESS" }
      local polls = 0
      local call = c.call
      c.call = function(...)
        polls = polls + 1
        if polls > 50 then error("busy-polling with " .. tostring(next(o)) .. " = " .. tostring(select(2, next(o)))) end
        return call(...)
      end
      local res, err = waiters.wait_for(c, "ProfileUpdateTaskSucceeded", {}, o)
      local name = next(o)
      assert.is_nil(res, name)
      assert.equal("config", err.kind)
      assert.equal("InvalidOption", err.code)
      assert.equal(name, err.option)
      assert.matches("waiter option " .. name, err.message, 1, true)
      assert.equal("GetProfileUpdateTask", err.operation)
      assert.equal(0, polls)
      assert.same({}, c.slept)
      c.opts = { raise_errors = true }
      local ok, rerr = pcall(waiters.wait_for, c, "ProfileUpdateTaskSucceeded", {}, o)
      assert.is_false(ok)
      assert.equal("InvalidOption", rerr.code)
    end
    local _, err = waiters.wait_for(fake{}, "ProfileUpdateTaskSucceeded", {}, { maxwait = 3 })
    assert.equal("UnknownOption", err.code)
    assert.matches("did you mean 'max_wait'", err.message, 1, true)
    _, err = waiters.wait_for(fake{}, "ProfileUpdateTaskSucceeded", {}, "fast")
    assert.equal("InvalidOption", err.code)
    -- max_wait = 0: one poll, no sleep
    local c = fake{ "IN_PROGRESS" }
    _, err = waiters.wait_for(c, "ProfileUpdateTaskSucceeded", {}, { max_wait = 0 })
    assert.equal("WaiterTimeout", err.code)
    assert.same({}, c.slept)
  end)
  it("are kept per service: a name of one service is unknown to another", function()
    local sell = selling_fake{ GetOpportunity = { {} } }
    local ok, err = pcall(waiters.wait_for, sell, "ProfileUpdateTaskSucceeded", {}, {})
    assert.is_false(ok)
    assert.matches('unknown waiter "ProfileUpdateTaskSucceeded" for selling %(known: EngagementByAccepting', err)
    ok, err = pcall(waiters.wait_for, fake{}, "OpportunityApproved", {}, {})
    assert.is_false(ok)
    assert.matches("for account %(known: GetProfileUpdateTask", err)
    ok, err = pcall(waiters.wait_for, { service = "channel" }, "OpportunityApproved", {}, {})
    assert.is_false(ok)
    assert.matches("for channel %(known: none%)", err)
    ok, err = pcall(waiters.wait_for, {}, "OpportunityApproved", {}, {})
    assert.is_false(ok)
    assert.matches("for this client %(known: none%)", err)
    assert.is_table(waiters.of{ service = "selling" }.OpportunityApproved)
    assert.same({}, waiters.of{ service = "channel" })
  end)
  it("poll a Selling task through its List*Tasks operation with the task identifier filter", function()
    local c = selling_fake{ ListEngagementFromOpportunityTasks = {
      { TaskSummaries = { { TaskId = "task-aaaaaaaaaaaaa", TaskStatus = "IN_PROGRESS" } } },
      { TaskSummaries = { { TaskId = "task-aaaaaaaaaaaaa", TaskStatus = "COMPLETE", OpportunityId = "O1" } } } } }
    local input = { Catalog = "AWS", TaskIdentifier = "task-aaaaaaaaaaaaa" }
    local res, meta = assert(waiters.wait_for(c, "engagement_from_opportunity_task_completed", input, { delay = 1 }))
    assert.equal("O1", res.OpportunityId)           -- the task's summary, not the whole page
    assert.equal(2, meta.polls)
    assert.equal("ListEngagementFromOpportunityTasks", c.calls[1].op)
    assert.same({ Catalog = "AWS", TaskIdentifier = { "task-aaaaaaaaaaaaa" } }, c.calls[1].input)
    assert.equal("task-aaaaaaaaaaaaa", input.TaskIdentifier)   -- the caller's input is not changed
  end)
  it("fail with the task's reason, and when the list holds no such task", function()
    local c = selling_fake{ ListOpportunityFromEngagementTasks = {
      { TaskSummaries = { { TaskArn = "arn:aws:x:task-bbbbbbbbbbbbb", TaskStatus = "FAILED",
        ReasonCode = "ContextNotFound", Message = "no context 9" } } } } }
    local _, err = waiters.wait_for(c, "OpportunityFromEngagementTaskCompleted",
      { Catalog = "AWS", TaskIdentifier = { "arn:aws:x:task-bbbbbbbbbbbbb" } }, {})
    assert.equal("WaiterFailure", err.code)
    assert.matches("reached status FAILED %(ContextNotFound: no context 9%)", err.message)
    assert.equal("ContextNotFound", err.result.ReasonCode)
    c = selling_fake{ ListEngagementByAcceptingInvitationTasks = { { TaskSummaries = {} } } }
    _, err = waiters.wait_for(c, "EngagementByAcceptingInvitationTaskCompleted",
      { Catalog = "AWS", TaskIdentifier = "task-ccccccccccccc" }, {})
    assert.equal("WaiterFailure", err.code)
    assert.matches("lists no task task%-ccccccccccccc after 5 polls", err.message)
    assert.equal(waiters.UNLISTED_POLLS, #c.calls)
  end)
  it("a task the list does not show yet is polled again (eventual consistency), within max_wait", function()
    local function summary(id, st) return { TaskId = id, TaskStatus = st, OpportunityId = "O-" .. id } end
    local mine, other = "task-mmmmmmmmmmmmm", "task-ooooooooooooo"
    local c = selling_fake{ ListEngagementFromOpportunityTasks = {
      { TaskSummaries = {} }, { TaskSummaries = { summary(other, "COMPLETE") } },
      { TaskSummaries = { summary(other, "COMPLETE"), summary(mine, "IN_PROGRESS") } },
      { TaskSummaries = { summary(other, "COMPLETE"), summary(mine, "COMPLETE") } } } }
    local res, meta = assert(waiters.wait_for(c, "EngagementFromOpportunityTaskCompleted",
      { Catalog = "AWS", TaskIdentifier = mine }, { delay = 1 }))
    assert.equal("O-" .. mine, res.OpportunityId)   -- its own task, not the first one listed
    assert.equal(4, meta.polls)
    -- max_wait comes first: a timeout that says the task is not listed yet
    c = selling_fake{ ListEngagementFromOpportunityTasks = { { TaskSummaries = {} } } }
    local _, err = waiters.wait_for(c, "EngagementFromOpportunityTaskCompleted",
      { Catalog = "AWS", TaskIdentifier = mine }, { delay = 1, max_wait = 1 })
    assert.equal("WaiterTimeout", err.code)
    assert.matches("still not listed yet after 2 polls", err.message, 1, true)
  end)
  it("need the one task's TaskIdentifier: a typed validation error otherwise, nothing polled", function()
    for _, input in ipairs{ { Catalog = "AWS" }, { Catalog = "AWS", TaskIdentifier = "" },
        { Catalog = "AWS", TaskIdentifier = { "task-a", "task-b" } }, { Catalog = "AWS", TaskIdentifier = {} },
        { Catalog = "AWS", TaskIdentifier = 42 } } do
      local c = selling_fake{ ListOpportunityFromEngagementTasks = {
        { TaskSummaries = { { TaskId = "task-a", TaskStatus = "COMPLETE" } } } } }
      local res, err = waiters.wait_for(c, "OpportunityFromEngagementTaskCompleted", input, {})
      assert.is_nil(res)
      assert.equal("validation", err.kind)
      assert.equal("EVALIDATION", err.code)
      assert.equal("TaskIdentifier", err.violations[1].path)
      assert.equal("ListOpportunityFromEngagementTasks", err.operation)
      assert.equal(0, #c.calls)
    end
    -- a list of the one identifier is the filter's own form
    local c = selling_fake{ ListOpportunityFromEngagementTasks = {
      { TaskSummaries = { { TaskId = "task-a", TaskStatus = "COMPLETE" } } } } }
    assert(waiters.wait_for(c, "OpportunityFromEngagementTaskCompleted", { Catalog = "AWS", TaskIdentifier = { "task-a" } }))
  end)
  it("read a nested status (OpportunityApproved) and a job's execution (ResourceSnapshotJobSucceeded)", function()
    local c = selling_fake{ GetOpportunity = { { LifeCycle = { ReviewStatus = "Submitted" } },
      { LifeCycle = { ReviewStatus = "In review" } }, { LifeCycle = { ReviewStatus = "Action Required" } } } }
    local _, err = waiters.wait_for(c, "OpportunityApproved", { Catalog = "AWS", Identifier = "O1" }, { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    assert.matches("reached status Action Required", err.message)
    c = selling_fake{ GetOpportunity = { { LifeCycle = { ReviewStatus = "Approved" } } } }
    assert.equal("Approved", assert(waiters.wait_for(c, "OpportunityApproved", {}, {})).LifeCycle.ReviewStatus)
    c = selling_fake{ GetResourceSnapshotJob = { { Status = "Running" }, { Status = "Running", LastSuccessfulExecutionDate = 1 } } }
    assert.equal(1, assert(waiters.wait_for(c, "ResourceSnapshotJobSucceeded", {}, { delay = 1 })).LastSuccessfulExecutionDate)
    for _, job in ipairs({ { Status = "Stopped" }, { Status = "Running", LastFailure = "no access" } }) do
      c = selling_fake{ GetResourceSnapshotJob = { job } }
      _, err = waiters.wait_for(c, "ResourceSnapshotJobSucceeded", {}, {})
      assert.equal("WaiterFailure", err.code)
    end
    assert.matches("Running %(no access%)", err.message)
    c = selling_fake{ GetProspectingFromEngagementTask = { { Engagements = { { Status = "PENDING" } } },
      { EndTime = 5, Engagements = { { Status = "FAILED" }, { Status = "COMPLETED" } } } } }
    assert.equal(5, assert(waiters.wait_for(c, "ProspectingFromEngagementTaskCompleted", {}, { delay = 1 })).EndTime)
    c = selling_fake{ GetProspectingFromEngagementTask = { { EndTime = 5, Engagements = { { Status = "FAILED" } } } } }
    _, err = waiters.wait_for(c, "ProspectingFromEngagementTaskCompleted", {}, {})
    assert.matches("FAILED %(all 1 engagements failed%)", err.message)
    c = selling_fake{ GetResourceSnapshotJob = { { Status = "Running" } } }
    _, err = waiters.wait_for(c, "ResourceSnapshotJobSucceeded", {}, { delay = 1, max_wait = 2 })
    assert.equal("WaiterTimeout", err.code)
    assert.matches("still Running after 3 polls", err.message)
  end)
end)
