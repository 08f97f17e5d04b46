-- Container and IMDS credentials against a loopback server standing in for
-- 169.254.170.2 and 169.254.169.254 (spec/support/cred_server.py), over the
-- project's real transport (doc/protocol.md §11.4, §11.5).
local credentials = require("partnercentral.credentials")
local container = require("partnercentral.credentials.container")
local util = require("partnercentral.credentials.util")
local H = require("spec.support.cred_helpers")

describe("credentials over HTTP", function()
  local srv, dir, getenv, env
  setup(function() srv = assert(H.start_server()) end)
  teardown(function() if srv then srv.stop() end end)
  before_each(function()
    srv.reset()
    dir = H.tmpdir()
    getenv, env = H.env{ HOME = dir.path }
  end)
  after_each(function() dir.rm() end)

  local sleeps
  local function chain(o)
    o = o or {}
    o.getenv = o.getenv or getenv
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
  local function paths()
    local t = {}
    for i, r in ipairs(srv.log()) do t[i] = r.method .. " " .. r.path end
    return t
  end

  describe("container", function()
    it("RELATIVE_URI: GET with Accept and the token from AWS_CONTAINER_AUTHORIZATION_TOKEN", function()
      env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = "/creds/v2/abc"
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN = "Basic tok-env"
      srv.set{ container_auth = "Basic tok-env", expiration = "2031-01-01T00:00:00Z" }
      local c = assert(chain{ container_base = srv.url }:get())
      assert.same({ "ASIA0001", "SERVERTOKEN123456789", "123456789012", "container" },
        { c.access_key, c.session_token, c.account_id, c.source })
      assert.equal(util.parse_time("2031-01-01T00:00:00Z"), c.expiration)
      local log = srv.log()
      assert.equal(1, #log)
      assert.equal("GET", log[1].method)
      assert.equal("/creds/v2/abc", log[1].path)
      assert.equal("application/json", log[1].headers.accept)
      assert.equal("Basic tok-env", log[1].headers.authorization)
    end)

    it("RELATIVE_URI is fixed to 169.254.170.2 and wins over FULL_URI", function()
      local g = H.env{ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = "/x", AWS_CONTAINER_CREDENTIALS_FULL_URI = "http://127.0.0.1/y" }
      assert.equal("http://169.254.170.2/x", container.url(g))
    end)

    it("FULL_URI on loopback with the EKS Pod Identity token file, re-read on every fetch", function()
      local tf = H.write(dir.path .. "/token", "eks-token-1")
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = srv.url .. "/creds/eks"
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = tf
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN = "ignored-when-file"
      srv.set{ container_auth = "eks-token-1" }
      assert.equal("ASIA0001", assert(chain():get()).access_key)
      H.write(tf, "eks-token-2")
      srv.set{ container_auth = "eks-token-2" }
      assert.equal("ASIA0002", assert(chain():get()).access_key)
    end)

    it("a token with a line break is refused before any request", function()
      local tf = H.write(dir.path .. "/token", "eks-token\n")
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = srv.url .. "/creds/eks"
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = tf
      assert.equal("InvalidAuthorizationToken", get_err().code)
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = dir.path .. "/missing"
      assert.equal("InvalidAuthorizationToken", get_err().code)
      assert.same({}, paths())
    end)

    it("FULL_URI over http only to loopback or the agent hosts", function()
      for _, u in ipairs{ "http://127.0.0.1:9/x", "http://127.1.2.3/x", "http://localhost:80/x",
          "http://169.254.170.2/x", "http://169.254.170.23/x", "http://[fd00:ec2::23]/x",
          "http://[::1]:8080/x", "https://anything.example.com/x" } do
        assert.equal(u, container.url(H.env{ AWS_CONTAINER_CREDENTIALS_FULL_URI = u }), u)
      end
      for _, u in ipairs{ "http://example.com/x", "http://10.0.0.1/x", "http://128.0.0.1/x",
          "http://127.0.0.1.evil.com/x", "ftp://127.0.0.1/x" } do
        local ok, err = container.url(H.env{ AWS_CONTAINER_CREDENTIALS_FULL_URI = u })
        assert.is_nil(ok, u)
        assert.equal("InvalidContainerURI", err.code)
      end
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = "http://example.com/creds"
      assert.equal("InvalidContainerURI", get_err().code)
    end)

    it("retries a failing endpoint 3 times, 1 s apart", function()
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = srv.url .. "/creds/x"
      srv.set{ container_fail_next = 2 }
      assert.equal("ASIA0001", assert(chain():get()).access_key)
      assert.same({ 1, 1 }, sleeps)
      assert.equal(3, #srv.log())
    end)

    it("gives up after 3 attempts with a typed error, not echoing the body", function()
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = srv.url .. "/creds/x"
      srv.set{ container_status = 403 }
      local err = get_err()
      assert.equal("ContainerCredentialsError", err.code)
      assert.matches("127.0.0.1 failed after 3 attempts: HTTP 403", err.message, 1, true)
    end)

    it("bad JSON and missing members are typed errors", function()
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = srv.url .. "/creds/x"
      for body, why in pairs{ ['{"AccessKeyId": "A", SERVERSECRET'] = "not a JSON object",
          ['{"AccessKeyId":"A","SecretAccessKey":"SERVERSECRETx","Expiration":"2031-01-01T00:00:00Z"}'] = "no Token",
          ['{"AccessKeyId":"A","SecretAccessKey":"SERVERSECRETx","Token":"t","Expiration":"never"}'] = "ISO 8601" } do
        srv.set{ container_body = body }
        local err = get_err()
        assert.equal("ContainerCredentialsError", err.code)
        assert.matches(why, err.message, 1, true)
      end
    end)

    it("an unreachable endpoint is a typed error", function()
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = "http://127.0.0.1:1/creds"
      local err = get_err{ container_attempts = 1 }
      assert.equal("ContainerCredentialsError", err.code)
    end)

    it("comes after the shared files and before IMDS", function()
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = srv.url .. "/creds/x"
      env.AWS_EC2_METADATA_DISABLED = "false"
      env.AWS_EC2_METADATA_SERVICE_ENDPOINT = srv.url
      assert.equal("container", assert(chain():get()).source)
      H.write(dir.path .. "/.aws/credentials", "[default]\naws_access_key_id = AKIDF\naws_secret_access_key = S\n")
      assert.equal("shared-credentials-file", assert(chain():get()).source)
    end)
  end)

  describe("IMDS", function()
    before_each(function()
      env.AWS_EC2_METADATA_DISABLED = nil
      env.AWS_EC2_METADATA_SERVICE_ENDPOINT = srv.url .. "/"
    end)

    it("IMDSv2: PUT a token with its TTL, then role and credentials with the token", function()
      srv.set{ require_token = true, expiration = "2031-01-01T00:00:00Z" }
      local c = assert(chain():get())
      assert.same({ "ASIA0001", "SERVERTOKEN123456789", "imds" }, { c.access_key, c.session_token, c.source })
      assert.equal(util.parse_time("2031-01-01T00:00:00Z"), c.expiration)
      local log = srv.log()
      assert.same({ "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
        "GET /latest/meta-data/iam/security-credentials/test-role" }, paths())
      assert.equal("21600", log[1].headers["x-aws-ec2-metadata-token-ttl-seconds"])
      assert.equal("TOKEN-1", log[2].headers["x-aws-ec2-metadata-token"])
      assert.equal("TOKEN-1", log[3].headers["x-aws-ec2-metadata-token"])
    end)

    it("falls back to IMDSv1 when the token PUT answers 403, 404 or 405", function()
      for _, st in ipairs{ 403, 404, 405 } do
        srv.reset()
        srv.set{ token_status = st }
        assert.equal("imds", assert(chain():get()).source)
        local log = srv.log()
        assert.equal(3, #log)
        assert.is_nil(log[2].headers["x-aws-ec2-metadata-token"])
        assert.is_nil(log[3].headers["x-aws-ec2-metadata-token"])
      end
    end)

    it("falls back to IMDSv1 when the token PUT times out", function()
      env.AWS_METADATA_SERVICE_TIMEOUT = "0.3"
      srv.set{ token_delay_ms = 1000 }
      assert.equal("imds", assert(chain():get()).source)
      -- the slow PUT is logged when its handler wakes up: count the GETs only
      local gets = 0
      for _, r in ipairs(srv.log()) do
        if r.method == "GET" then
          gets = gets + 1
          assert.is_nil(r.headers["x-aws-ec2-metadata-token"])
        end
      end
      assert.equal(2, gets)
    end)

    it("no fallback when IMDSv1 is disabled (env or profile)", function()
      srv.set{ token_status = 403 }
      env.AWS_EC2_METADATA_V1_DISABLED = "true"
      local err = get_err()
      assert.equal("IMDSError", err.code)
      assert.matches("IMDSv1 is disabled", err.message)
      env.AWS_EC2_METADATA_V1_DISABLED = nil
      H.write(dir.path .. "/.aws/config", "[default]\nec2_metadata_v1_disabled = true\n")
      assert.equal("IMDSError", get_err().code)
    end)

    it("a 400 on the token PUT gives up", function()
      srv.set{ token_status = 400 }
      assert.matches("HTTP 400", get_err().message)
      assert.equal(1, #srv.log())
    end)

    it("takes the endpoint from the profile", function()
      env.AWS_EC2_METADATA_SERVICE_ENDPOINT = nil
      H.write(dir.path .. "/.aws/config", "[default]\nec2_metadata_service_endpoint = " .. srv.url .. "\n")
      assert.equal("imds", assert(chain():get()).source)
    end)

    it("AWS_EC2_METADATA_DISABLED makes no request", function()
      env.AWS_EC2_METADATA_DISABLED = "TRUE"
      assert.equal("NoCredentials", get_err().code)
      assert.same({}, paths())
    end)

    it("an unreachable IMDS is NoCredentials (not on EC2)", function()
      env.AWS_EC2_METADATA_SERVICE_ENDPOINT = "http://127.0.0.1:1/"
      local err = get_err()
      assert.equal("NoCredentials", err.code)
      assert.matches("IMDS not reachable", err.message)
    end)

    it("bad JSON, missing members and a failed Code are IMDSError, not echoed", function()
      for body, why in pairs{ ["SERVERSECRET not json"] = "not a JSON object",
          ['{"Code":"Success","AccessKeyId":"A","SecretAccessKey":"SERVERSECRETx","Token":"t"}'] = "no Expiration",
          ['{"Code":"AssumeRoleUnauthorizedAccess","AccessKeyId":"A"}'] = "AssumeRoleUnauthorizedAccess" } do
        srv.set{ imds_body = body }
        local err = get_err()
        assert.equal("IMDSError", err.code)
        assert.matches(why, err.message, 1, true)
      end
    end)

    it("an instance without a role is IMDSError", function()
      srv.set{ role = "" }
      assert.matches("no IAM role", get_err().message)
    end)

    it("refreshes before expiry and extends nearly expired credentials (static stability)", function()
      local clock = H.clock()
      srv.set{ expiration = H.iso(clock.t + 6 * 3600) }
      local ch = chain{ now = clock.now }
      assert.equal("ASIA0001", assert(ch:get()).access_key)
      clock.t = clock.t + 5 * 3600                       -- 1 h left: cached
      assert.equal("ASIA0001", assert(ch:get()).access_key)
      clock.t = clock.t + 50 * 60                        -- 10 min left: refresh
      srv.set{ expiration = H.iso(clock.t - 60) }       -- IMDS still serves expired ones
      local c = assert(ch:get())
      assert.equal("ASIA0002", c.access_key)
      assert.is_true(c.extended)
      assert.is_true(c.expiration >= clock.t + 15 * 60 + 120 and c.expiration <= clock.t + 15 * 60 + 600)
    end)

    it("uses the default transport (no injected http)", function()
      local c = assert(credentials.chain{ getenv = getenv }:get())
      assert.equal("imds", c.source)
    end)
  end)
end)
