-- partnercentral-local keeps the models' limits across calls: a collection
-- that grows call by call (tags, training email domains) never holds more
-- than the read that returns it may answer, the call that would pass the
-- limit is refused as the service refuses it and changes nothing, and every
-- read keeps answering 200 with a body valid for the model. A call that fails
-- after its handler ran leaves no state behind either.
local emulator = require("spec.support.emulator")
local client_helpers = require("spec.support.client_helpers")

describe("emulator limits across calls", function()
  local emu, account, channel
  emulator.use({ control = true }, function(e)
    emu = e
    if e then
      account = client_helpers.emulator_client(e, "account", { retry_mode = "none" })
      channel = client_helpers.emulator_client(e, "channel", { retry_mode = "none" })
    end
  end)

  -- n tags named prefix1..prefixN, with the member names of the service.
  local function tags(prefix, n, key, value)
    local t = {}
    for i = 1, n do t[i] = { [key] = prefix .. i, [value] = "v" .. i } end
    return t
  end

  local function checked(service, op, res, err)
    assert(res, op .. ": " .. tostring(err))
    local ok, why = emulator.check_output(service, op, res)
    assert(ok, op .. " output: " .. tostring(why))
    return res
  end

  it("Account tags: 150 + 150 is refused (ValidationException), the read keeps answering", function()
    local arn = checked("account", "GetPartner",
      account:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS }).Arn
    checked("account", "TagResource", account:tag_resource{ ResourceArn = arn, Tags = tags("a", 150, "Key", "Value") })
    local res, err = account:tag_resource{ ResourceArn = arn, Tags = tags("b", 150, "Key", "Value") }
    assert.is_nil(res)
    assert.equal("ValidationException", err.code)
    assert.equal(400, err.status)
    assert.equal("TOO_MANY_VALUES", err.fields.ErrorDetails[1].FieldValidationError.Code)
    local list = checked("account", "ListTagsForResource", account:list_tags_for_resource{ ResourceArn = arn })
    assert.equal(150, #list.Tags)
    -- up to the limit is fine, overwriting values at the limit too; one more is not
    checked("account", "TagResource", account:tag_resource{ ResourceArn = arn, Tags = tags("b", 50, "Key", "Value") })
    checked("account", "TagResource", account:tag_resource{ ResourceArn = arn, Tags = tags("a", 100, "Key", "Value") })
    res, err = account:tag_resource{ ResourceArn = arn, Tags = { { Key = "one-more", Value = "x" } } }
    assert.is_nil(res)
    assert.equal("ValidationException", err.code)
    list = checked("account", "ListTagsForResource", account:list_tags_for_resource{ ResourceArn = arn })
    assert.equal(200, #list.Tags)
    -- after untagging there is room again
    checked("account", "UntagResource", account:untag_resource{ ResourceArn = arn, TagKeys = { "a1" } })
    checked("account", "TagResource", account:tag_resource{ ResourceArn = arn, Tags = { { Key = "one-more", Value = "x" } } })
  end)

  it("Account training email domains stop at the model's 100 with ServiceQuotaExceededException", function()
    local id = emu.partners.AWS
    local function associate(n)
      local email = "user@d" .. n .. ".example"
      assert(account:send_email_verification_code{ Catalog = "AWS", Email = email })
      return account:associate_aws_training_certification_email_domain{ Catalog = "AWS", Identifier = id,
        Email = email, EmailVerificationCode = "123456" }
    end
    for n = 1, 100 do assert(associate(n)) end
    local res, err = associate(101)
    assert.is_nil(res)
    assert.equal("ServiceQuotaExceededException", err.code)
    assert.equal("LIMIT_EXCEEDED_NUMBER_OF_DOMAIN", err.fields.Reason)
    local p = checked("account", "GetPartner", account:get_partner{ Catalog = "AWS", Identifier = id })
    assert.equal(100, #p.AwsTrainingCertificationEmailDomains)
  end)

  it("Channel tags (no limit in the model) grow across calls and still list", function()
    local made = checked("channel", "CreateProgramManagementAccount", channel:create_program_management_account{
      catalog = "AWS", program = "DISTRIBUTION", displayName = "Tagged", accountId = "123456789012",
      tags = tags("c", 150, "key", "value") })
    local arn = made.programManagementAccountDetail.arn
    checked("channel", "TagResource", channel:tag_resource{ resourceArn = arn, tags = tags("d", 150, "key", "value") })
    local list = checked("channel", "ListTagsForResource", channel:list_tags_for_resource{ resourceArn = arn })
    assert.equal(300, #list.tags)
  end)

  it("a call that fails after its handler ran changes nothing (raise_after fault)", function()
    emu:control("faults", '{"target":"PartnerCentralChannel.CreateProgramManagementAccount","count":1,'
      .. '"action":"raise_after"}')
    local res, err = channel:create_program_management_account{ catalog = "AWS", program = "DISTRIBUTION",
      displayName = "Undone", accountId = "123456789012" }
    assert.is_nil(res)
    assert.equal("InternalServerException", err.code)
    local list = checked("channel", "ListProgramManagementAccounts",
      channel:list_program_management_accounts{ catalog = "AWS" })
    assert.equal(0, #list.items)
    -- and the same call succeeds afterwards: nothing half-made is in its way
    checked("channel", "CreateProgramManagementAccount", channel:create_program_management_account{
      catalog = "AWS", program = "DISTRIBUTION", displayName = "Undone", accountId = "123456789012" })
  end)
end)
