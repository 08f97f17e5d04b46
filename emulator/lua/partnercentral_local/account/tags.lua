-- Account family: tags on partner ARNs (and any ARN the emulator issued).
-- A resource keeps at most what ListTagsForResource can answer (the model's
-- TagList, 200 tags): adding past that is a ValidationException
-- (TOO_MANY_VALUES) and changes nothing.
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local _M = { ops = {} }
local ops = _M.ops

state.register("tags_account", function(store) store.by_arn = {} end)

local function known(arn)
  for _, p in ipairs(state.store("partners").list) do if p.arn == arn then return true end end
  return false
end

local function tags_of(ctx, arn)
  if not known(arn) then
    ctx.fail("ResourceNotFoundException", "Resource " .. arn .. " was not found.", { Reason = "PARTNER_NOT_FOUND" })
  end
  return state.store("tags_account").by_arn[arn] or { keys = {}, values = {} }
end

-- The TagList that ListTagsForResource answers for t (first insertion order).
local function tag_list(t)
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { Key = k, Value = t.values[k] } end
  return list
end

-- Adds tags to the resource's set t (a new set when nil), checked against the
-- TagList shape before anything is stored.
function _M.set(ctx, arn, tags, t)
  t = t or state.store("tags_account").by_arn[arn] or { keys = {}, values = {} }
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
    ctx.fail("ValidationException", "The resource would have " .. #keys .. " tags: " .. why,
      { Reason = "REQUEST_VALIDATION_FAILED", ErrorDetails = { { FieldValidationError = {
        Name = "Tags", Message = "too many tags for one resource (" .. why .. ")", Code = "TOO_MANY_VALUES" } } } })
  end
  state.store("tags_account").by_arn[arn] = would
end

function ops.TagResource(ctx, input)
  _M.set(ctx, input.ResourceArn, input.Tags, tags_of(ctx, input.ResourceArn))
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
  return { ResourceArn = input.ResourceArn, Tags = tag_list(tags_of(ctx, input.ResourceArn)) }
end

return _M
