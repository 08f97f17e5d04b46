-- Endpoint rule-set engine against the services' own rule sets (../shared),
-- with PROTOCOL.md §8.2 encoded as our vectors.
local core = require("partnercentral.core")
local endpoint = require("partnercentral.endpoint")
local helpers = require("spec.helpers")

local function load_json(rel)
  local p = helpers.shared(rel)
  if not p then return nil end
  local text = assert(helpers.read_file(p))
  if core.json_decode then return assert(core.json_decode(text)) end
  return assert(require("dkjson").decode(text))
end

describe("endpoint rules (§8.2)", function()
  local acct, chan, parts
  setup(function()
    acct = load_json("models/partnercentral-account/2025-04-04/endpoint-rule-set-1.json")
    if not acct then
      local d = helpers.shared("models/partnercentral-account")
      if d then
        local f = io.popen("ls " .. d)
        local ver = f:read("*l")
        f:close()
        acct = load_json("models/partnercentral-account/" .. ver .. "/endpoint-rule-set-1.json")
      end
    end
    chan = load_json("models/partnercentral-channel/2024-03-18/endpoint-rule-set-1.json")
    parts = load_json("models/partitions.json")
  end)

  local account_rows = {
    { "us-east-1", "https://partnercentral-account.us-east-1.api.aws", "https://partnercentral-account-fips.us-east-1.api.aws" },
    { "eu-west-1", "https://partnercentral-account.eu-west-1.api.aws", "https://partnercentral-account-fips.eu-west-1.api.aws" },
    { "cn-north-1", "https://partnercentral-account.cn-north-1.api.amazonwebservices.com.cn", "https://partnercentral-account-fips.cn-north-1.api.amazonwebservices.com.cn" },
    { "us-gov-west-1", "https://partnercentral-account.us-gov-west-1.api.aws", "https://partnercentral-account-fips.us-gov-west-1.api.aws" },
    { "foo-bar", "https://partnercentral-account.foo-bar.api.aws", "https://partnercentral-account-fips.foo-bar.api.aws" },
  }
  it("resolves Account URLs with and without FIPS, signed with sigv4 in the client region", function()
    if not (acct and parts) then return pending("../shared models missing") end
    for _, row in ipairs(account_rows) do
      local ep = assert(endpoint.resolve(acct, { Region = row[1] }, parts))
      assert.equal(row[2], ep.url)
      local a = endpoint.auth_scheme(ep, nil, row[1])
      assert.same({ name = "sigv4", region = row[1] }, a)
      ep = assert(endpoint.resolve(acct, { Region = row[1], UseFIPS = true }, parts))
      assert.equal(row[3], ep.url)
    end
  end)

  local channel_rows = {
    { "us-east-1", "https://partnercentral-channel.global.api.aws", "https://partnercentral-channel-fips.global.api.aws", "us-east-1" },
    { "eu-west-1", "https://partnercentral-channel.global.api.aws", "https://partnercentral-channel-fips.global.api.aws", "us-east-1" },
    { "cn-north-1", "https://partnercentral-channel.global.api.amazonwebservices.com.cn", "https://partnercentral-channel-fips.global.api.amazonwebservices.com.cn", "cn-northwest-1" },
    { "us-gov-west-1", "https://partnercentral-channel.us-gov.api.aws", "https://partnercentral-channel-fips.us-gov.api.aws", "us-gov-west-1" },
    { "us-gov-east-1", "https://partnercentral-channel.us-gov.api.aws", "https://partnercentral-channel-fips.us-gov.api.aws", "us-gov-west-1" },
  }
  it("resolves the Channel global endpoints and their auth schemes", function()
    if not (chan and parts) then return pending("../shared models missing") end
    for _, row in ipairs(channel_rows) do
      local ep = assert(endpoint.resolve(chan, { Region = row[1] }, parts))
      assert.equal(row[2], ep.url)
      assert.same({ name = "sigv4a", region_set = "*" }, endpoint.auth_scheme(ep, nil, row[1]))
      assert.same({ name = "sigv4", region = row[4] }, endpoint.auth_scheme(ep, "sigv4", row[1]))
      ep = assert(endpoint.resolve(chan, { Region = row[1], UseFIPS = true }, parts))
      assert.equal(row[3], ep.url)
    end
  end)

  it("uses a custom endpoint verbatim; sigv4 then signs in the client region", function()
    if not (chan and acct and parts) then return pending("../shared models missing") end
    local ep = assert(endpoint.resolve(acct, { Region = "us-east-1", Endpoint = "https://example.com" }, parts))
    assert.equal("https://example.com", ep.url)
    ep = assert(endpoint.resolve(chan, { Region = "eu-west-1", Endpoint = "http://127.0.0.1:9" }, parts))
    assert.equal("http://127.0.0.1:9", ep.url)
    assert.same({ name = "sigv4", region = "eu-west-1" }, endpoint.auth_scheme(ep, "sigv4", "eu-west-1"))
  end)

  it("returns typed errors for FIPS + custom endpoint and a missing region", function()
    if not (chan and acct and parts) then return pending("../shared models missing") end
    for _, rs in ipairs{ acct, chan } do
      local ep, err = endpoint.resolve(rs, { Endpoint = "https://example.com", UseFIPS = true }, parts)
      assert.is_nil(ep)
      assert.equal("endpoint", err.kind)
      assert.equal("Invalid Configuration: FIPS and custom endpoint are not supported", err.message)
      ep, err = endpoint.resolve(rs, {}, parts)
      assert.is_nil(ep)
      assert.equal("Invalid Configuration: Missing Region", err.message)
    end
  end)
end)

describe("region and URL checks", function()
  it("accepts only host-label regions (§8.1), also in resolve", function()
    for _, r in ipairs{ "us-east-1", "US-EAST-1", "a", "eusc-de-east-1", "x1", ("a"):rep(63) } do
      assert.is_true(endpoint.valid_region(r), r)
    end
    for _, r in ipairs{ "us-east-1.evil.com/x?", "a b", "-a", "a-", "", "us_east_1", ("a"):rep(64), 42, "us-east-1\n" } do
      assert.is_false(endpoint.valid_region(r), tostring(r))
    end
    local rules = require("partnercentral.model").get("account").endpoint_rules
    local ep, err = endpoint.resolve(rules, { Region = "us-east-1.evil.com/x?", UseFIPS = false })
    assert.is_nil(ep)
    assert.equal("InvalidRegion", err.code)
    assert.equal("https://partnercentral-account.us-east-1.api.aws",
      endpoint.resolve(rules, { Region = "us-east-1", UseFIPS = false }).url)
  end)
  it("accepts http(s) URLs without user info; the error never repeats the URL", function()
    for _, u in ipairs{ "https://example.com", "http://127.0.0.1:8080/x?y=1", "HTTPS://A.b", "http://[::1]:81/" } do
      assert.is_true(endpoint.check_url(u), u)
    end
    for _, u in ipairs{ "ftp://example.com", "https://alice:s3cr3t@example.com", "https://s3cr3t@example.com/",
                        "example.com", "https://", "https://ex ample.com", "https://example.com\r\nX: s3cr3t",
                        "https://example.com:/", "https://example.com:8a", 42 } do
      local ok, err = endpoint.check_url(u)
      assert.is_nil(ok, tostring(u))
      assert.equal("endpoint", err.kind)
      assert.equal("InvalidEndpoint", err.code)
      assert.is_nil(tostring(err):find("s3cr3t", 1, true))
      assert.is_nil(tostring(err):find("alice", 1, true))
    end
  end)
end)

describe("endpoint.auth_scheme preferences (§8.4)", function()
  local ep = { properties = { authSchemes = {
    { name = "sigv4a", signingRegionSet = { "*" }, signingName = "svc" },
    { name = "sigv4", signingRegion = "us-east-1", signingName = "svc" } } } }
  it("takes the first preferred scheme the endpoint offers, else the endpoint's first", function()
    assert.equal("sigv4", endpoint.auth_scheme(ep, { "sigv4", "sigv4a" }, "eu-west-1").name)
    assert.equal("sigv4a", endpoint.auth_scheme(ep, { "sigv4a", "sigv4" }, "eu-west-1").name)
    assert.equal("sigv4", endpoint.auth_scheme(ep, { "httpBearerAuth", "aws.auth#sigv4" }, "eu-west-1").name)
    assert.equal("sigv4a", endpoint.auth_scheme(ep, { "nope" }, "eu-west-1").name)
    assert.equal("sigv4", endpoint.auth_scheme(ep, "sigv4", "eu-west-1").name)
  end)
  it("uses the region set override, else the endpoint's set", function()
    assert.equal("*", endpoint.auth_scheme(ep, nil, "eu-west-1").region_set)
    assert.equal("us-west-2,eu-*", endpoint.auth_scheme(ep, nil, "eu-west-1", "us-west-2,eu-*").region_set)
    assert.equal("us-west-2,eu-*", endpoint.region_set(" us-west-2 ,, eu-* "))
    assert.is_nil(endpoint.region_set("us-west-2\r\nX: y"))
    assert.is_nil(endpoint.region_set(" , "))
    assert.same({ "sigv4", "sigv4a" }, endpoint.name_list("sigv4, sigv4a"))
    assert.is_nil(endpoint.name_list(""))
  end)
end)

describe("endpoint.split_url", function()
  it("splits URLs and builds the Host header", function()
    assert.same({ scheme = "https", host = "a.b", port = 443, path = "/", host_header = "a.b" },
      endpoint.split_url("https://A.b"))
    assert.same({ scheme = "http", host = "127.0.0.1", port = 8080, path = "/x", host_header = "127.0.0.1:8080" },
      endpoint.split_url("http://127.0.0.1:8080/x"))
    assert.equal("[::1]:81", endpoint.split_url("http://[::1]:81/").host_header)
    assert.is_nil(endpoint.split_url("not a url"))
  end)
end)
