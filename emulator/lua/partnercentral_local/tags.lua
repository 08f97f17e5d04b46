-- Tags on emulated resources, shared by the services' tags families:
-- TagResource, UntagResource, ListTagsForResource and set() (the tags a
-- Create* call gives). Each resource's tags keep their first insertion order;
-- a TagResource that would put a resource past its limit fails and changes
-- nothing. An untagged resource's ListTagsForResource answers an empty list,
-- as AWS services do, written without the strict check (ctx.unchecked) since
-- a model's TagList may have min 1 (TagResource's input shares it).
--
-- family(cfg) -> { ops = {...}, set = function(ctx, arn, tags) }, cfg:
--   store      name of the family's state store
--   names      the service's member names: arn, tags, keys (of the requests;
--              the answer's list is `tags` too), key, value (of a Tag)
--   taggable   function(arn) -> truthy when arn names a resource the family tags
--   not_found  function(ctx, arn): raises the service's ResourceNotFoundException
--   max        a fixed limit, for a model whose TagList sets none; else the
--              limit is the model's TagList (ctx.fits)
--   too_many   function(ctx, arn, count, why): raises the service's error for
--              a resource that would have `count` tags (why: the limit broken)
--   echo_arn   true: ListTagsForResource answers the resource ARN too
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local _M = {}

local function empty() return { keys = {}, values = {} } end

-- The TagList answered for tag set t.
local function tag_list(names, t)
  local list = json.array()
  for _, k in ipairs(t.keys) do list[#list + 1] = { [names.key] = k, [names.value] = t.values[k] } end
  return list
end

-- -> nil when list is within the family's limit, else why not.
local function past_limit(cfg, ctx, list)
  if cfg.max then
    if #list > cfg.max then return "at most " .. cfg.max .. " tags" end
    return nil
  end
  local ok, why = ctx.fits("TagList", list)
  if not ok then return why end
end

function _M.family(cfg)
  local names = cfg.names
  local fam = { ops = {} }
  state.register(cfg.store, function(store) store.by_arn = {} end)

  -- The tag set of a taggable resource (a fresh empty one when untagged).
  local function tags_of(ctx, arn)
    if not cfg.taggable(arn) then cfg.not_found(ctx, arn) end
    return state.store(cfg.store).by_arn[arn] or empty()
  end

  -- Adds tags to the resource's set, checked against the limit before
  -- anything is stored.
  function fam.set(ctx, arn, tags)
    local t = state.store(cfg.store).by_arn[arn] or empty()
    local would = { keys = {}, values = {} }
    for i, k in ipairs(t.keys) do would.keys[i] = k end
    for k, v in pairs(t.values) do would.values[k] = v end
    for _, tag in ipairs(tags) do
      local k = tag[names.key]
      if would.values[k] == nil then would.keys[#would.keys + 1] = k end
      would.values[k] = tag[names.value]
    end
    local why = past_limit(cfg, ctx, tag_list(names, would))
    if why then cfg.too_many(ctx, arn, #would.keys, why) end
    state.store(cfg.store).by_arn[arn] = would
  end

  function fam.ops.TagResource(ctx, input)
    tags_of(ctx, input[names.arn])
    fam.set(ctx, input[names.arn], input[names.tags])
    return {}
  end

  function fam.ops.UntagResource(ctx, input)
    local t = tags_of(ctx, input[names.arn])
    for _, k in ipairs(input[names.keys]) do
      if t.values[k] ~= nil then
        t.values[k] = nil
        for i, x in ipairs(t.keys) do if x == k then table.remove(t.keys, i) break end end
      end
    end
    return {}
  end

  function fam.ops.ListTagsForResource(ctx, input)
    local arn = input[names.arn]
    local list = tag_list(names, tags_of(ctx, arn))
    local out = { [names.tags] = list }
    if cfg.echo_arn then out[names.arn] = arn end
    if #list == 0 then return ctx.unchecked(out) end
    return out
  end

  return fam
end

return _M
