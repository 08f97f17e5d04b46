-- Client-side validation (doc/design.md "Validation semantics"): cm:serialize and
-- cm:validate_shape on the hand-made fixture model (every shape kind) and on
-- the generated Account and Channel models. List paths are 1-based.
local mh = require("spec.support.model_helpers")
local core = require("partnercentral.core")

local tiny = mh.cm("tiny")

-- serialize PutThing; returns violations (and the message) or fails the spec
local function violations(input, mode)
  if mode == nil then mode = "default" end
  local body, code, msg, v = tiny:serialize("PutThing", input, { validation = mode })
  assert.is_nil(body)
  assert.equal("EVALIDATION", code)
  assert.is_string(msg)
  return v, msg
end

local function ok(input, mode)
  if mode == nil then mode = "default" end
  local body, token_or_code, msg = tiny:serialize("PutThing", input, { validation = mode })
  assert.is_string(body, msg)
  return body, token_or_code
end

describe("validation: required and unknown members", function()
  it("accepts a minimal valid input (token filled before validation)", function()
    ok({ Name = "abc" })
  end)

  it("reports a missing required member with its path", function()
    local v = violations({})
    assert.same({ "Name required" }, mh.summary(v))
    assert.equal("required member is missing", v[1].message)
  end)

  it("treats core.null as absent", function()
    local v = violations({ Name = core.null })
    assert.same({ "Name required" }, mh.summary(v))
  end)

  it("reports unknown member names (typos) and lists the members", function()
    local v = violations({ Name = "abc", Nmae = "abc" })
    local u = mh.find(v, "Nmae", "unknown")
    assert.truthy(u)
    assert.matches("Name, Ratio, Secret, Tags, Token", u.message, 1, true)
  end)

  it("reports non-string member names", function()
    local v = violations({ Name = "abc", [1] = "x" })
    assert.truthy(mh.find(v, "input", "unknown"))
  end)
end)

describe("validation: types", function()
  it("reports wrong Lua types without raising", function()
    local v = violations({ Name = 5, Count = "3", Flag = "yes", Items = "x", Tags = 1, Choice = true,
      When = {}, Ratio = "0.5" })
    assert.same({ "Choice type", "Count type", "Flag type", "Items type", "Name type", "Ratio type",
      "Tags type", "When type" }, mh.summary(v))
    assert.matches("string expected %(shape Name%), got number", mh.find(v, "Name").message)
  end)

  it("requires integral numbers for integer shapes", function()
    ok({ Name = "abc", Count = 3.0 })
    local v = violations({ Name = "abc", Count = 1.5 })
    assert.same({ "Count type" }, mh.summary(v))
    v = violations({ Name = "abc", Count = 2 ^ 31 })
    assert.matches("32%-bit", mh.find(v, "Count").message)
  end)

  it("rejects a table with non-sequence keys for a list", function()
    local v = violations({ Name = "abc", Items = { a = { Code = "en-US" } } })
    assert.same({ "Items type" }, mh.summary(v))
  end)

  it("rejects non-string map keys", function()
    local v = violations({ Name = "abc", Tags = { [1] = "v" } })
    assert.same({ "Tags type" }, mh.summary(v))
  end)

  it("rejects functions and other values with no JSON form", function()
    local v = violations({ Name = print })
    assert.same({ "Name type" }, mh.summary(v))
    assert.matches("got function", v[1].message)
  end)

  it("rejects text that is not a timestamp", function()
    local v = violations({ Name = "abc", When = "next tuesday" })
    assert.same({ "When type" }, mh.summary(v))
  end)

  it("reports a top-level value that is not a table", function()
    local v = violations("hello")
    assert.same({ "input type" }, mh.summary(v))
  end)
end)

describe("validation: length and range", function()
  it("counts Unicode code points, not bytes", function()
    ok({ Name = "\195\169\195\169" })                          -- 2 code points, 4 bytes
    ok({ Name = string.rep("\195\169", 5) })                   -- 5 code points, 10 bytes
    local v = violations({ Name = string.rep("\195\169", 6) })
    assert.same({ "Name max" }, mh.summary(v))
    assert.equal("6 characters, more than the maximum 5", v[1].message)
    v = violations({ Name = "a" })
    assert.same({ "Name min" }, mh.summary(v))
  end)

  it("reports invalid UTF-8", function()
    local v = violations({ Name = "ab\255" })
    assert.same({ "Name type" }, mh.summary(v))
    assert.equal("string is not valid UTF-8", v[1].message)
  end)

  it("counts list items and map entries", function()
    local v = violations({ Name = "abc", Items = {} })
    assert.same({ "Items min" }, mh.summary(v))
    local four = { { Code = "en-US" }, { Code = "en-US" }, { Code = "en-US" }, { Code = "en-US" } }
    v = violations({ Name = "abc", Items = four })
    assert.same({ "Items max" }, mh.summary(v))
    v = violations({ Name = "abc", Tags = { a = "1", b = "2", c = "3" } })
    assert.same({ "Tags max" }, mh.summary(v))
    v = violations({ Name = "abc", Tags = { ["long key!"] = "v" } })
    assert.same({ 'Tags["long key!"] max' }, mh.summary(v))
    assert.equal("key: 9 characters, more than the maximum 8", v[1].message)
  end)

  it("uses min/max as a range for numbers", function()
    local v = violations({ Name = "abc", Count = 0, Ratio = 1.5, Big = -1 })
    assert.same({ "Big min", "Count min", "Ratio max" }, mh.summary(v))
    assert.equal("value 0 is less than the minimum 1", mh.find(v, "Count").message)
  end)
end)

describe("validation: patterns and enums", function()
  it("searches patterns by default (Smithy: not anchored) and full-matches in strict mode", function()
    ok({ Name = "abc", Items = { { Code = "xen-USx" } } })
    local v = violations({ Name = "abc", Items = { { Code = "xen-USx" } } }, "strict")
    assert.same({ "Items[1].Code pattern" }, mh.summary(v))
    assert.matches("does not fully match the pattern [a-z]{2}-[A-Z]{2}", v[1].message, 1, true)
    v = violations({ Name = "abc", Items = { { Code = "english" } } })
    assert.same({ "Items[1].Code pattern" }, mh.summary(v))
  end)

  -- issue 15: full match means the whole value for any pattern, not only
  -- grouped ones (a wrapper that loses the group would accept "abxx")
  it("full-matches a top-level alternation as a whole in strict mode", function()
    local function check(pattern, value, mode)
      local m = core.model_compile{ shapes = { S = { type = "string", pattern = pattern } }, operations = {} }
      return m:validate_shape("S", value, mode) == true
    end
    for _, p in ipairs{ "ab|cd", "^ab|cd$", "ab|c(d)", "[a-b]{2}|cd" } do
      assert.is_true(check(p, "ab", "strict"), p)
      assert.is_true(check(p, "cd", "strict"), p)
      for _, bad in ipairs{ "abxx", "xxcd", "abcd", "xab", "cdx", "" } do
        assert.is_false(check(p, bad, "strict"), p .. " / " .. bad)
      end
    end
    assert.is_true(check("ab|cd", "xxcdxx", "default"))   -- searched: Smithy's meaning
    assert.is_false(check("ab|cd", "xxyy", "default"))
    -- a pattern that accepts "" is matched in full in every mode
    assert.is_true(check("a|", "", "default"))
    assert.is_false(check("a|", "b", "default"))
    assert.is_false(check("x*|y", "xxz", "strict"))
  end)

  it("translates \\uXXXX escapes (Unicode ranges)", function()
    ok({ Name = "abc", Items = { { Code = "en-US", Note = "caf\195\169 \226\130\172" } } }, "strict")
    local v = violations({ Name = "abc", Items = { { Code = "en-US", Note = "tab\there" } } }, "strict")
    assert.same({ "Items[1].Note pattern" }, mh.summary(v))
  end)

  it("enforces enums only in strict mode", function()
    ok({ Name = "abc", Kind = "HUGE" })
    local v = violations({ Name = "abc", Kind = "HUGE" }, "strict")
    assert.same({ "Kind enum" }, mh.summary(v))
    assert.matches("LARGE, SMALL", v[1].message, 1, true)
    ok({ Name = "abc", Kind = "LARGE" }, "strict")
  end)
end)

describe("validation: unions", function()
  it("needs exactly one member", function()
    ok({ Name = "abc", Choice = { B = 2 } })
    assert.same({ "Choice union" }, mh.summary(violations({ Name = "abc", Choice = {} })))
    assert.same({ "Choice union" }, mh.summary(violations({ Name = "abc", Choice = { A = "ab", B = 2 } })))
  end)
end)

describe("validation: collecting, paths, modes", function()
  it("reports every violation at once, sorted by path, with 1-based list indexes", function()
    local v, msg = violations({ Name = "a", Count = 1.5, Bogus = 1,
      Items = { { Code = "en-US" }, { Note = "x" } }, Tags = { k = "01234567890" },
      Matrix = { { 1 }, { "two" } } })
    assert.same({ "Bogus unknown", "Count type", "Items[2].Code required", "Matrix[2][1] type",
      "Name min", "Tags[\"k\"] max" }, mh.summary(v))
    local lines = {}
    for line in msg:gmatch("[^\n]+") do lines[#lines + 1] = line end
    assert.equal("validation failed: 6 violations", lines[1])
    assert.equal(7, #lines)
    assert.equal("Bogus: " .. v[1].message, lines[2])
  end)

  it("never shows the value of a sensitive shape", function()
    local v, msg = violations({ Name = "abc", Secret = "98765x" }, "strict")
    assert.same({ "Secret max", "Secret pattern" }, mh.summary(v))
    assert.is_nil(msg:find("98765", 1, true))
  end)

  it("validation = false checks no constraint (required, lengths, ranges, enums)", function()
    local body = ok({ Count = 0, Kind = "HUGE", Name = "a" }, false)
    assert.same({ Name = "a", Count = 0, Kind = "HUGE", Token = core.json_decode(body).Token },
      core.json_decode(body))
  end)

  -- issue 9: a body never goes out with members silently left behind
  it("validation = false still refuses what has no JSON form for its shape (nothing dropped)", function()
    local cases = {
      { { Name = "a", Bogus = 1 }, "Bogus unknown" },
      { { Name = "a", Flag = "yes" }, "Flag type" },
      { { Name = "a", [7] = "x" }, "input unknown" },
      { { Name = "a", Items = { { Code = "en-US" }, core.null } }, "Items[2] type" },
      { { Name = "a", Items = { { Code = "en-US", Bogus = true } } }, "Items[1].Bogus unknown" },
      { { Name = "a", Tags = { [1] = "v" } }, "Tags type" },
      { { Name = "a", Tags = { ["k\0x"] = "v" } }, 'Tags["k\\x00x"] type' },
      { { Name = "a\0b" }, "Name type" },
      { { Name = "a", Count = 1.5 }, "Count type" },
      { { Name = "a", When = "yesterday" }, "When type" },
    }
    for _, c in ipairs(cases) do
      local v = violations(c[1], false)
      assert.same({ c[2] }, mh.summary(v))
    end
  end)

  it("raises on bad option values (programmer errors)", function()
    assert.has_error(function() tiny:serialize("PutThing", {}, { validation = "lenient" }) end)
    assert.has_error(function() tiny:serialize("NoSuchOp", {}) end)
    assert.has_error(function() tiny:validate_shape("NoSuchShape", {}) end)
  end)
end)

describe("cm:validate_shape", function()
  it("validates any shape in default, strict and off modes", function()
    assert.is_true(tiny:validate_shape("Name", "abc"))
    assert.is_true(tiny:validate_shape("Kind", "HUGE"))
    local okv, code, msg, v = tiny:validate_shape("Kind", "HUGE", "strict")
    assert.is_nil(okv)
    assert.equal("EVALIDATION", code)
    assert.equal("validation failed: 1 violation\ninput: " .. v[1].message, msg)
    assert.is_true(tiny:validate_shape("Kind", "HUGE", false))
    okv, code, msg, v = tiny:validate_shape("ItemList", { { Code = "en-US" }, {} })
    assert.is_nil(okv)
    assert.equal("EVALIDATION", code)
    assert.equal("validation failed: 1 violation\n[2].Code: " .. v[1].message, msg)
    assert.same({ "[2].Code required" }, mh.summary(v))
  end)

  it("accepts JSON-decoded values (arrays with json_array_mt, null members)", function()
    local value = core.json_decode('{"Name":"abc","Token":"t","Items":[{"Code":"en-US","Note":null}],"Tags":{}}')
    assert.is_true(tiny:validate_shape("PutThingRequest", value, "strict"))
  end)
end)

describe("validation on the generated models", function()
  local account, channel = mh.cm("account"), mh.cm("channel")

  it("reports nested list paths of StartProfileUpdateTask", function()
    local input = { Catalog = "AWS", Identifier = "partner-abcdefghij123",
      TaskDetails = { DisplayName = "Example", Description = "d", WebsiteUrl = "https://example.com",
        LogoUrl = "https://example.com/l.png", PrimarySolutionType = "SOFTWARE_PRODUCTS",
        IndustrySegments = { "COMPUTER_SOFTWARE" }, TranslationSourceLocale = "en-US",
        LocalizedContents = {
          { DisplayName = "A", Description = "B", WebsiteUrl = "https://a.example", LogoUrl = "https://a.example/l", Locale = "de-DE" },
          { DisplayName = "A", Description = "B", WebsiteUrl = "https://a.example", LogoUrl = "https://a.example/l", Locale = "german" },
        } } }
    local body, code, _, v = account:serialize("StartProfileUpdateTask", input)
    assert.is_nil(body)
    assert.equal("EVALIDATION", code)
    assert.same({ "TaskDetails.LocalizedContents[2].Locale pattern" }, mh.summary(v))
  end)

  it("checks integer ranges (MaxResults 1..100) and long types (Revision)", function()
    local _, _, _, v = account:serialize("ListConnections", { Catalog = "AWS", MaxResults = 101 })
    assert.same({ "MaxResults max" }, mh.summary(v))
    assert.is_string((account:serialize("ListConnections", { Catalog = "AWS", MaxResults = 100 })))
    _, _, _, v = account:serialize("UpdateConnectionPreferences", { Catalog = "AWS", AccessType = "PUBLIC",
      Revision = 1.25 })
    assert.truthy(mh.find(v, "Revision", "type"))
  end)

  it("checks Channel unions (exactly one payload member)", function()
    local _, _, _, v = channel:serialize("CreateChannelHandshake", { handshakeType = "START_SERVICE_PERIOD",
      catalog = "AWS", associatedResourceIdentifier = "rs-abcdefghij123", payload = {} })
    assert.same({ "payload union" }, mh.summary(v))
  end)

  it("seed: UpdateProgramManagementAccount reports identifier, displayName and revision in one error", function()
    local input = {
      catalog = "AWS",
      identifier = "pma-abcdefghij12",                   -- 16 characters, minimum 17
      displayName = string.rep("\195\169", 31),          -- 31 code points (62 bytes), maximum 30
      revision = "abc",                                  -- pattern [0-9]*
    }
    -- Smithy patterns are unanchored, but "[0-9]*" matches the empty string, so
    -- searched it would accept anything: such patterns are matched in full in
    -- every mode (pc/regex.h).
    local body, code, msg, v = channel:serialize("UpdateProgramManagementAccount", input, { validation = "strict" })
    assert.is_nil(body)
    assert.equal("EVALIDATION", code)
    assert.truthy(mh.find(v, "identifier", "min"))
    assert.truthy(mh.find(v, "displayName", "max"))
    assert.truthy(mh.find(v, "revision", "pattern"))
    assert.equal("31 characters, more than the maximum 30", mh.find(v, "displayName").message)
    assert.matches("^validation failed: 4 violations\n", msg)
    assert.matches("\nidentifier: 16 characters, fewer than the minimum 17", msg, 1, true)
    assert.matches("\nrevision: value does not fully match the pattern [0-9]*", msg, 1, true)
    -- default mode (what a client does): the same three in one error
    local dbody, dcode, dmsg, dv = channel:serialize("UpdateProgramManagementAccount", input)
    assert.is_nil(dbody)
    assert.equal("EVALIDATION", dcode)
    assert.truthy(mh.find(dv, "identifier", "min"))
    assert.truthy(mh.find(dv, "displayName", "max"))
    assert.truthy(mh.find(dv, "revision", "pattern"))
    assert.matches("\nrevision: value does not match the pattern [0-9]*", dmsg, 1, true)
  end)

  it("patterns that cannot match empty stay unanchored searches in default mode", function()
    -- ProgramManagementAccountIdentifier's pattern has no anchors: a search finds
    -- the pma id inside a longer string (the service decides the rest)
    local ok_body = channel:serialize("UpdateProgramManagementAccount", {
      catalog = "AWS", identifier = "x-pma-abcdefghij123", revision = "7" })
    assert.is_string(ok_body)
    local body, _, _, v = channel:serialize("UpdateProgramManagementAccount", {
      catalog = "AWS", identifier = "x-pma-abcdefghij123", revision = "7" }, { validation = "strict" })
    assert.is_nil(body)
    assert.truthy(mh.find(v, "identifier", "pattern"))
  end)
end)
