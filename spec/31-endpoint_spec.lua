-- Endpoint rule-set engine against the services' own rule sets (../shared),
-- with doc/protocol.md §8.2 encoded as our vectors.
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
    { "cn-north-1", "https://partnercentral-account.cn-north-1.api.amazonwebservices.com.cn",
      "https://partnercentral-account-fips.cn-north-1.api.amazonwebservices.com.cn" },
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
    { "cn-north-1", "https://partnercentral-channel.global.api.amazonwebservices.com.cn",
      "https://partnercentral-channel-fips.global.api.amazonwebservices.com.cn", "cn-northwest-1" },
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
    for _, u in ipairs{ "https://example.com", "http://127.0.0.1:8080/x?y=1", "HTTPS://A.b", "http://[::1]:81/",
                        "http://127.0.0.1:1/", "http://127.0.0.1:65535", "http://127.0.0.1:00080/" } do
      assert.is_true(endpoint.check_url(u), u)
    end
    -- a port outside 1..65535 would only fail at connect time, as a retried network error
    for _, u in ipairs{ "http://127.0.0.1:0/", "http://127.0.0.1:65536", "http://127.0.0.1:99999/",
                        "http://[::1]:70000/", "http://h:99999999999999999999999/" } do
      local ok, err = endpoint.check_url(u)
      assert.is_nil(ok, u)
      assert.equal("InvalidEndpoint", err.code)
      assert.matches("port must be from 1 to 65535", err.message, 1, true)
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

-- The rules-engine library (Smithy standard library and AWS functions), with
-- the examples of the Smithy documentation and cases of our own.
describe("rule-set functions", function()
  local lib = require("partnercentral.endpoint_lib")
  local parts = require("partnercentral.models.partitions")
  local function call(name, ...)
    local args = { ... }
    return lib.call(name, args, select("#", ...), { partitions = parts })
  end
  local function raises(name, ...)
    local ok, e = pcall(call, name, ...)
    assert.is_false(ok, name)
    return assert(lib.is_error(e), "not a rule-set error: " .. tostring(e))
  end

  it("parseURL: the documented examples; nil for a query or another scheme", function()
    assert.same({ scheme = "https", authority = "example.com", path = "", normalizedPath = "/", isIp = false },
      call("parseURL", "https://example.com"))
    assert.is_nil(call("parseURL", "https://example.com:8443?foo=bar&faz=baz"))
    assert.same({ scheme = "http", authority = "example.com:80", path = "/foo/bar", normalizedPath = "/foo/bar/",
      isIp = false }, call("parseURL", "http://example.com:80/foo/bar"))
    assert.is_true(call("parseURL", "https://127.0.0.1").isIp)
    assert.is_true(call("parseURL", "https://[fe80::1]").isIp)
    assert.equal("[fe80::1]:443", call("parseURL", "https://[fe80::1]:443/").authority)
    assert.is_false(call("parseURL", "https://256.0.0.1").isIp)
    for _, u in ipairs{ "ftp://example.com", "example.com", "https://", "https://a b", "https://h:x/", 42 } do
      assert.is_nil(call("parseURL", u), tostring(u))
    end
    assert.is_nil(call("parseURL", nil))
  end)

  it("aws.parseArn: the documented examples; resourceId split on : and /", function()
    assert.same({ partition = "aws", service = "sns", region = "us-west-2", accountId = "012345678910",
      resourceId = { "example-sns-topic-name" } },
      call("aws.parseArn", "arn:aws:sns:us-west-2:012345678910:example-sns-topic-name"))
    assert.same({ "vpc", "vpc-0e9801d129EXAMPLE" },
      call("aws.parseArn", "arn:aws:ec2:us-east-1:012345678910:vpc/vpc-0e9801d129EXAMPLE").resourceId)
    local iam = call("aws.parseArn", "arn:aws:iam::012345678910:user/johndoe")
    assert.equal("", iam.region)
    assert.same({ "user", "johndoe" }, iam.resourceId)
    local s3 = call("aws.parseArn", "arn:aws:s3:::bucket_name")
    assert.equal("", s3.accountId)
    assert.same({ "bucket_name" }, s3.resourceId)
    assert.same({ "a", "", "b", "" }, call("aws.parseArn", "arn:p:s:r:a:a::b/").resourceId)
    assert.same({ "x", "y" }, call("aws.parseArn", "arn:p:s:r:a:x:y").resourceId)
    for _, bad in ipairs{ "11111111-2222-3333-4444-555555555555", "arn:aws:s3:::", "arn::s3:::b", "arn:aws::r:a:x",
        "arn:aws:s3:r", "urn:aws:s3:::b", 7 } do
      assert.is_nil(call("aws.parseArn", bad), tostring(bad))
    end
    assert.is_nil(call("aws.parseArn", nil))
  end)

  it("aws.partition: known regions, then the partitions' patterns, else aws; with the name", function()
    assert.equal("aws", call("aws.partition", "us-east-1").name)
    assert.equal("aws-cn", call("aws.partition", "cn-north-1").name)
    assert.equal("amazonaws.com.cn", call("aws.partition", "cn-northwest-9").dnsSuffix)
    assert.equal("aws-us-gov", call("aws.partition", "us-gov-east-7").name)
    assert.equal("aws", call("aws.partition", "nowhere").name)
    assert.is_true(call("aws.partition", "nowhere").supportsFIPS)
  end)

  it("isValidHostLabel and aws.isVirtualHostableS3Bucket", function()
    for _, c in ipairs{ { "abc", false, true }, { "a", false, true }, { ("a"):rep(63), false, true },
        { ("a"):rep(64), false, false }, { "-a", false, false }, { "a-", false, false }, { "a.b", false, false },
        { "a.b", true, true }, { "a..b", true, false }, { "a.-b", true, false }, { "", false, false },
        { "a_b", false, false }, { "123", false, true } } do
      assert.equal(c[3], call("isValidHostLabel", c[1], c[2]), c[1])
    end
    for _, c in ipairs{ { "my-bucket", false, true }, { "ab", false, false }, { "My-Bucket", false, false },
        { "a.b.c", false, false }, { "a.b.c", true, true }, { "a-.b", true, false }, { "a.-b", true, false },
        { "a..b", true, false }, { "192.168.5.4", true, false }, { "-ab", false, false }, { "ab-", false, false },
        { ("a"):rep(64), false, false } } do
      assert.equal(c[3], call("aws.isVirtualHostableS3Bucket", c[1], c[2]), c[1])
    end
  end)

  it("substring, uriEncode, split, coalesce, ite, getAttr", function()
    assert.equal("abcd", call("substring", "abcdefg", 0, 4, false))
    assert.equal("defg", call("substring", "abcdefg", 0, 4, true))
    assert.equal("de", call("substring", "abcdefg", 3, 5, false))
    assert.is_nil(call("substring", "abc", 0, 4, false))
    assert.is_nil(call("substring", "abc", 2, 2, false))
    assert.is_nil(call("substring", "\195\169abcd", 0, 2, false))   -- not ASCII
    assert.equal("a%20b%2F%3A%2C%3F%23%5B%5D%7B%7D%7C%40%21%24%26%27%28%29%2A%2B%3B%3D%25%3C%3E%22%5E%60%5C-_.~",
      call("uriEncode", "a b/:,?#[]{}|@!$&'()*+;=%<>\"^`\\-_.~"))
    assert.same({ "a", "b", "c" }, call("split", "a--b--c", "--", 0))
    assert.same({ "a", "b--c" }, call("split", "a--b--c", "--", 2))
    assert.same({ "", "b", "" }, call("split", "--b--", "--", 0))
    assert.same({ "" }, call("split", "", "--", 0))
    assert.same({ "", "", "" }, call("split", "----", "--", 0))
    assert.same({ "mybucket" }, call("split", "mybucket", "--", 1))
    assert.same({ "", "x-s3--azid--suffix" }, call("split", "--x-s3--azid--suffix", "--", 2))
    assert.equal("b", call("coalesce", nil, "b", "c"))
    assert.is_false(call("coalesce", nil, false, true))
    assert.is_nil(call("coalesce", nil, nil))
    assert.equal("y", call("ite", true, "y", "n"))
    assert.equal("n", call("ite", false, "y", "n"))
    local v = { a = { b = { "x", "y" } } }
    assert.equal("y", call("getAttr", v, "a.b[1]"))
    assert.is_nil(call("getAttr", v, "a.b[2]"))
    assert.is_nil(call("getAttr", v, "a.c.d"))
    assert.is_true(call("isSet", false))
    assert.is_false(call("isSet", nil))
    assert.is_true(call("not", false))
  end)

  it("raise a rule-set error for a value of the wrong type or an unknown function", function()
    raises("stringEquals", "a", nil)
    raises("stringEquals", true, "a")
    raises("booleanEquals", "true", true)
    raises("substring", nil, 0, 1, false)
    raises("split", "a", "", 0)
    raises("ite", nil, "a", "b")
    assert.matches("aws.nope", raises("aws.nope", "x"))
  end)
end)

describe("endpoint.resolve with rule sets it cannot evaluate", function()
  local function rs(rule, params)
    return { version = "1.0", parameters = params or { Region = { type = "String", builtIn = "AWS::Region" } },
      rules = { rule } }
  end
  it("returns a typed error (kind endpoint), never raises", function()
    for _, rules in ipairs{
      rs{ type = "endpoint", conditions = { { fn = "aws.unknown", argv = {} } }, endpoint = { url = "https://x" } },
      rs{ type = "endpoint", conditions = { { fn = "isSet" } }, endpoint = { url = "https://x" } },
      rs{ type = "endpoint", conditions = {}, endpoint = { url = "https://{Nope}.example.com" } },
      rs{ type = "endpoint", conditions = {}, endpoint = { url = { ref = "Region" } } },
      rs{ type = "endpoint", conditions = {} },
      rs{ type = "mystery", conditions = {} },
      rs{ type = "tree", conditions = {}, rules = "not a list" },
      rs({ type = "endpoint", conditions = {}, endpoint = { url = "https://x" } },
        { Region = { type = "String", required = true } }),
    } do
      local ok, ep, err = pcall(endpoint.resolve, rules, {})
      assert.is_true(ok, tostring(ep))
      assert.is_nil(ep)
      assert.equal("endpoint", err.kind)
      assert.equal("EndpointResolutionError", err.code)
    end
  end)
  it("expands templates with {{ }} escapes, and evaluates endpoint headers", function()
    local ep = assert(endpoint.resolve(rs{ type = "endpoint", conditions = {}, endpoint = {
      url = "https://{Region}.example.com/{{literal}}",
      headers = { ["x-a"] = { "1", "{Region}" }, ["X-B"] = { "b" } } } }, { Region = "eu-west-1" }))
    assert.equal("https://eu-west-1.example.com/{literal}", ep.url)
    assert.same({ { "x-a", "1,eu-west-1" }, { "X-B", "b" } }, endpoint.header_list(ep))
    assert.same({}, endpoint.header_list{ url = "https://x" })
  end)
  it("a region that is all digits is not a region (as botocore)", function()
    assert.is_false(endpoint.valid_region("123"))
    assert.is_true(endpoint.valid_region("123a"))
    assert.is_true(endpoint.valid_host("123.example.com"))
  end)
end)
