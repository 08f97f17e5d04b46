-- The dispatch table: which services the emulator serves and which modules
-- implement them. A request's X-Amz-Target is "<target prefix>.<Operation>";
-- the prefix picks the service here, the operation one of the `ops` of its
-- families. Each family is one file per resource family under a folder per
-- service (account/, channel/, selling/); a new service is a new entry here, a
-- folder of families, and its committed model (`require("partnercentral.model").get(model)`).
--   model      name of the library's generated model (partnercentral.models.<model>)
--   signing    SigV4 signing name the caller must scope its credentials to
--   msg        the member that carries an error's message (the models differ in case)
--   families   modules returning { ops = { OperationName = function(ctx, input) ... } }
--   invalid    fn(violations, text) -> the modeled members of the service's
--              ValidationException for an input that fails strict validation
--              (violations: { {path=, kind=, message=}, ... }; text: the message)
--   token_reused  fn(key) -> the modeled members of the ConflictException for a
--              client token already used with another input
--   settle     optional module whose settle(ctx) runs before each call of the
--              service: the state that moves on with time (tasks, reviews) is
--              brought up to date there, inside the call (undone with it)
local function path_of(v) return v.path ~= "" and v.path or "(root)" end

-- Account: Reason + ErrorDetails[{ FieldValidationError = {Name, Message, Code} }]
local function account_invalid(violations)
  local details = {}
  for i, v in ipairs(violations) do
    details[i] = { FieldValidationError = { Name = path_of(v), Message = tostring(v.message),
      Code = (v.kind == "required" or tostring(v.message):find("required")) and "REQUIRED_FIELD_MISSING"
        or "INVALID_VALUE" } }
  end
  return { Reason = "REQUEST_VALIDATION_FAILED", ErrorDetails = details }
end

-- Channel: reason + fieldList[{name, code, message}]
local function channel_invalid(violations)
  local list = {}
  for i, v in ipairs(violations) do
    list[i] = { name = path_of(v), code = "INVALID_VALUE", message = tostring(v.message) }
  end
  return { reason = "REQUEST_VALIDATION_FAILED", fieldList = list }
end

-- Selling: Reason + ErrorList[{FieldName, Message, Code}], the code from the
-- kind of violation (the model's ValidationExceptionErrorCode)
local SELLING_CODES = { required = "REQUIRED_FIELD_MISSING", enum = "INVALID_ENUM_VALUE",
  pattern = "INVALID_STRING_FORMAT" }
local function selling_invalid(violations)
  local list = {}
  for i, v in ipairs(violations) do
    list[i] = { FieldName = path_of(v), Message = tostring(v.message), Code = SELLING_CODES[v.kind] or "INVALID_VALUE" }
  end
  return { Reason = "REQUEST_VALIDATION_FAILED", ErrorList = list }
end

return {
  PartnerCentralAccount = { model = "account", signing = "partnercentral-account", msg = "Message",
    families = { "partnercentral_local.account.partners", "partnercentral_local.account.profile",
                 "partnercentral_local.account.connections", "partnercentral_local.account.verification",
                 "partnercentral_local.account.tags" },
    invalid = account_invalid,
    token_reused = function() return { Reason = "CONFLICT_CLIENT_TOKEN" } end },
  PartnerCentralChannel = { model = "channel", signing = "partnercentral-channel", msg = "message",
    families = { "partnercentral_local.channel.program_management_accounts",
                 "partnercentral_local.channel.relationships", "partnercentral_local.channel.handshakes",
                 "partnercentral_local.channel.tags" },
    invalid = channel_invalid,
    token_reused = function(key) return { resourceId = key, resourceType = "ClientToken" } end },
  AWSPartnerCentralSelling = { model = "selling", signing = "partnercentral-selling", msg = "Message",
    families = { "partnercentral_local.selling.opportunities", "partnercentral_local.selling.solutions",
                 "partnercentral_local.selling.engagements", "partnercentral_local.selling.invitations",
                 "partnercentral_local.selling.tasks", "partnercentral_local.selling.snapshots",
                 "partnercentral_local.selling.settings", "partnercentral_local.selling.tags" },
    invalid = selling_invalid,
    token_reused = function() return {} end,
    settle = "partnercentral_local.selling.clock" },
}
