-- Account family: business / registrant verification. StartVerification
-- answers IN_PROGRESS (registrant: PENDING_CUSTOMER_ACTION with a completion
-- URL); after the task delay it is SUCCEEDED. A new start while one runs ->
-- ConflictException VERIFICATION_ALREADY_IN_PROGRESS; after success ->
-- ACCOUNT_ALREADY_VERIFIED.
local util = require("partnercentral_local.util")
local state = require("partnercentral_local.state")
local _M = { ops = {} }
local ops = _M.ops

state.register("verification", function(store) store.by_type = {} end)

local function settle(ctx, v)
  if v and (v.status == "IN_PROGRESS" or v.status == "PENDING_CUSTOMER_ACTION")
    and util.now() >= v.started_at + ctx.delay then
    v.status, v.completed_at = "SUCCEEDED", v.started_at + ctx.delay
  end
  return v
end

local function out(v)
  return { VerificationType = v.type, VerificationStatus = v.status, StartedAt = v.started_at,
           CompletedAt = v.completed_at, VerificationResponseDetails = v.response }
end

function ops.StartVerification(ctx, input)
  local d = input.VerificationDetails
  if not d then
    ctx.fail("ValidationException", "VerificationDetails is required.", { Reason = "REQUEST_VALIDATION_FAILED",
      ErrorDetails = { { FieldValidationError = { Name = "VerificationDetails", Message = "required",
        Code = "REQUIRED_FIELD_MISSING" } } } })
  end
  local vtype = d.BusinessVerificationDetails and "BUSINESS_VERIFICATION" or "REGISTRANT_VERIFICATION"
  local store = state.store("verification")
  local cur = settle(ctx, store.by_type[vtype])
  if cur and cur.status == "SUCCEEDED" then
    ctx.fail("ConflictException", "The account is already verified.", { Reason = "ACCOUNT_ALREADY_VERIFIED" })
  elseif cur and cur.status ~= "FAILED" and cur.status ~= "REJECTED" then
    ctx.fail("ConflictException", "A verification is in progress.", { Reason = "VERIFICATION_ALREADY_IN_PROGRESS" })
  end
  local now = util.now()
  local v = { type = vtype, started_at = now }
  if vtype == "BUSINESS_VERIFICATION" then
    v.status = "IN_PROGRESS"
    v.response = { BusinessVerificationResponse = { BusinessVerificationDetails = d.BusinessVerificationDetails } }
  else
    v.status = "PENDING_CUSTOMER_ACTION"
    v.response = { RegistrantVerificationResponse = {
      CompletionUrl = "https://verification.example.com/complete/" .. util.id(""),
      CompletionUrlExpiresAt = now + 86400 } }
  end
  store.by_type[vtype] = v
  return out(v)
end

function ops.GetVerification(ctx, input)
  local v = settle(ctx, state.store("verification").by_type[input.VerificationType])
  if not v then
    ctx.fail("ResourceNotFoundException", "No verification of this type.", { Reason = "VERIFICATION_NOT_FOUND" })
  end
  return out(v)
end

return _M
