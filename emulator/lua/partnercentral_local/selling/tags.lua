-- Selling family: tags on the resources the emulator issued ARNs for in the
-- model's TaggableResourceArn form: opportunities, engagements and resource
-- snapshot jobs (another ARN: ResourceNotFoundException). A resource keeps at
-- most the model's TagList of 200 tags (past it: ValidationException,
-- TOO_MANY_VALUES; nothing changes).
-- The model's TagList has min 1 because TagResource shares it; an untagged
-- resource's ListTagsForResource answers an empty list, as AWS services do:
-- the one answer written without the strict check (ctx.unchecked).
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local _M = { ops = {} }
local ops = _M.ops

state.register("selling_tags", function(store) store.by_arn = {} end)

-- (an engagement only when the caller is a member: others are not found)
local function known(arn)
  local engagements = require("partnercentral_local.selling.engagements")
  local e = engagements.find_arn(arn)
  return require("partnercentral_local.selling.opportunities").find_arn(arn)
    or (e and engagements.is_member(e, common.CALLER))
    or require("partnercentral_local.selling.snapshots").find_job_arn(arn)
end

local function tags_of(ctx, arn)
  if not known(arn) then common.not_found(ctx, "Resource", arn) end
  return state.store("selling_tags").by_arn[arn] or { keys = {}, values = {} }
end

-- The TagList that ListTagsForResource answers for t (first insertion order).
local function tag_list(t)
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { Key = k, Value = t.values[k] } end
  return list
end

-- Adds tags to the resource arn, checked against the TagList shape before
-- anything is stored.
function _M.set(ctx, arn, tags)
  local t = state.store("selling_tags").by_arn[arn] or { keys = {}, values = {} }
  local keys, values = {}, {}
  for i, k in ipairs(t.keys) do keys[i] = k end
  for k, v in pairs(t.values) do values[k] = v end
  for _, tag in ipairs(tags) do
    if values[tag.Key] == nil then keys[#keys + 1] = tag.Key end
    values[tag.Key] = tag.Value
  end
  local would = { keys = keys, values = values }
  local ok, why = ctx.fits("TagList", tag_list(would))
  if not ok then
    common.invalid(ctx, "Tags", "The resource would have " .. #keys .. " tags: " .. why, "TOO_MANY_VALUES",
      "REQUEST_VALIDATION_FAILED")
  end
  state.store("selling_tags").by_arn[arn] = would
end

function ops.TagResource(ctx, input)
  tags_of(ctx, input.ResourceArn)
  _M.set(ctx, input.ResourceArn, input.Tags)
  return {}
end

function ops.UntagResource(ctx, input)
  local t = tags_of(ctx, input.ResourceArn)
  for _, k in ipairs(input.TagKeys) do
    if t.values[k] ~= nil then
      t.values[k] = nil
      for i, x in ipairs(t.keys) do if x == k then table.remove(t.keys, i) break end end
    end
  end
  return {}
end

function ops.ListTagsForResource(ctx, input)
  local list = tag_list(tags_of(ctx, input.ResourceArn))
  if #list == 0 then return ctx.unchecked({ Tags = list }) end
  return { Tags = list }
end

return _M
