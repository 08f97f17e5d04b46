-- The credential chain without HTTP: explicit keys, environment, shared files
-- in a temp HOME and credential_process running real scripts (doc/protocol.md §11).
local credentials = require("partnercentral.credentials")
local process = require("partnercentral.credentials.process")
local util = require("partnercentral.credentials.util")
local core = require("partnercentral.core")
local H = require("spec.support.cred_helpers")

local SCRIPT = [[#!/bin/sh
d="$(dirname "$0")"
n=$(cat "$d/count" 2>/dev/null || echo 0); n=$((n+1)); echo "$n" > "$d/count"
[ -f "$d/sleep" ] && sleep "$(cat "$d/sleep")"
[ -f "$d/err" ] && cat "$d/err" >&2
[ -f "$d/out" ] && sed "s/@N@/$n/g" "$d/out"
exit "$(cat "$d/rc" 2>/dev/null || echo 0)"
]]

local function proc_json(t)
  local base = { Version = 1, AccessKeyId = "AKIDPROC@N@", SecretAccessKey = "PROCSECRET0000000000000000000000000000001" }
  for k, v in pairs(t or {}) do base[k] = v end
  for k, v in pairs(base) do if v == false then base[k] = nil end end
  return core.json_encode(base)
end

describe("credentials chain", function()
  local dir, getenv, env, pdir
  before_each(function()
    dir = H.tmpdir()
    getenv, env = H.env{ HOME = dir.path }
    pdir = dir.path .. "/proc"
    H.write(pdir .. "/creds.sh", SCRIPT, "755")
  end)
  after_each(function() dir.rm() end)

  local function config(text) H.write(dir.path .. "/.aws/config", text) end
  local function credfile(text) H.write(dir.path .. "/.aws/credentials", text) end
  local function proc(name, text) H.write(pdir .. "/" .. name, text) end
  local function runs() return tonumber(H.read(pdir .. "/count") or "0") end
  local function chain(o)
    o = o or {}
    o.getenv = o.getenv or getenv
    return credentials.chain(o)
  end
  local function get_err(o)
    local c, err = chain(o):get()
    assert.is_nil(c)
    assert.equal("credentials", err.kind)
    assert.is_true(H.no_secret(tostring(err)), "secret in: " .. tostring(err))
    return err
  end

  describe("precedence", function()
    before_each(function()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV", "ENVSECRET"
      credfile("[default]\naws_access_key_id = AKIDCREDFILE\naws_secret_access_key = FILESECRET1\n"
        .. "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = FILESECRET2\n")
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\naws_access_key_id = AKIDCONFIG\n"
        .. "aws_secret_access_key = FILESECRET3\n")
      proc("out", proc_json())
    end)

    it("explicit keys first", function()
      local c = assert(chain{ credentials = { access_key = "AKIDX", secret_key = "S" } }:get())
      assert.equal("AKIDX", c.access_key)
      assert.equal("static", c.source)
    end)

    it("then the environment", function()
      local c = assert(chain():get())
      assert.same({ "AKIDENV", "ENVSECRET", "env" }, { c.access_key, c.secret_key, c.source })
    end)

    it("then the credentials file, then credential_process, then the config file", function()
      env.AWS_ACCESS_KEY_ID = nil
      local c = assert(chain():get())
      assert.same({ "AKIDCREDFILE", "shared-credentials-file" }, { c.access_key, c.source })
      credfile("[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = FILESECRET2\n")
      c = assert(chain():get())
      assert.same({ "AKIDPROC1", "process" }, { c.access_key, c.source })
      config("[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = FILESECRET3\n")
      c = assert(chain():get())
      assert.same({ "AKIDCONFIG", "shared-config-file" }, { c.access_key, c.source })
    end)

    it("a profile given in code skips the environment (botocore)", function()
      local c = assert(chain{ profile = "other" }:get())
      assert.equal("AKIDOTHER", c.access_key)
    end)

    it("AWS_PROFILE picks the profile but keeps the environment first", function()
      env.AWS_PROFILE = "other"
      assert.equal("AKIDENV", assert(chain():get()).access_key)
      env.AWS_ACCESS_KEY_ID = nil
      assert.equal("AKIDOTHER", assert(chain():get()).access_key)
    end)

    it("a named profile that does not exist is ProfileNotFound", function()
      env.AWS_ACCESS_KEY_ID = nil
      env.AWS_PROFILE = "missing"
      assert.equal("ProfileNotFound", get_err().code)
      assert.equal("ProfileNotFound", get_err{ profile = "missing2" }.code)
    end)

    it("only listed providers run with `providers`", function()
      local c = assert(chain{ providers = { "process" } }:get())
      assert.equal("process", c.source)
    end)
  end)

  describe("chain options", function()
    -- a chain that would find keys in the environment, so only a bad option fails it
    local KEYS = { AWS_ACCESS_KEY_ID = "AKIDOPTIONS", AWS_SECRET_ACCESS_KEY = "OPTSECRET000000000000000000000000000001" }
    it("a bad value or an unknown name is a typed InvalidOption of every get(), before anything runs", function()
      local nan, huge = 0 / 0, math.huge
      local cases = {}
      for _, name in ipairs{ "sts_timeout", "sso_timeout", "container_timeout", "process_timeout" } do
        for _, v in ipairs{ "abc", "5", {}, nan, huge, -huge, 1e300, 0, -1, 0.0001, true } do cases[#cases + 1] = { name, v } end
      end
      for _, name in ipairs{ "sts_attempts", "container_attempts" } do
        for _, v in ipairs{ 0, 1.5, huge, nan, "3", -1, 101 } do cases[#cases + 1] = { name, v } end
      end
      for _, name in ipairs{ "container_delay", "advisory_refresh", "mandatory_refresh" } do
        for _, v in ipairs{ -1, nan, huge, "1" } do cases[#cases + 1] = { name, v } end
      end
      for _, c in ipairs{ { "providers", { "nope" } }, { "providers", {} }, { "providers", "env" },
          { "shared_cache", {} }, { "http", "x" }, { "now", 5 }, { "sleep", {} }, { "sso_cache_dir", "a\nb" },
          { "cache_key", "" }, { "profile", 7 }, { "credentials", "AKID" } } do
        cases[#cases + 1] = c
      end
      for _, c in ipairs(cases) do
        local sent, read = 0, 0
        local ch = credentials.chain{ getenv = H.env(KEYS),
          readfile = function() read = read + 1 end, http = function() sent = sent + 1 end, [c[1]] = c[2] }
        if c[1] == "http" then ch = credentials.chain{ getenv = H.env(KEYS), [c[1]] = c[2] } end
        for _ = 1, 2 do
          local ok, creds, err = pcall(ch.get, ch)
          assert.is_true(ok, c[1] .. ": raised " .. tostring(creds))
          assert.is_nil(creds, c[1] .. " = " .. tostring(c[2]))
          assert.equal("credentials", err.kind)
          assert.equal("InvalidOption", err.code)
          assert.equal(c[1], err.option)
          assert.matches(c[1], err.message, 1, true)
        end
        assert.equal(0, sent)
        assert.equal(0, read)
      end
    end)

    it("names the closest option; a bad endpoint keeps its own code; good values still work", function()
      local err = select(2, credentials.chain{ getenv = H.env(KEYS), sts_timout = 3 }:get())
      assert.equal("InvalidOption", err.code)
      assert.matches("did you mean 'sts_timeout'", err.message, 1, true)
      err = select(2, credentials.chain{ getenv = H.env(KEYS), sts_endpoint = "ftp://x" }:get())
      assert.equal("InvalidEndpoint", err.code)
      assert.equal("sts_endpoint", err.option)
      local c = assert(credentials.chain{ getenv = H.env(KEYS), sts_timeout = 2.5, sts_attempts = 1,
        container_delay = 0, advisory_refresh = 0, providers = { "env" }, sso_cache_dir = "/tmp/x",
        shared_cache = { get = function() end, set = function() end } }:get())
      assert.equal("AKIDOPTIONS", c.access_key)
    end)
  end)

  describe("environment", function()
    it("prefers AWS_SECURITY_TOKEN over AWS_SESSION_TOKEN and reads AWS_ACCOUNT_ID", function()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV", "ENVSECRET"
      env.AWS_SESSION_TOKEN, env.AWS_ACCOUNT_ID = "tok-session", "111122223333"
      local c = assert(chain():get())
      assert.equal("tok-session", c.session_token)
      assert.equal("111122223333", c.account_id)
      assert.is_nil(c.expiration)
      env.AWS_SECURITY_TOKEN = "tok-legacy"
      assert.equal("tok-legacy", assert(chain():get()).session_token)
    end)

    it("a key id without secret is a hard PartialCredentials error", function()
      env.AWS_ACCESS_KEY_ID = "AKIDENV"
      credfile("[default]\naws_access_key_id = AKIDCREDFILE\naws_secret_access_key = FILESECRET1\n")
      local err = get_err()
      assert.equal("PartialCredentials", err.code)
      assert.matches("AWS_SECRET_ACCESS_KEY", err.message)
    end)

    it("an empty AWS_ACCESS_KEY_ID is not set", function()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "", "ENVSECRET"
      assert.equal("NoCredentials", get_err().code)
    end)

    it("AWS_CREDENTIAL_EXPIRATION makes them refresh from the environment", function()
      local clock = H.clock()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV1", "ENVSECRET"
      env.AWS_CREDENTIAL_EXPIRATION = H.iso(clock.t + 3600)
      local ch = chain{ now = clock.now }
      local c = assert(ch:get())
      assert.equal(clock.t + 3600, c.expiration)
      env.AWS_ACCESS_KEY_ID, env.AWS_CREDENTIAL_EXPIRATION = "AKIDENV2", H.iso(clock.t + 7200)
      assert.equal("AKIDENV1", assert(ch:get()).access_key) -- still fresh: cached
      clock.t = clock.t + 3600 - 5 * 60                      -- inside the mandatory window
      assert.equal("AKIDENV2", assert(ch:get()).access_key)
    end)

    it("a bad AWS_CREDENTIAL_EXPIRATION is a typed error", function()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV", "ENVSECRET"
      env.AWS_CREDENTIAL_EXPIRATION = "tomorrow"
      assert.equal("InvalidExpiration", get_err().code)
    end)
  end)

  describe("shared files", function()
    it("reads session tokens (legacy name first) and the account id", function()
      credfile("[default]\naws_access_key_id = AKIDF\naws_secret_access_key = FILESECRET1\n"
        .. "aws_session_token = tok-new\naws_security_token = tok-old\naws_account_id = 444455556666\n")
      local c = assert(chain():get())
      assert.same({ "AKIDF", "FILESECRET1", "tok-old", "444455556666" },
        { c.access_key, c.secret_key, c.session_token, c.account_id })
      assert.is_nil(c.expiration)
    end)

    it("a key id without secret in a file is PartialCredentials naming the profile", function()
      credfile("[default]\naws_access_key_id = AKIDF\n")
      local err = get_err()
      assert.equal("PartialCredentials", err.code)
      assert.matches("profile default", err.message)
    end)

    it("a profile without keys and nothing else: NoCredentials listing what was tried", function()
      config("[default]\nregion = us-east-1\n")
      local err = get_err()
      assert.equal("NoCredentials", err.code)
      assert.matches("AWS_ACCESS_KEY_ID is not set", err.message)
      assert.matches("AWS_EC2_METADATA_DISABLED", err.message)
    end)

    it("a broken config file is InvalidConfigFile (kind credentials)", function()
      config("[default]\naws_secret_access_key FILESECRET1\n")
      local err = get_err()
      assert.equal("InvalidConfigFile", err.code)
      assert.matches("line 2", err.message)
    end)

    it("re-reads the files on the next resolution", function()
      credfile("[default]\naws_access_key_id = AKID1\naws_secret_access_key = FILESECRET1\n")
      assert.equal("AKID1", assert(chain():get()).access_key)
      credfile("[default]\naws_access_key_id = AKID2\naws_secret_access_key = FILESECRET1\n")
      assert.equal("AKID2", assert(chain():get()).access_key)
    end)
  end)

  describe("unsupported sources", function()
    -- (SSO works: spec/44-credentials_sso_spec.lua)
    it("sso_* with a missing [sso-session] is InvalidConfig", function()
      config("[default]\nsso_session = corp\nsso_account_id = 1\n")
      local err = get_err()
      assert.equal("InvalidConfig", err.code)
      assert.matches("sso%-session corp", err.message)
    end)

    -- (assume role and web identity work: spec/43-credentials_sts_spec.lua)
    it("role_arn without source_profile or credential_source is an error, even with keys (botocore)", function()
      credfile("[r]\naws_access_key_id = AKIDR\naws_secret_access_key = FILESECRET1\n")
      config("[profile r]\nrole_arn = arn:aws:iam::1:role/x\n")
      local err = get_err{ profile = "r" }
      assert.equal("PartialCredentials", err.code)
      assert.matches("source_profile", err.message)
    end)

    it("AWS_WEB_IDENTITY_TOKEN_FILE without a role ARN is InvalidConfig", function()
      env.AWS_WEB_IDENTITY_TOKEN_FILE = dir.path .. "/token"
      local err = get_err()
      assert.equal("InvalidConfig", err.code)
      assert.matches("AWS_ROLE_ARN", err.message)
    end)
  end)

  describe("credential_process", function()
    local function use(cmd) config("[default]\ncredential_process = " .. (cmd or (pdir .. "/creds.sh")) .. "\n") end

    it("runs the command and reads JSON Version 1", function()
      use()
      proc("out", proc_json{ SessionToken = "tok-p", Expiration = "2030-01-02T03:04:05Z", AccountId = "777788889999" })
      local c = assert(chain():get())
      assert.same({ "AKIDPROC1", "PROCSECRET0000000000000000000000000000001", "tok-p", "777788889999", "process" },
        { c.access_key, c.secret_key, c.session_token, c.account_id, c.source })
      assert.equal(util.parse_time("2030-01-02T03:04:05Z"), c.expiration)
      assert.is_false(tostring(c):find("PROCSECRET", 1, true) ~= nil)
    end)

    it("falls back to the profile's aws_account_id", function()
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\naws_account_id = 123123123123\n")
      proc("out", proc_json())
      assert.equal("123123123123", assert(chain():get()).account_id)
    end)

    it("splits the command shell-style and passes words as they are", function()
      proc("args.sh", "#!/bin/sh\nprintf '%s|' \"$@\" > \"$(dirname \"$0\")/args\"\n"
        .. "cat \"$(dirname \"$0\")/out\"\n")
      os.execute("chmod 755 " .. H.quote(pdir .. "/args.sh"))
      proc("out", proc_json())
      use(pdir .. "/args.sh \"two words\" 'single $HOME' back\\ slash ;ls")
      assert(chain():get())
      assert.equal("two words|single $HOME|back slash|;ls|", H.read(pdir .. "/args"))
    end)

    it("split() handles quotes and escapes like shlex", function()
      assert.same({ "a", "b c", "d\"e", "f'g", "h i" }, process.split([[a "b c" "d\"e" "f'g" h\ i]]))
      assert.same({ "x" }, process.split("  x  "))
      assert.is_nil(process.split("a 'b"))
      assert.is_nil(process.split('a "b'))
    end)

    it("non-zero exit: typed error with the status and stderr, secrets cut out", function()
      use()
      proc("rc", "3")
      proc("err", "token refresh failed for AKIDPROC STDERRSECRET0123456789abcdefXYZ\nmore\n")
      proc("out", proc_json())
      local err = get_err()
      assert.equal("CredentialProcessFailed", err.code)
      assert.equal(3, err.exit_status)
      assert.matches("exited with status 3: token refresh failed for AKIDPROC [redacted] more", err.message, 1, true)
    end)

    it("stderr summary: letter-only secrets are cut out too, paths are kept", function()
      local secret = string.rep("wJalrXUtnFEMIKMDENGbPxRfiCY", 2)   -- no digit at all
      local s = process.summary("cannot refresh " .. secret .. " see /var/log/aws/credential-helper.log\n")
      assert.is_nil(s:find(secret, 1, true))
      assert.matches("cannot refresh [redacted] see /var/log/aws/credential-helper.log", s, 1, true)
    end)

    it("stderr summary: a secret that starts with / or holds several / is cut; file paths stay", function()
      for _, secret in ipairs{ "/K7MDENGbPxRfiCYEXAMPLEKEYwJalrXUtnFEMI", "/K7MDENG/bPxRfiCYEXAMPLEKEY/wJalrXUtnF",
          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N" } do
        local s = process.summary("refresh failed: " .. secret .. " rejected\n")
        assert.equal("refresh failed: [redacted] rejected", s)
      end
      for _, path in ipairs{ "/home/user/.aws/config", "/opt/helper/bin/get-credentials.sh",
          "/var/log/aws/helper.log" } do
        assert.equal("cannot read " .. path, process.summary("cannot read " .. path))
      end
    end)

    it("non-zero exit with a secret starting with / on stderr: cut from the message", function()
      use()
      proc("rc", "3")
      proc("err", "/K7MDENGbPxRfiCYEXAMPLEKEYwJalrXUtnFEMI\n")
      proc("out", proc_json())
      local err = get_err()
      assert.equal("CredentialProcessFailed", err.code)
      assert.is_nil(err.message:find("K7MDENGbPxRfiCY", 1, true), err.message)
      assert.matches("exited with status 3: [redacted]", err.message, 1, true)
    end)

    it("a command that cannot be found is CredentialProcessFailed", function()
      use(dir.path .. "/nope.sh")
      assert.equal("CredentialProcessFailed", get_err().code)
    end)

    it("bad output is InvalidCredentialProcessOutput, never echoed", function()
      use()
      for _, out in ipairs{
        "{ not json PROCSECRET",
        "[1, 2]",
        proc_json{ Version = 2 },
        proc_json{ Version = "1" },
        proc_json{ Version = false },
        proc_json{ SecretAccessKey = false },
        proc_json{ AccessKeyId = "" },
        proc_json{ Expiration = "soon" },
      } do
        proc("out", out)
        local err = get_err()
        assert.equal("InvalidCredentialProcessOutput", err.code)
      end
    end)

    it("names the missing member", function()
      use()
      proc("out", proc_json{ SecretAccessKey = false })
      assert.matches("has no SecretAccessKey", get_err().message)
      proc("out", proc_json{ Version = 2 })
      assert.matches("Version 2, expected 1", get_err().message)
    end)

    it("a process slower than process_timeout is CredentialProcessTimeout", function()
      use()
      proc("sleep", "10")
      proc("out", proc_json())
      local t0 = os.time()
      local err = get_err{ process_timeout = 1 }
      assert.equal("CredentialProcessTimeout", err.code)
      assert.is_true(os.time() - t0 < 8, "the timeout did not stop the process")
    end)

    it("with Expiration: cached, then run again in the refresh windows", function()
      local clock = H.clock()
      use()
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local ch = chain{ now = clock.now }
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      clock.t = clock.t + 40 * 60                     -- 20 min left: still fresh
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      assert.equal(1, runs())
      clock.t = clock.t + 8 * 60                      -- 12 min left: advisory refresh
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      assert.equal("AKIDPROC2", assert(ch:get()).access_key)
      assert.equal(2, runs())
    end)

    it("advisory refresh failure keeps the old credentials; mandatory failure is an error", function()
      local clock = H.clock()
      use()
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local ch = chain{ now = clock.now }
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      proc("rc", "1")
      clock.t = clock.t + 48 * 60                     -- 12 min left
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      assert.equal(2, runs())
      clock.t = clock.t + 5 * 60                      -- 7 min left
      local c, err = ch:get()
      assert.is_nil(c)
      assert.equal("CredentialProcessFailed", err.code)
      os.remove(pdir .. "/rc")                        -- the source recovers
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      assert.equal("AKIDPROC4", assert(ch:get()).access_key)
    end)

    it("credentials that are already expired after a refresh are an error", function()
      local clock = H.clock()
      use()
      proc("out", proc_json{ Expiration = H.iso(clock.t - 60) })
      local c, err = chain{ now = clock.now }:get()
      assert.is_nil(c)
      assert.equal("CredentialsExpired", err.code)
    end)

    it("without Expiration they never refresh", function()
      local clock = H.clock()
      use()
      proc("out", proc_json())
      local ch = chain{ now = clock.now }
      assert(ch:get())
      clock.t = clock.t + 10 * 86400
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      assert.equal(1, runs())
    end)

    it("takes an injected exec", function()
      use("my-tool --flag")
      local seen
      local c = assert(chain{ exec = function(argv, o)
        seen = { argv, o.timeout }
        return { status = 0, stdout = proc_json(), stderr = "" }
      end, process_timeout = 7 }:get())
      assert.equal("AKIDPROC@N@", c.access_key)
      assert.same({ { "my-tool", "--flag" }, 7 }, seen)
    end)
  end)

  describe("shared_cache", function()
    local function table_cache()
      local store = { sets = {} }
      return { get = function(k) return store[k] end,
        set = function(k, v, ttl) store[k] = v store.sets[#store.sets + 1] = { k, v, ttl } end }, store
    end

    it("one refresh serves every chain that shares the cache", function()
      local clock = H.clock()
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\n")
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local cache, store = table_cache()
      local a = chain{ now = clock.now, shared_cache = cache }
      local b = chain{ now = clock.now, shared_cache = cache }
      assert.equal("AKIDPROC1", assert(a:get()).access_key)
      local cb = assert(b:get())
      assert.equal("AKIDPROC1", cb.access_key)
      assert.equal("PROCSECRET0000000000000000000000000000001", cb.secret_key)
      assert.equal(clock.t + 3600, cb.expiration)
      assert.equal(1, runs())
      local set = store.sets[1]
      assert.equal("partnercentral:creds:default", set[1])
      assert.equal("string", type(set[2]))
      assert.equal("AKIDPROC1", core.json_decode(set[2]).access_key)
      assert.equal(3600 - 600, set[3])
      -- in the refresh window the cached entry is not used: one chain refreshes it
      clock.t = clock.t + 50 * 60
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      assert.equal("AKIDPROC2", assert(b:get()).access_key)
      assert.equal("AKIDPROC2", assert(a:get()).access_key)
      assert.equal(2, runs())
    end)

    local function locking_cache()
      local cache, store = table_cache()
      store.adds = 0
      cache.add = function(k, v)
        store.adds = store.adds + 1
        if store[k] ~= nil then return nil, "exists" end
        store[k] = v
        return true
      end
      cache.delete = function(k) store[k] = nil end
      return cache, store
    end
    local LOCK = "partnercentral:creds:default:lock"

    it("with add/delete: fetches under a lock and releases it", function()
      local clock = H.clock()
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\n")
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local cache, store = locking_cache()
      assert.equal("AKIDPROC1", assert(chain{ now = clock.now, shared_cache = cache }:get()).access_key)
      assert.equal(1, store.adds)
      assert.is_nil(store[LOCK])
    end)

    it("waits for the worker holding the lock and takes its credentials", function()
      local clock = H.clock()
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\n")
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local cache, store = locking_cache()
      store[LOCK] = "1" -- another worker is fetching
      local sleeps = 0
      local c = assert(chain{ now = clock.now, shared_cache = cache, sleep = function()
        sleeps = sleeps + 1
        if sleeps == 3 then -- the other worker is done
          store["partnercentral:creds:default"] = core.json_encode{ access_key = "AKIDOTHERWORKER",
            secret_key = "S", expiration = clock.t + 3600, source = "process" }
          store[LOCK] = nil
        end
      end }:get())
      assert.equal("AKIDOTHERWORKER", c.access_key)
      assert.equal(3, sleeps)
      assert.equal(0, runs())
      assert.equal(0, #store.sets)
    end)

    it("fetches itself when the lock holder gives up", function()
      local clock = H.clock()
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\n")
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local cache, store = locking_cache()
      store[LOCK] = "1"
      local sleeps = 0
      local c = assert(chain{ now = clock.now, shared_cache = cache, sleep = function()
        sleeps = sleeps + 1
        if sleeps == 2 then store[LOCK] = nil end
      end }:get())
      assert.equal("AKIDPROC1", c.access_key)
      assert.equal(2, sleeps)
      assert.is_nil(store[LOCK])
      assert.equal(1, #store.sets)
    end)

    it("in the advisory window a held lock means: keep the old ones, no wait", function()
      local clock = H.clock()
      config("[default]\ncredential_process = " .. pdir .. "/creds.sh\n")
      proc("out", proc_json{ Expiration = H.iso(clock.t + 3600) })
      local cache, store = locking_cache()
      local ch = chain{ now = clock.now, shared_cache = cache, sleep = function() error("must not wait") end }
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      clock.t = clock.t + 48 * 60
      store[LOCK] = "1"
      assert.equal("AKIDPROC1", assert(ch:get()).access_key)
      assert.equal(1, runs())
      store[LOCK] = nil
      assert.equal("AKIDPROC2", assert(ch:get()).access_key)
      assert.is_nil(store[LOCK])
    end)

    it("credentials without expiration are not stored", function()
      local cache, store = table_cache()
      env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY = "AKIDENV", "ENVSECRET"
      assert(chain{ shared_cache = cache }:get())
      assert.equal(0, #store.sets)
    end)
  end)

  describe("util", function()
    it("parses ISO 8601 times", function()
      assert.equal(0, util.parse_time("1970-01-01T00:00:00Z"))
      assert.equal(951782400, util.parse_time("2000-02-29T00:00:00Z"))
      assert.equal(util.parse_time("2026-11-22T12:00:00Z"), util.parse_time("2026-11-22T14:00:00.123+02:00"))
      assert.equal(util.parse_time("2026-11-22T12:00:00Z"), util.parse_time("2026-11-22T07:00:00-0500"))
      assert.is_nil(util.parse_time("2026-11-22"))
      assert.is_nil(util.parse_time("2026-13-01T00:00:00Z"))
      assert.is_nil(util.parse_time("2026-11-22T12:00:00 junk"))
    end)

    it("explicit keys without a secret are PartialCredentials", function()
      local err = get_err{ credentials = { access_key = "AKIDX" } }
      assert.equal("PartialCredentials", err.code)
    end)
  end)
end)
