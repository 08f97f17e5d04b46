-- Lua errors raised inside the binding (bad arguments found half-way through
-- reading a request, errors thrown by __index metamethods) unwind through C.
-- The binding reads and checks everything before the core allocates, and keeps
-- scratch memory in userdata, so nothing leaks and the objects stay usable.
-- CI runs this file under valgrind (definite leaks fail) and ASan; here each
-- case also runs many times, so a leak would show as growth of the process.
local core = require("partnercentral.core")

-- valgrind and ASan keep their own shadow memory and quarantine: the process
-- size says nothing there (they report leaks themselves), so no RSS check.
local INSTRUMENTED = os.getenv("PC_VALGRIND") == "1" or (os.getenv("PC_RUNTIME") or ""):find("asan")

local function rss_kb()
  if INSTRUMENTED then return nil end
  local f = io.open("/proc/self/statm", "r")
  if not f then return nil end
  local _, resident = f:read("*n", "*n")
  f:close()
  return resident * 4
end

-- Runs fn n times; each call must raise an error matching `pattern`.
-- Returns the resident-set growth in kB (nil where /proc is missing).
local function raises_n(n, pattern, fn)
  collectgarbage()
  local before = rss_kb()
  for _ = 1, n do
    local ok, err = pcall(fn)
    assert(not ok, "expected an error")
    assert(tostring(err):find(pattern), tostring(err))
  end
  collectgarbage()
  local after = rss_kb()
  return before and (after - before)
end

-- Under valgrind every call is ~50x slower: fewer rounds, leaks are still reported.
local N = os.getenv("PC_VALGRIND") == "1" and 200 or 3000
local BIG = string.rep("x", 64 * 1024)   -- makes any leaked copy obvious (N * 64 kB)
local LIMIT_KB = 16 * 1024

local function sign_req(headers)
  return { method = "POST", path = "/", query = "", headers = headers, body = BIG,
    access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    region = "us-east-1", service = "partnercentral-account", amz_date = "20250101T000000Z" }
end

describe("errors unwinding through the binding", function()
  it("sign_v4: a bad header after 50 good ones raises, leaks nothing, the signer still works", function()
    local headers = {}
    for i = 1, 50 do headers[i] = { "X-Test-" .. i, BIG:sub(1, 100) } end
    headers[51] = { "X-Bad", {} }
    local signer = core.signer()
    local grew = raises_n(N, "header #51", function() signer:sign_v4(sign_req(headers)) end)
    if grew then assert.is_true(grew < LIMIT_KB, "RSS grew by " .. grew .. " kB") end
    raises_n(10, "header #51", function() core.sign_v4(sign_req(headers)) end)
    headers[51] = nil
    local out = assert(signer:sign_v4(sign_req(headers)))
    assert.matches("^AWS4%-HMAC%-SHA256 Credential=AKIDEXAMPLE/", out.Authorization)
    assert.same(out, assert(core.sign_v4(sign_req(headers))))
  end)

  it("sign_v4a: a wrong field type found while the request is read", function()
    local req = sign_req({ { "Host", "example.com" } })
    req.region = nil
    req.service = "partnercentral-channel"
    req.normalize_path = "yes"          -- boolean expected
    local grew = raises_n(math.floor(N / 10), "boolean expected", function() core.sign_v4a(req) end)
    if grew then assert.is_true(grew < LIMIT_KB, "RSS grew by " .. grew .. " kB") end
    req.normalize_path = nil
    assert.matches("^AWS4%-ECDSA%-P256%-SHA256 ", assert(core.sign_v4a(req)).Authorization)
  end)

  it("http request: bad headers and a raising __index leave the handle usable", function()
    local h = core.http_new()
    local headers = {}
    for i = 1, 40 do headers[i] = { "X-Test-" .. i, "v" } end
    headers[41] = { "X-Bad", "a\r\nb" }
    local req = { method = "POST", url = "http://127.0.0.1:9/", body = BIG, headers = headers }
    local grew = raises_n(N, "CR, LF", function() h:request(req) end)
    if grew then assert.is_true(grew < LIMIT_KB, "RSS grew by " .. grew .. " kB") end
    local req2 = setmetatable({ url = "http://127.0.0.1:9/", body = BIG }, { __index = function(_, k)
      if k == "headers" then error("boom headers") end
    end })
    raises_n(100, "boom headers", function() h:request(req2) end)
    -- still a working handle: port 9 (discard) is closed, so a typed network error
    local st, code = h:request{ url = "http://127.0.0.1:9/", connect_timeout_ms = 1000, timeout_ms = 2000 }
    assert.is_nil(st)
    assert.equals("ENETWORK", code)
    h:close()
  end)

  it("model: unknown operations and bad options raise before any allocation", function()
    local cm = core.model_compile(require("partnercentral.model").get("account"))
    local input = { Catalog = "AWS", Identifier = "partner-abcdefghij123", Extra = BIG }
    local grew = raises_n(N, "unknown operation", function() cm:serialize("NoSuchOperation", input) end)
    if grew then assert.is_true(grew < LIMIT_KB, "RSS grew by " .. grew .. " kB") end
    raises_n(100, "validation must be", function()
      cm:serialize("GetPartner", input, { validation = "sometimes" })
    end)
    -- the compiled model still answers: Extra is an unknown member
    local body, code, _, v = cm:serialize("GetPartner", input)
    assert.is_nil(body)
    assert.equals("EVALIDATION", code)
    assert.equals("Extra", v[1].path)
  end)

  it("json: errors in deep or cyclic values are returned, and nothing is kept", function()
    local t = {}
    t.self = t
    collectgarbage()
    local before = rss_kb()
    for _ = 1, N do
      local s, code = core.json_encode({ big = BIG, cyc = t })
      assert.is_nil(s)
      assert.is_string(code)
      local v, dcode = core.json_decode('{"a":"' .. BIG:sub(1, 1000) .. '", "b": [1, 2,')
      assert.is_nil(v)
      assert.equals("EPARSE", dcode)
    end
    collectgarbage()
    local after = rss_kb()
    if before then assert.is_true(after - before < LIMIT_KB, "RSS grew by " .. (after - before) .. " kB") end
  end)
end)
