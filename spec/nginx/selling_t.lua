-- A Selling flow inside nginx over the ngx transport (cosockets) against the
-- emulator: list solutions, create an opportunity (ClientToken filled in),
-- update it with the LastModifiedDate token (a stale one is a typed
-- ConflictException), submit it through StartEngagementFromOpportunityTask and
-- wait for the task (the waiter sleeps with ngx.sleep: other light threads
-- run meanwhile), then page through the opportunities changed since the start.
return function(t)
  local p = t.params
  local sdk = require("ngxt_sdk")
  if not sdk.ready_with_emulator(t) then return end
  local control = sdk.emulator_control(p.emulator)

  local selling = assert(sdk.new("selling", { region = "us-east-1" }))
  local state = {}

  t.it("creates and updates an opportunity over cosockets; a stale LastModifiedDate is a ConflictException", function()
    control("/_local/reset")
    t.eq("ngx", require("partnercentral.transport").auto_name())
    local sol, serr = selling:list_solutions{ Catalog = "AWS", Status = { "Active" } }
    t.ok(sol, tostring(serr))
    local created, err = selling:create_opportunity{ Catalog = "AWS", Origin = "Partner Referral",
      PartnerOpportunityIdentifier = "ngx-1",
      Customer = { Account = { CompanyName = "Nginx Retail", WebsiteUrl = "https://retail.example.com",
        Industry = "Retail", Address = { CountryCode = "US" } } },
      Project = { Title = "Edge migration", CustomerBusinessProblem = "The data centre lease ends next year.",
        ExpectedCustomerSpend = { { Amount = "100", CurrencyCode = "USD", Frequency = "Monthly", TargetCompany = "AWS" } } },
      LifeCycle = { Stage = "Prospect", TargetCloseDate = "2027-06-30" } }
    t.ok(created, tostring(err))
    t.match(created.Id, "^O%d+$")
    state.id, state.created = created.Id, created.LastModifiedDate
    t.ok(selling:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = created.Id,
      RelatedEntityType = "Solutions", RelatedEntityIdentifier = sol.SolutionSummaries[1].Id })
    local got = assert(selling:get_opportunity{ Catalog = "AWS", Identifier = created.Id })
    local input = { Catalog = "AWS", Identifier = got.Id, LastModifiedDate = got.LastModifiedDate,
      Customer = got.Customer, Project = got.Project, LifeCycle = got.LifeCycle,
      PartnerOpportunityIdentifier = got.PartnerOpportunityIdentifier }
    input.LifeCycle.Stage = "Qualified"
    local updated, uerr = selling:update_opportunity(input)
    t.ok(updated, tostring(uerr))
    t.ok(updated.LastModifiedDate > got.LastModifiedDate, "LastModifiedDate moves on")
    local again, stale = selling:update_opportunity(input)
    t.eq(nil, again)
    t.typed(stale, "service", "ConflictException")
  end)

  t.it("submits through an engagement task and waits for it with ngx.sleep, other threads running", function()
    t.ok(state.id, "the previous test created the opportunity")
    local task, err = selling:start_engagement_from_opportunity_task{ Catalog = "AWS", Identifier = state.id,
      AwsSubmission = { InvolvementType = "Co-Sell" } }
    t.ok(task, tostring(err))
    local ticks, running = 0, true
    local ticker = ngx.thread.spawn(function()
      while running do ngx.sleep(0.05) ticks = ticks + 1 end
    end)
    local done, meta = selling:wait_for("EngagementFromOpportunityTaskCompleted",
      { Catalog = "AWS", TaskIdentifier = task.TaskId }, { delay = 0.5, max_wait = 30 })
    running = false
    ngx.thread.wait(ticker)
    t.ok(done, tostring(meta))
    t.eq("COMPLETE", done.TaskStatus)
    t.match(done.EngagementId, "^eng%-")
    t.ok(meta.polls >= 2, "polled " .. tostring(meta.polls) .. " times")
    t.ok(ticks >= 10, "the ticker ran " .. ticks .. " times while the waiter slept")
    local o = assert(selling:get_opportunity{ Catalog = "AWS", Identifier = state.id })
    t.eq("Submitted", o.LifeCycle.ReviewStatus)
  end)

  t.it("pages through the opportunities changed since the flow began (ListOpportunities paginator)", function()
    t.ok(state.id, "the first test created the opportunity")
    for i = 1, 2 do
      t.ok(selling:create_opportunity{ Catalog = "AWS", PartnerOpportunityIdentifier = "ngx-extra-" .. i })
    end
    local seen, pages = {}, 0
    for page, err in selling:pages("list_opportunities", { Catalog = "AWS", MaxResults = 1,
        LastModifiedDate = { AfterLastModifiedDate = state.created } }) do
      t.ok(page, tostring(err))
      pages = pages + 1
      for _, o in ipairs(page.OpportunitySummaries) do seen[o.Id] = o.LifeCycle.ReviewStatus end
    end
    t.eq(3, pages)
    t.eq("Submitted", seen[state.id])
  end)
end
