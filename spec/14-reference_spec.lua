-- The generated reference (doc/api/), the CLI's help data, the LuaLS types
-- (types/) and the bash completion (completion/): committed files that the
-- generators remake identically from the models, examples that pass the core
-- validator, types that only name types that exist, and a completion that
-- offers what the command accepts.
local helpers = require("spec.helpers")
local core = require("partnercentral.core")
local describe_mod = require("partnercentral.describe")
local services = require("partnercentral.services").list

package.path = "tools/lib/?.lua;" .. package.path

local function sh(cmd)
  local p = assert(io.popen(cmd .. " 2>&1; echo \"rc=$?\""))
  local out = p:read("*a")
  p:close()
  return tonumber(out:match("rc=(%d+)%s*$")), out
end

local function build_env()
  return "PC_BUILD_ROOT='" .. (os.getenv("PC_BUILD_ROOT") or "build") .. "' "
end

local function has_lxp()
  return pcall(require, "lxp")
end

describe("generated reference, types and completion #uninstrumented", function()  -- lua5.4 children
  it("are what tools/gen-docs.lua, gen-types.lua and gen-completion.lua make from the models (--check)", function()
    local models = helpers.shared("models")
    if not models then pending("skipped: ../shared/models is absent") return end
    if helpers.runtime() ~= "lua54" then pending("the generators run once, under Lua 5.4") return end
    for _, tool in ipairs{ "gen-docs.lua", "gen-types.lua" } do
      local rc, out = sh(build_env() .. "lua5.4 tools/" .. tool .. " --check " .. models)
      assert.equals(0, rc, tool .. ": " .. out .. "\n(run make docs; lua-expat comes with tools/install-deps)")
    end
    local rc, out = sh(build_env() .. "lua5.4 tools/gen-completion.lua --check")
    assert.equals(0, rc, out)
  end)

  it("a stale file is reported (the check can fail)", function()
    local models = helpers.shared("models")
    if not models then pending("skipped: ../shared/models is absent") return end
    if helpers.runtime() ~= "lua54" then pending("the generators run once, under Lua 5.4") return end
    local tmp = os.tmpname()
    os.remove(tmp)
    -- a copy of the tree whose reference misses one line
    assert(os.execute("mkdir -p " .. tmp .. " && cp -r tools lua doc " .. tmp))
    local md = helpers.read_file(tmp .. "/doc/api/channel.md")
    helpers.write_file(tmp .. "/doc/api/channel.md", (md:gsub("\n## UpdateRelationship\n", "\n## UpdateRelation\n")))
    local build = os.getenv("PC_BUILD_ROOT") or "build"
    if build:sub(1, 1) ~= "/" then build = os.getenv("PWD") .. "/" .. build end
    local rc, out = sh("PC_BUILD_ROOT='" .. build .. "' lua5.4 " .. tmp .. "/tools/gen-docs.lua --check " .. models)
    os.execute("rm -rf " .. tmp)
    assert.equals(1, rc, out)
    assert.matches("doc/api/channel.md is stale", out, 1, true)
  end)

  it("one generator serves every service: Selling and Benefits render with valid examples", function()
    local models = helpers.shared("models")
    if not models then pending("skipped: ../shared/models is absent") return end
    if helpers.runtime() ~= "lua54" then pending("the generators run once, under Lua 5.4") return end
    local tmp = os.tmpname()
    os.remove(tmp)
    local rc, out = sh(build_env() .. "lua5.4 tools/gen-docs.lua --out " .. tmp
      .. " --service selling=partnercentral-selling/2022-07-26 --service benefits=partnercentral-benefits/2018-05-10 "
      .. models)
    local selling = helpers.read_file(tmp .. "/doc/api/selling.md") or ""
    local index = helpers.read_file(tmp .. "/doc/api/README.md") or ""
    os.execute("rm -rf " .. tmp)
    assert.equals(0, rc, out)
    local sections = 0
    for _ in selling:gmatch("\n## %u%a+\n") do sections = sections + 1 end
    assert.equals(45 + 4, sections)   -- 45 operations, then Operations, Waiters, Shapes and Errors
    assert.matches("| [ListOpportunities](selling.md#listopportunities) |", index, 1, true)
    assert.matches("| [GetBenefit](benefits.md#getbenefit) |", index, 1, true)
  end)

  for _, svc in ipairs(services) do
    it("every example of doc/api/" .. svc.name .. ".md passes the core validator (strict)", function()
      local md = assert(helpers.read_file("doc/api/" .. svc.name .. ".md"))
      local model = require("partnercentral.models." .. svc.name)
      local cm = core.model_compile(model)
      local seen = 0
      -- the sections of the operations: from "## Op" to the next "## " heading
      local sections, starts = {}, {}
      for pos in md:gmatch("\n()## ") do starts[#starts + 1] = pos end
      starts[#starts + 1] = #md + 1
      for i = 1, #starts - 1 do
        local text = md:sub(starts[i], starts[i + 1] - 1)
        local op = text:match("^## (%u%w+)\n")
        if op and model.operations[op] then sections[#sections + 1] = { op, text } end
      end
      for _, sec in ipairs(sections) do
        local op = sec[1]
        local block = assert(sec[2]:match("\n%*%*Example%*%*\n\n```lua\n(.-)\n```"), op .. " has no example")
        local called, input
        local client = setmetatable({}, { __index = function(_, method)
          return function(_, arg) called, input = method, arg return {} end
        end })
        local chunk = assert((loadstring or load)(block, "=" .. op, "t", nil))
        if setfenv then setfenv(chunk, { [svc.name] = client }) end
        if not setfenv then chunk = assert(load(block, "=" .. op, "t", { [svc.name] = client })) end
        chunk()
        assert.equals(require("partnercentral.client").snake(op), called, op)
        local body, code, msg = cm:serialize(op, input or {}, { validation = "strict" })
        assert.is_string(body, op .. ": " .. tostring(code) .. " " .. tostring(msg))
        seen = seen + 1
      end
      local n = 0
      for _ in pairs(model.operations) do n = n + 1 end
      assert.equals(n, seen)
    end)
  end

  it("the index lists every operation of every service once", function()
    local index = assert(helpers.read_file("doc/api/README.md"))
    for _, svc in ipairs(services) do
      local model = require("partnercentral.models." .. svc.name)
      for op in pairs(model.operations) do
        local line = ("| [%s](%s.md#%s) |"):format(op, svc.name, op:lower())
        local a = index:find(line, 1, true)
        assert.truthy(a, line)
        assert.is_nil(index:find(line, a + 1, true))
      end
    end
  end)

  it("a section names the errors with their retry behaviour, pagination, waiters and the idempotency token", function()
    local md = assert(helpers.read_file("doc/api/account.md"))
    local sec = md:match("\n(## StartProfileUpdateTask\n.-)\n## ")
    assert.matches("Idempotency token: `ClientToken`", sec, 1, true)
    assert.matches("[`ThrottlingException`](#error-throttlingexception): retried (throttling", sec, 1, true)
    assert.matches("[`ConflictException`](#error-conflictexception): not retried.", sec, 1, true)
    assert.matches("- `Catalog` (`--catalog`): string, **required**; length 1–64 code points; pattern `[a-zA-Z0-9-]+`.",
      sec, 1, true)
    assert.matches("[`TaskDetails`](#shape-taskdetails), **required**", sec, 1, true)
    local list = md:match("\n(## ListConnections\n.-)\n## ")
    assert.matches("Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `ConnectionSummaries`",
      list, 1, true)
    local get = md:match("\n(## GetProfileUpdateTask\n.-)\n## ")
    assert.matches("Waiter: [`ProfileUpdateTaskSucceeded`](#waiters)", get, 1, true)
    -- shapes are linked, and each linked shape has its section
    for anchor in md:gmatch("%]%(#(shape%-[%w]+)%)") do
      assert.truthy(md:find('<a id="' .. anchor .. '"></a>', 1, true), anchor)
    end
    -- the help data of the CLI is the same text
    local docs = require("partnercentral.docs.account")
    assert.equals((sec:gsub("\n+$", "")), docs.operations.StartProfileUpdateTask)
    -- Benefits: document members, its paginators and waiters
    local bmd = assert(helpers.read_file("doc/api/benefits.md"))
    local create = bmd:match("\n(## CreateBenefitApplication\n.-)\n## ")
    assert.matches("- `BenefitApplicationDetails` (`--benefit-application-details`): any JSON value.", create, 1, true)
    assert.is_nil(create:find("Idempotency token", 1, true))   -- the model marks none
    assert.matches("Paginated: `NextToken` in, `NextToken` out, page size `MaxResults`, items in `BenefitAllocationSummaries`",
      bmd:match("\n(## ListBenefitAllocations\n.-)\n## "), 1, true)
    local getapp = bmd:match("\n(## GetBenefitApplication\n.-)\n## ")
    assert.matches("Waiter: [`BenefitApplicationReviewed`](#waiters)", getapp, 1, true)
    assert.matches("Waiter: [`BenefitApplicationApproved`](#waiters)", getapp, 1, true)
  end)
end)

describe("HTML of the models -> Markdown (tools/lib/apidoc.lua, lua-expat)", function()
  local apidoc
  setup(function()
    if has_lxp() then apidoc = require("apidoc") end
  end)
  local function md(html)
    if not apidoc then pending("lua-expat is not installed (tools/install-deps)") return nil end
    return apidoc.markdown(html)
  end

  it("paragraphs, code, emphasis, links and entities", function()
    local out = md('<p>Use <code>ListThings</code> &amp; <i>then</i> <b>retry</b>.</p> <p>See <a href="https://x.example/a">the guide</a>.</p>')
    if not out then return end
    assert.equals("Use `ListThings` & *then* **retry**.\n\nSee [the guide](https://x.example/a).", out)
  end)

  it("lists with paragraphs inside, ordered lists, notes", function()
    local out = md("<p>Steps:</p> <ol> <li> <p>One <code>A</code>.</p> </li> <li> <p>Two.</p> </li> </ol>"
      .. "<ul><li><p>x</p><p>more</p></li><li>y</li></ul><note><p>Careful.</p></note>")
    if not out then return end
    assert.equals("Steps:\n\n1. One `A`.\n2. Two.\n\n- x\n\n  more\n- y\n\n> **Note:** Careful.", out)
  end)

  it("code spans that hold backticks, and text that would start emphasis", function()
    local out = md("<p>pattern <code>[a-z`]+</code> and a * star</p>")
    if not out then return end
    assert.equals("pattern ``[a-z`]+`` and a \\* star", out)
  end)

  it("names the text that is not well-formed instead of guessing", function()
    if not has_lxp() then pending("lua-expat is not installed") return end
    local ok, err = pcall(apidoc.markdown, "<p>open")
    assert.is_false(ok)
    assert.matches("not well%-formed", err)
  end)
end)

describe("LuaLS types (types/)", function()
  local files = { "types/partnercentral.lua" }
  for _, s in ipairs(services) do files[#files + 1] = "types/partnercentral/" .. s.name .. ".lua" end

  local function read_all()
    local all = {}
    for _, f in ipairs(files) do all[#all + 1] = assert(helpers.read_file(f), f) end
    return table.concat(all, "\n")
  end

  it("are Lua meta files that load", function()
    for _, f in ipairs(files) do
      local text = assert(helpers.read_file(f))
      assert.matches("^%-%-%-@meta", text)
      assert.is_function((loadstring or load)(text, "=" .. f))
    end
  end)

  it("name only types they define (or LuaLS built-ins)", function()
    local text = read_all()
    local defined = { string = true, integer = true, number = true, boolean = true, table = true, userdata = true,
      any = true, ["nil"] = true, ["fun"] = true, ["false"] = true, ["true"] = true, self = true }
    for name in text:gmatch("%-%-%-@class ([%w_%.]+)") do defined[name] = true end
    for name in text:gmatch("%-%-%-@alias ([%w_%.]+)") do defined[name] = true end
    local missing = {}
    local function check(typ)
      -- strip string literals and table/fun signatures, then every dotted name must be defined
      typ = typ:gsub('"[^"]*"', "")
      for name in typ:gmatch("[%a_][%w_%.]*") do
        if not defined[name] and not missing[name] then missing[name] = true end
      end
    end
    -- a type expression ends at the first space outside brackets: fun(a: b), {k: v}
    local function type_expr(rest)
      local depth = 0
      local quoted = false
      for i = 1, #rest do
        local c = rest:sub(i, i)
        if c == '"' then quoted = not quoted   -- a string literal may hold spaces ("Closed Lost")
        elseif not quoted then
          if c == "(" or c == "{" or c == "<" then depth = depth + 1
          elseif c == ")" or c == "}" or c == ">" then depth = depth - 1
          elseif c == " " and depth == 0 and rest:sub(i - 1, i - 1) ~= ":" and rest:sub(i - 1, i - 1) ~= "," then
            return rest:sub(1, i - 1)
          end
        end
      end
      return rest
    end
    -- parameter names inside fun(...) and keys inside {...} are not types
    local function strip_names(typ)
      return (typ:gsub("([%a_][%w_]*)%??:", ""))
    end
    for rest in text:gmatch("%-%-%-@field [%w_%[%]\"]+%??%s+([^\n]+)") do check(strip_names(type_expr(rest))) end
    for rest in text:gmatch("%-%-%-@param [%w_]+%??%s+([^\n]+)") do check(strip_names(type_expr(rest))) end
    for rest in text:gmatch("%-%-%-@return ([^\n]+)") do check(strip_names(type_expr(rest))) end
    for rest in text:gmatch("%-%-%-@alias [%w_%.]+ ([^\n]+)") do check(strip_names(type_expr(rest))) end
    local names = {}
    for n in pairs(missing) do names[#names + 1] = n end
    table.sort(names)
    assert.same({}, names)
  end)

  it("annotate every operation as a method, with its input and output classes", function()
    for _, s in ipairs(services) do
      local text = assert(helpers.read_file("types/partnercentral/" .. s.name .. ".lua"))
      local model = require("partnercentral.models." .. s.name)
      for op, o in pairs(model.operations) do
        local method = require("partnercentral.client").snake(op)
        assert.truthy(text:find("function Client:" .. method .. "(input, call_opts) end", 1, true), op)
        assert.truthy(text:find(("---@param input partnercentral.%s.%s\n"):format(s.name, o.input), 1, true), op)
        if o.output then   -- an operation without output returns an empty table
          assert.truthy(text:find(("---@class partnercentral.%s.%s\n"):format(s.name, o.output), 1, true), op)
        end
      end
      assert.matches("---@meta partnercentral." .. s.name, text, 1, true)
    end
    local acct = helpers.read_file("types/partnercentral/account.lua")
    assert.matches('---@alias partnercentral.account.PrimarySolutionType "SOFTWARE_PRODUCTS"|', acct, 1, true)
    assert.matches("---@field ClientToken? string ", acct, 1, true)
    assert.matches("---@field TaskDetails partnercentral.account.TaskDetails ", acct, 1, true)
  end)

  it("tools/gen-types.lua writes the types of any model given to pc.client{ model = ... }", function()
    local path = helpers.shared("models/partnercentral-benefits/2018-05-10/service-2.json")
    if not path then pending("skipped: ../shared/models is absent") return end
    if helpers.runtime() ~= "lua54" then pending("the generators run once, under Lua 5.4") return end
    local out = os.tmpname()
    local rc, text = sh(build_env() .. "lua5.4 tools/gen-types.lua --model " .. path .. " --name benefits --out " .. out)
    local types = helpers.read_file(out) or ""
    os.remove(out)
    assert.equals(0, rc, text)
    assert.matches("^%-%-%-@meta\n", types)
    assert.matches("---@class benefits.Client: partnercentral.Client", types, 1, true)
    -- one method per operation of the model a client would run on
    local c = require("partnercentral").client{ model = path, region = "us-east-1" }
    local n = 0
    for _, op in ipairs(c:operations()) do
      n = n + 1
      assert.truthy(types:find("function Client:" .. require("partnercentral.client").snake(op) .. "(", 1, true), op)
    end
    assert.equals(17, n)
    assert.is_function((loadstring or load)(types, "=benefits"))
    rc, text = sh(build_env() .. "lua5.4 tools/gen-types.lua --model " .. path)
    assert.equals(1, rc)
    assert.matches("needs %-%-name", text)
  end)
end)

describe("bash completion (completion/partnercentral.bash)", function()
  local function complete(words)
    local quoted = {}
    for i, w in ipairs(words) do quoted[i] = "'" .. w .. "'" end
    local script = "source completion/partnercentral.bash; COMP_WORDS=(partnercentral " .. table.concat(quoted, " ")
      .. "); COMP_CWORD=" .. #words .. "; _partnercentral; printf '%s\\n' \"${COMPREPLY[@]}\""
    local p = assert(io.popen("bash -c " .. "'" .. script:gsub("'", "'\\''") .. "'"))
    local out = p:read("*a")
    p:close()
    local t = {}
    for l in out:gmatch("[^\n]+") do t[#t + 1] = l end
    return t
  end
  local function has(list, x)
    for _, v in ipairs(list) do if v == x then return true end end
    return false
  end

  it("completes services, operations, waiters and member flags", function()
    local names = {}
    for i, sv in ipairs(services) do names[i] = sv.name end
    names[#names + 1] = "help"
    assert.same(names, complete{ "" })
    assert.same({ "benefit-application-reviewed", "benefit-application-approved" }, complete{ "benefits", "wait", "benefit" })
    assert.same({ "start-profile-update-task" }, complete{ "account", "start-prof" })
    assert.same({ "--task-details" }, complete{ "account", "start-profile-update-task", "--catalog", "AWS", "--ta" })
    assert.same({ "profile-update-task-succeeded" }, complete{ "account", "wait", "profile-up" })
    assert.same({ "--identifier" }, complete{ "--region", "us-east-1", "account", "wait",
      "profile-update-task-succeeded", "--id" })
    assert.same({ "text", "table" }, complete{ "channel", "list-relationships", "--output", "t" })
    local flags = complete{ "channel", "update-program-management-account", "--" }
    assert.is_true(has(flags, "--revision"))
    assert.is_true(has(flags, "--no-paginate"))
  end)

  it("offers exactly the member flags the command accepts", function()
    local args = require("partnercentral.cli.args")
    for _, s in ipairs(services) do
      local model = require("partnercentral.models." .. s.name)
      for _, op in ipairs(describe_mod.operations(model)) do
        local offered = complete{ s.name, args.kebab(op), "--" }
        local expected = args.member_flags(model, op)
        for _, f in ipairs(expected) do assert.is_true(has(offered, f), s.name .. " " .. op .. " " .. f) end
      end
    end
  end)
end)

describe("types/partnercentral.lua option classes", function()
  -- the ---@field names of one ---@class block
  local function fields(text, class)
    local block = text:match("%-%-%-@class " .. class:gsub("%.", "%%.") .. "\n(.-)\n\n")
    assert.is_not_nil(block, class .. " is in types/partnercentral.lua")
    local out = {}
    for name in block:gmatch("%-%-%-@field ([%w_]+)%??") do out[#out + 1] = name end
    table.sort(out)
    return out
  end

  it("name exactly the client and call options partnercentral.config accepts", function()
    local f = assert(io.open("types/partnercentral.lua"))
    local text = f:read("*a")
    f:close()
    local config = require("partnercentral.config")
    assert.same(config.CLIENT_OPTIONS, fields(text, "partnercentral.ClientOptions"))
    assert.same(config.CALL_OPTIONS, fields(text, "partnercentral.CallOptions"))
  end)
end)
