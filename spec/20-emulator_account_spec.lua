-- partnercentral-local: every Account operation over real HTTP, success and
-- error paths; every success body is checked against the output shape.
local emulator = require("spec.support.emulator")
local json = emulator.json

describe("emulator Account API", function()
  local emu
  emulator.use({ control = true, delay = 2 }, function(e) emu = e end)

  local function call(op, input) return emulator.checked_call(emu, "account", op, input) end
  local function expect_error(code, reason, status, body)
    assert.equal(400, status)
    assert.equal(code, body.__type)
    assert.is_string(body.Message)
    if reason then assert.equal(reason, body.Reason) end
  end
  local function advance(s) emu:control("clock", '{"advance":' .. s .. '}') end
  local details = emulator.partner_details

  describe("partners and profile tasks", function()
    it("GetPartner and ListPartners show the seeded partner; unknown ids are not found", function()
      if not emu then return end
      local s, b = call("GetPartner", { Catalog = "AWS", Identifier = emu.partners.AWS })
      assert.equal(200, s)
      assert.equal(emu.partners.AWS, b.Id)
      s, b = call("GetPartner", { Catalog = "AWS", Identifier = b.Arn })
      assert.equal(200, s)
      assert.equal(emu.partners.AWS, b.Id)
      s, b = call("ListPartners", { Catalog = "Sandbox" })
      assert.equal(200, s)
      assert.equal(emu.partners.Sandbox, b.PartnerSummaryList[1].Id)
      expect_error("ResourceNotFoundException", "PARTNER_NOT_FOUND",
        call("GetPartner", { Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }))
      expect_error("ResourceNotFoundException", "PARTNER_NOT_FOUND",
        call("GetPartner", { Catalog = "Sandbox", Identifier = emu.partners.AWS }))
    end)

    it("runs a profile update task from IN_PROGRESS to SUCCEEDED and applies it", function()
      if not emu then return end
      local id = emu.partners.AWS
      local s, t = call("StartProfileUpdateTask", { Catalog = "AWS", Identifier = id, ClientToken = "tok-1",
        TaskDetails = details({ DisplayName = "New Name" }) })
      assert.equal(200, s)
      assert.equal("IN_PROGRESS", t.Status)
      assert.matches("^pprofiletask%-", t.TaskId)
      expect_error("ConflictException", "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
        call("StartProfileUpdateTask", { Catalog = "AWS", Identifier = id, TaskDetails = details() }))
      local _, g = call("GetProfileUpdateTask", { Catalog = "AWS", Identifier = id })
      assert.equal("IN_PROGRESS", g.Status)
      advance(3)
      _, g = call("GetProfileUpdateTask", { Catalog = "AWS", Identifier = id })
      assert.equal("SUCCEEDED", g.Status)
      assert.is_not_nil(g.EndedAt)
      local _, p = call("GetPartner", { Catalog = "AWS", Identifier = id })
      assert.equal("New Name", p.Profile.DisplayName)
      -- the same client token and input: the same task; other input: conflict
      local s2, t2 = call("StartProfileUpdateTask", { Catalog = "AWS", Identifier = id, ClientToken = "tok-1",
        TaskDetails = details({ DisplayName = "New Name" }) })
      assert.equal(200, s2)
      assert.equal(t.TaskId, t2.TaskId)
      expect_error("ConflictException", "CONFLICT_CLIENT_TOKEN",
        call("StartProfileUpdateTask", { Catalog = "AWS", Identifier = id, ClientToken = "tok-1",
          TaskDetails = details({ DisplayName = "Other" }) }))
      local _, st = emu:control("state")
      assert.equal(1, #st.stores.partners.by_id[id].tasks)
    end)

    it("ends FAILED with ErrorDetailList for a logo that is not an image", function()
      if not emu then return end
      local id = emu.partners.AWS
      call("StartProfileUpdateTask", { Catalog = "AWS", Identifier = id,
        TaskDetails = details({ LogoUrl = "https://example.com/logo.txt", WebsiteUrl = "https://site.invalid" }) })
      advance(3)
      local _, g = call("GetProfileUpdateTask", { Catalog = "AWS", Identifier = id })
      assert.equal("FAILED", g.Status)
      local reasons = {}
      for _, e in ipairs(g.ErrorDetailList) do reasons[e.Reason] = true end
      assert.is_true(reasons.INVALID_LOGO_URL)
      assert.is_true(reasons.INVALID_WEBSITE_URL)
      local _, p = call("GetPartner", { Catalog = "AWS", Identifier = id })
      assert.equal("https://example.com/logo.png", p.Profile.LogoUrl)
    end)

    it("rejects a non-https URL before any task starts", function()
      if not emu then return end
      expect_error("ValidationException", "REQUEST_VALIDATION_FAILED", call("StartProfileUpdateTask",
        { Catalog = "AWS", Identifier = emu.partners.AWS, TaskDetails = details({ WebsiteUrl = "http://example.com" }) }))
    end)

    it("cancels an in-progress task and refuses to cancel twice", function()
      if not emu then return end
      local id = emu.partners.Sandbox
      expect_error("ResourceNotFoundException", "PARTNER_PROFILE_TASK_NOT_FOUND",
        call("GetProfileUpdateTask", { Catalog = "Sandbox", Identifier = id }))
      local _, t = call("StartProfileUpdateTask", { Catalog = "Sandbox", Identifier = id, TaskDetails = details() })
      local s, c = call("CancelProfileUpdateTask", { Catalog = "Sandbox", Identifier = id, TaskId = t.TaskId })
      assert.equal(200, s)
      assert.equal("CANCELED", c.Status)
      expect_error("ConflictException", "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
        call("CancelProfileUpdateTask", { Catalog = "Sandbox", Identifier = id, TaskId = t.TaskId }))
      expect_error("ResourceNotFoundException", nil,
        call("CancelProfileUpdateTask", { Catalog = "Sandbox", Identifier = id, TaskId = "pprofiletask-AAAAAAAAAAAAA" }))
    end)

    it("creates a partner after an email verification code, once per legal name", function()
      if not emu then return end
      local contact = { FirstName = "A", LastName = "B", Email = "a@corp.example", BusinessTitle = "Lead" }
      local input = { Catalog = "Sandbox", LegalName = "Corp Ltd", PrimarySolutionType = "CONSULTING_SERVICES",
        AllianceLeadContact = contact, EmailVerificationCode = "123456", Tags = { { Key = "env", Value = "test" } } }
      expect_error("ValidationException", "BUSINESS_VALIDATION_FAILED", call("CreatePartner", input))
      assert.equal(200, (call("SendEmailVerificationCode", { Catalog = "Sandbox", Email = "a@corp.example" })))
      local s, p = call("CreatePartner", input)
      assert.equal(200, s)
      assert.matches("^partner%-", p.Id)
      expect_error("ConflictException", "DUPLICATE_PARTNER", call("CreatePartner", input))
      local _, l = call("ListPartners", { Catalog = "Sandbox" })
      assert.equal(2, #l.PartnerSummaryList)
      local _, tags = call("ListTagsForResource", { ResourceArn = p.Arn })
      assert.same({ { Key = "env", Value = "test" } }, tags.Tags)
    end)

    it("gets and puts profile visibility and the alliance lead contact", function()
      if not emu then return end
      local id = emu.partners.AWS
      local _, v = call("GetProfileVisibility", { Catalog = "AWS", Identifier = id })
      assert.equal("PRIVATE", v.Visibility)
      local _, v2 = call("PutProfileVisibility", { Catalog = "AWS", Identifier = id, Visibility = "PUBLIC" })
      assert.equal("PUBLIC", v2.Visibility)
      local _, c = call("GetAllianceLeadContact", { Catalog = "AWS", Identifier = id })
      local contact = c.AllianceLeadContact
      contact.BusinessTitle = "VP Alliances"
      local s, c2 = call("PutAllianceLeadContact", { Catalog = "AWS", Identifier = id, AllianceLeadContact = contact })
      assert.equal(200, s)
      assert.equal("VP Alliances", c2.AllianceLeadContact.BusinessTitle)
      contact.Email = "new@corp.example"
      expect_error("ValidationException", "BUSINESS_VALIDATION_FAILED",
        call("PutAllianceLeadContact", { Catalog = "AWS", Identifier = id, AllianceLeadContact = contact }))
    end)

    it("associates and disassociates training email domains", function()
      if not emu then return end
      local id = emu.partners.AWS
      call("SendEmailVerificationCode", { Catalog = "AWS", Email = "x@train.example" })
      assert.equal(200, (call("AssociateAwsTrainingCertificationEmailDomain",
        { Catalog = "AWS", Identifier = id, Email = "x@train.example", EmailVerificationCode = "123456" })))
      local _, p = call("GetPartner", { Catalog = "AWS", Identifier = id })
      assert.equal("train.example", p.AwsTrainingCertificationEmailDomains[1].DomainName)
      assert.equal(200, (call("DisassociateAwsTrainingCertificationEmailDomain",
        { Catalog = "AWS", Identifier = id, DomainName = "train.example" })))
      expect_error("ResourceNotFoundException", "PARTNER_DOMAIN_NOT_FOUND",
        call("DisassociateAwsTrainingCertificationEmailDomain", { Catalog = "AWS", Identifier = id, DomainName = "train.example" }))
    end)

    it("runs qualifications association and disassociation tasks", function()
      if not emu then return end
      local id = emu.partners.AWS
      local _, d = call("GetQualificationsAssociationDetails", { Catalog = "AWS", Identifier = id })
      assert.equal("NOT_ASSOCIATED", d.Status)
      expect_error("ResourceNotFoundException", "QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND",
        call("GetQualificationsAssociationTask", { Catalog = "AWS", Identifier = id }))
      local primary = { AccountId = "210987654321" }
      local s, t = call("StartQualificationsAssociationTask", { Catalog = "AWS", Identifier = id, PrimaryPartner = primary })
      assert.equal(200, s)
      assert.equal("IN_PROGRESS", t.Status)
      expect_error("ConflictException", "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
        call("StartQualificationsAssociationTask", { Catalog = "AWS", Identifier = id, PrimaryPartner = primary }))
      advance(3)
      local _, g = call("GetQualificationsAssociationTask", { Catalog = "AWS", Identifier = id })
      assert.equal("SUCCEEDED", g.Status)
      _, d = call("GetQualificationsAssociationDetails", { Catalog = "AWS", Identifier = id })
      assert.equal("ASSOCIATED", d.Status)
      expect_error("ResourceNotFoundException", "QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND",
        call("GetQualificationsDisassociationTask", { Catalog = "AWS", Identifier = id }))
      local s2 = call("StartQualificationsDisassociationTask", { Catalog = "AWS", Identifier = id, AssociatedPartner = primary })
      assert.equal(200, s2)
      advance(3)
      local _, g2 = call("GetQualificationsDisassociationTask", { Catalog = "AWS", Identifier = id })
      assert.equal("SUCCEEDED", g2.Status)
      _, d = call("GetQualificationsAssociationDetails", { Catalog = "AWS", Identifier = id })
      assert.equal("NOT_ASSOCIATED", d.Status)
    end)
  end)

  describe("connections", function()
    it("updates connection preferences by revision", function()
      if not emu then return end
      local _, p = call("GetConnectionPreferences", { Catalog = "AWS" })
      assert.equal(1, p.Revision)
      local s, p2 = call("UpdateConnectionPreferences", { Catalog = "AWS", Revision = 1, AccessType = "DENY_ALL" })
      assert.equal(200, s)
      assert.equal(2, p2.Revision)
      assert.equal("DENY_ALL", p2.AccessType)
      expect_error("ConflictException", "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION",
        call("UpdateConnectionPreferences", { Catalog = "AWS", Revision = 1, AccessType = "ALLOW_ALL" }))
    end)

    it("sends, accepts and cancels: invitation to connection", function()
      if not emu then return end
      local inv = { Catalog = "AWS", ClientToken = "c1", ConnectionType = "OPPORTUNITY_COLLABORATION",
        Email = "me@corp.example", Message = "Let us work together", Name = "Me", ReceiverIdentifier = "210987654321" }
      local s, i = call("CreateConnectionInvitation", inv)
      assert.equal(200, s)
      assert.equal("PENDING", i.Status)
      local dup = {}
      for k, v in pairs(inv) do dup[k] = v end
      dup.ClientToken = "c2"
      expect_error("ConflictException", "DUPLICATE_CONNECTION_INVITATION", call("CreateConnectionInvitation", dup))
      local _, g = call("GetConnectionInvitation", { Catalog = "AWS", Identifier = i.Id })
      assert.equal(i.Arn, g.Arn)
      local _, l = call("ListConnectionInvitations", { Catalog = "AWS", Status = "PENDING" })
      assert.equal(1, #l.ConnectionInvitationSummaries)
      local s2, a = call("AcceptConnectionInvitation", { Catalog = "AWS", Identifier = i.Id, ClientToken = "a1" })
      assert.equal(200, s2)
      assert.equal("210987654321", a.Connection.OtherParticipantAccountId)
      assert.equal("ACTIVE", a.Connection.ConnectionTypes.OPPORTUNITY_COLLABORATION.Status)
      expect_error("ConflictException", "INCOMPATIBLE_CONNECTION_INVITATION_STATE",
        call("RejectConnectionInvitation", { Catalog = "AWS", Identifier = i.Id, ClientToken = "r1" }))
      local _, c = call("GetConnection", { Catalog = "AWS", Identifier = a.Connection.Id })
      assert.equal(a.Connection.Arn, c.Arn)
      local _, lc = call("ListConnections", { Catalog = "AWS" })
      assert.equal(1, #lc.ConnectionSummaries)
      local s3, cc = call("CancelConnection", { Catalog = "AWS", Identifier = c.Id,
        ConnectionType = "OPPORTUNITY_COLLABORATION", Reason = "done", ClientToken = "x1" })
      assert.equal(200, s3)
      assert.equal("CANCELED", cc.ConnectionTypes.OPPORTUNITY_COLLABORATION.Status)
      expect_error("ConflictException", "INCOMPATIBLE_CONNECTION_STATE", call("CancelConnection", { Catalog = "AWS",
        Identifier = c.Id, ConnectionType = "OPPORTUNITY_COLLABORATION", Reason = "again", ClientToken = "x2" }))
      expect_error("ResourceNotFoundException", "CONNECTION_NOT_FOUND",
        call("GetConnection", { Catalog = "AWS", Identifier = "pac-AAAAAAAAAAAAA" }))
    end)

    it("rejects and cancels invitations; unknown ones are not found", function()
      if not emu then return end
      local function new(receiver, token)
        local _, i = call("CreateConnectionInvitation", { Catalog = "AWS", ClientToken = token,
          ConnectionType = "SUBSIDIARY", Email = "me@corp.example", Message = "Hi", Name = "Me", ReceiverIdentifier = receiver })
        return i
      end
      local i1, i2 = new("111111111111", "t1"), new("222222222222", "t2")
      local _, r = call("RejectConnectionInvitation", { Catalog = "AWS", Identifier = i1.Id, ClientToken = "r", Reason = "no" })
      assert.equal("REJECTED", r.Status)
      local _, c = call("CancelConnectionInvitation", { Catalog = "AWS", Identifier = i2.Id, ClientToken = "c" })
      assert.equal("CANCELED", c.Status)
      expect_error("ResourceNotFoundException", "CONNECTION_INVITATION_NOT_FOUND",
        call("GetConnectionInvitation", { Catalog = "AWS", Identifier = "pacinv-AAAAAAAAAAAAA" }))
    end)

    it("paginates with MaxResults and an opaque NextToken; a bad token is a ValidationException", function()
      if not emu then return end
      for n = 1, 5 do
        call("CreateConnectionInvitation", { Catalog = "AWS", ClientToken = "p" .. n, ConnectionType = "SUBSIDIARY",
          Email = "me@corp.example", Message = "Hi", Name = "Me", ReceiverIdentifier = "30000000000" .. n })
      end
      local seen, token, pages = {}, nil, 0
      repeat
        local _, b = call("ListConnectionInvitations", { Catalog = "AWS", MaxResults = 2, NextToken = token })
        pages = pages + 1
        assert.is_true(#b.ConnectionInvitationSummaries <= 2)
        for _, s in ipairs(b.ConnectionInvitationSummaries) do seen[#seen + 1] = s.Id end
        token = b.NextToken
      until not token
      assert.equal(3, pages)
      assert.equal(5, #seen)
      expect_error("ValidationException", nil,
        call("ListConnectionInvitations", { Catalog = "AWS", NextToken = "bm90LWEtdG9rZW4=" }))
    end)
  end)

  describe("verification and tags", function()
    it("starts a business verification, refuses a second one, succeeds after the delay", function()
      if not emu then return end
      expect_error("ResourceNotFoundException", "VERIFICATION_NOT_FOUND",
        call("GetVerification", { VerificationType = "BUSINESS_VERIFICATION" }))
      local vd = { BusinessVerificationDetails = { LegalName = "Corp", RegistrationId = "R-1", CountryCode = "US" } }
      local s, v = call("StartVerification", { VerificationDetails = vd })
      assert.equal(200, s)
      assert.equal("IN_PROGRESS", v.VerificationStatus)
      expect_error("ConflictException", "VERIFICATION_ALREADY_IN_PROGRESS", call("StartVerification", { VerificationDetails = vd }))
      advance(3)
      local _, g = call("GetVerification", { VerificationType = "BUSINESS_VERIFICATION" })
      assert.equal("SUCCEEDED", g.VerificationStatus)
      expect_error("ConflictException", "ACCOUNT_ALREADY_VERIFIED", call("StartVerification", { VerificationDetails = vd }))
      local s2, r = call("StartVerification", { VerificationDetails = { RegistrantVerificationDetails = json.decode("{}") } })
      assert.equal(200, s2)
      assert.equal("PENDING_CUSTOMER_ACTION", r.VerificationStatus)
    end)

    it("tags, lists and untags a partner; unknown ARNs are not found", function()
      if not emu then return end
      local _, p = call("GetPartner", { Catalog = "AWS", Identifier = emu.partners.AWS })
      assert.equal(200, (call("TagResource", { ResourceArn = p.Arn, Tags = { { Key = "a", Value = "1" }, { Key = "b", Value = "2" } } })))
      assert.equal(200, (call("UntagResource", { ResourceArn = p.Arn, TagKeys = { "a" } })))
      local _, t = call("ListTagsForResource", { ResourceArn = p.Arn })
      assert.same({ { Key = "b", Value = "2" } }, t.Tags)
      expect_error("ResourceNotFoundException", nil, call("ListTagsForResource",
        { ResourceArn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/partner/partner-AAAAAAAAAAAAA" }))
    end)
  end)
end)

-- The signature clock reads X-Amz-Date as UTC whatever the emulator's zone:
-- local-time functions (os.time) are right in UTC and in zones whose offset
-- never changed since 1970 (America/St_Johns, the TZ pass of tools/run-tests),
-- and wrong in Europe/London (UTC+1 all of 1970) or on Lord Howe (+10 then,
-- +10:30 now), in every season. This file runs in the TZ pass too.
describe("emulator signature clock in any time zone", function()
  local helpers = require("spec.helpers")
  local ZONES = { "UTC", "Europe/London", "Australia/Lord_Howe", "America/St_Johns", "America/Sao_Paulo" }
  local function have(zone) return io.open("/usr/share/zoneinfo/" .. zone, "rb") ~= nil end

  it("reads X-Amz-Date by calendar arithmetic: the same epoch in every zone and season", function()
    local cases = { { "20250715T120000Z", 1752580800 }, { "20250115T120000Z", 1736942400 },
      { "20240229T235959Z", 1709251199 }, { "19700101T000000Z", 0 }, { "21000301T000000Z", 4107542400 },
      { "20000229T000000Z", 951782400 }, { "19991231T235959Z", 946684799 } }
    local args = {}
    for _, c in ipairs(cases) do args[#args + 1] = c[1] end
    for _, bad in ipairs{ "20250230T000000Z", "21000229T000000Z", "20251301T000000Z", "20250101T240000Z",
        "20250101T006000Z", "2025-01-01T00:00:00Z" } do args[#args + 1] = bad end
    local script = "package.path = 'emulator/lua/?.lua;' .. package.path "
      .. "local a = require('partnercentral_local.auth') "
      .. "for _, d in ipairs{ '" .. table.concat(args, "', '") .. "' } do io.write(tostring(a.epoch_of(d)), ' ') end"
    local interp = helpers.runtime():match("^luajit") and "luajit" or "lua5.4"
    local ran = 0
    for _, zone in ipairs(ZONES) do
      if have(zone) then
        ran = ran + 1
        local out = helpers.sh(("TZ=%s %s -e %q 2>&1"):format(zone, interp, script))
        local got = {}
        for w in out:gmatch("%S+") do got[#got + 1] = w end
        for i, c in ipairs(cases) do assert.equal(tostring(c[2]), got[i], zone .. " " .. c[1] .. ": " .. out) end
        for i = #cases + 1, #args do assert.equal("nil", got[i], zone .. " " .. args[i]) end
      end
    end
    assert.is_true(ran >= 2, "tzdata is missing (apt-get install tzdata)")
  end)

  it("accepts a request signed now, and refuses one 16 minutes old, under TZ=Europe/London", function()
    if not have("Europe/London") then return pending("tzdata is missing") end
    local emu = assert(emulator.start{ tz = "Europe/London" })
    local ok, err = pcall(function()
      local body = '{"Catalog":"AWS","Identifier":"' .. emu.partners.AWS .. '"}'
      local s, b = emu:call("PartnerCentralAccount.GetPartner", body)
      assert.equal(200, s, b and b.message or b and b.Message)
      s, b = emu:call("PartnerCentralAccount.GetPartner", body, { date = os.date("!%Y%m%dT%H%M%SZ", os.time() - 16 * 60) })
      assert.equal(403, s)
      assert.matches("Signature expired", b.message or b.Message)
    end)
    emu:stop()
    assert(ok, err)
  end)
end)
