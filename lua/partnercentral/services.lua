-- partnercentral.services: the Partner Central services this library ships, in
-- one list. Everything that names the services reads it: pc.<name>,
-- client.new{ service = }, model.get, the waiters, the CLI, and the generators
-- of the reference, editor types and completion (tools/gen-docs.lua,
-- tools/gen-types.lua, tools/gen-completion.lua). A new service is one entry
-- here, its committed model (lua/partnercentral/models/<name>.lua, from
-- tools/gen-models.lua), its one-line module (partnercentral.<name>) and
-- `make docs` (doc/internals.md, "Adding a service").
--   name           pc.<name>, require("partnercentral.<name>"), model.get(name), the CLI's service
--   model          the botocore model directory (service name / API version)
--   target_prefix  the model's metadata.targetPrefix (X-Amz-Target), which also
--                  names the service of a client built from a model file
local _M = {
  list = {
    { name = "account", model = "partnercentral-account/2025-04-04", target_prefix = "PartnerCentralAccount" },
    { name = "channel", model = "partnercentral-channel/2024-03-18", target_prefix = "PartnerCentralChannel" },
    { name = "selling", model = "partnercentral-selling/2022-07-26", target_prefix = "AWSPartnerCentralSelling" },
    { name = "benefits", model = "partnercentral-benefits/2018-05-10",
      target_prefix = "PartnerCentralBenefitsService" },
  },
}

local by_name, by_prefix, names = {}, {}, {}
for i, s in ipairs(_M.list) do
  by_name[s.name], by_prefix[s.target_prefix], names[i] = s, s, s.name
end

-- -> the entry of a service name, or nil
function _M.get(name) return by_name[name] end

-- -> the service name of a model's target prefix, or nil (another service)
function _M.name_of_prefix(prefix) return by_prefix[prefix] and by_prefix[prefix].name end

-- "account, channel, selling, benefits" (for messages)
function _M.names() return table.concat(names, ", ") end

return _M
