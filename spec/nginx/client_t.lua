-- The SDK client inside nginx against the emulator (bin/partnercentral-local):
-- the seed operations, pagination, typed service errors and retries after
-- injected throttling, all over the ngx transport. Configuration comes the
-- documented way: `env` directives in test.conf (keys, region, AWS_ENDPOINT_URL).
-- Skipped (with the reason) while the client or the emulator is not there.
return function(t)
  local p = t.params
  local sdk = require("ngxt_sdk")
  local pc, reason = sdk.ready()
  if pc and p.emulator == "" then reason = "the emulator (bin/partnercentral-local) is not running" end
  local names = { "StartProfileUpdateTask (seed 1) over the ngx transport",
    "UpdateProgramManagementAccount (seed 2), stale revision is a typed ConflictException",
    "pagination: pages() over ListProgramManagementAccounts",
    "a throttled call is retried (ngx.sleep backoff) and succeeds",
    "throttling on every attempt gives a typed, retryable service error with attempts",
    "validation errors are typed and made before any I/O",
  }
  -- The emulator's HTTP framing through the ngx transport, client or not.
  if p.emulator ~= "" then
    t.it("the emulator answers the ngx transport (unsigned call: a typed awsJson error answer)", function()
      local tr = require("partnercentral.transport.ngx").new()
      local resp, err = tr:request{ method = "POST", url = p.emulator .. "/", body = "{}", timeout = 3,
        headers = { { "Content-Type", "application/x-amz-json-1.0" },
                    { "X-Amz-Target", "PartnerCentralAccount.ListPartners" } } }
      t.ok(resp, tostring(err))
      t.ok(resp.status >= 400 and resp.status < 500, "status " .. resp.status .. " " .. resp.body)
      t.ok(resp.headers["x-amzn-requestid"], "x-amzn-RequestId")
      t.match(resp.body, "__type")
    end)
  else
    t.skip("the emulator answers the ngx transport", "the emulator is not running")
  end
  if reason then
    for _, n in ipairs(names) do t.skip(n, reason) end
    return
  end

  local transport = require("partnercentral.transport.ngx").new()
  local function control(path, body)
    local resp, err = transport:request{ method = "POST", url = p.emulator .. path, body = body or "{}",
      headers = { { "Content-Type", "application/json" } }, timeout = 3 }
    assert(resp and resp.status < 300, "emulator control " .. path .. ": "
      .. tostring(err or (resp.status .. " " .. resp.body)))
  end
  local function fault(target, count, error_name)
    control("/_local/faults", ('{"target":"%s","count":%d,"action":"error","error":"%s"}')
      :format(target, count, error_name))
  end

  local account = assert(sdk.new("account", { region = "us-east-1" }))
  local channel = assert(sdk.new("channel", { region = "us-east-1" }))
  local partner = p.partner ~= "" and p.partner or "partner-abcdefghij123"
  local details = {
    DisplayName = "Example Partner", Description = "Cloud consulting.",
    WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
    PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE" },
    TranslationSourceLocale = "en-US",
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

  t.it(names[1], function()
    control("/_local/reset")
    local task, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner,
      TaskDetails = details }
    t.ok(task, tostring(err))
    t.eq("string", type(task.TaskId))
    t.eq("string", type(task.Status))
    t.eq("number", type(task.StartedAt))
  end)

  t.it(names[2], function()
    local pma = new_pma("Example PMA")
    local updated, err = channel:update_program_management_account{ catalog = "AWS",
      identifier = pma.id, displayName = "Renamed PMA", revision = pma.revision }
    t.ok(updated, tostring(err))
    t.eq("Renamed PMA", updated.programManagementAccountDetail.displayName)
    local again, stale = channel:update_program_management_account{ catalog = "AWS",
      identifier = pma.id, displayName = "Too late", revision = pma.revision }
    t.eq(nil, again)
    t.typed(stale, "service", "ConflictException")
    t.ok(stale:is("ConflictException"))
  end)

  t.it(names[3], function()
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
  end)

  t.it(names[4], function()
    fault("PartnerCentralAccount.StartProfileUpdateTask", 1, "ThrottlingException")
    local task, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner,
      TaskDetails = details }
    -- The emulator may answer ConflictException for a second task in progress:
    -- what matters is that the throttled attempt was retried.
    if not task then t.ok(err.code ~= "ThrottlingException", "not retried: " .. tostring(err)) end
  end)

  t.it(names[5], function()
    fault("*", 20, "ThrottlingException")
    local res, err = account:get_partner{ Catalog = "AWS", Identifier = partner }
    control("/_local/reset")
    t.eq(nil, res)
    t.typed(err, "service", "ThrottlingException")
    t.eq(true, err.throttling)
    t.ok((err.attempts or 0) > 1, "attempts: " .. tostring(err.attempts))
  end)

  t.it(names[6], function()
    local res, err = account:start_profile_update_task{ Catalog = "AWS", Identifier = partner,
      TaskDetails = { DisplayName = "x" } }
    t.eq(nil, res)
    t.typed(err, "validation")
  end)
end
