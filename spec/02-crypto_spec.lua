-- Crypto primitives of the C core: SHA-256 (FIPS 180-2 examples), HMAC-SHA256
-- (RFC 4231), hex, base64 (RFC 4648 section 10), UUID v4, random bytes.
local core = require("partnercentral.core")

local function unhex(h)
  return (h:gsub("%x%x", function(b) return string.char(tonumber(b, 16)) end))
end

describe("crypto: sha256", function()
  it("hashes the FIPS 180-2 examples", function()
    assert.equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", core.sha256_hex(""))
    assert.equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", core.sha256_hex("abc"))
    assert.equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
      core.sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
    assert.equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
      core.sha256_hex(("a"):rep(1000000)))
  end)

  it("returns 32 raw bytes from sha256 and handles embedded NULs", function()
    local raw = core.sha256("a\0b")
    assert.equal(32, #raw)
    assert.equal(core.sha256_hex("a\0b"), core.hex(raw))
    assert.not_equal(core.sha256_hex("a"), core.sha256_hex("a\0b"))
  end)

  it("raises on a non-string argument", function()
    assert.has_error(function() core.sha256_hex({}) end)
    assert.has_error(function() core.sha256() end)
  end)
end)

describe("crypto: hmac_sha256 (RFC 4231)", function()
  local cases = {
    { key = ("\11"):rep(20), data = "Hi There",
      mac = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
    { key = "Jefe", data = "what do ya want for nothing?",
      mac = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
    { key = ("\170"):rep(20), data = ("\221"):rep(50),
      mac = "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
    { key = ("\170"):rep(131), data = "Test Using Larger Than Block-Size Key - Hash Key First",
      mac = "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
    { key = ("\170"):rep(131),
      data = "This is a test using a larger than block-size key and a larger than block-size data. "
        .. "The key needs to be hashed before being used by the HMAC algorithm.",
      mac = "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },
  }
  for i, c in ipairs(cases) do
    it("matches test case " .. i, function()
      assert.equal(c.mac, core.hex(core.hmac_sha256(c.key, c.data)))
    end)
  end

  it("accepts an empty key and an empty message", function()
    assert.equal("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad",
      core.hex(core.hmac_sha256("", "")))
  end)
end)

describe("crypto: hex", function()
  it("encodes bytes as lowercase hex", function()
    assert.equal("", core.hex(""))
    assert.equal("00ff10ab", core.hex("\0\255\16\171"))
    assert.equal(unhex("deadbeef"), unhex(core.hex(unhex("deadbeef"))))
  end)
end)

describe("crypto: base64", function()
  local rfc = { [""] = "", f = "Zg==", fo = "Zm8=", foo = "Zm9v", foob = "Zm9vYg==",
                fooba = "Zm9vYmE=", foobar = "Zm9vYmFy" }

  it("encodes the RFC 4648 vectors", function()
    for plain, enc in pairs(rfc) do assert.equal(enc, core.base64_encode(plain)) end
  end)

  it("decodes the RFC 4648 vectors", function()
    for plain, enc in pairs(rfc) do assert.equal(plain, core.base64_decode(enc)) end
  end)

  it("round-trips every byte value", function()
    local t = {}
    for i = 0, 255 do t[#t + 1] = string.char(i) end
    local all = table.concat(t)
    for cut = 0, 3 do
      local s = all:sub(1, #all - cut)
      assert.equal(s, core.base64_decode(core.base64_encode(s)))
    end
    assert.matches("^[A-Za-z0-9+/]+=*$", core.base64_encode(all))
  end)

  it("rejects malformed input with nil, EPARSE", function()
    for _, bad in ipairs({ "Zg", "Zg=", "Z===", "====", "Zm9v\n", "Zm 9v", "Zm9-", "Zm9_",
                           "Zg==Zg==", "=Zg=", "Zh==", "Zm9=" }) do
      local v, code, msg = core.base64_decode(bad)
      assert.is_nil(v, bad)
      assert.equal("EPARSE", code)
      assert.is_string(msg)
    end
  end)
end)

describe("crypto: uuid4", function()
  it("returns RFC 9562 version 4 UUIDs", function()
    for _ = 1, 50 do
      local u = core.uuid4()
      assert.matches("^%x%x%x%x%x%x%x%x%-%x%x%x%x%-4%x%x%x%-[89ab]%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x$", u)
      assert.equal(u:lower(), u)
    end
  end)

  it("does not repeat", function()
    local seen = {}
    for _ = 1, 1000 do
      local u = core.uuid4()
      assert.is_nil(seen[u])
      seen[u] = true
    end
  end)
end)

describe("crypto: random_bytes", function()
  it("returns n bytes", function()
    assert.equal("", core.random_bytes(0))
    assert.equal(16, #core.random_bytes(16))
    assert.equal(4096, #core.random_bytes(4096))
    assert.not_equal(core.random_bytes(32), core.random_bytes(32))
  end)

  it("raises on a bad count", function()
    assert.has_error(function() core.random_bytes(-1) end)
    assert.has_error(function() core.random_bytes(1.5) end)
    assert.has_error(function() core.random_bytes("x") end)
    assert.has_error(function() core.random_bytes(2 ^ 40) end)
  end)
end)
