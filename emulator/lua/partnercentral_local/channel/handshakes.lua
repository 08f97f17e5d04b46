-- Channel family: channel handshakes (PENDING -> ACCEPTED | REJECTED |
-- CANCELED; answering one that is not PENDING is a ValidationException).
-- The associated resource must exist: a program management account for
-- PROGRAM_MANAGEMENT_ACCOUNT handshakes (accepting one makes the account
-- ACTIVE), a relationship for START/REVOKE_SERVICE_PERIOD, whose
-- payload member must match the type. The sender is the caller's account,
-- the receiver the associated resource's account; the single-tenant emulator
-- lets the caller answer its own handshakes.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local common = require("partnercentral_local.channel.common")
local pma = require("partnercentral_local.channel.program_management_accounts")
local _M = { ops = {} }
local ops = _M.ops

local seq = 0
state.register("handshakes", function(store) store.by_id = {} end)

local PAYLOAD = { START_SERVICE_PERIOD = "startServicePeriodPayload",
                  REVOKE_SERVICE_PERIOD = "revokeServicePeriodPayload" }

function _M.find_arn(arn)
  for _, h in pairs(state.store("handshakes").by_id) do if h.arn == arn then return h end end
end

local function resource(ctx, catalog, identifier)
  local rs = identifier:match("(rs%-[a-z0-9]+)$")
  if rs then
    local r = state.store("relationships").by_id[rs]
    if not r or r.catalog ~= catalog then common.not_found(ctx, "Relationship", identifier) end
    return r.id, r.associated_account_id, r
  end
  local p = pma.get(ctx, catalog, identifier)
  return p.id, p.account_id, p
end

local function bad(ctx, name, message)
  ctx.fail("ValidationException", message, { reason = "REQUEST_VALIDATION_FAILED",
    fieldList = { { name = name, code = "INVALID_VALUE", message = message } } })
end

function ops.CreateChannelHandshake(ctx, input)
  common.catalog(ctx, input.catalog)
  local rid, receiver, res = resource(ctx, input.catalog, input.associatedResourceIdentifier)
  local want = PAYLOAD[input.handshakeType]
  local payload = input.payload or {}
  local detail
  local now = util.now()
  if want then
    local pl = payload[want]
    if not pl then bad(ctx, "payload", input.handshakeType .. " needs payload." .. want) end
    if not rid:match("^rs%-") then
      bad(ctx, "associatedResourceIdentifier", "service periods apply to relationships")
    end
    local key = want == "startServicePeriodPayload" and "startServicePeriodHandshakeDetail"
      or "revokeServicePeriodHandshakeDetail"
    detail = { [key] = { note = pl.note, servicePeriodType = pl.servicePeriodType,
      minimumNoticeDays = pl.minimumNoticeDays, startDate = now, endDate = pl.endDate } }
  else
    if next(payload) ~= nil then bad(ctx, "payload", "PROGRAM_MANAGEMENT_ACCOUNT handshakes take no payload") end
    if not rid:match("^pma%-") then bad(ctx, "associatedResourceIdentifier", "needs a program management account") end
    detail = { programManagementAccountHandshakeDetail = { program = res.program } }
  end
  seq = seq + 1
  local id = util.lid("ch-")
  local h = { id = id, catalog = input.catalog, type = input.handshakeType, sender = util.ACCOUNT_ID,
    receiver = receiver, resource_id = rid, detail = detail, status = "PENDING", created_at = now,
    updated_at = now, seq = seq, program = res.program,
    arn = util.arn(util.ACCOUNT_ID, "catalog/" .. input.catalog .. "/channel-handshake/" .. id) }
  state.store("handshakes").by_id[id] = h
  if input.tags then require("partnercentral_local.channel.tags").set(ctx, h.arn, input.tags) end
  return { channelHandshakeDetail = { id = id, arn = h.arn } }
end

local function answer(ctx, input, status)
  common.catalog(ctx, input.catalog)
  local id = input.identifier:match("(ch%-[a-z0-9]+)$")
  local h = id and state.store("handshakes").by_id[id]
  if not h or h.catalog ~= input.catalog then common.not_found(ctx, "ChannelHandshake", input.identifier) end
  if h.status ~= "PENDING" then   -- the model lists no ConflictException for these three
    ctx.fail("ValidationException", "The handshake is " .. h.status .. ".", { reason = "BUSINESS_VALIDATION_FAILED",
      fieldList = { { name = "identifier", code = "INVALID_HANDSHAKE_STATE",
        message = "the handshake is " .. h.status } } })
  end
  h.status, h.updated_at = status, util.now()
  if status == "ACCEPTED" and h.type == "PROGRAM_MANAGEMENT_ACCOUNT" then
    local p = state.store("channel_pma").by_id[h.resource_id]
    if p then p.status, p.start_date, p.updated_at = "ACTIVE", h.updated_at, h.updated_at end
  end
  return { channelHandshakeDetail = { id = h.id, arn = h.arn, status = h.status } }
end
function ops.AcceptChannelHandshake(ctx, input) return answer(ctx, input, "ACCEPTED") end
function ops.RejectChannelHandshake(ctx, input) return answer(ctx, input, "REJECTED") end
function ops.CancelChannelHandshake(ctx, input) return answer(ctx, input, "CANCELED") end

local function type_filter_ok(h, f)
  if not f then return true end
  local pf = f.programManagementAccountTypeFilters
  if pf then return common.in_list(pf.programs, h.program) end
  local sf = f.startServicePeriodTypeFilters or f.revokeServicePeriodTypeFilters
  if sf then
    local d = h.detail.startServicePeriodHandshakeDetail or h.detail.revokeServicePeriodHandshakeDetail or {}
    return common.in_list(sf.servicePeriodTypes, d.servicePeriodType)
  end
  return true
end

function ops.ListChannelHandshakes(ctx, input)
  common.catalog(ctx, input.catalog)
  local ids
  if input.associatedResourceIdentifiers and #input.associatedResourceIdentifiers > 0 then
    ids = {}
    for i, x in ipairs(input.associatedResourceIdentifiers) do
      ids[i] = x:match("(rs%-[a-z0-9]+)$") or x:match("(pma%-[a-z0-9]+)$")
    end
  end
  local items = {}
  for _, h in pairs(state.store("handshakes").by_id) do
    local mine = (input.participantType == "SENDER" and h.sender == util.ACCOUNT_ID)
      or (input.participantType == "RECEIVER" and h.receiver == util.ACCOUNT_ID)
    if mine and h.catalog == input.catalog and h.type == input.handshakeType
      and common.in_list(input.statuses, h.status) and common.in_list(ids, h.resource_id)
      and type_filter_ok(h, input.handshakeTypeFilters) then
      items[#items + 1] = h
    end
  end
  local sort = input.handshakeTypeSort and select(2, next(input.handshakeTypeSort))
  common.sort(items, sort)
  for i, h in ipairs(items) do
    items[i] = { id = h.id, arn = h.arn, catalog = h.catalog, handshakeType = h.type, ownerAccountId = h.sender,
      senderAccountId = h.sender, senderDisplayName = "Emulated Partner", receiverAccountId = h.receiver,
      associatedResourceId = h.resource_id, detail = h.detail, createdAt = h.created_at,
      updatedAt = h.updated_at, status = h.status }
  end
  return common.page(ctx, items, "ListChannelHandshakes", input)
end

return _M
