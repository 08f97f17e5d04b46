-- Account family: tags on partner ARNs. A resource keeps at most what
-- ListTagsForResource can answer (the model's TagList, 200 tags): adding past
-- that is a ValidationException (TOO_MANY_VALUES) and changes nothing.
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.account.common")

local function known(arn)
  for _, p in ipairs(state.store("partners").list) do if p.arn == arn then return true end end
  return false
end

return require("partnercentral_local.tags").family {
  store = "tags_account",
  names = { arn = "ResourceArn", tags = "Tags", keys = "TagKeys", key = "Key", value = "Value" },
  echo_arn = true,
  taggable = known,
  not_found = function(ctx, arn) common.not_found(ctx, "PARTNER_NOT_FOUND", "Resource " .. arn) end,
  too_many = function(ctx, _, count, why)
    ctx.fail("ValidationException", "The resource would have " .. count .. " tags: " .. why,
      { Reason = "REQUEST_VALIDATION_FAILED", ErrorDetails = { { FieldValidationError = {
        Name = "Tags", Message = "too many tags for one resource (" .. why .. ")", Code = "TOO_MANY_VALUES" } } } })
  end,
}
