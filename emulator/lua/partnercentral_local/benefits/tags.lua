-- Benefits family: tags on the caller's benefit applications and
-- allocations (the ARNs the emulator issued; the AWS-owned benefits have no
-- account in their ARN, which the model's TaggableResourceArn requires). A
-- resource keeps at most 200 tags, the most CreateBenefitApplication takes:
-- TagResource past that is a ServiceQuotaExceededException (an error the
-- model lists there) and changes nothing.
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local _M = { ops = {} }
local ops = _M.ops

_M.MAX = 200

state.register("tags_benefits", function(store) store.by_arn = {} end)

local function resource_type(arn)
  if require("partnercentral_local.benefits.applications").find_arn(arn) then return "BenefitApplication" end
  if require("partnercentral_local.benefits.allocations").find_arn(arn) then return "BenefitAllocation" end
end

local function tags_of(ctx, arn)
  if not resource_type(arn) then ctx.fail("ResourceNotFoundException", "Resource " .. arn .. " was not found.") end
  return state.store("tags_benefits").by_arn[arn] or { keys = {}, values = {} }
end

local function tag_list(t)
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { Key = k, Value = t.values[k] } end
  return list
end

-- Adds tags to the resource's set (checked against the limit before anything is stored).
function _M.set(ctx, arn, tags)
  local t = state.store("tags_benefits").by_arn[arn] or { keys = {}, values = {} }
  local keys, values = {}, {}
  for i, k in ipairs(t.keys) do keys[i] = k end
  for k, v in pairs(t.values) do values[k] = v end
  for _, tag in ipairs(tags) do
    if values[tag.Key] == nil then keys[#keys + 1] = tag.Key end
    values[tag.Key] = tag.Value
  end
  if #keys > _M.MAX then
    ctx.fail("ServiceQuotaExceededException", "A resource can have at most " .. _M.MAX .. " tags; this one would have "
      .. #keys .. ".", { ResourceId = arn, ResourceType = resource_type(arn) or "Resource", QuotaCode = "TAGS_PER_RESOURCE" })
  end
  state.store("tags_benefits").by_arn[arn] = { keys = keys, values = values }
end

function ops.TagResource(ctx, input)
  tags_of(ctx, input.resourceArn)
  _M.set(ctx, input.resourceArn, input.tags)
  return {}
end

function ops.UntagResource(ctx, input)
  local t = tags_of(ctx, input.resourceArn)
  for _, k in ipairs(input.tagKeys) do
    if t.values[k] ~= nil then
      t.values[k] = nil
      for i, x in ipairs(t.keys) do if x == k then table.remove(t.keys, i) break end end
    end
  end
  return {}
end

function ops.ListTagsForResource(ctx, input)
  return { tags = tag_list(tags_of(ctx, input.resourceArn)) }
end

return _M
