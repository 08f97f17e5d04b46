-- Selling family: resource snapshots, resource snapshot jobs and the
-- engagement-resource associations they make.
-- Templates (ResourceSnapshotTemplateIdentifier; the emulator names them after
-- the snapshot payload's members): "OpportunitySummary" (the partner's
-- opportunity) and "AwsOpportunitySummaryFullView" (AWS's view of it, once it
-- was submitted). Another name is a ValidationException.
-- CreateResourceSnapshot adds the next revision (1, 2, ...) of the snapshot of
-- (engagement, resource, template). A job exists once per (engagement,
-- resource, template) (else ConflictException); it is Running from its
-- creation: --task-delay seconds after it was (re)started and after every
-- change of the resource it takes a new revision (LastSuccessfulExecutionDate)
-- or records why it could not (LastFailure). Stop needs a Running job, Start
-- a Stopped one (else ValidationException, INVALID_RESOURCE_STATE), Delete a
-- Stopped one (else ConflictException).
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local engagements = require("partnercentral_local.selling.engagements")
local opportunities = require("partnercentral_local.selling.opportunities")
local _M = { ops = {} }
local ops = _M.ops

state.register("selling_snapshots", function(store) store.list = {} end)
state.register("selling_jobs", function(store) store.by_id = {} end)

local function snaps() return state.store("selling_snapshots").list end
local function jobs() return state.store("selling_jobs").by_id end

-- template -> fn(ctx, opportunity) -> Payload | nil, why it cannot be made
local TEMPLATES = {
  OpportunitySummary = function(ctx, o)
    local v = opportunities.view(ctx, o)
    local lc = v.LifeCycle or {}
    v.Lifecycle = { TargetCloseDate = lc.TargetCloseDate, ReviewStatus = lc.ReviewStatus, Stage = lc.Stage,
      NextSteps = lc.NextSteps }
    return { OpportunitySummary = ctx.project("OpportunitySummaryView", v) }
  end,
  AwsOpportunitySummaryFullView = function(ctx, o)
    if not o.aws then return nil, "opportunity " .. o.id .. " has no AWS opportunity yet (submit it first)" end
    return { AwsOpportunitySummaryFullView = ctx.project("AwsOpportunitySummaryFullView",
      opportunities.aws_summary(ctx, o)) }
  end,
}

local function template(ctx, name)
  if not TEMPLATES[name] then
    common.invalid(ctx, "ResourceSnapshotTemplateIdentifier", "No snapshot template " .. name
      .. " (the emulator has OpportunitySummary and AwsOpportunitySummaryFullView).")
  end
  return TEMPLATES[name]
end

local function latest(eng, rtype, rid, tmpl)
  local last
  for _, s in ipairs(snaps()) do
    if s.engagement_id == eng and s.resource_type == rtype and s.resource_id == rid and s.template == tmpl then
      last = s
    end
  end
  return last
end

-- Adds the next revision of a snapshot -> the snapshot record.
local function add_snapshot(e, rtype, o, tmpl, payload, t)
  local last = latest(e.id, rtype, o.id, tmpl)
  local rev = last and last.revision + 1 or 1
  local s = { catalog = e.catalog, engagement_id = e.id, resource_type = rtype, resource_id = o.id, template = tmpl,
    revision = rev, payload = payload, fp = util.fingerprint(payload), created = t or common.now(),
    created_by = common.CALLER, seq = common.next_seq(),
    arn = common.arn(e.catalog, "engagement/" .. e.id .. "/resource-snapshot/" .. rtype .. "/" .. o.id .. "/"
      .. tmpl .. "/" .. rev) }
  local list = snaps()
  list[#list + 1] = s
  return s
end

-- A snapshot of o now, for engagement e -> the snapshot | nil, why
function _M.snapshot(ctx, e, o, tmpl, t)
  local payload, why = TEMPLATES[tmpl](ctx, o)
  if not payload then return nil, why end
  return add_snapshot(e, "Opportunity", o, tmpl, payload, t)
end

-- The opportunity a snapshot call names, in the engagement's catalog.
local function resource(ctx, catalog, rtype, rid)
  return opportunities.get(ctx, catalog, rid), rtype
end

function ops.CreateResourceSnapshot(ctx, input)
  local e = engagements.get(ctx, input.Catalog, input.EngagementIdentifier)
  local o = resource(ctx, input.Catalog, input.ResourceType, input.ResourceIdentifier)
  template(ctx, input.ResourceSnapshotTemplateIdentifier)
  local s, why = _M.snapshot(ctx, e, o, input.ResourceSnapshotTemplateIdentifier)
  if not s then common.invalid(ctx, "ResourceSnapshotTemplateIdentifier", "Cannot snapshot: " .. why .. ".") end
  return { Arn = s.arn, Revision = s.revision }
end

function ops.GetResourceSnapshot(ctx, input)
  local e = engagements.get(ctx, input.Catalog, input.EngagementIdentifier)
  local found
  for _, s in ipairs(snaps()) do
    if s.engagement_id == e.id and s.resource_type == input.ResourceType and s.resource_id == input.ResourceIdentifier
      and s.template == input.ResourceSnapshotTemplateIdentifier
      and (input.Revision == nil or s.revision == input.Revision) then
      found = s
    end
  end
  if not found then
    common.not_found(ctx, "Snapshot", input.ResourceIdentifier .. " (" .. input.ResourceSnapshotTemplateIdentifier
      .. (input.Revision and (", revision " .. input.Revision) or "") .. ") of engagement " .. e.id)
  end
  local members = json.array()
  for i, m in ipairs(e.members) do members[i] = m.AccountId end
  return { Catalog = e.catalog, Arn = found.arn, CreatedBy = found.created_by, CreatedAt = found.created,
    EngagementId = e.id, ResourceType = found.resource_type, ResourceId = found.resource_id,
    ResourceSnapshotTemplateName = found.template, Revision = found.revision, Payload = found.payload,
    TargetMemberAccounts = members }
end

function ops.ListResourceSnapshots(ctx, input)
  local e = engagements.get(ctx, input.Catalog, input.EngagementIdentifier)
  local out = json.array()
  for _, s in ipairs(snaps()) do
    if s.engagement_id == e.id and (input.ResourceType == nil or s.resource_type == input.ResourceType)
      and (input.ResourceIdentifier == nil or s.resource_id == input.ResourceIdentifier)
      and (input.ResourceSnapshotTemplateIdentifier == nil or s.template == input.ResourceSnapshotTemplateIdentifier)
      and (input.CreatedBy == nil or s.created_by == input.CreatedBy) then
      out[#out + 1] = { Arn = s.arn, Revision = s.revision, ResourceType = s.resource_type, ResourceId = s.resource_id,
        ResourceSnapshotTemplateName = s.template, CreatedBy = s.created_by }
    end
  end
  local page, token = common.page(ctx, out, "ListResourceSnapshots", input, 100)
  return { ResourceSnapshotSummaries = page, NextToken = token }
end

function ops.ListEngagementResourceAssociations(ctx, input)
  common.catalog(ctx, input.Catalog)
  if input.EngagementIdentifier then engagements.get(ctx, input.Catalog, input.EngagementIdentifier) end
  local out, seen = json.array(), {}
  for _, s in ipairs(snaps()) do
    local e = engagements.find(s.engagement_id)
    local key = s.engagement_id .. "|" .. s.resource_type .. "|" .. s.resource_id .. "|" .. s.created_by
    if not seen[key] and s.catalog == input.Catalog and e and engagements.is_member(e, common.CALLER)
      and (input.EngagementIdentifier == nil or s.engagement_id == input.EngagementIdentifier)
      and (input.ResourceType == nil or s.resource_type == input.ResourceType)
      and (input.ResourceIdentifier == nil or s.resource_id == input.ResourceIdentifier)
      and (input.CreatedBy == nil or s.created_by == input.CreatedBy) then
      seen[key] = true
      out[#out + 1] = { Catalog = s.catalog, EngagementId = s.engagement_id, ResourceType = s.resource_type,
        ResourceId = s.resource_id, CreatedBy = s.created_by }
    end
  end
  local page, token = common.page(ctx, out, "ListEngagementResourceAssociations", input, 100)
  return { EngagementResourceAssociationSummaries = page, NextToken = token }
end

---------------------------------------------------------------- jobs

-- A new Running job -> the job record, or nil and the existing job.
function _M.new_job(e, o, tmpl, t)
  for _, j in pairs(jobs()) do
    if j.engagement_id == e.id and j.resource_id == o.id and j.template == tmpl then return nil, j end
  end
  local id
  repeat id = util.lid("job-") until not jobs()[id]
  local now = t or common.now()
  local j = { id = id, catalog = e.catalog, arn = common.arn(e.catalog, "resource-snapshot-job/" .. id),
    engagement_id = e.id, resource_type = "Opportunity", resource_id = o.id, resource_arn = o.arn, template = tmpl,
    status = "Running", created = now, started = now, seq = common.next_seq() }
  jobs()[id] = j
  return j
end

function _M.find_job_arn(arn)
  for _, j in pairs(jobs()) do if j.arn == arn then return j end end
end

-- Running jobs take their snapshots (clock.lua, each call): --task-delay after
-- they started, and again whenever the resource changed since the last one.
function _M.settle(ctx)
  for _, j in ipairs(util.sorted_values(jobs(), "seq")) do
    local e, o = engagements.find(j.engagement_id), state.store("selling_opportunities").by_id[j.resource_id]
    if j.status == "Running" and util.now() >= j.started + ctx.delay and e and o then
      local payload, why = TEMPLATES[j.template](ctx, o)
      if not payload then
        j.failure = why
      elseif util.fingerprint(payload) ~= j.fp then
        local s = add_snapshot(e, j.resource_type, o, j.template, payload)
        j.fp, j.success = s.fp, s.created
      end
    end
  end
end

local function job(ctx, catalog, identifier)
  common.catalog(ctx, catalog)
  local j = jobs()[common.tail(identifier, "job%-[0-9a-z]+") or ""]
  if not j or j.catalog ~= catalog then common.not_found(ctx, "Resource snapshot job", identifier) end
  return j
end

function ops.CreateResourceSnapshotJob(ctx, input)
  local e = engagements.get(ctx, input.Catalog, input.EngagementIdentifier)
  local o = resource(ctx, input.Catalog, input.ResourceType, input.ResourceIdentifier)
  template(ctx, input.ResourceSnapshotTemplateIdentifier)
  local j, existing = _M.new_job(e, o, input.ResourceSnapshotTemplateIdentifier)
  if not j then
    common.conflict(ctx, "Job " .. existing.id .. " already snapshots " .. o.id .. " with "
      .. input.ResourceSnapshotTemplateIdentifier .. " in engagement " .. e.id .. ".")
  end
  if input.Tags then require("partnercentral_local.selling.tags").set(ctx, j.arn, input.Tags) end
  return { Id = j.id, Arn = j.arn }
end

function ops.GetResourceSnapshotJob(ctx, input)
  local j = job(ctx, input.Catalog, input.ResourceSnapshotJobIdentifier)
  return { Catalog = j.catalog, Id = j.id, Arn = j.arn, EngagementId = j.engagement_id, ResourceType = j.resource_type,
    ResourceId = j.resource_id, ResourceArn = j.resource_arn, ResourceSnapshotTemplateName = j.template,
    CreatedAt = j.created, Status = j.status, LastSuccessfulExecutionDate = j.success, LastFailure = j.failure }
end

function ops.ListResourceSnapshotJobs(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, j in pairs(jobs()) do
    if j.catalog == input.Catalog
      and (input.EngagementIdentifier == nil or j.engagement_id == input.EngagementIdentifier)
      and (input.Status == nil or j.status == input.Status) then
      items[#items + 1] = j
    end
  end
  common.sort_by(items, input.Sort, { CreatedDate = function(j) return j.created end }, "CreatedDate", "DESCENDING")
  local out = json.array()
  for i, j in ipairs(items) do
    out[i] = { Id = j.id, Arn = j.arn, EngagementId = j.engagement_id, Status = j.status }
  end
  local page, token = common.page(ctx, out, "ListResourceSnapshotJobs", input, 50)
  return { ResourceSnapshotJobSummaries = page, NextToken = token }
end

local function job_state(ctx, j, want, verb)
  if j.status ~= want then
    common.invalid(ctx, "ResourceSnapshotJobIdentifier", "Job " .. j.id .. " is " .. j.status .. ": only a " .. want
      .. " job can be " .. verb .. ".", "INVALID_RESOURCE_STATE")
  end
end

function ops.StartResourceSnapshotJob(ctx, input)
  local j = job(ctx, input.Catalog, input.ResourceSnapshotJobIdentifier)
  job_state(ctx, j, "Stopped", "started")
  j.status, j.started = "Running", util.now()
  return {}
end

function ops.StopResourceSnapshotJob(ctx, input)
  local j = job(ctx, input.Catalog, input.ResourceSnapshotJobIdentifier)
  job_state(ctx, j, "Running", "stopped")
  j.status = "Stopped"
  return {}
end

function ops.DeleteResourceSnapshotJob(ctx, input)
  local j = job(ctx, input.Catalog, input.ResourceSnapshotJobIdentifier)
  if j.status ~= "Stopped" then common.conflict(ctx, "Job " .. j.id .. " is Running: stop it before deleting it.") end
  jobs()[j.id] = nil
  return {}
end

return _M
