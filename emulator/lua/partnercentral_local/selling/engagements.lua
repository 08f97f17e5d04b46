-- Selling family: engagements, their contexts and members.
-- CreateEngagement makes the caller the first member. A caller sees (gets,
-- lists, extends) only the engagements it is a member of; others are not
-- found. Contexts get the ids "1", "2", ... (the model's
-- EngagementContextIdentifier has 1 to 3 characters); an engagement holds at
-- most the model's 5 contexts (ServiceQuotaExceededException past that) and
-- 10 members. Each context's Payload must carry the member its Type names.
-- UpdateEngagementContext needs the engagement's current ModifiedAt as
-- EngagementLastModifiedAt (else ConflictException); a Lead update adds its
-- Interaction to the lead's Interactions (at most 10).
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local _M = { ops = {} }
local ops = _M.ops

state.register("selling_engagements", function(store) store.by_id = {} end)

local function store() return state.store("selling_engagements") end

function _M.is_member(e, account)
  for _, m in ipairs(e.members) do if m.AccountId == account then return true end end
  return false
end

-- The engagement (id or ARN) of catalog the caller is a member of, or
-- ResourceNotFoundException.
function _M.get(ctx, catalog, identifier)
  common.catalog(ctx, catalog)
  local e = store().by_id[common.tail(identifier, "eng%-[0-9a-z]+") or ""]
  if not e or e.catalog ~= catalog or not _M.is_member(e, common.CALLER) then
    common.not_found(ctx, "Engagement", identifier)
  end
  return e
end

-- The engagement by id whatever its members (tasks, invitations), or nil.
function _M.find(id) return store().by_id[id] end

function _M.find_arn(arn)
  for _, e in pairs(store().by_id) do if e.arn == arn then return e end end
end

-- A new engagement record. creator = { AccountId, CompanyName, WebsiteUrl }.
function _M.new(catalog, title, description, creator, t)
  local id
  repeat id = util.lid("eng-", 14) until not store().by_id[id]
  local now = common.stamp(nil, t)
  local e = { id = id, catalog = catalog, arn = common.arn(catalog, "engagement/" .. id), title = title,
    description = description, created = now, created_by = creator.AccountId, modified = now,
    modified_by = creator.AccountId, contexts = {}, next_context = 1, members = { creator },
    seq = common.next_seq() }
  store().by_id[id] = e
  return e
end

function _M.touch(e, by, t)
  e.modified, e.modified_by = common.stamp(e.modified, t), by or common.CALLER
end

-- Adds a member unless it is one already. -> true | nil, why (the engagement
-- would hold more members than the model's EngagementMembers allows)
function _M.add_member(ctx, e, member)
  if _M.is_member(e, member.AccountId) then return true end
  local would = util.deepcopy(e.members)
  would[#would + 1] = member
  local ok, why = ctx.fits("EngagementMembers", would)
  if not ok then return nil, why end
  e.members = would
  return true
end

function _M.caller_member()
  return { AccountId = common.CALLER, CompanyName = common.CALLER_COMPANY, WebsiteUrl = common.CALLER_WEBSITE }
end

-- The Payload member that Type names must be there.
local function check_payload(ctx, ctype, payload, field)
  if type(payload) ~= "table" or payload[ctype] == nil then
    common.invalid(ctx, field or "Payload",
      "A " .. tostring(ctype) .. " context needs Payload." .. tostring(ctype) .. ".",
      "INVALID_VALUE", "REQUEST_VALIDATION_FAILED")
  end
end

-- Adds a context (Type, Payload) -> its id, or nil, why when the engagement
-- would hold more contexts than the model allows.
function _M.add_context(ctx, e, ctype, payload)
  local would = util.deepcopy(e.contexts)
  local id = tostring(e.next_context)
  would[#would + 1] = { Id = id, Type = ctype, Payload = util.deepcopy(payload) }
  local ok, why = ctx.fits("EngagementContexts", would)
  if not ok then return nil, why end
  e.contexts, e.next_context = would, e.next_context + 1
  return id
end

function _M.context(e, id)
  for i, c in ipairs(e.contexts) do if c.Id == id then return c, i end end
end

function ops.CreateEngagement(ctx, input)
  common.catalog(ctx, input.Catalog)
  for i, c in ipairs(input.Contexts or {}) do check_payload(ctx, c.Type, c.Payload, "Contexts[" .. i .. "].Payload") end
  local e = _M.new(input.Catalog, input.Title, input.Description, _M.caller_member())
  for _, c in ipairs(input.Contexts or {}) do assert(_M.add_context(ctx, e, c.Type, c.Payload)) end
  return { Id = e.id, Arn = e.arn, ModifiedAt = e.modified }
end

function ops.CreateEngagementContext(ctx, input)
  local e = _M.get(ctx, input.Catalog, input.EngagementIdentifier)
  check_payload(ctx, input.Type, input.Payload)
  local id, why = _M.add_context(ctx, e, input.Type, input.Payload)
  if not id then common.quota(ctx, "Engagement " .. e.id .. " cannot hold another context (" .. why .. ").") end
  _M.touch(e)
  return { EngagementId = e.id, EngagementArn = e.arn, EngagementLastModifiedAt = e.modified, ContextId = id }
end

-- UpdateLeadContext (one Interaction) -> the LeadContext it makes of old
local function updated_lead(old, upd)
  local lead = { QualificationStatus = upd.QualificationStatus, Customer = upd.Customer, Insights = upd.Insights,
    Interactions = util.deepcopy(old.Interactions) or {} }
  if upd.Interaction then lead.Interactions[#lead.Interactions + 1] = upd.Interaction end
  return lead
end

function ops.UpdateEngagementContext(ctx, input)
  local e = _M.get(ctx, input.Catalog, input.EngagementIdentifier)
  if not common.same_time(input.EngagementLastModifiedAt, e.modified) then
    common.conflict(ctx, "Engagement " .. e.id .. " was modified at " .. util.iso(e.modified)
      .. ", after the EngagementLastModifiedAt given: read it again.")
  end
  local c, i = _M.context(e, input.ContextIdentifier)
  if not c then common.not_found(ctx, "Context", input.ContextIdentifier .. " of engagement " .. e.id) end
  if c.Type ~= input.Type then
    common.invalid(ctx, "Type", "Context " .. c.Id .. " is a " .. c.Type .. " context.", "INVALID_VALUE")
  end
  check_payload(ctx, input.Type, input.Payload)
  local payload = util.deepcopy(input.Payload)
  if input.Type == "Lead" then payload = { Lead = updated_lead(c.Payload.Lead or {}, input.Payload.Lead) } end
  local would = util.deepcopy(e.contexts)
  would[i] = { Id = c.Id, Type = c.Type, Payload = payload }
  local ok, why = ctx.fits("EngagementContexts", would)
  if not ok then common.quota(ctx, "The context would not fit the engagement: " .. why) end
  e.contexts = would
  _M.touch(e)
  return { EngagementId = e.id, EngagementArn = e.arn, EngagementLastModifiedAt = e.modified, ContextId = c.Id }
end

local function context_types(e)
  local types, seen = json.array(), {}
  for _, c in ipairs(e.contexts) do
    if not seen[c.Type] then seen[c.Type] = true types[#types + 1] = c.Type end
  end
  return types
end

function ops.GetEngagement(ctx, input)
  local e = _M.get(ctx, input.Catalog, input.Identifier)
  return { Id = e.id, Arn = e.arn, Title = e.title, Description = e.description, CreatedAt = e.created,
    CreatedBy = e.created_by, MemberCount = #e.members, ModifiedAt = e.modified, ModifiedBy = e.modified_by,
    Contexts = ctx.project("EngagementContexts", e.contexts) }
end

local function ids_of(list, pattern)
  if not list then return nil end
  local out = {}
  for i, x in ipairs(list) do out[i] = common.tail(x, pattern) or x end
  return out
end
_M.ids_of = ids_of

function ops.ListEngagements(ctx, input)
  common.catalog(ctx, input.Catalog)
  local ids = ids_of(input.EngagementIdentifier, "eng%-[0-9a-z]+")
  local items = {}
  for _, e in pairs(store().by_id) do
    local types = context_types(e)
    if e.catalog == input.Catalog and _M.is_member(e, common.CALLER) and common.in_list(ids, e.id)
      and common.in_list(input.CreatedBy, e.created_by)
      and not (input.ExcludeCreatedBy and #input.ExcludeCreatedBy > 0
        and common.in_list(input.ExcludeCreatedBy, e.created_by))
      and common.any_in(input.ContextTypes, types)
      and not (input.ExcludeContextTypes and #input.ExcludeContextTypes > 0 and #types > 0
        and common.any_in(input.ExcludeContextTypes, types)) then
      items[#items + 1] = e
    end
  end
  common.sort_by(items, input.Sort, { CreatedDate = function(e) return e.created end }, "CreatedDate", "DESCENDING")
  local out = json.array()
  for i, e in ipairs(items) do
    out[i] = { Arn = e.arn, Id = e.id, Title = e.title, CreatedAt = e.created, CreatedBy = e.created_by,
      MemberCount = #e.members, ModifiedAt = e.modified, ModifiedBy = e.modified_by, ContextTypes = context_types(e) }
  end
  local page, token = common.page(ctx, out, "ListEngagements", input, 20)
  return { EngagementSummaryList = page, NextToken = token }
end

function ops.ListEngagementMembers(ctx, input)
  local e = _M.get(ctx, input.Catalog, input.Identifier)
  local page, token = common.page(ctx, json.array(util.deepcopy(e.members)), "ListEngagementMembers", input, 10)
  return { EngagementMemberList = page, NextToken = token }
end

return _M
