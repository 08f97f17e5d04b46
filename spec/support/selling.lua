-- Inputs the Selling specs share, valid for the model (and an opportunity
-- complete enough to be submitted once a solution is associated).
--   selling.opportunity(over) -> CreateOpportunity input (over's fields replace the defaults)
--   selling.update_from(got, changes) -> UpdateOpportunity input: the whole record
--     GetOpportunity answered (the service replaces every member), changes applied,
--     LastModifiedDate as read
--   selling.customer_project(), selling.lead(), selling.invitation(receiver)
--   selling.client(emu, over) -> a pc.selling client of the emulator
local _M = {}

local function merge(t, over)
  for k, v in pairs(over or {}) do t[k] = v end
  return t
end

function _M.opportunity(over)
  return merge({ Catalog = "AWS", Origin = "Partner Referral", OpportunityType = "Net New Business",
    PartnerOpportunityIdentifier = "crm-0001",
    Customer = { Account = { CompanyName = "Example Retail Co", WebsiteUrl = "https://retail.example.com",
        Industry = "Retail", Address = { CountryCode = "US", PostalCode = "98101", City = "Seattle" } },
      Contacts = { { Email = "buyer@retail.example.com", FirstName = "Pat", LastName = "Buyer",
        BusinessTitle = "CIO" } } },
    Project = { Title = "Order system migration", CustomerBusinessProblem = "The data centre lease ends next year.",
      DeliveryModels = { "SaaS or PaaS" }, CustomerUseCase = "Migration",
      ExpectedCustomerSpend = { { Amount = "5000", CurrencyCode = "USD", Frequency = "Monthly", TargetCompany = "AWS" } } },
    LifeCycle = { Stage = "Prospect", TargetCloseDate = "2027-06-30", NextSteps = "Workshop" },
    OpportunityTeam = { { Email = "seller@partner.example.com", FirstName = "Sam", LastName = "Seller",
      BusinessTitle = "Account Executive" } },
  }, over)
end

-- the members of UpdateOpportunityRequest that GetOpportunity answers
local DATA = { "PrimaryNeedsFromAws", "NationalSecurity", "PartnerOpportunityIdentifier", "Customer", "Project",
  "OpportunityType", "Marketing", "SoftwareRevenue", "LifeCycle" }

function _M.update_from(got, changes)
  local u = { Catalog = got.Catalog, Identifier = got.Id, LastModifiedDate = got.LastModifiedDate }
  for _, k in ipairs(DATA) do u[k] = got[k] end
  return merge(u, changes)
end

function _M.customer_project()
  return { CustomerProject = {
    Customer = { Industry = "Retail", CompanyName = "Example Retail Co", WebsiteUrl = "https://retail.example.com",
      CountryCode = "US" },
    Project = { Title = "Order system migration", BusinessProblem = "The data centre lease ends next year.",
      TargetCompletionDate = "2027-06-30" } } }
end

function _M.lead(over)
  return { Lead = merge({ QualificationStatus = "Qualified",
    Customer = { CompanyName = "Example Health Ltd", Industry = "Healthcare", WebsiteUrl = "https://health.example.com",
      Address = { City = "London", CountryCode = "GB" } },
    Interactions = { { SourceType = "Event", SourceName = "AWS Summit", Usecase = "Data lake",
      BusinessProblem = "Patient records live in three systems that do not talk to each other.",
      Contact = { BusinessTitle = "CTO", Email = "cto@health.example.com", FirstName = "Sam", LastName = "Lee" } } },
  }, over) }
end

function _M.invitation(receiver)
  return { Message = "Join us on this opportunity.", Receiver = { Account = { AwsAccountId = receiver } },
    Payload = { OpportunityInvitation = {
      ReceiverResponsibilities = { "Co-Sell Facilitator" },
      SenderContacts = { { Email = "seller@partner.example.com", FirstName = "Sam", LastName = "Seller" } },
      Customer = { Industry = "Retail", CompanyName = "Example Retail Co", WebsiteUrl = "https://retail.example.com",
        CountryCode = "US" },
      Project = { Title = "Order system migration", BusinessProblem = "The data centre lease ends next year.",
        TargetCompletionDate = "2027-06-30",
        ExpectedCustomerSpend = { { Amount = "5000", CurrencyCode = "USD", Frequency = "Monthly",
          TargetCompany = "AWS" } } } } } }
end

function _M.client(emu, over)
  return require("spec.support.client_helpers").emulator_client(emu, "selling", over)
end

return _M
