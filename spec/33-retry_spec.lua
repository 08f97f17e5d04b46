-- Retry classifier, backoff bounds and quota arithmetic (doc/protocol.md §5.2).
local retry = require("partnercentral.retry")
local errors = require("partnercentral.errors")

local function svc(code, status, extra)
  local t = extra or {}
  t.kind, t.code, t.status = "service", code, status
  return errors.new(t)
end

describe("retry.classify", function()
  it("treats throttling codes as throttling, whatever the status", function()
    assert.equal("throttling", retry.classify(svc("ThrottlingException", 400)))
    assert.equal("throttling", retry.classify(svc("TooManyRequestsException", 429)))
  end)
  it("treats 500/502/503/504 and timeout codes as transient", function()
    for _, s in ipairs{ 500, 502, 503, 504 } do
      assert.equal("transient", retry.classify(svc("X", s)))
    end
    assert.equal("transient", retry.classify(svc("RequestTimeoutException", 400)))
  end)
  it("treats network and timeout errors as transient", function()
    assert.equal("transient", retry.classify(errors.new{ kind = "network" }))
    assert.equal("transient", retry.classify(errors.new{ kind = "timeout" }))
  end)
  it("does not retry TLS refusals (ETLS): a certificate does not verify on a later attempt", function()
    assert.is_nil(retry.classify(errors.from_core("ETLS", "SSL certificate problem: self-signed certificate")))
    local r = retry.new{ max_attempts = 5 }
    local delay, why = r:should_retry(errors.from_core("ETLS", "x"), 1)
    assert.is_nil(delay)
    assert.equal("not_retryable", why)
    -- a handshake the peer reset is a network error, and stays transient
    assert.equal("transient", retry.classify(errors.from_core("ENETWORK", "TLS handshake failed: reset")))
  end)
  it("retries modeled retryable errors", function()
    assert.equal("modeled", retry.classify(svc("ServiceQuotaExceededException", 402, { retryable = true })))
  end)
  it("does not retry 429 without a known code, nor client errors", function()
    assert.is_nil(retry.classify(svc("Weird", 429)))
    assert.is_nil(retry.classify(svc("ConflictException", 409)))
    assert.is_nil(retry.classify(svc("ValidationException", 400)))
    assert.is_nil(retry.classify(errors.new{ kind = "validation" }))
  end)
end)

describe("retry.backoff", function()
  it("is full jitter capped at 20 s", function()
    assert.equal(0, retry.backoff(1, 0))
    assert.is_true(retry.backoff(1, 0.999) < 1)
    assert.is_true(retry.backoff(2, 0.999) < 2)
    assert.is_true(retry.backoff(3, 0.999) < 4)
    assert.equal(20 * 0.5, retry.backoff(10, 0.5))
    math.randomseed(42)
    for n = 1, 12 do
      local d = retry.backoff(n, math.random())
      assert.is_true(d >= 0 and d < math.min(2 ^ (n - 1), 20))
    end
  end)
end)

describe("retry object", function()
  it("stops at max_attempts", function()
    local r = retry.new{ random = function() return 0.5 end }
    local e = svc("ThrottlingException", 400)
    assert.equal(0.5, r:should_retry(e, 1))
    assert.equal(1, r:should_retry(e, 2))
    local d, why = r:should_retry(e, 3)
    assert.is_nil(d)
    assert.equal("max_attempts", why)
  end)
  it("mode none makes one attempt", function()
    local r = retry.new{ mode = "none" }
    assert.equal(1, r.max_attempts)
    assert.is_nil(r:should_retry(svc("ThrottlingException", 400), 1))
  end)
  it("charges 5 per retry, 10 per timeout, refuses when empty", function()
    local r = retry.new{ max_attempts = 1000, random = function() return 0 end }
    r:should_retry(svc("X", 503), 1)
    assert.equal(495, r.tokens)
    r:should_retry(errors.new{ kind = "timeout" }, 1)
    assert.equal(485, r.tokens)
    r.tokens = 4
    local d, why = r:should_retry(svc("X", 503), 1)
    assert.is_nil(d)
    assert.equal("quota", why)
  end)
  it("refills +1 on a first-try success, the last cost after retries, capped", function()
    local r = retry.new{ random = function() return 0 end }
    r:on_success(false, r:begin())
    assert.equal(500, r.tokens)
    local st = r:begin()
    r:should_retry(errors.new{ kind = "timeout" }, 1, nil, st)
    assert.equal(490, r.tokens)
    r:on_success(true, st)
    assert.equal(500, r.tokens)
    r.tokens = 100
    r:on_success(false, r:begin())
    assert.equal(101, r.tokens)
  end)
  it("refunds per call: interleaved calls on one client keep their own costs (§5.2)", function()
    -- call A fails once (5 taken), call B succeeds first try (+1), then A succeeds
    -- (its 5 back): botocore ends full; a per-client cost lost A's refund each round
    local r = retry.new{ random = function() return 0 end }
    local e500 = svc("InternalFailure", 500)
    for _ = 1, 50 do
      local a, b = r:begin(), r:begin()
      assert(r:should_retry(e500, 1, nil, a))
      r:on_success(false, b)
      r:on_success(true, a)
    end
    assert.equal(500, r.tokens)
    -- A timed out (10) while B retried a 503 (5): each gets its own cost back
    r.tokens = 400
    local a, b = r:begin(), r:begin()
    r:should_retry(errors.new{ kind = "timeout" }, 1, nil, a)
    r:should_retry(svc("X", 503), 1, nil, b)
    assert.equal(385, r.tokens)
    r:on_success(true, b)
    assert.equal(390, r.tokens)
    r:on_success(true, a)
    assert.equal(400, r.tokens)
  end)
  it("formats amz-sdk-request", function()
    local r = retry.new{}
    assert.equal("attempt=1", r:header(1))
    assert.equal("attempt=2; max=3", r:header(2))
  end)
  it("rejects bad options", function()
    assert.has_error(function() retry.new{ mode = "bogus" } end)
    -- botocore's other modes are accepted and run standard
    assert.equal("standard", retry.new{ mode = "legacy" }.mode)
    assert.equal("standard", retry.new{ mode = "adaptive" }.mode)
    assert.has_error(function() retry.new{ max_attempts = 0 } end)
  end)
end)

describe("TLS failures through the client", function()
  local helpers = require("spec.helpers")
  local ch = require("spec.support.client_helpers")
  local tls, hostile, dir
  setup(function()
    dir = helpers.sh("mktemp -d"):gsub("%s+$", "")
    helpers.sh(("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 "
      .. "-subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 -keyout %s/key.pem -out %s/cert.pem 2>&1")
      :format(dir, dir))
    tls = assert(ch.start_canned("0 --tls " .. dir .. "/cert.pem " .. dir .. "/key.pem"))
    hostile = assert(ch.start_hostile())
  end)
  teardown(function()
    if tls then tls.stop() end
    if hostile then hostile.stop() end
    if dir then os.execute("rm -rf " .. dir) end
  end)

  local function attempts_to(url)
    local sent = 0
    local account = require("partnercentral").account.new{ region = "us-east-1", endpoint = url,
      credentials = { access_key = "AKIDEXAMPLE", secret_key = "secret" }, max_attempts = 3,
      transport = "curl", sleep = function() end, hooks = { before_send = function() sent = sent + 1 end } }
    local res, err = account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }
    return res, err, sent
  end

  it("a certificate that does not verify is ETLS after one attempt", function()
    local res, err, sent = attempts_to("https://127.0.0.1:" .. tls.port)
    assert.is_nil(res)
    assert.equal("ETLS", err.code)
    assert.equal("network", err.kind)
    assert.equal(1, sent)
    assert.is_false(err.sent)   -- the transport says nothing left the client
  end)

  it("a handshake the server drops is a network error, retried", function()
    local res, err, sent = attempts_to("https://127.0.0.1:" .. hostile.port)
    assert.is_nil(res)
    assert.equal("ENETWORK", err.code)
    assert.equal(3, sent)
    assert.is_false(err.sent)
  end)
end)
