-- Selling family: the asynchronous tasks and their list operations.
-- Every task finishes --task-delay seconds after it started (settled on the
-- next call, see clock.lua); its checks that the service documents as task
-- failures run then and end it FAILED with the model's ReasonCode:
--   StartEngagementByAcceptingInvitationTask: the invitation is accepted, the
--     caller joins the engagement; an OpportunityInvitation becomes an AWS
--     Referral opportunity with a Running snapshot job. An invitation that is no
--     longer PENDING: EngagementInvitationConflict.
--   StartEngagementFromOpportunityTask: the opportunity must be complete (as
--     for SubmitOpportunity) and shareable (its customer fits the invitation's
--     EngagementCustomer): OpportunityValidationFailed. Then: the engagement of
--     an earlier task of the opportunity, or a new one; a snapshot and a Running
--     snapshot job (OpportunitySummary); an invitation to AWS, which AWS accepts
--     at once; the opportunity submitted (its review starts).
--   StartOpportunityFromEngagementTask: a Lead context becomes a Partner
--     Referral opportunity (Pending Submission) with a snapshot job; a missing
--     context: ContextNotFound, a CustomerProject context:
--     CustomerProjectContextNotPermitted, a disqualified lead:
--     DisqualifiedLeadNotPermitted, another type: OpportunityValidationFailed.
--   StartProspectingFromEngagementTask: PENDING, IN_PROGRESS after half the
--     delay, then each engagement COMPLETED (the caller is a member and it has a
--     Lead or CustomerProject context) or FAILED; the task FAILED when all did.
-- Tags given to a task go to the resources it creates. A second task on the
-- same invitation, opportunity or engagement context while one runs is a
-- ConflictException, and so is one on an invitation that is not PENDING or an
-- opportunity already submitted.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local opportunities = require("partnercentral_local.selling.opportunities")
local engagements = require("partnercentral_local.selling.engagements")
local invitations = require("partnercentral_local.selling.invitations")
local snapshots = require("partnercentral_local.selling.snapshots")
local _M = { ops = {} }
local ops = _M.ops

state.register("selling_tasks", function(store) store.by_id = {} end)

local function tasks() return state.store("selling_tasks").by_id end

local ARN_PATH = { accepting = "engagement-by-accepting-invitation-task",
  from_opportunity = "engagement-from-opportunity-task", opportunity_from = "opportunity-from-engagement-task" }

local function new_task(kind, catalog, fields)
  local id
  repeat id = util.lid("task-", kind == "prospecting" and 14 or 13) until not tasks()[id]
  local t = fields
  t.kind, t.id, t.catalog, t.started, t.seq = kind, id, catalog, common.now(), common.next_seq()
  t.status = kind == "prospecting" and "PENDING" or "IN_PROGRESS"
  if kind == "prospecting" then   -- the model's ProspectingTaskArn names its own service
    t.arn = "arn:aws:partnercentral-selling:" .. (util.region or util.REGION) .. ":" .. util.ACCOUNT_ID
      .. ":catalog/" .. catalog .. "/prospecting-from-engagement-task/" .. id
  else
    t.arn = common.arn(catalog, ARN_PATH[kind] .. "/" .. id)
  end
  tasks()[id] = t
  return t
end

local function running(kind, match)
  for _, t in pairs(tasks()) do
    if t.kind == kind and (t.status == "IN_PROGRESS" or t.status == "PENDING") and match(t) then return t end
  end
end

local function tag(ctx, arn, tags)
  if tags and arn then require("partnercentral_local.selling.tags").set(ctx, arn, tags) end
end

local function aws_member()
  return { AccountId = common.AWS, CompanyName = common.AWS_COMPANY, WebsiteUrl = "https://aws.amazon.com" }
end

-- The snapshot and Running job that tie opportunity o to engagement e (at t).
local function track(ctx, e, o, t)
  local s = assert(snapshots.snapshot(ctx, e, o, "OpportunitySummary", t))
  local j, existing = snapshots.new_job(e, o, "OpportunitySummary", t)
  if j then j.fp, j.success = s.fp, s.created end
  return j or existing, j ~= nil
end

-- At most n UTF-8 characters of s
local function cut(s, n)
  local out, count = {}, 0
  for ch in (s or ""):gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    count = count + 1
    if count > n then break end
    out[count] = ch
  end
  return table.concat(out)
end

---------------------------------------------------------------- finishing

local FINISH = {}

function FINISH.accepting(ctx, t, at)
  local i = state.store("selling_invitations").by_id[t.invitation_id]
  if i.status ~= "PENDING" then
    return "EngagementInvitationConflict", "Invitation " .. i.id .. " is " .. i.status .. "."
  end
  local ok, why = invitations.accept(ctx, i)
  if not ok then return "EngagementConflict", "The engagement has no room for the caller (" .. why .. ")." end
  t.engagement_id = i.engagement_id
  local p = i.payload.OpportunityInvitation
  if not p then return end   -- a lead: the engagement's Lead context is the partner's now
  local data = { OpportunityType = "Net New Business",
    Customer = { Account = { CompanyName = p.Customer.CompanyName, WebsiteUrl = p.Customer.WebsiteUrl,
      Industry = p.Customer.Industry, Address = { CountryCode = p.Customer.CountryCode } } },
    Project = { Title = p.Project.Title, CustomerBusinessProblem = p.Project.BusinessProblem,
      ExpectedCustomerSpend = util.deepcopy(p.Project.ExpectedCustomerSpend) },
    LifeCycle = { Stage = "Prospect", TargetCloseDate = p.Project.TargetCompletionDate } }
  local o = opportunities.new(i.catalog, data, "AWS Referral", at)
  local j = track(ctx, engagements.find(i.engagement_id), o, at)
  t.opportunity_id, t.job_id = o.id, j.id
  tag(ctx, o.arn, t.tags)
end

-- What the invitation to AWS carries: the opportunity as the model's
-- OpportunityInvitationPayload.
local function invitation_payload(o)
  local a = (o.data.Customer or {}).Account or {}
  local p, lc = o.data.Project or {}, o.data.LifeCycle or {}
  local contacts
  for _, c in ipairs(o.data.OpportunityTeam or {}) do
    if c.Email and (not contacts or #contacts < 3) then
      contacts = contacts or {}
      contacts[#contacts + 1] = { Email = c.Email, FirstName = c.FirstName, LastName = c.LastName,
        BusinessTitle = c.BusinessTitle, Phone = c.Phone }
    end
  end
  return { OpportunityInvitation = { SenderContacts = contacts, ReceiverResponsibilities = { "Co-Sell Facilitator" },
    Customer = { Industry = a.Industry, CompanyName = a.CompanyName, WebsiteUrl = a.WebsiteUrl,
      CountryCode = (a.Address or {}).CountryCode },
    Project = { Title = p.Title, BusinessProblem = p.CustomerBusinessProblem, TargetCompletionDate = lc.TargetCloseDate,
      ExpectedCustomerSpend = util.deepcopy(p.ExpectedCustomerSpend) } } }
end

-- The engagement an earlier task of the opportunity made, or nil.
local function engagement_of(o)
  for _, t in pairs(tasks()) do
    if t.kind == "from_opportunity" and t.opportunity_id == o.id and t.status == "COMPLETE" then
      return engagements.find(t.engagement_id)
    end
  end
end

function FINISH.from_opportunity(ctx, t, at)
  local o = state.store("selling_opportunities").by_id[t.opportunity_id]
  o.busy = nil
  local errs = opportunities.missing(o)
  if #errs > 0 then return "OpportunityValidationFailed", errs[1][2] end
  local payload = invitation_payload(o)
  local fits, why = ctx.fits("Payload", payload)
  if not fits then return "OpportunityValidationFailed", "The opportunity cannot be shared with AWS: " .. why end
  local e, created = engagement_of(o), false
  if not e then
    e, created = engagements.new(o.catalog, cut((o.data.Project or {}).Title, 40), "Co-selling opportunity " .. o.id,
      engagements.caller_member(), at), true
    local inv = payload.OpportunityInvitation
    local project = { Customer = inv.Customer, Project = { Title = inv.Project.Title,
      BusinessProblem = inv.Project.BusinessProblem, TargetCompletionDate = inv.Project.TargetCompletionDate } }
    if ctx.fits("CustomerProjectsContext", project) then
      engagements.add_context(ctx, e, "CustomerProject", { CustomerProject = project })
    end
  end
  local i
  if not engagements.is_member(e, common.AWS) then   -- AWS accepts at once
    i = invitations.new(o.catalog, e, common.CALLER, common.CALLER_COMPANY, { Account = { AwsAccountId = common.AWS } },
      payload, "Co-sell opportunity " .. o.id .. " with us.", at)
    i.status = "ACCEPTED"
    assert(engagements.add_member(ctx, e, aws_member()))
  end
  local j, new_job = track(ctx, e, o, at)
  opportunities.submit(o, t.submission.InvolvementType, t.submission.Visibility, at)
  t.engagement_id, t.invitation_id, t.job_id = e.id, i and i.id, j.id
  if created then tag(ctx, e.arn, t.tags) end
  if new_job then tag(ctx, j.arn, t.tags) end
end

-- A Lead context -> the opportunity data it gives; pieces that would not be
-- valid in an opportunity (free-text industry, short URLs, ...) are left out.
local function lead_data(ctx, lead)
  local c = lead.Customer or {}
  local function valid(shape, v) return v ~= nil and ctx.fits(shape, v) and v or nil end
  local addr = c.Address
  local account = { CompanyName = c.CompanyName, WebsiteUrl = valid("WebsiteUrl", c.WebsiteUrl),
    Industry = valid("Industry", c.Industry),
    Address = addr and valid("Address", { City = addr.City, PostalCode = addr.PostalCode,
      StateOrRegion = addr.StateOrRegion, CountryCode = valid("CountryCode", addr.CountryCode) }) }
  local contacts, problem = json.array(), nil
  for _, it in ipairs(lead.Interactions or {}) do
    local k = it.Contact or {}
    contacts[#contacts + 1] = valid("Contact", { FirstName = k.FirstName, LastName = k.LastName, Email = k.Email,
      BusinessTitle = k.BusinessTitle, Phone = k.Phone })
    problem = problem or valid("ProjectCustomerBusinessProblemString", it.BusinessProblem)
  end
  return { OpportunityType = "Net New Business", Customer = { Account = account, Contacts = contacts },
    Project = { Title = cut("Lead: " .. tostring(c.CompanyName), 255), CustomerBusinessProblem = problem },
    LifeCycle = { Stage = "Prospect" } }
end

function FINISH.opportunity_from(ctx, t, at)
  local e = engagements.find(t.engagement_id)
  local c = engagements.context(e, t.context_id)
  if not c then return "ContextNotFound", "Engagement " .. e.id .. " has no context " .. t.context_id .. "." end
  if c.Type == "CustomerProject" then
    return "CustomerProjectContextNotPermitted", "Context " .. c.Id .. " is a CustomerProject context."
  end
  if c.Type ~= "Lead" then return "OpportunityValidationFailed", "Only Lead contexts become opportunities." end
  local lead = c.Payload.Lead or {}
  if tostring(lead.QualificationStatus or ""):lower():find("disqualified", 1, true) then
    return "DisqualifiedLeadNotPermitted", "The lead in context " .. c.Id .. " is disqualified."
  end
  local o = opportunities.new(e.catalog, lead_data(ctx, lead), "Partner Referral", at)
  local j = track(ctx, e, o, at)
  t.opportunity_id, t.job_id = o.id, j.id
  tag(ctx, o.arn, t.tags)
end

local function eligible(e)
  if not e or not engagements.is_member(e, common.CALLER) then return false, "ENGAGEMENT_NOT_FOUND" end
  for _, c in ipairs(e.contexts) do
    if c.Type == "Lead" or c.Type == "CustomerProject" then return true end
  end
  return false, "NO_ELIGIBLE_CONTEXT"
end

function FINISH.prospecting(_, t)
  local failed = 0
  for _, r in ipairs(t.results) do
    local e = engagements.find(r.EngagementIdentifier)
    local ok, code = eligible(e and e.catalog == t.catalog and e or nil)
    if ok then
      r.Status = "COMPLETED"
    else
      r.Status, r.ReasonCode = "FAILED", code
      r.Message = code == "ENGAGEMENT_NOT_FOUND" and "The engagement was not found."
        or "The engagement has no Lead or CustomerProject context."
      failed = failed + 1
    end
  end
  if #t.results > 0 and failed == #t.results then return "FAILED" end
end

-- Ends every task whose time has come, in the order they end (clock.lua).
function _M.settle(ctx)
  local due = {}
  for _, t in pairs(tasks()) do
    if t.kind == "prospecting" and t.status == "PENDING" and util.now() >= t.started + ctx.delay / 2 then
      t.status = "IN_PROGRESS"
      for _, r in ipairs(t.results) do r.Status = "IN_PROGRESS" end
    end
    if t.status == "IN_PROGRESS" and util.now() >= t.started + ctx.delay then due[#due + 1] = t end
  end
  table.sort(due, function(a, b) return a.seq < b.seq end)
  for _, t in ipairs(due) do
    local at = t.started + ctx.delay
    local reason, message = FINISH[t.kind](ctx, t, at)
    t.ended = at
    if t.kind == "prospecting" then
      t.status = reason or "COMPLETED"
    elseif reason then
      t.status, t.reason, t.message = "FAILED", reason, message
    else
      t.status = "COMPLETE"
    end
  end
end

---------------------------------------------------------------- starting

-- A task as its Start and List operations answer it (the shape keeps what it models).
local function summary(ctx, shape, t)
  return ctx.project(shape, { TaskId = t.id, TaskArn = t.arn, StartTime = t.started, TaskStatus = t.status,
    Message = t.message, ReasonCode = t.reason, OpportunityId = t.opportunity_id, ResourceSnapshotJobId = t.job_id,
    EngagementId = t.engagement_id, EngagementInvitationId = t.invitation_id, ContextId = t.context_id })
end

function ops.StartEngagementByAcceptingInvitationTask(ctx, input)
  local i = invitations.get(ctx, input.Catalog, input.Identifier, "receiver")
  if i.status ~= "PENDING" then common.conflict(ctx, "Engagement invitation " .. i.id .. " is " .. i.status .. ".") end
  local other = running("accepting", function(t) return t.invitation_id == i.id end)
  if other then common.conflict(ctx, "Task " .. other.id .. " is already accepting invitation " .. i.id .. ".") end
  local t = new_task("accepting", input.Catalog, { invitation_id = i.id, tags = input.Tags })
  return summary(ctx, "StartEngagementByAcceptingInvitationTaskResponse", t)
end

function ops.StartEngagementFromOpportunityTask(ctx, input)
  local o = opportunities.get(ctx, input.Catalog, input.Identifier)
  if o.busy then common.conflict(ctx, "Task " .. o.busy .. " is already engaging opportunity " .. o.id .. ".") end
  if o.origin == "AWS Referral" or o.review.status ~= "Pending Submission" then
    common.conflict(ctx, "Opportunity " .. o.id .. " was already submitted (review status "
      .. tostring(o.review.status or "of an AWS referral") .. ").")
  end
  local t = new_task("from_opportunity", input.Catalog, { opportunity_id = o.id, tags = input.Tags,
    submission = util.deepcopy(input.AwsSubmission) })
  o.busy = t.id
  return summary(ctx, "StartEngagementFromOpportunityTaskResponse", t)
end

function ops.StartOpportunityFromEngagementTask(ctx, input)
  local e = engagements.get(ctx, input.Catalog, input.Identifier)
  local other = running("opportunity_from", function(t)
    return t.engagement_id == e.id and t.context_id == input.ContextIdentifier end)
  if other then common.conflict(ctx, "Task " .. other.id .. " is already converting this context.") end
  local t = new_task("opportunity_from", input.Catalog, { engagement_id = e.id, context_id = input.ContextIdentifier,
    tags = input.Tags })
  return summary(ctx, "StartOpportunityFromEngagementTaskResponse", t)
end

function ops.StartProspectingFromEngagementTask(ctx, input)
  common.catalog(ctx, input.Catalog)
  local other = running("prospecting", function(t) return t.catalog == input.Catalog and t.name == input.TaskName end)
  if other then common.conflict(ctx, "Task " .. other.id .. " named " .. input.TaskName .. " is still running.") end
  local results = {}
  for i, id in ipairs(input.Identifiers) do results[i] = { EngagementIdentifier = id, Status = "PENDING" } end
  local t = new_task("prospecting", input.Catalog, { name = input.TaskName, results = results })
  return { Identifiers = util.deepcopy(input.Identifiers), TaskName = t.name, StartTime = t.started, TaskId = t.id,
    TaskArn = t.arn, TaskStatus = t.status }
end

---------------------------------------------------------------- reading

local function prospecting_task(ctx, catalog, id)
  common.catalog(ctx, catalog)
  local t = tasks()[id]
  if not t or t.kind ~= "prospecting" or t.catalog ~= catalog then common.not_found(ctx, "Prospecting task", id) end
  return t
end

local function counts(t)
  local done, failed = 0, 0
  for _, r in ipairs(t.results) do
    if r.Status == "COMPLETED" then done = done + 1 elseif r.Status == "FAILED" then failed = failed + 1 end
  end
  return done, failed
end

function ops.GetProspectingFromEngagementTask(ctx, input)
  local t = prospecting_task(ctx, input.Catalog, input.TaskIdentifier)
  return { TaskId = t.id, TaskArn = t.arn, TaskName = t.name, StartTime = t.started, EndTime = t.ended,
    Engagements = util.deepcopy(t.results) }
end

-- One page of the tasks of a kind in input.Catalog passing filters (fn(t) ->
-- bool), sorted by input.Sort (sorts: the keys it may name; StartTime, newest
-- first, by default), each answered as row(t).
local function list_page(ctx, op, kind, input, filters, sorts, row)
  common.catalog(ctx, input.Catalog)
  local task_ids = engagements.ids_of(input.TaskIdentifier, "task%-[0-9a-z]+")
  local items = {}
  for _, t in pairs(tasks()) do
    local ok = t.kind == kind and t.catalog == input.Catalog and common.in_list(task_ids, t.id)
    for _, f in ipairs(filters) do ok = ok and f(t) end
    if ok then items[#items + 1] = t end
  end
  common.sort_by(items, input.Sort, sorts, "StartTime", "DESCENDING")
  local out = json.array()
  for i, t in ipairs(items) do out[i] = row(t) end
  local page, token = common.page(ctx, out, op, input, 20)
  return { TaskSummaries = page, NextToken = token }
end

-- The list operations of the engagement tasks: the kind each lists and the
-- filters it takes beside TaskIdentifier and TaskStatus, as { input member,
-- task field, identifier pattern }. Each answers the model's
-- <operation without its final s>Summary.
local BY_OPPORTUNITY = { "OpportunityIdentifier", "opportunity_id", "O%d+" }
local BY_ENGAGEMENT = { "EngagementIdentifier", "engagement_id", "eng%-[0-9a-z]+" }
local TASK_LISTS = {
  ListEngagementByAcceptingInvitationTasks = { kind = "accepting",
    filters = { BY_OPPORTUNITY, { "EngagementInvitationIdentifier", "invitation_id", "engi%-[0-9a-z]+" } } },
  ListEngagementFromOpportunityTasks = { kind = "from_opportunity", filters = { BY_OPPORTUNITY, BY_ENGAGEMENT } },
  ListOpportunityFromEngagementTasks = { kind = "opportunity_from",
    filters = { BY_OPPORTUNITY, BY_ENGAGEMENT, { "ContextIdentifier", "context_id", "%d+" } } },
}
local TASK_SORT = { StartTime = function(t) return t.started end }

for op, list in pairs(TASK_LISTS) do
  local shape = op:sub(1, -2) .. "Summary"
  ops[op] = function(ctx, input)
    local filters = {}
    for i, f in ipairs(list.filters) do
      local ids, field = engagements.ids_of(input[f[1]], f[3]), f[2]
      filters[i] = function(t) return common.in_list(ids, t[field] or false) end
    end
    filters[#filters + 1] = function(t) return common.in_list(input.TaskStatus, t.status) end
    return list_page(ctx, op, list.kind, input, filters, TASK_SORT, function(t) return summary(ctx, shape, t) end)
  end
end

local PROSPECTING_SORT = { StartTime = function(t) return t.started end, TaskName = function(t) return t.name end,
  FailedEngagementCount = function(t) return select(2, counts(t)) end }

function ops.ListProspectingFromEngagementTasks(ctx, input)
  local filters = { function(t) return common.in_list(input.TaskName, t.name) end,
    function(t) return common.between(t.started, input.StartAfter, input.StartBefore) end }
  return list_page(ctx, "ListProspectingFromEngagementTasks", "prospecting", input, filters, PROSPECTING_SORT,
    function(t)
      local done, failed = counts(t)
      return { TaskId = t.id, TaskArn = t.arn, TaskName = t.name, StartTime = t.started, EndTime = t.ended,
        TotalEngagementCount = #t.results, CompletedEngagementCount = done, FailedEngagementCount = failed }
    end)
end

return _M
