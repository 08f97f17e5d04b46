-- Benefits family: tags on the caller's benefit applications and
-- allocations (the ARNs the emulator issued; the AWS-owned benefits have no
-- account in their ARN, which the model's TaggableResourceArn requires). A
-- resource keeps at most 200 tags, the most CreateBenefitApplication takes
-- (the model's Tags list sets no limit): TagResource past that is a
-- ServiceQuotaExceededException (an error the model lists there) and changes
-- nothing.
local common = require("partnercentral_local.benefits.common")

local MAX = 200

local function resource_type(arn)
  if require("partnercentral_local.benefits.applications").find_arn(arn) then return "BenefitApplication" end
  if require("partnercentral_local.benefits.allocations").find_arn(arn) then return "BenefitAllocation" end
end

return require("partnercentral_local.tags").family {
  store = "tags_benefits",
  names = { arn = "resourceArn", tags = "tags", keys = "tagKeys", key = "Key", value = "Value" },
  taggable = resource_type,
  not_found = function(ctx, arn) common.not_found(ctx, "Resource", arn) end,
  max = MAX,
  too_many = function(ctx, arn, count)
    ctx.fail("ServiceQuotaExceededException", "A resource can have at most " .. MAX .. " tags; this one would have "
      .. count .. ".",
      { ResourceId = arn, ResourceType = resource_type(arn) or "Resource", QuotaCode = "TAGS_PER_RESOURCE" })
  end,
}
