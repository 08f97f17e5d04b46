-- Assume role and web identity (doc/protocol.md §11.1 items 2 and 3) against a
-- loopback STS (spec/support/sts_server.py) over the project's real transport.
-- AssumeRole signatures are checked with the project's own verifier over the
-- request as the server received it.
local credentials = require("partnercentral.credentials")
local sts = require("partnercentral.credentials.sts")
local util = require("partnercentral.credentials.util")
local core = require("partnercentral.core")
local H = require("spec.support.cred_helpers")

local BASE_SECRET = "FILESECRETbase000000000000000000000000001"

describe("credentials from STS", function()
  local srv, dir, getenv, env, clock
  setup(function() srv = assert(H.start_server("spec/support/sts_server.py")) end)
  teardown(function() if srv then srv.stop() end end)
  before_each(function()
    srv.reset()
    dir = H.tmpdir()
    getenv, env = H.env{ HOME = dir.path, AWS_ENDPOINT_URL_STS = srv.url }
    clock = H.clock(1800000000)
  end)
  after_each(function() dir.rm() end)

  local function config(text) H.write(dir.path .. "/.aws/config", text) end
  local function credfile(text) H.write(dir.path .. "/.aws/credentials", text) end
  local function token(text) return H.write(dir.path .. "/token", text) end
  local sleeps
  local function chain(o)
    o = o or {}
    o.getenv = o.getenv or getenv
    o.now = o.now or clock.now
    sleeps = {}
    o.sleep = o.sleep or function(s) sleeps[#sleeps + 1] = s end
    return credentials.chain(o)
  end
  local function get_err(o)
    local c, err = chain(o):get()
    assert.is_nil(c)
    assert.equal("credentials", err.kind)
    assert.is_true(H.no_secret(tostring(err)), "secret in: " .. tostring(err))
    return err
  end
  -- the logged request, as the verifier takes it
  local function verify(entry, secret)
    local headers = {}
    for k, v in pairs(entry.headers) do headers[#headers + 1] = { k, v } end
    return core.verify_v4({ method = entry.method, path = entry.path, query = "", headers = headers,
      body = entry.body }, secret)
  end
  local function scope(entry)
    return entry.headers.authorization:match("Credential=([^,]+),")
  end
  local DATE = os.date("!%Y%m%d", 1800000000)

  describe("web identity", function()
    it("from the environment: an unsigned AssumeRoleWithWebIdentity form POST", function()
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("WEBIDTOKEN-1")
      env.AWS_ROLE_ARN, env.AWS_ROLE_SESSION_NAME = "arn:aws:iam::123456789012:role/irsa", "app-1"
      local c = assert(chain():get())
      assert.same({ "ASIASTS0001", "STSSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1", "STSTOKEN1/abc+def=", "web-identity" },
        { c.access_key, c.secret_key, c.session_token, c.source })
      assert.equal(util.parse_time("2099-01-01T00:00:00Z"), c.expiration)
      local log = srv.log()
      assert.equal(1, #log)
      assert.equal("POST", log[1].method)
      assert.equal("/", log[1].path)
      assert.matches("^application/x%-www%-form%-urlencoded", log[1].headers["content-type"])
      assert.is_nil(log[1].headers.authorization)
      assert.same({ Action = "AssumeRoleWithWebIdentity", Version = "2011-06-15", RoleArn = env.AWS_ROLE_ARN,
        RoleSessionName = "app-1", WebIdentityToken = "WEBIDTOKEN-1" }, log[1].form)
    end)

    it("a generated session name when none is set; a trailing newline is not sent", function()
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("WEBIDTOKEN-1\n")
      env.AWS_ROLE_ARN = "arn:aws:iam::123456789012:role/irsa"
      assert(chain():get())
      local f = srv.log()[1].form
      assert.equal("partnercentral-session-1800000000", f.RoleSessionName)
      assert.equal("WEBIDTOKEN-1", f.WebIdentityToken)
    end)

    it("from the profile, each setting overridden by its variable", function()
      config("[profile irsa]\nweb_identity_token_file = " .. token("WEBIDTOKEN-p")
        .. "\nrole_arn = arn:aws:iam::1:role/from-profile\nrole_session_name = prof-session\n")
      assert.equal("web-identity", assert(chain{ profile = "irsa" }:get()).source)
      env.AWS_ROLE_ARN = "arn:aws:iam::1:role/from-env"
      assert(chain{ profile = "irsa" }:get())
      local log = srv.log()
      assert.same({ "arn:aws:iam::1:role/from-profile", "prof-session", "WEBIDTOKEN-p" },
        { log[1].form.RoleArn, log[1].form.RoleSessionName, log[1].form.WebIdentityToken })
      assert.equal("arn:aws:iam::1:role/from-env", log[2].form.RoleArn)
    end)

    it("re-reads the token file when the credentials are refreshed", function()
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("WEBIDTOKEN-1")
      env.AWS_ROLE_ARN = "arn:aws:iam::1:role/irsa"
      srv.set{ expiration = H.iso(clock.t + 3600) }
      local ch = chain()
      assert.equal("ASIASTS0001", assert(ch:get()).access_key)
      token("WEBIDTOKEN-2")
      clock.t = clock.t + 1800                       -- 30 min left: still cached
      assert.equal("ASIASTS0001", assert(ch:get()).access_key)
      assert.equal(1, #srv.log())
      clock.t = clock.t + 1800 - 300                 -- 5 min left: must refresh
      srv.set{ expiration = H.iso(clock.t + 7200) }
      local c = assert(ch:get())
      assert.equal("ASIASTS0002", c.access_key)
      assert.equal(clock.t + 7200, c.expiration)
      local log = srv.log()
      assert.equal(2, #log)
      assert.equal("WEBIDTOKEN-2", log[2].form.WebIdentityToken)
    end)

    it("an expired or rejected token is a typed error with STS's code", function()
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("expired-token")
      env.AWS_ROLE_ARN = "arn:aws:iam::1:role/irsa"
      local err = get_err()
      assert.equal("ExpiredTokenException", err.code)
      assert.is_true(err.sts_error)
      assert.equal(400, err.status)
      assert.matches("AssumeRoleWithWebIdentity", err.message)
      token("WEBIDTOKEN-unknown")
      srv.set{ valid_tokens = { "WEBIDTOKEN-good" } }
      err = get_err()
      assert.equal("InvalidIdentityToken", err.code)
      assert.is_nil(tostring(err):find("WEBIDTOKEN", 1, true))
    end)

    it("a missing or empty token file fails before any request", function()
      env.AWS_ROLE_ARN = "arn:aws:iam::1:role/irsa"
      env.AWS_WEB_IDENTITY_TOKEN_FILE = dir.path .. "/missing"
      assert.equal("InvalidWebIdentityToken", get_err().code)
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("  \n")
      assert.equal("InvalidWebIdentityToken", get_err().code)
      assert.equal(0, #srv.log())
    end)

    it("comes after the environment keys", function()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV", "ENVSECRET"
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("WEBIDTOKEN-1")
      env.AWS_ROLE_ARN = "arn:aws:iam::1:role/irsa"
      assert.equal("env", assert(chain():get()).source)
      assert.equal(0, #srv.log())
    end)
  end)

  describe("assume role", function()
    before_each(function()
      credfile("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = " .. BASE_SECRET .. "\n")
    end)

    it("source_profile: AssumeRole signed by its keys, with the profile's options", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\nexternal_id = ext-123\n"
        .. "role_session_name = sess-r\nduration_seconds = 900\nregion = us-west-2\n")
      local c = assert(chain{ profile = "r" }:get())
      assert.same({ "ASIASTS0001", "assume-role" }, { c.access_key, c.source })
      local log = srv.log()
      assert.equal(1, #log)
      assert.same({ Action = "AssumeRole", Version = "2011-06-15", RoleArn = "arn:aws:iam::1:role/r",
        RoleSessionName = "sess-r", ExternalId = "ext-123", DurationSeconds = "900" }, log[1].form)
      assert.equal("AKIDBASE/" .. DATE .. "/us-west-2/sts/aws4_request", scope(log[1]))
      assert.is_true(verify(log[1], BASE_SECRET))
      assert.is_nil(verify(log[1], "FILESECRETwrong"))
      assert.is_nil(log[1].headers["x-amz-security-token"])
    end)

    it("chained two levels: each leg signed by the credentials of the one before", function()
      config("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n"
        .. "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = base\n")
      env.AWS_DEFAULT_REGION = "eu-central-1"
      local c = assert(chain{ profile = "a" }:get())
      assert.equal("ASIASTS0002", c.access_key)
      local log = srv.log()
      assert.equal(2, #log)
      assert.equal("arn:aws:iam::1:role/b", log[1].form.RoleArn)
      assert.equal("AKIDBASE/" .. DATE .. "/eu-central-1/sts/aws4_request", scope(log[1]))
      assert.is_true(verify(log[1], BASE_SECRET))
      assert.equal("arn:aws:iam::1:role/a", log[2].form.RoleArn)
      assert.equal("ASIASTS0001/" .. DATE .. "/eu-central-1/sts/aws4_request", scope(log[2]))
      assert.equal("STSTOKEN1/abc+def=", log[2].headers["x-amz-security-token"])
      assert.is_true(verify(log[2], "STSSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1"))
    end)

    it("credential_source = Environment signs with the environment keys", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n")
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV", "ENVSECRET000000000000000000000000000000001"
      env.AWS_SESSION_TOKEN = "ENVSECRETtoken"
      assert.equal("ASIASTS0001", assert(chain{ profile = "r" }:get()).access_key)
      local log = srv.log()
      assert.matches("^AKIDENV/", scope(log[1]))
      assert.equal("ENVSECRETtoken", log[1].headers["x-amz-security-token"])
      assert.is_true(verify(log[1], env.AWS_SECRET_ACCESS_KEY))
    end)

    it("credential_source = EcsContainer signs with the container credentials", function()
      local csrv = assert(H.start_server())
      finally(function() csrv.stop() end)
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = EcsContainer\n")
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = csrv.url .. "/creds/task"
      assert.equal("ASIASTS0001", assert(chain{ profile = "r" }:get()).access_key)
      local log = srv.log()
      assert.matches("^ASIA0001/", scope(log[1]))
      assert.equal("SERVERTOKEN123456789", log[1].headers["x-amz-security-token"])
      assert.is_true(verify(log[1], "SERVERSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxx1"))
      assert.equal(1, #csrv.log())
    end)

    it("credential_source that finds nothing, or is unknown, is a typed error", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n"
        .. "[profile u]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Somewhere\n")
      assert.equal("CredentialRetrievalError", get_err{ profile = "r" }.code)
      assert.equal("InvalidConfig", get_err{ profile = "u" }.code)
      assert.equal(0, #srv.log())
    end)

    it("a source_profile loop is InfiniteLoopConfig, before any request", function()
      config("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n"
        .. "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n"
        .. "[profile self]\nrole_arn = arn:aws:iam::1:role/s\nsource_profile = self\n")
      local err = get_err{ profile = "a" }
      assert.equal("InfiniteLoopConfig", err.code)
      assert.equal("InfiniteLoopConfig", get_err{ profile = "self" }.code)
      assert.equal(0, #srv.log())
    end)

    it("a profile may be its own source when it has keys (botocore)", function()
      credfile("[self]\naws_access_key_id = AKIDSELF\naws_secret_access_key = " .. BASE_SECRET .. "\n")
      config("[profile self]\nrole_arn = arn:aws:iam::1:role/s\nsource_profile = self\n")
      assert.equal("assume-role", assert(chain{ profile = "self" }:get()).source)
      assert.matches("^AKIDSELF/", scope(srv.log()[1]))
    end)

    it("configuration errors are typed", function()
      config("[profile both]\nrole_arn = x\nsource_profile = base\ncredential_source = Environment\n"
        .. "[profile mfa]\nrole_arn = x\nsource_profile = base\nmfa_serial = arn:aws:iam::1:mfa/u\n"
        .. "[profile nosrc]\nrole_arn = x\nsource_profile = nowhere\n"
        .. "[profile empty]\nregion = us-east-1\n[profile r]\nrole_arn = x\nsource_profile = empty\n"
        .. "[profile dur]\nrole_arn = x\nsource_profile = base\nduration_seconds = 15m\n")
      assert.equal("InvalidConfig", get_err{ profile = "both" }.code)
      assert.equal("MFANotSupported", get_err{ profile = "mfa" }.code)
      assert.equal("InvalidConfig", get_err{ profile = "nosrc" }.code)
      assert.equal("InvalidConfig", get_err{ profile = "r" }.code)
      assert.equal("InvalidConfig", get_err{ profile = "dur" }.code)
      assert.equal(0, #srv.log())
    end)

    it("a source profile with a web identity token file; the region is the first profile's", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = w\nregion = ap-south-1\n"
        .. "[profile w]\nweb_identity_token_file = " .. token("WEBIDTOKEN-w") .. "\nrole_arn = arn:aws:iam::1:role/w\n"
        .. "region = eu-north-1\n")
      assert.equal("ASIASTS0002", assert(chain{ profile = "r" }:get()).access_key)
      local log = srv.log()
      assert.same({ "AssumeRoleWithWebIdentity", "AssumeRole" }, { log[1].form.Action, log[2].form.Action })
      assert.equal("WEBIDTOKEN-w", log[1].form.WebIdentityToken)
      assert.equal("ASIASTS0001/" .. DATE .. "/ap-south-1/sts/aws4_request", scope(log[2]))
    end)

    it("a source profile with a credential_process", function()
      local script = H.write(dir.path .. "/p.sh", "#!/bin/sh\necho '{\"Version\":1,\"AccessKeyId\":\"AKIDPROC\","
        .. "\"SecretAccessKey\":\"PROCSECRET000000000000000000000000000001\"}'\n", "755")
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = p\n"
        .. "[profile p]\ncredential_process = " .. script .. "\n")
      assert.equal("assume-role", assert(chain{ profile = "r" }:get()).source)
      local log = srv.log()
      assert.matches("^AKIDPROC/", scope(log[1]))
      assert.is_true(verify(log[1], "PROCSECRET000000000000000000000000000001"))
    end)

    it("an STS error answer is a typed error with STS's code and message, no secrets", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
      srv.set{ fail_code = "AccessDenied", fail_status = 403 }
      local err = get_err{ profile = "r" }
      assert.equal("AccessDenied", err.code)
      assert.equal(403, err.status)
      assert.matches("not authorized", err.message)
      assert.is_nil(tostring(err):find(BASE_SECRET, 1, true))
      srv.set{ fail_code = false, denied_keys = { "AKIDBASE" } }
      assert.equal("AccessDenied", get_err{ profile = "r" }.code)
    end)

    it("malformed or incomplete answers are InvalidSTSResponse; a non-STS error page is STSError", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
      srv.set{ body = "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>A" }
      local err = get_err{ profile = "r" }
      assert.equal("InvalidSTSResponse", err.code)
      assert.matches("well%-formed", err.message)
      srv.set{ body = "<R><Credentials><AccessKeyId>A</AccessKeyId><SessionToken>STSTOKENx</SessionToken>"
        .. "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></R>" }
      err = get_err{ profile = "r" }
      assert.equal("InvalidSTSResponse", err.code)
      assert.matches("SecretAccessKey", err.message)
      srv.set{ body = "<R><AccessKeyId>A</AccessKeyId><SecretAccessKey>STSSECRETy</SecretAccessKey>"
        .. "<SessionToken>t</SessionToken><Expiration>tomorrow</Expiration></R>" }
      assert.equal("InvalidSTSResponse", get_err{ profile = "r" }.code)
      srv.reset()
      err = get_err{ profile = "r", sts_endpoint = srv.url .. "/nowhere" }
      assert.equal("InvalidAction", err.code) -- the server's 404 is still an STS document
      assert.equal(404, err.status)
    end)

    it("an unreachable endpoint is STSRequestFailed, after 3 attempts", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
      -- port 1 on loopback: nothing listens there (binding it needs root)
      local err = get_err{ profile = "r", sts_endpoint = "http://127.0.0.1:1", sts_timeout = 2 }
      assert.equal("STSRequestFailed", err.code)
      assert.same({ 0.5, 1 }, sleeps)
    end)

    it("IDPCommunicationError and throttling are tried again; AccessDenied is not", function()
      env.AWS_WEB_IDENTITY_TOKEN_FILE = token("WEBIDTOKEN-1")
      env.AWS_ROLE_ARN = "arn:aws:iam::1:role/irsa"
      srv.set{ fail_code = "IDPCommunicationError", fail_status = 400, fail_times = 2 }
      assert.equal("ASIASTS0001", assert(chain():get()).access_key)
      assert.equal(3, #srv.log())
      assert.same({ 0.5, 1 }, sleeps)
      srv.reset()
      srv.set{ fail_code = "Throttling", fail_status = 400, fail_times = 3 }
      assert.equal("Throttling", get_err().code)
      assert.equal(3, #srv.log())
      srv.reset()
      srv.set{ fail_code = "AccessDenied" }
      assert.equal("AccessDenied", get_err().code)
      assert.equal(1, #srv.log())
      assert.same({}, sleeps)
    end)

    it("refreshes by assuming the role again when the credentials near expiry", function()
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
      srv.set{ expiration = H.iso(clock.t + 3600) }
      local ch = chain{ profile = "r" }
      assert.equal("ASIASTS0001", assert(ch:get()).access_key)
      clock.t = clock.t + 3600 - 60
      assert.equal("ASIASTS0002", assert(ch:get()).access_key)
      assert.equal(2, #srv.log())
    end)

    it("comes before the profile's own keys in the credentials file (botocore order)", function()
      credfile("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = " .. BASE_SECRET .. "\n"
        .. "[r]\naws_access_key_id = AKIDR\naws_secret_access_key = FILESECRETr\n")
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n")
      assert.equal("assume-role", assert(chain{ profile = "r" }:get()).source)
    end)
  end)

  describe("endpoint", function()
    -- the endpoint STS would be called on, with the environment t and a config
    -- file text (its [default] profile)
    local function ep(t, region, config_text)
      if type(config_text) == "table" then
        local lines = { "[default]" }
        for k, v in pairs(config_text) do lines[#lines + 1] = k .. " = " .. v end
        config_text = table.concat(lines, "\n") .. "\n"
      end
      local ctx = credentials.chain{ getenv = H.env(t),
        readfile = function(path) return path:match("config$") and config_text or nil end }.ctx
      return { sts.endpoint(ctx, region) }
    end
    it("regional by default, global without a region or in legacy mode for the old regions", function()
      assert.same({ "https://sts.eu-west-1.amazonaws.com", "eu-west-1" }, ep({}, "eu-west-1"))
      assert.same({ "https://sts.amazonaws.com", "us-east-1" }, ep({}, nil))
      assert.same({ "https://sts.amazonaws.com", "us-east-1" }, ep({ AWS_STS_REGIONAL_ENDPOINTS = "legacy" }, "eu-west-1"))
      assert.same({ "https://sts.amazonaws.com", "us-east-1" }, ep({}, "eu-west-1", { sts_regional_endpoints = "legacy" }))
      assert.same({ "https://sts.af-south-1.amazonaws.com", "af-south-1" },
        ep({ AWS_STS_REGIONAL_ENDPOINTS = "legacy" }, "af-south-1"))
      assert.same({ "https://sts.cn-north-1.amazonaws.com.cn", "cn-north-1" }, ep({}, "cn-north-1"))
    end)
    it("a region that is not a host label is InvalidRegion, not another host", function()
      for _, r in ipairs{ "x.attacker.com/", "eu-west-1.evil.com", "123", "a b", "" } do
        local res = ep({}, r)
        assert.is_nil(res[1], r)
        assert.equal("InvalidRegion", res[2].code)
        assert.equal("credentials", res[2].kind)
      end
      -- an explicit endpoint does not use the region in its host
      assert.same({ "http://a", "x.y" }, ep({ AWS_ENDPOINT_URL_STS = "http://a" }, "x.y"))
    end)
    it("AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, unless ignored", function()
      assert.same({ "http://a", "eu-west-1" }, ep({ AWS_ENDPOINT_URL_STS = "http://a", AWS_ENDPOINT_URL = "http://b" }, "eu-west-1"))
      assert.same({ "http://b", "us-east-1" }, ep({ AWS_ENDPOINT_URL = "http://b" }, nil))
      assert.same({ "https://sts.eu-west-1.amazonaws.com", "eu-west-1" },
        ep({ AWS_ENDPOINT_URL = "http://b", AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true" }, "eu-west-1"))
    end)
    it("the profile's services section and endpoint_url too, as the client's (partnercentral.config)", function()
      local section = "[default]\nendpoint_url = http://profile\nservices = s\n[services s]\nsts =\n"
        .. "  endpoint_url = http://section\n"
      assert.same({ "http://section", "eu-west-1" }, ep({}, "eu-west-1", section))
      assert.same({ "http://profile", "eu-west-1" }, ep({}, "eu-west-1", { endpoint_url = "http://profile" }))
      assert.same({ "http://b", "eu-west-1" }, ep({ AWS_ENDPOINT_URL = "http://b" }, "eu-west-1", section))
      assert.same({ "https://sts.eu-west-1.amazonaws.com", "eu-west-1" },
        ep({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true" }, "eu-west-1", section))
      assert.same({ "https://sts.eu-west-1.amazonaws.com", "eu-west-1" },
        ep({}, "eu-west-1", (section:gsub("%[default%]\n", "[default]\nignore_configured_endpoint_urls = true\n"))))
      -- a bad mode or URL is a typed error naming where it came from
      local r = ep({ AWS_STS_REGIONAL_ENDPOINTS = "sometimes" }, "eu-west-1")
      assert.is_nil(r[1])
      assert.equal("InvalidConfigValue", r[2].code)
      assert.matches("AWS_STS_REGIONAL_ENDPOINTS", r[2].message)
      r = ep({}, "eu-west-1", { endpoint_url = "ftp://x" })
      assert.equal("InvalidEndpoint", r[2].code)
      assert.matches("profile default: endpoint_url", r[2].message, 1, true)
    end)
    it("the region: AWS_REGION, then AWS_DEFAULT_REGION, then the profile (as the client)", function()
      local function region(t, config_text)
        local ctx = credentials.chain{ getenv = H.env(t),
          readfile = function(path) return path:match("config$") and config_text or nil end }.ctx
        return (ctx:region())
      end
      assert.equal("eu-west-1", region({ AWS_REGION = "eu-west-1", AWS_DEFAULT_REGION = "us-west-2" }))
      assert.equal("us-west-2", region({ AWS_DEFAULT_REGION = "us-west-2" }, "[default]\nregion = ap-south-1\n"))
      assert.equal("ap-south-1", region({}, "[default]\nregion = ap-south-1\n"))
      local client = require("partnercentral.client").new{ service = "account",
        getenv = H.env{ AWS_REGION = "eu-west-1", AWS_DEFAULT_REGION = "us-west-2" } }
      assert.equal("eu-west-1", client.region)
    end)
    it("form bodies are percent-encoded and sorted", function()
      assert.equal("Action=A&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fx&Token=a%2Bb%3D%20c",
        sts.form{ Token = "a+b= c", Action = "A", RoleArn = "arn:aws:iam::1:role/x" })
    end)
  end)

  describe("core.xml_fields", function()
    it("gives the text of named elements, decoded", function()
      local t = assert(core.xml_fields("<a xmlns='u'><b>x&amp;y</b><c><![CDATA[<z>]]></c></a>", { "b", "c", "d" }))
      assert.same({ b = "x&y", c = "<z>" }, t)
    end)
    it("reads Code and Message only inside <Error>", function()
      local doc = "<ErrorResponse><Code>outer</Code><Error><Code>Throttling</Code><Message>slow</Message></Error></ErrorResponse>"
      assert.same({ Code = "Throttling", Message = "slow" }, core.xml_fields(doc, { "Code", "Message" }, "Error"))
    end)
    it("refuses malformed XML and DTDs with EPARSE, without quoting the body", function()
      for _, doc in ipairs{ "<a><b>STSSECRET</a>", "", "<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>" } do
        local t, code, msg = core.xml_fields(doc, { "b" })
        assert.is_nil(t)
        assert.equal("EPARSE", code)
        assert.is_nil(msg:find("STSSECRET", 1, true))
      end
    end)
    it("checks its arguments", function()
      assert.has_error(function() core.xml_fields("<a/>", {}) end)
      assert.has_error(function() core.xml_fields("<a/>", { 1 }) end)
      assert.has_error(function() core.xml_fields(nil, { "a" }) end)
    end)
  end)
end)
