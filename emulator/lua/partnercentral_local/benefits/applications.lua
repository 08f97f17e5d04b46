-- Benefits family: benefit applications and their life cycle.
--   CreateBenefitApplication   -> PENDING_SUBMISSION (stage DRAFT), revision "1"
--   SubmitBenefitApplication   PENDING_SUBMISSION | ACTION_REQUIRED -> IN_REVIEW (stage REVIEW)
--   the review                 IN_REVIEW for `--task-delay` seconds (settled before each Benefits
--                              call: services.lua `settle`), then the details are checked against the
--                              benefit's request schema (catalog.lua): APPROVED (a benefit
--                              allocation per fulfillment type), ACTION_REQUIRED or REJECTED
--   RecallBenefitApplication   IN_REVIEW | ACTION_REQUIRED -> PENDING_SUBMISSION
--   CancelBenefitApplication   PENDING_SUBMISSION | IN_REVIEW | ACTION_REQUIRED -> CANCELED
--   UpdateBenefitApplication   PENDING_SUBMISSION | ACTION_REQUIRED (a draft, or the answer to
--                              an ACTION_REQUIRED review, then submitted again)
--   AmendBenefitApplication    IN_REVIEW | ACTION_REQUIRED | APPROVED (after submission)
--   Associate/Disassociate     any status but CANCELED and REJECTED
-- Anything else is a ConflictException, as is a stale Revision (Update, Amend).
-- Every change, the review's decision included, moves the revision on.
-- BenefitApplicationDetails (a document) is kept as the JSON text the
-- caller sent and answered verbatim (raw_json.lua); the list summary shows its
-- top-level strings, numbers and booleans as Attributes.
local util = require("partnercentral_local.util")
local json = require("partnercentral_local.json_codec")
local state = require("partnercentral_local.state")
local raw_json = require("partnercentral_local.raw_json")
local common = require("partnercentral_local.benefits.common")
local catalog = require("partnercentral_local.benefits.catalog")
local _M = { ops = {} }
local ops = _M.ops

state.register("benefit_applications", function(store) store.by_id, store.seq = {}, 0 end)

local STAGE = { PENDING_SUBMISSION = "DRAFT", IN_REVIEW = "REVIEW", ACTION_REQUIRED = "REVIEW",
  APPROVED = "COMPLETED", REJECTED = "COMPLETED", CANCELED = "COMPLETED" }

local function set_status(a, status, reason, codes)
  a.status, a.stage, a.status_reason = status, STAGE[status], reason and reason:sub(1, 1000)
  a.status_reason_codes = codes
end

---------------------------------------------------------------- the review

-- JSON type of a value's text
local function kind(raw)
  local c = raw:sub(1, 1)
  if c == '"' then return "string" elseif c == "{" then return "object" elseif c == "[" then return "array"
  elseif c == "t" or c == "f" then return "boolean" elseif c == "n" then return "null" end
  return "number"
end

local function code_points(s) return select(2, s:gsub("[^\128-\191]", "")) end

-- One property's problem: "invalid" (wrong type, too short or long, under a
-- minimum) or "over" (above a maximum), with a message; nil when it fits.
local function check(name, prop, raw)
  local k = kind(raw)
  local want = prop.type
  local fits_type = k == want or (want == "integer" and k == "number" and not raw:find("[.eE]"))
    or (want == "number" and k == "number")
  if not fits_type then return "invalid", name .. " must be " .. (want == "integer" and "an " or "a ") .. want end
  if k == "number" then
    local v = tonumber(raw)
    if prop.minimum and v < prop.minimum then return "invalid", name .. " must be at least " .. prop.minimum end
    if prop.maximum and v > prop.maximum then
      return "over", name .. " is above the benefit's maximum of " .. prop.maximum
    end
  elseif k == "string" then
    local n = code_points(json.decode("[" .. raw .. "]")[1])
    if (prop.minLength and n < prop.minLength) or (prop.maxLength and n > prop.maxLength) then
      return "invalid", name .. " must be " .. (prop.minLength or 0) .. " to " .. (prop.maxLength or "any")
        .. " characters long"
    end
  end
end

-- The decision on the application's details -> status, reason, codes, amount
local function decide(a, b)
  local seed = b.seed
  local raw = {}
  for _, m in ipairs(a.details_raw and raw_json.members(a.details_raw) or {}) do
    if m.raw ~= "null" then raw[m.key] = m.raw end
  end
  local missing = {}
  for _, name in ipairs(seed.schema.required) do
    if raw[name] == nil then missing[#missing + 1] = name end
  end
  if #missing > 0 then
    return "ACTION_REQUIRED", "Missing required details: " .. table.concat(missing, ", ") .. ".",
      { "MISSING_REQUIRED_DETAILS" }
  end
  local names = {}
  for name in pairs(seed.schema.properties) do names[#names + 1] = name end
  table.sort(names)
  local invalid, over = {}, {}
  for _, name in ipairs(names) do
    if raw[name] then
      local what, msg = check(name, seed.schema.properties[name], raw[name])
      if what == "invalid" then invalid[#invalid + 1] = msg elseif what == "over" then over[#over + 1] = msg end
    end
  end
  if #invalid > 0 then
    return "ACTION_REQUIRED", "Invalid details: " .. table.concat(invalid, "; ") .. ".", { "INVALID_DETAILS" }
  end
  if #over > 0 then return "REJECTED", table.concat(over, "; ") .. ".", { "AMOUNT_ABOVE_LIMIT" } end
  local amount = raw.RequestedAmount and tonumber(raw.RequestedAmount) or seed.default_amount
  return "APPROVED", "Approved.", nil, amount
end

-- An application IN_REVIEW whose review time is over gets its decision
-- (once; an approval grants the allocations at the time of the decision).
local function settle_one(ctx, a)
  if a.status == "IN_REVIEW" and util.now() >= a.submitted_at + ctx.delay then
    local at = a.submitted_at + ctx.delay
    local b = catalog.get(ctx, a.catalog, a.benefit_id)
    local status, reason, codes, amount = decide(a, b)
    set_status(a, status, reason, codes)
    a.revision = tostring(tonumber(a.revision) + 1)
    a.updated_at = at
    if status == "APPROVED" then require("partnercentral_local.benefits.allocations").grant(a, b, amount, at) end
  end
end

-- The reviews whose time is over, decided before each call of the service
-- (services.lua `settle`), so that every read sees them and their
-- allocations. In creation order, so that allocations granted together are
-- listed in the order of their applications.
function _M.settle(ctx)
  local all = {}
  for _, a in pairs(state.store("benefit_applications").by_id) do all[#all + 1] = a end
  for _, a in ipairs(common.by_creation(all)) do settle_one(ctx, a) end
end

---------------------------------------------------------------- records

function _M.get(ctx, catalog_name, identifier)
  return common.lookup(ctx, catalog_name, state.store("benefit_applications").by_id, identifier,
    "benappl%-", "benefit-application", "Benefit application")
end

function _M.find_arn(arn)
  for _, a in pairs(state.store("benefit_applications").by_id) do if a.arn == arn then return a end end
end

local function require_status(ctx, a, allowed, doing)
  for _, s in ipairs(allowed) do if a.status == s then return end end
  common.conflict(ctx, "The benefit application is " .. a.status .. ": it cannot be " .. doing
    .. " (only when " .. table.concat(allowed, " or ") .. ").")
end

local FILE_TYPES = { pdf = "application/pdf", doc = "application/msword",
  docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  png = "image/png", jpg = "image/jpeg", jpeg = "image/jpeg", svg = "image/svg+xml", csv = "text/csv" }

-- FileInput -> FileDetail: the name is the URI's last path segment, the type
-- follows its extension.
local function file_details(files)
  local out = json.array()
  for i, f in ipairs(files or {}) do
    local path = f.FileURI:gsub("[?#].*$", "")
    local name = path:match("([^/]+)$") or "file"
    if #name > 255 then name = name:sub(-255) end
    out[i] = { FileURI = f.FileURI, BusinessUseCase = f.BusinessUseCase, FileName = name, FileStatus = "UPLOADED",
      FileType = FILE_TYPES[(name:match("%.(%w+)$") or ""):lower()],
      CreatedBy = "arn:aws:iam::" .. util.ACCOUNT_ID .. ":root", CreatedAt = util.now() }
  end
  return out
end

-- The JSON text of the request's BenefitApplicationDetails, nil when absent or null.
local function details_of(ctx)
  local raw = raw_json.member(ctx.body, "BenefitApplicationDetails")
  if raw == "null" then return nil end
  return raw
end

local function head(a) return { Id = a.id, Arn = a.arn, Revision = a.revision } end

-- A benefit allocation ARN must name one the caller has; other ARNs
-- (opportunities, ...) are taken as given.
local function check_resource(ctx, arn)
  if arn:match(":catalog/[^/]+/benefit%-allocation/benalloc%-[0-9a-z]+$")
      and not require("partnercentral_local.benefits.allocations").find_arn(arn) then
    common.not_found(ctx, "Benefit allocation", arn)
  end
end

local function detail(ctx, a)
  return { Id = a.id, Arn = a.arn, Catalog = a.catalog, BenefitId = a.benefit_id, Name = a.name,
    Description = a.description, FulfillmentTypes = common.array(a.fulfillment_types),
    BenefitApplicationDetails = a.details_raw and ctx.raw(a.details_raw), Programs = common.array(a.programs),
    Status = a.status, Stage = a.stage, StatusReason = a.status_reason,
    StatusReasonCodes = a.status_reason_codes and common.array(a.status_reason_codes),
    CreatedAt = a.created_at, UpdatedAt = a.updated_at, Revision = a.revision,
    AssociatedResources = common.array(a.associated), PartnerContacts = common.array(a.contacts),
    FileDetails = common.array(a.files) }
end

-- Top-level strings, numbers and booleans of the details, as strings.
local function attributes(a)
  local out = {}
  for _, m in ipairs(a.details_raw and raw_json.members(a.details_raw) or {}) do
    local k = kind(m.raw)
    if k == "string" then out[m.key] = json.decode("[" .. m.raw .. "]")[1]
    elseif k == "number" or k == "boolean" then out[m.key] = m.raw end
  end
  return out
end

local function summary(a)
  return { Catalog = a.catalog, Name = a.name, Id = a.id, Arn = a.arn, BenefitId = a.benefit_id,
    Programs = common.array(a.programs), FulfillmentTypes = common.array(a.fulfillment_types),
    Status = a.status, Stage = a.stage, CreatedAt = a.created_at, UpdatedAt = a.updated_at,
    BenefitApplicationDetails = attributes(a), AssociatedResources = common.array(a.associated) }
end

---------------------------------------------------------------- operations

function ops.CreateBenefitApplication(ctx, input)
  local b = catalog.get(ctx, input.Catalog, input.BenefitIdentifier)
  if b.seed.status ~= "ACTIVE" then
    common.invalid(ctx, "BenefitIdentifier", "INVALID_RESOURCE_STATE",
      "The benefit " .. b.id .. " is " .. b.seed.status .. " and takes no applications.", "BUSINESS_VALIDATION_FAILED")
  end
  local types = input.FulfillmentTypes
  if not types or #types == 0 then types = b.seed.types end
  for _, t in ipairs(types) do
    if not common.in_list(b.seed.types, t) then
      common.invalid(ctx, "FulfillmentTypes", "INVALID_VALUE", "The benefit " .. b.id .. " offers "
        .. table.concat(b.seed.types, ", ") .. ", not " .. t .. ".", "BUSINESS_VALIDATION_FAILED")
    end
  end
  local store = state.store("benefit_applications")
  store.seq = store.seq + 1
  local id = common.id("benappl-")
  local now = util.now()
  local a = { id = id, catalog = input.Catalog, seq = store.seq,
    arn = common.arn(input.Catalog, "benefit-application/" .. id), benefit_id = b.id, name = input.Name,
    description = input.Description, fulfillment_types = util.deepcopy(types),
    details_raw = details_of(ctx), programs = util.deepcopy(b.seed.programs), created_at = now, updated_at = now,
    revision = "1", associated = {}, contacts = util.deepcopy(input.PartnerContacts or {}),
    files = file_details(input.FileDetails) }
  for _, arn in ipairs(input.AssociatedResources or {}) do
    check_resource(ctx, arn)
    if not common.contains(a.associated, arn) then a.associated[#a.associated + 1] = arn end
  end
  set_status(a, "PENDING_SUBMISSION")
  store.by_id[id] = a
  if input.Tags then require("partnercentral_local.benefits.tags").set(ctx, a.arn, input.Tags) end
  return head(a)
end

function ops.GetBenefitApplication(ctx, input)
  return detail(ctx, _M.get(ctx, input.Catalog, input.Identifier))
end

function ops.ListBenefitApplications(ctx, input)
  common.catalog(ctx, input.Catalog)
  local benefit_ids = {}
  for i, x in ipairs(input.BenefitIdentifiers or {}) do benefit_ids[i] = catalog.id_of(x) end
  local arns = {}
  for _, x in ipairs(input.AssociatedResourceArns or {}) do arns[#arns + 1] = x end
  for _, r in ipairs(input.AssociatedResources or {}) do arns[#arns + 1] = r.ResourceArn end
  local items = {}
  for _, a in pairs(state.store("benefit_applications").by_id) do
    if a.catalog == input.Catalog and common.any_in(input.Programs, a.programs)
        and common.any_in(input.FulfillmentTypes, a.fulfillment_types) and common.in_list(benefit_ids, a.benefit_id)
        and common.in_list(input.Status, a.status) and common.in_list(input.Stages, a.stage)
        and common.any_in(arns, a.associated) then
      items[#items + 1] = a
    end
  end
  common.by_creation(items)
  for i, a in ipairs(items) do items[i] = summary(a) end
  return common.page(ctx, items, "ListBenefitApplications", input, "BenefitApplicationSummaries")
end

function ops.UpdateBenefitApplication(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.Identifier)
  require_status(ctx, a, { "PENDING_SUBMISSION", "ACTION_REQUIRED" }, "updated")
  common.bump(ctx, a, input.Revision)
  if input.Name ~= nil then a.name = input.Name end
  if input.Description ~= nil then a.description = input.Description end
  local raw = details_of(ctx)
  if raw then a.details_raw = raw end
  if input.PartnerContacts then a.contacts = util.deepcopy(input.PartnerContacts) end
  if input.FileDetails then a.files = file_details(input.FileDetails) end
  return head(a)
end

-- An amendment's FieldPath: Name, Description, or BenefitApplicationDetails
-- with a dot path into the document ("$." in front allowed). NewValue is
-- JSON for the document (a number, object, ...) when it parses as JSON,
-- else the string itself.
local function amend(ctx, a, i, am)
  local path = am.FieldPath:gsub("^%$%.", "")
  local field = "Amendments[" .. i .. "].FieldPath"
  if path == "Name" or path == "Description" then
    local shape = path == "Name" and "BenefitApplicationName" or "BenefitApplicationDescription"
    local ok, why = ctx.fits(shape, am.NewValue)
    if not ok then common.invalid(ctx, "Amendments[" .. i .. "].NewValue", "INVALID_VALUE", path .. ": " .. why) end
    a[path:lower()] = am.NewValue
    return
  end
  local keys = {}
  for k in (path .. "."):gmatch("([^.]*)%.") do keys[#keys + 1] = k end
  if keys[1] ~= "BenefitApplicationDetails" then
    common.invalid(ctx, field, "INVALID_VALUE", "Cannot amend " .. am.FieldPath
      .. ": use Name, Description or BenefitApplicationDetails[.member...].")
  end
  for j = 2, #keys do
    if keys[j] == "" then
      common.invalid(ctx, field, "INVALID_STRING_FORMAT", "Empty member name in " .. am.FieldPath .. ".")
    end
  end
  local value = json.decode(am.NewValue) ~= nil and am.NewValue or json.encode({ am.NewValue }):sub(2, -2)
  table.remove(keys, 1)
  local text, why = raw_json.set(a.details_raw or "{}", keys, value)
  if not text then
    common.invalid(ctx, field, "INVALID_VALUE", "Cannot amend " .. am.FieldPath .. ": a member on the path is "
      .. why .. ".")
  end
  a.details_raw = text
end

function ops.AmendBenefitApplication(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.Identifier)
  require_status(ctx, a, { "IN_REVIEW", "ACTION_REQUIRED", "APPROVED" }, "amended")
  common.bump(ctx, a, input.Revision)
  if #input.Amendments == 0 then
    common.invalid(ctx, "Amendments", "NOT_ENOUGH_VALUES", "Give at least one amendment.")
  end
  for i, am in ipairs(input.Amendments) do amend(ctx, a, i, am) end
  a.amendments = a.amendments or {}
  a.amendments[#a.amendments + 1] = { reason = input.AmendmentReason, at = util.now(), revision = a.revision }
  return {}
end

function ops.SubmitBenefitApplication(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.Identifier)
  require_status(ctx, a, { "PENDING_SUBMISSION", "ACTION_REQUIRED" }, "submitted")
  common.bump(ctx, a)
  set_status(a, "IN_REVIEW")
  a.submitted_at = util.now()
  return {}
end

function ops.RecallBenefitApplication(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.Identifier)
  require_status(ctx, a, { "IN_REVIEW", "ACTION_REQUIRED" }, "recalled")
  common.bump(ctx, a)
  set_status(a, "PENDING_SUBMISSION", input.Reason ~= "" and input.Reason or nil)
  a.submitted_at = nil
  return {}
end

function ops.CancelBenefitApplication(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.Identifier)
  require_status(ctx, a, { "PENDING_SUBMISSION", "IN_REVIEW", "ACTION_REQUIRED" }, "canceled")
  common.bump(ctx, a)
  set_status(a, "CANCELED", (input.Reason and input.Reason ~= "") and input.Reason or "Canceled by the partner.")
  return {}
end

local OPEN = { "PENDING_SUBMISSION", "IN_REVIEW", "ACTION_REQUIRED", "APPROVED" }

function ops.AssociateBenefitApplicationResource(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.BenefitApplicationIdentifier)
  require_status(ctx, a, OPEN, "changed")
  local arn = input.ResourceArn
  if common.contains(a.associated, arn) then
    common.conflict(ctx, "The resource " .. arn .. " is already associated with " .. a.id .. ".")
  end
  check_resource(ctx, arn)
  local would = json.array(util.deepcopy(a.associated))
  would[#would + 1] = arn
  local ok, why = ctx.fits("GetBenefitApplicationOutputAssociatedResourcesList", would)
  if not ok then
    common.invalid(ctx, "ResourceArn", "TOO_MANY_VALUES", "The benefit application would have " .. #would
      .. " associated resources (" .. why .. ").", "BUSINESS_VALIDATION_FAILED")
  end
  a.associated = would
  common.bump(ctx, a)
  return head(a)
end

function ops.DisassociateBenefitApplicationResource(ctx, input)
  local a = _M.get(ctx, input.Catalog, input.BenefitApplicationIdentifier)
  require_status(ctx, a, OPEN, "changed")
  local at
  for i, x in ipairs(a.associated) do if x == input.ResourceArn then at = i end end
  if not at then common.not_found(ctx, "Associated resource", input.ResourceArn) end
  table.remove(a.associated, at)
  common.bump(ctx, a)
  return head(a)
end

return _M
