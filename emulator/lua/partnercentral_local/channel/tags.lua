-- Channel family: tags on program management accounts, relationships and
-- handshakes (the TaggableArn kinds); unknown ARN -> ResourceNotFoundException.
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.channel.common")
local _M = { ops = {} }
local ops = _M.ops

state.register("tags_channel", function(store) store.by_arn = {} end)

local function exists(arn)
  return require("partnercentral_local.channel.program_management_accounts").find_arn(arn)
    or require("partnercentral_local.channel.relationships").find_arn(arn)
    or require("partnercentral_local.channel.handshakes").find_arn(arn)
end

-- The TagList that ListTagsForResource answers for t (first insertion order).
local function tag_list(t)
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { key = k, value = t.values[k] } end
  return list
end

-- Adds tags to the resource's set, checked against the model's TagList (the
-- shape ListTagsForResource answers) before anything is stored.
function _M.set(ctx, arn, tags)
  local store = state.store("tags_channel")
  local t = store.by_arn[arn] or { keys = {}, values = {} }
  local keys, values = {}, {}
  for i, k in ipairs(t.keys) do keys[i] = k end
  for k, v in pairs(t.values) do values[k] = v end
  for _, tag in ipairs(tags) do
    if values[tag.key] == nil then keys[#keys + 1] = tag.key end
    values[tag.key] = tag.value
  end
  local would = { keys = keys, values = values }
  local ok, why = ctx.fits("TagList", tag_list(would))
  if not ok then
    ctx.fail("ValidationException", "The resource would have " .. #keys .. " tags: " .. why,
      { reason = "REQUEST_VALIDATION_FAILED", fieldList = { { name = "tags", code = "INVALID_VALUE", message = why } } })
  end
  store.by_arn[arn] = would
end

local function check(ctx, arn)
  if not exists(arn) then common.not_found(ctx, "Resource", arn) end
end

function ops.TagResource(ctx, input)
  check(ctx, input.resourceArn)
  _M.set(ctx, input.resourceArn, input.tags)
  return {}
end

function ops.UntagResource(ctx, input)
  check(ctx, input.resourceArn)
  local t = state.store("tags_channel").by_arn[input.resourceArn]
  if t then
    for _, k in ipairs(input.tagKeys) do
      if t.values[k] ~= nil then
        t.values[k] = nil
        for i, x in ipairs(t.keys) do if x == k then table.remove(t.keys, i) break end end
      end
    end
  end
  return {}
end

function ops.ListTagsForResource(ctx, input)
  check(ctx, input.resourceArn)
  return { tags = tag_list(state.store("tags_channel").by_arn[input.resourceArn] or { keys = {}, values = {} }) }
end

return _M
