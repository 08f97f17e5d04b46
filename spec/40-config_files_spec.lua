-- The shared config and credentials files (doc/protocol.md §11.1, §11.2), read
-- from real files in a temp HOME.
local cf = require("partnercentral.config_files")
local errors = require("partnercentral.errors")
local H = require("spec.support.cred_helpers")

describe("config_files.parse", function()
  it("reads sections, lowercases keys, accepts = and :", function()
    local t = assert(cf.parse("[default]\nRegion = us-east-1\nOutput: json\n[profile A]\nx=1\n"))
    assert.equal("us-east-1", t.default.region)
    assert.equal("json", t.default.output)
    assert.equal("1", t["profile A"].x)
  end)

  it("skips full-line comments but keeps inline ones, as RawConfigParser", function()
    local t = assert(cf.parse("# top\n[default]\n; c\n  # indented comment\nregion = eu-west-1 # not a comment\n"))
    assert.equal("eu-west-1 # not a comment", t.default.region)
  end)

  it("joins continuation lines and parses nested blocks", function()
    local t = assert(cf.parse("[services local]\npartnercentral_channel =\n  endpoint_url = http://127.0.0.1:8443\n"
      .. "  Other_Key = v\npartnercentral_account =\n    endpoint_url = http://127.0.0.1:9\n"
      .. "[default]\nnote = first\n  second\n"))
    local s = t["services local"]
    assert.same({ endpoint_url = "http://127.0.0.1:8443", Other_Key = "v" }, s.partnercentral_channel)
    assert.same({ endpoint_url = "http://127.0.0.1:9" }, s.partnercentral_account)
    assert.equal("first\nsecond", t.default.note)
  end)

  it("accepts CRLF line ends", function()
    local t = assert(cf.parse("[default]\r\nregion = us-west-2\r\n"))
    assert.equal("us-west-2", t.default.region)
  end)

  it("rejects duplicate sections and keys with the file and line, never the text", function()
    local t, err = cf.parse("[a]\nx = 1\n[a]\n", "/f")
    assert.is_nil(t)
    assert.is_true(errors.is(err, "InvalidConfigFile"))
    assert.equal("config", err.kind)
    assert.matches("/f line 3", err.message)
    t, err = cf.parse("[a]\naws_secret_access_key = FILESECRET1\naws_secret_access_key = FILESECRET2\n", "/f")
    assert.is_nil(t)
    assert.matches("line 3: duplicate key 'aws_secret_access_key'", err.message)
    assert.is_true(H.no_secret(tostring(err)))
  end)

  it("rejects keys outside sections and lines without a separator", function()
    local t, err = cf.parse("x = 1\n")
    assert.is_nil(t)
    assert.matches("outside of any section", err.message)
    t, err = cf.parse("[a]\nFILESECRETxyz\n")
    assert.is_nil(t)
    assert.matches("line 2: expected 'key = value'", err.message)
    assert.is_true(H.no_secret(tostring(err)))
  end)
end)

describe("config_files with a temp HOME", function()
  local dir, getenv, env
  before_each(function()
    dir = H.tmpdir()
    getenv, env = H.env{ HOME = dir.path }
  end)
  after_each(function() dir.rm() end)

  local function write_default(config, creds)
    if config then H.write(dir.path .. "/.aws/config", config) end
    if creds then H.write(dir.path .. "/.aws/credentials", creds) end
  end

  it("reads ~/.aws/config and ~/.aws/credentials by default", function()
    write_default("[default]\nregion = us-east-1\n[profile partner]\nregion = eu-west-1\n",
      "[default]\naws_access_key_id = AKIDDEFAULT\n")
    local p = assert(cf.profile("default", { getenv = getenv }))
    assert.equal("us-east-1", p.region)
    assert.equal("AKIDDEFAULT", p.aws_access_key_id)
    assert.equal("eu-west-1", assert(cf.profile("partner", { getenv = getenv })).region)
  end)

  it("honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE with ~ and $VAR expansion", function()
    write_default("[default]\nregion = wrong\n")
    H.write(dir.path .. "/elsewhere/cfg", "[default]\nregion = ap-south-1\n")
    H.write(dir.path .. "/elsewhere/creds", "[default]\naws_access_key_id = AKIDOTHER\n")
    env.AWS_CONFIG_FILE = "~/elsewhere/cfg"
    env.SUB = "elsewhere"
    env.AWS_SHARED_CREDENTIALS_FILE = "$HOME/${SUB}/creds"
    local p = assert(cf.profile("default", { getenv = getenv }))
    assert.equal("ap-south-1", p.region)
    assert.equal("AKIDOTHER", p.aws_access_key_id)
  end)

  it("maps [profile x] and [default] in config, plain [x] in credentials", function()
    write_default("[x]\nregion = not-a-profile\n[profile y]\nregion = r-y\n[profile \"with space\"]\nregion = r-s\n",
      "[profile z]\naws_access_key_id = AKIDZ\n[x]\naws_access_key_id = AKIDX\n")
    local files = assert(cf.load{ getenv = getenv })
    assert.is_nil(files.config.profiles.x)
    assert.equal("r-y", files.config.profiles.y.region)
    assert.equal("r-s", files.config.profiles["with space"].region)
    assert.equal("AKIDZ", files.credentials.profiles["profile z"].aws_access_key_id)
    local px = assert(cf.profile("x", { getenv = getenv }))
    assert.is_nil(px.region)
    assert.equal("AKIDX", px.aws_access_key_id)
  end)

  it("[profile default] is the default profile too", function()
    write_default("[profile default]\nregion = us-east-2\n")
    assert.equal("us-east-2", assert(cf.profile("default", { getenv = getenv })).region)
  end)

  it("[default] and [profile default] both: the later one in the file is the profile, whole (botocore)", function()
    for _ = 1, 5 do   -- (the old reading depended on table order: try it more than once)
      write_default("[profile default]\nregion = us-east-2\noutput = json\n[default]\nregion = us-east-1\n")
      local p = assert(cf.profile("default", { getenv = getenv }))
      assert.equal("us-east-1", p.region)
      assert.is_nil(p.output)
      write_default("[default]\nregion = us-east-1\noutput = json\n[profile default]\nregion = us-east-2\n")
      p = assert(cf.profile("default", { getenv = getenv }))
      assert.equal("us-east-2", p.region)
      assert.is_nil(p.output)
    end
    -- the same for two spellings of one named profile
    write_default("[profile \"a\"]\nregion = r-1\n[profile a]\nregion = r-2\n")
    assert.equal("r-2", assert(cf.profile("a", { getenv = getenv })).region)
    local sections, order = assert(cf.parse("[b]\nx = 1\n[a]\n[c]\n"))
    assert.same({ "b", "a", "c" }, order)
    assert.equal("1", sections.b.x)
  end)

  it("lets the credentials file win on the same key", function()
    write_default("[default]\nregion = us-east-1\naws_access_key_id = FROMCONFIG\n",
      "[default]\naws_access_key_id = FROMCREDS\n")
    local p = assert(cf.profile("default", { getenv = getenv }))
    assert.equal("FROMCREDS", p.aws_access_key_id)
    assert.equal("us-east-1", p.region)
  end)

  it("resolves services = NAME to the [services NAME] section", function()
    write_default("[profile partner]\nregion = eu-west-1\nservices = local\nendpoint_url = http://p\n"
      .. "[services local]\npartnercentral_channel =\n  endpoint_url = http://127.0.0.1:8443\n")
    local p = assert(cf.profile("partner", { getenv = getenv }))
    assert.equal("local", p.services_name)
    assert.equal("http://127.0.0.1:8443", p.services.partnercentral_channel.endpoint_url)
    assert.equal("http://p", p.endpoint_url)
  end)

  it("returns ProfileNotFound for a profile in neither file", function()
    write_default("[default]\nregion = us-east-1\n")
    local p, err = cf.profile("nope", { getenv = getenv })
    assert.is_nil(p)
    assert.is_true(err:is("ProfileNotFound"))
    assert.matches("nope", tostring(err))
  end)

  it("treats missing files as empty", function()
    local files = assert(cf.load{ getenv = getenv })
    assert.same({}, files.config.profiles)
    assert.same({}, files.credentials.profiles)
  end)

  it("reports a broken file with its path", function()
    write_default("[default]\nregion\n")
    local p, err = cf.profile("default", { getenv = getenv })
    assert.is_nil(p)
    assert.is_true(err:is("InvalidConfigFile"))
    assert.matches(dir.path .. "/.aws/config line 2", err.message, 1, true)
  end)

  it("takes an injected readfile", function()
    local seen = {}
    local p = assert(cf.profile("default", { getenv = getenv, readfile = function(path)
      seen[#seen + 1] = path
      if path:match("config$") then return "[default]\nregion = injected-1\n" end
    end }))
    assert.equal("injected-1", p.region)
    assert.same({ dir.path .. "/.aws/config", dir.path .. "/.aws/credentials" }, seen)
  end)

  it("names the profile: explicit > AWS_DEFAULT_PROFILE > AWS_PROFILE > default", function()
    assert.equal("default", cf.profile_name(nil, getenv))
    env.AWS_PROFILE = "p"
    assert.equal("p", cf.profile_name(nil, getenv))
    env.AWS_DEFAULT_PROFILE = "d"
    assert.equal("d", cf.profile_name(nil, getenv))
    assert.equal("x", cf.profile_name("x", getenv))
  end)
end)

-- The client reads region and endpoint from the profile. It uses the process
-- environment, so this runs a child interpreter with a prepared one.
describe("client configuration from the profile", function()
  local dir
  before_each(function() dir = H.tmpdir() end)
  after_each(function() dir.rm() end)

  local interp = (os.getenv("PC_RUNTIME") or ""):match("^luajit") and "luajit" or "lua5.4"
  local function client_view(envs, service)
    local parts = { "env -i", "PATH=" .. H.quote(os.getenv("PATH") or "/usr/bin:/bin"),
      "HOME=" .. H.quote(dir.path), "AWS_EC2_METADATA_DISABLED=true",
      "LUA_PATH=" .. H.quote(os.getenv("LUA_PATH") or "lua/?.lua;lua/?/init.lua;;"),
      "LUA_CPATH=" .. H.quote(os.getenv("LUA_CPATH") or "") }
    for k, v in pairs(envs) do parts[#parts + 1] = k .. "=" .. H.quote(v) end
    local code = ("local c = require('partnercentral.client').new{ service = '%s' } "
      .. "io.write(tostring(c.region), ' ', tostring(c.endpoint_url), ' ', tostring(c.settings.use_fips))"):format(service)
    return H.sh(table.concat(parts, " ") .. " " .. interp .. " -e " .. H.quote(code) .. " 2>&1")
  end

  it("takes region, endpoint_url and use_fips_endpoint from AWS_PROFILE", function()
    H.write(dir.path .. "/.aws/config", "[profile partner]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:1\n"
      .. "use_fips_endpoint = true\n")
    assert.equal("eu-west-1 http://127.0.0.1:1 true", client_view({ AWS_PROFILE = "partner" }, "account"))
  end)

  it("prefers env-service > env-global > services section > profile endpoint_url", function()
    H.write(dir.path .. "/.aws/config", "[default]\nregion = us-east-1\nendpoint_url = http://profile\n"
      .. "services = local\n[services local]\npartnercentral_channel =\n  endpoint_url = http://section\n")
    assert.equal("us-east-1 http://section false", client_view({}, "channel"))
    assert.equal("us-east-1 http://profile false", client_view({}, "account"))
    assert.equal("us-east-1 http://global false", client_view({ AWS_ENDPOINT_URL = "http://global" }, "channel"))
    assert.equal("us-east-1 http://svc false", client_view({ AWS_ENDPOINT_URL = "http://global",
      AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL = "http://svc" }, "channel"))
  end)

  it("ignores configured endpoints with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", function()
    H.write(dir.path .. "/.aws/config", "[default]\nregion = us-east-1\nendpoint_url = http://profile\n")
    assert.equal("us-east-1 nil false", client_view({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true",
      AWS_ENDPOINT_URL = "http://global" }, "account"))
  end)
end)
