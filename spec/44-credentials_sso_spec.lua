-- IAM Identity Center (SSO) credentials (doc/protocol.md §11.1 item 4) against a
-- loopback SSO portal + OIDC (spec/support/sso_server.py) over the project's
-- real transport, with real token cache files in a temp HOME.
local credentials = require("partnercentral.credentials")
local util = require("partnercentral.credentials.util")
local core = require("partnercentral.core")
local H = require("spec.support.cred_helpers")

local T0 = 1800000000
local START_URL = "https://d-abc123.awsapps.com/start"
local SSO_SECRETS = { "SSOTOKEN", "SSOREFRESH", "SSOCLIENTSECRET", "SSOSECRET", "SSOSESSION" }

local function no_secret(s)
  s = tostring(s)
  for _, x in ipairs(SSO_SECRETS) do
    if s:find(x, 1, true) then return false end
  end
  return H.no_secret(s)
end

describe("crypto: sha1_hex (names of the SSO token cache files)", function()
  it("hashes the FIPS 180-2 examples", function()
    assert.equal("da39a3ee5e6b4b0d3255bfef95601890afd80709", core.sha1_hex(""))
    assert.equal("a9993e364706816aba3e25717850c26c9cd0d89d", core.sha1_hex("abc"))
    assert.equal("84983e441c3bd26ebaae4aa1f95129e5e54670f1",
      core.sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
    assert.has_error(function() core.sha1_hex() end)
  end)
end)

describe("credentials from SSO", function()
  local srv, dir, getenv, env, clock
  setup(function() srv = assert(H.start_server("spec/support/sso_server.py")) end)
  teardown(function() if srv then srv.stop() end end)
  before_each(function()
    srv.reset()
    dir = H.tmpdir()
    getenv, env = H.env{ HOME = dir.path, AWS_ENDPOINT_URL_SSO = srv.url, AWS_ENDPOINT_URL_SSO_OIDC = srv.url }
    clock = H.clock(T0)
  end)
  after_each(function() dir.rm() end)

  local CACHE = function() return dir.path .. "/.aws/sso/cache" end
  local function config(text) H.write(dir.path .. "/.aws/config", text) end
  local function session_config(extra)
    config("[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = PartnerAdmin\n"
      .. (extra or "") .. "\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = " .. START_URL
      .. "\nsso_registration_scopes = sso:account:access\n")
  end
  local function legacy_config()
    config("[profile legacy]\nsso_start_url = " .. START_URL .. "\nsso_region = eu-west-1\n"
      .. "sso_account_id = 210987654321\nsso_role_name = ReadOnly\n")
  end
  -- the cache file of `key` (session name or start URL), as `aws sso login` writes it
  local function cache_file(key) return CACHE() .. "/" .. core.sha1_hex(key) .. ".json" end
  local function token_file(key, t)
    local doc = { accessToken = "SSOTOKEN-valid", expiresAt = H.iso(T0 + 3600), region = "us-east-1",
      startUrl = START_URL }
    for k, v in pairs(t or {}) do doc[k] = v end
    for k, v in pairs(doc) do if v == false then doc[k] = nil end end
    return H.write(cache_file(key), core.json_encode(doc), "600")
  end
  local function session_token(t)
    local doc = { refreshToken = "SSOREFRESH-1", clientId = "SSOCLIENT-id", clientSecret = "SSOCLIENTSECRET-1",
      registrationExpiresAt = H.iso(T0 + 86400 * 30) }
    for k, v in pairs(t or {}) do doc[k] = v end
    return token_file("corp", doc)
  end
  local function chain(o)
    o = o or {}
    o.getenv = o.getenv or getenv
    o.now = o.now or clock.now
    o.sleep = o.sleep or function() end
    o.profile = o.profile or "dev"
    return credentials.chain(o)
  end
  local function get_err(o)
    local c, err = chain(o):get()
    assert.is_nil(c)
    assert.equal("credentials", err.kind)
    assert.is_true(no_secret(tostring(err)), "secret in: " .. tostring(err))
    assert.is_true(no_secret(err.message), "secret in: " .. tostring(err.message))
    return err
  end
  local function calls(path)
    local n = {}
    for _, e in ipairs(srv.log()) do
      if not path or e.path == path then n[#n + 1] = e end
    end
    return n
  end
  local function mode(path) return (H.sh("stat -c %a " .. H.quote(path)):gsub("%s+$", "")) end
  local function cache_names()
    return (H.sh("ls -A " .. H.quote(CACHE())):gsub("%s+$", ""))
  end

  describe("sso-session form", function()
    it("reads the token cached under sha1(session name) and calls GetRoleCredentials unsigned", function()
      session_config()
      session_token()
      assert.equal(CACHE() .. "/ee0bfd2552fbd840c02cc48b6e823320543c450f.json", cache_file("corp"))
      local c = assert(chain():get())
      assert.same({ "ASIASSO0001", "SSOSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1", "SSOSESSION1/abc+def=", "sso",
        "123456789012" }, { c.access_key, c.secret_key, c.session_token, c.source, c.account_id })
      assert.equal(4102444800, c.expiration) -- epoch milliseconds in the answer
      local log = calls()
      assert.equal(1, #log)
      assert.equal("GET", log[1].method)
      assert.equal("/federation/credentials", log[1].path)
      assert.same({ account_id = "123456789012", role_name = "PartnerAdmin" }, log[1].query)
      assert.equal("SSOTOKEN-valid", log[1].headers["x-amz-sso_bearer_token"])
      assert.is_nil(log[1].headers.authorization)
      assert.is_true(no_secret(tostring(c)))
    end)

    it("comes before the keys of the credentials file (botocore order)", function()
      session_config()
      session_token()
      H.write(dir.path .. "/.aws/credentials", "[dev]\naws_access_key_id = AKIDFILE\naws_secret_access_key = FILESECRET1\n")
      assert.equal("sso", assert(chain():get()).source)
      assert.same({ "static", "env", "assume_role", "web_identity", "sso", "profile:credentials" },
        { table.unpack(credentials.ORDER, 1, 6) })
    end)

    it("chain options sso_endpoint / oidc_endpoint win over the environment", function()
      session_config()
      session_token{ expiresAt = H.iso(T0 + 60) }
      env.AWS_ENDPOINT_URL_SSO, env.AWS_ENDPOINT_URL_SSO_OIDC = "http://127.0.0.1:1", "http://127.0.0.1:1"
      local c = assert(chain{ sso_endpoint = srv.url .. "/", oidc_endpoint = srv.url }:get())
      assert.equal("ASIASSO0002", c.access_key)
      assert.equal(2, #calls())
    end)

    it("takes the portal and OIDC endpoints from the profile (services section, endpoint_url)", function()
      env.AWS_ENDPOINT_URL_SSO, env.AWS_ENDPOINT_URL_SSO_OIDC = nil, nil
      config("[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = PartnerAdmin\n"
        .. "services = local\n[services local]\nsso =\n  endpoint_url = " .. srv.url .. "\nsso_oidc =\n"
        .. "  endpoint_url = " .. srv.url .. "\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = "
        .. START_URL .. "\n")
      session_token{ expiresAt = H.iso(T0 + 60) }   -- refreshed first: OIDC too
      assert.equal("sso", assert(chain():get()).source)
      assert.equal(1, #calls("/token"))
      assert.equal(1, #calls("/federation/credentials"))
      -- the profile's global endpoint_url serves both as well
      srv.reset()
      config("[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = PartnerAdmin\n"
        .. "endpoint_url = " .. srv.url .. "\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = "
        .. START_URL .. "\n")
      session_token()
      assert.equal("sso", assert(chain():get()).source)
      assert.equal(1, #calls("/federation/credentials"))
    end)

    it("refuses a cached token with a line break (it would end the header early)", function()
      session_config()
      session_token{ accessToken = "SSOTOKEN-valid\r\nX-Injected: 1" }
      assert.equal("SSOTokenLoadError", get_err().code)
      assert.equal(0, #calls())
    end)

    it("refreshes a token within 5 minutes of expiry and writes the cache back atomically, mode 0600", function()
      session_config()
      local path = session_token{ expiresAt = H.iso(T0 + 240) }
      H.sh("chmod 644 " .. H.quote(path))
      local c = assert(chain():get())
      local token_calls = calls("/token")
      assert.equal(1, #token_calls)
      assert.equal("POST", token_calls[1].method)
      assert.matches("^application/json", token_calls[1].headers["content-type"])
      assert.same({ grantType = "refresh_token", clientId = "SSOCLIENT-id", clientSecret = "SSOCLIENTSECRET-1",
        refreshToken = "SSOREFRESH-1" }, core.json_decode(token_calls[1].body))
      -- the role call used the new token
      local role = calls("/federation/credentials")
      assert.equal("SSOTOKEN-refreshed-1", role[1].headers["x-amz-sso_bearer_token"])
      assert.equal("ASIASSO0002", c.access_key)
      local doc = core.json_decode(H.read(path))
      assert.same({ accessToken = "SSOTOKEN-refreshed-1", expiresAt = H.iso(T0 + 3600), refreshToken = "SSOREFRESH-2",
        clientId = "SSOCLIENT-id", clientSecret = "SSOCLIENTSECRET-1", registrationExpiresAt = H.iso(T0 + 86400 * 30),
        region = "us-east-1", startUrl = START_URL }, doc)
      assert.equal("600", mode(path))
      assert.equal(core.sha1_hex("corp") .. ".json", cache_names()) -- no temp file left behind
    end)

    it("keeps the old refresh token when OIDC sends none", function()
      session_config()
      local path = session_token{ expiresAt = H.iso(T0 + 10) }
      srv.set{ new_refresh_token = false } -- the answer has no refreshToken
      assert(chain():get())
      assert.equal("SSOREFRESH-1", core.json_decode(H.read(path)).refreshToken)
    end)

    it("does not refresh a token with more than 5 minutes left", function()
      session_config()
      session_token{ expiresAt = H.iso(T0 + 301) }
      assert(chain():get())
      assert.equal(0, #calls("/token"))
    end)

    it("a failed refresh keeps a token that is still valid; the cache file stays as it was", function()
      session_config()
      local path = session_token{ expiresAt = H.iso(T0 + 120) }
      local before = H.read(path)
      srv.set{ refresh_token = "SSOREFRESH-other" } -- OIDC answers invalid_grant
      local c = assert(chain():get())
      assert.equal(1, #calls("/token"))
      assert.equal("SSOTOKEN-valid", calls("/federation/credentials")[1].headers["x-amz-sso_bearer_token"])
      assert.equal("ASIASSO0001", c.access_key)
      assert.equal(before, H.read(path))
    end)

    it("an expired token whose refresh fails is a typed error naming `aws sso login`", function()
      session_config()
      session_token{ expiresAt = H.iso(T0 - 1) }
      srv.set{ oidc_status = 500, oidc_body = "SSOTOKEN-leak SSOCLIENTSECRET-1" }
      local err = get_err()
      assert.equal("SSOTokenExpired", err.code)
      assert.matches("aws sso login %-%-profile dev", err.message)
      assert.matches("%-%-sso%-session corp", err.message)
      assert.equal(0, #calls("/federation/credentials"))
    end)

    it("an expired token without refresh data (or with an expired registration) is not refreshed", function()
      session_config()
      session_token{ expiresAt = H.iso(T0 - 1), refreshToken = false }
      assert.equal("SSOTokenExpired", get_err().code)
      session_token{ expiresAt = H.iso(T0 - 1), registrationExpiresAt = H.iso(T0 - 5) }
      assert.equal("SSOTokenExpired", get_err().code)
      assert.equal(0, #calls())
    end)

    it("malformed OIDC answers are a failed refresh", function()
      session_config()
      for _, body in ipairs{ "not json", "{}", '{"accessToken":"SSOTOKEN-x"}', '{"accessToken":"SSOTOKEN-x","expiresIn":-5}' } do
        srv.set{ oidc_status = 200, oidc_body = body }
        session_token{ expiresAt = H.iso(T0 + 60) }
        assert.equal("SSOTOKEN-valid", core.json_decode(H.read(cache_file("corp"))).accessToken)
        assert(chain():get())
        session_token{ expiresAt = H.iso(T0 - 60) }
        assert.equal("SSOTokenExpired", get_err().code)
      end
    end)

    it("a missing or unreadable cache file is SSOTokenLoadError naming `aws sso login`", function()
      session_config()
      local err = get_err()
      assert.equal("SSOTokenLoadError", err.code)
      assert.matches("aws sso login", err.message)
      H.write(cache_file("corp"), "{ not json SSOTOKEN-valid")
      assert.equal("SSOTokenLoadError", get_err().code)
      session_token{ expiresAt = "tomorrow" }
      assert.equal("SSOTokenLoadError", get_err().code)
      session_token{ accessToken = false }
      assert.equal("SSOTokenLoadError", get_err().code)
    end)

    it("accepts the expiresAt forms the AWS CLI writes", function()
      session_config()
      session_token{ expiresAt = os.date("!%Y-%m-%dT%H:%M:%SUTC", T0 + 3600) }
      assert(chain():get())
      session_token{ expiresAt = os.date("!%Y-%m-%dT%H:%M:%S+00:00", T0 + 3600) }
      assert(chain():get())
      assert.equal(0, #calls("/token"))
    end)
  end)

  describe("legacy form", function()
    it("reads the token cached under sha1(start URL); no refresh even near expiry", function()
      legacy_config()
      token_file(START_URL, { expiresAt = H.iso(T0 + 30), refreshToken = "SSOREFRESH-1", clientId = "SSOCLIENT-id",
        clientSecret = "SSOCLIENTSECRET-1", registrationExpiresAt = H.iso(T0 + 86400) })
      assert.equal(CACHE() .. "/40a89917e3175433e361b710a9d43528d7f1890a.json", cache_file(START_URL))
      local c = assert(chain{ profile = "legacy" }:get())
      assert.equal("210987654321", c.account_id)
      local log = calls()
      assert.equal(1, #log)
      assert.same({ account_id = "210987654321", role_name = "ReadOnly" }, log[1].query)
    end)

    it("an expired token is SSOTokenExpired naming `aws sso login --profile`", function()
      legacy_config()
      token_file(START_URL, { expiresAt = H.iso(T0 - 1) })
      local err = get_err{ profile = "legacy" }
      assert.equal("SSOTokenExpired", err.code)
      assert.matches("aws sso login %-%-profile legacy", err.message)
      assert.equal(0, #calls())
    end)
  end)

  describe("configuration errors", function()
    it("config_files reads [sso-session NAME] sections, quoted names too", function()
      config("[profile dev]\nsso_session = my corp\nsso_account_id = 123456789012\nsso_role_name = PartnerAdmin\n"
        .. "[sso-session \"my corp\"]\nsso_region = us-east-1\nsso_start_url = " .. START_URL .. "\n"
        .. "[sso-session corp]\nsso_region = eu-west-1\n")
      local files = assert(require("partnercentral.config_files").load{ getenv = getenv })
      assert.same({ sso_region = "us-east-1", sso_start_url = START_URL }, files.config.sso_sessions["my corp"])
      assert.same({ sso_region = "eu-west-1" }, files.config.sso_sessions.corp)
      assert.is_nil(files.config.profiles["sso-session corp"])
      token_file("my corp")
      assert.equal("sso", assert(chain():get()).source)
    end)

    it("an sso_session with no [sso-session] section is InvalidConfig", function()
      config("[profile dev]\nsso_session = nope\nsso_account_id = 1\nsso_role_name = r\n")
      local err = get_err()
      assert.equal("InvalidConfig", err.code)
      assert.matches("sso%-session nope", err.message)
    end)

    it("missing keys are listed", function()
      config("[profile dev]\nsso_start_url = " .. START_URL .. "\nsso_account_id = 1\n")
      local err = get_err()
      assert.equal("InvalidConfig", err.code)
      assert.matches("sso_role_name, sso_region", err.message)
    end)

    it("a key that differs between the profile and the session is InvalidConfig", function()
      session_config("sso_region = eu-west-1")
      local err = get_err()
      assert.equal("InvalidConfig", err.code)
      assert.matches("sso_region", err.message)
      session_config("sso_region = us-east-1") -- the same value is fine
      session_token()
      assert(chain():get())
    end)

    it("a profile with only sso_start_url (a token-only profile) is not an SSO credentials profile", function()
      config("[profile dev]\nsso_session = corp\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = x\n")
      local err = get_err{ providers = { "sso" } }
      assert.equal("NoCredentials", err.code)
    end)

    it("an sso_region that is not a host label is InvalidRegion; the token goes nowhere", function()
      for _, r in ipairs{ "x.attacker.com/", "us-east-1.evil.com", "evil.com#", "123", "-a" } do
        for _, text in ipairs{
          "[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = R\n"
            .. "[sso-session corp]\nsso_region = " .. r .. "\nsso_start_url = " .. START_URL .. "\n",
          "[profile dev]\nsso_start_url = " .. START_URL .. "\nsso_region = " .. r
            .. "\nsso_account_id = 123456789012\nsso_role_name = R\n" } do
          config(text)
          session_token{ expiresAt = H.iso(T0 + 60) }   -- near expiry: a refresh would be tried
          token_file(START_URL)
          local sent = {}
          local err = get_err{ getenv = H.env{ HOME = dir.path },
            http = function(req) sent[#sent + 1] = req.url return nil, "not sent" end }
          assert.equal("InvalidRegion", err.code, r)
          assert.matches("sso_region", err.message)
          assert.same({}, sent)
        end
      end
    end)

    it("sso_cache_dir and the endpoints are checked", function()
      session_config()
      session_token()
      assert.equal("InvalidEndpoint", get_err{ sso_endpoint = "ftp://x" }.code)
      local err = get_err{ sso_cache_dir = dir.path .. "/elsewhere" }
      assert.equal("SSOTokenLoadError", err.code)
    end)
  end)

  describe("GetRoleCredentials answers", function()
    before_each(function()
      session_config()
      session_token()
    end)

    it("401 UnauthorizedException is UnauthorizedSSOToken naming `aws sso login`", function()
      srv.set{ valid_tokens = { "SSOTOKEN-other" } }
      local err = get_err()
      assert.equal("UnauthorizedSSOToken", err.code)
      assert.equal(401, err.status)
      assert.matches("aws sso login %-%-profile dev", err.message)
    end)

    it("403 ForbiddenException keeps the service's code; a bare 403 is SSOError", function()
      srv.set{ role_name = "Other" }
      local err = get_err()
      assert.equal("ForbiddenException", err.code)
      assert.equal(403, err.status)
      assert.matches("PartnerAdmin", err.message)
      srv.set{ portal_status = 403, portal_body = "SSOTOKEN-valid SSOSECRET" }
      err = get_err()
      assert.equal("SSOError", err.code)
      assert.equal(403, err.status)
    end)

    it("malformed answers are InvalidSSOResponse", function()
      for _, body in ipairs{ "SSOSECRET not json", "{}", '{"roleCredentials":"x"}',
        '{"roleCredentials":{"accessKeyId":"ASIA1","secretAccessKey":"SSOSECRET1","expiration":1}}',
        '{"roleCredentials":{"accessKeyId":"ASIA1","secretAccessKey":"SSOSECRET1","sessionToken":"SSOSESSION1"}}',
        '{"roleCredentials":{"accessKeyId":"ASIA1","secretAccessKey":"SSOSECRET1","sessionToken":"SSOSESSION1",'
          .. '"expiration":"soon"}}' } do
        srv.set{ portal_status = 200, portal_body = body }
        assert.equal("InvalidSSOResponse", get_err().code)
      end
    end)

    it("an unreachable portal is SSORequestFailed", function()
      local err = get_err{ sso_endpoint = "http://127.0.0.1:1", sso_timeout = 2 }
      assert.equal("SSORequestFailed", err.code)
    end)

    it("role credentials expire and refresh through the chain", function()
      srv.set{ expiration_ms = (T0 + 3600) * 1000 }
      local ch = chain()
      assert.equal("ASIASSO0001", assert(ch:get()).access_key)
      assert.equal("ASIASSO0001", assert(ch:get()).access_key)
      clock.t = T0 + 3600 - 5 * 60 -- inside the mandatory window
      session_token{ expiresAt = H.iso(T0 + 7200) }
      srv.set{ expiration_ms = (T0 + 7200) * 1000 }
      local c = assert(ch:get())
      assert.equal("ASIASSO0002", c.access_key)
      assert.equal(T0 + 7200, c.expiration)
      assert.equal(util.parse_time(H.iso(T0 + 7200)), c.expiration)
    end)
  end)

  describe("as the source profile of an assumed role", function()
    local sts
    setup(function() sts = assert(H.start_server("spec/support/sts_server.py")) end)
    teardown(function() if sts then sts.stop() end end)
    before_each(function() sts.reset() end)

    it("AssumeRole is signed by the SSO role credentials", function()
      session_config()
      session_token()
      H.write(dir.path .. "/.aws/config", H.read(dir.path .. "/.aws/config")
        .. "[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = dev\nregion = us-west-2\n")
      local c = assert(chain{ profile = "r", sts_endpoint = sts.url }:get())
      assert.same({ "ASIASTS0001", "assume-role" }, { c.access_key, c.source })
      local log = sts.log()
      assert.equal(1, #log)
      assert.matches("^AWS4%-HMAC%-SHA256 Credential=ASIASSO0001/", log[1].headers.authorization)
      assert.equal("SSOSESSION1/abc+def=", log[1].headers["x-amz-security-token"])
      assert.equal(1, #calls("/federation/credentials"))
    end)

    it("an expired SSO token of the source profile is the typed SSO error", function()
      session_config()
      session_token{ expiresAt = H.iso(T0 - 1), refreshToken = false }
      H.write(dir.path .. "/.aws/config", H.read(dir.path .. "/.aws/config")
        .. "[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = dev\n")
      local err = get_err{ profile = "r", sts_endpoint = sts.url }
      assert.equal("SSOTokenExpired", err.code)
      assert.matches("aws sso login %-%-profile dev", err.message)
      assert.equal(0, #sts.log())
    end)
  end)
end)
