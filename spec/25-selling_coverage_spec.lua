-- Every one of the 45 Selling operations through the SDK client against
-- partnercentral-local, on a success path (its snake_case method) and on an
-- error path (call() with the model's name), in one scripted session. Every 200 body is valid (strict)
-- for the operation's output shape; every error is one the operation models,
-- its body valid for that exception shape, and comes back as a typed error.
local emulator = require("spec.support.emulator")
local selling = require("spec.support.selling")
local json = emulator.json

local BAD_TOKEN = "bm90LWEtdG9rZW4="   -- base64 of "not-a-token": well formed, unknown
local NO_ENG = "eng-aaaaaaaaaaaaaa"
local NO_OPP = "O999999999"
local OFFER = "arn:aws:aws-marketplace:us-east-1:123456789012:AWSMarketplace/Offer/offer-abcdefghijklm"

-- Steps in order: { method, input(c) | input, expect = error code (nil: success),
-- save = fn(c, result) } or { advance = seconds }. c holds ids learned on the way.
local function steps()
  local function opp(c, extra)
    local t = { Catalog = "AWS", Identifier = c.opp }
    for k, v in pairs(extra or {}) do t[k] = v end
    return t
  end
  local function eng(c, extra)
    local t = { Catalog = "AWS", Identifier = c.eng }
    for k, v in pairs(extra or {}) do t[k] = v end
    return t
  end
  local function snap(c, extra)
    local t = { Catalog = "AWS", EngagementIdentifier = c.eng, ResourceType = "Opportunity", ResourceIdentifier = c.opp,
      ResourceSnapshotTemplateIdentifier = "OpportunitySummary" }
    for k, v in pairs(extra or {}) do t[k] = v end
    return t
  end
  local function job(c) return { Catalog = "AWS", ResourceSnapshotJobIdentifier = c.job } end
  local NO_JOB = { Catalog = "AWS", ResourceSnapshotJobIdentifier = "job-aaaaaaaaaaaaa" }
  return {
    -- solutions, settings
    { "list_solutions", { Catalog = "AWS", Status = { "Active" } } },
    { "list_solutions", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { "get_selling_system_settings", { Catalog = "AWS" } },
    { "get_selling_system_settings", { Catalog = "Elsewhere" }, expect = "ValidationException" },
    { "put_selling_system_settings", { Catalog = "AWS", ResourceSnapshotJobRoleIdentifier = "SnapshotRole" } },
    { "put_selling_system_settings", { Catalog = "AWS",
        ResourceSnapshotJobRoleIdentifier = "arn:aws:iam::123456789012:role/Other" }, expect = "ValidationException" },
    -- opportunities
    { "create_opportunity", selling.opportunity{ ClientToken = "cov-1", Tags = { { Key = "crm", Value = "x" } } },
      save = function(c, r) c.opp, c.first_lmd = r.Id, r.LastModifiedDate end },
    { "create_opportunity", selling.opportunity{ ClientToken = "cov-1", PartnerOpportunityIdentifier = "other" },
      expect = "ConflictException" },
    { "get_opportunity", opp, save = function(c, r) c.got, c.arn = r, r.Arn end },
    { "get_opportunity", { Catalog = "AWS", Identifier = NO_OPP }, expect = "ResourceNotFoundException" },
    { "list_opportunities", { Catalog = "AWS", MaxResults = 1 } },
    { "list_opportunities", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { "update_opportunity", function(c) return selling.update_from(c.got, { OpportunityType = "Expansion" }) end,
      save = function(c, r) c.lmd = r.LastModifiedDate end },
    { "update_opportunity", function(c) return selling.update_from(c.got, { OpportunityType = "Flat Renewal" }) end,
      expect = "ConflictException" },   -- c.got's LastModifiedDate is stale now
    { "assign_opportunity", function(c) return opp(c, { Assignee = { Email = "owner@partner.example.com",
        FirstName = "Olive", LastName = "Owner", BusinessTitle = "Partner Sales" } }) end },
    { "assign_opportunity", { Catalog = "AWS", Identifier = NO_OPP, Assignee = { Email = "a@b.example.com",
        FirstName = "A", LastName = "B", BusinessTitle = "C" } }, expect = "ResourceNotFoundException" },
    { "associate_opportunity", function(c) return { Catalog = "AWS", OpportunityIdentifier = c.opp,
        RelatedEntityType = "Solutions", RelatedEntityIdentifier = "S-0000001" } end },
    { "associate_opportunity", function(c) return { Catalog = "AWS", OpportunityIdentifier = c.opp,
        RelatedEntityType = "AwsMarketplaceOffers", RelatedEntityIdentifier = OFFER } end },
    { "associate_opportunity", function(c) return { Catalog = "AWS", OpportunityIdentifier = c.opp,
        RelatedEntityType = "Solutions", RelatedEntityIdentifier = "S-0000777" } end, expect = "ResourceNotFoundException" },
    { "disassociate_opportunity", function(c) return { Catalog = "AWS", OpportunityIdentifier = c.opp,
        RelatedEntityType = "AwsMarketplaceOffers", RelatedEntityIdentifier = OFFER } end },
    { "disassociate_opportunity", function(c) return { Catalog = "AWS", OpportunityIdentifier = c.opp,
        RelatedEntityType = "AwsMarketplaceOffers", RelatedEntityIdentifier = OFFER } end,
      expect = "ResourceNotFoundException" },
    { "get_aws_opportunity_summary", function(c) return { Catalog = "AWS", RelatedOpportunityIdentifier = c.opp } end,
      expect = "ResourceNotFoundException" },   -- not submitted yet
    { "create_opportunity", selling.opportunity{ Project = { Title = "Incomplete" } },
      save = function(c, r) c.opp2 = r.Id end },
    { "submit_opportunity", function(c) return { Catalog = "AWS", Identifier = c.opp2, InvolvementType = "Co-Sell" } end,
      expect = "ValidationException" },
    { "submit_opportunity", function(c) return opp(c, { InvolvementType = "Co-Sell", Visibility = "Full" }) end },
    { "get_aws_opportunity_summary", function(c) return { Catalog = "AWS", RelatedOpportunityIdentifier = c.opp } end },
    -- engagements, contexts, members
    { "create_engagement", { Catalog = "AWS", ClientToken = "cov-e", Title = "Coverage", Description = "Cov.",
        Contexts = { { Type = "CustomerProject", Payload = selling.customer_project() } } },
      save = function(c, r) c.eng, c.eng_arn = r.Id, r.Arn end },
    { "create_engagement", { Catalog = "AWS", ClientToken = "cov-e", Title = "Other" }, expect = "ConflictException" },
    { "get_engagement", eng },
    { "get_engagement", { Catalog = "AWS", Identifier = NO_ENG }, expect = "ResourceNotFoundException" },
    { "list_engagements", { Catalog = "AWS", ContextTypes = { "CustomerProject" } } },
    { "list_engagements", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { "create_engagement_context", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng, Type = "Lead",
        Payload = selling.lead() } end, save = function(c, r) c.ctx, c.eng_at = r.ContextId, r.EngagementLastModifiedAt end },
    { "create_engagement_context", { Catalog = "AWS", EngagementIdentifier = NO_ENG, Type = "Lead",
        Payload = selling.lead() }, expect = "ResourceNotFoundException" },
    { "update_engagement_context", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng,
        ContextIdentifier = c.ctx, EngagementLastModifiedAt = c.eng_at, Type = "Lead",
        Payload = { Lead = { QualificationStatus = "Qualified", Customer = { CompanyName = "Example Health Ltd" } } } } end },
    { "update_engagement_context", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng,
        ContextIdentifier = c.ctx, EngagementLastModifiedAt = c.eng_at, Type = "Lead",
        Payload = { Lead = { Customer = { CompanyName = "Stale" } } } } end, expect = "ConflictException" },
    { "list_engagement_members", eng },
    { "list_engagement_members", { Catalog = "AWS", Identifier = NO_ENG }, expect = "ResourceNotFoundException" },
    -- invitations
    { "create_engagement_invitation", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng,
        Invitation = selling.invitation("210987654321") } end, save = function(c, r) c.sent = r.Id end },
    { "create_engagement_invitation", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng,
        Invitation = selling.invitation("210987654321") } end, expect = "ConflictException" },   -- still pending
    { "list_engagement_invitations", { Catalog = "AWS", ParticipantType = "RECEIVER", Status = { "PENDING" } },
      save = function(c, r)
        for _, i in ipairs(r.EngagementInvitationSummaries) do
          if i.PayloadType == "OpportunityInvitation" then c.inv1 = i.Id else c.inv2 = i.Id end
        end
      end },
    { "list_engagement_invitations", { Catalog = "AWS", ParticipantType = "SENDER", NextToken = BAD_TOKEN },
      expect = "ValidationException" },
    { "get_engagement_invitation", function(c) return { Catalog = "AWS", Identifier = c.inv1 } end },
    { "get_engagement_invitation", { Catalog = "AWS", Identifier = "engi-aaaaaaaaaaaaa" },
      expect = "ResourceNotFoundException" },
    { "reject_engagement_invitation", function(c) return { Catalog = "AWS", Identifier = c.inv2,
        RejectionReason = "Customer problem unclear" } end },
    { "reject_engagement_invitation", function(c) return { Catalog = "AWS", Identifier = c.inv2 } end,
      expect = "ConflictException" },
    { "create_engagement_invitation", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng,
        Invitation = selling.invitation("111122223333") } end, save = function(c, r) c.self_inv = r.Id end },
    { "accept_engagement_invitation", function(c) return { Catalog = "AWS", Identifier = c.self_inv } end },
    { "accept_engagement_invitation", function(c) return { Catalog = "AWS", Identifier = c.self_inv } end,
      expect = "ConflictException" },
    { "start_engagement_by_accepting_invitation_task", function(c) return { Catalog = "AWS", Identifier = c.inv1,
        Tags = { { Key = "source", Value = "aws" } } } end },
    { "start_engagement_by_accepting_invitation_task", function(c) return { Catalog = "AWS", Identifier = c.inv2 } end,
      expect = "ConflictException" },   -- rejected
    { "list_engagement_by_accepting_invitation_tasks", { Catalog = "AWS", TaskStatus = { "IN_PROGRESS" } } },
    { "list_engagement_by_accepting_invitation_tasks", { Catalog = "AWS", NextToken = BAD_TOKEN },
      expect = "ValidationException" },
    -- resource snapshots and jobs
    { "create_resource_snapshot_job", function(c) return snap(c, { Tags = { { Key = "team", Value = "sync" } } }) end,
      save = function(c, r) c.job, c.job_arn = r.Id, r.Arn end },
    { "create_resource_snapshot_job", snap, expect = "ConflictException" },
    { "get_resource_snapshot_job", job },
    { "get_resource_snapshot_job", NO_JOB, expect = "ResourceNotFoundException" },
    { "list_resource_snapshot_jobs", { Catalog = "AWS", Status = "Running" } },
    { "list_resource_snapshot_jobs", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { "stop_resource_snapshot_job", job },
    { "stop_resource_snapshot_job", job, expect = "ValidationException" },   -- already stopped
    { "start_resource_snapshot_job", job },
    { "start_resource_snapshot_job", job, expect = "ValidationException" },  -- already running
    { "delete_resource_snapshot_job", job, expect = "ConflictException" },   -- still running
    { "stop_resource_snapshot_job", job },
    { "delete_resource_snapshot_job", job },
    { "create_resource_snapshot", snap },
    { "create_resource_snapshot", function(c) return snap(c, { ResourceSnapshotTemplateIdentifier = "NoSuchTemplate" }) end,
      expect = "ValidationException" },
    { "get_resource_snapshot", snap },
    { "get_resource_snapshot", function(c) return snap(c, { Revision = 99 }) end, expect = "ResourceNotFoundException" },
    { "list_resource_snapshots", function(c) return { Catalog = "AWS", EngagementIdentifier = c.eng } end },
    { "list_resource_snapshots", { Catalog = "AWS", EngagementIdentifier = NO_ENG }, expect = "ResourceNotFoundException" },
    { "list_engagement_resource_associations", { Catalog = "AWS" } },
    { "list_engagement_resource_associations", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    -- the other tasks
    { "associate_opportunity", function(c) return { Catalog = "AWS", OpportunityIdentifier = c.opp2,
        RelatedEntityType = "Solutions", RelatedEntityIdentifier = "S-0000002" } end },
    { "start_engagement_from_opportunity_task", function(c) return { Catalog = "AWS", Identifier = c.opp2,
        AwsSubmission = { InvolvementType = "For Visibility Only" } } end },
    { "start_engagement_from_opportunity_task", function(c) return { Catalog = "AWS", Identifier = c.opp,
        AwsSubmission = { InvolvementType = "Co-Sell" } } end, expect = "ConflictException" },   -- submitted
    { "list_engagement_from_opportunity_tasks", function(c) return { Catalog = "AWS", OpportunityIdentifier = { c.opp2 } } end },
    { "list_engagement_from_opportunity_tasks", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { "start_opportunity_from_engagement_task", function(c) return { Catalog = "AWS", Identifier = c.eng,
        ContextIdentifier = c.ctx } end },
    { "start_opportunity_from_engagement_task", { Catalog = "AWS", Identifier = NO_ENG, ContextIdentifier = "1" },
      expect = "ResourceNotFoundException" },
    { "list_opportunity_from_engagement_tasks", function(c) return { Catalog = "AWS", EngagementIdentifier = { c.eng } } end },
    { "list_opportunity_from_engagement_tasks", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    { "start_prospecting_from_engagement_task", function(c) return { Catalog = "AWS", Identifiers = { c.eng },
        TaskName = "cov", ClientToken = "p1" } end, save = function(c, r) c.ptask = r.TaskId end },
    { "start_prospecting_from_engagement_task", function(c) return { Catalog = "AWS", Identifiers = { c.eng },
        TaskName = "cov", ClientToken = "p2" } end, expect = "ConflictException" },   -- same name still running
    { "get_prospecting_from_engagement_task", function(c) return { Catalog = "AWS", TaskIdentifier = c.ptask } end },
    { "get_prospecting_from_engagement_task", { Catalog = "AWS", TaskIdentifier = "task-aaaaaaaaaaaaaa" },
      expect = "ResourceNotFoundException" },
    { "list_prospecting_from_engagement_tasks", { Catalog = "AWS", TaskName = { "cov" } } },
    { "list_prospecting_from_engagement_tasks", { Catalog = "AWS", NextToken = BAD_TOKEN }, expect = "ValidationException" },
    -- tags
    { "tag_resource", function(c) return { ResourceArn = c.arn, Tags = { { Key = "stage", Value = "new" } } } end },
    { "tag_resource", function(c) return { ResourceArn = c.arn:gsub("O%d+$", NO_OPP), Tags = { { Key = "a", Value = "b" } } } end,
      expect = "ResourceNotFoundException" },
    { "untag_resource", function(c) return { ResourceArn = c.arn, TagKeys = { "stage" } } end },
    { "untag_resource", function(c) return { ResourceArn = c.arn:gsub("O%d+$", NO_OPP), TagKeys = { "a" } } end,
      expect = "ResourceNotFoundException" },
    { "list_tags_for_resource", function(c) return { ResourceArn = c.arn } end },
    { "list_tags_for_resource", function(c) return { ResourceArn = c.arn:gsub("O%d+$", NO_OPP) } end,
      expect = "ResourceNotFoundException" },
  }
end

describe("Selling operations against the emulator", function()
  local emu, client
  local last = {}   -- the raw answer of the last call (after_response)
  emulator.use({ control = true, delay = 1 }, function(e)
    emu = e
    if e then
      client = selling.client(e, { hooks = { after_response = function(resp, req)
        last.op, last.status, last.body = req.operation, resp.status, resp.body
      end } })
    end
  end)
  teardown(function() if client then client:close() end end)

  it("has all 45 operations as methods, and every one succeeds and fails once; bodies fit the model", function()
    local model = require("partnercentral.model").get("selling")
    local snake = require("partnercentral.client").snake
    local n = 0
    for op in pairs(model.operations) do
      n = n + 1
      assert.is_function(client[snake(op)], op)
    end
    assert.equal(45, n)
    local c, seen = {}, {}
    for i, st in ipairs(steps()) do
      local input = type(st[2]) == "function" and st[2](c) or st[2]
      -- successes through the snake_case method, errors through call() with the
      -- model's name: every operation goes both ways
      local res, err
      if st.expect then
        res, err = client:call(client.op_by_snake[st[1]], input)
      else
        res, err = client[st[1]](client, input)
      end
      local op = last.op
      local where = ("step %d %s -> %s %s"):format(i, st[1], tostring(last.status), tostring(last.body))
      seen[op] = seen[op] or {}
      if st.expect then
        assert(res == nil, where)
        assert.equal("service", err.kind, where)
        assert.equal(st.expect, err.code, where)
        assert.equal(400, err.status, where)
        assert.equal(op, err.operation)
        assert.is_true(err:is(st.expect))
        local fine, why = emulator.check_error("selling", op, json.decode(last.body))
        assert(fine, where .. ": " .. tostring(why))
        seen[op].error = true
      else
        assert(res, where .. ": " .. tostring(err))
        assert.equal(200, last.status, where)
        local fine, why = emulator.check_output("selling", op, json.decode(last.body))
        assert(fine, where .. ": output not valid: " .. tostring(why))
        if st.save then st.save(c, res) end
        seen[op].success = true
      end
    end
    local missing = {}
    for op in pairs(model.operations) do
      if not (seen[op] or {}).success then missing[#missing + 1] = op .. " (success)" end
      if not (seen[op] or {}).error then missing[#missing + 1] = op .. " (error)" end
    end
    table.sort(missing)
    assert(#missing == 0, "not exercised: " .. table.concat(missing, ", "))
    local f = io.open(emu.prefix .. "/logs/error.log", "rb")
    local log = f and f:read("*a") or ""
    if f then f:close() end
    assert(not log:find("handler error", 1, true), log)
  end)
end)
