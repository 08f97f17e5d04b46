-- Selling family: tags on the resources the emulator issued ARNs for in the
-- model's TaggableResourceArn form: opportunities, engagements and resource
-- snapshot jobs (another ARN: ResourceNotFoundException). A resource keeps at
-- most the model's TagList of 200 tags (past it: ValidationException,
-- TOO_MANY_VALUES; nothing changes).
local common = require("partnercentral_local.selling.common")

-- (an engagement only when the caller is a member: others are not found)
local function known(arn)
  local engagements = require("partnercentral_local.selling.engagements")
  local e = engagements.find_arn(arn)
  return require("partnercentral_local.selling.opportunities").find_arn(arn)
    or (e and engagements.is_member(e, common.CALLER))
    or require("partnercentral_local.selling.snapshots").find_job_arn(arn)
end

return require("partnercentral_local.tags").family {
  store = "selling_tags",
  names = { arn = "ResourceArn", tags = "Tags", keys = "TagKeys", key = "Key", value = "Value" },
  taggable = known,
  not_found = function(ctx, arn) common.not_found(ctx, "Resource", arn) end,
  too_many = function(ctx, _, count, why)
    common.invalid(ctx, "Tags", "The resource would have " .. count .. " tags: " .. why, "TOO_MANY_VALUES",
      "REQUEST_VALIDATION_FAILED")
  end,
}
