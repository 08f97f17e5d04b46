-- partnercentral.waiters: poll a task until it reaches a final state.
--   client:wait_for(name, input, { delay = 2, max_wait = 120 }) -> result | nil, err
-- name: a waiter below (or the Get operation itself). Sleeps between polls
-- with the client's sleeper; at max_wait returns a "timeout" error (code "WaiterTimeout");
-- a failure state returns a "service" error with code "WaiterFailure" and result.
local errors = require("partnercentral.errors")

local _M = {}

-- poll operation, status member, success / failure values
_M.waiters = {
  ProfileUpdateTaskSucceeded = { op = "GetProfileUpdateTask", success = { SUCCEEDED = true },
                                 failure = { FAILED = true, CANCELED = true } },
  VerificationSucceeded = { op = "GetVerification", success = { SUCCEEDED = true, COMPLETED = true },
                            failure = { FAILED = true, REJECTED = true } },
}
_M.waiters.GetProfileUpdateTask = _M.waiters.ProfileUpdateTaskSucceeded
_M.waiters.ProfileUpdateTaskCompleted = _M.waiters.ProfileUpdateTaskSucceeded

function _M.wait_for(client, name, input, opts)
  local w = _M.waiters[name]
  if not w then
    local names = {}
    for k in pairs(_M.waiters) do names[#names + 1] = k end
    table.sort(names)
    error(("unknown waiter %q (known: %s)"):format(tostring(name), table.concat(names, ", ")), 3)
  end
  opts = opts or {}
  local delay, max_wait = opts.delay or 2, opts.max_wait or 120
  local waited = 0
  while true do
    local res, err = client:call(w.op, input)
    if not res then return nil, err end
    local status = res.Status or res.status
    if w.success[status] then return res end
    if w.failure[status] then
      return nil, errors.new{ kind = "service", code = "WaiterFailure", operation = w.op,
        message = ("%s reached status %s"):format(w.op, tostring(status)), result = res }
    end
    if waited + delay > max_wait then
      return nil, errors.new{ kind = "timeout", code = "WaiterTimeout", operation = w.op,
        message = ("%s still %s after %g s"):format(w.op, tostring(status), waited) }
    end
    client.sleep(delay)
    waited = waited + delay
  end
end

return _M
