-- Selling engagements, invitations, the four tasks (with their waiters),
-- resource snapshots and jobs, tags and settings, through the SDK client
-- against partnercentral-local. The waiters' sleeps move the emulator's clock
-- (the client's sleep option), so tasks finish without waiting.
local emulator = require("spec.support.emulator")
local selling = require("spec.support.selling")

describe("Selling engagements and tasks", function()
  local emu, s
  local function advance(seconds)
    assert.equal(200, (emu:control("clock", '{"advance":' .. seconds .. "}")))
  end
  emulator.use({ control = true, delay = 2 }, function(e)
    emu = e
    if e then s = selling.client(e, { sleep = function(sec) advance(sec) end }) end
  end)
  teardown(function() if s then s:close() end end)

  local function service_error(code, res, err)
    assert.is_nil(res)
    assert.equal("service", err.kind)
    assert.equal(code, err.code, tostring(err))
    return err
  end
  local function received(payload_type, catalog)
    local list = assert(s:list_engagement_invitations{ Catalog = catalog or "AWS", ParticipantType = "RECEIVER",
      PayloadType = { payload_type } }).EngagementInvitationSummaries
    return list[1]
  end
  local function new_engagement(contexts)
    return assert(s:create_engagement{ Catalog = "AWS", Title = "Spec", Description = "Spec engagement.",
      Contexts = contexts })
  end
  local function complete_opportunity(over)
    local id = assert(s:create_opportunity(selling.opportunity(over))).Id
    assert(s:associate_opportunity{ Catalog = "AWS", OpportunityIdentifier = id, RelatedEntityType = "Solutions",
      RelatedEntityIdentifier = "S-0000001" })
    return id
  end

  it("seeds the invitations AWS sent, whose engagements the caller joins by accepting", function()
    local inv = received("OpportunityInvitation")
    assert.equal("PENDING", inv.Status)
    assert.equal("aws", inv.SenderAwsAccountId)
    assert.equal("RECEIVER", inv.ParticipantType)
    assert.equal("111122223333", inv.Receiver.Account.AwsAccountId)
    assert.matches("^arn:aws:partnercentral::111122223333:AWS/engagement%-invitation/engi%-", inv.Arn)
    assert.is_true(inv.ExpirationDate - inv.InvitationDate == 15 * 86400)
    local full = assert(s:get_engagement_invitation{ Catalog = "AWS", Identifier = inv.Arn })   -- by ARN too
    assert.equal("Example Retail Co", full.Payload.OpportunityInvitation.Customer.CompanyName)
    assert.equal("Amazon Web Services", full.SenderCompanyName)
    assert.same({ { CompanyName = "Amazon Web Services", WebsiteUrl = "https://aws.amazon.com" } }, full.ExistingMembers)
    assert.is_table(received("LeadInvitation", "Sandbox"))
    service_error("ResourceNotFoundException", s:get_engagement{ Catalog = "AWS", Identifier = inv.EngagementId })
    local arn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/engagement/" .. inv.EngagementId
    service_error("ResourceNotFoundException", s:tag_resource{ ResourceArn = arn, Tags = { { Key = "a", Value = "b" } } })
    assert(s:accept_engagement_invitation{ Catalog = "AWS", Identifier = inv.Id })
    assert(s:tag_resource{ ResourceArn = arn, Tags = { { Key = "a", Value = "b" } } })   -- a member now
    local e = assert(s:get_engagement{ Catalog = "AWS", Identifier = inv.EngagementId })
    assert.equal(2, e.MemberCount)
    assert.equal("aws", e.CreatedBy)
    assert.equal("CustomerProject", e.Contexts[1].Type)
    local members = assert(s:list_engagement_members{ Catalog = "AWS", Identifier = e.Id }).EngagementMemberList
    assert.equal("111122223333", members[2].AccountId)
    assert.equal("ACCEPTED", assert(s:get_engagement_invitation{ Catalog = "AWS", Identifier = inv.Id }).Status)
    service_error("ConflictException", s:accept_engagement_invitation{ Catalog = "AWS", Identifier = inv.Id })
    -- the invitations the caller sent are another list
    assert.same({}, assert(s:list_engagement_invitations{ Catalog = "AWS", ParticipantType = "SENDER" })
      .EngagementInvitationSummaries)
  end)

  it("rejects, and expires invitations 15 days after they were sent", function()
    local lead = received("LeadInvitation")
    assert(s:reject_engagement_invitation{ Catalog = "AWS", Identifier = lead.Id, RejectionReason = "Other" })
    local got = assert(s:get_engagement_invitation{ Catalog = "AWS", Identifier = lead.Id })
    assert.equal("REJECTED", got.Status)
    assert.equal("Other", got.RejectionReason)
    advance(15 * 86400 + 1)
    local opp = received("OpportunityInvitation")
    assert.equal("EXPIRED", opp.Status)
    local err = service_error("ConflictException", s:accept_engagement_invitation{ Catalog = "AWS", Identifier = opp.Id })
    assert.matches("EXPIRED", err.message)
    local expired = assert(s:list_engagement_invitations{ Catalog = "AWS", ParticipantType = "RECEIVER",
      Status = { "EXPIRED" } }).EngagementInvitationSummaries
    assert.equal(1, #expired)
  end)

  it("starts an engagement by accepting an invitation: an AWS Referral opportunity, a snapshot job, the tags", function()
    local inv = received("OpportunityInvitation")
    local t = assert(s:start_engagement_by_accepting_invitation_task{ Catalog = "AWS", Identifier = inv.Id,
      Tags = { { Key = "crm", Value = "accepted" } } })
    assert.equal("IN_PROGRESS", t.TaskStatus)
    assert.matches("^task%-[0-9a-z]+$", t.TaskId)
    assert.equal(inv.Id, t.EngagementInvitationId)
    local err = service_error("ConflictException", s:start_engagement_by_accepting_invitation_task{ Catalog = "AWS",
      Identifier = inv.Id })
    assert.matches("already accepting", err.message)
    local done, meta = assert(s:wait_for("EngagementByAcceptingInvitationTaskCompleted",
      { Catalog = "AWS", TaskIdentifier = t.TaskArn }, { delay = 1 }))
    assert.equal("COMPLETE", done.TaskStatus)
    assert.is_true(meta.polls >= 2)
    local o = assert(s:get_opportunity{ Catalog = "AWS", Identifier = done.OpportunityId })
    assert.equal("Example Retail Co", o.Customer.Account.CompanyName)
    assert.equal("2027-06-30", o.LifeCycle.TargetCloseDate)
    assert.is_nil(o.LifeCycle.ReviewStatus)   -- a partner-referral field
    assert.equal("AWS Referral", assert(s:get_aws_opportunity_summary{ Catalog = "AWS",
      RelatedOpportunityIdentifier = o.Id }).Origin)
    assert.same({ { Key = "crm", Value = "accepted" } }, assert(s:list_tags_for_resource{ ResourceArn = o.Arn }).Tags)
    local job = assert(s:get_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = done.ResourceSnapshotJobId })
    assert.equal("Running", job.Status)
    assert.equal(o.Id, job.ResourceId)
    assert.equal(inv.EngagementId, job.EngagementId)
    local listed = assert(s:list_engagement_by_accepting_invitation_tasks{ Catalog = "AWS",
      EngagementInvitationIdentifier = { inv.Id } }).TaskSummaries
    assert.equal(1, #listed)
    assert.equal(done.TaskId, listed[1].TaskId)
    assert.same({}, assert(s:list_engagement_by_accepting_invitation_tasks{ Catalog = "AWS",
      TaskStatus = { "FAILED" } }).TaskSummaries)
  end)

  it("fails an accepting task whose invitation was rejected meanwhile (EngagementInvitationConflict)", function()
    local inv = received("LeadInvitation")
    local t = assert(s:start_engagement_by_accepting_invitation_task{ Catalog = "AWS", Identifier = inv.Id })
    assert(s:reject_engagement_invitation{ Catalog = "AWS", Identifier = inv.Id })
    local _, err = s:wait_for("EngagementByAcceptingInvitationTaskCompleted", { Catalog = "AWS",
      TaskIdentifier = t.TaskId }, { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    assert.matches("FAILED %(EngagementInvitationConflict: ", err.message)
    assert.equal("EngagementInvitationConflict", err.result.ReasonCode)
  end)

  it("starts an engagement from an opportunity: engagement, AWS's acceptance, snapshot, job, submission", function()
    local id = complete_opportunity()
    local t = assert(s:start_engagement_from_opportunity_task{ Catalog = "AWS", Identifier = id,
      AwsSubmission = { InvolvementType = "Co-Sell", Visibility = "Full" }, Tags = { { Key = "t", Value = "1" } } })
    assert.equal(id, t.OpportunityId)
    service_error("ConflictException", s:start_engagement_from_opportunity_task{ Catalog = "AWS", Identifier = id,
      AwsSubmission = { InvolvementType = "Co-Sell" } })
    service_error("ValidationException", s:submit_opportunity{ Catalog = "AWS", Identifier = id,
      InvolvementType = "Co-Sell" })   -- the task is submitting it
    local done = assert(s:wait_for("engagement_from_opportunity_task_completed", { Catalog = "AWS",
      TaskIdentifier = t.TaskId }, { delay = 1 }))
    local e = assert(s:get_engagement{ Catalog = "AWS", Identifier = done.EngagementId })
    assert.equal("Order system migration", e.Title)
    assert.equal(2, e.MemberCount)
    assert.equal("CustomerProject", e.Contexts[1].Type)
    assert.same({ { Key = "t", Value = "1" } }, assert(s:list_tags_for_resource{ ResourceArn = e.Arn }).Tags)
    local sent = assert(s:get_engagement_invitation{ Catalog = "AWS", Identifier = done.EngagementInvitationId })
    assert.equal("ACCEPTED", sent.Status)
    assert.equal("aws", sent.Receiver.Account.AwsAccountId)
    local snap = assert(s:get_resource_snapshot{ Catalog = "AWS", EngagementIdentifier = e.Id, ResourceType = "Opportunity",
      ResourceIdentifier = id, ResourceSnapshotTemplateIdentifier = "OpportunitySummary" })
    assert.equal(1, snap.Revision)
    assert.equal("Example Retail Co", snap.Payload.OpportunitySummary.Customer.Account.CompanyName)
    assert.same({ "111122223333", "aws" }, snap.TargetMemberAccounts)
    local o = assert(s:get_opportunity{ Catalog = "AWS", Identifier = id })
    assert.equal("Submitted", o.LifeCycle.ReviewStatus)
    assert.equal("Co-Sell", assert(s:get_aws_opportunity_summary{ Catalog = "AWS",
      RelatedOpportunityIdentifier = id }).InvolvementType)
    local assoc = assert(s:list_engagement_resource_associations{ Catalog = "AWS", ResourceIdentifier = id })
      .EngagementResourceAssociationSummaries
    assert.same({ { Catalog = "AWS", EngagementId = e.Id, ResourceType = "Opportunity", ResourceId = id,
      CreatedBy = "111122223333" } }, assoc)
    local listed = assert(s:list_engagement_from_opportunity_tasks{ Catalog = "AWS", EngagementIdentifier = { e.Arn } })
    assert.equal(done.TaskId, listed.TaskSummaries[1].TaskId)
  end)

  it("fails an engagement task on an incomplete or unshareable opportunity (OpportunityValidationFailed)", function()
    local bare = assert(s:create_opportunity(selling.opportunity{ Project = { Title = "No problem stated" } })).Id
    local t = assert(s:start_engagement_from_opportunity_task{ Catalog = "AWS", Identifier = bare,
      AwsSubmission = { InvolvementType = "Co-Sell" } })
    local _, err = s:wait_for("EngagementFromOpportunityTaskCompleted", { Catalog = "AWS", TaskIdentifier = t.TaskId },
      { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    assert.matches("OpportunityValidationFailed: Project.CustomerBusinessProblem is required", err.message)
    -- the opportunity is free again, still Pending Submission
    assert.equal("Pending Submission", assert(s:get_opportunity{ Catalog = "AWS", Identifier = bare }).LifeCycle.ReviewStatus)
    local odd = complete_opportunity{ Customer = { Account = { CompanyName = "Odd", WebsiteUrl = "not a url at all",
      Industry = "Retail", Address = { CountryCode = "US" } } } }
    t = assert(s:start_engagement_from_opportunity_task{ Catalog = "AWS", Identifier = odd,
      AwsSubmission = { InvolvementType = "Co-Sell" } })
    _, err = s:wait_for("EngagementFromOpportunityTaskCompleted", { Catalog = "AWS", TaskIdentifier = t.TaskId },
      { delay = 1 })
    assert.matches("cannot be shared with AWS", err.message)
  end)

  it("makes an opportunity of a Lead context, and refuses the other contexts with their reason codes", function()
    local e = new_engagement{ { Type = "CustomerProject", Payload = selling.customer_project() },
      { Type = "Lead", Payload = selling.lead() },
      { Type = "Lead", Payload = selling.lead{ QualificationStatus = "Disqualified" } } }
    local function run(context)
      local t = assert(s:start_opportunity_from_engagement_task{ Catalog = "AWS", Identifier = e.Id,
        ContextIdentifier = context })
      return s:wait_for("OpportunityFromEngagementTaskCompleted", { Catalog = "AWS", TaskIdentifier = t.TaskId },
        { delay = 1 })
    end
    local done = assert(run("2"))
    local o = assert(s:get_opportunity{ Catalog = "AWS", Identifier = done.OpportunityId })
    assert.equal("Example Health Ltd", o.Customer.Account.CompanyName)
    assert.equal("Healthcare", o.Customer.Account.Industry)
    assert.equal("cto@health.example.com", o.Customer.Contacts[1].Email)
    assert.equal("Pending Submission", o.LifeCycle.ReviewStatus)
    assert.equal("2", done.ContextId)
    for context, reason in pairs({ ["1"] = "CustomerProjectContextNotPermitted", ["3"] = "DisqualifiedLeadNotPermitted",
                                    ["9"] = "ContextNotFound" }) do
      local _, err = run(context)
      assert.equal("WaiterFailure", err.code)
      assert.equal(reason, err.result.ReasonCode)
    end
    local failed = assert(s:list_opportunity_from_engagement_tasks{ Catalog = "AWS", TaskStatus = { "FAILED" },
      Sort = { SortBy = "StartTime", SortOrder = "ASCENDING" } }).TaskSummaries
    assert.equal(3, #failed)
    assert.is_true(failed[1].StartTime <= failed[3].StartTime)
    assert.equal(1, #assert(s:list_opportunity_from_engagement_tasks{ Catalog = "AWS", ContextIdentifier = { "2" } })
      .TaskSummaries)
  end)

  it("runs prospecting tasks per engagement (GetProspectingFromEngagementTask and its waiter)", function()
    local with = new_engagement{ { Type = "Lead", Payload = selling.lead() } }.Id
    local without = new_engagement().Id
    local t = assert(s:start_prospecting_from_engagement_task{ Catalog = "AWS", TaskName = "weekly",
      Identifiers = { with, without, "eng-aaaaaaaaaaaaaa" } })
    assert.equal("PENDING", t.TaskStatus)
    assert.matches("^arn:aws:partnercentral%-selling:us%-east%-1:111122223333:catalog/AWS/prospecting%-from%-engagement%-task/task%-",
      t.TaskArn)
    advance(1)
    local mid = assert(s:get_prospecting_from_engagement_task{ Catalog = "AWS", TaskIdentifier = t.TaskId })
    assert.equal("IN_PROGRESS", mid.Engagements[1].Status)
    assert.is_nil(mid.EndTime)
    local done = assert(s:wait_for("ProspectingFromEngagementTaskCompleted", { Catalog = "AWS",
      TaskIdentifier = t.TaskId }, { delay = 1 }))
    assert.equal("COMPLETED", done.Engagements[1].Status)
    assert.equal("NO_ELIGIBLE_CONTEXT", done.Engagements[2].ReasonCode)
    assert.equal("ENGAGEMENT_NOT_FOUND", done.Engagements[3].ReasonCode)
    local all_fail = assert(s:start_prospecting_from_engagement_task{ Catalog = "AWS", TaskName = "empty",
      Identifiers = { without } })
    local _, err = s:wait_for("ProspectingFromEngagementTaskCompleted", { Catalog = "AWS",
      TaskIdentifier = all_fail.TaskId }, { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    local list = assert(s:list_prospecting_from_engagement_tasks{ Catalog = "AWS",
      Sort = { SortBy = "FailedEngagementCount", SortOrder = "DESCENDING" } }).TaskSummaries
    assert.equal(2, #list)
    assert.equal("weekly", list[1].TaskName)
    assert.same({ 3, 1, 2 }, { list[1].TotalEngagementCount, list[1].CompletedEngagementCount,
      list[1].FailedEngagementCount })
    assert.equal(1, #assert(s:list_prospecting_from_engagement_tasks{ Catalog = "AWS", TaskName = { "empty" } })
      .TaskSummaries)
  end)

  it("keeps engagement contexts within the model (5 contexts, 10 interactions) and updates them concurrently", function()
    local created = new_engagement{ { Type = "Lead", Payload = selling.lead() } }
    for i = 2, 5 do
      local r = assert(s:create_engagement_context{ Catalog = "AWS", EngagementIdentifier = created.Id,
        Type = "CustomerProject", Payload = selling.customer_project() })
      assert.equal(tostring(i), r.ContextId)
    end
    local err = service_error("ServiceQuotaExceededException", s:create_engagement_context{ Catalog = "AWS",
      EngagementIdentifier = created.Id, Type = "CustomerProject", Payload = selling.customer_project() })
    assert.matches("cannot hold another context", err.message)
    service_error("ValidationException", s:create_engagement{ Catalog = "AWS", Contexts = { { Type = "Lead",
      Payload = selling.customer_project() } } })   -- the payload does not match the type
    local e = assert(s:get_engagement{ Catalog = "AWS", Identifier = created.Id })
    assert.equal(5, #e.Contexts)
    local at = e.ModifiedAt
    local interaction = selling.lead().Lead.Interactions[1]
    for i = 2, 10 do
      local r = assert(s:update_engagement_context{ Catalog = "AWS", EngagementIdentifier = e.Id, ContextIdentifier = "1",
        EngagementLastModifiedAt = at, Type = "Lead", Payload = { Lead = { Customer = { CompanyName = "Lead " .. i },
          Interaction = interaction } } })
      assert.is_true(r.EngagementLastModifiedAt > at)
      at = r.EngagementLastModifiedAt
    end
    service_error("ServiceQuotaExceededException", s:update_engagement_context{ Catalog = "AWS",
      EngagementIdentifier = e.Id, ContextIdentifier = "1", EngagementLastModifiedAt = at, Type = "Lead",
      Payload = { Lead = { Customer = { CompanyName = "Eleventh" }, Interaction = interaction } } })
    service_error("ConflictException", s:update_engagement_context{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ContextIdentifier = "1", EngagementLastModifiedAt = e.ModifiedAt, Type = "Lead",
      Payload = { Lead = { Customer = { CompanyName = "Stale" } } } })
    service_error("ValidationException", s:update_engagement_context{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ContextIdentifier = "2", EngagementLastModifiedAt = at, Type = "Lead",
      Payload = { Lead = { Customer = { CompanyName = "Wrong type" } } } })
    local lead = assert(s:get_engagement{ Catalog = "AWS", Identifier = e.Id }).Contexts[1].Payload.Lead
    assert.equal(10, #lead.Interactions)
    assert.equal("Lead 10", lead.Customer.CompanyName)
    local listed = assert(s:list_engagements{ Catalog = "AWS", ContextTypes = { "Lead" } }).EngagementSummaryList
    assert.equal(1, #listed)
    assert.same({ "Lead", "CustomerProject" }, listed[1].ContextTypes)
    assert.same({}, assert(s:list_engagements{ Catalog = "AWS", ExcludeContextTypes = { "Lead" } }).EngagementSummaryList)
  end)

  it("invites up to the model's 10 members (ServiceQuotaExceededException past them)", function()
    local e = new_engagement()
    for i = 1, 9 do
      assert(s:create_engagement_invitation{ Catalog = "AWS", EngagementIdentifier = e.Id,
        Invitation = selling.invitation(string.format("2109876543%02d", i)) })
    end
    local err = service_error("ServiceQuotaExceededException", s:create_engagement_invitation{ Catalog = "AWS",
      EngagementIdentifier = e.Id, Invitation = selling.invitation("210987654399") })
    assert.matches("10 members", err.message)
    local sent = assert(s:list_engagement_invitations{ Catalog = "AWS", ParticipantType = "SENDER",
      EngagementIdentifier = { e.Id }, MaxResults = 5 })
    assert.equal(5, #sent.EngagementInvitationSummaries)
    assert.is_string(sent.NextToken)
  end)

  it("runs snapshot jobs: a revision after each change (ResourceSnapshotJobSucceeded), failures, stop", function()
    local e = new_engagement()
    local id = complete_opportunity()
    local job = assert(s:create_resource_snapshot_job{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ResourceType = "Opportunity", ResourceIdentifier = id, ResourceSnapshotTemplateIdentifier = "OpportunitySummary" })
    local ran = assert(s:wait_for("ResourceSnapshotJobSucceeded", { Catalog = "AWS",
      ResourceSnapshotJobIdentifier = job.Id }, { delay = 1 }))
    assert.equal("Running", ran.Status)
    local function revisions()
      return #assert(s:list_resource_snapshots{ Catalog = "AWS", EngagementIdentifier = e.Id,
        ResourceIdentifier = id }).ResourceSnapshotSummaries
    end
    assert.equal(1, revisions())
    advance(5)
    assert.equal(1, revisions())   -- nothing changed: no new revision
    local o = assert(s:get_opportunity{ Catalog = "AWS", Identifier = id })
    assert(s:update_opportunity(selling.update_from(o, { OpportunityType = "Expansion" })))
    assert.equal(2, revisions())
    local latest = assert(s:get_resource_snapshot{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ResourceType = "Opportunity", ResourceIdentifier = id, ResourceSnapshotTemplateIdentifier = "OpportunitySummary" })
    assert.equal(2, latest.Revision)
    assert.equal("Expansion", latest.Payload.OpportunitySummary.OpportunityType)
    local first = assert(s:get_resource_snapshot{ Catalog = "AWS", EngagementIdentifier = e.Id, Revision = 1,
      ResourceType = "Opportunity", ResourceIdentifier = id, ResourceSnapshotTemplateIdentifier = "OpportunitySummary" })
    assert.equal("Net New Business", first.Payload.OpportunitySummary.OpportunityType)
    -- AWS's view of an opportunity that was never submitted cannot be taken
    local aws_job = assert(s:create_resource_snapshot_job{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ResourceType = "Opportunity", ResourceIdentifier = id,
      ResourceSnapshotTemplateIdentifier = "AwsOpportunitySummaryFullView" })
    local _, err = s:wait_for("ResourceSnapshotJobSucceeded", { Catalog = "AWS",
      ResourceSnapshotJobIdentifier = aws_job.Id }, { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    assert.matches("submit it first", err.message)
    service_error("ValidationException", s:create_resource_snapshot{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ResourceType = "Opportunity", ResourceIdentifier = id, ResourceSnapshotTemplateIdentifier = "AwsOpportunitySummaryFullView" })
    -- a stopped job takes nothing and is what the waiter reports
    assert(s:stop_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = job.Id })
    -- it did run before it was stopped
    assert(s:wait_for("ResourceSnapshotJobSucceeded", { Catalog = "AWS", ResourceSnapshotJobIdentifier = job.Id },
      { delay = 1 }))
    local jobs = assert(s:list_resource_snapshot_jobs{ Catalog = "AWS", Status = "Stopped" }).ResourceSnapshotJobSummaries
    assert.same({ { Id = job.Id, Arn = job.Arn, EngagementId = e.Id, Status = "Stopped" } }, jobs)
    assert(s:delete_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = job.Id })
    service_error("ResourceNotFoundException", s:get_resource_snapshot_job{ Catalog = "AWS",
      ResourceSnapshotJobIdentifier = job.Id })
    local fresh = assert(s:create_resource_snapshot_job{ Catalog = "AWS", EngagementIdentifier = e.Id,
      ResourceType = "Opportunity", ResourceIdentifier = id, ResourceSnapshotTemplateIdentifier = "OpportunitySummary" })
    assert(s:stop_resource_snapshot_job{ Catalog = "AWS", ResourceSnapshotJobIdentifier = fresh.Id })
    _, err = s:wait_for("ResourceSnapshotJobSucceeded", { Catalog = "AWS", ResourceSnapshotJobIdentifier = fresh.Id },
      { delay = 1 })
    assert.equal("WaiterFailure", err.code)
    assert.matches("reached status Stopped", err.message)
  end)

  it("tags opportunities, engagements and jobs up to the model's 200; an untagged resource lists none", function()
    local e = new_engagement()
    local tags = {}
    for i = 1, 200 do tags[i] = { Key = "k" .. i, Value = "v" } end
    assert(s:tag_resource{ ResourceArn = e.Arn, Tags = tags })
    local err = service_error("ValidationException", s:tag_resource{ ResourceArn = e.Arn,
      Tags = { { Key = "one-more", Value = "v" } } })
    assert.equal("TOO_MANY_VALUES", err.fields.ErrorList[1].Code)
    assert.equal(200, #assert(s:list_tags_for_resource{ ResourceArn = e.Arn }).Tags)
    assert(s:tag_resource{ ResourceArn = e.Arn, Tags = { { Key = "k1", Value = "changed" } } })   -- a key it has
    assert(s:untag_resource{ ResourceArn = e.Arn, TagKeys = { "k2", "absent" } })
    local list = assert(s:list_tags_for_resource{ ResourceArn = e.Arn }).Tags
    assert.equal(199, #list)
    assert.same({ Key = "k1", Value = "changed" }, list[1])
    -- the model's TagList has min 1 (TagResource's input shares it): the one answer that is
    -- not strictly valid for its shape is the empty list of an untagged resource, as AWS answers it
    local opp = assert(s:get_opportunity{ Catalog = "AWS", Identifier = complete_opportunity() })
    local status, body = emu:call("AWSPartnerCentralSelling.ListTagsForResource",
      emulator.json.encode({ ResourceArn = opp.Arn }))
    assert.equal(200, status)
    assert.same({}, body.Tags)
    assert.is_nil(emulator.check_output("selling", "ListTagsForResource", body))
    assert.same({}, assert(s:list_tags_for_resource{ ResourceArn = opp.Arn }).Tags)
    service_error("ResourceNotFoundException", s:list_tags_for_resource{
      ResourceArn = "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/engagement/eng-aaaaaaaaaaaaaa" })
  end)

  it("keeps the selling system settings per catalog", function()
    assert.is_nil(assert(s:get_selling_system_settings{ Catalog = "AWS" }).ResourceSnapshotJobRoleArn)
    local put = assert(s:put_selling_system_settings{ Catalog = "AWS", ResourceSnapshotJobRoleIdentifier = "Snapshots" })
    assert.equal("arn:aws:iam::111122223333:role/Snapshots", put.ResourceSnapshotJobRoleArn)
    assert(s:put_selling_system_settings{ Catalog = "AWS" })   -- no identifier: kept
    assert.equal("arn:aws:iam::111122223333:role/Snapshots",
      assert(s:get_selling_system_settings{ Catalog = "AWS" }).ResourceSnapshotJobRoleArn)
    assert.is_nil(assert(s:get_selling_system_settings{ Catalog = "Sandbox" }).ResourceSnapshotJobRoleArn)
    assert.equal("arn:aws:iam::111122223333:role/path/R", assert(s:put_selling_system_settings{ Catalog = "Sandbox",
      ResourceSnapshotJobRoleIdentifier = "arn:aws:iam::111122223333:role/path/R" }).ResourceSnapshotJobRoleArn)
  end)
end)
