-- Options given as tables with a metatable (defaults behind __index, a class
-- instance) are read once, with plain indexing, and checked like any others:
-- the client only ever uses values it checked (issue 9). Call options, client
-- options, the options of partnercentral.<service>.new, waiter options,
-- paginator call options and header pairs alike; an __index that raises is a
-- typed error too. A plain table is used as it is, never copied. Real HTTP on
-- loopback (spec/support/canned_server.py).
local pc = require("partnercentral")
local client = require("partnercentral.client")
local config = require("partnercentral.config")
local errors = require("partnercentral.errors")
local ch = require("spec.support.client_helpers")

local CREDS = { access_key = "AKIDTABLES", secret_key = "tables-SECRET-0123456789abcdef" }

local function model()
  return {
    format = 1,
    metadata = { serviceId = "Echo", endpointPrefix = "echo", signingName = "echo", targetPrefix = "Echo" },
    operations = { Echo = { name = "Echo", input = "In", output = "Out" } },
    shapes = {
      In = { type = "structure", members = { { name = "Value", shape = "S" } } },
      Out = { type = "structure", members = { { name = "headers", shape = "H" }, { name = "body", shape = "S" } } },
      S = { type = "string" }, H = { type = "map", key = "S", value = "S" },
    },
  }
end

local function behind(defaults) return setmetatable({}, { __index = defaults }) end
local function raising() return setmetatable({}, { __index = function() error("boom from __index") end }) end

-- a client of the canned server's /echo recording what it sends
local function probe(srv, over)
  local sent = {}
  local o = { model = model(), region = "us-east-1", endpoint = srv.url .. "/echo", credentials = CREDS,
    getenv = function() return nil end, sleep = function() end,
    hooks = { before_send = function(req) sent[#sent + 1] = req end } }
  for k, v in pairs(over or {}) do o[k] = v end
  local c, cerr = client.new(o)
  return c, sent, cerr
end

local function typed(err, kind, code)
  assert.is_true(errors.is_error(err), "not a typed error: " .. tostring(err))
  assert.equal(kind, err.kind)
  if code then assert.equal(code, err.code) end
  return err
end

describe("options with a metatable (canned server)", function()
  local srv
  setup(function() srv = assert(ch.start_canned()) end)
  teardown(function() if srv then srv.stop() end end)

  it("call options behind __index are checked like plain ones: nothing is sent", function()
    local c, sent = probe(srv)
    for _, case in ipairs{ { "timeout", 0 / 0 }, { "timeout", "abc" }, { "connect_timeout", math.huge },
                           { "headers", "x" }, { "headers", { { "Authorization", "x" } } },
                           { "max_attempts", math.huge }, { "retry_after_send", "no" } } do
      local res, err = c:call("Echo", {}, behind{ [case[1]] = case[2] })
      assert.is_nil(res)
      assert.equal(case[1], typed(err, "config", "InvalidOption").option)
      assert.equal(0, #sent, case[1])
      -- raise_errors behind __index is honoured too
      local ok, rerr = pcall(c.call, c, "Echo", {}, behind{ [case[1]] = case[2], raise_errors = true })
      assert.is_false(ok)
      typed(rerr, "config", "InvalidOption")
    end
    assert.equal(0, #sent)
  end)

  it("the values behind __index are the ones used: the header sent, the timeout given", function()
    local c, sent = probe(srv)
    local res = assert(c:call("Echo", {}, behind{ headers = { { "X-Default", "d1" } }, timeout = 5 }))
    assert.equal("d1", res.headers["x-default"])
    assert.equal(5, sent[1].timeout)
  end)

  it("a header pair or list with a metatable is read once and sent as it was checked", function()
    local c, sent = probe(srv)
    local res = assert(c:call("Echo", {}, { headers = { behind{ "X-Pair", "p1" } } }))
    assert.equal("p1", res.headers["x-pair"])
    res = assert(c:call("Echo", {}, { headers = behind{ { "X-Listed", "l1" }, { "X-Num", 7 } } }))
    assert.equal("l1", res.headers["x-listed"])
    assert.equal("7", res.headers["x-num"])
    -- a pair whose name changes after the first read: the checked name is the one sent
    local reads = 0
    local shifty = setmetatable({}, { __index = function(_, k)
      if k == 2 then return "v" end
      reads = reads + 1
      return reads == 1 and "X-Shifty" or "Authorization"
    end })
    res = assert(c:call("Echo", {}, { headers = { shifty } }))
    assert.equal("v", res.headers["x-shifty"])
    local auths = 0
    for _, h in ipairs(sent[#sent].headers) do if h[1]:lower() == "authorization" then auths = auths + 1 end end
    assert.equal(1, auths)
    assert.equal(1, reads)
    -- a list whose __index never ends is cut at 1000 pairs, a typed error
    local n = #sent
    local endless = setmetatable({}, { __index = function(_, i) return { "X-H" .. i, "v" } end })
    local _, err = c:call("Echo", {}, { headers = endless })
    assert.matches("more than 1000", typed(err, "config", "InvalidOption").message, 1, true)
    assert.equal(n, #sent)
  end)

  it("an __index that raises is a typed error, not a raw one", function()
    local c, sent = probe(srv)
    for _, copts in ipairs{ raising(), { headers = raising() }, { headers = { raising() } } } do
      local ok, res, err = pcall(c.call, c, "Echo", {}, copts)
      assert.is_true(ok, tostring(res))
      assert.is_nil(res)
      assert.matches("its __index raised: .*boom from __index", typed(err, "config", "InvalidOption").message)
    end
    local bad_client, _, cerr = probe(srv, { credentials = raising() })
    assert.is_not_nil(bad_client)
    typed(cerr, "config", "InvalidOption")
    assert.equal(0, #sent)
  end)

  it("a plain table is used as it is (nothing copied); one with a metatable becomes a plain copy", function()
    local plain = { timeout = 3, headers = { { "X-A", "1" } } }
    assert.equal(plain, config.check_call_options(plain))
    assert.equal(config.check_call_options(nil), config.check_call_options(nil))
    local copy = config.check_call_options(behind{ timeout = 3 })
    assert.is_nil(getmetatable(copy))
    assert.equal(3, rawget(copy, "timeout"))
    -- a plain table holding one pair with a metatable: a copy, the caller's table untouched
    local pair = behind{ "X-B", "2" }
    local given = { headers = { pair } }
    local checked = config.check_call_options(given)
    assert.are_not.equal(given, checked)
    assert.same({ { "X-B", "2" } }, checked.headers)
    assert.equal(pair, given.headers[1])
  end)

  it("client options behind __index are checked and used", function()
    local o = behind{ model = model(), region = "us-east-1", endpoint = srv.url .. "/echo", credentials = CREDS,
      timeout = 0 / 0 }
    local c, cerr = client.new(o)
    assert.equal("timeout", typed(cerr, "config", "InvalidOption").option)
    local _, err = c:call("Echo", {})
    typed(err, "config", "InvalidOption")
    -- the plain options too (not settings): checked, not used unchecked
    for name, v in pairs{ transport = "carrier-pigeon", hooks = 42, user_agent_extra = "x\r\nX-Evil: 1" } do
      local bc, berr = client.new(behind{ model = model(), region = "us-east-1", endpoint = srv.url .. "/echo",
        credentials = CREDS, [name] = v })
      assert.equal(name, typed(berr, "config", "InvalidOption").option)
      local ok, res, cerr2 = pcall(bc.call, bc, "Echo", {})
      assert.is_true(ok, tostring(res))
      typed(cerr2, "config", "InvalidOption")
    end
    -- a good set behind __index works, raise_errors included
    c = client.new(behind{ model = model(), region = "us-east-1", endpoint = srv.url .. "/echo",
      credentials = CREDS, raise_errors = true })
    assert(c:call("Echo", {}))
    assert.has_error(function() c:call("Echo", {}, { timeout = -1 }) end)
  end)

  it("partnercentral.<service>.new reads options behind __index (not only the table's own keys)", function()
    local c, cerr = pc.account(behind{ region = "eu-west-1", endpoint = srv.url, credentials = CREDS })
    assert.is_nil(cerr)
    assert.equal("eu-west-1", c.settings.region)
    assert.equal("account", c.service)
    assert(c:list_connections{ Catalog = "AWS" })
    local _, berr = pc.channel(behind{ region = "us-east-1", max_attempts = math.huge })
    assert.equal("max_attempts", typed(berr, "config", "InvalidOption").option)
    -- the caller's table is never modified
    local o = { region = "us-east-1" }
    pc.selling(o)
    assert.is_nil(rawget(o, "service"))
  end)

  it("waiter options and their call options: checked before the first poll", function()
    local sent = 0
    local c = pc.account{ region = "us-east-1", endpoint = srv.url, credentials = CREDS,
      hooks = { before_send = function() sent = sent + 1 end } }
    local input = { Catalog = "AWS", TaskId = "pupt-0123456789abc" }
    for _, wopts in ipairs{ behind{ delay = 0 / 0 }, { call = behind{ timeout = "abc" } },
                            behind{ call = { headers = { { "Host", "x" } } } }, { call = raising() } } do
      local res, err = c:wait_for("ProfileUpdateTaskSucceeded", input, wopts)
      assert.is_nil(res)
      typed(err, "config", "InvalidOption")
    end
    assert.equal(0, sent)
  end)

  it("paginator call options behind __index: a typed error, nothing sent", function()
    local sent = 0
    local c = pc.account{ region = "us-east-1", endpoint = srv.url, credentials = CREDS,
      hooks = { before_send = function() sent = sent + 1 end } }
    for _, iter in ipairs{ "pages", "items" } do
      local got, err = c[iter](c, "ListConnections", { Catalog = "AWS" }, behind{ max_attempts = 0 })()
      assert.is_false(got)
      assert.equal("max_attempts", typed(err, "config", "InvalidOption").option)
    end
    assert.equal(0, sent)
  end)
end)
