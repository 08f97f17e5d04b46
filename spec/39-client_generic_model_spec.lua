-- Any awsJson model works exactly (issue 10): clients built from two small
-- botocore-format models written for these specs (spec/fixtures/models/
-- fidelity10 = awsJson 1.0, fidelity11 = awsJson 1.1) against a loopback
-- server that records each request as it arrived (spec/support/
-- capture_server.py). Each case checks the exact wire request (target, Host,
-- headers, body bytes, signature) and the parsed result or typed error.
-- Host prefixes reach the server because libcurl resolves *.localhost to
-- loopback.
local pc = require("partnercentral")
local core = require("partnercentral.core")
local capture = require("spec.support.capture")
local helpers = require("spec.helpers")

local is54 = math.type ~= nil
local M10 = "spec/fixtures/models/fidelity10/service-2.json"
local M11 = "spec/fixtures/models/fidelity11/service-2.json"
local CREDS = { access_key = "AKIDFIDELITY", secret_key = "fidelity-secret-0123" }

-- exact 64-bit values as each runtime gives them (LuaJIT: decimal strings)
local function int64(digits)
  if is54 then return math.tointeger(tonumber(digits)) end
  return digits
end

local function env(t) return function(k) return t[k] end end

describe("generic awsJson models on the wire", function()
  local srv
  setup(function() srv = assert(capture.start()) end)
  teardown(function() if srv then srv:stop() end end)

  local function client(path, over)
    local o = { model = path, region = "us-west-2", endpoint = srv:host_url("api.localhost"),
      credentials = CREDS, retry_mode = "none", getenv = env{} }
    for k, v in pairs(over or {}) do o[k] = v end
    return pc.client(o)
  end

  -- one call; returns result, err and the one request the server saw
  local function call(c, op, input, copts, answer)
    srv:requests()
    if answer then srv:respond(answer) end
    local res, err = c:call(op, input, copts)
    if res ~= nil then err = nil end   -- success: the second result is the meta table
    local seen = srv:requests()
    return res, err, seen
  end

  local function sent_one(seen)
    assert.equal(1, #seen)
    return seen[1]
  end

  describe("documents (awsJson 1.0)", function()
    it("carry any JSON value both ways as plain Lua values", function()
      local c = client(M10)
      local body = { b = { 1, 2.5, true, core.null, { x = {} } }, a = "s",
        empty = setmetatable({}, core.json_array_mt), n = -7 }
      local res, err, seen = call(c, "PutRecord", { Zone = "z", Body = body, Token = "tok-1" }, nil, {
        status = 200, body = '{"Body":{"k":[1,{"deep":null}],"big":9007199254740993,"f":1.5,"i":7,'
          .. '"s":"x","t":true,"o":{},"l":[]},"Entries":[{"Name":"e","Extra":[],"Index":2}]}' })
      assert.is_nil(err)
      local r = sent_one(seen)
      assert.equal("POST", r.method)
      assert.equal("/", r.target)
      assert.equal('{"Zone":"z","Body":{"a":"s","b":[1,2.5,true,null,{"x":{}}],"empty":[],"n":-7},'
        .. '"Token":"tok-1"}', r.body)
      assert.equal("application/x-amz-json-1.0", r.header("Content-Type"))
      assert.equal("FidelityTen.PutRecord", r.header("X-Amz-Target"))
      assert.equal("api.localhost:" .. srv.port, r.header("Host"))
      assert.equal(tostring(#r.body), r.header("Content-Length"))
      assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity10"))
      -- the answer's document, as plain Lua values
      local d = res.Body
      assert.same({ 1, { deep = core.null } }, d.k)
      assert.equal(int64("9007199254740993"), d.big)
      assert.equal(1.5, d.f)
      assert.equal("x", d.s)
      assert.is_true(d.t)
      assert.same({}, d.o)
      assert.is_nil(getmetatable(d.o))
      assert.equal(core.json_array_mt, getmetatable(d.l))   -- so [] goes back as []
      assert.equal(core.json_array_mt, getmetatable(res.Entries[1].Extra))
      if is54 then
        assert.equal("integer", math.type(d.i))
        assert.equal("integer", math.type(d.k[1]))
        assert.equal("float", math.type(d.f))
        assert.equal("integer", math.type(res.Entries[1].Index))
      end
      -- what came back goes out again unchanged
      local _, err2, seen2 = call(c, "PutRecord", { Zone = "z", Body = d, Token = "tok-2" })
      assert.is_nil(err2)
      assert.equal('{"Zone":"z","Body":{"big":9007199254740993,"f":1.5,"i":7,"k":[1,{"deep":null}],'
        .. '"l":[],"o":{},"s":"x","t":true},"Token":"tok-2"}', is54 and sent_one(seen2).body
        or sent_one(seen2).body:gsub('"big":"9007199254740993"', '"big":9007199254740993'))
    end)

    it("may be any JSON value at the top; {} is an object, pc.array() an array, pc.null null", function()
      local c = client(M10)
      for _, case in ipairs{ { "text", '"text"' }, { 42, "42" }, { false, "false" }, { 0.25, "0.25" },
          { { "a", { 1 } }, '["a",[1]]' }, { {}, "{}" }, { pc.array(), "[]" }, { pc.array{ 3 }, "[3]" },
          { { a = pc.null, b = pc.array() }, '{"a":null,"b":[]}' } } do
        local _, err, seen = call(c, "PutRecord", { Zone = "z", Body = case[1], Token = "t" })
        assert.is_nil(err)
        assert.equal('{"Zone":"z","Body":' .. case[2] .. ',"Token":"t"}', sent_one(seen).body)
      end
    end)

    it("refuse what has no JSON form, in every validation mode, before sending", function()
      for _, mode in ipairs{ "default", "strict", false } do
        local c = client(M10, { validation = mode })
        -- (nested past the 128 levels every parser of ours reads back: the body
        -- is one level, the document 128 more)
        local deep = {}
        for _ = 2, 128 do deep = { deep } end
        for _, bad in ipairs{ { f = print }, { [1] = "a", [3] = "c" }, { 1, 2, x = 3 }, { x = 0 / 0 },
            { [true] = 1 }, { s = "\255" }, { deep } } do
          local res, err, seen = call(c, "PutRecord", { Zone = "z", Body = bad, Token = "t" })
          assert.is_nil(res)
          assert.equal("validation", err.kind)
          assert.equal("Body", err.violations[1].path)
          assert.matches("^document: cannot encode", err.violations[1].message)
          assert.equal(0, #seen)
        end
      end
    end)
  end)

  describe("longs", function()
    it("come back exact over the whole int64 range; integers stay integers", function()
      local c = client(M10)
      local res, err = call(c, "GetCounter", {}, nil, { status = 200,
        body = '{"Value":9223372036854775807,"Small":-2147483648,"Ratio":1,"Settings":{"n":1,"m":-9007199254740993}}' })
      assert.is_nil(err)
      assert.equal(int64("9223372036854775807"), res.Value)
      assert.equal(-2147483648, res.Small)
      assert.equal(1, res.Ratio)
      assert.equal(1, res.Settings.n)
      assert.equal(int64("-9007199254740993"), res.Settings.m)
      if is54 then
        assert.equal("integer", math.type(res.Small))
        assert.equal("integer", math.type(res.Settings.n))
        assert.equal("float", math.type(res.Ratio))
      end
      res = assert(call(c, "GetCounter", {}, nil, { status = 200, body = '{"Value":9007199254740993}' }))
      assert.equal(int64("9007199254740993"), res.Value)
    end)

    it("go out exact (integers on Lua 5.4, decimal strings on both runtimes)", function()
      local c = client(M10)
      local amounts = { { "-9223372036854775808", "-9223372036854775808" }, { "9007199254740993", "9007199254740993" },
        { "0042", "42" } }
      if is54 then amounts[#amounts + 1] = { math.maxinteger, "9223372036854775807" } end
      for _, a in ipairs(amounts) do
        local _, err, seen = call(c, "PutRecord", { Zone = "z", Body = {}, Amount = a[1], Token = "t" })
        assert.is_nil(err)
        assert.equal('{"Zone":"z","Body":{},"Amount":' .. a[2] .. ',"Token":"t"}', sent_one(seen).body)
      end
    end)
  end)

  describe("endpoint host prefix", function()
    it("prefixes the host with the input's host labels and signs that host", function()
      local c = client(M10)
      local _, err, seen = call(c, "PutData", { Value = "v", Tenant = "acme-1" })
      assert.is_nil(err)
      local r = sent_one(seen)
      assert.equal("acme-1.data-api.localhost:" .. srv.port, r.header("Host"))
      assert.equal("/", r.target)
      assert.equal('{"Tenant":"acme-1","Value":"v"}', r.body)
      assert.matches("SignedHeaders=[^,]*host", r.header("Authorization"))
      assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity10"))
      -- other operations keep the plain host
      _, err, seen = call(c, "GetCounter", {})
      assert.is_nil(err)
      assert.equal("api.localhost:" .. srv.port, sent_one(seen).header("Host"))
    end)

    it("refuses a label that is not a host name part, in every mode, before sending", function()
      for _, mode in ipairs{ "default", false } do
        local c = client(M10, { validation = mode })
        for _, bad in ipairs{ "a/b", "x y", "-lead", "trail-", "a..b", "evil.com:80#", string.rep("a", 64), "\195\169" } do
          local res, err, seen = call(c, "PutData", { Tenant = bad })
          assert.is_nil(res, bad)
          assert.equal("validation", err.kind)
          assert.equal("Tenant", err.violations[1].path)
          assert.equal(0, #seen)
        end
      end
      local res, err = call(client(M10, { validation = false }), "PutData", {})
      assert.is_nil(res)
      assert.equal("Tenant", err.violations[1].path)
    end)
  end)

  -- A botocore model directory with its own endpoint-rule-set-1.json: the
  -- fidelity10 service and a rule set written like real ones (DynamoDB's uses
  -- aws.parseArn; endpoint headers are in the Smithy endpoint object).
  describe("endpoint rule sets", function()
    local function model_dir(rules)
      local dir = os.tmpname()
      os.remove(dir)
      assert(os.execute("mkdir -p " .. dir))
      helpers.write_file(dir .. "/service-2.json", assert(helpers.read_file(M10)))
      helpers.write_file(dir .. "/endpoint-rule-set-1.json", core.json_encode(rules))
      return dir
    end
    local function ruleset(endpoint_rule)
      return { version = "1.0",
        parameters = {
          Region = { builtIn = "AWS::Region", type = "String", required = false, documentation = "r" },
          Endpoint = { builtIn = "SDK::Endpoint", type = "String", required = false, documentation = "e" },
          ResourceArn = { type = "String", required = false, documentation = "an operation's ARN" },
        },
        rules = {
          { conditions = { { fn = "aws.parseArn", argv = { { ref = "ResourceArn" } }, assign = "arn" } },
            type = "endpoint", endpoint = { url = "https://{arn#accountId}.example.com" } },
          endpoint_rule,
        } }
    end

    it("evaluates AWS library functions and sends the endpoint's headers, signed", function()
      local dir = model_dir(ruleset{ type = "tree",
        conditions = { { fn = "isSet", argv = { { ref = "Endpoint" } } },
                       { fn = "aws.partition", argv = { { ref = "Region" } }, assign = "p" },
                       { fn = "aws.parseArn", argv = { "arn:aws:dynamodb:us-west-2:123456789012:table/T" },
                         assign = "table" } },
        rules = { { conditions = {}, type = "endpoint", endpoint = { url = { ref = "Endpoint" },
          headers = { ["X-Fidelity-Route"] = { "{p#name}", "{table#resourceId[1]}" },
                      ["x-fidelity-account"] = { "{table#accountId}" } } } } } })
      local c = client(dir .. "/service-2.json")
      local _, err, seen = call(c, "GetCounter", {})
      os.execute("rm -rf " .. dir)
      assert.is_nil(err)
      local r = sent_one(seen)
      assert.equal("aws,T", r.header("X-Fidelity-Route"))
      assert.equal("123456789012", r.header("X-Fidelity-Account"))
      local signed = r.header("Authorization"):match("SignedHeaders=([^,]+)")
      assert.matches("x%-fidelity%-account", signed)
      assert.matches("x%-fidelity%-route", signed)
      assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity10"))
    end)

    it("is a typed endpoint error, never a raw one, when the rule set cannot be evaluated", function()
      local cases = {
        { fn = "aws.nosuchFunction", argv = { { ref = "Region" } } },         -- a function we lack
        { fn = "stringEquals", argv = { true, "x" } },                       -- a broken rule
        { fn = "parseURL" },                                                 -- no argv
      }
      for _, cond in ipairs(cases) do
        local dir = model_dir(ruleset{ type = "endpoint", conditions = { cond },
          endpoint = { url = { ref = "Endpoint" } } })
        for _, raise in ipairs{ false, true } do
          local c = client(dir .. "/service-2.json", { raise_errors = raise })
          local ok, res, err, seen = pcall(call, c, "GetCounter", {})
          if raise then ok, err = not ok, res end
          assert.is_true(ok, tostring(res))
          assert.equal("endpoint", err.kind)
          assert.equal("EndpointResolutionError", err.code)
          if not raise then assert.equal(0, #seen) end
        end
        os.execute("rm -rf " .. dir)
      end
    end)

    it("refuses endpoint headers that the SDK sets or that could split the request", function()
      for _, h in ipairs{ { Authorization = { "x" } }, { ["X-Amz-Date"] = { "x" } }, { ["X-A"] = { "a\r\nB: c" } },
          { ["Bad Name"] = { "x" } } } do
        local dir = model_dir(ruleset{ type = "endpoint", conditions = {},
          endpoint = { url = { ref = "Endpoint" }, headers = h } })
        local res, err, seen = call(client(dir .. "/service-2.json"), "GetCounter", {})
        os.execute("rm -rf " .. dir)
        assert.is_nil(res)
        assert.equal("EndpointResolutionError", err.code)
        assert.equal(0, #seen)
      end
    end)
  end)

  describe("an endpoint URL with a path", function()
    it("sends awsJson's POST / under that path and signs it", function()
      for _, path in ipairs{ "/custom", "/custom/" } do
        local c = client(M10, { endpoint = srv:host_url("api.localhost") .. path })
        local _, err, seen = call(c, "GetCounter", {})
        assert.is_nil(err)
        local r = sent_one(seen)
        assert.equal("/custom/", r.target)
        assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity10"))
      end
    end)
  end)

  describe("request compression", function()
    local function lines(n)
      local t = {}
      for i = 1, n do t[i] = ("log line %05d with some text"):format(i) end
      return t
    end

    it("gzips a body at or above 10240 bytes, signs the compressed bytes", function()
      local c = client(M10)
      local input = { Lines = lines(400) }
      local json = assert(core.model_compile(c.model):serialize("UploadLog", input))
      assert.is_true(#json >= 10240)
      local _, err, seen = call(c, "UploadLog", input)
      assert.is_nil(err)
      local r = sent_one(seen)
      assert.equal("gzip", r.header("Content-Encoding"))
      assert.equal(json, r.gunzipped)
      assert.is_true(#r.body < #json)
      assert.equal(tostring(#r.body), r.header("Content-Length"))
      assert.matches("SignedHeaders=content%-encoding;", r.header("Authorization"))
      assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity10"))
      -- the same body gives the same bytes (no time in the gzip header)
      local _, _, again = call(c, "UploadLog", input)
      assert.equal(r.body, sent_one(again).body)
    end)

    it("leaves small bodies, other operations and disabled clients alone", function()
      local c = client(M10)
      local _, _, seen = call(c, "UploadLog", { Lines = lines(3) })
      assert.is_nil(sent_one(seen).header("Content-Encoding"))
      _, _, seen = call(c, "PutRecord", { Zone = "z", Body = lines(400), Token = "t" })
      assert.is_nil(sent_one(seen).header("Content-Encoding"))
      for _, over in ipairs{ { disable_request_compression = true },
          { getenv = env{ AWS_DISABLE_REQUEST_COMPRESSION = "true" } } } do
        _, _, seen = call(client(M10, over), "UploadLog", { Lines = lines(400) })
        assert.is_nil(sent_one(seen).header("Content-Encoding"))
      end
    end)

    it("takes the minimum size from the option, then the environment", function()
      local small = { Lines = lines(3) }
      for _, over in ipairs{ { request_min_compression_size_bytes = 0 },
          { getenv = env{ AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES = "50" } } } do
        local _, err, seen = call(client(M10, over), "UploadLog", small)
        assert.is_nil(err)
        assert.equal("gzip", sent_one(seen).header("Content-Encoding"))
      end
      -- a bad environment value or option is a typed error of the call, nothing sent
      local _, eerr, seen = call(client(M10, { getenv = env{ AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES = "lots" } }),
        "UploadLog", small)
      assert.equal("config", eerr.kind)
      assert.matches("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", eerr.message)
      assert.equal(0, #seen)
      for _, bad in ipairs{ -1, 10485761, 1.5, "0" } do
        local res, err
        res, err, seen = call(client(M10, { request_min_compression_size_bytes = bad }), "UploadLog", small)
        assert.is_nil(res)
        assert.equal("config", err.kind)
        assert.equal(0, #seen)
      end
    end)

    it("appends gzip to an encoding the caller set, in one signed header", function()
      local c = client(M10, { request_min_compression_size_bytes = 0 })
      local _, err, seen = call(c, "UploadLog", { Lines = lines(2) },
        { headers = { { "Content-Encoding", "custom" } } })
      assert.is_nil(err)
      local r = sent_one(seen)
      assert.equal("custom, gzip", r.header("Content-Encoding"))
      assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity10"))
    end)
  end)

  describe("errors", function()
    it("reads X-Amzn-ErrorType on a 5xx with an empty body, keeps the request id", function()
      local c = client(M10)
      local res, err = call(c, "GetCounter", {}, nil, { status = 500, body = "",
        headers = { ["X-Amzn-ErrorType"] = "ServiceFault:http://internal.example/", ["x-amzn-RequestId"] = "rid-5" } })
      assert.is_nil(res)
      assert.equal("ServiceFault", err.code)
      assert.is_true(err.modeled)
      assert.is_true(err.fault)
      assert.equal("Internal Server Error", err.message)
      assert.equal("rid-5", err.request_id)
      res, err = call(c, "GetCounter", {}, nil, { status = 503, body = "",
        headers = { ["X-Amzn-ErrorType"] = "aws.fidelity#Overloaded" } })
      assert.is_nil(res)
      assert.equal("Overloaded", err.code)
      assert.is_false(err.modeled)
      assert.is_true(err.retryable)
      res, err = call(c, "GetCounter", {}, nil, { status = 502, body = "" })
      assert.is_nil(res)
      assert.equal("502", err.code)
    end)

    it("parses modeled errors with document members; a null message is empty", function()
      local c = client(M10)
      local res, err = call(c, "PutRecord", { Zone = "z", Body = 1, Token = "t" }, nil, { status = 400,
        body = '{"__type":"aws.fidelity#RecordConflict","message":null,"Current":{"v":2,"w":[9007199254740993]}}' })
      assert.is_nil(res)
      assert.equal("RecordConflict", err.code)
      assert.equal("", err.message)
      assert.equal(2, err.fields.Current.v)
      assert.equal(int64("9007199254740993"), err.fields.Current.w[1])
      if is54 then assert.equal("integer", math.type(err.fields.Current.v)) end
      res, err = call(c, "GetCounter", {}, nil, { status = 400, body = "", headers = { ["X-Amzn-ErrorType"] = "SlowDown" } })
      assert.is_nil(res)
      assert.equal("SlowDown", err.code)
      assert.is_true(err.throttling)
    end)
  end)

  describe("an awsJson 1.1 model without signingName", function()
    it("signs with endpointPrefix, prefixes its static host prefix, compresses, parses", function()
      local c = client(M11, { request_min_compression_size_bytes = 100 })
      local res, err, seen = call(c, "Submit", { Padding = string.rep("p", 200), Sequence = int64("9007199254740995"),
        Document = { z = 1, a = { "x" } } }, nil,
        { status = 200, body = '{"Document":{"ok":true,"n":3},"Sequence":-9007199254740995}' })
      assert.is_nil(err)
      local r = sent_one(seen)
      assert.equal("application/x-amz-json-1.1", r.header("Content-Type"))
      assert.equal("FidelityEleven_20260202.Submit", r.header("X-Amz-Target"))
      assert.equal("submit.api.localhost:" .. srv.port, r.header("Host"))
      assert.equal("gzip", r.header("Content-Encoding"))
      assert.equal('{"Document":{"a":["x"],"z":1},"Sequence":9007199254740995,"Padding":"'
        .. string.rep("p", 200) .. '"}', r.gunzipped)
      assert.matches("/us%-west%-2/fidelity11/aws4_request", r.header("Authorization"))
      assert.is_true(srv:verify_v4(r, CREDS.secret_key, "us-west-2", "fidelity11"))
      assert.same({ ok = true, n = 3 }, res.Document)
      assert.equal(int64("-9007199254740995"), res.Sequence)
      res, err = call(c, "Submit", {}, nil, { status = 503, body = "\n", headers = { ["X-Amzn-ErrorType"] = "Unavailable" } })
      assert.is_nil(res)
      assert.equal("Unavailable", err.code)
      assert.is_true(err.modeled)
    end)
  end)
end)

describe("models a client cannot use", function()
  local function raw(md)
    return { metadata = md, operations = { Op = { name = "Op", input = { shape = "In" } } },
      shapes = { In = { type = "structure", members = {} } } }
  end

  it("are a typed config error when the client is made", function()
    for _, case in ipairs{
      { { protocol = "json", targetPrefix = "T" }, "signingName" },
      { { protocol = "json", targetPrefix = "T", signingName = "" }, "signingName" },
      { { protocol = "json", signingName = "s" }, "targetPrefix" },
    } do
      local ok, err = pcall(pc.client, { model = raw(case[1]), region = "us-east-1", endpoint = "http://127.0.0.1:9" })
      assert.is_false(ok)
      assert.equal("config", err.kind)
      assert.equal("InvalidModel", err.code)
      assert.matches(case[2], err.message)
      assert.matches(case[2], tostring(err))
    end
    -- endpointPrefix alone signs (botocore's fallback)
    local c = pc.client{ model = raw{ protocol = "json", targetPrefix = "T", endpointPrefix = "ep" },
      region = "us-east-1", endpoint = "http://127.0.0.1:9" }
    assert.equal("T", c.md.targetPrefix)
  end)

  -- what reaches a header, the signature or a host, and what the compiler
  -- refuses: a typed InvalidModel from client.new, never a raw error (or a
  -- header injection) at the first call
  it("a model that does not compile, or metadata unfit for its header, is InvalidModel at client.new", function()
    local function md(over)
      local t = { protocol = "json", targetPrefix = "T", signingName = "svc" }
      for k, v in pairs(over) do t[k] = v end
      return t
    end
    local function with_ops(ops) local m = raw(md{}) m.operations = ops return m end
    local bad_shape = raw(md{})
    bad_shape.shapes.In.members = { Member = { shape = "Nope" } }
    for _, case in ipairs{
      { bad_shape, "unknown shape Nope" },
      { raw(md{ targetPrefix = "T\r\nX-Evil: 1" }), "targetPrefix" },
      { raw(md{ targetPrefix = "T X" }), "targetPrefix" },
      { raw(md{ jsonVersion = "2.0" }), "jsonVersion" },
      { raw(md{ jsonVersion = "1.0\r\nX-Evil: 1" }), "jsonVersion" },
      { raw(md{ jsonVersion = 1.1 }), "jsonVersion" },
      { raw(md{ signingName = "svc/x" }), "signingName" },
      { raw(md{ signingName = "svc\n" }), "signingName" },
      { raw(md{ signingName = {} }), "signingName" },
      { raw(md{ endpointPrefix = "a b" }), "endpointPrefix" },
      { raw(md{ serviceId = {} }), "serviceId" },
      { with_ops{ ["Op\r\nX-Evil"] = { name = "Op", input = { shape = "In" } } }, "operation names" },
      { with_ops{ [5] = { name = "Op", input = { shape = "In" } } }, "operation names" },
    } do
      local ok, err = pcall(pc.client, { model = case[1], region = "us-east-1", endpoint = "http://127.0.0.1:9",
        credentials = { access_key = "AKID", secret_key = "SECRET" } })
      assert.is_false(ok, case[2])
      assert.is_true(pc.errors.is_error(err), tostring(err))
      assert.equal("InvalidModel", err.code)
      assert.matches(case[2], err.message, 1, true)
      assert.is_nil(err.message:find("[\r\n]"))
    end
    -- the real shapes of these fields pass: dotted endpoint prefixes, 1.1
    local c = pc.client{ model = raw(md{ endpointPrefix = "api.ecr", signingName = "execute-api", jsonVersion = "1.1",
      targetPrefix = "AmazonEC2ContainerRegistry_V20150921", serviceId = "ECR PUBLIC" }),
      region = "us-east-1", endpoint = "http://127.0.0.1:9" }
    assert.equal("application/x-amz-json-1.1", c.content_type)
  end)
end)

-- Lua's table order changes between processes (5.4 seeds its string hashes
-- at random): bodies must not follow it.
describe("deterministic bodies", function()
  local SCRIPT = [[
    local core = require("partnercentral.core")
    local model = require("partnercentral.model")
    local cm = core.model_compile(assert(model.load("%s")))
    local labels, doc = {}, { nested = {} }
    for i = 1, 30 do labels["k" .. i] = tostring(i); doc["d" .. i] = i; doc.nested["n" .. i] = { i, "x" } end
    io.write((assert(cm:serialize("PutRecord", { Token = "t", Labels = labels, Body = doc, Zone = "z",
      Alpha = "a", Amount = 5, Entries = { { Index = 1, Extra = doc.nested, Name = "e" } } }))))
  ]]

  local function run(rt)
    local interp = rt == "luajit" and "luajit" or "lua5.4"
    local script = os.tmpname()
    local f = assert(io.open(script, "wb"))
    f:write(SCRIPT:format(M10))
    f:close()
    local build = os.getenv("PC_BUILD_ROOT") or "build"
    local p = assert(io.popen(("LUA_CPATH='%s/%s/?.so' LUA_PATH='lua/?.lua;lua/?/init.lua' %s %s 2>&1")
      :format(build, rt, interp, script)))
    local out = p:read("*a")
    p:close()
    os.remove(script)
    return out
  end

  it("follow the model's member order and sorted keys, the same in every process and runtime", function()
    local first = run("lua54")
    assert.matches('^{"Zone":"z","Body":{"d1":1,"d10":10,', first)
    assert.matches('},"Labels":{"k1":"1","k10":"10","k11":"11",', first, 1, true)
    assert.matches('"Amount":5,"Alpha":"a","Token":"t","Entries":%[{"Name":"e","Extra":{"n1":%[1,"x"%],"n10":', first)
    for _ = 1, 4 do assert.equal(first, run("lua54")) end
    local f = io.open((os.getenv("PC_BUILD_ROOT") or "build") .. "/luajit/partnercentral/core.so", "rb")
    if f then
      f:close()
      for _ = 1, 2 do assert.equal(first, run("luajit")) end
    end
  end)
end)
