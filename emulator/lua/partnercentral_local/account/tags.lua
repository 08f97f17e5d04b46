-- Account family: tags on partner ARNs (and any ARN the emulator issued).
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
  local store = state.store("tags_account")
  store.by_arn[arn] = store.by_arn[arn] or { keys = {}, values = {} }
  return store.by_arn[arn]
end

-- Tags keep their first insertion order.
function _M.set(arn, tags, t)
  local store = state.store("tags_account")
  t = t or store.by_arn[arn] or { keys = {}, values = {} }
  store.by_arn[arn] = t
  for _, tag in ipairs(tags) do
    if t.values[tag.Key] == nil then t.keys[#t.keys + 1] = tag.Key end
    t.values[tag.Key] = tag.Value
  end
end

function ops.TagResource(ctx, input)
  local t = tags_of(ctx, input.ResourceArn)
  _M.set(input.ResourceArn, input.Tags, t)
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
  local t = tags_of(ctx, input.ResourceArn)
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { Key = k, Value = t.values[k] } end
  return { ResourceArn = input.ResourceArn, Tags = list }
end

return _M
