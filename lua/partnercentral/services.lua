-- partnercentral.services: the Partner Central services this library ships a
-- client, a committed model, a reference and editor types for, in one list.
--   name: the client module (partnercentral.<name>) and CLI service name
--   model: the botocore model directory (service name / API version) the
--          generators read (tools/gen-docs.lua, tools/gen-types.lua,
--          tools/gen-completion.lua)
-- Adding a service to the generated reference, types and completion is one
-- line here (the runtime model, client module and emulator are their own steps).
return {
  { name = "account", model = "partnercentral-account/2025-04-04" },
  { name = "channel", model = "partnercentral-channel/2024-03-18" },
}
