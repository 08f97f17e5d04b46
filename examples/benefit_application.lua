-- Benefits API: apply for a benefit and wait for AWS's decision.
--   lua5.4 examples/benefit_application.lua [benefit-id]
-- Finds the benefit (the first active CREDITS benefit when none is named),
-- reads what its request schema requires, creates an application whose
-- BenefitApplicationDetails (a document: any JSON value, here plain Lua tables)
-- fills it in, submits it and waits until the review is over; then prints the
-- allocation an approval grants. Each run applies anew (a fresh ClientToken).
-- Credentials, region and endpoint come from the usual chain (environment,
-- ~/.aws files, ...); against the local emulator set AWS_ENDPOINT_URL and the
-- test keys, as tools/demo does.
local pc = require("partnercentral")

-- raise_errors: a failed call raises its typed error, caught once at the end
local benefits = pc.benefits.new{ region = os.getenv("AWS_REGION") or "us-east-1", raise_errors = true }

local function fail(what, err)
  io.stderr:write(what, " failed: ", tostring(err), "\n")
  os.exit(1)
end

local function apply()
  -- 1. The benefit: the one named, or the first active benefit paid in credits.
  local benefit_id = arg[1]
  if not benefit_id then
    -- items() fetches pages as they are needed: the first call reads the first page only
    local next_benefit = benefits:items("ListBenefits",
      { Catalog = "AWS", Status = { "ACTIVE" }, FulfillmentTypes = { "CREDITS" } })
    local first = next_benefit()
    benefit_id = first and first.Id
    if not benefit_id then fail("finding a benefit", "no active CREDITS benefit in the catalog") end
  end
  local benefit = benefits:get_benefit{ Catalog = "AWS", Identifier = benefit_id }
  local schema = benefit.BenefitRequestSchema or {}   -- a document: plain Lua values
  print(("benefit %s %q requires: %s"):format(benefit.Id, benefit.Name,
    table.concat(schema.required or {}, ", ")))

  -- 2. The application. ClientToken is required by this model (it has no
  -- idempotency-token trait): one token per application, the same token on a
  -- retry of your own, so that a lost answer never makes two applications.
  local token = "example-" .. require("partnercentral.core").uuid4()
  local created = benefits:create_benefit_application{
    Catalog = "AWS",
    ClientToken = token,
    BenefitIdentifier = benefit.Id,
    Name = "Proof of concept for Example Corp",
    Description = "A four-week proof of concept of a retail analytics workload.",
    FulfillmentTypes = { "CREDITS" },
    BenefitApplicationDetails = {
      UseCase = "Retail analytics proof of concept for Example Corp.",
      RequestedAmount = 5000,
      Milestones = { { Week = 1, Goal = "Data ingestion" }, { Week = 4, Goal = "Dashboards live" } },
      Services = pc.array({ "Amazon Redshift", "Amazon QuickSight" }),
      Notes = pc.null,   -- JSON null
    },
    PartnerContacts = { { Email = "alliances@example.com", FirstName = "Jane", LastName = "Doe",
      BusinessTitle = "Alliance Lead" } },
    Tags = { { Key = "source", Value = "lua-partnercentral example" } },
  }
  print(("application %s created (revision %s)"):format(created.Id, created.Revision))

  -- 3. Submit it; the review takes a while.
  benefits:submit_benefit_application{ Catalog = "AWS", Identifier = created.Id }
  print(("application %s submitted"):format(created.Id))

  -- 4. Wait for the decision: BenefitApplicationReviewed ends on APPROVED,
  -- REJECTED or ACTION_REQUIRED (BenefitApplicationApproved would fail on the
  -- last two). The client sleeps between polls.
  local app = benefits:wait_for("BenefitApplicationReviewed",
    { Catalog = "AWS", Identifier = created.Id }, { delay = 0.5, max_wait = 120 })
  print(("application %s is %s: %s"):format(app.Id, app.Status, tostring(app.StatusReason)))
  if app.Status ~= "APPROVED" then return false end

  -- 5. What the approval granted.
  for alloc in benefits:items("ListBenefitAllocations", { Catalog = "AWS",
      BenefitApplicationIdentifiers = { created.Id } }) do
    local detail = benefits:get_benefit_allocation{ Catalog = "AWS", Identifier = alloc.Id }
    local credits = detail.FulfillmentDetail.CreditDetails
    print(("allocation %s %s %s %s, expires %s"):format(detail.Id, detail.FulfillmentType,
      credits and credits.AllocatedAmount.Amount or "-", credits and credits.AllocatedAmount.CurrencyCode or "",
      os.date("!%Y-%m-%d", math.floor(detail.ExpiresAt))))
  end
  return true
end

local ok, approved = pcall(apply)
if not ok then fail("the benefit application", approved) end   -- the typed error (tostring: code, message, request id)
if not approved then os.exit(1) end
