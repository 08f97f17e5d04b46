-- The Channel client end to end: every one of the 17 operations through its
-- snake_case method, over real HTTP against partnercentral-local, signed with
-- SigV4a (the model's first auth scheme) and with SigV4 on request; typed
-- errors, revisions, pagination and the seed operation with its full input.
local helpers = require("spec.helpers")
local emulator = require("spec.support.emulator")
local client_helpers = require("spec.support.client_helpers")
local model = require("partnercentral.model").get("channel")

describe("Channel client against the emulator", function()
  local emu, ch
  local ok_ops, sent, auths = {}, 0, {}
  local hooks = {
    before_send = function(req)
      sent = sent + 1
      for _, h in ipairs(req.headers) do
        if h[1] == "Authorization" then auths[#auths + 1] = h[2]:match("^(%S+)") end
      end
    end,
    after_response = client_helpers.record_ok(ok_ops) }
  emulator.use({ control = true }, function(e)
    emu = e
    if e then ch = client_helpers.emulator_client(e, "channel", { hooks = hooks }) end
  end)
  teardown(function() if ch then ch:close() end end)

  local function service_error(code, op, res, err)
    assert.is_nil(res)
    assert.equal("service", err.kind)
    assert.equal(code, err.code)
    assert.equal(op, err.operation)
    assert.equal(400, err.status)
    assert.is_string(err.request_id)
    assert.equal(1, err.attempts)
    if code == "ConflictException" or code == "ResourceNotFoundException" then
      assert.is_string(err.fields.resourceId)
      assert.is_string(err.fields.resourceType)
    end
    return err
  end
  local function new_pma(account, name)
    return assert(ch:create_program_management_account{ catalog = "AWS", program = "SOLUTION_PROVIDER",
      displayName = name or "PMA", accountId = account or "123456789012" }).programManagementAccountDetail
  end
  local function new_rel(pma, account)
    return assert(ch:create_relationship{ catalog = "AWS", associationType = "END_CUSTOMER",
      programManagementAccountIdentifier = pma.id, associatedAccountId = account or "210987654321",
      displayName = "Customer", sector = "COMMERCIAL", resaleAccountModel = "END_CUSTOMER" }).relationshipDetail
  end

  describe("seed operation UpdateProgramManagementAccount", function()
    it("sends the seed's full request with the revision from ListProgramManagementAccounts", function()
      if not emu then return end
      local created = new_pma()
      -- Create answers id and arn; the revision comes from the listing
      local list = assert(ch:list_program_management_accounts{ catalog = "AWS" })
      local rev = list.items[1].revision
      assert.equal(created.id, list.items[1].id)
      assert.is_string(rev)
      local input = { catalog = "AWS", identifier = created.id, displayName = "Renamed PMA", revision = rev }
      local seed = helpers.shared("seeds/002_a229bff823120ab7.txt")
      if seed then
        local syntax = assert(helpers.read_file(seed)):match("Request Syntax(.-)Request Parameters")
        local n = 0
        for k in syntax:gmatch('"(%w+)":') do n = n + 1 assert.is_not_nil(input[k], "seed member " .. k) end
        assert.equal(4, n)
      else
        print("skipped: seed request check (../shared/seeds absent); the project's full input is used")
      end
      local res, meta = ch:update_program_management_account(input)
      assert.is_table(res, tostring(meta))
      local d = res.programManagementAccountDetail
      assert.equal(created.id, d.id)
      assert.equal("Renamed PMA", d.displayName)
      assert.equal(tostring(tonumber(rev) + 1), d.revision)
      assert.equal(1, meta.attempts)
      -- the same revision again is stale: a typed ConflictException
      local err = service_error("ConflictException", "UpdateProgramManagementAccount",
        ch:update_program_management_account(input))
      assert.is_true(err:is("ConflictException"))
      assert.equal(created.id, err.fields.resourceId)
      -- the identifier may be the ARN; revision is optional
      local r3 = assert(ch:update_program_management_account{ catalog = "AWS", identifier = created.arn, displayName = "NoRev" })
      assert.equal(tostring(tonumber(rev) + 2), r3.programManagementAccountDetail.revision)
    end)

    it("validates client side (pattern, length) without sending", function()
      if not emu then return end
      local before = sent
      local res, err = ch:update_program_management_account{ catalog = "AWS", identifier = "not-a-pma",
        displayName = string.rep("x", 31), revision = "12345678901" }
      assert.is_nil(res)
      assert.equal("validation", err.kind)
      local paths = {}
      for _, v in ipairs(err.violations) do paths[v.path] = true end
      assert.is_true(paths.identifier)
      assert.is_true(paths.displayName)
      assert.is_true(paths.revision)
      assert.equal(before, sent)
    end)

    it("reports not found and server-side validation as typed errors", function()
      if not emu then return end
      service_error("ResourceNotFoundException", "UpdateProgramManagementAccount",
        ch:update_program_management_account{ catalog = "AWS", identifier = "pma-aaaaaaaaaaaaa", displayName = "Gone" })
      local _, err = ch:list_program_management_accounts{ catalog = "AWS", nextToken = "garbage" }
      service_error("ValidationException", "ListProgramManagementAccounts", nil, err)
    end)
  end)

  it("creates, lists and deletes program management accounts (idempotent create)", function()
    if not emu then return end
    local input = { catalog = "AWS", program = "DISTRIBUTION", displayName = "Idem", accountId = "123456789013",
      clientToken = "ct-1" }
    local a = assert(ch:create_program_management_account(input)).programManagementAccountDetail
    local b = assert(ch:create_program_management_account(input)).programManagementAccountDetail
    assert.equal(a.id, b.id)
    service_error("ConflictException", "CreateProgramManagementAccount", ch:create_program_management_account{
      catalog = "AWS", program = "DISTRIBUTION", displayName = "Again", accountId = "123456789013" })
    assert(ch:delete_program_management_account{ catalog = "AWS", identifier = a.id })
    service_error("ResourceNotFoundException", "DeleteProgramManagementAccount",
      ch:delete_program_management_account{ catalog = "AWS", identifier = a.id })
  end)

  it("creates, gets, updates by revision, lists and deletes relationships", function()
    if not emu then return end
    local pma = new_pma()
    local rel = new_rel(pma)
    local g = assert(ch:get_relationship{ catalog = "AWS", programManagementAccountIdentifier = pma.id, identifier = rel.arn })
    assert.equal("1", g.relationshipDetail.revision)
    local u = assert(ch:update_relationship{ catalog = "AWS", programManagementAccountIdentifier = pma.id,
      identifier = rel.id, revision = "1", displayName = "Renamed",
      requestedSupportPlan = { partnerLedSupport = { coverage = "ENTIRE_ORGANIZATION", tamLocation = "US" } } })
    assert.equal("2", u.relationshipDetail.revision)
    service_error("ConflictException", "UpdateRelationship", ch:update_relationship{ catalog = "AWS",
      programManagementAccountIdentifier = pma.id, identifier = rel.id, revision = "1", displayName = "Stale" })
    assert.equal(1, #assert(ch:list_relationships{ catalog = "AWS", programManagementAccountIdentifiers = { pma.id } }).items)
    assert(ch:delete_relationship{ catalog = "AWS", programManagementAccountIdentifier = pma.id, identifier = rel.id })
    service_error("ResourceNotFoundException", "GetRelationship",
      ch:get_relationship{ catalog = "AWS", programManagementAccountIdentifier = pma.id, identifier = rel.id })
  end)

  it("handshakes: create, list, accept, reject, cancel", function()
    if not emu then return end
    local pma = new_pma("111122223333")
    local h = assert(ch:create_channel_handshake{ handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS",
      associatedResourceIdentifier = pma.id }).channelHandshakeDetail
    local recv = assert(ch:list_channel_handshakes{ handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS",
      participantType = "RECEIVER", statuses = { "PENDING" } })
    assert.equal(1, #recv.items)
    assert.equal("ACCEPTED", assert(ch:accept_channel_handshake{ catalog = "AWS", identifier = h.id }).channelHandshakeDetail.status)
    -- a settled handshake cannot be rejected (the service's code for it: a state conflict or a validation error)
    local _, rerr = ch:reject_channel_handshake{ catalog = "AWS", identifier = h.id }
    assert.is_true(rerr:is("ConflictException") or rerr:is("ValidationException"), tostring(rerr))
    service_error(rerr.code, "RejectChannelHandshake", nil, rerr)
    local rel = new_rel(pma)
    local h2 = assert(ch:create_channel_handshake{ handshakeType = "START_SERVICE_PERIOD", catalog = "AWS",
      associatedResourceIdentifier = rel.id, payload = { startServicePeriodPayload = {
        programManagementAccountIdentifier = pma.id, servicePeriodType = "FIXED_COMMITMENT_PERIOD",
        endDate = "2027-01-31T12:00:00Z", note = "one year" } } }).channelHandshakeDetail
    assert.equal("REJECTED", assert(ch:reject_channel_handshake{ catalog = "AWS", identifier = h2.id }).channelHandshakeDetail.status)
    local h3 = assert(ch:create_channel_handshake{ handshakeType = "REVOKE_SERVICE_PERIOD", catalog = "AWS",
      associatedResourceIdentifier = rel.arn,
      payload = { revokeServicePeriodPayload = { programManagementAccountIdentifier = pma.id } } }).channelHandshakeDetail
    assert.equal("CANCELED", assert(ch:cancel_channel_handshake{ catalog = "AWS", identifier = h3.arn }).channelHandshakeDetail.status)
    -- timestamps come back as numbers (epoch seconds)
    local ls = assert(ch:list_channel_handshakes{ handshakeType = "START_SERVICE_PERIOD", catalog = "AWS",
      participantType = "SENDER" })
    assert.equal(1801396800, ls.items[1].detail.startServicePeriodHandshakeDetail.endDate)
    service_error("ResourceNotFoundException", "AcceptChannelHandshake",
      ch:accept_channel_handshake{ catalog = "AWS", identifier = "ch-aaaaaaaaaaaaa" })
  end)

  it("tags a program management account", function()
    if not emu then return end
    local arn = assert(ch:create_program_management_account{ catalog = "AWS", program = "SOLUTION_PROVIDER",
      displayName = "Tagged", accountId = "123456789012", tags = { { key = "team", value = "a" } } })
      .programManagementAccountDetail.arn
    assert(ch:tag_resource{ resourceArn = arn, tags = { { key = "env", value = "dev" } } })
    assert(ch:untag_resource{ resourceArn = arn, tagKeys = { "team" } })
    assert.same({ { key = "env", value = "dev" } }, assert(ch:list_tags_for_resource{ resourceArn = arn }).tags)
  end)

  it("pages program management accounts and relationships across several pages", function()
    if not emu then return end
    local first
    for n = 1, 5 do
      local p = new_pma("12345678900" .. n, "P" .. n)
      first = first or p
      new_rel(p, "21098765430" .. n)
    end
    local pages, ids = 0, {}
    for page, err in ch:pages("list_program_management_accounts", { catalog = "AWS", maxResults = 2 }) do
      assert.is_truthy(page, tostring(err))
      pages = pages + 1
      for _, i in ipairs(page.items) do ids[#ids + 1] = i.id end
    end
    assert.equal(3, pages)
    assert.equal(5, #ids)
    local rels = 0
    for item, err in ch:items("ListRelationships", { catalog = "AWS", maxResults = 2 }) do
      assert.is_truthy(item, tostring(err))
      rels = rels + 1
    end
    assert.equal(5, rels)
    local hs = 0
    for _, err in ch:items("ListChannelHandshakes", { catalog = "AWS", handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT",
      participantType = "SENDER", maxResults = 1 }) do
      assert.is_nil(err)
      hs = hs + 1
    end
    assert.equal(0, hs)
  end)

  it("signs with SigV4a by default and SigV4 on request", function()
    if not emu then return end
    auths = {}
    assert(ch:list_program_management_accounts{ catalog = "AWS" })
    local v4 = client_helpers.emulator_client(emu, "channel", { auth_scheme = "sigv4", hooks = hooks })
    assert(v4:list_program_management_accounts{ catalog = "AWS" })
    v4:close()
    assert.same({ "AWS4-ECDSA-P256-SHA256", "AWS4-HMAC-SHA256" }, auths)
  end)

  it("has called every one of the 17 operations successfully", function()
    if not emu then return end
    client_helpers.assert_every_operation_ok(model, ok_ops, 17)
  end)
end)
