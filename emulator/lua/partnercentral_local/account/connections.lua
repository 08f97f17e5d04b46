-- Account family: connection preferences (with Revision), connection
-- invitations (PENDING -> ACCEPTED | REJECTED | CANCELED) and connections
-- (one per other participant, a detail per connection type, ACTIVE ->
-- CANCELED). The emulator is single-tenant: the caller may answer its own
-- invitations, which is how tests reach the ACCEPTED state.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.account.common")
local _M = { ops = {} }
local ops = _M.ops

state.register("connections", function(store)
  store.prefs, store.invitations, store.connections = {}, {}, {}
end)

local function prefs(catalog)
  local store = state.store("connections")
  local p = store.prefs[catalog]
  if not p then
    p = { AccessType = "ALLOW_ALL", ExcludedParticipantIds = {}, Revision = 1, UpdatedAt = util.now(),
          Arn = util.arn(util.ACCOUNT_ID, "catalog/" .. catalog .. "/connection-preferences") }
    store.prefs[catalog] = p
  end
  return p
end

local function prefs_out(catalog, p)
  return { Catalog = catalog, Arn = p.Arn, AccessType = p.AccessType,
    ExcludedParticipantIds = json.array(util.deepcopy(p.ExcludedParticipantIds)),
    UpdatedAt = p.UpdatedAt, Revision = p.Revision }
end

function ops.GetConnectionPreferences(ctx, input)
  common.catalog(ctx, input.Catalog)
  return prefs_out(input.Catalog, prefs(input.Catalog))
end

function ops.UpdateConnectionPreferences(ctx, input)
  common.catalog(ctx, input.Catalog)
  local p = prefs(input.Catalog)
  if input.Revision ~= p.Revision then
    ctx.fail("ConflictException", "Revision " .. tostring(input.Revision) .. " is stale; the current revision is "
      .. p.Revision .. ".", { Reason = "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION" })
  end
  p.AccessType = input.AccessType
  p.ExcludedParticipantIds = input.ExcludedParticipantIdentifiers or {}
  p.Revision, p.UpdatedAt = p.Revision + 1, util.now()
  return prefs_out(input.Catalog, p)
end

-- A receiver identifier that is not an account id maps to a stable one.
local function account_of(identifier)
  if identifier:match("^%d%d%d%d%d%d%d%d%d%d%d%d$") then return identifier end
  local h = 0
  for i = 1, #identifier do h = (h * 31 + identifier:byte(i)) % 1000000000000 end
  return string.format("%012d", h)
end

local function inv_out(i)
  return { Catalog = i.catalog, Id = i.id, Arn = i.arn, ConnectionId = i.connection_id,
    ConnectionType = i.type, CreatedAt = i.created_at, UpdatedAt = i.updated_at, ExpiresAt = i.expires_at,
    OtherParticipantIdentifier = i.other, ParticipantType = i.participant_type, Status = i.status,
    InvitationMessage = i.message, InviterEmail = i.email, InviterName = i.name }
end

local function invitation(ctx, catalog, identifier)
  local i = common.lookup(ctx, catalog, state.store("connections").invitations, identifier, "pacinv%-",
    "CONNECTION_INVITATION_NOT_FOUND", "Connection invitation")
  -- Invitations expire 14 days after they were sent.
  if i.status == "PENDING" and util.now() >= i.expires_at then i.status, i.updated_at = "EXPIRED", i.expires_at end
  return i
end

local function pending_only(ctx, i)
  if i.status ~= "PENDING" then
    ctx.fail("ConflictException", "The invitation is " .. i.status .. ".",
      { Reason = "INCOMPATIBLE_CONNECTION_INVITATION_STATE" })
  end
end

function ops.CreateConnectionInvitation(ctx, input)
  common.catalog(ctx, input.Catalog)
  local store = state.store("connections")
  for _, i in pairs(store.invitations) do
    if i.catalog == input.Catalog and i.other == input.ReceiverIdentifier and i.type == input.ConnectionType
      and i.status == "PENDING" then
      ctx.fail("ConflictException", "A pending invitation to this participant exists.",
        { Reason = "DUPLICATE_CONNECTION_INVITATION" })
    end
  end
  local now = util.now()
  local id = util.id("pacinv-")
  local i = { id = id, catalog = input.Catalog, type = input.ConnectionType, other = input.ReceiverIdentifier,
    arn = util.arn("", "catalog/" .. input.Catalog .. "/connection-invitation/" .. id),
    created_at = now, updated_at = now, expires_at = now + 14 * 86400, participant_type = "SENDER",
    status = "PENDING", message = input.Message, email = input.Email, name = input.Name, seq = now }
  store.invitations[id] = i
  return inv_out(i)
end

function ops.GetConnectionInvitation(ctx, input)
  return inv_out(invitation(ctx, input.Catalog, input.Identifier))
end

local function connection_out(c, summary)
  local types = json.object()
  for t, d in pairs(c.types) do
    if summary then
      types[t] = { Status = d.Status, OtherParticipant = d.OtherParticipant }
    else
      types[t] = d
    end
  end
  return { Catalog = c.catalog, Id = c.id, Arn = c.arn, OtherParticipantAccountId = c.other_account,
           UpdatedAt = c.updated_at, ConnectionTypes = types }
end

function ops.AcceptConnectionInvitation(ctx, input)
  local i = invitation(ctx, input.Catalog, input.Identifier)
  pending_only(ctx, i)
  local store = state.store("connections")
  local account = account_of(i.other)
  local c
  for _, x in pairs(store.connections) do
    if x.catalog == i.catalog and x.other_account == account then c = x end
  end
  local now = util.now()
  if not c then
    local id = util.id("pac-")
    c = { id = id, catalog = i.catalog, other_account = account, types = {}, seq = now,
          arn = util.arn("", "catalog/" .. i.catalog .. "/connection/" .. id) }
    store.connections[id] = c
  end
  if c.types[i.type] and c.types[i.type].Status == "ACTIVE" then
    ctx.fail("ConflictException", "The connection already exists.", { Reason = "DUPLICATE_CONNECTION" })
  end
  c.types[i.type] = { CreatedAt = now, InviterEmail = i.email, InviterName = i.name, Status = "ACTIVE",
    OtherParticipant = { Account = { Name = i.other } } }
  c.updated_at = now
  i.status, i.updated_at, i.connection_id = "ACCEPTED", now, c.id
  return { Connection = connection_out(c) }
end

local function close_invitation(ctx, input, status)
  local i = invitation(ctx, input.Catalog, input.Identifier)
  pending_only(ctx, i)
  i.status, i.updated_at = status, util.now()
  return inv_out(i)
end
function ops.RejectConnectionInvitation(ctx, input) return close_invitation(ctx, input, "REJECTED") end
function ops.CancelConnectionInvitation(ctx, input) return close_invitation(ctx, input, "CANCELED") end

local function page(ctx, items, op, input)
  local pg, nxt = util.paginate(items, op, input.NextToken, input.MaxResults, 100)
  if not pg then ctx.fail("ValidationException", nxt, { Reason = "REQUEST_VALIDATION_FAILED" }) end
  return pg, nxt
end

function ops.ListConnectionInvitations(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, i in ipairs(util.sorted_values(state.store("connections").invitations, "seq")) do
    if i.catalog == input.Catalog and (not input.ConnectionType or i.type == input.ConnectionType)
      and (not input.ParticipantType or i.participant_type == input.ParticipantType)
      and (not input.Status or i.status == input.Status)
      and util.in_list(input.OtherParticipantIdentifiers, i.other) then
      local s = inv_out(i)
      s.InvitationMessage, s.InviterEmail, s.InviterName = nil, nil, nil
      items[#items + 1] = s
    end
  end
  local pg, nxt = page(ctx, items, "ListConnectionInvitations", input)
  return { ConnectionInvitationSummaries = pg, NextToken = nxt }
end

local function connection(ctx, catalog, identifier)
  return common.lookup(ctx, catalog, state.store("connections").connections, identifier, "pac%-",
    "CONNECTION_NOT_FOUND", "Connection")
end

function ops.GetConnection(ctx, input)
  return connection_out(connection(ctx, input.Catalog, input.Identifier))
end

function ops.ListConnections(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, c in ipairs(util.sorted_values(state.store("connections").connections, "seq")) do
    if c.catalog == input.Catalog and (not input.ConnectionType or c.types[input.ConnectionType])
      and util.in_list(input.OtherParticipantIdentifiers, c.other_account) then
      items[#items + 1] = connection_out(c, true)
    end
  end
  local pg, nxt = page(ctx, items, "ListConnections", input)
  return { ConnectionSummaries = pg, NextToken = nxt }
end

function ops.CancelConnection(ctx, input)
  local c = connection(ctx, input.Catalog, input.Identifier)
  local d = c.types[input.ConnectionType]
  if not d or d.Status ~= "ACTIVE" then
    ctx.fail("ConflictException", "The connection type is not active.", { Reason = "INCOMPATIBLE_CONNECTION_STATE" })
  end
  local now = util.now()
  d.Status, d.CanceledAt, d.CanceledBy = "CANCELED", now, util.ACCOUNT_ID
  c.updated_at = now
  return connection_out(c)
end

return _M
