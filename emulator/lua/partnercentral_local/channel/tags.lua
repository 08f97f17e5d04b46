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

function _M.set(arn, tags)
  local store = state.store("tags_channel")
  local t = store.by_arn[arn] or { keys = {}, values = {} }
  store.by_arn[arn] = t
  for _, tag in ipairs(tags) do
    if t.values[tag.key] == nil then t.keys[#t.keys + 1] = tag.key end
    t.values[tag.key] = tag.value
  end
  return t
end

local function check(ctx, arn)
  if not exists(arn) then common.not_found(ctx, "Resource", arn) end
end

function ops.TagResource(ctx, input)
  check(ctx, input.resourceArn)
  _M.set(input.resourceArn, input.tags)
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
  local t = state.store("tags_channel").by_arn[input.resourceArn] or { keys = {}, values = {} }
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { key = k, value = t.values[k] } end
  return { tags = list }
end

return _M
