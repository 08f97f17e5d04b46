-- A CRM-style sync with the Partner Central Selling API:
--   lua5.4 examples/selling_crm_sync.lua [since]     (since: ISO 8601, default 24 hours ago)
-- 1. lists the opportunities changed since a date (the AfterLastModifiedDate
--    filter ListOpportunities offers), page by page;
-- 2. creates an opportunity for a new CRM record (ClientToken from the CRM id:
--    a retry or a second run for the same record creates nothing twice);
-- 3. updates it with optimistic concurrency: the LastModifiedDate read is the
--    token; a stale one is a ConflictException, so read again and retry;
-- 4. submits it to AWS by starting an engagement (StartEngagementFromOpportunityTask)
--    and waits for that task, then for AWS's review.
-- Credentials, region and endpoint come from the usual chain (environment,
-- ~/.aws files, ...). Against the local emulator the demo sets
-- AWS_ENDPOINT_URL and the test keys; see tools/demo.
local pc = require("partnercentral")

local selling = pc.selling.new{ region = os.getenv("AWS_REGION") or "us-east-1" }
local CATALOG = os.getenv("PC_CATALOG") or "AWS"

-- ISO 8601 with milliseconds (what the service keeps of a LastModifiedDate)
local function iso(t)
  local ms = math.floor((t % 1) * 1000 + 0.5)
  if ms == 1000 then t, ms = t + 1, 0 end
  return os.date("!%Y-%m-%dT%H:%M:%S", math.floor(t)) .. (".%03dZ"):format(ms)
end
local function check(res, err, what)
  if not res then
    io.stderr:write(what, " failed: ", tostring(err), "\n")
    os.exit(1)
  end
  return res
end

-- 1. What changed since the last sync (oldest change first, 10 per page)
local since = arg[1] or iso(os.time() - 86400)
local changed, pages = 0, 0
for page, err in selling:pages("list_opportunities", { Catalog = CATALOG, MaxResults = 10,
    LastModifiedDate = { AfterLastModifiedDate = since },
    Sort = { SortBy = "LastModifiedDate", SortOrder = "ASCENDING" } }) do
  check(page, err, "ListOpportunities")
  pages = pages + 1
  for _, o in ipairs(page.OpportunitySummaries) do
    changed = changed + 1
    local lc = o.LifeCycle or {}
    print(("  %s %-22s %-18s modified %s"):format(o.Id, tostring(o.PartnerOpportunityIdentifier),
      tostring(lc.ReviewStatus), iso(o.LastModifiedDate)))
  end
end
print(("changed since %s: %d opportunities (%d pages)"):format(since, changed, pages))

-- 2. A new CRM record becomes an opportunity (its id stands in for the CRM's)
local crm_id = ("crm-%d-%d"):format(os.time(), changed)
local created = check(selling:create_opportunity{
  Catalog = CATALOG, ClientToken = crm_id, PartnerOpportunityIdentifier = crm_id,
  Origin = "Partner Referral", OpportunityType = "Net New Business",
  Customer = { Account = { CompanyName = "Example Retail Co", WebsiteUrl = "https://retail.example.com",
    Industry = "Retail", Address = { CountryCode = "US", PostalCode = "98101" } } },
  Project = { Title = "Order system migration", CustomerBusinessProblem = "The data centre lease ends next year.",
    DeliveryModels = { "SaaS or PaaS" },
    ExpectedCustomerSpend = { { Amount = "5000", CurrencyCode = "USD", Frequency = "Monthly",
      TargetCompany = "AWS" } } },
  LifeCycle = { Stage = "Prospect", TargetCloseDate = "2027-06-30" },
  Tags = { { Key = "crm-id", Value = crm_id } },
}, nil, "CreateOpportunity")
print(("created %s for %s"):format(created.Id, crm_id))

-- What it sells: one of the partner's active solutions
local solution = check(selling:list_solutions{ Catalog = CATALOG, Status = { "Active" } }, nil, "ListSolutions")
  .SolutionSummaries[1]
check(selling:associate_opportunity{ Catalog = CATALOG, OpportunityIdentifier = created.Id,
  RelatedEntityType = "Solutions", RelatedEntityIdentifier = solution.Id }, nil, "AssociateOpportunity")
print(("associated solution %s (%s)"):format(solution.Id, solution.Name))

-- 3. Update with the LastModifiedDate as concurrency token. The record sent is
-- whole: the service sets every member left out to null.
local function update(id, change)
  for _ = 1, 3 do
    local o = check(selling:get_opportunity{ Catalog = CATALOG, Identifier = id }, nil, "GetOpportunity")
    local input = { Catalog = CATALOG, Identifier = id, LastModifiedDate = o.LastModifiedDate,
      Customer = o.Customer, Project = o.Project, LifeCycle = o.LifeCycle, OpportunityType = o.OpportunityType,
      PartnerOpportunityIdentifier = o.PartnerOpportunityIdentifier, Marketing = o.Marketing,
      PrimaryNeedsFromAws = o.PrimaryNeedsFromAws, NationalSecurity = o.NationalSecurity,
      SoftwareRevenue = o.SoftwareRevenue }
    change(input)
    local res, err = selling:update_opportunity(input)
    if res then return res, o end
    if not err:is("ConflictException") then check(nil, err, "UpdateOpportunity") end
    print("  changed meanwhile (ConflictException): reading it again")
  end
  check(nil, "still changing after 3 tries", "UpdateOpportunity")
end
local updated, before = update(created.Id, function(input)
  input.LifeCycle.NextSteps = "Architecture workshop booked"
  input.LifeCycle.Stage = "Qualified"
end)
print(("updated %s: LastModifiedDate %s -> %s"):format(created.Id, iso(before.LastModifiedDate),
  iso(updated.LastModifiedDate)))
-- the date read before that update is stale now
local _, stale = selling:update_opportunity{ Catalog = CATALOG, Identifier = created.Id,
  LastModifiedDate = before.LastModifiedDate, Customer = before.Customer, Project = before.Project }
print("stale update -> " .. tostring(stale and stale.code))

-- 4. Submit to AWS: start the engagement and wait for the task, then for the review
local task = check(selling:start_engagement_from_opportunity_task{ Catalog = CATALOG, Identifier = created.Id,
  AwsSubmission = { InvolvementType = "Co-Sell", Visibility = "Full" } }, nil, "StartEngagementFromOpportunityTask")
print(("engagement task %s is %s"):format(task.TaskId, task.TaskStatus))
local done = check(selling:wait_for("EngagementFromOpportunityTaskCompleted",
  { Catalog = CATALOG, TaskIdentifier = task.TaskId }, { delay = 0.5, max_wait = 120 }), nil, "waiting for the task")
print(("engagement task %s %s: engagement %s, snapshot job %s"):format(done.TaskId, done.TaskStatus,
  tostring(done.EngagementId), tostring(done.ResourceSnapshotJobId)))
local reviewed, rerr = selling:wait_for("OpportunityApproved", { Catalog = CATALOG, Identifier = created.Id },
  { delay = 0.5, max_wait = 300 })
if not reviewed then
  -- Action Required / Rejected: AWS says why in ReviewComments
  local life = (rerr.result or {}).LifeCycle or {}
  print(("review: %s (%s)"):format(tostring(life.ReviewStatus), tostring(life.ReviewComments)))
  os.exit(1)
end
print(("review: %s; next sync: %s %s"):format(reviewed.LifeCycle.ReviewStatus, arg[0], iso(reviewed.LastModifiedDate)))
