-- partnercentral.services: the Partner Central services this library ships a
-- client, a committed model, a reference and editor types for, in one list.
--   name: the client module (partnercentral.<name>) and CLI service name
--   model: the botocore model directory (service name / API version) the
--          generators read (tools/gen-docs.lua, tools/gen-types.lua,
--          tools/gen-completion.lua)
-- Adding a service is one line here: the committed model (tools/gen-models.lua),
-- model.get, client.new{ service = }, pc.<name>, the reference, types and
-- completion all read this list (the client module file, its waiters and the
-- emulator are their own steps).
return {
  { name = "account", model = "partnercentral-account/2025-04-04" },
  { name = "channel", model = "partnercentral-channel/2024-03-18" },
  { name = "benefits", model = "partnercentral-benefits/2018-05-10" },
}
