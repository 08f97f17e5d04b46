-- Request bodies (doc/protocol.md §2.3, §6): cm:serialize / cm:serialize_shape
-- write what the shape says: [] vs {}, integers, timestamps, blobs, tokens.
local mh = require("spec.support.model_helpers")
local helpers = require("spec.helpers")
local core = require("partnercentral.core")
local decode = core.json_decode

local tiny = mh.cm("tiny")
local UUID4 = "^%x%x%x%x%x%x%x%x%-%x%x%x%x%-4%x%x%x%-[89ab]%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x$"

local function body_of(input, opts)
  local body, token_or_code, msg = tiny:serialize("PutThing", input, opts)
  assert.is_string(body, msg)
  return body, token_or_code
end

describe("serialize: bodies", function()
  it("writes only the members given, as a JSON object", function()
    local body = body_of({ Name = "abc", Token = "t-1", Count = nil })
    assert.same({ Name = "abc", Token = "t-1" }, decode(body))
  end)

  it("writes {} for an operation without input and for a nil input", function()
    local body, token = tiny:serialize("Ping", nil)
    assert.equal("{}", body)
    assert.is_nil(token)
    assert.equal("{}", tiny:serialize_shape("Choice", nil, { validation = false }))
  end)

  it("turns an empty Lua table into [] for lists and {} for structures and maps", function()
    local body = body_of({ Name = "abc", Token = "t", Matrix = {}, Tags = {}, Choice = { B = 1 } }, { validation = false })
    assert.matches('"Matrix":[]', body, 1, true)
    assert.matches('"Tags":{}', body, 1, true)
    local s = tiny:serialize_shape("Item", {}, { validation = false })
    assert.equal("{}", s)
  end)

  it("keeps integers integral and longs beyond 2^53 exact", function()
    local body = body_of({ Name = "abc", Token = "t", Count = 3.0, Big = "9007199254740993" })
    assert.matches('"Count":3[,}]', body)
    assert.matches('"Big":9007199254740993[,}]', body)
    if math.type then                                     -- Lua 5.4 integers
      local big = math.tointeger(2 ^ 53) + 1
      assert.matches('"Big":9007199254740993[,}]', body_of({ Name = "abc", Token = "t", Big = big }))
    end
    local _, _, _, v = tiny:serialize("PutThing", { Name = "abc", Big = "12abc" })
    assert.same({ "Big type" }, mh.summary(v))
  end)

  it("writes timestamps in the shape's format (iso8601, epoch seconds by default)", function()
    local function when(x) return decode(body_of({ Name = "abc", Token = "t", When = x })).When end
    assert.equal("2026-01-31T12:00:00Z", when(1769860800))
    assert.equal("2026-01-31T10:00:00Z", when("2026-01-31T12:00:00+02:00"))
    assert.equal("2026-01-31T12:00:00Z", when("2026-01-31T12:00:00"))   -- naive = UTC
    assert.equal("2026-01-31T12:00:00.500000Z", when(1769860800.5))
    local epoch = decode(body_of({ Name = "abc", Token = "t", Epoch = "2026-01-31T12:00:00Z" })).Epoch
    assert.equal(1769860800, epoch)
    assert.matches('"Epoch":1769860800[,}]', body_of({ Name = "abc", Token = "t", Epoch = 1769860800.75 }))
  end)

  it("writes blobs as base64 and non-finite doubles as strings", function()
    local t = decode(body_of({ Name = "abc", Token = "t", Data = "hi\0there", Ratio = 0.25 }))
    assert.equal("aGkAdGhlcmU=", t.Data)
    assert.equal(0.25, t.Ratio)
    t = decode(body_of({ Name = "abc", Token = "t", Ratio = 0 / 0 }, { validation = false }))
    assert.equal("NaN", t.Ratio)
  end)

  it("escapes strings so that any text survives", function()
    local s = "q\"\\\n\t\1 caf\195\169 \240\159\152\128"
    local t = decode(body_of({ Name = "abc", Token = "t", Items = { { Code = "en-US", Note = s } } }, { validation = false }))
    assert.equal(s, t.Items[1].Note)
  end)

  it("refuses strings that are not valid UTF-8 in every mode (the body would not be JSON)", function()
    local bad = { "\255", "caf\195", "\237\160\128" }     -- stray byte, cut sequence, surrogate
    for _, mode in ipairs{ false, "default", "strict" } do
      for _, b in ipairs(bad) do
        local body, code, msg, v = tiny:serialize("PutThing",
          { Name = "abc", Token = "t", Items = { { Code = "en-US", Note = "x" .. b } } }, { validation = mode })
        assert.is_nil(body, tostring(mode))
        assert.equal("EVALIDATION", code)
        assert.matches("not valid UTF-8", msg, 1, true)
        assert.equal(1, #v)
        assert.equal("Items[1].Note", v[1].path:gsub("^%$%.?", ""))
        assert.equal("TYPE", v[1].kind:upper())
      end
      -- a map key
      local body, code, msg, v = tiny:serialize("PutThing", { Name = "abc", Token = "t", Tags = { ["k\255"] = "v" } },
        { validation = mode })
      assert.is_nil(body, tostring(mode))
      assert.equal("EVALIDATION", code)
      assert.matches("UTF-8", msg, 1, true)
      assert.matches("Tags", v[1].path, 1, true)
    end
    -- serialize_shape too
    local body, code = tiny:serialize_shape("Item", { Code = "en-US", Note = "\128" }, { validation = false })
    assert.is_nil(body)
    assert.equal("EVALIDATION", code)
  end)

  it("refuses invalid UTF-8 inside documents, in every mode", function()
    local m = core.model_compile{
      shapes = { Req = { type = "structure", members = { { name = "Doc", shape = "Doc" } } }, Doc = { type = "document" } },
      operations = { Op = { name = "Op", input = "Req" } } }
    assert.equal('{"Doc":{"a":["\195\169"]}}', (m:serialize("Op", { Doc = { a = { "\195\169" } } }, { validation = false })))
    for _, mode in ipairs{ false, "default" } do
      for _, doc in ipairs{ { a = { "\255" } }, { ["\255"] = 1 }, "\192\128" } do
        local body, code, _, v = m:serialize("Op", { Doc = doc }, { validation = mode })
        assert.is_nil(body, tostring(mode))
        assert.equal("EVALIDATION", code)
        assert.matches("Doc", v[1].path, 1, true)
      end
    end
  end)

  -- Every parser of ours (pc_json_parse: the client's and the emulator's)
  -- reads bodies nested up to 128 levels: a document never takes a body past
  -- that, in any mode, at any depth of the input, so what is sent reads back.
  it("refuses a document that would nest the body past 128 levels, in every mode; what it sends reads back", function()
    local m = core.model_compile{
      shapes = { Req = { type = "structure", members = { { name = "Doc", shape = "Doc" }, { name = "In", shape = "Req" } } },
        Doc = { type = "document" } },
      operations = { Op = { name = "Op", input = "Req" } } }
    local function arrays(k) local d = "x" for _ = 1, k do d = { d } end return d end
    local function objects(k) local d = 1 for _ = 1, k do d = { a = d } end return d end
    -- around the document: `outer` structures (the body's own object included)
    local function input(outer, doc)
      local t = { Doc = doc }
      for _ = 2, outer do t = { In = t } end
      return t
    end
    for _, mode in ipairs{ false, "default", "strict" } do
      for _, outer in ipairs{ 1, 5, 127 } do
        for _, nest in ipairs{ arrays, objects } do
          local fits = 128 - outer           -- the document's own levels that fit
          local body = assert(m:serialize("Op", input(outer, nest(fits)), { validation = mode }))
          assert.is_not_nil(core.json_decode(body), "reads back")
          for _, k in ipairs{ fits + 1, fits + 50, 1000 } do
            local none, code, _, v = m:serialize("Op", input(outer, nest(k)), { validation = mode })
            assert.is_nil(none)
            assert.equal("EVALIDATION", code)
            assert.equal(("In."):rep(outer - 1) .. "Doc", v[1].path)
            assert.matches("deeper than 128 levels", v[1].message, 1, true)
          end
        end
      end
      -- a scalar document inside 127 structures still fits; a structure at level 129 does not
      assert(m:serialize("Op", input(127, "s"), { validation = mode }))
      local _, code = m:serialize("Op", input(129, "s"), { validation = mode })
      assert.equal("EVALIDATION", code)
    end
    -- json_encode keeps its own, larger limit for generic values (1000 levels)
    assert.is_not_nil(core.json_encode(arrays(1000)))
    assert.is_nil(core.json_encode(arrays(1001)))
  end)

  -- LuaJIT gives a C function 8000 stack slots in all: a wide recursive
  -- structure nested deep must still give a body (or a typed error), never a
  -- raw "stack overflow" that Lua 5.4 would not raise
  it("writes wide structures nested up to the depth limit on every runtime, documents and lists at the bottom", function()
    local members = { { name = "In", shape = "Req" }, { name = "Doc", shape = "Doc" }, { name = "L", shape = "L" } }
    for i = 1, 97 do members[#members + 1] = { name = "m" .. i, shape = "Str" } end
    local m = core.model_compile{
      shapes = { Req = { type = "structure", members = members }, Str = { type = "string" },
        Doc = { type = "document" }, L = { type = "list", member = "L" } },
      operations = { Op = { name = "Op", input = "Req" } } }
    local function input(levels, bottom)
      local t = bottom
      for _ = 1, levels do
        local outer = { In = t }
        for i = 1, 97 do outer["m" .. i] = "v" end
        t = outer
      end
      return t
    end
    for _, mode in ipairs{ false, "default" } do
      local body, code, msg = m:serialize("Op", input(124, { Doc = { a = { 1 } }, L = { { {} } } }), { validation = mode })
      assert.is_string(body, tostring(code) .. " " .. tostring(msg))
      assert.is_not_nil(core.json_decode(body), "reads back")
      local none, code2, _, v = m:serialize("Op", input(200, {}), { validation = mode })
      assert.is_nil(none)
      assert.equal("EVALIDATION", code2)
      assert.matches("deeper than 128 levels", v[1].message, 1, true)
    end
  end)

  -- The stack a body takes is what its levels use, not the room all 128
  -- levels could need: a coroutine keeps its grown stack, and ngx_lua clears
  -- all of it each time it reuses a request's coroutine (2000 slots: 16 KB
  -- on LuaJIT, 32 KB on Lua 5.4).
  it("grows the caller's stack by what the input's levels use", function()
    local function grown_by(f)
      collectgarbage("stop")
      local co = coroutine.create(function()
        coroutine.yield(collectgarbage("count"))
        f()
        coroutine.yield(collectgarbage("count"))
      end)
      local _, before = coroutine.resume(co)
      local _, after = coroutine.resume(co)
      collectgarbage("restart")
      return (after - before) * 1024
    end
    local bytes = grown_by(function() body_of({ Name = "abc", Token = "t", Tags = { a = "1" } }) end)
    assert.is_true(bytes < 8192, ("%d bytes allocated"):format(bytes))
  end)

  -- issue 10: the same input gives the same bytes, whatever Lua's table order
  it("writes structure members in model order and map keys sorted", function()
    local tags = { zz = "1", a = "2", m = "3", B = "4", ["\195\169"] = "5" }
    local body = body_of({ Tags = tags, Kind = "SMALL", Token = "t", Count = 2, Name = "abc", Flag = true },
      { validation = false })
    assert.equal('{"Name":"abc","Token":"t","Count":2,"Kind":"SMALL","Tags":{"B":"4","a":"2","m":"3","zz":"1",'
      .. '"\195\169":"5"},"Flag":true}', body)
    assert.equal('{"Code":"en-US","Note":"n"}', tiny:serialize_shape("Item", { Note = "n", Code = "en-US" }))
  end)

  it("keeps model order for structures of any size", function()
    for _, n in ipairs{ 3, 64, 65, 150 } do
      local members, input, want = {}, {}, {}
      for i = 1, n do members[i] = { name = ("m%03d"):format(n - i), shape = "S" } end   -- reverse name order
      local m = core.model_compile{ shapes = { R = { type = "structure", members = members }, S = { type = "string" } },
        operations = { Op = { name = "Op", input = "R" } } }
      for i = 1, n, 2 do
        input[members[i].name] = "v" .. i
        want[#want + 1] = ('"%s":"v%d"'):format(members[i].name, i)
      end
      assert.equal("{" .. table.concat(want, ",") .. "}", (assert(m:serialize("Op", input))), n)
    end
  end)

  it("puts a generated idempotency token at its place in the model's order", function()
    local body, token = body_of({ Count = 2, Name = "abc" })
    assert.equal('{"Name":"abc","Token":"' .. token .. '","Count":2}', body)
    body, token = body_of({ Name = "abc" })
    assert.equal('{"Name":"abc","Token":"' .. token .. '"}', body)
    local m = core.model_compile{ shapes = { R = { type = "structure", members = {
      { name = "T", shape = "S", idempotencyToken = true }, { name = "A", shape = "S" } } }, S = { type = "string" } },
      operations = { Op = { name = "Op", input = "R" } } }
    body, token = m:serialize("Op", { A = "a" })
    assert.equal('{"T":"' .. token .. '","A":"a"}', body)
    body, token = m:serialize("Op", {})
    assert.equal('{"T":"' .. token .. '"}', body)
  end)

  it("carries any JSON value in a document, keys sorted, arrays marked or by sequence", function()
    local m = core.model_compile{
      shapes = { Req = { type = "structure", members = { { name = "Doc", shape = "Doc" }, { name = "N", shape = "L" } } },
        Doc = { type = "document" }, L = { type = "long" } },
      operations = { Op = { name = "Op", input = "Req", output = "Req" } } }
    local function doc(v) return (assert(m:serialize("Op", { Doc = v }))) end
    assert.equal('{"Doc":{"a":"x","b":[1,2.5,true,null,{}]}}', doc({ b = { 1, 2.5, true, core.null, {} }, a = "x" }))
    assert.equal('{"Doc":[]}', doc(setmetatable({}, core.json_array_mt)))
    assert.equal('{"Doc":{}}', doc({}))
    assert.equal('{"Doc":"s"}', doc("s"))
    assert.equal('{"Doc":-3}', doc(-3))
    if math.type then assert.equal('{"Doc":{"x":9223372036854775807}}', doc({ x = math.maxinteger })) end
    -- what deserialize gives back serializes to the same text
    local text = '{"Doc":{"a":[1,{"b":null}],"big":-9007199254740993,"e":[],"f":0.5,"o":{}},"N":9007199254740993}'
    local back = assert(m:deserialize("Op", text))
    -- (LuaJIT has no 64-bit integers: a document's big integer comes back as a
    -- decimal string, which stays a string; a long member takes the string)
    local want = math.type and text or text:gsub('"big":(%-%d+)', '"big":"%1"')
    assert.equal(want, (assert(m:serialize("Op", back))))
  end)

  it("returns no body at all when validation fails", function()
    local body, code = tiny:serialize("PutThing", { Name = "a" })
    assert.is_nil(body)
    assert.equal("EVALIDATION", code)
  end)
end)

describe("serialize: idempotency tokens", function()
  it("fills a missing token with a UUID v4 and returns it", function()
    local body, token = body_of({ Name = "abc" })
    assert.matches(UUID4, token)
    assert.equal(token, decode(body).Token)
    local _, token2 = body_of({ Name = "abc" })
    assert.not_equal(token, token2)
  end)

  it("keeps a token the caller passes (retries reuse it)", function()
    local body, token = body_of({ Name = "abc" })
    local body2, token2 = body_of({ Name = "abc", Token = token })
    assert.is_nil(token2)
    assert.same(decode(body), decode(body2))
  end)

  it("fills tokens before validation (ClientToken is required in Account)", function()
    local account = mh.cm("account")
    local body, token = account:serialize("CancelConnection", { Catalog = "AWS",
      Identifier = "pac-abcdefghij123", ConnectionType = "OPPORTUNITY_COLLABORATION", Reason = "done" })
    assert.is_string(body)
    assert.matches(UUID4, token)
  end)
end)

describe("serialize: seeds and generated models", function()
  it("StartProfileUpdateTask with the full seed request", function()
    local seed = helpers.shared("seeds/000_d7d96e42d98cf741.txt")
    if not seed then return pending("../shared is absent") end
    local input = {
      Catalog = "AWS",
      Identifier = "partner-abcdefghij123",
      TaskDetails = {
        DisplayName = "Example Corp",
        Description = "We build things on AWS.",
        WebsiteUrl = "https://example.com",
        LogoUrl = "https://example.com/logo.png",
        PrimarySolutionType = "SOFTWARE_PRODUCTS",
        IndustrySegments = { "COMPUTER_SOFTWARE", "FINANCIAL_SERVICES" },
        TranslationSourceLocale = "en-US",
        LocalizedContents = {
          { DisplayName = "Beispiel GmbH", Description = "Wir bauen Dinge auf AWS.",
            WebsiteUrl = "https://example.de", LogoUrl = "https://example.de/logo.png", Locale = "de-DE" },
        },
        Headquarters = { CountryCode = "US", SubdivisionCode = "WA" },   -- in the model, not the seed
      },
    }
    -- every member of the seed's request syntax is used
    local text = helpers.read_file(seed)
    for _, name in ipairs{ "Catalog", "Identifier", "TaskDetails", "DisplayName", "Description",
        "WebsiteUrl", "LogoUrl", "PrimarySolutionType", "IndustrySegments", "TranslationSourceLocale",
        "LocalizedContents", "Locale" } do
      assert.truthy(text:find(name .. "=", 1, true) or text:find("'" .. name .. "'", 1, true), name)
    end
    local body, token = mh.cm("account"):serialize("StartProfileUpdateTask", input, { validation = "strict" })
    assert.is_string(body, token)
    assert.matches(UUID4, token)
    local expected = {}
    for k, v in pairs(input) do expected[k] = v end
    expected.ClientToken = token
    assert.same(expected, decode(body))
  end)

  it("Channel endDate (iso8601 timestamp) from epoch seconds", function()
    local channel = mh.cm("channel")
    local body = channel:serialize("CreateChannelHandshake", { handshakeType = "START_SERVICE_PERIOD",
      catalog = "AWS", associatedResourceIdentifier = "rs-abcdefghij123", clientToken = "tok",
      payload = { startServicePeriodPayload = { programManagementAccountIdentifier = "pma-abcdefghij123",
        servicePeriodType = "FIXED_COMMITMENT_PERIOD", endDate = 1769860800 } } })
    assert.is_string(body)
    assert.equal("2026-01-31T12:00:00Z", decode(body).payload.startServicePeriodPayload.endDate)
  end)
end)

describe("model_compile", function()
  it("caches per model table and lists operations", function()
    local m = mh.model("account")
    assert.equal(core.model_compile(m), core.model_compile(m))
    local ops = core.model_compile(m):operations()
    assert.equal(34, #ops)
    assert.equal(17, #mh.cm("channel"):operations())
    assert.is_true(mh.cm("channel"):has_operation("UpdateProgramManagementAccount"))
    assert.is_false(mh.cm("channel"):has_operation("StartProfileUpdateTask"))
    assert.matches("PartnerCentral Account", tostring(core.model_compile(m)))
  end)

  -- a fresh copy of a committed model: its own cache entries in the core
  local function fresh(name) return dofile("lua/partnercentral/models/" .. name .. ".lua") end
  local function exception_names(m)
    local out = {}
    for name, sh in pairs(m.shapes) do if sh.exception then out[#out + 1] = name end end
    table.sort(out)
    return out
  end

  it("compiles one operation alone, answering as the whole model does", function()
    local samples = require("spec.support.model_samples")
    local op = "StartProfileUpdateTask"
    local m = fresh("account")
    local one = core.model_compile(m, op)
    assert.equal(one, core.model_compile(m, op))
    assert.same({ op }, one:operations())
    assert.is_false(one:has_operation("GetPartner"))
    local whole = core.model_compile(fresh("account"))
    assert.equal(34, #whole:operations())
    local input = samples.input(m, op)
    local b1, t1 = one:serialize(op, input, { validation = "strict" })
    local b2, t2 = whole:serialize(op, input, { validation = "strict" })
    assert.is_string(b1, t1)
    assert.equal(b2, b1)
    assert.equal(t2, t1)
    local out = core.json_encode(samples.output(m, op))
    assert.same(whole:deserialize(op, out), one:deserialize(op, out))
    -- errors: the operation's own are modeled (ListPartners lists 4 of the 7
    -- exceptions), and without an operation every exception of the model is
    local names = exception_names(m)
    local few = core.model_compile(m, "ListPartners")
    assert.is_true(#names > #m.operations.ListPartners.errors)
    for _, code in ipairs(names) do
      local body = '{"__type":"' .. code .. '","message":"m","Reason":"x"}'
      for _, c in ipairs({ { op, one }, { "ListPartners", few }, { nil, few } }) do
        local o, cm = c[1], c[2]
        assert.same(whole:parse_error(o, 400, nil, body), cm:parse_error(o, 400, nil, body), code)
        assert.same(whole:parse_error(o, 400, code:lower(), "{}"), cm:parse_error(o, 400, code:lower(), "{}"), code)
      end
      assert.is_true(few:parse_error(nil, 400, code, "{}").modeled, code)
    end
    local _, code, msg, violations = one:serialize(op, { Catalog = 5 })
    local _, wcode, wmsg, wviolations = whole:serialize(op, { Catalog = 5 })
    assert.same({ wcode, wmsg, wviolations }, { code, msg, violations })
  end)

  it("compiles the whole model once three operations were compiled alone, or when it exists", function()
    local m = fresh("channel")
    local ops = core.model_compile(fresh("channel")):operations()
    local seen = {}
    for i = 1, 3 do
      local cm = core.model_compile(m, ops[i])
      assert.same({ ops[i] }, cm:operations())
      assert.is_nil(seen[cm])
      seen[cm] = true
    end
    local whole = core.model_compile(m, ops[4])
    assert.equal(#ops, #whole:operations())
    assert.equal(whole, core.model_compile(m))
    assert.equal(whole, core.model_compile(m, ops[5]))
    assert.equal(whole, core.model_compile(m, ops[1]))
    local m2 = fresh("channel")
    assert.equal(core.model_compile(m2), core.model_compile(m2, ops[1]))
    local m3 = fresh("channel")
    assert.equal(#ops, #core.model_compile(m3, "NoSuchOperation"):operations())
    assert.has_error(function() core.model_compile(m3, 5) end)
  end)

  it("follows errors given as { shape = } tables, as the compiler reads them", function()
    local m = { operations = { Op = { input = "I", errors = { { shape = "Bad" } } } },
      shapes = { I = { type = "structure", members = {} },
        Bad = { type = "structure", members = { { name = "Why", shape = "S" } } },
        S = { type = "string" } } }
    local e = core.model_compile(m, "Op"):parse_error("Op", 400, "Bad", '{"Why":"w"}')
    assert.same({ "Bad", true, { Why = "w" } }, { e.code, e.modeled, e.fields })
  end)

  it("raises on a broken operation or model, alone or whole", function()
    assert.has_error(function() core.model_compile({ shapes = {}, operations = { Op = { input = "Missing" } } }, "Op") end)
    assert.has_error(function()
      core.model_compile({ shapes = { I = { type = "structure", members = { { name = "A", shape = "B" } } } },
        operations = { Op = { input = "I" } } }, "Op")
    end)
    assert.has_error(function()
      core.model_compile({ shapes = { I = { type = "list", member = "Nope" } }, operations = { Op = { input = "I" } } }, "Op")
    end)
  end)

  it("raises on a broken model", function()
    assert.has_error(function() core.model_compile({ shapes = { A = { type = "nope" } }, operations = {} }) end)
    assert.has_error(function() core.model_compile({ shapes = {}, operations = { Op = { input = "Missing" } } }) end)
    assert.has_error(function() core.model_compile("x") end)
  end)
end)
