-- partnercentral.waiters: poll an asynchronous task until it reaches a final state.
--   client:wait_for(name, input, { delay = 2, max_wait = 120 }) -> result, meta | nil, err
-- name: a waiter below, in CamelCase or snake_case ("profile_update_task_succeeded").
-- Between polls it sleeps `delay` seconds with the client's sleeper (core.sleep_ms,
-- or ngx.sleep inside nginx): never a busy loop. max_wait bounds the total time
-- slept; when the next sleep would pass it, the result is a "timeout" error
-- (code "WaiterTimeout") naming the last status. A failure state is a "service"
-- error with code "WaiterFailure" and the last response in err.result.
-- A failed poll (not found, throttled after retries, ...) ends the wait with that error.
-- opts.call: per-call options for each poll (timeout, max_attempts, headers).
local errors = require("partnercentral.errors")

local _M = {}

-- poll operation, status member, success / failure values
local W = {
  ProfileUpdateTaskSucceeded = { op = "GetProfileUpdateTask", status = "Status",
    success = { SUCCEEDED = true }, failure = { FAILED = true, CANCELED = true } },
  QualificationsAssociationTaskSucceeded = { op = "GetQualificationsAssociationTask", status = "Status",
    success = { SUCCEEDED = true }, failure = { FAILED = true, CANCELED = true } },
  QualificationsDisassociationTaskSucceeded = { op = "GetQualificationsDisassociationTask", status = "Status",
    success = { SUCCEEDED = true }, failure = { FAILED = true, CANCELED = true } },
  VerificationSucceeded = { op = "GetVerification", status = "VerificationStatus",
    success = { SUCCEEDED = true }, failure = { FAILED = true, REJECTED = true } },
  -- Benefits: a submitted application is IN_REVIEW until AWS decides. Any
  -- other status not listed (IN_REVIEW, and PENDING_SUBMISSION, which a read
  -- right after SubmitBenefitApplication may still show) keeps polling.
  BenefitApplicationReviewed = { op = "GetBenefitApplication", status = "Status",
    success = { APPROVED = true, REJECTED = true, ACTION_REQUIRED = true }, failure = { CANCELED = true } },
  BenefitApplicationApproved = { op = "GetBenefitApplication", status = "Status",
    success = { APPROVED = true }, failure = { REJECTED = true, ACTION_REQUIRED = true, CANCELED = true } },
}
-- The waiters' own names, in the order the reference and the CLI list them;
-- the other keys of W are aliases (names people reach for).
_M.names = { "ProfileUpdateTaskSucceeded", "QualificationsAssociationTaskSucceeded",
  "QualificationsDisassociationTaskSucceeded", "VerificationSucceeded",
  "BenefitApplicationReviewed", "BenefitApplicationApproved" }
W.ProfileUpdateTaskCompleted = W.ProfileUpdateTaskSucceeded
W.GetProfileUpdateTask = W.ProfileUpdateTaskSucceeded
W.GetQualificationsAssociationTask = W.QualificationsAssociationTaskSucceeded
W.GetQualificationsDisassociationTask = W.QualificationsDisassociationTaskSucceeded
W.GetVerification = W.VerificationSucceeded
_M.waiters = W

-- the client's CamelCase -> snake_case rule, so waiter names match method names
local snake = require("partnercentral.client").snake
local by_snake = {}
for k, v in pairs(W) do by_snake[snake(k)] = v end

local function find(name)
  if type(name) ~= "string" then return nil end
  return W[name] or by_snake[name]
end

function _M.wait_for(client, name, input, opts)
  local w = find(name)
  if not w then
    local names = {}
    for k in pairs(W) do names[#names + 1] = k end
    table.sort(names)
    error(("unknown waiter %q (known: %s)"):format(tostring(name), table.concat(names, ", ")), 3)
  end
  opts = opts or {}
  local delay, max_wait = opts.delay or 2, opts.max_wait or 120
  -- delay 0 would poll as fast as the service answers: refuse it
  if type(delay) ~= "number" or delay <= 0 or type(max_wait) ~= "number" or max_wait < 0 then
    error("wait_for: delay must be a number > 0 and max_wait a number >= 0", 3)
  end
  local raise = type(client.opts) == "table" and client.opts.raise_errors
  local function failed(err)
    if raise then error(err, 0) end
    return nil, err
  end
  local sleep = client.sleep
  local waited, polls = 0, 0
  while true do
    local res, meta = client:call(w.op, input, opts.call)
    polls = polls + 1
    if not res then return nil, meta end
    local status = res[w.status]
    if w.success[status] then
      meta = meta or {}
      meta.polls, meta.waited = polls, waited
      return res, meta
    end
    if w.failure[status] then
      return failed(errors.new{ kind = "service", code = "WaiterFailure", operation = w.op, result = res,
        message = ("%s reached status %s"):format(w.op, tostring(status)) })
    end
    if waited + delay > max_wait then
      return failed(errors.new{ kind = "timeout", code = "WaiterTimeout", operation = w.op, result = res,
        message = ("%s: still %s after %d polls over %g s (max_wait %g s)"):format(
          w.op, tostring(status), polls, waited, max_wait) })
    end
    sleep(delay)
    waited = waited + delay
  end
end

return _M
