-- Account family: partners (seeded one per catalog), profile visibility,
-- alliance lead contact, training email domains, email verification codes,
-- qualifications association/disassociation tasks.
-- Email verification codes: SendEmailVerificationCode "sends" 123456 to the
-- address; operations that take EmailVerificationCode accept only that code
-- for an address it was sent to.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.account.common")
local _M = { ops = {} }
local ops = _M.ops

local CODE = "123456"

local function new_partner(store, catalog, id, legal_name, solution, contact)
  local now = util.now()
  local p = {
    id = id, catalog = catalog, legal_name = legal_name, created_at = now,
    arn = util.arn(util.ACCOUNT_ID, "catalog/" .. catalog .. "/partner/" .. id),
    profile_id = util.id("pprofile-"), visibility = "PRIVATE",
    profile = { DisplayName = legal_name, Description = legal_name .. " on AWS Partner Central.",
      WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
      PrimarySolutionType = solution, IndustrySegments = { "COMPUTER_SOFTWARE" },
      TranslationSourceLocale = "en-US" },
    contact = contact, domains = {}, tasks = {}, qa = nil, qd = nil, associated = {},
  }
  store.by_id[id] = p
  store.list[#store.list + 1] = p
  return p
end

state.register("partners", function(store, seeds)
  store.by_id, store.list, store.codes = {}, {}, {}
  for _, catalog in ipairs({ "AWS", "Sandbox" }) do
    new_partner(store, catalog, seeds[catalog], "Example Partner " .. catalog, "SOFTWARE_PRODUCTS",
      { FirstName = "Jane", LastName = "Doe", Email = "jane.doe@example.com", BusinessTitle = "Alliance Lead" })
  end
end)

function _M.profile_out(p)
  local prof = util.deepcopy(p.profile)
  prof.ProfileId = p.profile_id
  return prof
end

-- A ValidationException a rule raises (not the request's form): message, and
-- the BusinessValidationError's detail and code.
local function business_invalid(ctx, message, detail, code)
  ctx.fail("ValidationException", message, { Reason = "BUSINESS_VALIDATION_FAILED",
    ErrorDetails = { { BusinessValidationError = { Message = detail, Code = code } } } })
end

local function check_code(ctx, email, code)
  local store = state.store("partners")
  if code ~= CODE or not store.codes[email] then
    business_invalid(ctx, "The email verification code is not valid for " .. email .. ".",
      "invalid email verification code", "INCOMPATIBLE_DOMAIN")
  end
end

function ops.SendEmailVerificationCode(ctx, input)
  common.catalog(ctx, input.Catalog)
  state.store("partners").codes[input.Email] = CODE
  return {}
end

function ops.CreatePartner(ctx, input)
  common.catalog(ctx, input.Catalog)
  local store = state.store("partners")
  for _, p in ipairs(store.list) do
    if p.catalog == input.Catalog and p.legal_name == input.LegalName then
      ctx.fail("ConflictException", "A partner with this legal name exists.", { Reason = "DUPLICATE_PARTNER" })
    end
  end
  check_code(ctx, input.AllianceLeadContact.Email, input.EmailVerificationCode)
  local p = new_partner(store, input.Catalog, util.id("partner-"), input.LegalName,
    input.PrimarySolutionType, input.AllianceLeadContact)
  if input.Tags then require("partnercentral_local.account.tags").set(ctx, p.arn, input.Tags) end
  local out = common.head(p)
  out.LegalName, out.CreatedAt, out.Profile = p.legal_name, p.created_at, _M.profile_out(p)
  out.AllianceLeadContact = p.contact
  out.AwsTrainingCertificationEmailDomains = json.array()
  return out
end

local function domains_out(p)
  local a = json.array()
  for i, d in ipairs(p.domains) do a[i] = { DomainName = d.name, RegisteredAt = d.at } end
  return a
end

function ops.GetPartner(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  require("partnercentral_local.account.profile").settle(ctx, p)
  local out = common.head(p)
  out.LegalName, out.CreatedAt, out.Profile = p.legal_name, p.created_at, _M.profile_out(p)
  out.AwsTrainingCertificationEmailDomains = domains_out(p)
  return out
end

function ops.ListPartners(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, p in ipairs(state.store("partners").list) do
    if p.catalog == input.Catalog then
      items[#items + 1] = { Catalog = p.catalog, Arn = p.arn, Id = p.id, LegalName = p.legal_name,
        CreatedAt = p.created_at }
    end
  end
  local page, nxt = util.paginate(items, "ListPartners", input.NextToken, nil, 50)
  if not page then
    ctx.fail("ValidationException", nxt, { Reason = "REQUEST_VALIDATION_FAILED" })
  end
  return { PartnerSummaryList = page, NextToken = nxt }
end

local function visibility_out(p)
  local out = common.head(p)
  out.Visibility, out.ProfileId = p.visibility, p.profile_id
  return out
end
function ops.GetProfileVisibility(ctx, input)
  return visibility_out(common.partner(ctx, input.Catalog, input.Identifier))
end
function ops.PutProfileVisibility(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  p.visibility = input.Visibility
  return visibility_out(p)
end

local function contact_out(p)
  local out = common.head(p)
  out.AllianceLeadContact = p.contact
  return out
end
function ops.GetAllianceLeadContact(ctx, input)
  return contact_out(common.partner(ctx, input.Catalog, input.Identifier))
end
function ops.PutAllianceLeadContact(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  -- A new email address must be proven with a code sent to it.
  if input.AllianceLeadContact.Email ~= p.contact.Email or input.EmailVerificationCode then
    check_code(ctx, input.AllianceLeadContact.Email, input.EmailVerificationCode)
  end
  p.contact = input.AllianceLeadContact
  return contact_out(p)
end

function ops.AssociateAwsTrainingCertificationEmailDomain(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  check_code(ctx, input.Email, input.EmailVerificationCode)
  local domain = input.Email:match("@(.+)$"):lower()
  for _, d in ipairs(p.domains) do if d.name == domain then return {} end end
  -- GetPartner answers the domains as a PartnerDomainList (at most 100)
  local would = domains_out(p)
  would[#would + 1] = { DomainName = domain, RegisteredAt = util.now() }
  if not ctx.fits("PartnerDomainList", would) then
    ctx.fail("ServiceQuotaExceededException", "The partner has the most training certification email "
      .. "domains it can have (" .. #p.domains .. ").", { Reason = "LIMIT_EXCEEDED_NUMBER_OF_DOMAIN" })
  end
  p.domains[#p.domains + 1] = { name = domain, at = util.now() }
  return {}
end

function ops.DisassociateAwsTrainingCertificationEmailDomain(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  for i, d in ipairs(p.domains) do
    if d.name == input.DomainName:lower() then table.remove(p.domains, i) return {} end
  end
  common.not_found(ctx, "PARTNER_DOMAIN_NOT_FOUND", "Domain " .. input.DomainName)
end

-- Qualifications: association then disassociation tasks, each finishing
-- after the task delay; details show the association once it finished.
local function key_of(pp) return (pp.AccountId or "") .. "/" .. (pp.ProfileId or "") end

local function settle_q(ctx, p)
  common.settle(p.qa, ctx.delay, function(t) p.primary = t.partner end)
  common.settle(p.qd, ctx.delay, function(t)
    if p.primary and key_of(p.primary) == key_of(t.partner) then p.primary = nil end
  end)
end

local function need_partner_ref(ctx, pp)
  if not pp.AccountId and not pp.ProfileId then
    ctx.fail("ValidationException", "A partner needs AccountId or ProfileId.", { Reason = "REQUEST_VALIDATION_FAILED" })
  end
end

-- One qualifications task at a time, association or disassociation.
local function no_task_running(ctx, p)
  if (p.qa and p.qa.status == "IN_PROGRESS") or (p.qd and p.qd.status == "IN_PROGRESS") then
    ctx.fail("ConflictException", "A qualifications task is in progress.",
      { Reason = "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE" })
  end
end

local function qtask_out(p, t, field)
  local out = common.head(p)
  out.TaskId, out.Status, out.StartedAt, out.EndedAt = t.id, t.status, t.started_at, t.ended_at
  out[field] = t.partner
  return out
end

-- The two kinds of qualifications task: where the partner keeps it, its id
-- prefix, the member naming the partner (request and answer), its not-found
-- reason and name, and what refuses to start one.
local ASSOCIATION = { slot = "qa", id_prefix = "pqatask-", member = "PrimaryPartner",
  missing = "QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND", what = "Association task",
  refuse = function(ctx, p)
    if p.primary then
      business_invalid(ctx, "A primary partner is already associated.", "association exists",
        "QUALIFICATIONS_ASSOCIATION_EXISTS")
    end
  end }
local DISASSOCIATION = { slot = "qd", id_prefix = "pqdtask-", member = "AssociatedPartner",
  missing = "QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND", what = "Disassociation task",
  refuse = function(ctx, p, ref)
    if not p.primary or key_of(p.primary) ~= key_of(ref) then
      business_invalid(ctx, "No such association.", "association not found", "QUALIFICATIONS_ASSOCIATION_NOT_FOUND")
    end
  end }

local function start_qtask(ctx, input, kind)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  settle_q(ctx, p)
  local ref = input[kind.member]
  need_partner_ref(ctx, ref)
  no_task_running(ctx, p)
  kind.refuse(ctx, p, ref)
  p[kind.slot] = { id = util.id(kind.id_prefix), status = "IN_PROGRESS", started_at = util.now(), partner = ref }
  local out = qtask_out(p, p[kind.slot], kind.member)
  out.EndedAt = nil
  return out
end

local function get_qtask(ctx, input, kind)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  settle_q(ctx, p)
  if not p[kind.slot] then common.not_found(ctx, kind.missing, kind.what) end
  return qtask_out(p, p[kind.slot], kind.member)
end

function ops.StartQualificationsAssociationTask(ctx, input) return start_qtask(ctx, input, ASSOCIATION) end
function ops.GetQualificationsAssociationTask(ctx, input) return get_qtask(ctx, input, ASSOCIATION) end
function ops.StartQualificationsDisassociationTask(ctx, input) return start_qtask(ctx, input, DISASSOCIATION) end
function ops.GetQualificationsDisassociationTask(ctx, input) return get_qtask(ctx, input, DISASSOCIATION) end

function ops.GetQualificationsAssociationDetails(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  settle_q(ctx, p)
  local out = common.head(p)
  out.Status = p.primary and "ASSOCIATED" or "NOT_ASSOCIATED"
  out.PrimaryPartner = p.primary
  out.AssociatedPartners = json.array()
  out.UpdatedAt = (p.qd and p.qd.ended_at) or (p.qa and p.qa.ended_at) or nil
  return out
end

return _M
