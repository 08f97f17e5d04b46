-- Response bodies (doc/protocol.md §3): cm:deserialize keeps what the output
-- shape models; malformed input gives a typed error, never a crash.
local mh = require("spec.support.model_helpers")
local helpers = require("spec.helpers")

local tiny = mh.cm("tiny")
local is54 = math.type ~= nil

local function fails(code, ...)
  local v, c, msg = ...
  assert.is_nil(v)
  assert.equal(code, c)
  assert.is_string(msg)
  return msg
end

describe("deserialize: filtering by the output shape", function()
  it("drops unknown members, nulls and __type", function()
    local t = assert(tiny:deserialize("PutThing",
      '{"__type":"x","Name":"ab","Extra":{"deep":[1]},"Count":null,"Flag":true}'))
    assert.same({ Name = "ab", Flag = true }, t)
  end)

  it("gives integers for integer shapes and float epoch seconds for timestamps", function()
    local t = assert(tiny:deserialize("PutThing",
      '{"Count":7,"Big":9007199254740992,"When":"2025-11-19T10:00:00.123Z","Ratio":0.5}'))
    assert.equal(7, t.Count)
    assert.equal(2 ^ 53, t.Big)
    assert.is_true(math.abs(t.When - 1763546400.123) < 1e-6)
    if is54 then
      assert.equal("integer", math.type(t.Count))
      assert.equal("float", math.type(t.When))
    end
  end)

  -- issue 10: cJSON reads numbers as doubles; the number's text keeps longs exact
  it("gives longs exact over the whole int64 range (LuaJIT: decimal strings beyond 2^53)", function()
    for _, digits in ipairs{ "9007199254740993", "-9007199254740993", "9223372036854775807",
        "-9223372036854775808", "9007199254740992", "123" } do
      local r = assert(tiny:deserialize("PutThing", '{"Big":' .. digits .. ',"Count":' .. "7}"))
      if math.type then
        assert.equal("integer", math.type(r.Big))
        assert.equal(digits, tostring(r.Big))
        assert.equal("integer", math.type(r.Count))
      elseif math.abs(tonumber(digits)) >= 2 ^ 53 and digits ~= "9007199254740992" then
        assert.equal(digits, r.Big)
      else
        assert.equal(tonumber(digits), r.Big)
      end
    end
    -- integral values written as floats are still integers for an integer shape
    local r = assert(tiny:deserialize("PutThing", '{"Big":1e3,"Count":2.0}'))
    assert.equal(1000, r.Big)
    assert.equal(2, r.Count)
    if math.type then assert.equal("integer", math.type(r.Count)) end
  end)

  it("accepts every timestamp form botocore accepts", function()
    local function when(v) return assert(tiny:deserialize("PutThing", '{"When":' .. v .. '}')).When end
    assert.equal(1763546400, when('1763546400'))
    assert.equal(1763546400.5, when('1763546400.5'))
    assert.equal(1763546400, when('"1763546400"'))
    assert.equal(1763546400, when('"2025-11-19T12:00:00+02:00"'))
    assert.equal(1763546400, when('"Wed, 19 Nov 2025 10:00:00 GMT"'))
    fails("EPARSE", tiny:deserialize("PutThing", '{"When":"soon"}'))
  end)

  it("keeps nested lists and maps, without null items", function()
    local t = assert(tiny:deserialize("PutThing",
      '{"Items":[{"Code":"en-US","X":1},null,{"Note":"n"}],"Tags":{"a":"1","b":null}}'))
    assert.same({ { Code = "en-US" }, { Note = "n" } }, t.Items)
    assert.same({ a = "1" }, t.Tags)
  end)

  it("reads unions: one member, unknown tags, and rejects two members", function()
    assert.same({ B = 2 }, assert(tiny:deserialize("PutThing", '{"Choice":{"B":2,"A":null}}')).Choice)
    assert.same({ SDK_UNKNOWN_MEMBER = { name = "Z" } },
      assert(tiny:deserialize("PutThing", '{"Choice":{"Z":{"q":1}}}')).Choice)
    local msg = fails("EPARSE", tiny:deserialize("PutThing", '{"Choice":{"A":"ab","B":2}}'))
    assert.matches("one and only one", msg)
  end)

  it("decodes blobs", function()
    assert.equal("hi\0there", assert(tiny:deserialize("PutThing", '{"Data":"aGkAdGhlcmU="}')).Data)
  end)

  it("parses an empty body as {} and ignores the body of an operation without output", function()
    assert.same({}, tiny:deserialize("PutThing", ""))
    assert.same({}, tiny:deserialize("PutThing", " \r\n"))
    assert.same({}, tiny:deserialize("PutThing", nil))
    assert.same({}, tiny:deserialize("Ping", '{"a":1}'))
  end)

  it("deserialize_shape reads any shape", function()
    assert.same({ { Code = "en-US" } }, tiny:deserialize_shape("ItemList", '[{"Code":"en-US"},null]'))
    assert.same({ Code = "x" }, tiny:deserialize_shape("Item", '{"Code":"x","Y":2}'))
  end)
end)

describe("deserialize: bad bodies", function()
  it("gives EPARSE for malformed and truncated JSON", function()
    local good = '{"Name":"ab","Items":[{"Code":"en-US","Note":"caf\195\169"}],"Tags":{"k":"v"},"When":1}'
    assert.is_table(tiny:deserialize("PutThing", good))
    for i = 1, #good - 1 do
      local prefix = good:sub(1, i)
      local v, code = tiny:deserialize("PutThing", prefix)
      assert.is_nil(v, prefix)
      assert.equal("EPARSE", code)
    end
    fails("EPARSE", tiny:deserialize("PutThing", '{"Name":"ab",}'))
    fails("EPARSE", tiny:deserialize("PutThing", '{"Name":"ab"} trailing'))
  end)

  it("gives EPARSE for a non-JSON 200 body and for JSON that is not an object", function()
    fails("EPARSE", tiny:deserialize("PutThing", "<html><body>Gateway</body></html>"))
    fails("EPARSE", tiny:deserialize("PutThing", "OK"))
    fails("EPARSE", tiny:deserialize("PutThing", "[1,2]"))
    fails("EPARSE", tiny:deserialize("PutThing", '"text"'))
  end)

  it("gives EPARSE for strings holding U+0000 instead of cutting them short", function()
    for _, body in ipairs{ '{"Name":"a\\u0000b"}', '{"Tags":{"k\\u0000x":"v"}}', '{"Unknown":"\\u0000"}' } do
      local msg = fails("EPARSE", tiny:deserialize("PutThing", body))
      assert.equal("JSON strings with U+0000 are not supported", msg)
    end
    fails("EPARSE", tiny:deserialize_shape("ItemList", '[{"Code":"\\u0000"}]'))
    assert.same({ Name = "a\\u0000b" }, tiny:deserialize("PutThing", '{"Name":"a\\\\u0000b"}'))
  end)

  it("gives EPARSE for wrong top-level types of other shapes", function()
    fails("EPARSE", tiny:deserialize_shape("ItemList", '{"a":1}'))
  end)

  it("survives absurd nesting", function()
    local deep = string.rep("[", 100000) .. string.rep("]", 100000)
    fails("EPARSE", tiny:deserialize("PutThing", '{"Extra":' .. deep .. '}'))
  end)

  it("caps the body size (opts.max_body, default 10 MiB)", function()
    fails("ETOOBIG", tiny:deserialize("PutThing", '{"Name":"ab"}', { max_body = 5 }))
    assert.is_table(tiny:deserialize("PutThing", '{"Name":"ab"}', { max_body = 13 }))
    local big = '{"Name":"' .. string.rep("a", 10 * 1024 * 1024) .. '"}'
    fails("ETOOBIG", tiny:deserialize("PutThing", big))
    assert.has_error(function() tiny:deserialize("PutThing", "{}", { max_body = "big" }) end)
  end)
end)

describe("deserialize: seed response", function()
  it("StartProfileUpdateTask response syntax parses to the expected table", function()
    if not helpers.shared("seeds/000_d7d96e42d98cf741.txt") then return pending("../shared is absent") end
    local body = [[{
      "Catalog": "AWS",
      "Arn": "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
      "Id": "partner-abcdefghij123",
      "TaskId": "pprofiletask-abcdefghij123",
      "TaskDetails": {
        "DisplayName": "Example Corp", "Description": "We build things.",
        "WebsiteUrl": "https://example.com", "LogoUrl": "https://example.com/logo.png",
        "PrimarySolutionType": "SOFTWARE_PRODUCTS",
        "IndustrySegments": ["COMPUTER_SOFTWARE"],
        "TranslationSourceLocale": "en-US",
        "LocalizedContents": [ { "DisplayName": "Beispiel", "Description": "Wir bauen.",
          "WebsiteUrl": "https://example.de", "LogoUrl": "https://example.de/l.png", "Locale": "de-DE" } ]
      },
      "StartedAt": "2025-11-19T10:00:00Z",
      "Status": "FAILED",
      "EndedAt": "2025-11-19T10:05:30.250Z",
      "ErrorDetailList": [ { "Locale": "de-DE", "Message": "logo too large", "Reason": "INVALID_LOGO_SIZE" } ],
      "Unmodeled": true
    }]]
    local t, code, msg = mh.cm("account"):deserialize("StartProfileUpdateTask", body)
    assert.is_table(t, msg)
    assert.same({
      Catalog = "AWS",
      Arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
      Id = "partner-abcdefghij123",
      TaskId = "pprofiletask-abcdefghij123",
      TaskDetails = {
        DisplayName = "Example Corp", Description = "We build things.",
        WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
        PrimarySolutionType = "SOFTWARE_PRODUCTS",
        IndustrySegments = { "COMPUTER_SOFTWARE" },
        TranslationSourceLocale = "en-US",
        LocalizedContents = { { DisplayName = "Beispiel", Description = "Wir bauen.",
          WebsiteUrl = "https://example.de", LogoUrl = "https://example.de/l.png", Locale = "de-DE" } },
      },
      StartedAt = 1763546400,
      Status = "FAILED",
      EndedAt = 1763546730.25,
      ErrorDetailList = { { Locale = "de-DE", Message = "logo too large", Reason = "INVALID_LOGO_SIZE" } },
    }, t)
    assert.is_nil(code)
  end)
end)
