-- The client refuses bad configuration before anything is sent, with typed
-- errors that never repeat a secret: explicit credentials, region, endpoint
-- URL, retry settings from the environment, models that do not load. It also
-- covers the wire choices that follow the configuration: Content-Type from the
-- model's jsonVersion, the SigV4a region set and the auth scheme preference
-- (doc/protocol.md §8.4), and the debug log of bodies that are not JSON.
-- Real HTTP on loopback (spec/support/canned_server.py); env values come
-- through the client's getenv option.
local pc = require("partnercentral")
local client = require("partnercentral.client")
local errors = require("partnercentral.errors")
local log = require("partnercentral.log")
local helpers = require("spec.helpers")
local ch = require("spec.support.client_helpers")

local CREDS = { access_key = "AKIDSAFETY", secret_key = "safety-SECRET-0123" }

-- format 1 model whose output reads the canned server's /echo answer
local function echo_model(json_version)
  return {
    format = 1,
    metadata = { serviceId = "Echo", endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo",
                 jsonVersion = json_version },
    operations = { Echo = { name = "Echo", input = "In", output = "Out" } },
    shapes = {
      In = { type = "structure", members = { { name = "Value", shape = "S" } } },
      Out = { type = "structure", members = { { name = "headers", shape = "H" }, { name = "body", shape = "S" } } },
      S = { type = "string" }, H = { type = "map", key = "S", value = "S" },
    },
  }
end

-- the same service as decoded botocore service-2.json (not format 1)
local botocore_echo = {
  version = "2.0",
  metadata = { apiVersion = "2026-01-01", protocol = "json", jsonVersion = "1.1", serviceId = "Echo",
               endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo" },
  operations = { Echo = { name = "Echo", http = { method = "POST", requestUri = "/" },
                          input = { shape = "In" }, output = { shape = "Out" } } },
  shapes = {
    In = { type = "structure", members = { Value = { shape = "S" } } },
    Out = { type = "structure", members = { headers = { shape = "H" }, body = { shape = "S" } } },
    S = { type = "string" }, H = { type = "map", key = { shape = "S" }, value = { shape = "S" } },
  },
}

local function env(t) return function(k) return t[k] end end

-- a client of the canned server that counts what it sends and logs
local function probe(srv, over)
  local sent, lines = {}, {}
  local o = { model = echo_model(), region = "us-east-1", endpoint = srv.url .. "/echo", credentials = CREDS,
    getenv = env{}, sleep = function() end, logger = function(l) lines[#lines + 1] = l end,
    hooks = { before_send = function(req) sent[#sent + 1] = req end } }
  for k, v in pairs(over or {}) do o[k] = v end
  return client.new(o), sent, lines
end

local function header(req, name)
  for _, h in ipairs(req.headers) do if h[1]:lower() == name:lower() then return h[2] end end
end

describe("client safety (canned server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  describe("explicit credentials", function()
    it("a key without its secret is a typed credentials error, nothing sent", function()
      local c, sent = probe(srv, { credentials = { access_key = "AKONLY" } })
      local res, err = c:call("Echo", {})
      assert.is_nil(res)
      assert.is_true(errors.is_error(err))
      assert.equal("credentials", err.kind)
      assert.equal("PartialCredentials", err.code)
      assert.equal("Echo", err.operation)
      assert.equal(0, #sent)
      -- and raised with raise_errors
      local ok, rerr = pcall(c.call, c, "Echo", {}, { raise_errors = true })
      assert.is_false(ok)
      assert.equal("PartialCredentials", rerr.code)
      c:close()
      c, sent = probe(srv, { credentials = { secret_key = "only-a-secret" } })
      res, err = c:call("Echo", {})
      assert.is_nil(res)
      assert.equal("credentials", err.kind)
      assert.is_nil(tostring(err):find("only-a-secret", 1, true))
      assert.equal(0, #sent)
      c:close()
    end)
    it("session_token = false means no token", function()
      local c, sent = probe(srv, { credentials = { access_key = "AK", secret_key = "S", session_token = false } })
      local res = assert(c:call("Echo", {}))
      assert.is_nil(res.headers["x-amz-security-token"])
      assert.equal(1, #sent)
      c:close()
    end)
    it("checks what a provider returns too", function()
      local function with(creds) return probe(srv, { credentials = { get = function() return creds end } }) end
      local c = with{ access_key = "AK", secret_key = "S", session_token = false }
      assert(c:call("Echo", {}))
      c:close()
      local sent
      c, sent = with{ access_key = "AK" }
      local _, err = c:call("Echo", {})
      assert.equal("PartialCredentials", err.code)
      assert.equal(0, #sent)
      c:close()
      c, sent = with{ access_key = "AK", secret_key = "S", session_token = 42 }
      _, err = c:call("Echo", {})
      assert.equal("credentials", err.kind)
      assert.equal(0, #sent)
      c:close()
    end)
    it("credentials that are neither keys nor a provider are a typed error, never echoed", function()
      local c, sent = probe(srv, { credentials = "AKID:SECRET" })
      local _, err = c:call("Echo", {})
      assert.equal("config", err.kind)
      assert.equal("InvalidOption", err.code)
      assert.equal("credentials", err.option)
      assert.is_nil(tostring(err):find("SECRET", 1, true))
      assert.equal(0, #sent)
      -- a userdata without a get method (a file), a get that is not a function
      for _, bad in ipairs{ io.stdout, { get = "AKID:SECRET" }, { get = true }, 42 } do
        local bc, bsent = probe(srv, { credentials = bad })
        local ok, res, berr = pcall(bc.call, bc, "Echo", {})
        assert.is_true(ok, tostring(res))
        assert.equal("InvalidOption", berr.code, tostring(bad))
        assert.equal("credentials", berr.option)
        assert.equal(0, #bsent)
      end
    end)

    it("a provider may be a userdata whose get method is found through its metatable", function()
      local u = io.tmpfile()          -- a full userdata of its own
      local file_mt = getmetatable(u)
      debug.setmetatable(u, { __index = { get = function() return CREDS end } })
      local c, sent = probe(srv, { credentials = u })
      local ok, res = pcall(c.call, c, "Echo", {})
      debug.setmetatable(u, file_mt)
      u:close()
      assert.is_true(ok, tostring(res))
      assert.is_table(res)
      assert.equal(1, #sent)
    end)

    it("a provider whose get() raises: a typed credentials error, without the secrets in its text", function()
      local calls = 0
      local provider = { get = function()
        calls = calls + 1
        if calls == 1 then return CREDS end
        error('fetch failed: {"SecretAccessKey":"leak-ABCDEF","SessionToken":"tok-leak"} secret=zzz '
          .. CREDS.secret_key)
      end }
      local c, sent = probe(srv, { credentials = provider })
      assert(c:call("Echo", {}))                       -- the first set works
      local ok, res, err = pcall(c.call, c, "Echo", {})
      assert.is_true(ok, tostring(res))
      assert.is_nil(res)
      assert.equal("credentials", err.kind)
      assert.equal("CredentialsProviderError", err.code)
      assert.matches("raised an error: .*fetch failed", err.message)
      for _, secret in ipairs{ "leak-ABCDEF", "tok-leak", "zzz", CREDS.secret_key } do
        assert.is_nil(tostring(err):find(secret, 1, true), secret)
      end
      assert.equal(1, #sent)
      -- raised as that typed error with raise_errors; a typed error raised by the provider keeps its text
      c = probe(srv, { credentials = { get = function() error(errors.new{ kind = "credentials", code = "X",
        message = "expired" }) end }, raise_errors = true })
      local rok, rerr = pcall(c.call, c, "Echo", {})
      assert.is_false(rok)
      assert.is_true(errors.is_error(rerr))
      assert.equal("CredentialsProviderError", rerr.code)
      assert.matches("expired", rerr.message, 1, true)
    end)
  end)

  describe("region (§8.1)", function()
    it("must be one host label: typed InvalidRegion before any request", function()
      for _, r in ipairs{ "us-east-1.evil.com/x?", "a b", "-us-east-1", "us-east-1-", "us_east_1",
                          ("a"):rep(64), "" } do
        local c, sent = probe(srv, { region = r })
        local res, err = c:call("Echo", {})
        assert.is_nil(res, r)
        assert.equal("config", err.kind)
        assert.equal("InvalidRegion", err.code)
        assert.equal(0, err.attempts)
        assert.equal(0, #sent)
        c:close()
      end
      -- the Account rule set never builds a URL from a bad region
      local a = pc.account{ region = "us-east-1.evil.com/x?", credentials = CREDS, getenv = env{} }
      local _, err = a:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
      assert.equal("InvalidRegion", err.code)
      for _, r in ipairs{ "us-east-1", "US-EAST-1", "a", "eusc-de-east-1", ("a"):rep(63) } do
        local c = probe(srv, { region = r })
        assert(c:call("Echo", {}))
        c:close()
      end
    end)
  end)

  describe("endpoint URL", function()
    it("refuses user info without repeating it, and other schemes", function()
      local port = srv.url:match(":(%d+)$")
      for _, u in ipairs{ "http://alice:pa55word@127.0.0.1:" .. port .. "/echo",
                          "https://alice:pa55word@example.com", "http://pa55word@127.0.0.1:" .. port } do
        local c, sent, lines = probe(srv, { endpoint = u })
        local res, err = c:call("Echo", {})
        assert.is_nil(res)
        assert.equal("endpoint", err.kind)
        assert.equal("InvalidEndpoint", err.code)
        assert.equal(0, #sent)
        assert.is_nil(tostring(err):find("pa55word", 1, true))
        assert.is_nil(tostring(err):find("alice", 1, true))
        assert.is_nil(table.concat(lines, "\n"):find("pa55word", 1, true))
        c:close()
      end
      for _, u in ipairs{ "ftp://127.0.0.1:" .. port .. "/echo", "file:///etc/passwd", "127.0.0.1:" .. port,
                          "http://127.0.0.1:" .. port .. "/echo\r\nX-Injected: 1", "http:///echo",
                          "http://127.0.0.1:x/echo", "http://127.0.0.1:99999/", "http://127.0.0.1:0/" } do
        local c, sent = probe(srv, { endpoint = u })
        local _, err = c:call("Echo", {})
        assert.equal("InvalidEndpoint", err.code, u)
        assert.equal(0, err.attempts)     -- not a network error, not retried
        assert.equal(0, #sent)
        c:close()
      end
      local _, perr = pc.account{ region = "us-east-1", credentials = CREDS,
        getenv = env{ AWS_ENDPOINT_URL = "http://127.0.0.1:70000" } }:get_partner{ Catalog = "AWS",
        Identifier = "partner-AAAAAAAAAAAAA" }
      assert.equal("InvalidEndpoint", perr.code)
      assert.matches("AWS_ENDPOINT_URL", perr.message, 1, true)
      -- from the environment too (Account: through the rule set)
      local a = pc.account{ region = "us-east-1", credentials = CREDS,
        getenv = env{ AWS_ENDPOINT_URL = "http://bob:hunter2@127.0.0.1:" .. port } }
      local _, err = a:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
      assert.equal("InvalidEndpoint", err.code)
      assert.is_nil(tostring(err):find("hunter2", 1, true))
    end)
  end)

  describe("retry settings", function()
    it("accepts legacy and adaptive (run as standard); a bad env value is a typed error naming it", function()
      for _, v in ipairs{ "legacy", "adaptive", "ADAPTIVE", "standard" } do
        local c = probe(srv, { getenv = env{ AWS_RETRY_MODE = v } })
        assert.equal("standard", c.retry.mode)
        assert.equal(3, c.retry.max_attempts)
      end
      assert.equal("none", probe(srv, { getenv = env{ AWS_RETRY_MODE = "none" } }).retry.mode)
      for _, e in ipairs{ { AWS_RETRY_MODE = "bogus" }, { AWS_MAX_ATTEMPTS = "0" }, { AWS_MAX_ATTEMPTS = "1.5" },
                          { AWS_MAX_ATTEMPTS = "many" }, { AWS_MAX_ATTEMPTS = "inf" } } do
        local c, sent = probe(srv, { getenv = env(e) })
        local _, err = c:call("Echo", {})
        assert.equal("config", err.kind)
        assert.equal("InvalidConfigValue", err.code)
        assert.equal(next(e), err.source)
        assert.matches(next(e), err.message, 1, true)
        assert.equal(0, #sent)
      end
      assert.equal(5, probe(srv, { getenv = env{ AWS_MAX_ATTEMPTS = "5" } }).retry.max_attempts)
      -- an option is the programmer's: a typed InvalidOption
      for _, o in ipairs{ { retry_mode = "bogus" }, { max_attempts = 0 } } do
        local c, sent = probe(srv, o)
        local _, err = c:call("Echo", {})
        assert.equal("InvalidOption", err.code)
        assert.equal(next(o), err.option)
        assert.equal(0, #sent)
      end
      -- legacy runs standard retries: a 503 is retried up to 3 attempts
      local c, sent = probe(srv, { retry_mode = "legacy", endpoint = srv.url .. "/flaky?key=legacy38&fail=2" })
      local _, meta = assert(c:call("Echo", {}))
      assert.equal(3, meta.attempts)
      assert.equal(3, #sent)
      c:close()
    end)
    it("refunds the quota per call when calls interleave on one client (§5.2)", function()
      -- call A: attempt 1 answers 503 (5 taken); before A's attempt 2, call B runs
      -- and succeeds at once (+1); then A succeeds (its 5 back): the bucket is full
      local c
      local nested = false
      c = probe(srv, { endpoint = srv.url .. "/flaky?key=interleave38&fail=1", hooks = {
        before_send = function(req)
          if req.attempt == 2 and not nested then
            nested = true
            assert(c:call("Echo", {}))
          end
        end } })
      local _, meta = assert(c:call("Echo", {}))
      assert.equal(2, meta.attempts)
      assert.is_true(nested)
      assert.equal(500, c.retry.tokens)
      c:close()
    end)
  end)

  describe("models", function()
    it("raises model.load's reason for a model that cannot be loaded", function()
      local ok, msg = pcall(client.new, { model = "/nonexistent/missing.json" })
      assert.is_false(ok)
      msg = tostring(msg)
      assert.matches("cannot load the model", msg)
      assert.matches("missing%.json", msg)
      assert.is_nil(msg:find("attempt to index", 1, true))
      local bad = helpers.write_file(os.tmpname(), "{ not json")
      ok, msg = pcall(client.new, { model = bad })
      os.remove(bad)
      assert.is_false(ok)
      assert.matches("cannot load the model", tostring(msg))
      ok, msg = pcall(client.new, { model = { metadata = { protocol = "rest-json" }, shapes = {} } })
      assert.is_false(ok)
      assert.matches("cannot load the model", tostring(msg))
      assert.has_error(function() client.new{ model = 42 } end)
    end)
    it("translates a decoded botocore table, and sends its jsonVersion as Content-Type", function()
      local c, sent = probe(srv, { model = botocore_echo })
      assert.equal(1, c.model.format)
      local res = assert(c:call("Echo", { Value = "v" }))
      assert.equal("application/x-amz-json-1.1", res.headers["content-type"])
      assert.equal("Echo.Echo", res.headers["x-amz-target"])
      assert.equal('{"Value":"v"}', res.body)
      assert.equal(1, #sent)
      c:close()
      -- one translation per table
      assert.equal(c.model, probe(srv, { model = botocore_echo }).model)
    end)
    it("sends application/x-amz-json-1.0 by default and 1.1 for a 1.1 model", function()
      local c = probe(srv, { model = echo_model("1.1") })
      assert.equal("application/x-amz-json-1.1", assert(c:call("Echo", {})).headers["content-type"])
      c:close()
      c = probe(srv)
      assert.equal("application/x-amz-json-1.0", assert(c:call("Echo", {})).headers["content-type"])
      c:close()
    end)
  end)

  describe("debug log", function()
    it("logs a body that is not JSON as its size only", function()
      local c, _, lines = probe(srv, { endpoint = srv.url .. "/chunked?n=100", max_attempts = 1 })
      c:call("Echo", {})
      local text = table.concat(lines, "\n")
      assert.matches("<100 bytes, not JSON>", text)
      assert.is_nil(text:find("xxxx", 1, true))
      c:close()
      for _, body in ipairs{ "<html>password=hunter2</html>", '{"SecretAccessKey":"abc","Pa' } do
        assert.equal(("<%d bytes, not JSON>"):format(#body), log.redact_body(body))
      end
      assert.equal("", log.redact_body(""))
    end)
    it("redacts every sensitive member of the model, wherever it is", function()
      local model = require("partnercentral.model").get("account")
      local b = log.redact_body('{"LegalName":"Hidden Ltd","EmailVerificationCode":"123456","Catalog":"AWS",'
        .. '"Nested":{"LegalName":"Also Hidden"},"List":[{"EmailVerificationCode":"654321"}]}', model)
      assert.is_nil(b:find("Hidden", 1, true))
      assert.is_nil(b:find("123456", 1, true))
      assert.is_nil(b:find("654321", 1, true))
      assert.matches('"Catalog":"AWS"', b)
      -- a sensitive list or structure member shows nothing of its content
      local m = { shapes = {
        Req = { type = "structure", members = { { name = "Codes", shape = "CodeList" }, { name = "Box", shape = "Box" } } },
        CodeList = { type = "list", member = "Code" }, Code = { type = "string", sensitive = true },
        Box = { type = "structure", sensitive = true, members = { { name = "Inner", shape = "S" } } },
        S = { type = "string" } } }
      b = log.redact_body('{"Codes":["c-1","c-2"],"Box":{"Inner":"in-1"},"Other":"ok"}', m)
      assert.is_nil(b:find("c%-1") or b:find("in%-1"))
      assert.matches('"Other":"ok"', b)
    end)
  end)

  describe("auth scheme selection (§8.4)", function()
    -- Channel on the canned server: the custom endpoint keeps the rule set's authSchemes
    local function channel(over)
      local sent = {}
      local o = { region = "eu-west-1", endpoint = srv.url .. "/echo", credentials = CREDS, validation = false,
        getenv = env{}, max_attempts = 1, hooks = { before_send = function(req) sent[#sent + 1] = req end } }
      for k, v in pairs(over or {}) do o[k] = v end
      local c = pc.channel.new(o)
      c:call(next(c.model.operations), {})
      c:close()
      return sent[1]
    end
    it("signs SigV4a with region set * by default, or the configured set", function()
      local req = channel()
      assert.matches("^AWS4%-ECDSA%-P256%-SHA256 ", header(req, "Authorization"))
      assert.equal("*", header(req, "X-Amz-Region-Set"))
      assert.equal("us-east-1,eu-west-1",
        header(channel{ sigv4a_signing_region_set = " us-east-1 , eu-west-1" }, "X-Amz-Region-Set"))
      assert.equal("us-west-2",
        header(channel{ getenv = env{ AWS_SIGV4A_SIGNING_REGION_SET = "us-west-2" } }, "X-Amz-Region-Set"))
      -- the option wins over the environment
      assert.equal("eu-*", header(channel{ sigv4a_signing_region_set = "eu-*",
        getenv = env{ AWS_SIGV4A_SIGNING_REGION_SET = "us-west-2" } }, "X-Amz-Region-Set"))
    end)
    it("refuses a region set that could not be a header value", function()
      local c = pc.channel.new{ region = "eu-west-1", endpoint = srv.url .. "/echo", credentials = CREDS,
        validation = false, getenv = env{ AWS_SIGV4A_SIGNING_REGION_SET = "us-east-1\r\nX-Evil: 1" } }
      local _, err = c:call(next(c.model.operations), {})
      assert.equal("config", err.kind)
      assert.equal("InvalidRegionSet", err.code)
      assert.equal(0, err.attempts)
    end)
    it("follows AWS_AUTH_SCHEME_PREFERENCE unless auth_scheme is given", function()
      local req = channel{ getenv = env{ AWS_AUTH_SCHEME_PREFERENCE = "sigv4, sigv4a" } }
      assert.matches("^AWS4%-HMAC%-SHA256 Credential=AKIDSAFETY/%d+/eu%-west%-1/partnercentral%-channel/",
        header(req, "Authorization"))
      assert.is_nil(header(req, "X-Amz-Region-Set"))
      -- names it does not know are skipped
      req = channel{ getenv = env{ AWS_AUTH_SCHEME_PREFERENCE = "httpBearerAuth,aws.auth#sigv4" } }
      assert.matches("^AWS4%-HMAC%-SHA256 ", header(req, "Authorization"))
      req = channel{ auth_scheme = "sigv4a", getenv = env{ AWS_AUTH_SCHEME_PREFERENCE = "sigv4" } }
      assert.matches("^AWS4%-ECDSA%-P256%-SHA256 ", header(req, "Authorization"))
    end)
    it("reads both settings from the profile", function()
      local cfg = helpers.write_file(os.tmpname(),
        "[default]\nauth_scheme_preference = sigv4\nsigv4a_signing_region_set = ca-central-1\n")
      local req = channel{ getenv = env{ AWS_CONFIG_FILE = cfg, AWS_SHARED_CREDENTIALS_FILE = cfg .. ".none" } }
      assert.matches("^AWS4%-HMAC%-SHA256 ", header(req, "Authorization"))
      req = channel{ auth_scheme = "sigv4a", getenv = env{ AWS_CONFIG_FILE = cfg, AWS_SHARED_CREDENTIALS_FILE = cfg .. ".none" } }
      assert.equal("ca-central-1", header(req, "X-Amz-Region-Set"))
      os.remove(cfg)
    end)
  end)
end)

describe("log.scrub and log.scrub_error", function()
  local core = require("partnercentral.core")
  -- a token without repeats, and every 16-byte window of it
  local function token(n, seed)
    local B64, t, x = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", {}, seed
    for i = 1, n do
      x = (x * 1103515245 + 12345) % 2147483648
      local k = math.floor(x / 65536) % 64 + 1
      t[i] = B64:sub(k, k)
    end
    return table.concat(t)
  end
  local TOKEN, SECRET = token(450, 7), token(40, 99)
  local function no_window(text, secret)
    for i = 1, #secret - 15 do
      local w = secret:sub(i, i + 15)
      assert.is_nil(text:find(w, 1, true), ("piece at %d found in %s"):format(i, text:sub(1, 200)))
    end
  end

  it("cuts any 16-byte piece, whatever its offset, and the key characters around it", function()
    for i = 1, #TOKEN - 15, 3 do
      for _, len in ipairs{ 16, 17, 25, 40 } do
        local piece = TOKEN:sub(i, i + len - 1)
        local s = log.scrub("a [" .. piece .. "] b " .. piece .. ", c", { SECRET, TOKEN })
        no_window(s, TOKEN)
        assert.equal("a [<redacted>] b <redacted>, c", s)
      end
    end
    -- 15 bytes are not a piece; short strings are not secrets
    assert.equal("x " .. TOKEN:sub(3, 17) .. " y", log.scrub("x " .. TOKEN:sub(3, 17) .. " y", { TOKEN }))
    assert.equal("a 1234567 b", log.scrub("a 1234567 b", { "1234567" }))
  end)

  -- Linear, not quadratic: the CPU time for 4x the text stays well under 16x
  -- (quadratic cutting took ~8 s for 12,800 echoes). A ratio in one process, so
  -- it holds on a slow machine and under valgrind; the best of two runs per size.
  local function cpu_growth(make, secrets)
    local function best(n)
      local text, t = make(n), math.huge
      for _ = 1, 2 do
        local t0 = os.clock()
        local out = log.scrub(text, secrets)
        t = math.min(t, os.clock() - t0)
        assert.is_nil(out:find(secrets[#secrets], 1, true))
      end
      return math.max(t, 1e-4)
    end
    return best(4 * 3200) / best(3200)
  end

  it("is linear: 4x the echoes of a 450-byte token, or 4x the plain text, cost well under 16x", function()
    local echo = function(n) return ("X-Amz-Security-Token: " .. TOKEN .. "; "):rep(n) end
    assert.equal(("X-Amz-Security-Token: <redacted>; "):rep(100), log.scrub(echo(100), { SECRET, TOKEN }))
    local g = cpu_growth(echo, { SECRET, ("0123456789abcdef"):rep(4), TOKEN })
    assert.is_true(g < 8, ("echo: 4x the text took %.1fx the time"):format(g))
    local plain = function(n) return ("the quick brown fox jumps over the lazy dog; "):rep(n * 4) end
    assert.equal(plain(100), log.scrub(plain(100), { SECRET, TOKEN }))
    g = cpu_growth(plain, { SECRET, TOKEN })
    assert.is_true(g < 8, ("plain: 4x the text took %.1fx the time"):format(g))
  end)

  it("scrub_error: every string at any depth (a document 8 levels down), keys too, cycles end", function()
    local doc = { v = "deep " .. TOKEN }
    for _ = 1, 8 do doc = { inner = doc, list = setmetatable({ "x " .. TOKEN:sub(40, 70) }, core.json_array_mt) } end
    local err = errors.new{ kind = "service", code = "ValidationException", message = "m " .. SECRET,
      fields = { Document = doc, [TOKEN:sub(1, 32)] = "key" } }
    err.fields.self = err.fields
    log.scrub_error(err, { SECRET, TOKEN })
    local seen = {}
    local function all(t, out)
      seen[t] = true
      for k, v in pairs(t) do
        out[#out + 1] = tostring(k)
        if type(v) == "table" and not seen[v] then all(v, out) else out[#out + 1] = tostring(v) end
      end
      return out
    end
    local text = table.concat(all(err, {}), "\n")
    no_window(text, TOKEN)
    no_window(text, SECRET)
    assert.equal("m <redacted>", err.message)
    local d = err.fields.Document
    for _ = 1, 8 do d = d.inner end
    assert.equal("deep <redacted>", d.v)
    assert.equal("key", err.fields["<redacted>"])
  end)

  it("scrub_error cuts a long message to MAX_MESSAGE bytes before scrubbing, at a character boundary", function()
    local err = errors.new{ kind = "service", message = ("é"):rep(5000) }
    log.scrub_error(err, {})
    local kept = err.message:match("^(.-) %.%.%. %(%d+ bytes cut%)$")
    assert.is_truthy(kept, err.message:sub(-40))
    assert.is_true(#kept <= log.MAX_MESSAGE and #kept >= log.MAX_MESSAGE - 1)
    assert.is_truthy(utf8 == nil or utf8.len(kept), "cut inside a character")
    assert.matches("(" .. (10000 - #kept) .. " bytes cut)", err.message, 1, true)
    local short = errors.new{ kind = "service", message = "short" }
    assert.equal("short", log.scrub_error(short, {}).message)
  end)
end)
