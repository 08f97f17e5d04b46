-- SigV4 (AWS4-HMAC-SHA256): the project's own vectors (spec/fixtures/sigv4),
-- the botocore suite in ../shared (one it() per case), the behaviour of the
-- signer object and cache, and the verifier the emulator relies on.
local core = require("partnercentral.core")
local helpers = require("spec.helpers")
local V = require("spec.support.sigv4_cases")

local AK, SK = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
local FIXTURES = "spec/fixtures/sigv4/cases"

local function own_case(name)
  local dir = FIXTURES .. "/" .. name
  local ctx = V.read_context(dir .. "/context.txt")
  local alg = ctx.alg
  ctx.alg = nil
  return V.request(V.parse_request(V.read(dir .. "/request.txt")), ctx), alg, dir
end

local function json_req(extra)
  local req = {
    method = "POST", path = "/", query = "",
    headers = { { "Content-Type", "application/x-amz-json-1.0" },
                { "Host", "partnercentral-account.us-east-1.api.aws" },
                { "X-Amz-Target", "PartnerCentralAccount.GetPartner" } },
    body = '{"Catalog":"AWS","Identifier":"partner-abcdefghij123"}',
    access_key = AK, secret_key = SK, region = "us-east-1",
    service = "partnercentral-account", amz_date = "20250101T000000Z",
  }
  for k, v in pairs(extra or {}) do req[k] = v end
  return req
end

describe("sigv4: own vectors (spec/fixtures/sigv4)", function()
  for _, name in ipairs(V.dirs(FIXTURES)) do
    local req, alg, dir = own_case(name)
    if alg == "v4" then
      it(name, function()
        local creq = assert(core._sigv4_canonical_request(req))
        local want = V.read_expect(dir .. "/canonical-request.txt")
        if want then assert.equal(want, creq) end
        want = V.read_expect(dir .. "/canonical-request-sha256.txt")
        if want then assert.equal(want, core.sha256_hex(creq)) end
        want = V.read_expect(dir .. "/signed-headers.txt")
        if want then assert.equal(want, creq:match("\n([^\n]*)\n[^\n]*$")) end
        want = V.read_expect(dir .. "/string-to-sign.txt")
        if want then assert.equal(want, core._sigv4_string_to_sign(req)) end
        local sig = V.read_expect(dir .. "/signature.txt")
        assert.equal(sig, core._sigv4_signature(req))
        local h = assert(core.sign_v4(req))
        assert.matches(", Signature=" .. sig .. "$", h.Authorization)
        assert.is_true(core.verify_v4(V.verify_request(V.signed_copy(req, h)), req.secret_key))
      end)
    end
  end
end)

describe("sigv4: botocore suite (../shared/sigv4-testsuite)", function()
  local root = helpers.shared("sigv4-testsuite")
  if not root then
    it("needs ../shared", function() pending("../shared/sigv4-testsuite not present") end)
    return
  end
  local cases = {}
  local function scan(rel)
    for _, d in ipairs(V.dirs(root .. (rel == "" and "" or "/" .. rel))) do
      local r = rel == "" and d or rel .. "/" .. d
      if V.read(root .. "/" .. r .. "/" .. d .. ".req") then cases[#cases + 1] = { r, d }
      else scan(r) end
    end
  end
  scan("")

  it("has the 34 cases", function() assert.equal(34, #cases) end)

  for _, c in ipairs(cases) do
    local rel, name = c[1], c[2]
    it(rel, function()
      local base = root .. "/" .. rel .. "/" .. name
      local parsed = V.parse_request(V.read(base .. ".req"))
      local creq_want = V.read_expect(base .. ".creq")
      -- X-Amz-Date is in the .req; the signer takes it as an input and adds it.
      local amz_date = V.remove_header(parsed.headers, "x-amz-date")
      -- The session token of a case is the one its .creq signs.
      local token = creq_want:match("\nx%-amz%-security%-token:([^\n]*)")
      local req = V.request(parsed, { access_key = AK, secret_key = SK, region = "us-east-1",
                                      service = "service", amz_date = amz_date,
                                      session_token = token })
      assert.equal(creq_want, core._sigv4_canonical_request(req))
      assert.equal(V.read_expect(base .. ".sts"), core._sigv4_string_to_sign(req))
      local h = assert(core.sign_v4(req))
      assert.equal(V.read_expect(base .. ".authz"), h.Authorization)
      assert.is_true(core.verify_v4(V.verify_request(V.signed_copy(req, h)), SK))
    end)
  end
end)

describe("sigv4: signing rules", function()
  it("returns the headers to add", function()
    local h = assert(core.sign_v4(json_req({ session_token = "TOKEN" })))
    assert.equal("20250101T000000Z", h["X-Amz-Date"])
    assert.equal("TOKEN", h["X-Amz-Security-Token"])
    assert.is_nil(h["X-Amz-Region-Set"])
    assert.matches("^AWS4%-HMAC%-SHA256 Credential=AKIDEXAMPLE/20250101/us%-east%-1/"
      .. "partnercentral%-account/aws4_request, SignedHeaders=content%-type;host;x%-amz%-date;"
      .. "x%-amz%-security%-token;x%-amz%-target, Signature=%x+$", h.Authorization)
  end)

  it("never signs per-attempt and hop-by-hop headers", function()
    local plain = core._sigv4_canonical_request(json_req())
    local req = json_req()
    for _, n in ipairs({ "User-Agent", "amz-sdk-invocation-id", "amz-sdk-request", "X-Amzn-Trace-Id",
                         "Expect", "Connection", "Transfer-Encoding", "Upgrade", "Authorization" }) do
      table.insert(req.headers, 1, { n, "x" })
    end
    assert.equal(plain, core._sigv4_canonical_request(req))
  end)

  it("replaces the headers it owns instead of signing stale copies", function()
    local req = json_req({ session_token = "NEW" })
    req.headers[#req.headers + 1] = { "X-Amz-Date", "19990101T000000Z" }
    req.headers[#req.headers + 1] = { "X-Amz-Security-Token", "OLD" }
    local creq = core._sigv4_canonical_request(req)
    assert.matches("\nx%-amz%-date:20250101T000000Z\n", creq)
    assert.matches("\nx%-amz%-security%-token:NEW\n", creq)
    assert.not_matches("OLD", creq)
    assert.not_matches("1999", creq)
  end)

  it("leaves the token unsigned with omit_session_token but still returns it", function()
    local req = json_req({ session_token = "TOKEN", omit_session_token = true })
    assert.not_matches("security", core._sigv4_canonical_request(req))
    assert.equal("TOKEN", core.sign_v4(req)["X-Amz-Security-Token"])
  end)

  it("adds x-amz-content-sha256 with sign_body", function()
    local req = json_req({ sign_body = true })
    local creq = core._sigv4_canonical_request(req)
    local hash = core.sha256_hex(req.body)
    assert.matches("\nx%-amz%-content%-sha256:" .. hash .. "\n", creq)
    assert.equal(hash, core.sign_v4(req)["X-Amz-Content-Sha256"])
  end)

  it("canonicalises paths per normalize_path and double_encode", function()
    local function uri(path, opts)
      local req = json_req(opts)
      req.path = path
      return core._sigv4_canonical_request(req):match("^POST\n([^\n]*)\n")
    end
    assert.equal("/a/c/d%2520e/", uri("/a/./b/../c//d%20e/"))
    assert.equal("/", uri(""))
    assert.equal("/", uri("/../.."))
    assert.equal("/a/./b/../c//d%2520e/", uri("/a/./b/../c//d%20e/", { normalize_path = false }))
    assert.equal("/a/c/d%20e/", uri("/a/./b/../c//d%20e/", { double_encode = false }))
    assert.equal("/%E1%88%B4%20x", uri("/\225\136\180 x", { double_encode = false }))
  end)

  it("canonicalises the query: decode, re-encode, sort by key then value", function()
    local req = json_req({ query = "b=2&a=z&a=y&&c&%7e=%2f+&sp=a%20b&" })
    local q = core._sigv4_canonical_request(req):match("^POST\n/\n([^\n]*)\n")
    assert.equal("a=y&a=z&b=2&c=&sp=a%20b&~=%2F%2B", q)
  end)

  it("keeps the same key for the same inputs and a new one for a new secret", function()
    local a = core._sigv4_signature(json_req())
    assert.equal(a, core._sigv4_signature(json_req()))
    local b = core._sigv4_signature(json_req({ secret_key = SK .. "x" }))
    assert.not_equal(a, b)
    assert.equal(a, core._sigv4_signature(json_req()))
    -- many scopes: the cache evicts and still gives the right answers
    local first = {}
    for i = 1, 20 do first[i] = core._sigv4_signature(json_req({ region = "r" .. i })) end
    for i = 20, 1, -1 do assert.equal(first[i], core._sigv4_signature(json_req({ region = "r" .. i }))) end
  end)

  it("raises on programmer errors", function()
    assert.has_error(function() core.sign_v4() end)
    assert.has_error(function() core.sign_v4(json_req({ amz_date = "2025-01-01" })) end)
    assert.has_error(function() core.sign_v4(json_req({ amz_date = false })) end)
    assert.has_error(function() core.sign_v4(json_req({ region = 1 })) end)
    assert.has_error(function() core.sign_v4(json_req({ sessionToken = "x" })) end)
    assert.has_error(function() core.sign_v4(json_req({ normalize_path = "yes" })) end)
    assert.has_error(function() core.sign_v4(json_req({ headers = { "Host" } })) end)
    assert.has_error(function() core.sign_v4(json_req({ headers = { { "Host", 1 } } })) end)
    local r = json_req()
    r.amz_date = nil
    assert.has_error(function() core.sign_v4(r) end, "bad request field 'amz_date' (string expected, got no value)")
    r = json_req()
    r.secret_key = nil
    assert.has_error(function() core.sign_v4(r) end)
  end)
end)

-- The key cache must be keyed on everything a signing key depends on. A cached
-- signature is compared with one computed here from the HMAC primitive
-- (kSecret -> kDate -> kRegion -> kService -> kSigning), which no cache can
-- influence; the string to sign does not depend on the key.
describe("sigv4: signing-key cache identity", function()
  local function uncached(req)
    local k = core.hmac_sha256("AWS4" .. req.secret_key, req.amz_date:sub(1, 8))
    k = core.hmac_sha256(k, req.region)
    k = core.hmac_sha256(k, req.service)
    k = core.hmac_sha256(k, "aws4_request")
    return core.hex(core.hmac_sha256(k, core._sigv4_string_to_sign(req)))
  end
  -- each variant changes one input of the key; revisiting the base between
  -- them makes every variant a would-be cache hit on the previous key
  local VARIANTS = {
    {}, { region = "eu-west-1" }, {}, { amz_date = "20250102T000000Z" }, {},
    { amz_date = "20250101T235959Z" }, { service = "partnercentral-channel" }, {},
    { secret_key = SK .. "2" }, {}, { access_key = "AKIDOTHER" }, {},
    { region = "eu-west-1", secret_key = SK .. "2" }, { region = "eu-west-1" },
  }

  it("signs every scope and secret like an uncached derivation (signer object)", function()
    local s = core.signer()
    for round = 1, 2 do
      for i, extra in ipairs(VARIANTS) do
        local req = json_req(extra)
        local want = uncached(req)
        local sig = assert(s:sign_v4(req)).Authorization:match("Signature=(%x+)$")
        assert.equal(want, sig, ("round %d, variant %d"):format(round, i))
      end
    end
    s:close()
  end)

  it("signs every scope and secret like an uncached derivation (module functions)", function()
    for i, extra in ipairs(VARIANTS) do
      local req = json_req(extra)
      local want = uncached(req)
      assert.equal(want, core._sigv4_signature(req), "variant " .. i)
      assert.equal(want, core.sign_v4(req).Authorization:match("Signature=(%x+)$"), "variant " .. i)
      -- and a verifier with an empty cache agrees with the cached signer
      assert.is_true(core.signer():verify_v4(V.verify_request(V.signed_copy(req, core.sign_v4(req))),
        req.secret_key))
    end
  end)
end)

describe("sigv4: signer objects", function()
  it("signs like the module functions and closes idempotently", function()
    local s = core.signer()
    assert.equal(core.sign_v4(json_req()).Authorization, s:sign_v4(json_req()).Authorization)
    assert.matches("partnercentral.signer", tostring(s))
    s:close()
    s:close()
    assert.has_error(function() s:sign_v4(json_req()) end, "signer is closed")
  end)

  -- Nothing (registry, cache) keeps a signer alive once the caller drops it;
  -- that its __gc frees every key is checked by valgrind and ASan in CI.
  it("is collected once unreferenced", function()
    local alive = setmetatable({}, { __mode = "k" })
    for _ = 1, 200 do
      local s = core.signer()
      s:sign_v4(json_req())
      s:sign_v4a(json_req())
      alive[s] = true
    end
    collectgarbage()
    collectgarbage()
    assert.is_nil(next(alive))
  end)
end)

describe("sigv4: verify_v4", function()
  local function signed(extra)
    local req = json_req(extra)
    local h = assert(core.sign_v4(req))
    return V.verify_request(V.signed_copy(req, h)), req
  end

  it("accepts a request signed by sign_v4, with or without the scope fields", function()
    local v = signed({ session_token = "T" })
    assert.is_true(core.verify_v4(v, SK))
    v.access_key, v.region, v.service, v.amz_date = AK, "us-east-1", "partnercentral-account", "20250101T000000Z"
    assert.is_true(core.verify_v4(v, SK))
  end)

  it("ignores headers that were not signed", function()
    local v = signed()
    v.headers[#v.headers + 1] = { "User-Agent", "added later" }
    v.headers[#v.headers + 1] = { "X-Extra", "added later" }
    assert.is_true(core.verify_v4(v, SK))
  end)

  local function denied(v, secret, pattern)
    local ok, code, msg = core.verify_v4(v, secret or SK)
    assert.is_nil(ok)
    assert.equal("ESIGNATURE", code)
    if pattern then assert.matches(pattern, msg) end
    assert.not_matches(SK, msg, 1, true)
    return msg
  end

  it("rejects a wrong secret without revealing the expected signature", function()
    local v = signed()
    local msg = denied(v, "wrong-secret", "does not match")
    local want = core._sigv4_signature(json_req({ secret_key = "wrong-secret" }))
    assert.not_matches(want, msg, 1, true)
  end)

  it("rejects a tampered body, header, path or query", function()
    local v = signed()
    v.body = v.body .. " "
    denied(v)
    v = signed()
    v.headers[3][2] = "PartnerCentralAccount.DeletePartner"
    denied(v)
    v = signed()
    v.path = "/x"
    denied(v)
    v = signed()
    v.query = "a=b"
    denied(v)
  end)

  it("rejects a scope that does not match the caller's expectation", function()
    local v = signed()
    v.service = "other"
    denied(v, nil, "service")
    v = signed()
    v.region = "eu-west-1"
    denied(v, nil, "region")
    v = signed()
    v.access_key = "AKIDOTHER"
    denied(v, nil, "access key")
    v = signed()
    v.amz_date = "20250101T000001Z"
    denied(v, nil, "X%-Amz%-Date")
  end)

  it("rejects missing or malformed authentication headers", function()
    local v = signed()
    V.remove_header(v.headers, "authorization")
    denied(v, nil, "missing")
    v = signed()
    V.remove_header(v.headers, "x-amz-date")
    denied(v, nil, "X%-Amz%-Date")
    v = signed()
    for _, h in ipairs(v.headers) do
      if h[1] == "Authorization" then h[2] = "AWS4-HMAC-SHA256 garbage" end
    end
    denied(v, nil, "malformed")
    v = signed()
    for _, h in ipairs(v.headers) do
      if h[1] == "Authorization" then h[2] = h[2]:gsub("^AWS4%-HMAC%-SHA256", "AWS4-ECDSA-P256-SHA256") end
    end
    denied(v, nil, "algorithm")
    v = signed()
    V.remove_header(v.headers, "content-type")   -- named in SignedHeaders, now absent
    denied(v, nil, "SignedHeaders")
    v = signed()
    v.headers[#v.headers + 1] = { "Authorization", "AWS4-HMAC-SHA256 x" }
    denied(v, nil, "more than one")
  end)

  it("raises on programmer errors", function()
    local v = signed()
    assert.has_error(function() core.verify_v4(v) end)
    assert.has_error(function() core.verify_v4(v, "") end)
    assert.has_error(function() core.verify_v4(nil, SK) end)
  end)
end)

-- core.sign_plan: a client's fixed fields once, the time now, the key of its
-- last credentials kept; what it appends is what sign_v4 returns for that time.
describe("sigv4: signing plans", function()
  local function plan(extra)
    local t = { alg = "v4", method = "POST", path = "/", query = "", region = "us-east-1",
      service = "partnercentral-account" }
    for k, v in pairs(extra or {}) do t[k] = v end
    return core.sign_plan(t)
  end
  local function base_headers()
    return { { "Content-Type", "application/x-amz-json-1.0" },
             { "Host", "partnercentral-account.us-east-1.api.aws" },
             { "X-Amz-Target", "PartnerCentralAccount.GetPartner" } }
  end
  local BODY = '{"Catalog":"AWS","Identifier":"partner-abcdefghij123"}'
  local function value(headers, name)
    for _, h in ipairs(headers) do if h[1] == name then return h[2] end end
  end

  it("appends X-Amz-Date, the token and Authorization, signed as sign_v4 signs them", function()
    local p = plan()
    local headers = base_headers()
    local before = os.time()
    local auth = assert(p:sign(headers, BODY, AK, SK, "TOKEN"))
    local names = {}
    for i, h in ipairs(headers) do names[i] = h[1] end
    assert.same({ "Content-Type", "Host", "X-Amz-Target", "X-Amz-Date", "X-Amz-Security-Token", "Authorization" },
      names)
    local date = value(headers, "X-Amz-Date")
    assert.matches("^%d%d%d%d%d%d%d%dT%d%d%d%d%d%dZ$", date)
    -- now, in UTC
    local t = os.time{ year = tonumber(date:sub(1, 4)), month = tonumber(date:sub(5, 6)),
      day = tonumber(date:sub(7, 8)), hour = tonumber(date:sub(10, 11)), min = tonumber(date:sub(12, 13)),
      sec = tonumber(date:sub(14, 15)), isdst = false }
    local offset = os.time(os.date("!*t", before)) - before
    assert.is_true(math.abs((t - offset) - before) <= 2)
    assert.equal("TOKEN", value(headers, "X-Amz-Security-Token"))
    assert.equal(auth, value(headers, "Authorization"))
    local same = assert(core.sign_v4(json_req({ amz_date = date, session_token = "TOKEN" })))
    assert.equal(same.Authorization, auth)
    assert.is_true(core.verify_v4({ method = "POST", path = "/", query = "", headers = headers, body = BODY }, SK))
  end)

  it("treats an empty or absent session token as none", function()
    for _, token in ipairs{ "", false } do
      local headers = base_headers()
      assert(plan():sign(headers, BODY, AK, SK, token or nil))
      assert.is_nil(value(headers, "X-Amz-Security-Token"))
      assert.equal(5, #headers)
    end
  end)

  it("signs with the new key when the credentials change, and equal strings alike", function()
    local p = plan()
    local function sig(ak, sk)
      local headers = base_headers()
      assert(p:sign(headers, BODY, ak, sk))
      return core.verify_v4({ method = "POST", path = "/", query = "", headers = headers, body = BODY }, sk)
    end
    assert.is_true(sig(AK, SK))
    assert.is_true(sig(AK, SK .. "2"))                 -- a new secret: a new key
    assert.is_true(sig(AK, (SK .. "2"):sub(1, #SK)))   -- equal content, another string
    assert.is_true(sig("AKIDOTHER", SK))
    collectgarbage()                                   -- old strings may go; the plan keeps its own
    assert.is_true(sig(AK, SK))
  end)

  it("keeps a path with its query and the fixed fields it was made with", function()
    local p = plan{ path = "/custom/", query = "a=1&b=2", region = "eu-west-1", service = "svc" }
    local headers = base_headers()
    assert(p:sign(headers, BODY, AK, SK))
    assert.matches("Credential=AKIDEXAMPLE/%d+/eu%-west%-1/svc/aws4_request", value(headers, "Authorization"))
    assert.is_true(core.verify_v4({ method = "POST", path = "/custom/", query = "a=1&b=2", headers = headers,
      body = BODY }, SK))
  end)

  it("returns typed failures and raises on programmer errors", function()
    local p = plan()
    local r, code, msg = p:sign(base_headers(), BODY, "", SK)
    assert.is_nil(r)
    assert.equal("EINVAL", code)
    assert.matches("required", msg)
    assert.has_error(function() core.sign_plan{ alg = "v4", method = "POST", service = "s" } end)   -- no region
    assert.has_error(function() core.sign_plan{ alg = "v5", method = "POST", region = "r", service = "s" } end)
    assert.has_error(function() p:sign({ { "X-Bad", {} } }, BODY, AK, SK) end,
      "bad request header #1 (name and value must be strings)")
    assert.has_error(function() p:sign(nil, BODY, AK, SK) end)
    -- sign() with another self: a signer, a table, a string
    for _, other in ipairs{ core.signer(), {}, "plan" } do
      local ok, err = pcall(p.sign, other, base_headers(), BODY, AK, SK)
      assert.is_false(ok)
      assert.matches("partnercentral.sign_plan expected", err, 1, true)
    end
    local headers = base_headers()
    assert(p:sign(headers, BODY, AK, SK))             -- still usable after the errors
  end)
end)
