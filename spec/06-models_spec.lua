-- Generated models (lua/partnercentral/models/*.lua) and partnercentral.model:
-- the committed files are what tools/gen-models.lua makes from ../shared, and
-- they carry the facts doc/protocol.md §1 and §12 list.
local helpers = require("spec.helpers")
local model = require("partnercentral.model")
local errors = require("partnercentral.errors")

local SERVICES = {
  account = { dir = "partnercentral-account/2025-04-04", ops = 34 },
  channel = { dir = "partnercentral-channel/2024-03-18", ops = 17 },
  selling = { dir = "partnercentral-selling/2022-07-26", ops = 45 },
  benefits = { dir = "partnercentral-benefits/2018-05-10", ops = 17 },
}

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

local function find_member(shape, name)
  for _, m in ipairs(shape.members) do
    if m.name == name then return m end
  end
end

-- Path of the first "documentation"-like key found anywhere in t, or nil.
local function find_doc(t, path)
  for k, v in pairs(t) do
    if k == "documentation" or k == "documentationUrl" or k == "box" then
      return path .. "." .. tostring(k)
    end
    if type(v) == "table" then
      local p = find_doc(v, path .. "." .. tostring(k))
      if p then return p end
    end
  end
end

local function tmpdir()
  local p = os.tmpname()
  os.remove(p)
  assert(os.execute("mkdir -p '" .. p .. "'"))
  return p
end

describe("committed models", function()
  for name, svc in pairs(SERVICES) do
    describe(name, function()
      local m = model.get(name)

      it("is format 1 with the right operation count", function()
        assert.equal(1, m.format)
        assert.equal("json", m.metadata.protocol)
        assert.equal("1.0", m.metadata.jsonVersion)
        assert.equal(svc.ops, count(m.operations))
      end)

      it("references only shapes that exist", function()
        for opname, op in pairs(m.operations) do
          assert.equal(opname, op.name)
          assert.is_table(m.shapes[op.input], opname .. " input")
          -- (an operation without output answers an empty object)
          if op.output ~= nil then assert.is_table(m.shapes[op.output], opname .. " output") end
          assert.is_true(#op.errors > 0, opname)
          for _, e in ipairs(op.errors) do
            assert.is_true(m.shapes[e] and m.shapes[e].exception, opname .. " error " .. e)
          end
        end
        for sname, s in pairs(m.shapes) do
          if s.type == "structure" then
            local seen = {}
            for _, mem in ipairs(s.members) do
              assert.is_table(m.shapes[mem.shape], sname .. "." .. mem.name)
              assert.is_nil(seen[mem.name], sname .. " members once each")
              seen[mem.name] = true
            end
            for _, r in ipairs(s.required or {}) do
              assert.is_table(find_member(s, r), sname .. " required " .. r)
            end
          elseif s.type == "list" then
            assert.is_table(m.shapes[s.member], sname)
          elseif s.type == "map" then
            assert.is_table(m.shapes[s.key], sname)
            assert.is_table(m.shapes[s.value], sname)
          end
        end
      end)

      it("has no documentation (or box) anywhere", function()
        assert.is_nil(find_doc(m, name))
      end)

      it("has seven modeled exceptions", function()
        local n = 0
        for _, s in pairs(m.shapes) do
          if s.exception then n = n + 1 end
        end
        assert.equal(7, n)
      end)
    end)
  end

  it("keeps the metadata facts of doc/protocol.md §1", function()
    local a, c = model.get("account"), model.get("channel")
    assert.same({ "aws.auth#sigv4" }, a.metadata.auth)
    assert.same({ "aws.auth#sigv4a", "aws.auth#sigv4" }, c.metadata.auth)
    assert.equal("PartnerCentralAccount", a.metadata.targetPrefix)
    assert.equal("PartnerCentralChannel", c.metadata.targetPrefix)
    assert.equal("partnercentral-account", a.metadata.signingName)
    assert.equal("PartnerCentral Channel", c.metadata.serviceId)
  end)

  it("partnercentral.services names every committed model with its target prefix", function()
    local services = require("partnercentral.services")
    local names = {}
    for _, s in ipairs(services.list) do
      names[#names + 1] = s.name
      assert.equal(s.target_prefix, model.get(s.name).metadata.targetPrefix, s.name)
      assert.equal(s.name, services.name_of_prefix(s.target_prefix))
      assert.is_table(SERVICES[s.name], s.name .. " is checked here too")
    end
    assert.equal(count(SERVICES), #names)
    assert.equal(table.concat(names, ", "), services.names())
    assert.is_nil(services.get("nope"))
  end)

  it("keeps the Selling facts: SigV4, target prefix, 12 paginators, 10 idempotency tokens", function()
    local s = model.get("selling")
    assert.same({ "aws.auth#sigv4" }, s.metadata.auth)
    assert.equal("AWSPartnerCentralSelling", s.metadata.targetPrefix)
    assert.equal("partnercentral-selling", s.metadata.signingName)
    assert.equal("PartnerCentral Selling", s.metadata.serviceId)
    assert.equal(12, count(s.paginators))
    for name, p in pairs(s.paginators) do
      assert.equal("NextToken", p.input_token, name)
      assert.equal("MaxResults", p.limit_key, name)
      assert.is_string(p.result_key, name)
    end
    local tokens = {}
    for name, op in pairs(s.operations) do
      for _, m in ipairs(s.shapes[op.input].members) do
        if m.idempotencyToken then tokens[#tokens + 1] = name .. "." .. m.name end
      end
    end
    table.sort(tokens)
    assert.same({ "CreateEngagement.ClientToken", "CreateEngagementContext.ClientToken",
      "CreateEngagementInvitation.ClientToken", "CreateOpportunity.ClientToken",
      "CreateResourceSnapshot.ClientToken", "CreateResourceSnapshotJob.ClientToken",
      "StartEngagementByAcceptingInvitationTask.ClientToken", "StartEngagementFromOpportunityTask.ClientToken",
      "StartOpportunityFromEngagementTask.ClientToken", "StartProspectingFromEngagementTask.ClientToken" }, tokens)
  end)

  it("keeps the Benefits facts: SigV4, documents, paginators, client tokens the model leaves unmarked", function()
    local b = model.get("benefits")
    assert.same({ "aws.auth#sigv4" }, b.metadata.auth)
    assert.equal("PartnerCentralBenefitsService", b.metadata.targetPrefix)
    assert.equal("partnercentral-benefits", b.metadata.signingName)
    assert.same({ type = "document" }, b.shapes.Document)
    assert.same({ name = "BenefitApplicationDetails", shape = "Document" },
      find_member(b.shapes.CreateBenefitApplicationInput, "BenefitApplicationDetails"))
    -- required, documented as idempotent, but without the idempotencyToken trait
    assert.same({ name = "ClientToken", shape = "CreateBenefitApplicationInputClientTokenString" },
      find_member(b.shapes.CreateBenefitApplicationInput, "ClientToken"))
    assert.equal(3, count(b.paginators))
    assert.same({ input_token = "NextToken", output_token = "NextToken", limit_key = "MaxResults",
      result_key = "BenefitApplicationSummaries" }, b.paginators.ListBenefitApplications)
  end)

  it("keeps the seed facts (idempotency token, lengths, pattern)", function()
    local a, c = model.get("account"), model.get("channel")
    local req = a.shapes.StartProfileUpdateTaskRequest
    assert.same({ name = "ClientToken", shape = "ClientToken", idempotencyToken = true },
      find_member(req, "ClientToken"))
    assert.same({ "Catalog", "Identifier", "TaskDetails" }, req.required)
    local upd = c.shapes.UpdateProgramManagementAccountRequest
    local id = c.shapes[find_member(upd, "identifier").shape]
    assert.equal(17, id.min)
    assert.equal(1011, id.max)
    assert.is_string(id.pattern)
    assert.truthy(id.pattern:find("pma-[a-z0-9]{13}", 1, true))
    assert.equal(30, c.shapes[find_member(upd, "displayName").shape].max)
    assert.equal("iso8601", a.shapes.DateTime.timestampFormat)
    assert.equal("timestamp", a.shapes.DateTime.type)
    assert.is_true(a.shapes.LegalName.sensitive)
  end)

  it("keeps \\u in patterns as literal text", function()
    local a = model.get("account")
    local found = 0
    for _, s in pairs(a.shapes) do
      if s.pattern and s.pattern:find("\\u0020", 1, true) then
        found = found + 1
        assert.truthy(s.pattern:find("[\\u0020-\\u007E", 1, true))
      end
    end
    assert.is_true(found > 0)
  end)

  it("marks unions", function()
    local a, c = model.get("account"), model.get("channel")
    for _, n in ipairs({ "Participant", "ValidationError", "VerificationDetails",
                         "VerificationResponseDetails" }) do
      assert.is_true(a.shapes[n].union, n)
    end
    for _, n in ipairs({ "ChannelHandshakePayload", "HandshakeDetail", "ListChannelHandshakesTypeFilters",
                         "ListChannelHandshakesTypeSort", "SupportPlan" }) do
      assert.is_true(c.shapes[n].union, n)
    end
  end)

  it("keeps the exception traits of doc/protocol.md §1", function()
    local a, c = model.get("account"), model.get("channel")
    for _, m in ipairs({ a, c }) do
      assert.is_true(m.shapes.InternalServerException.fault)
      assert.same({ throttling = false }, m.shapes.InternalServerException.retryable)
      assert.is_nil(m.shapes.ValidationException.retryable)
    end
    assert.same({ throttling = false }, a.shapes.ThrottlingException.retryable)
    assert.same({ throttling = true }, c.shapes.ThrottlingException.retryable)
    assert.is_nil(a.shapes.ServiceQuotaExceededException.retryable)
    assert.same({ throttling = false }, c.shapes.ServiceQuotaExceededException.retryable)
  end)

  it("has the paginators of doc/protocol.md §12", function()
    local a, c = model.get("account"), model.get("channel")
    assert.same({
      ListConnectionInvitations = { input_token = "NextToken", output_token = "NextToken",
        limit_key = "MaxResults", result_key = "ConnectionInvitationSummaries" },
      ListConnections = { input_token = "NextToken", output_token = "NextToken",
        limit_key = "MaxResults", result_key = "ConnectionSummaries" },
      ListPartners = { input_token = "NextToken", output_token = "NextToken",
        result_key = "PartnerSummaryList" },
    }, a.paginators)
    local ch = { input_token = "nextToken", output_token = "nextToken",
                 limit_key = "maxResults", result_key = "items" }
    assert.same({ ListChannelHandshakes = ch, ListProgramManagementAccounts = ch,
                  ListRelationships = ch }, c.paginators)
  end)

  it("has the endpoint rule set without documentation", function()
    for _, name in ipairs({ "account", "channel", "selling", "benefits" }) do
      local r = model.get(name).endpoint_rules
      assert.equal("1.0", r.version)
      assert.equal("AWS::Region", r.parameters.Region.builtIn)
      assert.is_false(r.parameters.UseFIPS.default)
      assert.is_true(#r.rules > 0)
    end
  end)

  it("has the partitions", function()
    local p = model.partitions()
    assert.is_table(p.partitions)
    assert.equal("aws", p.partitions[1].id)
    assert.equal("amazonaws.com", p.partitions[1].outputs.dnsSuffix)
  end)

  it("get() refuses unknown names", function()
    local m, err = model.get("nope")
    assert.is_nil(m)
    assert.matches("known: account, channel, selling, benefits", err.message)
    assert.is_true(errors.is(err, "config"))
    assert.has_error(function() model.get(1) end)
  end)
end)

describe("model.load and the generator", function()
  local root = helpers.shared("models")

  it("load() of the raw ../shared files equals the committed models", function()
    if not root then return pending("../shared/models is not present") end
    for name, svc in pairs(SERVICES) do
      local m = assert(model.load(root .. "/" .. svc.dir .. "/service-2.json"))
      assert.same(model.get(name), m)
    end
  end)

  it("the committed files are byte for byte what the translation writes", function()
    if not root then return pending("../shared/models is not present") end
    for name, svc in pairs(SERVICES) do
      local m = assert(model.load(root .. "/" .. svc.dir .. "/service-2.json"))
      local committed = assert(helpers.read_file("lua/partnercentral/models/" .. name .. ".lua"))
      assert.equal(committed, model.dump(m, svc.dir .. "/"), name .. ".lua is stale: run make models")
    end
  end)

  it("tools/gen-models.lua regenerates identical files", function()
    if not root then return pending("../shared/models is not present") end
    local build = os.getenv("PC_BUILD_ROOT") or "build"
    if not io.open(build .. "/lua54/partnercentral/core.so", "rb") then
      return pending("no Lua 5.4 build in " .. build .. "/lua54 to run the generator")
    end
    local out = tmpdir()
    local cmd = "PC_BUILD_ROOT='" .. build .. "' lua5.4 tools/gen-models.lua '" .. root
      .. "' '" .. out .. "' >/dev/null"
    local ok = os.execute(cmd)
    assert.is_truthy(ok == true or ok == 0, cmd)
    for _, f in ipairs({ "account.lua", "channel.lua", "selling.lua", "partitions.lua" }) do
      local fresh = assert(helpers.read_file(out .. "/" .. f))
      os.remove(out .. "/" .. f)
      assert.equal(assert(helpers.read_file("lua/partnercentral/models/" .. f)), fresh, f)
    end
    os.remove(out)
  end)

  it("accepts an already decoded service table", function()
    if not root then return pending("../shared/models is not present") end
    local core = require("partnercentral.core")
    local raw, orders = core.json_decode(assert(helpers.read_file(
      root .. "/" .. SERVICES.channel.dir .. "/service-2.json")), { key_order = true })
    local m = assert(model.load(raw))
    assert.equal(17, count(m.operations))
    -- without the key order, members come sorted by name: the same members
    local function by_name(shapes)
      local out = {}
      for n, sh in pairs(shapes) do
        local c = {}
        for k, v in pairs(sh) do c[k] = v end
        if sh.members then
          c.members = {}
          for i, mem in ipairs(sh.members) do c.members[i] = mem end
          table.sort(c.members, function(a, b) return a.name < b.name end)
        end
        out[n] = c
      end
      return out
    end
    assert.same(by_name(model.get("channel").shapes), by_name(m.shapes))
    -- with it, the committed model exactly
    assert.same(model.get("channel").shapes, assert(model.translate(raw, nil, nil, orders)).shapes)
    assert.same({}, m.paginators)
    assert.is_nil(m.endpoint_rules)
    assert.equal(m, model.load(m)) -- format 1 tables pass through
  end)

  it("translates a small model by hand", function()
    local m = assert(model.translate({
      documentation = "top",
      metadata = { protocol = "json", jsonVersion = "1.1", targetPrefix = "X" },
      operations = { Op = { name = "Op", http = { method = "POST", requestUri = "/" },
        input = { shape = "In" }, output = { shape = "Out", documentation = "d" },
        errors = { { shape = "Boom", documentation = "d" } }, documentation = "op" } },
      shapes = {
        In = { type = "structure", required = { "b", "a" }, documentation = "x",
          members = { b = { shape = "S", documentation = "m" }, a = { shape = "S", box = true } } },
        Out = { type = "structure", members = {} },
        S = { type = "string", min = 1, max = 3, pattern = "^\\u00e9$", enum = { "z", "a" } },
        L = { type = "list", member = { shape = "S", documentation = "lm" }, min = 1 },
        M = { type = "map", key = { shape = "S" }, value = { shape = "S" } },
        Boom = { type = "structure", exception = true, fault = true,
          retryable = { throttling = true }, members = {} },
      },
    }, { pagination = { Op = { input_token = "t", output_token = "t", result_key = "r" } } },
       { version = "1.0", parameters = { R = { type = "string", documentation = "p" } },
         rules = { { type = "error", error = "e", conditions = {}, documentation = "r" } } }))
    assert.same({
      format = 1,
      metadata = { protocol = "json", jsonVersion = "1.1", targetPrefix = "X" },
      operations = { Op = { name = "Op", input = "In", output = "Out", errors = { "Boom" } } },
      shapes = {
        In = { type = "structure", required = { "a", "b" },
               members = { { name = "a", shape = "S" }, { name = "b", shape = "S" } } },
        Out = { type = "structure", members = {} },
        S = { type = "string", min = 1, max = 3, pattern = "^\\u00e9$", enum = { "z", "a" } },
        L = { type = "list", member = "S", min = 1 },
        M = { type = "map", key = "S", value = "S" },
        Boom = { type = "structure", exception = true, fault = true,
                 retryable = { throttling = true }, members = {} },
      },
      paginators = { Op = { input_token = "t", output_token = "t", result_key = "r" } },
      endpoint_rules = { version = "1.0", parameters = { R = { type = "string" } },
                         rules = { { type = "error", error = "e", conditions = {} } } },
    }, m)
  end)

  -- issue 10: botocore writes a Smithy document as a flagged structure
  it("translates a botocore document into a document shape", function()
    local m = assert(model.translate({
      metadata = { protocol = "json", targetPrefix = "X", signingName = "x" },
      operations = { Op = { name = "Op", input = { shape = "In" } } },
      shapes = { In = { type = "structure", members = { D = { shape = "Doc" } } },
                 Doc = { type = "structure", members = {}, document = true, documentation = "any" } } }))
    assert.same({ type = "document" }, m.shapes.Doc)
    local cm = require("partnercentral.core").model_compile(m)
    assert.equal('{"D":{"foo":"bar","n":[1,{"x":null}]}}',
      (assert(cm:serialize("Op", { D = { foo = "bar", n = { 1, { x = require("partnercentral.core").null } } } }))))
  end)

  it("keeps the model's member order from the JSON file (request bodies follow it)", function()
    local dir = tmpdir()
    local path = helpers.write_file(dir .. "/service-2.json", [[{"metadata":{"protocol":"json","targetPrefix":"X"},
      "operations":{"Op":{"name":"Op","input":{"shape":"In"}}},
      "shapes":{"In":{"type":"structure","members":{"zeta":{"shape":"S"},"Alpha":{"shape":"S"},"mid":{"shape":"S"}}},
                "S":{"type":"string"}}}]])
    local m = assert(model.load(path))
    os.remove(path)
    os.remove(dir)
    local names = {}
    for i, mem in ipairs(m.shapes.In.members) do names[i] = mem.name end
    assert.same({ "zeta", "Alpha", "mid" }, names)
    -- the same table without the key order: members sorted by name
    local raw = assert(require("partnercentral.core").json_decode(
      '{"metadata":{"protocol":"json"},"operations":{},"shapes":{"In":{"type":"structure","members":'
      .. '{"zeta":{"shape":"S"},"Alpha":{"shape":"S"},"mid":{"shape":"S"}}},"S":{"type":"string"}}}'))
    names = {}
    for i, mem in ipairs(assert(model.translate(raw)).shapes.In.members) do names[i] = mem.name end
    assert.same({ "Alpha", "mid", "zeta" }, names)
  end)

  it("committed models list members in the order of the botocore JSON", function()
    if not root then return pending("../shared/models is not present") end
    local core = require("partnercentral.core")
    for name, svc in pairs(SERVICES) do
      local raw, orders = core.json_decode(assert(helpers.read_file(root .. "/" .. svc.dir .. "/service-2.json")),
        { key_order = true })
      for sname, sh in pairs(model.get(name).shapes) do
        if sh.type == "structure" then
          local want = {}
          for _, k in ipairs(orders[raw.shapes[sname].members]) do want[#want + 1] = k end
          local got = {}
          for i, mem in ipairs(sh.members) do got[i] = mem.name end
          assert.same(want, got, name .. " " .. sname)
        end
      end
    end
  end)

  it("loads the Benefits model, whose documents carry any JSON value", function()
    if not root then return pending("../shared/models is not present") end
    local path = root .. "/partnercentral-benefits/2018-05-10/service-2.json"
    local f = io.open(path, "rb")
    if not f then return pending("no Benefits model in ../shared/models") end
    f:close()
    local m = assert(model.load(path))
    assert.same({ type = "document" }, m.shapes.Document)
    local core = require("partnercentral.core")
    local cm = core.model_compile(m)
    -- every member of the model that is a document takes a nested value
    local n = 0
    for sname, sh in pairs(m.shapes) do
      for _, mem in ipairs(sh.type == "structure" and sh.members or {}) do
        if m.shapes[mem.shape].type == "document" then
          n = n + 1
          local body = assert(cm:serialize_shape(sname, { [mem.name] = { a = { 1, "two", false } } },
            { validation = false }))
          assert.matches('"' .. mem.name .. '":{"a":[1,"two",false]}', body, 1, true)
        end
      end
    end
    assert.is_true(n > 0)
  end)

  it("rejects rest-json, rest-xml and query models with a config error", function()
    for _, proto in ipairs({ "rest-json", "rest-xml", "query", "ec2" }) do
      local m, err = model.load({ metadata = { protocol = proto }, operations = {}, shapes = {} })
      assert.is_nil(m)
      assert.is_true(errors.is(err, "config"))
      assert.equal("EMODEL", err.code)
      assert.matches("unsupported protocol " .. proto:gsub("%-", "%%-"), err.message)
    end
    local m, err = model.translate("nope")
    assert.is_nil(m)
    assert.equal("config", err.kind)
    m, err = model.translate({ metadata = { protocol = "json" }, operations = {},
      shapes = { Bad = { type = "list" } } })
    assert.is_nil(m)
    assert.equal("EMODEL", err.code)
  end)

  it("rejects a rest-json model file", function()
    local dir = tmpdir()
    local p = dir .. "/service-2.json"
    local f = assert(io.open(p, "wb"))
    f:write('{"metadata":{"protocol":"rest-json"},"operations":{},"shapes":{}}')
    f:close()
    local m, err = model.load(p)
    os.remove(p)
    os.remove(dir)
    assert.is_nil(m)
    assert.equal("config", err.kind)
    assert.equal("EMODEL", err.code)
  end)

  it("rejects a missing file and bad JSON with typed errors", function()
    local m, err = model.load("/nonexistent/dir/service-2.json")
    assert.is_nil(m)
    assert.equal("config", err.kind)
    assert.equal("ENOTFOUND", err.code)
    local p = os.tmpname()
    local f = assert(io.open(p, "wb"))
    f:write("{ not json")
    f:close()
    m, err = model.load(p)
    os.remove(p)
    assert.is_nil(m)
    assert.equal("config", err.kind)
    assert.equal("EPARSE", err.code)
    assert.has_error(function() model.load(42) end)
  end)
end)

describe("model.dump", function()
  it("writes Lua that both runtimes read back identically", function()
    local t = { b = { 1, 2.5, "x" }, a = { ["not-ident"] = true, ["end"] = false },
                s = "q\"\\\n\r\t\1\127\195\169\\u00e9", n = -3, e = {} }
    local src = model.dump(t, "x.json")
    assert.equal("-- derived from the AWS endpoint data x.json (Apache-2.0, see NOTICE); changed by "
      .. "tools/gen-models.lua: do not edit\n", src:match("^[^\n]*\n"))
    -- a service model names its service and version, never a path outside the repository
    assert.equal("-- derived from the AWS service model partnercentral-account/2025-04-04 (Apache-2.0, "
      .. "see NOTICE); changed by tools/gen-models.lua: do not edit",
      model.dump({}, "partnercentral-account/2025-04-04/"):match("^[^\n]*"))
    for _, f in ipairs{ "account", "channel", "partitions" } do
      local head = assert(helpers.read_file("lua/partnercentral/models/" .. f .. ".lua")):match("^[^\n]*")
      assert.matches("^%-%- derived from the AWS [%w ]+ [%w%-/.]+ %(Apache%-2%.0, see NOTICE%); changed by", head)
      assert.is_nil(head:find("shared", 1, true))
    end
    local load_ = loadstring or load
    local back = assert(load_(src))()
    assert.same(t, back)
    assert.equal(src, model.dump(back, "x.json"))
    assert.truthy(src:find("\\\\u00e9", 1, true)) -- written as \\u00e9: a literal backslash-u
  end)

  it("refuses values Lua source cannot carry", function()
    assert.has_error(function() model.dump({ x = print }, "x") end)
    assert.has_error(function() model.dump({ x = 0 / 0 }, "x") end)
  end)
end)
