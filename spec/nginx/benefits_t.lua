-- The Benefits client inside nginx against the emulator, over the
-- automatically chosen ngx transport: a benefit application created with a
-- document member, submitted, waited for (the waiter sleeps with ngx.sleep
-- while other light threads run), its allocation listed; typed errors.
-- Configuration from test.conf's `env` directives (keys, region, AWS_ENDPOINT_URL).
return function(t)
  local p = t.params
  local sdk = require("ngxt_sdk")
  if not sdk.ready_with_emulator(t) then return end
  local pc = require("partnercentral")

  local control = sdk.emulator_control(p.emulator)

  local benefits = assert(sdk.new("benefits", { region = "us-east-1" }))
  local details = { UseCase = "Inside nginx", RequestedAmount = 4200, Ratio = 0.25, Nothing = pc.null,
    Channels = pc.array({ "web", "events" }), Empty = pc.array(), Nested = { Deeper = { Long = 9007199254740991 } } }

  t.it("create (document details) -> submit -> wait -> allocation, over the ngx transport", function()
    control("/_local/reset")
    t.eq("ngx", require("partnercentral.transport").auto_name())
    local created, err = benefits:create_benefit_application{ Catalog = "AWS",
      ClientToken = "ngx-benefits-" .. ngx.worker.pid(), BenefitIdentifier = "ben-poccredits0001",
      Name = "nginx application", BenefitApplicationDetails = details }
    t.ok(created, tostring(err))
    t.match(created.Id, "^benappl%-")
    local got = assert(benefits:get_benefit_application{ Catalog = "AWS", Identifier = created.Id })
    t.eq("PENDING_SUBMISSION", got.Status)
    local d = got.BenefitApplicationDetails
    t.eq(4200, d.RequestedAmount)
    t.eq(0.25, d.Ratio)
    t.eq(pc.null, d.Nothing)
    t.eq("events", d.Channels[2])
    t.eq(pc.json_array_mt, getmetatable(d.Empty))
    t.eq(9007199254740991, d.Nested.Deeper.Long)

    local sub, serr = benefits:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id }
    t.ok(sub, tostring(serr))
    -- the review takes the emulator's task delay (2 s): the waiter polls with
    -- ngx.sleep, and a ticker in another light thread keeps running meanwhile
    local ticks, running = 0, true
    local ticker = ngx.thread.spawn(function()
      while running do ngx.sleep(0.01) ticks = ticks + 1 end
    end)
    local done, meta = benefits:wait_for("BenefitApplicationApproved", { Catalog = "AWS", Identifier = created.Id },
      { delay = 0.5, max_wait = 8 })
    running = false
    ngx.thread.wait(ticker)
    t.ok(done, tostring(meta))
    t.eq("APPROVED", done.Status)
    t.ok(meta.polls >= 2, "polls: " .. tostring(meta.polls))
    t.ok(ticks >= 50, ("the worker was blocked while waiting: %d ticks"):format(ticks))

    local n = 0
    for s in benefits:items("ListBenefitAllocations", { Catalog = "AWS", BenefitApplicationIdentifiers = { created.Id } }) do
      n = n + 1
      t.eq("ACTIVE", s.Status)
      local alloc = assert(benefits:get_benefit_allocation{ Catalog = "AWS", Identifier = s.Id })
      t.eq("4200.00", alloc.FulfillmentDetail.CreditDetails.AllocatedAmount.Amount)
    end
    t.eq(1, n)

    local again, cerr = benefits:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id }
    t.eq(nil, again)
    t.typed(cerr, "service", "ConflictException")
    t.eq(1, cerr.attempts)
  end, { timeout = 20 })
end
