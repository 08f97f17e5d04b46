-- partnercentral-local: every Channel operation over real HTTP, success and
-- error paths; every success body is checked against the output shape.
local emulator = require("spec.support.emulator")

describe("emulator Channel API", function()
  local emu
  emulator.use({ control = true }, function(e) emu = e end)

  local function call(op, input) return emulator.checked_call(emu, "channel", op, input) end
  local function expect_error(code, status, body)
    assert.equal(400, status)
    assert.equal(code, body.__type)
    assert.is_string(body.message)
    if code == "ConflictException" or code == "ResourceNotFoundException" then
      assert.is_string(body.resourceId)
      assert.is_string(body.resourceType)
    end
  end
  local function new_pma(account, name)
    local s, b = call("CreateProgramManagementAccount", { catalog = "AWS", program = "SOLUTION_PROVIDER",
      displayName = name or "PMA", accountId = account or "123456789012" })
    assert.equal(200, s)
    return b.programManagementAccountDetail
  end
  local function new_rel(pma, account)
    local s, b = call("CreateRelationship", { catalog = "AWS", associationType = "END_CUSTOMER",
      programManagementAccountIdentifier = pma.id, associatedAccountId = account or "210987654321",
      displayName = "Customer", sector = "COMMERCIAL", resaleAccountModel = "END_CUSTOMER" })
    assert.equal(200, s)
    return b.relationshipDetail
  end

  it("creates, updates by revision, lists and deletes program management accounts", function()
    if not emu then return end
    local pma = new_pma()
    assert.matches("^pma%-[a-z0-9]+$", pma.id)
    expect_error("ConflictException", call("CreateProgramManagementAccount", { catalog = "AWS",
      program = "SOLUTION_PROVIDER", displayName = "Again", accountId = "123456789012" }))
    local s, u = call("UpdateProgramManagementAccount", { catalog = "AWS", identifier = pma.id, revision = "1", displayName = "Renamed" })
    assert.equal(200, s)
    assert.equal("2", u.programManagementAccountDetail.revision)
    assert.equal("Renamed", u.programManagementAccountDetail.displayName)
    expect_error("ConflictException", call("UpdateProgramManagementAccount",
      { catalog = "AWS", identifier = pma.id, revision = "1", displayName = "Stale" }))
    local _, u2 = call("UpdateProgramManagementAccount", { catalog = "AWS", identifier = pma.arn, displayName = "NoRev" })
    assert.equal("3", u2.programManagementAccountDetail.revision)
    local _, l = call("ListProgramManagementAccounts", { catalog = "AWS", statuses = { "PENDING" } })
    assert.equal(1, #l.items)
    assert.equal("NoRev", l.items[1].displayName)
    assert.equal(200, (call("DeleteProgramManagementAccount", { catalog = "AWS", identifier = pma.id })))
    expect_error("ResourceNotFoundException", call("DeleteProgramManagementAccount", { catalog = "AWS", identifier = pma.id }))
    expect_error("ResourceNotFoundException", call("UpdateProgramManagementAccount",
      { catalog = "AWS", identifier = pma.id, displayName = "Gone" }))
  end)

  it("keeps client-token idempotency for creates", function()
    if not emu then return end
    local input = { catalog = "AWS", program = "DISTRIBUTION", displayName = "Idem", accountId = "123456789013", clientToken = "ct-1" }
    local _, a = call("CreateProgramManagementAccount", input)
    local _, b = call("CreateProgramManagementAccount", input)
    assert.equal(a.programManagementAccountDetail.id, b.programManagementAccountDetail.id)
    input.displayName = "Other"
    expect_error("ConflictException", call("CreateProgramManagementAccount", input))
  end)

  it("paginates program management accounts; a bad token is a ValidationException", function()
    if not emu then return end
    for n = 1, 5 do new_pma("12345678900" .. n, "P" .. n) end
    local ids, token, pages = {}, nil, 0
    repeat
      local _, b = call("ListProgramManagementAccounts", { catalog = "AWS", maxResults = 2, nextToken = token,
        sort = { sortBy = "UpdatedAt", sortOrder = "Descending" } })
      pages = pages + 1
      for _, i in ipairs(b.items) do ids[#ids + 1] = i.id end
      token = b.nextToken
    until not token
    assert.equal(3, pages)
    assert.equal(5, #ids)
    expect_error("ValidationException", call("ListProgramManagementAccounts", { catalog = "AWS", nextToken = "garbage" }))
  end)

  it("creates, gets, updates by revision, lists and deletes relationships", function()
    if not emu then return end
    local pma = new_pma()
    local rel = new_rel(pma)
    assert.matches("^rs%-[a-z0-9]+$", rel.id)
    expect_error("ConflictException", call("CreateRelationship", { catalog = "AWS", associationType = "END_CUSTOMER",
      programManagementAccountIdentifier = pma.id, associatedAccountId = "210987654321", displayName = "Dup", sector = "COMMERCIAL" }))
    local _, g = call("GetRelationship", { catalog = "AWS", programManagementAccountIdentifier = pma.id, identifier = rel.arn })
    assert.equal("1", g.relationshipDetail.revision)
    local _, u = call("UpdateRelationship", { catalog = "AWS", programManagementAccountIdentifier = pma.id,
      identifier = rel.id, revision = "1", displayName = "Renamed",
      requestedSupportPlan = { partnerLedSupport = { coverage = "ENTIRE_ORGANIZATION", tamLocation = "US" } } })
    assert.equal("2", u.relationshipDetail.revision)
    expect_error("ConflictException", call("UpdateRelationship", { catalog = "AWS",
      programManagementAccountIdentifier = pma.id, identifier = rel.id, revision = "1", displayName = "Stale" }))
    local _, l = call("ListRelationships", { catalog = "AWS", programManagementAccountIdentifiers = { pma.id } })
    assert.equal(1, #l.items)
    expect_error("ConflictException", call("DeleteProgramManagementAccount", { catalog = "AWS", identifier = pma.id }))
    assert.equal(200, (call("DeleteRelationship", { catalog = "AWS", programManagementAccountIdentifier = pma.id, identifier = rel.id })))
    expect_error("ResourceNotFoundException", call("GetRelationship",
      { catalog = "AWS", programManagementAccountIdentifier = pma.id, identifier = rel.id }))
    expect_error("ResourceNotFoundException", call("CreateRelationship", { catalog = "AWS", associationType = "END_CUSTOMER",
      programManagementAccountIdentifier = "pma-aaaaaaaaaaaaa", associatedAccountId = "210987654321", displayName = "X", sector = "COMMERCIAL" }))
  end)

  it("handshakes: create, list, accept (activates the PMA), reject, cancel", function()
    if not emu then return end
    local pma = new_pma("111122223333")   -- the caller's own account: it is also the receiver
    local s, h = call("CreateChannelHandshake", { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS",
      associatedResourceIdentifier = pma.id })
    assert.equal(200, s)
    local id = h.channelHandshakeDetail.id
    assert.matches("^ch%-[a-z0-9]+$", id)
    local _, sent = call("ListChannelHandshakes", { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS", participantType = "SENDER" })
    assert.equal(1, #sent.items)
    assert.equal("PENDING", sent.items[1].status)
    local _, recv = call("ListChannelHandshakes", { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS",
      participantType = "RECEIVER", statuses = { "PENDING" } })
    assert.equal(1, #recv.items)
    local _, a = call("AcceptChannelHandshake", { catalog = "AWS", identifier = id })
    assert.equal("ACCEPTED", a.channelHandshakeDetail.status)
    -- answering twice: the model lists no ConflictException for these operations
    local sr, br = call("RejectChannelHandshake", { catalog = "AWS", identifier = id })
    expect_error("ValidationException", sr, br)
    assert.equal("BUSINESS_VALIDATION_FAILED", br.reason)
    local _, l = call("ListProgramManagementAccounts", { catalog = "AWS" })
    assert.equal("ACTIVE", l.items[1].status)
    local rel = new_rel(pma)
    local _, h2 = call("CreateChannelHandshake", { handshakeType = "START_SERVICE_PERIOD", catalog = "AWS",
      associatedResourceIdentifier = rel.id, payload = { startServicePeriodPayload = {
        programManagementAccountIdentifier = pma.id, servicePeriodType = "FIXED_COMMITMENT_PERIOD",
        endDate = "2027-01-31T12:00:00Z", note = "one year" } } })
    local _, r = call("RejectChannelHandshake", { catalog = "AWS", identifier = h2.channelHandshakeDetail.id })
    assert.equal("REJECTED", r.channelHandshakeDetail.status)
    local _, h3 = call("CreateChannelHandshake", { handshakeType = "REVOKE_SERVICE_PERIOD", catalog = "AWS",
      associatedResourceIdentifier = rel.arn, payload = { revokeServicePeriodPayload = { programManagementAccountIdentifier = pma.id } } })
    local _, c = call("CancelChannelHandshake", { catalog = "AWS", identifier = h3.channelHandshakeDetail.arn })
    assert.equal("CANCELED", c.channelHandshakeDetail.status)
    local _, ls = call("ListChannelHandshakes", { handshakeType = "START_SERVICE_PERIOD", catalog = "AWS", participantType = "SENDER",
      handshakeTypeFilters = { startServicePeriodTypeFilters = { servicePeriodTypes = { "FIXED_COMMITMENT_PERIOD" } } } })
    assert.equal(1, #ls.items)
    local ends = ls.items[1].detail.startServicePeriodHandshakeDetail.endDate
    if type(ends) == "number" then assert.equal(1801396800, ends)
    else assert.matches("^2027%-01%-31T12:00:00", ends) end
    expect_error("ValidationException", call("CreateChannelHandshake", { handshakeType = "START_SERVICE_PERIOD",
      catalog = "AWS", associatedResourceIdentifier = rel.id }))
    expect_error("ResourceNotFoundException", call("AcceptChannelHandshake", { catalog = "AWS", identifier = "ch-aaaaaaaaaaaaa" }))
    expect_error("ResourceNotFoundException", call("CreateChannelHandshake", { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT",
      catalog = "AWS", associatedResourceIdentifier = "pma-aaaaaaaaaaaaa" }))
  end)

  it("tags program management accounts; unknown ARNs are not found", function()
    if not emu then return end
    local _, b = call("CreateProgramManagementAccount", { catalog = "AWS", program = "SOLUTION_PROVIDER",
      displayName = "Tagged", accountId = "123456789012", tags = { { key = "team", value = "a" } } })
    local arn = b.programManagementAccountDetail.arn
    assert.equal(200, (call("TagResource", { resourceArn = arn, tags = { { key = "env", value = "dev" } } })))
    assert.equal(200, (call("UntagResource", { resourceArn = arn, tagKeys = { "team" } })))
    local _, t = call("ListTagsForResource", { resourceArn = arn })
    assert.same({ { key = "env", value = "dev" } }, t.tags)
    expect_error("ResourceNotFoundException", call("ListTagsForResource",
      { resourceArn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/program-management-account/pma-aaaaaaaaaaaaa" }))
  end)
end)
