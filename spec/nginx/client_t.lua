-- The SDK client inside nginx against the emulator (emulator/bin/partnercentral-local):
-- the seed operations, pagination, typed service errors and retries after
-- injected throttling, all over the automatically chosen ngx transport.
-- Configuration comes the documented way: `env` directives in test.conf (keys,
-- region, AWS_ENDPOINT_URL). Without the emulator every test fails with the reason.
return function(t)
  local p = t.params
  local sdk = require("ngxt_sdk")
  if not sdk.ready_with_emulator(t) then return end

  local control = sdk.emulator_control(p.emulator)
  local function fault(target, count, error_name)
    control("/_local/faults", ('{"target":"%s","count":%d,"action":"error","error":"%s"}')
      :format(target, count, error_name))
  end

  local account = assert(sdk.new("account", { region = "us-east-1" }))
  local channel = assert(sdk.new("channel", { region = "us-east-1" }))
  local partner = p.partner ~= "" and p.partner or "partner-abcdefghij123"
  -- The full input of seed 1 (../shared/seeds/000_*): every TaskDetails member.
  local details = {
    DisplayName = "Example Partner", Description = "Cloud consulting and software for retail.",
    WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
    PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE", "RETAIL" },
    TranslationSourceLocale = "en-US",
    LocalizedContents = {
      { DisplayName = "Exemple", Description = "Conseil et logiciels.",
        WebsiteUrl = "https://example.com/fr", LogoUrl = "https://example.com/logo-fr.png", Locale = "fr-FR" },
    },
  }
  local acct_seq = 0
  local function new_pma(name)
    acct_seq = acct_seq + 1
    local created, err = channel:create_program_management_account{ catalog = "AWS",
      program = "SOLUTION_PROVIDER", displayName = name,
      accountId = string.format("%06d%06d", ngx.worker.pid() % 1000000, acct_seq) }
    t.ok(created, tostring(err))
    return created.programManagementAccountDetail or created
  end

  t.it("the automatic transport choice inside nginx is ngx, and retries sleep with ngx.sleep", function()
    local c = assert(sdk.new("account", { region = "us-east-1" }))
    t.eq("ngx", require("partnercentral.transport").auto_name())
    t.eq(require("partnercentral.ngx_phase").sleep, c.sleep)
    -- in a phase that can yield it is ngx.sleep: a timer runs while it sleeps
    local ran = false
    assert(ngx.timer.at(0, function() ran = true end))
    c.sleep(0.05)
    t.eq(true, ran, "the client's sleep blocked the worker")
    local forced = require("partnercentral.transport").select("curl")
    t.eq("curl", forced.name, "transport = \"curl\" forces libcurl")
    -- forced libcurl works in nginx too (it blocks the worker while it runs)
    local resp, err = forced:request{ method = "GET", url = "http://127.0.0.1:" .. p.up_port .. "/json",
      timeout = 5 }
    t.ok(resp, tostring(err))
    t.eq(200, resp.status)
    t.eq("ngx", require("partnercentral.transport").select("ngx").name)
  end)

  t.it("StartProfileUpdateTask (seed 1, full input: ClientToken, LocalizedContents)", function()
    control("/_local/reset")
    local task, err, meta
    task, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner,
      ClientToken = "ngx-seed-1-" .. ngx.worker.pid(), TaskDetails = details }
    meta = err
    t.ok(task, tostring(err))
    t.eq("string", type(task.TaskId))
    t.eq("IN_PROGRESS", task.Status)
    t.eq("number", type(task.StartedAt))
    t.eq("Example Partner", task.TaskDetails.DisplayName)
    t.eq("fr-FR", task.TaskDetails.LocalizedContents[1].Locale)
    t.ok(meta and meta.request_id, "meta.request_id")
    -- the same ClientToken is the same task (idempotency), not a conflict
    local again, aerr = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner,
      ClientToken = "ngx-seed-1-" .. ngx.worker.pid(), TaskDetails = details }
    t.ok(again, tostring(aerr))
    t.eq(task.TaskId, again.TaskId)
  end)

  t.it("UpdateProgramManagementAccount (seed 2); a stale revision is a typed ConflictException", function()
    local pma = new_pma("Example PMA")
    local first, err = channel:update_program_management_account{ catalog = "AWS",
      identifier = pma.id, displayName = "Renamed PMA" }
    t.ok(first, tostring(err))
    local d1 = first.programManagementAccountDetail
    t.eq("Renamed PMA", d1.displayName)
    t.eq(pma.id, d1.id)
    t.eq("string", type(d1.revision))
    local second, err2 = channel:update_program_management_account{ catalog = "AWS",
      identifier = pma.id, displayName = "Renamed again", revision = d1.revision }
    t.ok(second, tostring(err2))
    t.ok(second.programManagementAccountDetail.revision ~= d1.revision, "the revision changes")
    local again, stale = channel:update_program_management_account{ catalog = "AWS",
      identifier = pma.id, displayName = "Too late", revision = d1.revision }
    t.eq(nil, again)
    t.typed(stale, "service", "ConflictException")
    t.ok(stale:is("ConflictException"))
    t.ok(stale.request_id, "request id")
  end)

  t.it("pagination: pages() and items() over ListProgramManagementAccounts", function()
    control("/_local/reset")
    for i = 1, 3 do new_pma("Paged " .. i) end
    local pages, items = 0, 0
    for page in channel:pages("list_program_management_accounts", { catalog = "AWS", maxResults = 1 }) do
      pages = pages + 1
      items = items + #(page.items or {})
      t.ok(pages < 20, "pagination does not end")
    end
    t.ok(pages >= 3, "expected at least 3 pages, got " .. pages)
    t.eq(3, items)
    local n = 0
    for item in channel:items("list_program_management_accounts", { catalog = "AWS", maxResults = 2 }) do
      n = n + 1
      t.eq("string", type(item.id))
    end
    t.eq(3, n)
  end)

  t.it("an unknown partner is a typed service error, not retried", function()
    local res, err = account:get_partner{ Catalog = "AWS", Identifier = "partner-zzzzzzzzzzzzz" }
    t.eq(nil, res)
    t.eq("service", err.kind, tostring(err))
    t.ok(err.status >= 400 and err.status < 500, "status " .. tostring(err.status))
    t.eq(1, err.attempts)
    t.eq("GetPartner", err.operation)
  end)

  t.it("a throttled call is retried after an ngx.sleep backoff, and other requests run meanwhile", function()
    local c = assert(sdk.new("account", { region = "us-east-1" }))
    c.retry.random = function() return 0.4 end   -- jitter fixed: the first backoff is 0.4 s
    fault("PartnerCentralAccount.GetPartner", 1, "ThrottlingException")
    -- A ticker in another light thread: a blocking sleep would freeze it.
    local ticks, running = 0, true
    local ticker = ngx.thread.spawn(function()
      while running do ngx.sleep(0.01) ticks = ticks + 1 end
    end)
    ngx.update_time()
    local t0 = ngx.now()
    local res, meta = c:get_partner{ Catalog = "AWS", Identifier = partner }
    ngx.update_time()
    local took = ngx.now() - t0
    running = false
    ngx.thread.wait(ticker)
    t.ok(res, tostring(meta))
    t.eq(2, meta.attempts)
    t.ok(took >= 0.35, ("the backoff did not wait: %.3f s"):format(took))
    t.ok(ticks >= 8, ("the worker was blocked during the backoff: %d ticks in %.3f s"):format(ticks, took))
  end)

  t.it("throttling on every attempt gives a typed, retryable service error with attempts", function()
    fault("*", 20, "ThrottlingException")
    local c = assert(sdk.new("account", { region = "us-east-1" }))
    c.retry.random = function() return 0.01 end
    local res, err = c:get_partner{ Catalog = "AWS", Identifier = partner }
    control("/_local/reset")
    t.eq(nil, res)
    t.typed(err, "service", "ThrottlingException")
    t.eq("throttling", require("partnercentral.retry").classify(err))
    t.eq(3, err.attempts)
  end)

  t.it("validation errors are typed and made before any I/O", function()
    local res, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner,
      TaskDetails = { DisplayName = "x" } }
    t.eq(nil, res)
    t.typed(err, "validation")
    t.ok(#(err.violations or {}) > 0, "violations")
  end)
end
