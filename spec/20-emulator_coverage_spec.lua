-- Coverage of partnercentral-local against the committed models: every
-- operation of every service has a handler; one scripted session over real
-- HTTP calls every Account and Channel operation on a success path and on an
-- error path (Selling's: spec/25-selling_coverage_spec.lua; Benefits':
-- spec/47-benefits_emulator_spec.lua). Every 200
-- body must be valid (strict) for the operation's output shape; every error
-- must be one the operation models, its body valid for that exception shape.
local emulator = require("spec.support.emulator")
local json = emulator.json

local ACC, CHN = "PartnerCentralAccount", "PartnerCentralChannel"
local SERVICE = { [ACC] = "account", [CHN] = "channel" }
local NO_PARTNER = "partner-AAAAAAAAAAAAA"
local NO_PMA = "pma-aaaaaaaaaaaaa"
local BAD_TOKEN = "bm90LWEtdG9rZW4="   -- base64 of "not-a-token": well formed, unknown

local function details(name)
  return { DisplayName = name, Description = "Coverage.", WebsiteUrl = "https://example.com",
    LogoUrl = "https://example.com/logo.png", PrimarySolutionType = "SOFTWARE_PRODUCTS",
    IndustrySegments = { "COMPUTER_SOFTWARE" }, TranslationSourceLocale = "en-US" }
end
local CONTACT = { FirstName = "Jane", LastName = "Doe", Email = "jane.doe@example.com", BusinessTitle = "Alliance Lead" }

-- Steps in order; each is { target, input(c) | input, expect = error code
-- (nil: success), save = fn(c, body) } or { advance = seconds }.
-- c holds ids learned on the way (c.p / c.s are the seeded partners).
local function steps()
  local function acc(op) return ACC .. "." .. op end
  local function chn(op) return CHN .. "." .. op end
  local function p(c, extra)
    local t = { Catalog = "AWS", Identifier = c.p }
    for k, v in pairs(extra or {}) do t[k] = v end
    return t
  end
  local function nop(c, extra)
    local t = p(c, extra)
    t.Identifier = NO_PARTNER
    return t
  end
  local inv = function(receiver, token)
    return { Catalog = "AWS", ClientToken = token, ConnectionType = "OPPORTUNITY_COLLABORATION",
      Email = "me@corp.example", Message = "Hello", Name = "Me", ReceiverIdentifier = receiver }
  end
  local rel_in = function(c, account)
    return { catalog = "AWS", associationType = "END_CUSTOMER", programManagementAccountIdentifier = c.pma,
      associatedAccountId = account, displayName = "Customer", sector = "COMMERCIAL", resaleAccountModel = "END_CUSTOMER" }
  end
  return {
    -- Account: partners
    { acc("ListPartners"), { Catalog = "AWS" } },
    { acc("ListPartners"), { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { acc("GetPartner"), p, save = function(c, b) c.arn = b.Arn end },
    { acc("GetPartner"), nop, expect = "ResourceNotFoundException" },
    { acc("SendEmailVerificationCode"), { Catalog = "Sandbox", Email = "a@corp.example" } },
    { acc("SendEmailVerificationCode"), { Catalog = "Sandbox" }, expect = "ValidationException" },
    { acc("CreatePartner"), { Catalog = "Sandbox", LegalName = "Corp Ltd", PrimarySolutionType = "CONSULTING_SERVICES",
      AllianceLeadContact = { FirstName = "A", LastName = "B", Email = "a@corp.example", BusinessTitle = "Lead" },
      EmailVerificationCode = "123456" } },
    { acc("CreatePartner"), { Catalog = "Sandbox", LegalName = "Corp Ltd", PrimarySolutionType = "CONSULTING_SERVICES",
      AllianceLeadContact = { FirstName = "A", LastName = "B", Email = "a@corp.example", BusinessTitle = "Lead" },
      EmailVerificationCode = "123456" }, expect = "ConflictException" },
    { acc("GetProfileVisibility"), p },
    { acc("GetProfileVisibility"), nop, expect = "ResourceNotFoundException" },
    { acc("PutProfileVisibility"), function(c) return p(c, { Visibility = "PUBLIC" }) end },
    { acc("PutProfileVisibility"), function(c) return nop(c, { Visibility = "PUBLIC" }) end, expect = "ResourceNotFoundException" },
    { acc("GetAllianceLeadContact"), p },
    { acc("GetAllianceLeadContact"), nop, expect = "ResourceNotFoundException" },
    { acc("PutAllianceLeadContact"), function(c) return p(c, { AllianceLeadContact = CONTACT }) end },
    { acc("PutAllianceLeadContact"), function(c)
        local other = {}
        for k, v in pairs(CONTACT) do other[k] = v end
        other.Email = "unverified@corp.example"
        return p(c, { AllianceLeadContact = other })
      end, expect = "ValidationException" },
    { acc("SendEmailVerificationCode"), { Catalog = "AWS", Email = "x@train.example" } },
    { acc("AssociateAwsTrainingCertificationEmailDomain"),
      function(c) return p(c, { Email = "x@train.example", EmailVerificationCode = "123456" }) end },
    { acc("AssociateAwsTrainingCertificationEmailDomain"),
      function(c) return nop(c, { Email = "x@train.example", EmailVerificationCode = "123456" }) end,
      expect = "ResourceNotFoundException" },
    { acc("DisassociateAwsTrainingCertificationEmailDomain"), function(c) return p(c, { DomainName = "train.example" }) end },
    { acc("DisassociateAwsTrainingCertificationEmailDomain"), function(c) return p(c, { DomainName = "train.example" }) end,
      expect = "ResourceNotFoundException" },
    -- Account: profile tasks
    { acc("StartProfileUpdateTask"), function(c) return p(c, { TaskDetails = details("Cov") }) end,
      save = function(c, b) c.task = b.TaskId end },
    { acc("StartProfileUpdateTask"), function(c) return p(c, { TaskDetails = details("Again") }) end,
      expect = "ConflictException" },
    { acc("GetProfileUpdateTask"), p },
    { acc("GetProfileUpdateTask"), function(c) return { Catalog = "Sandbox", Identifier = c.s } end,
      expect = "ResourceNotFoundException" },
    { acc("CancelProfileUpdateTask"), function(c) return p(c, { TaskId = c.task }) end },
    { acc("CancelProfileUpdateTask"), function(c) return p(c, { TaskId = c.task }) end, expect = "ConflictException" },
    -- Account: qualifications
    { acc("StartQualificationsAssociationTask"), function(c) return p(c, { PrimaryPartner = { AccountId = "210987654321" } }) end },
    { acc("StartQualificationsAssociationTask"), function(c) return p(c, { PrimaryPartner = { AccountId = "210987654321" } }) end,
      expect = "ConflictException" },
    { acc("GetQualificationsAssociationTask"), p },
    { acc("GetQualificationsAssociationTask"), function(c) return { Catalog = "Sandbox", Identifier = c.s } end,
      expect = "ResourceNotFoundException" },
    { advance = 3 },
    { acc("GetQualificationsAssociationDetails"), p },
    { acc("GetQualificationsAssociationDetails"), nop, expect = "ResourceNotFoundException" },
    { acc("StartQualificationsDisassociationTask"), function(c) return p(c, { AssociatedPartner = { AccountId = "210987654321" } }) end },
    { acc("StartQualificationsDisassociationTask"), function(c) return p(c, { AssociatedPartner = { AccountId = "210987654321" } }) end,
      expect = "ConflictException" },
    { acc("GetQualificationsDisassociationTask"), p },
    { acc("GetQualificationsDisassociationTask"), function(c) return { Catalog = "Sandbox", Identifier = c.s } end,
      expect = "ResourceNotFoundException" },
    -- Account: connections
    { acc("GetConnectionPreferences"), { Catalog = "AWS" } },
    { acc("GetConnectionPreferences"), { Catalog = "Elsewhere" }, expect = "ValidationException" },
    { acc("UpdateConnectionPreferences"), { Catalog = "AWS", Revision = 1, AccessType = "DENY_ALL" } },
    { acc("UpdateConnectionPreferences"), { Catalog = "AWS", Revision = 1, AccessType = "ALLOW_ALL" }, expect = "ConflictException" },
    { acc("CreateConnectionInvitation"), inv("210987654321", "i1"), save = function(c, b) c.inv = b.Id end },
    { acc("CreateConnectionInvitation"), inv("210987654321", "i2"), expect = "ConflictException" },
    { acc("GetConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv } end },
    { acc("GetConnectionInvitation"), { Catalog = "AWS", Identifier = "pacinv-AAAAAAAAAAAAA" }, expect = "ResourceNotFoundException" },
    { acc("ListConnectionInvitations"), { Catalog = "AWS", MaxResults = 1 } },
    { acc("ListConnectionInvitations"), { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { acc("AcceptConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv, ClientToken = "a1" } end,
      save = function(c, b) c.conn = b.Connection.Id end },
    { acc("AcceptConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv, ClientToken = "a2" } end,
      expect = "ConflictException" },
    { acc("CreateConnectionInvitation"), inv("222222222222", "i3"), save = function(c, b) c.inv2 = b.Id end },
    { acc("RejectConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv2, ClientToken = "r1" } end },
    { acc("RejectConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv2, ClientToken = "r2" } end,
      expect = "ConflictException" },
    { acc("CreateConnectionInvitation"), inv("333333333333", "i4"), save = function(c, b) c.inv3 = b.Id end },
    { acc("CancelConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv3, ClientToken = "c1" } end },
    { acc("CancelConnectionInvitation"), function(c) return { Catalog = "AWS", Identifier = c.inv3, ClientToken = "c2" } end,
      expect = "ConflictException" },
    { acc("GetConnection"), function(c) return { Catalog = "AWS", Identifier = c.conn } end },
    { acc("GetConnection"), { Catalog = "AWS", Identifier = "pac-AAAAAAAAAAAAA" }, expect = "ResourceNotFoundException" },
    { acc("ListConnections"), { Catalog = "AWS" } },
    { acc("ListConnections"), { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { acc("CancelConnection"), function(c) return { Catalog = "AWS", Identifier = c.conn,
        ConnectionType = "OPPORTUNITY_COLLABORATION", Reason = "done", ClientToken = "x1" } end },
    { acc("CancelConnection"), function(c) return { Catalog = "AWS", Identifier = c.conn,
        ConnectionType = "OPPORTUNITY_COLLABORATION", Reason = "again", ClientToken = "x2" } end, expect = "ConflictException" },
    -- Account: verification and tags
    { acc("GetVerification"), { VerificationType = "BUSINESS_VERIFICATION" }, expect = "ResourceNotFoundException" },
    { acc("StartVerification"), { VerificationDetails = { BusinessVerificationDetails = {
        LegalName = "Corp", RegistrationId = "R-1", CountryCode = "US" } } } },
    { acc("StartVerification"), { VerificationDetails = { BusinessVerificationDetails = {
        LegalName = "Corp", RegistrationId = "R-1", CountryCode = "US" } } }, expect = "ConflictException" },
    { acc("GetVerification"), { VerificationType = "BUSINESS_VERIFICATION" } },
    { acc("TagResource"), function(c) return { ResourceArn = c.arn, Tags = { { Key = "a", Value = "1" }, { Key = "b", Value = "2" } } } end },
    { acc("TagResource"), function(c) return { ResourceArn = c.arn:gsub("partner%-%w+$", NO_PARTNER),
        Tags = { { Key = "a", Value = "1" } } } end, expect = "ResourceNotFoundException" },
    { acc("UntagResource"), function(c) return { ResourceArn = c.arn, TagKeys = { "a" } } end },
    { acc("UntagResource"), function(c) return { ResourceArn = c.arn:gsub("partner%-%w+$", NO_PARTNER), TagKeys = { "a" } } end,
      expect = "ResourceNotFoundException" },
    { acc("ListTagsForResource"), function(c) return { ResourceArn = c.arn } end },
    { acc("ListTagsForResource"), function(c) return { ResourceArn = c.arn:gsub("partner%-%w+$", NO_PARTNER) } end,
      expect = "ResourceNotFoundException" },

    -- Channel: program management accounts and relationships
    { chn("CreateProgramManagementAccount"), { catalog = "AWS", program = "SOLUTION_PROVIDER", displayName = "Cov",
        accountId = "111122223333" }, save = function(c, b)
          c.pma, c.pma_arn = b.programManagementAccountDetail.id, b.programManagementAccountDetail.arn end },
    { chn("CreateProgramManagementAccount"), { catalog = "AWS", program = "SOLUTION_PROVIDER", displayName = "Dup",
        accountId = "111122223333" }, expect = "ConflictException" },
    { chn("UpdateProgramManagementAccount"), function(c) return { catalog = "AWS", identifier = c.pma, revision = "1",
        displayName = "Renamed" } end },
    { chn("UpdateProgramManagementAccount"), function(c) return { catalog = "AWS", identifier = c.pma, revision = "1",
        displayName = "Stale" } end, expect = "ConflictException" },
    { chn("ListProgramManagementAccounts"), { catalog = "AWS", maxResults = 5 } },
    { chn("ListProgramManagementAccounts"), { catalog = "AWS", nextToken = BAD_TOKEN }, expect = "ValidationException" },
    { chn("CreateRelationship"), function(c) return rel_in(c, "210987654321") end,
      save = function(c, b) c.rel = b.relationshipDetail.id end },
    { chn("CreateRelationship"), function(c) return rel_in(c, "210987654321") end, expect = "ConflictException" },
    { chn("GetRelationship"), function(c) return { catalog = "AWS", programManagementAccountIdentifier = c.pma, identifier = c.rel } end },
    { chn("GetRelationship"), function(c) return { catalog = "AWS", programManagementAccountIdentifier = c.pma,
        identifier = "rs-aaaaaaaaaaaaa" } end, expect = "ResourceNotFoundException" },
    { chn("UpdateRelationship"), function(c) return { catalog = "AWS", programManagementAccountIdentifier = c.pma,
        identifier = c.rel, revision = "1", displayName = "Renamed" } end },
    { chn("UpdateRelationship"), function(c) return { catalog = "AWS", programManagementAccountIdentifier = c.pma,
        identifier = c.rel, revision = "1", displayName = "Stale" } end, expect = "ConflictException" },
    { chn("ListRelationships"), { catalog = "AWS" } },
    { chn("ListRelationships"), { catalog = "AWS", nextToken = BAD_TOKEN }, expect = "ValidationException" },
    -- Channel: handshakes
    { chn("CreateChannelHandshake"), function(c) return { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS",
        associatedResourceIdentifier = c.pma } end, save = function(c, b) c.ch1 = b.channelHandshakeDetail.id end },
    { chn("CreateChannelHandshake"), { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS",
        associatedResourceIdentifier = NO_PMA }, expect = "ResourceNotFoundException" },
    { chn("ListChannelHandshakes"), { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS", participantType = "RECEIVER" } },
    { chn("ListChannelHandshakes"), { handshakeType = "PROGRAM_MANAGEMENT_ACCOUNT", catalog = "AWS", participantType = "SENDER",
        nextToken = BAD_TOKEN }, expect = "ValidationException" },
    { chn("AcceptChannelHandshake"), function(c) return { catalog = "AWS", identifier = c.ch1 } end },
    { chn("AcceptChannelHandshake"), { catalog = "AWS", identifier = "ch-aaaaaaaaaaaaa" }, expect = "ResourceNotFoundException" },
    { chn("CreateChannelHandshake"), function(c) return { handshakeType = "START_SERVICE_PERIOD", catalog = "AWS",
        associatedResourceIdentifier = c.rel, payload = { startServicePeriodPayload = {
          programManagementAccountIdentifier = c.pma, servicePeriodType = "FIXED_COMMITMENT_PERIOD",
          endDate = "2027-01-31T12:00:00Z", note = "one year" } } } end,
      save = function(c, b) c.ch2 = b.channelHandshakeDetail.id end },
    { chn("RejectChannelHandshake"), function(c) return { catalog = "AWS", identifier = c.ch2 } end },
    { chn("RejectChannelHandshake"), function(c) return { catalog = "AWS", identifier = c.ch2 } end, expect = "ValidationException" },
    { chn("CreateChannelHandshake"), function(c) return { handshakeType = "REVOKE_SERVICE_PERIOD", catalog = "AWS",
        associatedResourceIdentifier = c.rel, payload = { revokeServicePeriodPayload = {
          programManagementAccountIdentifier = c.pma } } } end,
      save = function(c, b) c.ch3 = b.channelHandshakeDetail.arn end },
    { chn("ListChannelHandshakes"), { handshakeType = "START_SERVICE_PERIOD", catalog = "AWS", participantType = "SENDER" } },
    { chn("CancelChannelHandshake"), function(c) return { catalog = "AWS", identifier = c.ch3 } end },
    { chn("CancelChannelHandshake"), { catalog = "AWS", identifier = "ch-aaaaaaaaaaaaa" }, expect = "ResourceNotFoundException" },
    -- Channel: tags, then deletes
    { chn("TagResource"), function(c) return { resourceArn = c.pma_arn, tags = { { key = "env", value = "dev" } } } end },
    { chn("TagResource"), function(c) return { resourceArn = c.pma_arn:gsub("pma%-%w+$", NO_PMA),
        tags = { { key = "env", value = "dev" } } } end, expect = "ResourceNotFoundException" },
    { chn("UntagResource"), function(c) return { resourceArn = c.pma_arn, tagKeys = { "env" } } end },
    { chn("UntagResource"), function(c) return { resourceArn = c.pma_arn:gsub("pma%-%w+$", NO_PMA), tagKeys = { "env" } } end,
      expect = "ResourceNotFoundException" },
    { chn("ListTagsForResource"), function(c) return { resourceArn = c.pma_arn } end },
    { chn("ListTagsForResource"), function(c) return { resourceArn = c.pma_arn:gsub("pma%-%w+$", NO_PMA) } end,
      expect = "ResourceNotFoundException" },
    { chn("DeleteProgramManagementAccount"), function(c) return { catalog = "AWS", identifier = c.pma } end,
      expect = "ConflictException" },   -- it still has a relationship
    { chn("DeleteRelationship"), function(c) return { catalog = "AWS", programManagementAccountIdentifier = c.pma, identifier = c.rel } end },
    { chn("DeleteRelationship"), function(c) return { catalog = "AWS", programManagementAccountIdentifier = c.pma, identifier = c.rel } end,
      expect = "ResourceNotFoundException" },
    { chn("DeleteProgramManagementAccount"), function(c) return { catalog = "AWS", identifier = c.pma } end },
  }
end

describe("emulator coverage", function()
  local models = require("partnercentral_local.compiled_models")

  it("handles all 34 Account, 17 Channel, 45 Selling and 17 Benefits operations, nothing else", function()
    local handlers = require("partnercentral_local.server").handlers()
    local want, counts = {}, {}
    for prefix, svc in pairs(require("partnercentral_local.services")) do
      counts[svc.model] = 0
      for op in pairs(models.get(svc.model).model.operations) do
        want[prefix .. "." .. op] = true
        counts[svc.model] = counts[svc.model] + 1
        assert(handlers[prefix .. "." .. op], "no handler for " .. prefix .. "." .. op)
      end
    end
    for target in pairs(handlers) do assert(want[target], "handler for unknown target " .. target) end
    assert.same({ account = 34, channel = 17, selling = 45, benefits = 17 }, counts)
  end)

  it("calls every operation on a success and an error path; every body fits the model (strict)", function()
    local emu = assert(emulator.start{ control = true, delay = 2 })
    local ok, err = pcall(function()
      local c = { p = emu.partners.AWS, s = emu.partners.Sandbox }
      local seen = {}
      for i, st in ipairs(steps()) do
        if st.advance then
          assert.equal(200, (emu:control("clock", '{"advance":' .. st.advance .. "}")))
        else
          local target = st[1]
          local prefix, op = target:match("^(%w+)%.(%w+)$")
          local svc = SERVICE[prefix]
          local input = type(st[2]) == "function" and st[2](c) or st[2]
          local status, body, _, raw = emu:call(target, json.encode(input))
          local where = "step " .. i .. " " .. target .. " -> " .. tostring(status) .. " " .. tostring(raw)
          seen[target] = seen[target] or {}
          if st.expect then
            assert(status == 400, where)
            assert(type(body) == "table" and body.__type == st.expect, where .. " (wanted " .. st.expect .. ")")
            local fine, why = emulator.check_error(svc, op, body)
            assert(fine, where .. ": " .. tostring(why))
            seen[target].error = true
          else
            assert(status == 200, where)
            local fine, why = emulator.check_output(svc, op, body)
            assert(fine, where .. ": output not valid: " .. tostring(why))
            if st.save then st.save(c, body) end
            seen[target].success = true
          end
        end
      end
      local missing = {}
      for prefix, svc in pairs(SERVICE) do
        for op in pairs(models.get(svc).model.operations) do
          local s = seen[prefix .. "." .. op] or {}
          if not s.success then missing[#missing + 1] = prefix .. "." .. op .. " (success)" end
          if not s.error then missing[#missing + 1] = prefix .. "." .. op .. " (error)" end
        end
      end
      table.sort(missing)
      assert(#missing == 0, "not exercised: " .. table.concat(missing, ", "))
      -- and the worker logged no handler failure on the way
      local f = io.open(emu.prefix .. "/logs/error.log", "rb")
      local log = f and f:read("*a") or ""
      if f then f:close() end
      assert(not log:find("handler error", 1, true), log)
    end)
    emu:stop()
    assert(ok, err)
  end)
end)
