-- SigV4a (AWS4-ECDSA-P256-SHA256): the key derivation row of doc/protocol.md
-- §10.1, the aws-c-auth v4a suite read in place from ../shared (header signing
-- cases, each with its public key), and sign/verify behaviour. ECDSA signatures use a random k,
-- so signatures are checked by verification, never by comparison.
local core = require("partnercentral.core")
local helpers = require("spec.helpers")
local V = require("spec.support.sigv4_cases")

local AK, SK = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
local FIXTURES = "spec/fixtures/sigv4"

local function channel_req(extra)
  local req = {
    method = "POST", path = "/",
    headers = { { "Content-Type", "application/x-amz-json-1.0" },
                { "Host", "partnercentral-channel.global.api.aws" },
                { "X-Amz-Target", "PartnerCentralChannel.ListProgramManagementAccounts" } },
    body = '{"catalog":"AWS"}', access_key = AK, secret_key = SK,
    service = "partnercentral-channel", amz_date = "20250101T000000Z",
  }
  for k, v in pairs(extra or {}) do req[k] = v end
  return req
end

-- The verifier's view of req with Authorization carrying signature `sig`.
local function with_signature(vreq, sig)
  for _, h in ipairs(vreq.headers) do
    if h[1] == "Authorization" then h[2] = h[2]:gsub("Signature=%x+$", "Signature=" .. sig) end
  end
  return vreq
end

local function signed(req)
  local h = assert(core.sign_v4a(req))
  return V.verify_request(V.signed_copy(req, h)), h
end

describe("sigv4a: key derivation (doc/protocol.md §10.1)", function()
  for line in V.read(FIXTURES .. "/sigv4a-keys.txt"):gmatch("[^\n]+") do
    if not line:match("^#") then
      local ak, sk, _, qx, qy = line:match("^(%S+) (%S+) (%x+) (%x+) (%x+)$")
      it("derives the public key of " .. ak, function()
        local x, y = core._sigv4a_public_key(ak, sk)
        assert.equal(qx, x)
        assert.equal(qy, y)
      end)
    end
  end

  it("depends on the secret as well as the access key", function()
    local x1 = core._sigv4a_public_key(AK, SK)
    local x2 = core._sigv4a_public_key(AK, SK .. "2")
    assert.not_equal(x1, x2)
    assert.equal(x1, (core._sigv4a_public_key(AK, SK)))
  end)

  it("raises on bad arguments", function()
    assert.has_error(function() core._sigv4a_public_key(AK) end)
    assert.has_error(function() core._sigv4a_public_key("", SK) end)
  end)
end)

-- The SigV4a canonical request is SigV4's with the X-Amz-Region-Set header the
-- signer adds (doc/protocol.md §10.2): botocore's SigV4 canonical request of the
-- same Channel request carrying that header is the expected one.
describe("sigv4a: a Channel request against botocore's canonical request", function()
  local dir = FIXTURES .. "/cases/botocore-channel-region-set"
  local ctx = V.read_context(dir .. "/context.txt")
  local parsed = V.parse_request(V.read(dir .. "/request.txt"))
  local region_set = V.remove_header(parsed.headers, "x-amz-region-set")
  local req = V.request(parsed, { access_key = ctx.access_key, secret_key = ctx.secret_key,
    service = ctx.service, amz_date = ctx.amz_date, region_set = region_set })
  local creq = V.read_expect(dir .. "/canonical-request.txt")

  it("builds the canonical request and string to sign", function()
    assert.equal(creq, core._sigv4_canonical_request(req, "v4a"))
    assert.equal(table.concat({ "AWS4-ECDSA-P256-SHA256", ctx.amz_date,
      ctx.amz_date:sub(1, 8) .. "/" .. ctx.service .. "/aws4_request", core.sha256_hex(creq) }, "\n"),
      core._sigv4_string_to_sign(req, "v4a"))
  end)

  it("verifies its own signature", function()
    assert.is_true(core.verify_v4a((signed(req)), ctx.secret_key))
  end)
end)

describe("sigv4a: aws-c-auth suite (../shared/sigv4a-testsuite)", function()
  local root = helpers.shared("sigv4a-testsuite")
  if not root then
    it("needs ../shared", function() pending("../shared/sigv4a-testsuite not present") end)
    return
  end
  local n = 0
  for _, name in ipairs(V.dirs(root)) do
    local dir = root .. "/" .. name
    if V.read(dir .. "/header-canonical-request.txt") then
      n = n + 1
      it(name, function()
        local c = V.read_context_json(dir .. "/context.json")
        local req = V.request(V.parse_request(V.read(dir .. "/request.txt")), {
          access_key = c.access_key, secret_key = c.secret_key, session_token = c.token,
          region_set = c.region, service = c.service, amz_date = V.amz_date(c.timestamp),
          normalize_path = c.normalize, sign_body = c.sign_body,
          omit_session_token = c.omit_session_token })
        assert.equal(V.read_expect(dir .. "/header-canonical-request.txt"),
                     core._sigv4_canonical_request(req, "v4a"))
        assert.equal(V.read_expect(dir .. "/header-string-to-sign.txt"),
                     core._sigv4_string_to_sign(req, "v4a"))
        local pub = V.read(dir .. "/public-key.json")
        local x, y = core._sigv4a_public_key(c.access_key, c.secret_key)
        assert.equal(pub:match('"X"%s*:%s*"(%x+)"'), x)
        assert.equal(pub:match('"Y"%s*:%s*"(%x+)"'), y)
        local vreq = signed(req)
        assert.is_true(core.verify_v4a(vreq, c.secret_key))
        assert.is_true(core.verify_v4a(with_signature(vreq, V.read_expect(dir .. "/header-signature.txt")),
                                       c.secret_key))
      end)
    end
  end
  it("has the header-signing cases", function() assert.is_true(n >= 38) end)
end)

describe("sigv4a: signing", function()
  it("returns the headers to add, region set defaulting to *", function()
    local h = assert(core.sign_v4a(channel_req({ session_token = "T" })))
    assert.equal("*", h["X-Amz-Region-Set"])
    assert.equal("T", h["X-Amz-Security-Token"])
    assert.equal("20250101T000000Z", h["X-Amz-Date"])
    assert.matches("^AWS4%-ECDSA%-P256%-SHA256 Credential=AKIDEXAMPLE/20250101/partnercentral%-channel/"
      .. "aws4_request, SignedHeaders=content%-type;host;x%-amz%-date;x%-amz%-region%-set;"
      .. "x%-amz%-security%-token;x%-amz%-target, Signature=30[%x]+$", h.Authorization)
    assert.equal("us-east-1,us-west-2",
      core.sign_v4a(channel_req({ region_set = "us-east-1,us-west-2" }))["X-Amz-Region-Set"])
  end)

  it("signs with a random k: two signatures differ, both verify", function()
    local v1, h1 = signed(channel_req())
    local v2, h2 = signed(channel_req())
    assert.not_equal(h1.Authorization, h2.Authorization)
    assert.is_true(core.verify_v4a(v1, SK))
    assert.is_true(core.verify_v4a(v2, SK))
  end)

  it("works through a signer object", function()
    local s = core.signer()
    local req = channel_req()
    local h = assert(s:sign_v4a(req))
    assert.is_true(s:verify_v4a(V.verify_request(V.signed_copy(req, h)), SK))
    assert.is_true(core.verify_v4a(V.verify_request(V.signed_copy(req, h)), SK))
    s:close()
    assert.has_error(function() s:sign_v4a(req) end, "signer is closed")
  end)
end)

-- The SigV4a key cache must be keyed on the access key AND the secret. ECDSA
-- signatures cannot be compared, so each signature of one long-lived signer
-- is checked by a fresh signer (empty cache) that derives the key itself.
describe("sigv4a: key cache identity", function()
  local VARIANTS = {
    {}, { secret_key = SK .. "2" }, {}, { access_key = "AKIDOTHER" }, {},
    { access_key = "AKIDOTHER", secret_key = SK .. "2" }, { secret_key = SK .. "2" },
    { region_set = "us-east-1" }, { amz_date = "20250102T000000Z" }, { service = "other" }, {},
  }

  it("signs every key pair like an uncached derivation", function()
    local s = core.signer()
    for round = 1, 2 do
      for i, extra in ipairs(VARIANTS) do
        local req = channel_req(extra)
        local h = assert(s:sign_v4a(req))
        local fresh = core.signer()
        assert.is_true(fresh:verify_v4a(V.verify_request(V.signed_copy(req, h)), req.secret_key),
          ("round %d, variant %d"):format(round, i))
        fresh:close()
        -- the module's signer (its own cache) agrees too
        h = assert(core.sign_v4a(req))
        assert.is_true(core.signer():verify_v4a(V.verify_request(V.signed_copy(req, h)), req.secret_key))
      end
    end
  end)

  it("derives each key pair's public key whatever was cached before", function()
    local x1 = core._sigv4a_public_key(AK, SK)
    local x2 = core._sigv4a_public_key(AK, SK .. "2")
    local x3 = core._sigv4a_public_key("AKIDOTHER", SK)
    assert.not_equal(x1, x2)
    assert.not_equal(x1, x3)
    assert.not_equal(x2, x3)
  end)
end)

describe("sigv4a: verify_v4a", function()
  local function denied(v, secret, pattern)
    local ok, code, msg = core.verify_v4a(v, secret or SK)
    assert.is_nil(ok)
    assert.equal("ESIGNATURE", code)
    if pattern then assert.matches(pattern, msg) end
    assert.not_matches(SK, msg, 1, true)
  end

  it("rejects a wrong secret, a tampered request and a SigV4 header", function()
    denied((signed(channel_req())), "other-secret", "does not match")
    local v = signed(channel_req())
    v.body = '{"catalog":"Sandbox"}'
    denied(v)
    v = signed(channel_req())
    for _, h in ipairs(v.headers) do
      if h[1] == "X-Amz-Region-Set" then h[2] = "us-east-1" end
    end
    denied(v)
    local req = channel_req({ region = "us-east-1" })
    local h4 = core.sign_v4(req)
    denied(V.verify_request(V.signed_copy(req, h4)), nil, "algorithm")
  end)

  it("rejects garbage signatures", function()
    denied(with_signature(signed(channel_req()), "3044"), nil, "does not match")
    denied(with_signature(signed(channel_req()), ("ab"):rep(200)))
    denied(with_signature(signed(channel_req()), "30450220"), nil)
  end)

  it("requires x-amz-region-set to be signed", function()
    local v = signed(channel_req())
    for _, h in ipairs(v.headers) do
      if h[1] == "Authorization" then h[2] = h[2]:gsub("x%-amz%-region%-set;", "") end
    end
    denied(v, nil, "x%-amz%-region%-set")
  end)
end)

describe("sigv4a: signing plans", function()
  it("appends X-Amz-Date, X-Amz-Region-Set and Authorization that verify_v4a accepts", function()
    local p = core.sign_plan{ alg = "v4a", method = "POST", path = "/", query = "", region_set = "us-east-1,eu-west-1",
      service = "partnercentral-channel" }
    local body = '{"catalog":"AWS"}'
    for _ = 1, 2 do                                    -- the second one with the kept key
      local headers = { { "Content-Type", "application/x-amz-json-1.0" }, { "Host", "example.com" } }
      local auth = assert(p:sign(headers, body, "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "T"))
      local names = {}
      for i, h in ipairs(headers) do names[i] = h[1] end
      assert.same({ "Content-Type", "Host", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Region-Set", "Authorization" },
        names)
      assert.equal("us-east-1,eu-west-1", headers[5][2])
      assert.equal(auth, headers[6][2])
      assert.matches("^AWS4%-ECDSA%-P256%-SHA256 ", auth)
      assert.is_true(core.verify_v4a({ method = "POST", path = "/", query = "", headers = headers, body = body },
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
    end
  end)
end)
