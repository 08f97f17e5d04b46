-- Selling family: engagement invitations.
-- PENDING -> ACCEPTED | REJECTED, or EXPIRED 15 days after the invitation (the
-- service's documented expiry; emulated time, so POST /_local/clock can pass
-- it). Answering one that is not PENDING is a ConflictException. Each reset
-- seeds, per catalog, two invitations AWS sent the caller (one
-- OpportunityInvitation, one LeadInvitation) for engagements AWS created, whose
-- only member is AWS until the caller accepts. An invitation the caller sends
-- is listed with ParticipantType SENDER, one it received with RECEIVER; the
-- single-tenant emulator lets the caller invite (and then accept) itself.
-- Accepting makes the receiver a member of the engagement.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local engagements = require("partnercentral_local.selling.engagements")
local _M = { ops = {} }
local ops = _M.ops

local EXPIRY = 15 * 86400

local function aws_member()
  return { AccountId = common.AWS, CompanyName = common.AWS_COMPANY, WebsiteUrl = "https://aws.amazon.com" }
end

local function store() return state.store("selling_invitations") end

-- A new invitation record on engagement e, in the store s.
local function add(s, catalog, e, sender, sender_company, receiver, payload, message, t)
  local id
  repeat id = util.lid("engi-") until not s.by_id[id]
  local now = t or common.now()
  local i = { id = id, catalog = catalog, engagement_id = e.id, sender = sender, sender_company = sender_company,
    receiver = util.deepcopy(receiver), payload = util.deepcopy(payload), payload_type = next(payload),
    message = message, status = "PENDING", invited = now, expires = now + EXPIRY, seq = common.next_seq(),
    -- the model's EngagementInvitationArn: no region, the catalog before the type
    arn = "arn:aws:partnercentral::" .. util.ACCOUNT_ID .. ":" .. catalog .. "/engagement-invitation/" .. id }
  s.by_id[id] = i
  return i
end

function _M.new(...) return add(store(), ...) end

local SEED_OPPORTUNITY = { OpportunityInvitation = {
  SenderContacts = { { Email = "alex.seller@aws.example.com", FirstName = "Alex", LastName = "Seller",
    BusinessTitle = "AWS Account Manager" } },
  ReceiverResponsibilities = { "Co-Sell Facilitator" },
  Customer = { Industry = "Retail", CompanyName = "Example Retail Co", WebsiteUrl = "https://retail.example.com",
    CountryCode = "US" },
  Project = { Title = "Order system migration", TargetCompletionDate = "2027-06-30",
    BusinessProblem = "Move the order system to AWS before the holiday season peak.",
    ExpectedCustomerSpend = { { Amount = "25000", CurrencyCode = "USD", Frequency = "Monthly",
      TargetCompany = "AWS" } } },
} }
local SEED_LEAD = { LeadInvitation = {
  Customer = { CompanyName = "Example Health Ltd", Industry = "Healthcare", WebsiteUrl = "https://health.example.com",
    CountryCode = "GB" },
  Interaction = { SourceType = "Event", SourceName = "AWS Summit", Usecase = "Data lake",
    ContactBusinessTitle = "CTO" },
} }
local SEED_LEAD_CONTEXT = { Lead = {
  QualificationStatus = "Qualified",
  Customer = { CompanyName = "Example Health Ltd", Industry = "Healthcare", WebsiteUrl = "https://health.example.com",
    Address = { City = "London", CountryCode = "GB" } },
  Interactions = { { SourceType = "Event", SourceName = "AWS Summit", Usecase = "Data lake",
    BusinessProblem = "Patient records live in three systems that do not talk to each other.",
    Contact = { BusinessTitle = "CTO", Email = "cto@health.example.com", FirstName = "Sam", LastName = "Lee" } } },
} }

-- Seeds (each reset): the invitations AWS sent the caller, per catalog.
state.register("selling_invitations", function(s)
  s.by_id = {}
  for _, catalog in ipairs({ "AWS", "Sandbox" }) do
    local inv = SEED_OPPORTUNITY.OpportunityInvitation
    local e = engagements.new(catalog, "Order system migration", "AWS shares this opportunity.", aws_member())
    e.contexts[1] = { Id = "1", Type = "CustomerProject", Payload = { CustomerProject = {
      Customer = util.deepcopy(inv.Customer),
      Project = { Title = inv.Project.Title, BusinessProblem = inv.Project.BusinessProblem,
        TargetCompletionDate = inv.Project.TargetCompletionDate } } } }
    e.next_context = 2
    add(s, catalog, e, common.AWS, common.AWS_COMPANY, { Account = { AwsAccountId = common.CALLER } },
      SEED_OPPORTUNITY, "AWS invites you to co-sell this opportunity.")
    local l = engagements.new(catalog, "Data lake lead", "AWS shares this lead.", aws_member())
    l.contexts[1] = { Id = "1", Type = "Lead", Payload = util.deepcopy(SEED_LEAD_CONTEXT) }
    l.next_context = 2
    add(s, catalog, l, common.AWS, common.AWS_COMPANY, { Account = { AwsAccountId = common.CALLER } },
      SEED_LEAD, "AWS shares a lead with you.")
  end
end)

function _M.receiver_of(i) return i.receiver.Account and i.receiver.Account.AwsAccountId end

-- Invitations past their expiry become EXPIRED (clock.lua, each call).
function _M.settle()
  for _, i in pairs(store().by_id) do
    if i.status == "PENDING" and util.now() >= i.expires then i.status = "EXPIRED" end
  end
end

-- The invitation (id or ARN) of catalog that the caller sent (role "sender"),
-- received ("receiver") or either (nil), or ResourceNotFoundException.
function _M.get(ctx, catalog, identifier, role)
  common.catalog(ctx, catalog)
  local i = store().by_id[common.tail(identifier, "engi%-[0-9a-z]+") or ""]
  local mine = i and ((role ~= "receiver" and i.sender == common.CALLER)
    or (role ~= "sender" and _M.receiver_of(i) == common.CALLER))
  if not i or i.catalog ~= catalog or not mine then common.not_found(ctx, "Engagement invitation", identifier) end
  return i
end

-- Accepts i for the caller: ACCEPTED, the caller a member of its engagement.
-- -> true | nil, why (the engagement is full)
function _M.accept(ctx, i)
  local e = engagements.find(i.engagement_id)
  local ok, why = engagements.add_member(ctx, e, engagements.caller_member())
  if not ok then return nil, why end
  i.status = "ACCEPTED"
  engagements.touch(e)
  return true
end

local function pending(ctx, i)
  if i.status ~= "PENDING" then common.conflict(ctx, "Engagement invitation " .. i.id .. " is " .. i.status .. ".") end
end

function ops.AcceptEngagementInvitation(ctx, input)
  local i = _M.get(ctx, input.Catalog, input.Identifier, "receiver")
  pending(ctx, i)
  local ok, why = _M.accept(ctx, i)
  if not ok then common.conflict(ctx, "The engagement has no room for another member (" .. why .. ").") end
  return {}
end

function ops.RejectEngagementInvitation(ctx, input)
  local i = _M.get(ctx, input.Catalog, input.Identifier, "receiver")
  pending(ctx, i)
  i.status, i.rejection_reason = "REJECTED", input.RejectionReason
  return {}
end

function ops.CreateEngagementInvitation(ctx, input)
  local e = engagements.get(ctx, input.Catalog, input.EngagementIdentifier)
  local inv = input.Invitation
  local receiver = inv.Receiver.Account and inv.Receiver.Account.AwsAccountId
  if engagements.is_member(e, receiver) and receiver ~= common.CALLER then
    common.conflict(ctx, "Account " .. tostring(receiver) .. " is already a member of engagement " .. e.id .. ".")
  end
  local waiting = 0
  for _, i in pairs(store().by_id) do
    if i.engagement_id == e.id and i.status == "PENDING" then
      waiting = waiting + 1
      if _M.receiver_of(i) == receiver then
        common.conflict(ctx, "Invitation " .. i.id .. " to " .. tostring(receiver) .. " is still pending.")
      end
    end
  end
  if #e.members + waiting >= 10 then
    common.quota(ctx, "Engagement " .. e.id .. " has 10 members and pending invitations (the model's limit).")
  end
  local i = _M.new(input.Catalog, e, common.CALLER, common.CALLER_COMPANY, inv.Receiver, inv.Payload, inv.Message)
  return { Id = i.id, Arn = i.arn }
end

local function summary(i, participant)
  local e = engagements.find(i.engagement_id) or {}
  return { Arn = i.arn, PayloadType = i.payload_type, Id = i.id, EngagementId = i.engagement_id,
    EngagementTitle = e.title, Status = i.status, InvitationDate = i.invited, ExpirationDate = i.expires,
    SenderAwsAccountId = i.sender, SenderCompanyName = i.sender_company, Receiver = i.receiver,
    Catalog = i.catalog, ParticipantType = participant }
end

function ops.GetEngagementInvitation(ctx, input)
  local i = _M.get(ctx, input.Catalog, input.Identifier)
  local e = engagements.find(i.engagement_id) or { members = {} }
  local out = summary(i)
  out.ParticipantType = nil
  out.RejectionReason, out.Payload, out.InvitationMessage = i.rejection_reason, i.payload, i.message
  out.EngagementDescription = e.description
  out.ExistingMembers = json.array()
  for k, m in ipairs(e.members) do
    out.ExistingMembers[k] = { CompanyName = m.CompanyName, WebsiteUrl = m.WebsiteUrl }
  end
  return out
end

function ops.ListEngagementInvitations(ctx, input)
  common.catalog(ctx, input.Catalog)
  local sender = input.ParticipantType == "SENDER"
  local ids = engagements.ids_of(input.EngagementIdentifier, "eng%-[0-9a-z]+")
  local items = {}
  for _, i in pairs(store().by_id) do
    local mine = (sender and i.sender == common.CALLER) or (not sender and _M.receiver_of(i) == common.CALLER)
    if mine and i.catalog == input.Catalog and common.in_list(input.PayloadType, i.payload_type)
      and common.in_list(input.Status, i.status) and common.in_list(ids, i.engagement_id)
      and common.in_list(input.SenderAwsAccountId, i.sender) then
      items[#items + 1] = i
    end
  end
  common.sort_by(items, input.Sort, { InvitationDate = function(i) return i.invited end },
    "InvitationDate", "DESCENDING")
  local out = json.array()
  for k, i in ipairs(items) do out[k] = summary(i, input.ParticipantType) end
  local page, token = common.page(ctx, out, "ListEngagementInvitations", input, 20)
  return { EngagementInvitationSummaries = page, NextToken = token }
end

return _M
