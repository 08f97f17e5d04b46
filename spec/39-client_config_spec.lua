-- Configuration precedence in one place (partnercentral.config), as the client
-- and the credentials providers see it: region, CA bundle, profile errors,
-- request compression settings; and the client-level endpoint flags (FIPS,
-- dual-stack) reaching the URL that is sent, from every source (issue 15).
local client = require("partnercentral.client")
local config = require("partnercentral.config")
local endpoint = require("partnercentral.endpoint")
local credentials = require("partnercentral.credentials")
local pc = require("partnercentral")
local helpers = require("spec.helpers")
local ch = require("spec.support.client_helpers")
local H = require("spec.support.cred_helpers")

local CREDS = { access_key = "AKIDCONFIG", secret_key = "config-SECRET-0123456789" }

local function env(t)
  t.AWS_EC2_METADATA_DISABLED = t.AWS_EC2_METADATA_DISABLED or "true"
  return function(k) return t[k] end
end

local function echo_model(rules)
  return {
    format = 1,
    metadata = { serviceId = "Echo", endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo" },
    operations = { Echo = { name = "Echo", input = "In", output = "Out" } },
    shapes = { In = { type = "structure", members = {} }, Out = { type = "structure", members = {} } },
    endpoint_rules = rules,
  }
end

-- A transport that answers {} and records the URL it was given: what the
-- client would send, for hosts no spec may reach.
local function recorder()
  local t = { urls = {} }
  function t:request(req)
    self.urls[#self.urls + 1] = req.url
    return { status = 200, headers = {}, body = "{}" }
  end
  return t
end

describe("configuration precedence (partnercentral.config)", function()
  local dir
  before_each(function() dir = H.tmpdir() end)
  after_each(function() dir.rm() end)
  local function cfgfile(text) return H.write(dir.path .. "/config", text) end
  -- the environment with a config file holding `text`
  local function with_config(text, t)
    t = t or {}
    t.AWS_CONFIG_FILE = cfgfile(text)
    t.AWS_SHARED_CREDENTIALS_FILE = dir.path .. "/none"
    return env(t)
  end

  it("region: option, AWS_REGION, AWS_DEFAULT_REGION, profile (client and credentials agree)", function()
    local getenv = with_config("[default]\nregion = ap-south-1\n",
      { AWS_REGION = "eu-west-1", AWS_DEFAULT_REGION = "us-west-2" })
    local function both(g, opt)
      local c = client.new{ service = "account", getenv = g, region = opt, credentials = CREDS }
      local ctx = credentials.chain{ getenv = g, region = opt }.ctx
      assert.equal(c.region, (ctx:region()))
      return c.region
    end
    assert.equal("ca-central-1", both(getenv, "ca-central-1"))
    assert.equal("eu-west-1", both(getenv))
    assert.equal("us-west-2", both(with_config("[default]\nregion = ap-south-1\n", { AWS_DEFAULT_REGION = "us-west-2" })))
    assert.equal("ap-south-1", both(with_config("[default]\nregion = ap-south-1\n")))
    -- an empty variable is unset
    assert.equal("ap-south-1", both(with_config("[default]\nregion = ap-south-1\n", { AWS_REGION = "" })))
  end)

  it("every client setting is resolved onto c.settings", function()
    local c = client.new{ service = "channel", credentials = CREDS, getenv = with_config(
      "[default]\nregion = eu-west-1\nuse_dualstack_endpoint = true\nmax_attempts = 4\n"
      .. "request_min_compression_size_bytes = 100\ndisable_request_compression = TRUE\n",
      { AWS_RETRY_MODE = "adaptive" }) }
    local s = c.settings
    assert.same({ "eu-west-1", true, false, 4, "adaptive", 100, true, true, "default" }, { s.region, s.use_dualstack,
      s.use_fips, s.max_attempts, s.retry_mode, s.request_min_compression_size_bytes, s.disable_request_compression,
      s.retry_after_send, s.profile })
    local names = {}
    for _, d in ipairs(config.SETTINGS) do names[d.name] = d end
    for _, n in ipairs{ "region", "endpoint", "use_fips", "use_dualstack", "ca_file", "profile", "retry_mode",
                        "max_attempts", "sigv4a_signing_region_set", "auth_scheme_preference",
                        "ignore_configured_endpoint_urls", "request_min_compression_size_bytes",
                        "disable_request_compression" } do
      assert.is_table(names[n], n)
    end
  end)

  describe("request compression settings", function()
    local function settings(o, getenv)
      o.service, o.credentials, o.getenv = "account", CREDS, getenv or env{}
      local c, err = client.new(o)
      return c.settings, err
    end
    it("default 10240 bytes and enabled; option > env > profile", function()
      local s = settings{}
      assert.equal(10240, s.request_min_compression_size_bytes)
      assert.is_false(s.disable_request_compression)
      s = settings({}, with_config("[default]\nrequest_min_compression_size_bytes = 7\ndisable_request_compression = true\n",
        { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES = "0" }))
      assert.equal(0, s.request_min_compression_size_bytes)
      assert.is_true(s.disable_request_compression)
      s = settings({ request_min_compression_size_bytes = 10485760, disable_request_compression = false },
        env{ AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES = "5", AWS_DISABLE_REQUEST_COMPRESSION = "true" })
      assert.equal(10485760, s.request_min_compression_size_bytes)
      assert.is_false(s.disable_request_compression)
    end)
    it("refuses values out of 0..10485760 or not booleans, naming the source", function()
      for _, v in ipairs{ "-1", "10485761", "1.5", "abc", "0x10" } do
        local _, err = settings({}, env{ AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES = v })
        assert.equal("InvalidConfigValue", err.code)
        assert.matches("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", err.message)
      end
      local _, err = settings({}, with_config("[default]\ndisable_request_compression = yes\n"))
      assert.equal("InvalidConfigValue", err.code)
      assert.matches("profile default: disable_request_compression must be true or false", err.message, 1, true)
      _, err = settings{ request_min_compression_size_bytes = -1 }
      assert.equal("InvalidOption", err.code)
      assert.equal("request_min_compression_size_bytes", err.option)
    end)
  end)

  describe("profile and config file errors are reported as themselves", function()
    it("a named profile that is in no file: ProfileNotFound, not Missing Region", function()
      for _, t in ipairs{ { AWS_PROFILE = "nope" }, { AWS_DEFAULT_PROFILE = "nope" } } do
        local c = client.new{ service = "account", credentials = CREDS, getenv = with_config("[default]\n", t) }
        local _, err = c:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
        assert.equal("config", err.kind)
        assert.equal("ProfileNotFound", err.code)
        assert.matches("nope", err.message)
      end
      local c = client.new{ service = "account", credentials = CREDS, profile = "nope", region = "us-east-1",
        getenv = with_config("[default]\n") }
      assert.equal("ProfileNotFound", c.config_err.code)
    end)
    it("a config file that does not parse: InvalidConfigFile with the file and line", function()
      local path = cfgfile("[default]\nregion = us-east-1\nthis line is broken\n")
      local c = client.new{ service = "account", credentials = CREDS,
        getenv = env{ AWS_CONFIG_FILE = path, AWS_SHARED_CREDENTIALS_FILE = dir.path .. "/none" } }
      local _, err = c:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
      assert.equal("InvalidConfigFile", err.code)
      assert.matches(path .. " line 3", err.message, 1, true)
      -- the credentials chain says the same (kind credentials)
      local _, cerr = credentials.chain{ getenv = env{ AWS_CONFIG_FILE = path } }:get()
      assert.equal("InvalidConfigFile", cerr.code)
    end)
    it("a missing region says how to set one", function()
      local c = client.new{ service = "account", credentials = CREDS, getenv = with_config("[default]\n") }
      local _, err = c:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
      assert.equal("MissingRegion", err.code)
      assert.equal("config", err.kind)
      for _, w in ipairs{ "region =", "AWS_REGION", "AWS_DEFAULT_REGION", "profile" } do
        assert.matches(w, err.message, 1, true)
      end
      -- also with an endpoint but no region (SigV4 needs one)
      c = client.new{ service = "account", credentials = CREDS, endpoint = "http://127.0.0.1:1",
        getenv = with_config("[default]\n") }
      _, err = c:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
      assert.equal("MissingRegion", err.code)
    end)
  end)

  describe("CA bundle: ca_file option, AWS_CA_BUNDLE, profile ca_bundle", function()
    local srv, cert
    setup(function()
      local d = H.tmpdir()
      cert = { cert = d.path .. "/cert.pem", key = d.path .. "/key.pem", dir = d }
      local out = helpers.sh("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 "
        .. "-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout " .. cert.key .. " -out "
        .. cert.cert .. " 2>&1; echo rc=$?")
      assert.matches("rc=0", out)
      srv = assert(ch.start_canned(cert))
    end)
    teardown(function()
      if srv then srv.stop() end
      if cert then cert.dir.rm() end
    end)
    local function call(o)
      o.model, o.region, o.endpoint, o.credentials = echo_model(), "us-east-1", srv.url .. "/ok", CREDS
      o.getenv = o.getenv or env{}
      o.max_attempts = 1
      local c = client.new(o)
      local res, err = c:call("Echo", {})
      c:close()
      return res, err, c
    end
    it("verifies a private CA's certificate from each source, and only with it", function()
      local res, err = call{}
      assert.is_nil(res)
      assert.equal("ETLS", err.code)
      assert(call{ ca_file = cert.cert })
      assert(call{ getenv = env{ AWS_CA_BUNDLE = cert.cert } })
      local _, _, c = assert(call{ getenv = with_config("[default]\nca_bundle = " .. cert.cert .. "\n") })
      assert.equal(cert.cert, c.settings.ca_file)
      -- the option wins over the environment, the environment over the profile
      assert(call{ ca_file = cert.cert, getenv = env{ AWS_CA_BUNDLE = "/nonexistent/ca.pem" } })
      assert(call{ getenv = with_config("[default]\nca_bundle = /nonexistent/ca.pem\n", { AWS_CA_BUNDLE = cert.cert }) })
    end)
    it("a bundle that cannot be read is a typed error naming where it was set", function()
      local _, err = call{ getenv = env{ AWS_CA_BUNDLE = "/nonexistent/ca.pem" } }
      assert.equal("InvalidConfigValue", err.code)
      assert.matches("AWS_CA_BUNDLE cannot be read", err.message, 1, true)
      _, err = call{ ca_file = "/nonexistent/ca.pem" }
      assert.equal("InvalidOption", err.code)
      assert.equal("ca_file", err.option)
    end)
    it("reaches the credentials providers' HTTPS calls (STS)", function()
      local seen
      local chain = credentials.chain{ getenv = env{ AWS_CA_BUNDLE = cert.cert, AWS_CONFIG_FILE = cfgfile(
          "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n[profile base]\n"
          .. "aws_access_key_id = AKIDBASE\naws_secret_access_key = base-SECRET-1\n"),
        AWS_SHARED_CREDENTIALS_FILE = dir.path .. "/none", AWS_ENDPOINT_URL_STS = srv.url .. "/ok" },
        sts_attempts = 1, http = function(req) seen = req return { status = 500, headers = {}, body = "" } end }
      chain:get()
      assert.equal(cert.cert, seen.ca_file)
    end)
  end)
end)

-- A rule set with dual-stack (the Partner Central ones are dual-stack only and
-- have no UseDualStack parameter), as most AWS services have it.
local DUAL_RULES = {
  version = "1.0",
  parameters = {
    Region = { type = "string", builtIn = "AWS::Region", required = false },
    UseFIPS = { type = "boolean", builtIn = "AWS::UseFIPS", required = true, default = false },
    UseDualStack = { type = "boolean", builtIn = "AWS::UseDualStack", required = true, default = false },
    Endpoint = { type = "string", builtIn = "SDK::Endpoint", required = false },
  },
  rules = {
    { type = "endpoint", conditions = { { fn = "isSet", argv = { { ref = "Endpoint" } } } },
      endpoint = { url = { ref = "Endpoint" } } },
    { type = "endpoint", conditions = { { fn = "booleanEquals", argv = { { ref = "UseFIPS" }, true } },
        { fn = "booleanEquals", argv = { { ref = "UseDualStack" }, true } } },
      endpoint = { url = "https://svc-fips.{Region}.api.aws" } },
    { type = "endpoint", conditions = { { fn = "booleanEquals", argv = { { ref = "UseFIPS" }, true } } },
      endpoint = { url = "https://svc-fips.{Region}.amazonaws.com" } },
    { type = "endpoint", conditions = { { fn = "booleanEquals", argv = { { ref = "UseDualStack" }, true } } },
      endpoint = { url = "https://svc.{Region}.api.aws" } },
    { type = "endpoint", conditions = {}, endpoint = { url = "https://svc.{Region}.amazonaws.com" } },
  },
}

describe("endpoint flags reach the URL that is sent (issue 15)", function()
  local dir
  before_each(function() dir = H.tmpdir() end)
  after_each(function() dir.rm() end)

  -- the URL a client built with `o` sends its first call to (before_send sees
  -- it, the transport is given it)
  local function sent_url(make, given)
    local tr, seen, o = recorder(), {}, {}
    for k, v in pairs(given) do o[k] = v end
    o.credentials, o.region, o.transport = CREDS, o.region or "us-east-1", tr
    o.validation = false
    o.hooks = { before_send = function(req) seen[#seen + 1] = req.url end }
    local c = assert(make(o))
    local res, err = c:call(next(c.model.operations), {})
    if not res then return nil, err end
    assert.same(seen, tr.urls)
    return seen[1]
  end
  -- the sources of one flag: option, environment variable, profile key
  local function sources(option, var, key)
    local cfg = H.write(dir.path .. "/config", "[default]\n" .. key .. " = true\n")
    local off = H.write(dir.path .. "/config-off", "[default]\n" .. key .. " = false\n")
    return {
      { name = "option " .. option, o = { [option] = true, getenv = env{} } },
      { name = var, o = { getenv = env{ [var] = "true" } } },
      { name = var .. " (any case)", o = { getenv = env{ [var] = "TRUE" } } },
      { name = "profile " .. key, o = { getenv = env{ AWS_CONFIG_FILE = cfg } } },
      { name = "profile via AWS_PROFILE", o = { getenv = env{ AWS_CONFIG_FILE = H.write(dir.path .. "/config-p",
        "[profile p]\n" .. key .. " = true\n"), AWS_PROFILE = "p" } } },
    }, {
      { name = "none", o = { getenv = env{} } },
      { name = "option false over env true", o = { [option] = false, getenv = env{ [var] = "true" } } },
      { name = "env false over profile true", o = { getenv = env{ [var] = "false", AWS_CONFIG_FILE = cfg } } },
      { name = "profile false", o = { getenv = env{ AWS_CONFIG_FILE = off } } },
    }
  end

  local function account(o) return pc.account.new(o) end
  local function channel(o) return pc.channel.new(o) end
  local function dual(o) o.model = echo_model(DUAL_RULES) return client.new(o) end

  it("FIPS from each source: Account and Channel send to the -fips host", function()
    local on, off = sources("use_fips", "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint")
    for _, s in ipairs(on) do
      assert.equal("https://partnercentral-account-fips.us-east-1.api.aws/", sent_url(account, s.o), s.name)
      assert.equal("https://partnercentral-channel-fips.global.api.aws/", sent_url(channel, s.o), s.name)
      assert.equal("https://svc-fips.us-east-1.amazonaws.com/", sent_url(dual, s.o), s.name)
    end
    for _, s in ipairs(off) do
      assert.equal("https://partnercentral-account.us-east-1.api.aws/", sent_url(account, s.o), s.name)
      assert.equal("https://partnercentral-channel.global.api.aws/", sent_url(channel, s.o), s.name)
      assert.equal("https://svc.us-east-1.amazonaws.com/", sent_url(dual, s.o), s.name)
    end
  end)

  it("dual-stack from each source: a rule set with UseDualStack sends to the dual-stack host", function()
    local on, off = sources("use_dualstack", "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint")
    for _, s in ipairs(on) do
      assert.equal("https://svc.us-east-1.api.aws/", sent_url(dual, s.o), s.name)
      -- the Partner Central rule sets are dual-stack only: the same api.aws host
      assert.equal("https://partnercentral-account.us-east-1.api.aws/", sent_url(account, s.o), s.name)
      assert.equal("https://partnercentral-channel.global.api.aws/", sent_url(channel, s.o), s.name)
    end
    for _, s in ipairs(off) do
      assert.equal("https://svc.us-east-1.amazonaws.com/", sent_url(dual, s.o), s.name)
    end
    assert.equal("https://svc-fips.us-east-1.api.aws/", sent_url(dual, { use_fips = true, use_dualstack = true,
      getenv = env{} }))
  end)

  it("a flag that is not a boolean is a typed error naming its source", function()
    local _, err = sent_url(account, { getenv = env{ AWS_USE_FIPS_ENDPOINT = "1" } })
    assert.equal("InvalidConfigValue", err.code)
    assert.matches("AWS_USE_FIPS_ENDPOINT must be true or false", err.message, 1, true)
    _, err = sent_url(account, { use_dualstack = "yes", getenv = env{} })
    assert.equal("InvalidOption", err.code)
  end)

  it("endpoint.resolve refuses a parameter its rule set does not declare, or of the wrong type", function()
    local rules = require("partnercentral.model").get("account").endpoint_rules
    assert.equal("https://partnercentral-account-fips.us-east-1.api.aws",
      endpoint.resolve(rules, { Region = "us-east-1", UseFIPS = true }).url)
    local ok, msg = pcall(endpoint.resolve, rules, { Region = "us-east-1", UseFips = true })
    assert.is_false(ok)
    assert.matches("declares no parameter UseFips", msg)
    ok, msg = pcall(endpoint.resolve, rules, { Region = "us-east-1", UseDualStack = true })
    assert.is_false(ok)
    assert.matches("declares no parameter UseDualStack", msg)
    ok, msg = pcall(endpoint.resolve, rules, { Region = "us-east-1", UseFIPS = "true" })
    assert.is_false(ok)
    assert.matches("UseFIPS must be a boolean", msg)
    -- the client binds parameters by their builtIn, so it passes only declared ones
    for builtin, setting in pairs(client.ENDPOINT_BUILTINS) do
      assert.is_table(config.BY_NAME[setting], builtin)
    end
  end)
end)
