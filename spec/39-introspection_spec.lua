-- Introspection: client:operations(), client:describe(op) as plain tables, and
-- names that are not operations: no far-fetched "did you mean", and an
-- operation of the other service says which client has it.
local pc = require("partnercentral")

local function raised(f)
  local ok, err = pcall(f)
  assert.is_false(ok)
  return tostring(err)
end

-- a plain table: no metatable, no functions or userdata anywhere inside
local function assert_plain(v, path)
  path = path or "describe"
  assert.is_nil(getmetatable(v), path .. " has a metatable")
  for k, x in pairs(v) do
    assert.is_true(type(x) ~= "function" and type(x) ~= "userdata", path .. "." .. tostring(k))
    if type(x) == "table" then assert_plain(x, path .. "." .. tostring(k)) end
  end
end

describe("client:operations() and client:describe(op)", function()
  local account = pc.account.new{ region = "us-east-1" }
  local channel = pc.channel.new{ region = "us-east-1" }

  it("lists every operation by model name, sorted", function()
    local ops = account:operations()
    assert.equals(34, #ops)
    assert.equals("AcceptConnectionInvitation", ops[1])
    for i = 2, #ops do assert.is_true(ops[i - 1] < ops[i]) end
    assert.equals(17, #channel:operations())
  end)

  it("describes StartProfileUpdateTask: members with constraints, errors with retry, idempotency token", function()
    local d = account:describe("StartProfileUpdateTask")
    assert_plain(d)
    assert.equals("StartProfileUpdateTask", d.name)
    assert.equals("start_profile_update_task", d.method)
    assert.equals("StartProfileUpdateTaskRequest", d.input.shape)
    assert.equals("ClientToken", d.idempotency_token)
    local by = {}
    for _, m in ipairs(d.input.members) do by[m.name] = m end
    assert.same({ name = "Catalog", shape = "Catalog", type = "string", required = true,
      length = { min = 1, max = 64 }, pattern = "[a-zA-Z0-9-]+" }, by.Catalog)
    assert.is_true(by.ClientToken.idempotency_token)
    assert.is_false(by.ClientToken.required)
    assert.equals("structure", by.TaskDetails.type)
    -- nested shapes are described once, by name
    local td = d.shapes.TaskDetails
    assert.equals("structure", td.type)
    local seg = d.shapes.IndustrySegmentList
    assert.equals("list", seg.type)
    assert.equals("IndustrySegment", seg.member)
    assert.is_table(d.shapes.IndustrySegment.enum)
    local errs = {}
    for _, e in ipairs(d.errors) do errs[e.code] = e end
    assert.same({ code = "ThrottlingException", retried = true, retry = "throttling", fault = false },
      errs.ThrottlingException)
    assert.is_false(errs.ConflictException.retried)
    assert.is_true(errs.InternalServerException.fault)
    assert.is_true(errs.InternalServerException.retried)
    assert.equals("StartProfileUpdateTaskResponse", d.output.shape)
    assert.is_nil(d.paginator)
  end)

  it("describes pagination and waiters, by model name or method name", function()
    local d = account:describe("list_connections")
    assert.same({ input_token = "NextToken", output_token = "NextToken", limit_key = "MaxResults",
      result_key = "ConnectionSummaries" }, d.paginator)
    local g = account:describe("GetProfileUpdateTask")
    assert.equals(1, #g.waiters)
    assert.equals("ProfileUpdateTaskSucceeded", g.waiters[1].name)
    assert.same({ "SUCCEEDED" }, g.waiters[1].success)
    assert.same({ "CANCELED", "FAILED" }, g.waiters[1].failure)
    local r = channel:describe("UpdateProgramManagementAccount")
    local rev
    for _, m in ipairs(r.input.members) do if m.name == "revision" then rev = m end end
    assert.same({ min = 1, max = 10 }, rev.length)
    assert.equals("[0-9]*", rev.pattern)
    local lst = channel:describe("ListProgramManagementAccounts")
    for _, m in ipairs(lst.input.members) do
      if m.name == "maxResults" then assert.same({ min = 1, max = 100 }, m.range) end
    end
  end)

  it("raises on an unknown operation with the same message as a call", function()
    assert.matches("did you mean 'GetPartner'", raised(function() account:describe("GetPartnr") end))
  end)
end)

describe("names that are not operations", function()
  local account = pc.account.new{ region = "us-east-1" }
  local channel = pc.channel.new{ region = "us-east-1" }

  it("client.help does not suggest an unrelated operation", function()
    local msg = raised(function() return account.help end)
    assert.not_matches("did you mean", msg)
    assert.matches("has no operation 'help'", msg, 1, true)
    assert.matches("client:operations()", msg, 1, true)
    for _, k in ipairs{ "usage", "info", "methods", "list", "new" } do
      assert.not_matches("did you mean", raised(function() return channel[k] end), k)
    end
  end)

  it("keys starting with _ are nil (what serializers and class libraries probe)", function()
    assert.is_nil(account.__name)
    assert.is_nil(account._private)
    assert.is_nil(account.__jsonorder)
  end)

  it("a misspelling still gets its suggestion", function()
    assert.matches("did you mean 'start_profile_update_task'", raised(function() return account.strat_profile_update_task end))
    assert.matches("did you mean 'list_relationships'", raised(function() return channel.list_relationship end))
  end)

  it("an Account operation on a Channel client (and the reverse) names the client that has it", function()
    local msg = raised(function() channel:start_profile_update_task{} end)
    assert.matches("PartnerCentral Channel has no operation 'start_profile_update_task'", msg, 1, true)
    assert.matches("StartProfileUpdateTask is an operation of the account client", msg, 1, true)
    assert.matches('require("partnercentral").account', msg, 1, true)
    msg = raised(function() account:call("UpdateProgramManagementAccount", {}) end)
    assert.matches("UpdateProgramManagementAccount is an operation of the channel client", msg, 1, true)
    msg = raised(function() account:describe("list_program_management_accounts") end)
    assert.matches("operation of the channel client", msg, 1, true)
  end)
end)

describe("doc/waiters.md", function()
  it("documents every waiter of every service, with the operation it polls", function()
    local f = assert(io.open("doc/waiters.md"))
    local doc = f:read("*a")
    f:close()
    local waiters = require("partnercentral.waiters")
    local n = 0
    for service, names in pairs(waiters.names) do
      for _, name in ipairs(names) do
        local row = doc:match("\n| `" .. name .. "`[^\n]*")
        assert.is_not_nil(row, service .. " waiter " .. name .. " is not in doc/waiters.md")
        local rule = waiters.of(require("partnercentral")[service]{ region = "us-east-1" })[name]
        if rule.op then assert.matches("| " .. rule.op .. " |", row, 1, true) end
        n = n + 1
      end
    end
    assert.is_true(n >= 12, "waiters counted: " .. n)
  end)
end)
