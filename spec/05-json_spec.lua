-- core.json_decode / core.json_encode / core.null / core.json_array_mt
-- (csrc/lua/ljson.c), identical on Lua 5.4 and LuaJIT.
local core = require("partnercentral.core")
local decode, encode, null = core.json_decode, core.json_encode, core.null

local is54 = math.type ~= nil

local function fail_code(...)
  local v, code, msg = ...
  assert.is_nil(v)
  return code, msg
end

describe("core.json_decode", function()
  it("decodes scalars, objects and arrays", function()
    assert.equal(1, decode("1"))
    assert.equal(-2.5, decode("-2.5"))
    assert.equal("x", decode('"x"'))
    assert.is_true(decode("true"))
    assert.is_false(decode("false"))
    assert.same({ a = 1, b = { 1, 2, { c = "d" } } }, decode(' { "a" : 1 , "b" : [1, 2, {"c": "d"}] } \n'))
  end)

  it("maps null to the core.null sentinel", function()
    assert.equal("userdata", type(null))
    assert.equal(null, decode("null"))
    local t = decode('{"a":null,"b":[null,1]}')
    assert.equal(null, t.a)
    assert.equal(null, t.b[1])
    assert.equal(1, t.b[2])
  end)

  it("gives integers for integer tokens and floats for fractions and exponents", function()
    assert.equal(42, decode("42"))
    assert.equal(9007199254740992, decode("9007199254740992"))
    assert.equal(-9007199254740992, decode("-9007199254740992"))
    assert.equal(1e300, decode("1e300"))
    assert.equal(0.1, decode("0.1"))
    if is54 then
      assert.equal("integer", math.type(decode("42")))
      assert.equal("float", math.type(decode("1.0")))   -- the token says float
      assert.equal("integer", math.type(decode("-9007199254740992")))
      assert.equal("float", math.type(decode("0.5")))
      assert.equal("float", math.type(decode("1e300")))
      assert.equal("float", math.type(decode("1E2")))
      assert.equal("integer", math.type(decode('{"n":1}').n))
      assert.equal("integer", math.type(decode("[7]")[1]))
    end
  end)

  -- issue 10: cJSON reads numbers as doubles; the token text keeps them exact
  it("keeps integers beyond 2^53 exact (Lua 5.4: integers; LuaJIT: decimal strings)", function()
    for _, s in ipairs{ "9007199254740993", "-9007199254740993", "9223372036854775807",
        "-9223372036854775808", "1234567890123456789", "9007199254740993000" } do
      local v = decode(s)
      if is54 then
        assert.equal("integer", math.type(v), s)
        assert.equal(s, tostring(v))
        assert.equal(s, encode(v))
      else
        assert.equal(s, v)   -- a double would round it: the exact digits instead
      end
      local t = decode('{"a":[' .. s .. ',{"b":' .. s .. '}],"s":"' .. s .. '1.5","c":' .. s .. '}')
      assert.equal(is54 and math.tointeger(v) or s, t.a[1])
      assert.equal(t.a[1], t.a[2].b)
      assert.equal(t.a[1], t.c)
      assert.equal(s .. "1.5", t.s)
    end
    -- beyond int64 nothing exact exists: a float, as Lua's own tonumber gives
    assert.equal("number", type(decode("9223372036854775808")))
    if is54 then assert.equal("float", math.type(decode("9223372036854775808"))) end
    -- numbers next to strings holding digits and escapes are matched to the right token
    local t = decode([=[["-1\\", 9007199254740995, "3e5\"", -9007199254740995]]=])
    assert.equal("-1\\", t[1])
    assert.equal('3e5"', t[3])
    assert.equal(is54 and 9007199254740995 or "9007199254740995", t[2])
    assert.equal(is54 and -9007199254740995 or "-9007199254740995", t[4])
  end)

  it("turns huge numbers into floats without failing", function()
    local v = decode("123456789012345678901234567890")
    assert.equal("number", type(v))
    assert.is_true(math.abs(v - 1.2345678901234568e29) < 1e15)
    assert.equal(-1e308, decode("-1e308"))
  end)

  it("decodes \\u escapes and surrogate pairs to UTF-8", function()
    assert.equal("\195\169", decode('"\\u00e9"'))
    assert.equal("\240\159\152\128", decode('"\\ud83d\\ude00"'))
    assert.equal("a\"b\\c/d\n\t\r\b\f", decode('"a\\"b\\\\c\\/d\\n\\t\\r\\b\\f"'))
    assert.equal("\226\130\172 raw utf-8", decode('"\226\130\172 raw utf-8"'))
  end)

  it("gives each object's keys in document order with { key_order = true }", function()
    local v, orders = decode('{"z":1,"a":{"y":[{"q":1,"p":2}],"b":{}},"m":null}', { key_order = true })
    assert.same({ "z", "a", "m" }, orders[v])
    assert.same({ "y", "b" }, orders[v.a])
    assert.same({ "q", "p" }, orders[v.a.y[1]])
    assert.same({}, orders[v.a.b])
    assert.is_nil(orders[v.a.y])   -- arrays have their own order
    local only = decode('{"b":1,"a":2}')
    assert.same({ a = 2, b = 1 }, only)
    assert.equal(2, select("#", decode('[1]', { key_order = true })))
    assert.equal(1, select("#", decode('[1]')))
  end)

  it("marks decoded arrays with json_array_mt so [] round-trips", function()
    local t = decode('{"a":[],"b":{}}')
    assert.equal(core.json_array_mt, getmetatable(t.a))
    assert.is_nil(getmetatable(t.b))
    assert.equal('{"a":[],"b":{}}', encode(t))
  end)

  it("returns nil, EPARSE, message with an offset for bad JSON", function()
    local bad = { "", "   ", "{", "[1,]", "[1 2]", '{"a" 1}', '{"a":1,}', "nul", "tru",
                  "'x'", '"unterminated', "{a:1}", "[1] x", "1 2", '"\\ud83d"', "-", "[" }
    for _, s in ipairs(bad) do
      local code, msg = fail_code(decode(s))
      assert.equal("EPARSE", code, s)
      assert.matches("offset %d+", msg, 1)
    end
    local _, msg = fail_code(decode("[1,2,]"))
    assert.matches("offset 5", msg)
    _, msg = fail_code(decode('{"a":1} junk'))
    assert.matches("trailing characters at offset 8", msg)
  end)

  it("accepts whitespace after the value", function()
    assert.same({ 1 }, decode("[1] \n\t\r "))
  end)

  it("reads only the given length (embedded NUL is trailing garbage)", function()
    local code = fail_code(decode("[1]\0[2]"))
    assert.equal("EPARSE", code)
  end)

  it("rejects strings holding U+0000 (they would be cut short) with a typed EPARSE", function()
    for _, text in ipairs{ '"a\\u0000b"', '["x","\\u0000"]', '{"k\\u0000":1}', '{"k":"a\\u0000"}',
        '"a\0b"' } do
      local v, code, msg = decode(text)
      assert.is_nil(v, text)
      assert.equal("EPARSE", code, text)
      assert.equal("JSON strings with U+0000 are not supported", msg, text)
    end
    -- an escaped backslash followed by the text u0000, and other \u escapes, are fine
    assert.equal("\\u0000", decode('"\\\\u0000"'))
    assert.equal("a\1b", decode('"a\\u0001b"'))
    assert.equal("\\\1", decode('"\\\\\\u0001"'))
  end)

  it("takes nesting up to 128 levels and refuses deeper text before parsing it", function()
    for _, open_close in ipairs{ { "[", "]", "" }, { '{"a":', "}", "1" } } do
      local o, c, mid = open_close[1], open_close[2], open_close[3]
      local v = decode(o:rep(128) .. mid .. c:rep(128))
      local depth = 0
      while type(v) == "table" do depth = depth + 1; v = v[1] or v.a end
      assert.equal(128, depth)
      for _, n in ipairs{ 129, 1000, 100000 } do
        local code, msg = fail_code(decode(o:rep(n) .. mid .. c:rep(n)))
        assert.equal("EPARSE", code)
        assert.equal("JSON nested deeper than 128 levels", msg)
      end
    end
    -- brackets inside strings are text
    assert.same({ ("[{"):rep(200) }, decode('["' .. ("[{"):rep(200) .. '"]'))
  end)

  it("a hostile nesting is a typed error even on a small C stack (no crash)", function()
    -- 1000 levels (cJSON's own limit) took some 200 KB of stack across the
    -- parse, the conversion to Lua and back: a segfault in a 64 KB thread.
    local interp = require("spec.helpers").runtime():match("^luajit") and "luajit" or "lua5.4"
    local script = "local core = require('partnercentral.core') "
      .. "local v, code = core.json_decode(('['):rep(1000) .. (']'):rep(1000)) "
      .. "local w = core.json_decode(('{\"a\":'):rep(128) .. '1' .. ('}'):rep(128)) "
      .. "io.write(tostring(code), ' ', tostring(core.json_encode(w) ~= nil))"
    -- ASan's frames are several times larger (redzones): 256 KB there
    local kb = require("spec.helpers").runtime():find("asan") and 256 or 64
    local out = require("spec.helpers").sh(("ulimit -s %d; %s -e %q 2>&1; echo ' rc='$?"):format(kb, interp, script))
    assert.equal("EPARSE true rc=0", (out:gsub("%s+$", "")))
  end)

  it("raises for a non-string argument (programmer error)", function()
    assert.has_error(function() decode({}) end)
    assert.has_error(function() decode() end)
  end)
end)

describe("core.json_encode", function()
  it("writes compact output with sorted object keys", function()
    assert.equal('{"a":1,"b":[1,2,3],"c":{"x":true,"y":false}}',
      encode({ c = { y = false, x = true }, b = { 1, 2, 3 }, a = 1 }))
    assert.equal('{"A":1,"B":2,"a":3,"aa":4,"b":5}', encode({ b = 5, aa = 4, a = 3, B = 2, A = 1 }))
  end)

  it("is deterministic for the same table", function()
    local t = {}
    for i = 1, 200 do t["k" .. i] = i end
    local first = encode(t)
    for _ = 1, 5 do assert.equal(first, encode(t)) end
  end)

  it("encodes empty tables as {} and json_array_mt tables as []", function()
    assert.equal("{}", encode({}))
    assert.equal("[]", encode(setmetatable({}, core.json_array_mt)))
    assert.equal("[1,2]", encode(setmetatable({ 1, 2 }, core.json_array_mt)))
    assert.equal('{"l":[],"o":{}}', encode({ l = setmetatable({}, core.json_array_mt), o = {} }))
  end)

  it("treats tables with keys exactly 1..n as arrays, others as objects or errors", function()
    assert.equal('["a","b"]', encode({ "a", "b" }))
    assert.equal("[1,2,3]", encode({ [3] = 3, [1] = 1, [2] = 2 }))
    local code, msg = fail_code(encode({ [1] = 1, [3] = 3 }))
    assert.equal("EINVAL", code)
    assert.matches("number key", msg)
    code = fail_code(encode({ 1, 2, x = 3 }))
    assert.equal("EINVAL", code)
    code = fail_code(encode({ [true] = 1 }))
    assert.equal("EINVAL", code)
  end)

  it("prints integers as integers and floats round-trippably", function()
    assert.equal("[1,-7,0,9007199254740992]", encode({ 1, -7, 0, 9007199254740992 }))
    assert.equal("3", encode(3.0))
    assert.equal("0.1", encode(0.1))
    assert.equal("1.5", encode(1.5))
    assert.equal(1 / 3, decode(encode(1 / 3)))
    assert.equal(1e300, decode(encode(1e300)))
    if is54 then assert.equal("9223372036854775807", encode(math.maxinteger)) end
  end)

  it("refuses strings that are not UTF-8 (values and keys): JSON text must stay valid", function()
    for _, v in ipairs({ { x = "\255x" }, { ["\192\128"] = 1 }, { "ok", "\237\160\128" } }) do
      local code, msg = fail_code(encode(v))
      assert.equal("EINVAL", code)
      assert.matches("not valid UTF-8", msg, 1, true)
    end
    assert.equal('{"x":"\195\169\226\156\147"}', encode({ x = "\195\169\226\156\147" }))
  end)

  it("rejects NaN and infinities", function()
    for _, v in ipairs({ 0 / 0, math.huge, -math.huge }) do
      local code, msg = fail_code(encode({ x = v }))
      assert.equal("EINVAL", code)
      assert.is_truthy(msg:find("NaN", 1, true) or msg:find("infinity", 1, true))
    end
  end)

  it("encodes null, booleans and nil at the top", function()
    assert.equal("null", encode(null))
    assert.equal("[null,true,false]", encode({ null, true, false }))
    assert.equal("null", encode(nil))
  end)

  it("escapes quotes, backslashes and control characters, keeps UTF-8", function()
    assert.equal('"a\\"b\\\\c"', encode('a"b\\c'))
    assert.equal('"\\n\\r\\t\\b\\f\\u0001\\u001f\\u0000x"', encode("\n\r\t\b\f\1\31\0x"))
    assert.equal('"\195\169\240\159\152\128/\127"', encode("\195\169\240\159\152\128/\127"))
  end)

  it("rejects functions, userdata and threads with EINVAL", function()
    local code, msg = fail_code(encode({ f = print }))
    assert.equal("EINVAL", code)
    assert.matches("function", msg)
    code = fail_code(encode(coroutine.create(function() end)))
    assert.equal("EINVAL", code)
    code = fail_code(encode(io.stdout))
    assert.equal("EINVAL", code)
  end)

  it("stops on cycles and excessive depth", function()
    local t = {}
    t.self = t
    local code, msg = fail_code(encode(t))
    assert.equal("EINVAL", code)
    assert.matches("deeper than", msg)
    local deep = {}
    local cur = deep
    for _ = 1, 2000 do cur[1] = {}; cur = cur[1] end
    code = fail_code(encode(deep))
    assert.equal("EINVAL", code)
    local ok = {}
    cur = ok
    for _ = 1, 500 do cur[1] = {}; cur = cur[1] end
    assert.equal(string.rep("[", 500) .. "{}" .. string.rep("]", 500), encode(ok))
  end)

  it("round-trips values through decode", function()
    local cases = {
      '{"a":[1,2.5,"x",null,true,false,{"b":{}}],"c":"\\u0001\\"\\\\"}',
      '[]', '{}', '[[],[[]],{}]', '"\226\130\172"', '-0.25', '[9007199254740992]',
    }
    for _, s in ipairs(cases) do
      assert.equal(s, encode(decode(s)))
    end
    local v = { name = "x", list = { 1, 2, 3 }, nested = { deep = { ok = true } }, n = -12 }
    assert.same(v, decode(encode(v)))
  end)

  it("survives many calls without growing memory (boxes are collected)", function()
    -- two cycles each time: an object with __gc is finalized in one cycle and
    -- its memory released in the next
    collectgarbage("collect")
    collectgarbage("collect")
    local before = collectgarbage("count")
    local s = encode({ list = { 1, 2, 3 }, s = string.rep("x", 1000) })
    for _ = 1, 2000 do
      decode(s)
      decode("[1,") -- failure path keeps the box for __gc
      encode({ f = print })
    end
    collectgarbage("collect")
    collectgarbage("collect")
    assert.is_true(collectgarbage("count") - before < 512)
  end)
end)
