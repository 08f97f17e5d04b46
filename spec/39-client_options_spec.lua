-- Bad options and credentials are typed errors, never raw Lua errors, and
-- nothing is sent (issue 9); the client's secrets never leave in an error or a
-- log line, whatever the server echoes; retry_after_send = false stops retries
-- of operations without an idempotency token once the request may have
-- reached the server. Real HTTP on loopback (spec/support/canned_server.py).
local client = require("partnercentral.client")
local errors = require("partnercentral.errors")
local retry = require("partnercentral.retry")
local ch = require("spec.support.client_helpers")

local CREDS = { access_key = "AKIDOPTIONS", secret_key = "opt-SECRET-0123456789abcdefghijklmnopqrstu" }

-- Echo: no idempotency token; Create: has one (ClientToken)
local function model()
  return {
    format = 1,
    metadata = { serviceId = "Echo", endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo" },
    operations = { Echo = { name = "Echo", input = "In", output = "Out" },
                   Create = { name = "Create", input = "CreateIn", output = "Out" } },
    shapes = {
      In = { type = "structure", members = { { name = "Value", shape = "S" } } },
      CreateIn = { type = "structure", members = { { name = "ClientToken", shape = "S", idempotencyToken = true } } },
      Out = { type = "structure", members = { { name = "headers", shape = "H" }, { name = "body", shape = "S" } } },
      S = { type = "string" }, H = { type = "map", key = "S", value = "S" },
    },
  }
end

local function env(t) return function(k) return t[k] end end
local NO_CREDENTIALS = {}   -- probe{ credentials = NO_CREDENTIALS }: none given, the chain runs

-- a client of the canned server recording what it sends and logs
local function probe(srv, over, path)
  local sent, lines = {}, {}
  local o = { model = model(), region = "us-east-1", endpoint = srv.url .. (path or "/echo"), credentials = CREDS,
    getenv = env{}, sleep = function() end, logger = function(l) lines[#lines + 1] = l end,
    hooks = { before_send = function(req) sent[#sent + 1] = req end } }
  for k, v in pairs(over or {}) do o[k] = v end
  if o.credentials == NO_CREDENTIALS then o.credentials = nil end
  local c, cerr = client.new(o)
  return c, sent, lines, cerr
end

-- the call fails before anything is sent, with a typed error of kind `kind`
local function refused(c, sent, copts, kind, code)
  local res, err = c:call("Echo", {}, copts)
  assert.is_nil(res)
  assert.is_true(errors.is_error(err), "not a typed error: " .. tostring(err))
  assert.equal(kind, err.kind)
  if code then assert.equal(code, err.code) end
  assert.equal("Echo", err.operation)
  assert.equal(0, #sent)
  -- and raised as that typed error with raise_errors
  if copts == nil or type(copts) == "table" then
    local ropts = { raise_errors = true }
    for k, v in pairs(copts or {}) do ropts[k] = v end
    local ok, rerr = pcall(c.call, c, "Echo", {}, ropts)
    assert.is_false(ok)
    assert.is_true(errors.is_error(rerr), "raised: " .. tostring(rerr))
    assert.equal(err.code, rerr.code)
    assert.equal(0, #sent)
  end
  return err
end

local NOT_SECONDS = { "abc", {}, 0 / 0, math.huge, -math.huge, 1e300, 0, -1, 0.0004, true }

describe("bad options are typed errors (canned server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  it("client timeout / connect_timeout: a positive finite number of seconds", function()
    for _, name in ipairs{ "timeout", "connect_timeout" } do
      for _, v in ipairs(NOT_SECONDS) do
        local c, sent, _, cerr = probe(srv, { [name] = v })
        assert.equal("InvalidOption", cerr.code)      -- also the second result of new
        local err = refused(c, sent, nil, "config", "InvalidOption")
        assert.equal(name, err.option)
        assert.matches("seconds", err.message)
      end
      local c, sent = probe(srv, { [name] = 0.5 })
      assert(c:call("Echo", {}))
      assert.equal(1, #sent)
    end
  end)

  it("call timeout / connect_timeout / max_attempts, and call_opts that are not a table", function()
    local c, sent = probe(srv)
    for _, name in ipairs{ "timeout", "connect_timeout" } do
      for _, v in ipairs(NOT_SECONDS) do
        local err = refused(c, sent, { [name] = v }, "config", "InvalidOption")
        assert.equal(name, err.option)
      end
    end
    for _, v in ipairs{ math.huge, 0 / 0, 0, -1, 1.5, "3", {}, 2 ^ 53 } do
      assert.equal("max_attempts", refused(c, sent, { max_attempts = v }, "config", "InvalidOption").option)
    end
    for _, v in ipairs{ "fast", 5, true } do
      refused(c, sent, v, "config", "InvalidOption")
    end
    assert(c:call("Echo", {}, { timeout = 2, connect_timeout = 1, max_attempts = 1 }))
    assert.equal(1, #sent)
  end)

  it("client max_attempts: a finite whole number >= 1", function()
    for _, v in ipairs{ math.huge, 0 / 0, 0, -1, 1.5, "3" } do
      local c, sent = probe(srv, { max_attempts = v })
      assert.equal("max_attempts", refused(c, sent, nil, "config", "InvalidOption").option)
    end
  end)

  it("unknown client and call options name the closest known one", function()
    local c, sent, _, cerr = probe(srv, { regoin = "eu-west-1" })
    assert.equal("UnknownOption", cerr.code)
    local err = refused(c, sent, nil, "config", "UnknownOption")
    assert.matches("did you mean 'region'", err.message)
    c, sent = probe(srv)
    err = refused(c, sent, { timout = 3 }, "config", "UnknownOption")
    assert.matches("did you mean 'timeout'", err.message)
    err = refused(c, sent, { max_attempt = 3 }, "config", "UnknownOption")
    assert.matches("did you mean 'max_attempts'", err.message)
  end)

  it("badly typed plain options", function()
    for _, o in ipairs{ { hooks = 42 }, { hooks = { before_sned = print } }, { raise_errors = "yes" },
                        { transport = "carrier-pigeon" }, { user_agent_extra = "x\r\nX-Evil: 1" }, { verify = "no" },
                        { validation = "lenient" }, { use_fips = "true" }, { retry_after_send = 0 } } do
      local c, sent = probe(srv, o)
      assert.equal(next(o), refused(c, sent, nil, "config", "InvalidOption").option)
    end
  end)

  describe("call_opts.headers", function()
    it("refuses names that are not tokens, values with NUL/CR/LF, never echoing the value", function()
      local c, sent = probe(srv)
      for _, h in ipairs{ { "Bad Name", "v" }, { "X:y", "v" }, { "", "v" }, { 42, "v" }, { "X-Ok", "a\0SECRETVALUE" },
                          { "X-Ok", "SECRETVALUE\r\nX-Evil: 1" }, { "X-Ok", "SECRETVALUE\n" }, { "X-Ok", {} } } do
        local err = refused(c, sent, { headers = { h } }, "config", "InvalidOption")
        assert.equal("headers", err.option)
        assert.is_nil(tostring(err):find("SECRETVALUE", 1, true))
      end
      for _, hs in ipairs{ "X-Ok: v", { x = { "X-Ok", "v" } }, { "X-Ok", "v" } } do
        refused(c, sent, { headers = hs }, "config", "InvalidOption")
      end
    end)
    it("refuses every header the SDK signs or sets", function()
      local c, sent = probe(srv)
      for _, n in ipairs{ "Authorization", "authorization", "Host", "Content-Type", "Content-Length", "X-Amz-Date",
                          "x-amz-target", "X-Amz-Security-Token", "X-Amz-Content-Sha256", "X-Amzn-Trace-Id",
                          "User-Agent", "amz-sdk-invocation-id", "amz-sdk-request", "Transfer-Encoding",
                          "Connection", "Expect" } do
        local err = refused(c, sent, { headers = { { n, "v" } } }, "config", "InvalidOption")
        assert.matches("set or signed by the SDK", err.message)
      end
    end)
    -- (Content-Encoding is the caller's to give: request compression appends to
    -- it, spec/39-client_generic_model_spec.lua)
    it("sends a valid one (once)", function()
      local c, sent = probe(srv)
      local res = assert(c:call("Echo", {}, { headers = { { "X-Custom", "v1" }, { "X-Num", 42 } } }))
      assert.equal("v1", res.headers["x-custom"])
      assert.equal("42", res.headers["x-num"])
      assert.equal(1, #sent)
    end)
  end)

  describe("credentials", function()
    local BAD = { ["\r"] = "carriage return", ["\n"] = "line feed", ["\0"] = "NUL" }
    it("CR, LF or NUL in an explicit key, secret or token: typed, naming the field, not the value", function()
      for ch_, word in pairs(BAD) do
        for _, f in ipairs{ "access_key", "secret_key", "session_token" } do
          local creds = { access_key = "AKIDPLAIN", secret_key = "plain-SECRET-value", session_token = "TOKENVALUE" }
          creds[f] = creds[f] .. ch_
          local c, sent = probe(srv, { credentials = creds })
          local err = refused(c, sent, nil, "credentials", "InvalidCredentials")
          assert.matches(word, err.message)
          assert.is_nil(tostring(err):find("SECRET", 1, true))
          assert.is_nil(tostring(err):find("TOKENVALUE", 1, true))
        end
      end
    end)
    it("the same from the environment (a trailing \\r in AWS_SESSION_TOKEN) and from any provider", function()
      local c, sent = probe(srv, { getenv = env{ AWS_ACCESS_KEY_ID = "AKIDENV", AWS_SECRET_ACCESS_KEY = "env-SECRET-value",
        AWS_SESSION_TOKEN = "ENVTOKEN\r", AWS_EC2_METADATA_DISABLED = "true" }, credentials = NO_CREDENTIALS })
      local err = refused(c, sent, nil, "credentials", "InvalidCredentials")
      assert.matches("session token from env contains a carriage return", err.message, 1, true)
      c, sent = probe(srv, { credentials = { get = function()
        return { access_key = "AKIDP", secret_key = "prov-SECRET\n", source = "custom" } end } })
      err = refused(c, sent, nil, "credentials", "InvalidCredentials")
      assert.matches("secret access key from custom contains a line feed", err.message, 1, true)
    end)
    it("an explicit session token that is not a string", function()
      for _, t in ipairs{ 42, {}, true } do
        local c, sent = probe(srv, { credentials = { access_key = "AKID", secret_key = "SECRETKEY", session_token = t } })
        local err = refused(c, sent, nil, "credentials", "InvalidCredentials")
        assert.matches("must be a string", err.message)
      end
    end)
  end)
end)

describe("secrets never leave in an error or a log line (canned server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  -- a realistic session token: long base64 with "/", "+" and "="
  local TOKEN = ("IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD2x8vKpL+QmN3Rt7Yw9Zb1kT5aHsXc"):rep(5)
    .. "Ug4=="
  local SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETKEY"

  for _, mode in ipairs{ "full", "cut", "urlencoded" } do
    it("scrubs the token and the signature a server echoed (" .. mode .. ")", function()
      local c, sent, lines = probe(srv, { credentials = { access_key = "AKIDECHO", secret_key = SECRET,
        session_token = TOKEN }, max_attempts = 1 }, "/echo_error?mode=" .. mode)
      local res, err = c:call("Echo", { Value = "x" })
      assert.is_nil(res)
      assert.equal("ValidationException", err.code)
      assert.equal(1, #sent)
      local auth
      for _, h in ipairs(sent[1].headers) do if h[1] == "Authorization" then auth = h[2] end end
      local sig = auth:match("Signature=(%x+)")
      assert.equal(64, #sig)
      -- the server did echo them (the test would prove nothing otherwise)
      assert.matches("bad request", err.message)
      local everything = { tostring(err), err.message, require("partnercentral.core").json_encode(err.fields or {}),
        table.concat(lines, "\n") }
      local pieces = { TOKEN:sub(1, 20), TOKEN:sub(20, 40), TOKEN:sub(200, 230), TOKEN:sub(-20), sig:sub(1, 16),
        sig:sub(30, 50), sig:sub(-16), SECRET }
      for _, text in ipairs(everything) do
        for _, p in ipairs(pieces) do
          assert.is_nil(text:find(p, 1, true), ("%q found in %s"):format(p, text:sub(1, 300)))
        end
        assert.is_nil(text:find(auth, 1, true))
      end
      assert.matches("<redacted>", err.message)
      -- what is not secret stays readable
      assert.matches(mode == "cut" and "json-1.0" or "amz-sdk-invocation-id: ", err.message, 1, true)
    end)
  end

  -- every 16-byte window of s, wherever it starts
  local function windows(s)
    local t = {}
    for i = 1, #s - 15 do t[#t + 1] = s:sub(i, i + 15) end
    return t
  end
  local function sig_of(sent)
    for _, h in ipairs(sent[1].headers) do
      if h[1] == "Authorization" then return h[2]:match("Signature=(%x+)") end
    end
  end

  -- a token without repeats (TOKEN repeats every 86 bytes: pieces at 1, 17, 33...
  -- of it happen to cover every offset)
  local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  local RANDOM_TOKEN = "IQoJ" .. (function()
    local t, x = {}, 12345
    for i = 1, 440 do
      x = (x * 1103515245 + 12345) % 2147483648
      local k = math.floor(x / 65536) % 64 + 1
      t[i] = B64:sub(k, k)
    end
    return table.concat(t)
  end)()

  it("cuts any 16-byte piece of a secret, not only those at 1, 17, 33... (bytes 5-29 echoed)", function()
    local c, sent, lines = probe(srv, { credentials = { access_key = "AKIDECHO", secret_key = SECRET,
      session_token = RANDOM_TOKEN }, max_attempts = 1 }, "/echo_error?mode=window")
    local _, err = c:call("Echo", { Value = "x" })
    assert.equal("ValidationException", err.code)
    local sig = sig_of(sent)
    local text = table.concat({ tostring(err), table.concat(lines, "\n") }, "\n")
    for _, secret in ipairs{ RANDOM_TOKEN, SECRET, sig } do
      for _, w in ipairs(windows(secret)) do
        assert.is_nil(text:find(w, 1, true), ("%q found in %s"):format(w, text:sub(1, 300)))
      end
    end
    assert.matches("<redacted>", err.message, 1, true)
    -- the piece of the token was there to cut: it is 25 characters long
    assert.equal(25, #RANDOM_TOKEN:sub(5, 29))
  end)

  it("a server echoing the token 12,800 times (5.7 MB): linear scrubbing, the message cut to 4 KB", function()
    local c, _, lines = probe(srv, { credentials = { access_key = "AKIDECHO", secret_key = SECRET,
      session_token = TOKEN }, max_attempts = 1 }, "/echo_error?mode=repeat&n=12800")
    local t0 = os.time()
    local _, err = c:call("Echo", { Value = "x" })
    -- quadratic scrubbing took ~8 s per scrub of this body (the message, then the debug line)
    assert.is_true(os.time() - t0 <= 3, "took " .. (os.time() - t0) .. " s")
    assert.equal("ValidationException", err.code)
    assert.is_true(#err.message <= 4096 + 40, #err.message)
    assert.matches("bytes cut)", err.message, 1, true)
    assert.matches("X-Amz-Security-Token: <redacted>", err.message, 1, true)
    local text = tostring(err) .. table.concat(lines, "\n")
    assert.is_nil(text:find(TOKEN:sub(100, 115), 1, true))
  end)

  it("scrubs modeled fields at any depth (Account ErrorDetails[1].FieldValidationError.Message)", function()
    local sent = {}
    local acct = require("partnercentral").account.new{ region = "us-east-1",
      endpoint = srv.url .. "/echo_error?mode=deep", credentials = { access_key = "AKIDECHO", secret_key = SECRET,
      session_token = TOKEN }, getenv = env{}, max_attempts = 1,
      hooks = { before_send = function(req) sent[#sent + 1] = req end } }
    local _, err = acct:get_alliance_lead_contact{ Catalog = "AWS", Identifier = "partner-abcdefghijklm" }
    assert.equal("ValidationException", err.code)
    local m = err.fields.ErrorDetails[1].FieldValidationError.Message
    assert.matches("the request was", m, 1, true)
    assert.matches("X-Amz-Security-Token: <redacted>", m, 1, true)
    local text = require("partnercentral.core").json_encode(err.fields)
    for _, secret in ipairs{ TOKEN, sig_of(sent) } do
      for _, w in ipairs(windows(secret)) do assert.is_nil(text:find(w, 1, true), w) end
    end
    acct:close()
  end)

  it("scrubs raised errors too", function()
    local c = probe(srv, { credentials = { access_key = "AKIDECHO", secret_key = SECRET, session_token = TOKEN },
      max_attempts = 1, raise_errors = true }, "/echo_error")
    local ok, err = pcall(c.call, c, "Echo", {})
    assert.is_false(ok)
    assert.is_nil(tostring(err):find(TOKEN:sub(1, 20), 1, true))
  end)
end)

describe("retry_after_send (canned server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)
  local n = 0
  local function key() n = n + 1 return "ras" .. n .. "-" .. tostring(os.time()) end

  local function attempts(over, path, op, copts)
    local c, sent = probe(srv, over, path)
    local _, err = c:call(op or "Echo", {}, copts)
    c:close()
    return #sent, err
  end

  it("default: every retryable failure is retried, with or without an idempotency token", function()
    assert.equal(3, (attempts({}, "/close")))
    assert.equal(3, (attempts({}, "/flaky?fail=5&key=" .. key())))
    assert.equal(3, (attempts({}, "/close", "Create")))
  end)

  it("false: no retry once the request may have reached the server", function()
    local off = { retry_after_send = false }
    -- connection closed without an answer, after the request was sent
    local sent, err = attempts(off, "/close")
    assert.equal(1, sent)
    assert.equal("network", err.kind)
    -- 5xx
    sent, err = attempts(off, "/flaky?fail=5&key=" .. key())
    assert.equal(1, sent)
    assert.equal(503, err.status)
    -- a timeout while waiting for the answer
    sent, err = attempts(off, "/delay?ms=1500", nil, { timeout = 0.3 })
    assert.equal(1, sent)
    assert.equal("timeout", err.kind)
  end)

  it("false: still retries what never reached the server, throttling, and operations with a token", function()
    local off = { retry_after_send = false }
    -- connection refused: nothing was sent
    local sent, err = attempts({ retry_after_send = false, endpoint = "http://127.0.0.1:1/echo" })
    assert.equal(3, sent)
    assert.equal("network", err.kind)
    -- throttling: the server refused the request without processing it
    local k = key()
    local _, terr = attempts(off, "/flaky?fail=5&code=400&type=ThrottlingException&key=" .. k)
    assert.equal("ThrottlingException", terr.code)
    assert.equal(3, terr.attempts)
    -- an idempotency token makes a repeat safe
    assert.equal(3, (attempts(off, "/close", "Create")))
  end)

  it("the call's switch wins over the client's", function()
    assert.equal(1, (attempts({}, "/close", nil, { retry_after_send = false })))
    assert.equal(3, (attempts({ retry_after_send = false }, "/close", nil, { retry_after_send = true })))
  end)

  it("may_have_reached: what each transport error says", function()
    local function net(code, msg, extra)
      local e = errors.from_core(code, msg, extra)
      return retry.may_have_reached(e)
    end
    -- curl (messages as libcurl 7.88 words them, seen in the specs above)
    assert.is_false(net("ENETWORK", "Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server"))
    assert.is_false(net("ENETWORK", "Could not resolve host: nonexistent.invalid (Couldn't resolve host name)"))
    assert.is_false(net("ETIMEOUT", "Connection timed out after 1000 milliseconds"))
    assert.is_false(net("ETIMEOUT", "Failed to connect to 192.0.2.77 port 80 after 1000 ms: Timeout was reached"))
    assert.is_false(net("ETLS", "SSL certificate problem: self-signed certificate"))
    assert.is_true(net("ETIMEOUT", "Operation timed out after 300 milliseconds with 0 bytes received"))
    assert.is_true(net("ENETWORK", "Empty reply from server (Server returned nothing (no headers, no data))"))
    assert.is_true(net("ENETWORK", "Recv failure: Connection reset by peer (Failure when receiving data from the peer)"))
    -- ngx transport
    assert.is_false(net("ENETWORK", "connect to 127.0.0.1:1 failed: connection refused"))
    assert.is_false(net("ETIMEOUT", "request timed out before connecting"))
    assert.is_true(net("ETIMEOUT", "reading the response from 127.0.0.1:80 failed: timeout"))
    assert.is_true(net("ENETWORK", "send to 127.0.0.1:80 failed: broken pipe"))
    -- a transport that knows says so
    assert.is_false(net("ENETWORK", "whatever", { sent = false }))
    assert.is_true(net("ENETWORK", "Failed to connect to x", { sent = true }))
    -- answers
    assert.is_true(retry.may_have_reached(errors.new{ kind = "service", code = "InternalServerException", status = 500 }))
    assert.is_false(retry.may_have_reached(errors.new{ kind = "service", code = "ThrottlingException", status = 400 }))
    assert.is_false(retry.may_have_reached(errors.new{ kind = "service", code = "Whatever", status = 429 }))
  end)
end)
