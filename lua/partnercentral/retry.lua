-- partnercentral.retry: standard retry mode, classic (doc/protocol.md §5.2).
--   local r = retry.new{ mode = "standard"|"legacy"|"adaptive"|"none", max_attempts = 3, random = fn }
--     ("legacy" and "adaptive" behave as "standard": r.mode is "standard", r.requested_mode
--     keeps the name asked for; any other mode is a programmer error, raised)
--   retry.MODES[name] -> true for the accepted names
--   retry.classify(err) -> "throttling"|"transient"|"modeled"|nil
--   retry.may_have_reached(err) -> boolean: may the failed request have reached the
--     server (and been acted on)? The client's retry_after_send = false stops
--     retries of operations without an idempotency token when this is true.
--   local st = r:begin()  -- per-call state: what this call took from the quota
--   r:should_retry(err, attempt, max?, st) -> delay_seconds | nil, reason  (max: per-call max attempts)
--   r:on_success(retried, st) -- refills the quota after a 2xx final answer
--   retry.backoff(attempt, rand) -> seconds
-- One object per client: it holds the retry quota token bucket. The cost to refund
-- belongs to the call (botocore keeps it on the request context), not to the client:
-- calls interleaved on one client (nginx light threads) must not refund each
-- other's costs.
local floor, min, random = math.floor, math.min, math.random

local _M = { _VERSION = require("partnercentral.version") }
local mt = { __index = _M }

_M.QUOTA_MAX = 500
_M.COST = 5
_M.TIMEOUT_COST = 10
_M.MAX_BACKOFF = 20

local TRANSIENT_CODES = { RequestTimeout = true, RequestTimeoutException = true,
  PriorRequestNotComplete = true }
local TRANSIENT_STATUS = { [500] = true, [502] = true, [503] = true, [504] = true }
local THROTTLING_CODES = {}
for _, c in ipairs{ "Throttling", "ThrottlingException", "ThrottledException",
  "RequestThrottledException", "TooManyRequestsException", "ProvisionedThroughputExceededException",
  "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
  "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
  "EC2ThrottledException" } do THROTTLING_CODES[c] = true end
_M.THROTTLING_CODES = THROTTLING_CODES

-- legacy and adaptive are accepted so that configurations written for botocore
-- (AWS_RETRY_MODE=legacy is its default) keep working; both run standard mode here.
_M.MODES = { standard = "standard", legacy = "standard", adaptive = "standard", none = "none" }

function _M.new(opts)
  opts = opts or {}
  local requested = opts.mode or "standard"
  local mode = _M.MODES[requested]
  if not mode then
    error("retry_mode must be \"standard\", \"legacy\", \"adaptive\" or \"none\", got " .. tostring(requested), 3)
  end
  local max = opts.max_attempts or 3
  if mode == "none" then max = 1 end
  if type(max) ~= "number" or max < 1 or max ~= floor(max) then
    error("max_attempts must be an integer >= 1", 3)
  end
  return setmetatable({ mode = mode, requested_mode = requested, max_attempts = max,
    tokens = _M.QUOTA_MAX, random = opts.random or random }, mt)
end

-- A fresh per-call state: { cost = last quota acquisition of this call or nil }.
function _M:begin()
  return { cost = nil }
end

-- Why an error may be retried, or nil. `err` is a partnercentral.errors object.
-- A modeled retryable trait arrives as err.retryable on service errors (cm:parse_error).
-- ETLS (a certificate that does not verify, a refused handshake) is not
-- transient: the same server gives the same verdict on every attempt.
function _M.classify(err)
  if err.code == "ETLS" then return nil end
  if err.kind == "network" or err.kind == "timeout" then return "transient" end
  if err.kind ~= "service" then return nil end
  if THROTTLING_CODES[err.code] or err.throttling then return "throttling" end
  if TRANSIENT_CODES[err.code] or TRANSIENT_STATUS[err.status] then return "transient" end
  if err.retryable and err.modeled ~= false then return "modeled" end
  return nil
end

-- Transport failures that prove nothing was sent: the name did not resolve, the
-- connection or the TLS handshake did not complete. Both transports say so
-- themselves with err.sent = false, which is read first; for an error without
-- it (another transport object, an older error) the message tells:
--   curl   "Could not resolve host", "Failed to connect to ...", "Connection timed out
--          after ..." and "Resolving timed out after ..." (the timeout hit before the
--          connection was up; after it, curl says "Operation timed out ...")
--   ngx    "connect to H:P failed", "TLS handshake with ...", "request timed out
--          before connecting"
-- Everything else (reset or closed after sending, timeouts while waiting for the
-- answer, "Empty reply from server") may have reached the server.
local NOT_SENT = { "^Could not resolve", "^Couldn't resolve", "^Failed to connect to ", "^Connection timed out after ",
  "^Resolving timed out after ", "^connect to %S+ failed", "^TLS handshake with ",
  "^request timed out before connecting" }

function _M.may_have_reached(err)
  if err.kind == "service" then
    -- throttling answers say the request was refused, not processed
    return not (THROTTLING_CODES[err.code] or err.throttling or err.status == 429)
  end
  if err.kind ~= "network" and err.kind ~= "timeout" then return true end
  if err.sent ~= nil then return err.sent ~= false end
  if err.code == "ETLS" then return false end
  local msg = tostring(err.message)
  for _, p in ipairs(NOT_SENT) do
    if msg:find(p) then return false end
  end
  return true
end

-- Full jitter: rand * min(2^(n-1), 20) seconds; n = 1-based attempt that failed.
function _M.backoff(n, rand)
  return rand * min(2 ^ (n - 1), _M.MAX_BACKOFF)
end

-- delay in seconds before the next attempt, or nil + reason ("max_attempts",
-- "not_retryable", "quota"). max overrides the client's max_attempts for one call.
function _M:should_retry(err, attempt, max, st)
  if attempt >= (max or self.max_attempts) then return nil, "max_attempts" end
  if not _M.classify(err) then return nil, "not_retryable" end
  local cost = err.kind == "timeout" and _M.TIMEOUT_COST or _M.COST
  if self.tokens < cost then return nil, "quota" end
  self.tokens = self.tokens - cost
  if st then st.cost = cost end
  return _M.backoff(attempt, self.random())
end

-- After a call whose final answer was 2xx: +1 without retries, else the cost of
-- this call's last acquisition back (st from r:begin(); without it, the usual cost).
function _M:on_success(retried, st)
  local add = 1
  if retried then add = (st and st.cost) or _M.COST end
  self.tokens = min(_M.QUOTA_MAX, self.tokens + add)
  if st then st.cost = nil end
end

-- amz-sdk-request value (§5.4, classic standard; ttl is optional and omitted).
function _M:header(attempt, max)
  if attempt == 1 then return "attempt=1" end
  return "attempt=" .. attempt .. "; max=" .. (max or self.max_attempts)
end

return _M
