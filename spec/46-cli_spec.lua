-- The `partnercentral` command, run from this checkout against the emulator:
-- every form the README and issue document, the two seed operations end to end,
-- pagination, a waiter, help at every level, and the exit codes (0 success,
-- 252 usage, 254 service error, 255 other).
local helpers = require("spec.helpers")
local emulator = require("spec.support.emulator")
local json = emulator.json

local SECRET = "cli-spec-secret-0123456789"
local INTERP = helpers.runtime():match("^luajit") and "luajit" or "lua5.4"

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local emu
emulator.use({ control = true, delay = 1, secret_key = SECRET }, function(e) emu = e end)

local tmp = os.tmpname()
os.remove(tmp)
os.execute("mkdir -p " .. tmp)

-- Runs the command with the emulator's keys in the environment (nothing from the
-- machine's own AWS configuration). -> rc, stdout, stderr
local function cli(line, opts)
  opts = opts or {}
  local env = opts.env or ("AWS_ACCESS_KEY_ID=" .. q(emu.key) .. " AWS_SECRET_ACCESS_KEY=" .. q(SECRET)
    .. " AWS_REGION=us-east-1")
  local cmd = "env -u AWS_PROFILE -u AWS_DEFAULT_PROFILE -u AWS_ENDPOINT_URL -u AWS_SESSION_TOKEN"
    .. " HOME=" .. q(tmp) .. " AWS_CONFIG_FILE=" .. q(opts.config or (tmp .. "/none"))
    .. " AWS_SHARED_CREDENTIALS_FILE=" .. q(opts.credentials or (tmp .. "/none")) .. " " .. env .. " "
    .. INTERP .. " bin/partnercentral " .. line
    .. (opts.no_endpoint and "" or (" --endpoint-url " .. q(emu.url)))
    .. (opts.stdin and (" < " .. q(opts.stdin)) or " < /dev/null")
    .. " > " .. q(tmp .. "/out") .. " 2> " .. q(tmp .. "/err") .. "; echo $?"
  local rc = tonumber(helpers.sh(cmd))
  return rc, helpers.read_file(tmp .. "/out") or "", helpers.read_file(tmp .. "/err") or ""
end

local function ok_json(line, opts)
  local rc, out, err = cli(line, opts)
  assert.equals(0, rc, line .. "\n" .. err)
  assert.equals("", err)
  return assert(json.decode(out), out)
end

local DETAILS = {
  DisplayName = "Example Partner", Description = "Cloud consulting and software for retail.",
  WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
  PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE", "RETAIL" },
  TranslationSourceLocale = "en-US",
  LocalizedContents = { { DisplayName = "Exemple", Description = "Conseil et logiciels.",
    WebsiteUrl = "https://example.com/fr", LogoUrl = "https://example.com/logo-fr.png", Locale = "fr-FR" } },
}

local function new_pma(n)
  local status, body = emulator.checked_call(emu, "channel", "CreateProgramManagementAccount",
    { catalog = "AWS", program = "SOLUTION_PROVIDER", displayName = "pma " .. n, accountId = ("%012d"):format(n) })
  assert.equals(200, status)
  local id = (body.programManagementAccountDetail or body).id
  local _, list = emulator.checked_call(emu, "channel", "ListProgramManagementAccounts", { catalog = "AWS" })
  for _, item in ipairs(list.items) do
    if item.id == id then return item end
  end
  error("created PMA " .. tostring(id) .. " is not listed")
end

describe("partnercentral (the command line)", function()
  teardown(function() os.execute("rm -rf " .. q(tmp)) end)

  it("seed 1: account start-profile-update-task with every member, output valid for the model", function()
    local line = "account start-profile-update-task --catalog AWS --identifier " .. emu.partners.AWS
      .. " --client-token cli-seed-1 --task-details " .. q(json.encode(DETAILS))
    local task = ok_json(line)
    assert.is_true(emulator.check_output("account", "StartProfileUpdateTask", task))
    assert.equals("IN_PROGRESS", task.Status)
    assert.matches("^pprofiletask%-", task.TaskId)
    assert.matches("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%d", task.StartedAt)   -- ISO 8601, as the AWS CLI prints
    assert.equals("fr-FR", task.TaskDetails.LocalizedContents[1].Locale)
    -- the same client token is the same task
    assert.equals(task.TaskId, ok_json(line).TaskId)
  end)

  it("--cli-input-json from a file, from stdin and as text; flags override its members", function()
    ok_json("account start-profile-update-task --catalog AWS --identifier " .. emu.partners.AWS
      .. " --task-details " .. q(json.encode(DETAILS)))
    local input = helpers.write_file(tmp .. "/in.json", json.encode{ Catalog = "AWS", Identifier = emu.partners.AWS })
    local a = ok_json("account get-profile-update-task --cli-input-json file://" .. input)
    assert.equals("IN_PROGRESS", a.Status)
    assert.is_true(emulator.check_output("account", "GetProfileUpdateTask", a))
    local b = ok_json("account get-profile-update-task --cli-input-json -", { stdin = input })
    assert.equals(a.TaskId, b.TaskId)
    local c = ok_json("account get-profile-update-task --cli-input-json "
      .. q(json.encode{ Catalog = "Sandbox", Identifier = emu.partners.AWS }) .. " --catalog AWS")
    assert.equals(a.TaskId, c.TaskId)
  end)

  it("wait profile-update-task-succeeded polls until the task succeeds (exit 0, nothing printed)", function()
    ok_json("account start-profile-update-task --catalog AWS --identifier " .. emu.partners.AWS
      .. " --task-details " .. q(json.encode(DETAILS)))
    local rc, out, err = cli("account wait profile-update-task-succeeded --catalog AWS --identifier "
      .. emu.partners.AWS .. " --waiter-delay 0.3 --waiter-max-wait 20")
    assert.equals(0, rc, err)
    assert.equals("", out)
    local done = ok_json("account get-profile-update-task --catalog AWS --identifier " .. emu.partners.AWS)
    assert.equals("SUCCEEDED", done.Status)
  end)

  it("a waiter that runs out of time exits 255", function()
    ok_json("account start-profile-update-task --catalog AWS --identifier " .. emu.partners.AWS
      .. " --task-details " .. q(json.encode(DETAILS)))
    local rc, out, err = cli("account wait profile-update-task-succeeded --catalog AWS --identifier "
      .. emu.partners.AWS .. " --waiter-delay 0.2 --waiter-max-wait 0")
    assert.equals(255, rc, err)
    assert.equals("", out)
    assert.matches("Waiter failed: WaiterTimeout", err, 1, true)
  end)

  it("seed 2: channel update-program-management-account (revision), text output", function()
    local pma = new_pma(1)
    local rc, out, err = cli("channel update-program-management-account --catalog AWS --identifier " .. pma.id
      .. " --display-name Renamed --revision " .. pma.revision .. " --output text")
    assert.equals(0, rc, err)
    local fields = {}
    for f in out:gmatch("[^\t\n]+") do fields[#fields + 1] = f end
    assert.equals("PROGRAMMANAGEMENTACCOUNTDETAIL", fields[1])
    assert.matches("\tRenamed\t", out, 1, true)
    assert.matches("\t" .. pma.id .. "\t", out, 1, true)
    -- the revision moved on: the old one is now a conflict from the service (254)
    rc, out, err = cli("channel update-program-management-account --catalog AWS --identifier " .. pma.id
      .. " --display-name Again --revision " .. pma.revision)
    assert.equals(254, rc, err)
    assert.equals("", out)
    assert.matches("An error occurred %(ConflictException%) when calling the UpdateProgramManagementAccount operation: ", err)
    assert.matches("request id [%w%-]+", err)
  end)

  it("reads every page of a listing; --max-items / --starting-token resume; --no-paginate makes one call", function()
    local ids = {}
    for n = 1, 5 do ids[n] = new_pma(n).id end
    local all = ok_json("channel list-program-management-accounts --catalog AWS --page-size 2")
    assert.equals(5, #all.items)
    assert.is_nil(all.nextToken)
    assert.is_true(emulator.check_output("channel", "ListProgramManagementAccounts", all))
    local first = ok_json("channel list-program-management-accounts --catalog AWS --page-size 2 --max-items 3")
    assert.equals(3, #first.items)
    assert.is_string(first.NextToken)
    local rest = ok_json("channel list-program-management-accounts --catalog AWS --page-size 2 --starting-token "
      .. q(first.NextToken))
    assert.equals(2, #rest.items)
    local seen = {}
    for _, it in ipairs(first.items) do seen[#seen + 1] = it.id end
    for _, it in ipairs(rest.items) do seen[#seen + 1] = it.id end
    table.sort(seen)
    table.sort(ids)
    assert.same(ids, seen)
    local one = ok_json("channel list-program-management-accounts --catalog AWS --no-paginate --max-results 2")
    assert.equals(2, #one.items)
    assert.is_string(one.nextToken)
  end)

  it("--output table draws the result", function()
    new_pma(7)
    local rc, out, err = cli("channel list-program-management-accounts --catalog AWS --output table")
    assert.equals(0, rc, err)
    assert.matches("ListProgramManagementAccounts", out, 1, true)
    assert.matches("|  pma 7", out, 1, true)
    local width
    for l in out:gmatch("[^\n]+") do
      local n = select(2, l:gsub("[^\128-\191]", ""))
      width = width or n
      assert.equals(width, n, "every line of the table has the same width:\n" .. out)
    end
  end)

  it("a service error exits 254 with code, message and request id on stderr", function()
    local rc, out, err = cli("account get-partner --catalog AWS --identifier partner-zzzzzzzzzzzzz")
    assert.equals(254, rc)
    assert.equals("", out)
    assert.matches("An error occurred (ResourceNotFoundException) when calling the GetPartner operation: ", err, 1, true)
    assert.matches("request id [%w%-]+", err)
    assert.matches('fields: {"Reason":"PARTNER_NOT_FOUND"}', err, 1, true)
  end)

  it("bad usage exits 252: unknown service, operation or option, bad JSON, input the model rejects", function()
    local rc, out, err = cli("acount get-partner")
    assert.equals(252, rc)
    assert.equals("", out)
    assert.matches("Invalid choice 'acount', maybe you meant 'account'", err, 1, true)
    rc, out, err = cli("account get-partnr --catalog AWS")
    assert.equals(252, rc)
    assert.equals("", out)
    assert.matches("maybe you meant 'get-partner'", err, 1, true)
    rc, out, err = cli("account get-partner --catalog AWS --identifier x --colour blue")
    assert.equals(252, rc)
    assert.equals("", out)
    assert.matches("Unknown options: --colour", err, 1, true)
    rc, out, err = cli("account start-profile-update-task --catalog AWS --identifier " .. emu.partners.AWS
      .. " --task-details '{\"DisplayName\": '")
    assert.equals(252, rc)
    assert.equals("", out)
    assert.matches("Error parsing parameter '--task-details': Invalid JSON", err, 1, true)
    rc, out, err = cli("account get-partner --catalog")
    assert.equals(252, rc)
    assert.equals("", out)
    assert.matches("argument --catalog: expected one argument", err, 1, true)
    rc, out, err = cli("channel list-relationships --catalog AWS --output yaml")
    assert.equals(252, rc)
    assert.equals("", out)
    assert.matches("--output: Invalid choice 'yaml'", err, 1, true)
    -- the model's validation, with the library's own message
    rc, out, err = cli("channel update-program-management-account --catalog AWS --identifier pma-abcdefghijklm"
      .. " --revision abc --display-name x")
    assert.equals(252, rc)
    assert.equals("", out)
    local lib = require("partnercentral").channel.new{ region = "us-east-1", credentials = { access_key = "a", secret_key = "b" } }
    local _, lerr = lib:update_program_management_account{ catalog = "AWS", identifier = "pma-abcdefghijklm",
      revision = "abc", displayName = "x" }
    assert.matches("Parameter validation failed:\n" .. lerr.message, err, 1, true)
  end)

  it("--cli-input-json that is not a JSON object exits 252 with a usage message, never a traceback", function()
    local arr = helpers.write_file(tmp .. "/arr.json", "[1, 2]")
    for _, arg in ipairs{ q("[1,2]"), q("[]"), q('"text"'), "5", "null", "true", q(("["):rep(200) .. ("]"):rep(200)),
                          "file://" .. arr, "-", "file://" .. tmp .. "/missing.json" } do
      for _, line in ipairs{ "account get-partner --cli-input-json " .. arg,
                             "account wait profile-update-task-succeeded --cli-input-json " .. arg } do
        local rc, out, err = cli(line, { stdin = arr })
        assert.equals(252, rc, line .. "\n" .. err)
        assert.equals("", out)
        assert.matches("Error parsing parameter '--cli-input-json'", err, 1, true)
        assert.is_nil(err:find("traceback", 1, true), err)
      end
    end
  end)

  it("other failures exit 255 (nothing listens at the endpoint)", function()
    local rc, out, err = cli("account get-partner --catalog AWS --identifier " .. emu.partners.AWS
      .. " --endpoint-url http://127.0.0.1:9 --cli-connect-timeout 2", { no_endpoint = true })
    assert.equals(255, rc)
    assert.equals("", out)
    assert.matches("network error: ", err, 1, true)
  end)

  it("--debug logs requests and answers to stderr, secrets redacted", function()
    local rc, out, err = cli("--debug account get-partner --catalog AWS --identifier " .. emu.partners.AWS)
    assert.equals(0, rc, err)
    assert.is_table(json.decode(out))
    assert.matches("-> POST " .. emu.url, err, 1, true)
    assert.matches("Authorization: <redacted>", err, 1, true)
    assert.matches("X-Amz-Target: PartnerCentralAccount.GetPartner", err, 1, true)
    assert.is_nil(err:find(SECRET, 1, true))
    assert.is_nil(err:find("Signature=", 1, true))
  end)

  it("--region and --profile choose the region and the credentials", function()
    -- the emulator writes the region the caller signed for into new ARNs
    local west = ok_json("--region us-west-2 account get-connection-preferences --catalog AWS")
    assert.matches("^arn:aws:partnercentral:us%-west%-2:", west.Arn)
    local config = helpers.write_file(tmp .. "/config", "[profile cli]\nregion = eu-west-1\n")
    local creds = helpers.write_file(tmp .. "/credentials",
      "[cli]\naws_access_key_id = " .. emu.key .. "\naws_secret_access_key = " .. SECRET .. "\n")
    local p = ok_json("account get-connection-preferences --profile cli --catalog Sandbox",
      { env = "", config = config, credentials = creds })
    assert.matches("^arn:aws:partnercentral:eu%-west%-1:", p.Arn)
    local rc, _, err = cli("account get-partner --profile nobody --catalog AWS --identifier " .. emu.partners.AWS,
      { env = "", config = config, credentials = creds })
    assert.equals(255, rc, err)
  end)

  it("help at every level prints the generated reference", function()
    local docs = require("partnercentral.docs.channel")
    local rc, out = cli("help", { no_endpoint = true })
    assert.equals(0, rc)
    assert.matches("Usage: partnercentral [options] <service> <operation>", out, 1, true)
    assert.matches("Exit codes: 0 success; 252", out, 1, true)
    rc, out = cli("channel help", { no_endpoint = true })
    assert.equals(0, rc)
    assert.matches("- update-program-management-account: " .. docs.summaries.UpdateProgramManagementAccount, out, 1, true)
    rc, out = cli("channel help update-program-management-account", { no_endpoint = true })
    assert.equals(0, rc)
    assert.matches(docs.operations.UpdateProgramManagementAccount, out, 1, true)
    assert.matches(docs.errors.ConflictException, out, 1, true)
    local rc2, out2 = cli("channel update-program-management-account help", { no_endpoint = true })
    assert.equals(0, rc2)
    assert.equals(out, out2)
    rc, out = cli("account wait help", { no_endpoint = true })
    assert.equals(0, rc)
    assert.matches("`ProfileUpdateTaskSucceeded`", out, 1, true)
    rc, out = cli("account wait profile-update-task-succeeded help", { no_endpoint = true })
    assert.equals(0, rc)
    assert.matches("## GetProfileUpdateTask", out, 1, true)
    rc, out = cli("--version", { no_endpoint = true })
    assert.equals(0, rc)
    assert.matches("^partnercentral/%d", out)
    rc = cli("", { no_endpoint = true })
    assert.equals(252, rc)
  end)
end)

describe("partnercentral against a careless server (canned)", function()
  local ch = require("spec.support.client_helpers")
  local srv
  setup(function()
    os.execute("mkdir -p " .. q(tmp))   -- (the first block's teardown removed it)
    srv = assert(ch.start_canned())
  end)
  teardown(function()
    if srv then srv.stop() end
    os.execute("rm -rf " .. q(tmp))
  end)

  local TOKEN = "FwoGZXIvYXdzEBYaDH7kq9Lw3mPz8vYtRiLKAb5xQ2Jc+Tn0/W4oHs7gUeVdMaNfKpXr1Zy6IjOuClB9"
    .. "gq3Rw8EtYn5Lm2Xs7Kd0Pv4Ua1Hc6Zb9Jf3Ti8Oe2Gy5Nw0Mr7Sq4Vx1Ak6Dl9Bp3Fh8Ij2Cu5Eo0Wt7Qz4Yn1"

  it("a session token echoed deep in a modeled field never reaches stderr (ErrorDetails[1]...Message)", function()
    local rc, out, err = cli("account get-alliance-lead-contact --catalog AWS --identifier partner-abcdefghijklm"
      .. " --endpoint-url " .. q(srv.url .. "/echo_error?mode=deep") .. " --cli-read-timeout 5", { no_endpoint = true,
      env = "AWS_ACCESS_KEY_ID=AKIDCLI AWS_SECRET_ACCESS_KEY=" .. q(SECRET) .. " AWS_SESSION_TOKEN=" .. TOKEN
        .. " AWS_REGION=us-east-1" })
    assert.equals(254, rc, err)
    assert.equals("", out)
    assert.matches("fields: ", err, 1, true)
    assert.matches("the request was", err, 1, true)
    assert.matches("X-Amz-Security-Token: <redacted>", err, 1, true)
    for i = 1, #TOKEN - 15 do
      assert.is_nil(err:find(TOKEN:sub(i, i + 15), 1, true), "token piece at " .. i .. " in:\n" .. err)
    end
  end)
end)

describe("partnercentral: usage errors, suggestions, internal errors", function()
  setup(function() os.execute("mkdir -p " .. q(tmp)) end)
  teardown(function() os.execute("rm -rf " .. q(tmp)) end)

  it("a bad --cli-read-timeout, --cli-connect-timeout or waiter option is bad usage (252), nothing sent", function()
    for _, bad in ipairs{ "--cli-read-timeout abc", "--cli-connect-timeout -1", "--cli-read-timeout 0",
        "--cli-connect-timeout 1e999", "--cli-read-timeout nan" } do
      local rc, out, err = cli("account get-partner --catalog AWS --identifier partner-abcdefghijklm " .. bad
        .. " --endpoint-url http://127.0.0.1:9", { no_endpoint = true })
      assert.equals(252, rc, bad .. ": " .. err)
      assert.equals("", out)
      assert.matches("must be a number of seconds from 0.001", err, 1, true)
      assert.is_nil(err:find("network error", 1, true))
    end
    for _, bad in ipairs{ "--waiter-delay 0", "--waiter-max-wait 1e999", "--waiter-max-wait -1", "--waiter-delay x" } do
      local rc, _, err = cli("account wait profile-update-task-succeeded --catalog AWS --identifier "
        .. "partner-abcdefghijklm " .. bad .. " --endpoint-url http://127.0.0.1:9", { no_endpoint = true })
      assert.equals(252, rc, bad .. ": " .. err)
      assert.matches("argument --waiter-", err, 1, true)
    end
  end)

  it("a near miss of a plural operation suggests the plural (list-opportunity -> list-opportunities)", function()
    local rc, _, err = cli("selling list-opportunity --catalog AWS", { no_endpoint = true })
    assert.equals(252, rc)
    assert.matches("maybe you meant 'list-opportunities'", err, 1, true)
    local selling = require("partnercentral").selling.new{ region = "us-east-1" }
    local ok, msg = pcall(function() return selling.list_opportunity end)
    assert.is_false(ok)
    assert.matches("did you mean 'list_opportunities'", msg, 1, true)
    ok, msg = pcall(selling.call, selling, "ListOpportunity", {})
    assert.is_false(ok)
    assert.matches("did you mean 'ListOpportunities'", msg, 1, true)
    assert.equal("get_opportunity", (require("partnercentral.config").closest("get_oportunity",
      { "get_opportunity", "list_opportunities" })))
  end)

  it("an internal error is reported on stderr and exits 255, with the traceback under --debug", function()
    -- a bug stand-in: the help module raises
    local boom = "package.loaded['partnercentral.cli.help'] = setmetatable({}, { __index = function()"
      .. " return function() error('help bug') end end })"
    for _, debug_flag in ipairs{ "", "--debug " } do
      local rc = tonumber(helpers.sh("env HOME=" .. q(tmp) .. " " .. INTERP .. " -e " .. q(boom)
        .. " bin/partnercentral " .. debug_flag .. "account help < /dev/null > " .. q(tmp .. "/out")
        .. " 2> " .. q(tmp .. "/err") .. "; echo $?"))
      local err = helpers.read_file(tmp .. "/err") or ""
      assert.equals(255, rc, err)
      assert.matches("^partnercentral: internal error: .*help bug\n", err)
      assert.equals(debug_flag ~= "", err:find("stack traceback", 1, true) ~= nil, err)
    end
  end)
end)

describe("partnercentral.cli.output is total", function()
  local output = require("partnercentral.cli.output")
  local core = require("partnercentral.core")
  local model = require("partnercentral.models.benefits")
  local OUT = "GetBenefitApplicationOutput"
  local function all(value)
    local r = {}
    for _, kind in ipairs{ "json", "text", "table" } do
      local ok, text = pcall(output.format, kind, value, model, OUT, "GetBenefitApplication")
      assert.is_true(ok, kind .. ": " .. tostring(text))
      assert.is_string(text)
      r[kind] = text
    end
    -- the json output is JSON
    assert.is_table(core.json_decode(r.json), r.json)
    return r
  end

  it("mixed lists, empty tables and nested lists in a document", function()
    local v = core.json_decode('{"Id":"x","BenefitApplicationDetails":{"Mixed":[1,0,100,null,{},[]],'
      .. '"Nested":[[1,[2]],{"k":[null],"v":3},"s"],"Empty":{}},"Tags":[]}')
    local r = all(v)
    assert.matches("MIXED\t100", r.text, 1, true)
    assert.matches("MIXED\tNone", r.text, 1, true)
    assert.matches("|  100 ", r.table, 1, true)
    assert.same(v.BenefitApplicationDetails.Mixed[3], core.json_decode(r.json).BenefitApplicationDetails.Mixed[3])
    -- a document that is a list, at the top of the member
    all{ Id = "x", BenefitApplicationDetails = setmetatable({ 1, core.null, { a = 1 }, { 2 } }, core.json_array_mt) }
  end)

  it("numbers JSON cannot hold, huge numbers, strings that are not UTF-8", function()
    local r = all{ Id = "x\255", BenefitApplicationDetails = { inf = 1 / 0, ninf = -1 / 0, nan = 0 / 0, big = 1e300,
      whole = 2 ^ 60 } }
    local back = core.json_decode(r.json)
    assert.equal(1 / 0, back.BenefitApplicationDetails.inf)
    assert.equal(-1 / 0, back.BenefitApplicationDetails.ninf)
    assert.equal(core.null, back.BenefitApplicationDetails.nan)
    assert.equal(1e300, back.BenefitApplicationDetails.big)
    assert.equal("x\239\191\189", back.Id)
    assert.matches("Infinity", r.text, 1, true)
    assert.matches("1e+300", r.table, 1, true)
  end)

  it("timestamps: milliseconds rounded with carry, out-of-range years as numbers", function()
    local function ts(n) return core.json_decode(all{ Id = "x", CreatedAt = n }.json).CreatedAt end
    assert.equal("1970-01-01T00:00:02Z", ts(1.9996))
    assert.equal("1970-01-01T00:00:01.500Z", ts(1.5))
    assert.equal("1970-01-01T00:00:01.001Z", ts(1.0006))
    assert.equal("1969-12-31T23:59:59.500Z", ts(-0.5))
    assert.equal("2025-01-01T00:00:00Z", ts(1735689600))
    assert.equal("2024-02-29T23:59:59.999Z", ts(1709251199.999))
    assert.equal("9999-12-31T23:59:59Z", ts(253402300799))
    assert.equal("0001-01-01T00:00:00Z", ts(-62135596800))
    assert.equal(1e20, ts(1e20))
    assert.equal(-1e20, ts(-1e20))
    assert.equal(1 / 0, ts(1 / 0))
    -- agrees with os.date over a range of days
    for d = -800, 800, 7 do
      local n = d * 86400 * 37 + 12345
      assert.equal(os.date("!%Y-%m-%dT%H:%M:%SZ", n), output.iso8601(n))
    end
  end)
end)
