-- partnercentral.waiters: poll an asynchronous task until it reaches a final state.
--   client:wait_for(name, input, { delay = 2, max_wait = 120 }) -> result, meta | nil, err
-- name: a waiter of the client's service below, in CamelCase or snake_case
-- ("profile_update_task_succeeded"). The official waiter files of these
-- services are empty: each waiter here is defined from its operation's status
-- enum (doc/waiters.md lists them with their success and failure states).
-- Waiters are kept per service (the names of partnercentral.services, the
-- client's `service`), so two services may use the same name; a client of a
-- model of another service has none.
-- Between polls it sleeps `delay` seconds with the client's sleeper (core.sleep_ms,
-- or ngx.sleep inside nginx): never a busy loop. max_wait bounds the total time
-- slept; when the next sleep would pass it, the result is a "timeout" error
-- (code "WaiterTimeout") naming the last status. A failure state is a "service"
-- error with code "WaiterFailure" and the last record in err.result.
-- A failed poll (not found, throttled after retries, ...) ends the wait with that error.
-- opts.call: per-call options for each poll (timeout, max_attempts, headers),
-- checked before the first poll.
-- Bad options (delay not a finite number of seconds from 0.001, max_wait not 0
-- or one, an unknown name, bad call options) are a typed error of kind "config", code
-- "InvalidOption" or "UnknownOption", returned (raised with raise_errors) like
-- bad call options; nothing is polled.
local errors = require("partnercentral.errors")

local _M = {}

-- A waiter polls `op` and decides on one record of its answer:
--   op         the operation polled
--   input      fn(input) -> the poll's input (default: the input as given)
--   record     fn(result, input) -> the record that decides, or nil when the answer
--              holds none (then the wait fails) (default: the whole result)
--   status     the record's status member; a dotted path reads a nested one
--   success, failure   sets of status values
--   decide     fn(record) -> "success" | "failure" | nil, status text
--              (instead of status/success/failure, for a state that is more than one member;
--              `rule` then says in words what it decides, for the reference)
--   input      may also return nil, err: input the waiter cannot use (a typed error)
--   unlisted_polls  true: a record not found yet is polled again, UNLISTED_POLLS times
--   note       what else the reference says about the waiter
local function states(list)
  local set = {}
  for _, v in ipairs(list) do set[v] = true end
  return set
end

-- The Selling task operations have no Get*Task: their List*Tasks operation
-- polls one task through its TaskIdentifier filter (a list there; the waiter's
-- input gives the one identifier, as Start*Task answered it, or a list of it).
-- Without one the list would hold any task: a typed validation error.
-- -> the poll's input | nil, err
local function by_task_identifier(input)
  local want = type(input) == "table" and input.TaskIdentifier or nil
  if type(want) == "table" and #want == 1 then want = want[1] end
  if type(want) ~= "string" or want == "" then
    local v = { path = "TaskIdentifier", kind = "required",
      message = "the waiter needs the one task to wait for: its TaskId or TaskArn, as Start*Task answered it" }
    return nil, errors.new{ kind = "validation", code = "EVALIDATION", violations = { v },
      message = "validation failed: 1 violation\n" .. v.path .. ": " .. v.message }
  end
  local poll = {}
  for k, x in pairs(input) do poll[k] = x end
  poll.TaskIdentifier = { want }
  return poll
end

local function listed_task(result, input)
  local want = input.TaskIdentifier[1]
  for _, t in ipairs(result.TaskSummaries or {}) do
    if t.TaskId == want or t.TaskArn == want then return t end
  end
end

-- A task the list does not show yet (the service is eventually consistent: a
-- List*Tasks right after Start*Task may miss it) is polled again, for up to
-- UNLISTED_POLLS polls (and within max_wait); then the wait fails.
_M.UNLISTED_POLLS = 5
local function list_task_waiter(op)
  return { op = op, input = by_task_identifier, record = listed_task, status = "TaskStatus",
    success = states{ "COMPLETE" }, failure = states{ "FAILED" }, unlisted_polls = true,
    note = ("needs `TaskIdentifier` (the `TaskId` or `TaskArn` that its `Start*Task` call answered); a task the list "
      .. "does not show yet is polled again, up to %d polls"):format(_M.UNLISTED_POLLS) }
end

local TASK_DONE = { success = states{ "SUCCEEDED" }, failure = states{ "FAILED", "CANCELED" } }

local W = {
  account = {
    ProfileUpdateTaskSucceeded = { op = "GetProfileUpdateTask", status = "Status",
      success = TASK_DONE.success, failure = TASK_DONE.failure },
    QualificationsAssociationTaskSucceeded = { op = "GetQualificationsAssociationTask", status = "Status",
      success = TASK_DONE.success, failure = TASK_DONE.failure },
    QualificationsDisassociationTaskSucceeded = { op = "GetQualificationsDisassociationTask", status = "Status",
      success = TASK_DONE.success, failure = TASK_DONE.failure },
    VerificationSucceeded = { op = "GetVerification", status = "VerificationStatus",
      success = states{ "SUCCEEDED" }, failure = states{ "FAILED", "REJECTED" } },
  },
  selling = {
    EngagementByAcceptingInvitationTaskCompleted = list_task_waiter("ListEngagementByAcceptingInvitationTasks"),
    EngagementFromOpportunityTaskCompleted = list_task_waiter("ListEngagementFromOpportunityTasks"),
    OpportunityFromEngagementTaskCompleted = list_task_waiter("ListOpportunityFromEngagementTasks"),
    -- GetProspectingFromEngagementTask answers no TaskStatus: the task is done
    -- once it has an EndTime; it failed when every engagement in it FAILED
    ProspectingFromEngagementTaskCompleted = { op = "GetProspectingFromEngagementTask",
      rule = "the task has an `EndTime`; fails when every engagement in it is `FAILED`",
      decide = function(task)
      local n, failed = 0, 0
      for _, e in ipairs(task.Engagements or {}) do
        n = n + 1
        if e.Status == "FAILED" then failed = failed + 1 end
      end
      if task.EndTime == nil then return nil, "IN_PROGRESS (no EndTime yet)" end
      if n > 0 and failed == n then return "failure", ("FAILED (all %d engagements failed)"):format(n) end
      return "success", ("COMPLETED (%d of %d engagements failed)"):format(failed, n)
    end },
    -- a job runs until stopped: the wait is for its first successful execution
    ResourceSnapshotJobSucceeded = { op = "GetResourceSnapshotJob",
      rule = "the job has a `LastSuccessfulExecutionDate`; fails when it is `Stopped` or reports a `LastFailure` first",
      decide = function(job)
      local st = tostring(job.Status)
      if job.LastSuccessfulExecutionDate ~= nil then return "success", st end
      if job.Status == "Stopped" then return "failure", st end
      if job.LastFailure ~= nil then return "failure", st .. " (" .. tostring(job.LastFailure) .. ")" end
      return nil, st
    end },
    -- after SubmitOpportunity (or StartEngagementFromOpportunityTask): AWS's review
    OpportunityApproved = { op = "GetOpportunity", status = "LifeCycle.ReviewStatus",
      success = states{ "Approved" }, failure = states{ "Rejected", "Action Required" } },
  },
  benefits = {
    -- A submitted application is IN_REVIEW until AWS decides. Any other status
    -- not listed (IN_REVIEW, and PENDING_SUBMISSION, which a read right after
    -- SubmitBenefitApplication may still show) keeps polling.
    BenefitApplicationReviewed = { op = "GetBenefitApplication", status = "Status",
      success = states{ "APPROVED", "REJECTED", "ACTION_REQUIRED" }, failure = states{ "CANCELED" } },
    BenefitApplicationApproved = { op = "GetBenefitApplication", status = "Status",
      success = states{ "APPROVED" }, failure = states{ "REJECTED", "ACTION_REQUIRED", "CANCELED" } },
  },
}
-- Each service's own waiter names, in the order the reference and the CLI list
-- them; other keys of W[service] are aliases (names people reach for).
_M.names = {
  account = { "ProfileUpdateTaskSucceeded", "QualificationsAssociationTaskSucceeded",
    "QualificationsDisassociationTaskSucceeded", "VerificationSucceeded" },
  selling = { "EngagementByAcceptingInvitationTaskCompleted", "EngagementFromOpportunityTaskCompleted",
    "OpportunityFromEngagementTaskCompleted", "ProspectingFromEngagementTaskCompleted",
    "ResourceSnapshotJobSucceeded", "OpportunityApproved" },
  benefits = { "BenefitApplicationReviewed", "BenefitApplicationApproved" },
}
-- other names people reach for (Account's first names stay valid)
local A = W.account
A.ProfileUpdateTaskCompleted = A.ProfileUpdateTaskSucceeded
A.GetProfileUpdateTask = A.ProfileUpdateTaskSucceeded
A.GetQualificationsAssociationTask = A.QualificationsAssociationTaskSucceeded
A.GetQualificationsDisassociationTask = A.QualificationsDisassociationTaskSucceeded
A.GetVerification = A.VerificationSucceeded
_M.waiters = W

-- the client's CamelCase -> snake_case rule, so waiter names match method names
local snake = require("partnercentral.client").snake
local by_snake = {}
for service, ws in pairs(W) do
  by_snake[service] = {}
  for k, v in pairs(ws) do by_snake[service][snake(k)] = v end
end

-- The waiters of a client's service (an empty table for a service without any).
function _M.of(client)
  return W[client.service] or {}
end

local function find(client, name)
  if type(name) ~= "string" then return nil end
  return _M.of(client)[name] or (by_snake[client.service] or {})[name]
end

local function unknown(client, name)
  local names = {}
  for k in pairs(_M.of(client)) do names[#names + 1] = k end
  table.sort(names)
  error(("unknown waiter %q for %s (known: %s)"):format(tostring(name), tostring(client.service or "this client"),
    #names > 0 and table.concat(names, ", ") or "none"), 4)
end

-- "LifeCycle.ReviewStatus" -> rec.LifeCycle.ReviewStatus
local function member(rec, path)
  local v = rec
  for part in path:gmatch("[^.]+") do
    if type(v) ~= "table" then return nil end
    v = v[part]
  end
  return v
end

-- -> "success" | "failure" | nil, status text
local function decide(w, rec)
  if w.decide then return w.decide(rec) end
  local st = member(rec, w.status)
  if w.success[st] then return "success", tostring(st) end
  if w.failure[st] then
    -- a task's own reason (Selling tasks: ReasonCode, Message) says why
    local why = type(rec.ReasonCode) == "string" and rec.ReasonCode
    if type(rec.Message) == "string" then why = (why and (why .. ": ") or "") .. rec.Message end
    return "failure", tostring(st) .. (why and (" (" .. why .. ")") or "")
  end
  return nil, tostring(st)
end

-- The waiter's options, checked like call options: a typed error (kind
-- "config", code "InvalidOption" or "UnknownOption", err.option naming it).
-- delay: seconds between polls, 0.001 to 2147483 (0 would poll as fast as the
-- service answers; NaN or inf would busy-poll or never end); max_wait: 0 or
-- the same range. -> delay, max_wait | nil, err
local WAIT_OPTIONS = { "call", "delay", "max_wait" }
local IS_WAIT_OPTION = { call = true, delay = true, max_wait = true }
local function wait_options(opts)
  local config = require("partnercentral.config")
  local option_error = config.option_error
  if opts == nil then return 2, 120 end
  if type(opts) ~= "table" then
    return nil, option_error("InvalidOption", nil, "waiter options must be a table, got " .. type(opts))
  end
  -- read once (a table with a metatable: into a plain copy), so what is checked is what is used
  local perr
  opts, perr = config.plain_options(opts, WAIT_OPTIONS, "waiter option")
  if not opts then return nil, perr end
  for k in pairs(opts) do
    if not IS_WAIT_OPTION[k] then return nil, config.unknown_option("waiter option", k, WAIT_OPTIONS) end
  end
  local delay, max_wait = opts.delay, opts.max_wait
  if delay == nil then delay = 2 end
  if max_wait == nil then max_wait = 120 end
  local d, why = config.conv.seconds(delay, true)
  if not d then
    return nil, option_error("InvalidOption", "delay", ("waiter option delay %s, got %s")
      :format(why, config.describe(delay)))
  end
  local m, mwhy = max_wait, nil
  if max_wait ~= 0 then m, mwhy = config.conv.seconds(max_wait, true) end
  if not m then
    return nil, option_error("InvalidOption", "max_wait", ("waiter option max_wait must be 0 or %s, got %s")
      :format(tostring(mwhy):gsub("^must be ", ""), config.describe(max_wait)))
  end
  if opts.call ~= nil and type(opts.call) ~= "table" then
    return nil, option_error("InvalidOption", "call", "waiter option call must be a table of call options, got "
      .. type(opts.call))
  end
  -- the call options of every poll, checked once before the first
  local call, cerr, given = config.check_call_options(opts.call)
  if not call then return nil, cerr, given and given.raise_errors end
  return d, m, call
end

function _M.wait_for(client, name, input, opts)
  local w = find(client, name)
  if not w then unknown(client, name) end
  local raise = type(client.opts) == "table" and client.opts.raise_errors
  local function failed(err)
    if raise then error(err, 0) end
    return nil, err
  end
  local delay, max_wait, call = wait_options(opts)
  if not delay then
    -- (bad call options raise when they say so, as they would in a call)
    if type(call) == "boolean" then raise = call end
    max_wait.operation = w.op
    return failed(max_wait)
  end
  local poll = input
  if w.input then
    local perr
    poll, perr = w.input(input)
    if not poll then
      perr.operation = w.op
      return failed(perr)
    end
  end
  local sleep = client.sleep
  local waited, polls, unlisted = 0, 0, 0
  while true do
    local res, meta = client:call(w.op, poll, call)
    polls = polls + 1
    if not res then return nil, meta end
    local rec = res
    if w.record then rec = w.record(res, poll) end
    local outcome, status
    if rec == nil then
      unlisted = unlisted + 1
      if not w.unlisted_polls or unlisted >= _M.UNLISTED_POLLS then
        return failed(errors.new{ kind = "service", code = "WaiterFailure", operation = w.op, result = res,
          message = ("%s lists no task %s after %d polls"):format(w.op, tostring(type(poll) == "table"
            and type(poll.TaskIdentifier) == "table" and poll.TaskIdentifier[1] or "matching the input"), polls) })
      end
      rec, status = res, "not listed yet"
    else
      outcome, status = decide(w, rec)
    end
    if outcome == "success" then
      meta = meta or {}
      meta.polls, meta.waited = polls, waited
      return rec, meta
    end
    if outcome == "failure" then
      return failed(errors.new{ kind = "service", code = "WaiterFailure", operation = w.op, result = rec,
        message = ("%s reached status %s"):format(w.op, status) })
    end
    if waited + delay > max_wait then
      return failed(errors.new{ kind = "timeout", code = "WaiterTimeout", operation = w.op, result = rec,
        message = ("%s: still %s after %d polls over %g s (max_wait %g s)"):format(
          w.op, status, polls, waited, max_wait) })
    end
    sleep(delay)
    waited = waited + delay
  end
end

return _M
