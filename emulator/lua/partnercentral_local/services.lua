-- The dispatch table: which services the emulator serves and which modules
-- implement them. A request's X-Amz-Target is "<target prefix>.<Operation>";
-- the prefix picks the service here, the operation one of the `ops` of its
-- families. Each family is one file per resource family under a folder per
-- service (account/, channel/, selling/, benefits/); a new service is a new entry
-- here, a folder of families, and its committed model (`require("partnercentral.model").get(model)`).
--   model      name of the library's generated model (partnercentral.models.<model>)
--   signing    SigV4 signing name the caller must scope its credentials to
--   msg        the member that carries an error's message (the models differ in case)
--   errors     module with the service's error layouts: validation_fields(violations)
--              and token_conflict_fields(token) -> the modeled members of the
--              ValidationException / ConflictException the server raises itself
--   tokens     members that are idempotency tokens although the model does not
--              mark them (their documentation says so): { Name = true }
--   families   modules returning { ops = { OperationName = function(ctx, input) ... } }
--   settle     optional module whose settle(ctx) runs before each call of the
--              service: the state that moves on with time (tasks, reviews) is
--              brought up to date there, inside the call (undone with it)
return {
  PartnerCentralAccount = { model = "account", signing = "partnercentral-account", msg = "Message",
    errors = "partnercentral_local.account.common",
    families = { "partnercentral_local.account.partners", "partnercentral_local.account.profile",
                 "partnercentral_local.account.connections", "partnercentral_local.account.verification",
                 "partnercentral_local.account.tags" } },
  PartnerCentralChannel = { model = "channel", signing = "partnercentral-channel", msg = "message",
    errors = "partnercentral_local.channel.common",
    families = { "partnercentral_local.channel.program_management_accounts",
                 "partnercentral_local.channel.relationships", "partnercentral_local.channel.handshakes",
                 "partnercentral_local.channel.tags" } },
  AWSPartnerCentralSelling = { model = "selling", signing = "partnercentral-selling", msg = "Message",
    errors = "partnercentral_local.selling.common",
    families = { "partnercentral_local.selling.opportunities", "partnercentral_local.selling.solutions",
                 "partnercentral_local.selling.engagements", "partnercentral_local.selling.invitations",
                 "partnercentral_local.selling.tasks", "partnercentral_local.selling.snapshots",
                 "partnercentral_local.selling.settings", "partnercentral_local.selling.tags" },
    settle = "partnercentral_local.selling.clock" },
  PartnerCentralBenefitsService = { model = "benefits", signing = "partnercentral-benefits", msg = "Message",
    errors = "partnercentral_local.benefits.common", tokens = { ClientToken = true },
    families = { "partnercentral_local.benefits.catalog", "partnercentral_local.benefits.applications",
                 "partnercentral_local.benefits.allocations", "partnercentral_local.benefits.tags" },
    settle = "partnercentral_local.benefits.applications" },
}
