-- partnercentral.stub inside nginx: a plugin's unit test with canned answers
-- and no network. The clients point at a port where nothing listens and a
-- before_send hook fails the test if a request is ever prepared.
return function(t)
  local p = t.params
  local pc = require("partnercentral")
  local PARTNER = "partner-abcdefghijklm"
  local DETAILS = { DisplayName = "Example", Description = "An example partner.",
    WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
    PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE" },
    TranslationSourceLocale = "en-US" }
  local function task(status)
    return { Catalog = "AWS", Arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/" .. PARTNER,
      Id = PARTNER, TaskId = "pprofiletask-abcdefghijklm", Status = status,
      StartedAt = "2025-01-01T00:00:00Z", TaskDetails = DETAILS }
  end
  local function offline(kind)
    return pc[kind].new{ region = "us-east-1", endpoint = "http://127.0.0.1:" .. p.dead_port,
      hooks = { before_send = function() error("the network was used") end } }
  end

  t.it("a plugin-style unit test: canned answers in order, a waiter that sleeps with ngx.sleep, all calls made", function()
    local account = offline("account")
    t.eq(require("partnercentral.ngx_phase").sleep, account.sleep, "the client sleeps with ngx.sleep where it can")
    local stub = pc.stub(account)
    stub:add_response("StartProfileUpdateTask", task("IN_PROGRESS"),
      { Catalog = "AWS", Identifier = PARTNER, TaskDetails = require("partnercentral.stub").ANY })
    stub:add_response("GetProfileUpdateTask", task("IN_PROGRESS"))
    stub:add_response("GetProfileUpdateTask", task("SUCCEEDED"))
    local started, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = PARTNER, TaskDetails = DETAILS }
    t.ok(started, tostring(err))
    t.eq(1735689600, started.StartedAt)
    local done, meta = account:wait_for("ProfileUpdateTaskSucceeded", { Catalog = "AWS", Identifier = PARTNER },
      { delay = 0.01, max_wait = 1 })
    t.ok(done, tostring(meta))
    t.eq("SUCCEEDED", done.Status)
    t.eq(2, meta.polls)
    t.ok(stub:assert_done())
  end)

  t.it("a failing expectation names the differences", function()
    local channel = offline("channel")
    local stub = pc.stub(channel)
    stub:add_response("DeleteProgramManagementAccount", {}, { catalog = "AWS", identifier = "pma-abcdefghijklm" })
    local ok, err = pcall(channel.delete_program_management_account, channel,
      { catalog = "Sandbox", identifier = "pma-abcdefghijklm" })
    t.eq(false, ok)
    t.match(tostring(err), 'catalog: expected "AWS", got "Sandbox"')
    local aok, aerr = pcall(stub.assert_done, stub)
    t.eq(false, aok)
    t.match(tostring(aerr), "DeleteProgramManagementAccount .* was not made")
  end)

  t.it("a canned service error is the typed error of the service", function()
    local account = offline("account")
    local stub = pc.stub(account)
    stub:add_error("GetPartner", { code = "ResourceNotFoundException", fields = { Reason = "PARTNER_NOT_FOUND" } })
    local res, err = account:get_partner{ Catalog = "AWS", Identifier = PARTNER }
    t.eq(nil, res)
    t.typed(err, "service", "ResourceNotFoundException")
    t.eq("PARTNER_NOT_FOUND", err.fields.Reason)
    t.ok(stub:assert_done())
  end)
end
