-- Channel family: tags on program management accounts, relationships and
-- handshakes (the TaggableArn kinds); unknown ARN -> ResourceNotFoundException.
local common = require("partnercentral_local.channel.common")

local function exists(arn)
  return require("partnercentral_local.channel.program_management_accounts").find_arn(arn)
    or require("partnercentral_local.channel.relationships").find_arn(arn)
    or require("partnercentral_local.channel.handshakes").find_arn(arn)
end

return require("partnercentral_local.tags").family {
  store = "tags_channel",
  names = { arn = "resourceArn", tags = "tags", keys = "tagKeys", key = "key", value = "value" },
  taggable = exists,
  not_found = function(ctx, arn) common.not_found(ctx, "Resource", arn) end,
  too_many = function(ctx, _, count, why)
    ctx.fail("ValidationException", "The resource would have " .. count .. " tags: " .. why,
      { reason = "REQUEST_VALIDATION_FAILED",
        fieldList = { { name = "tags", code = "INVALID_VALUE", message = why } } })
  end,
}
