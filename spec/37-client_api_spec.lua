-- The client's public surface: constructors, call by name, programmer errors
-- with suggestions, raise_errors, per-call options, hooks, the redacted debug
-- log, User-Agent, and the demo (tools/demo) from end to end.
local emulator = require("spec.support.emulator")
local ch = require("spec.support.client_helpers")
local pc = require("partnercentral")
local client = require("partnercentral.client")
local errors = require("partnercentral.errors")

local CREDS = { access_key = "test", secret_key = "test" }

-- a model whose output reads the canned server's /echo answer
local echo_model = {
  format = 1,
  metadata = { serviceId = "Echo", endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo" },
  operations = { Echo = { name = "Echo", input = "In", output = "Out" } },
  shapes = {
    In = { type = "structure", members = { { name = "Value", shape = "S" } } },
    Out = { type = "structure", members = { { name = "body", shape = "S" }, { name = "headers", shape = "H" },
      { name = "method", shape = "S" }, { name = "path", shape = "S" } } },
    S = { type = "string" }, H = { type = "map", key = "S", value = "S" },
  },
}

describe("client constructors", function()
  it("builds Account, Channel and Selling clients with .new{} or by calling the module", function()
    for _, make in ipairs{
      function() return pc.account.new{ region = "us-east-1", credentials = CREDS } end,
      function() return pc.account{ region = "us-east-1", credentials = CREDS } end,
      function() return require("partnercentral.account"){ region = "us-east-1", credentials = CREDS } end,
    } do
      local c = make()
      assert.equal("PartnerCentral Account", c.md.serviceId)
      assert.is_function(c.start_profile_update_task)
    end
    assert.equal("PartnerCentral Channel", pc.channel{ credentials = CREDS }.md.serviceId)
    assert.equal("PartnerCentral Channel", pc.channel.new{ credentials = CREDS }.md.serviceId)
    assert.equal("Echo", pc.client{ model = echo_model }.md.serviceId)
    assert.equal("Echo", pc.client.new{ model = echo_model }.md.serviceId)
    assert.matches("PartnerCentral Account", tostring(pc.account{ credentials = CREDS }))
    assert.equal("PartnerCentral Selling", pc.selling{ credentials = CREDS }.md.serviceId)
    assert.equal("PartnerCentral Selling", require("partnercentral.selling").new{ credentials = CREDS }.md.serviceId)
    assert.is_function(pc.selling{ credentials = CREDS }.start_engagement_from_opportunity_task)
    assert.has_error(function() client.new{ service = "nope" } end, "client.new: service must be one of account, channel, selling, benefits, or pass model")
    -- the service name: the option, or the one whose target prefix a model has
    assert.equal("selling", pc.selling{ credentials = CREDS }.service)
    assert.equal("account", pc.client{ model = require("partnercentral.model").get("account") }.service)
    assert.is_nil(pc.client{ model = echo_model }.service)
  end)

  -- the clients' metatables are cached per model table with weak keys; on
  -- LuaJIT weak keys are not ephemerons: a cached value that refers to its
  -- model would keep every model table (and its compiled model) for ever
  it("lets a model table go once its clients are gone, on every runtime", function()
    local function copy(t) local o = {} for k, v in pairs(t) do o[k] = v end return o end
    local seen = setmetatable({}, { __mode = "k" })
    for _ = 1, 3 do
      local m = copy(echo_model)
      m.metadata = copy(echo_model.metadata)
      local c = pc.client{ model = m, credentials = CREDS }
      -- the typo message still reads the client's own model
      local ok, err = pcall(function() return c.get_partner end)
      assert.is_false(ok)
      assert.matches("GetPartner is an operation of the account client", tostring(err), 1, true)
      seen[m] = true
    end
    for _ = 1, 4 do collectgarbage() end
    assert.is_nil(next(seen))
  end)
end)

describe("client operation names", function()
  local acct = pc.account{ region = "us-east-1", credentials = CREDS }
  local function raised(fn)
    local ok, err = pcall(fn)
    assert.is_false(ok)
    return tostring(err)
  end
  it("suggests the closest method for a misspelt name", function()
    assert.matches("has no operation 'get_parnter'; did you mean 'get_partner'%?",
      raised(function() return acct.get_parnter end))
    assert.matches("did you mean 'start_profile_update_task'",
      raised(function() acct:start_profile_updte_task{} end))
  end)
  it("call() takes model names and method names, and suggests on a typo", function()
    assert.matches("did you mean 'GetPartner'%?", raised(function() acct:call("GetPartnr", {}) end))
    assert.matches("did you mean 'list_connections'%?", raised(function() acct:call("list_conections", {}) end))
    assert.matches("operation name expected", raised(function() acct:call(42) end))
    -- a known name goes through (here to client-side validation: nothing is sent)
    local _, e1 = acct:call("GetPartner", { Catalog = "AWS" })
    local _, e2 = acct:call("get_partner", { Catalog = "AWS" })
    assert.equal("validation", e1.kind)
    assert.equal("GetPartner", e2.operation)
  end)
  it("refuses a waiter or paginator that does not exist", function()
    assert.matches("unknown waiter", raised(function() acct:wait_for("Nope", {}) end))
    assert.matches("not paginated", raised(function() acct:pages("GetPartner", {}) end))
    -- a name that is no operation at all: the same error as a call of it
    assert.matches("did you mean 'list_connections'%?", raised(function() acct:pages("list_conections", {}) end))
    assert.matches("did you mean 'ListConnections'%?", raised(function() acct:items("ListConections", {}) end))
    assert.matches("operation name expected", raised(function() acct:items(42, {}) end))
    local _, werr = acct:wait_for("ProfileUpdateTaskSucceeded", {}, { delay = 0 })
    assert.equal("InvalidOption", werr.code)
    assert.matches("waiter option delay must be", werr.message, 1, true)
  end)
end)

describe("pages and items with an input that is not a table", function()
  local acct = pc.account{ region = "us-east-1", credentials = CREDS }
  it("yield false and the call's typed validation error, then end; nothing raised", function()
    for _, iter in ipairs{ "pages", "items" } do
      for _, input in ipairs{ "x", 5, true, print } do
        local it_ = acct[iter](acct, "ListConnections", input)
        local ok, got, err = pcall(it_)
        assert.is_true(ok, tostring(got))
        assert.is_false(got)
        assert.is_true(errors.is_error(err))
        assert.equal("EVALIDATION", err.code)
        assert.matches("table expected", err.message, 1, true)
        assert.is_nil(it_())
      end
    end
  end)
end)

describe("client against the emulator", function()
  local emu
  local KEY, SECRET, SESSION = "AKIDE2ELOGTEST", "e2e-SECRET-never-logged-0123", "SESSION-never-logged-4567"
  emulator.use({ control = true, access_key = KEY, secret_key = SECRET },
    function(e) emu = e end)
  local function new(over) return ch.emulator_client(emu, "account", over) end

  it("returns result, meta on success and nil, err on failure", function()
    if not emu then return end
    local c = new()
    local res, meta = c:call("GetPartner", { Catalog = "AWS", Identifier = emu.partners.AWS })
    assert.equal(emu.partners.AWS, res.Id)
    assert.same({ "attempts", "invocation_id", "request_id", "status" }, (function()
      local k = {} for n in pairs(meta) do k[#k + 1] = n end table.sort(k) return k end)())
    local none, err = c:get_partner{ Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }
    assert.is_nil(none)
    assert.is_true(errors.is_error(err))
    c:close()
  end)

  it("raises the same error object with raise_errors, client-wide or per call", function()
    if not emu then return end
    local c = new{ raise_errors = true }
    local ok, err = pcall(c.get_partner, c, { Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" })
    assert.is_false(ok)
    assert.is_true(errors.is_error(err))
    assert.is_true(err:is("ResourceNotFoundException"))
    assert.equal(1, err.attempts)
    ok, err = pcall(c.get_partner, c, { Catalog = "AWS" })
    assert.is_false(ok)
    assert.equal("validation", err.kind)
    assert(c:get_partner{ Catalog = "AWS", Identifier = emu.partners.AWS })   -- success still returns
    local plain = new()
    ok, err = pcall(plain.get_partner, plain, { Catalog = "AWS", Identifier = "partner-AAAAAAAAAAAAA" }, { raise_errors = true })
    assert.is_false(ok)
    assert.equal("ResourceNotFoundException", err.code)
    -- waiters raise too
    local _, werr = pcall(c.wait_for, c, "ProfileUpdateTaskSucceeded", { Catalog = "AWS", Identifier = emu.partners.AWS },
      { delay = 0.1 })
    assert.equal("ResourceNotFoundException", werr.code)
    c:close() plain:close()
  end)

  it("calls hooks before sending and after each response", function()
    if not emu then return end
    local seen = {}
    local c = new{ hooks = {
      before_send = function(req) seen[#seen + 1] = "send " .. req.operation .. " " .. req.attempt end,
      after_response = function(resp, req)
        seen[#seen + 1] = "resp " .. req.operation .. " " .. resp.status .. " " .. tostring(resp.headers["x-amzn-requestid"] ~= nil)
      end } }
    emu:control("faults", '{"target":"PartnerCentralAccount.GetPartner","count":1,"error":"ThrottlingException"}')
    assert(c:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }))
    assert.same({ "send GetPartner 1", "resp GetPartner 400 true", "send GetPartner 2", "resp GetPartner 200 true" }, seen)
    c:close()
  end)

  it("logs requests and responses with every secret redacted", function()
    if not emu then return end
    local lines, sigs = {}, {}
    local c = new{ credentials = { access_key = KEY, secret_key = SECRET, session_token = SESSION },
      logger = function(l) lines[#lines + 1] = l end,
      hooks = { before_send = function(req)
        for _, h in ipairs(req.headers) do
          if h[1] == "Authorization" then sigs[#sigs + 1] = h[2]:match("Signature=(%x+)") end
        end
      end } }
    assert(c:send_email_verification_code{ Catalog = "Sandbox", Email = "log@corp.example" })
    local p, err = c:create_partner{ Catalog = "Sandbox", LegalName = "Hidden Legal Name Ltd",
      PrimarySolutionType = "CONSULTING_SERVICES", EmailVerificationCode = "123456", ClientToken = "client-token-VALUE-42",
      AllianceLeadContact = { FirstName = "A", LastName = "B", Email = "log@corp.example", BusinessTitle = "Lead" } }
    assert.is_table(p, tostring(err))
    local log = table.concat(lines, "\n")
    assert.matches("%-> POST http://127%.0%.0%.1:%d+/? CreatePartner attempt 1", log)
    assert.matches("X%-Amz%-Target: PartnerCentralAccount%.CreatePartner", log)
    assert.matches("<%- 200 CreatePartner", log)
    assert.matches("Authorization: <redacted>", log)
    assert.matches("X%-Amz%-Security%-Token: <redacted>", log)
    assert.matches('"ClientToken":"<redacted>"', log)
    assert.matches('"LegalName":"<redacted>"', log)
    assert.matches('"EmailVerificationCode":"<redacted>"', log)
    -- (the emulator derives the public display name from the legal name: only the member is secret)
    assert.is_nil(log:find('"LegalName":"Hidden', 1, true))
    assert.equal(2, #sigs)
    for _, secret in ipairs{ SECRET, SESSION, "client-token-VALUE-42", sigs[1], sigs[2] } do
      assert.is_nil(log:find(secret, 1, true), "the log shows a secret")
    end
    assert.is_nil(tostring(err):find(SECRET, 1, true))
    c:close()
  end)

  it("applies a per-call timeout", function()
    if not emu then return end
    local c = new()
    emu:control("faults", '{"target":"PartnerCentralAccount.GetPartner","count":1,"action":"delay","delay_ms":1500}')
    local _, err = c:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { timeout = 0.2, max_attempts = 1 })
    assert.equal("timeout", err.kind)
    assert(c:get_partner({ Catalog = "AWS", Identifier = emu.partners.AWS }, { timeout = 5 }))
    c:close()
  end)
end)

describe("client on the wire (canned echo server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  it("sends User-Agent, per-call headers and the awsJson framing", function()
    local c = pc.client{ model = echo_model, region = "us-east-1", endpoint = srv.url .. "/echo",
      credentials = CREDS, user_agent_extra = "app/1.2" }
    local res = assert(c:call("Echo", { Value = "v" }, { headers = { { "X-Trace-Id", "trace-123" } } }))
    assert.equal("POST", res.method)
    assert.equal("/echo/", res.path)   -- the endpoint path joined to awsJson's POST "/"
    assert.equal('{"Value":"v"}', res.body)
    local h = res.headers
    assert.equal("trace-123", h["x-trace-id"])
    assert.equal("Echo.Echo", h["x-amz-target"])
    assert.equal("application/x-amz-json-1.0", h["content-type"])
    assert.equal("attempt=1", h["amz-sdk-request"])
    assert.matches("^%x+%-%x+%-4%x+%-%x+%-%x+$", h["amz-sdk-invocation-id"])
    assert.matches("/echo/aws4_request", h["authorization"])
    local ua = h["user-agent"]
    assert.matches("^lua%-partnercentral/" .. client._VERSION:gsub("%.", "%%.") .. " ", ua)
    if rawget(_G, "jit") then assert.matches(" lua/LuaJIT%-2%.%d", ua) else assert.matches(" lua/5%.4", ua) end
    assert.matches(" app/1%.2$", ua)
    assert.equal(pc.VERSION, client._VERSION)
    c:close()
  end)

  it("works with an explicit endpoint when the model has no rule set; without one it is an endpoint error", function()
    local c = pc.client{ model = echo_model, region = "us-east-1", credentials = CREDS }
    local res, err = c:call("Echo", {})
    assert.is_nil(res)
    assert.equal("endpoint", err.kind)
    assert.equal(0, err.attempts)
  end)
end)

describe("make demo (tools/demo)", function()
  it("starts the emulator, runs the three examples and stops it", function()
    if not emulator.core_cpath() then return pending("no LuaJIT build of the core") end
    local p = io.popen("bash tools/demo 2>&1; echo \"exit=$?\"")
    local out = p:read("*a")
    p:close()
    assert.matches("exit=0\n?$", out)
    assert.matches("endpoint: http://127%.0%.0%.1:%d+", out)
    assert.matches("task pprofiletask%-%w+ is IN_PROGRESS", out)
    assert.matches("task pprofiletask%-%w+ is SUCCEEDED", out)
    assert.matches("created pma%-%w+", out)
    assert.matches("revision 1 %-> 2", out)
    assert.matches("stale revision %-> ConflictException", out)
    assert.matches("page 1: 2 accounts", out)
    assert.matches("demo done", out)
    assert.is_nil(out:find("stack traceback", 1, true))
    -- the emulator it started is gone
    local pid = out:match("emulator pid (%d+)")
    assert.is_string(pid)
    local r = os.execute("kill -0 " .. pid .. " 2>/dev/null")
    assert.is_false(r == true or r == 0)
  end)
end)
