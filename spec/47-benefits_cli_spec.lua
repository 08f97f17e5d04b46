-- `partnercentral benefits ...` against the emulator: a document member given
-- as a JSON flag, create -> submit -> wait, a paginated listing, a service
-- error's exit code, and the help of the service.
local helpers = require("spec.helpers")
local emulator = require("spec.support.emulator")
local json = emulator.json

local INTERP = helpers.runtime():match("^luajit") and "luajit" or "lua5.4"

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local emu
emulator.use({ control = true, delay = 1 }, function(e) emu = e end)

local tmp = os.tmpname()
os.remove(tmp)
os.execute("mkdir -p " .. tmp)

-- -> rc, stdout, stderr (the emulator's keys; nothing from the machine's AWS configuration)
local function cli(line, no_endpoint)
  local cmd = "env -u AWS_PROFILE -u AWS_DEFAULT_PROFILE -u AWS_ENDPOINT_URL -u AWS_SESSION_TOKEN"
    .. " -u AWS_ENDPOINT_URL_PARTNERCENTRAL_BENEFITS HOME=" .. q(tmp) .. " AWS_CONFIG_FILE=" .. q(tmp .. "/none")
    .. " AWS_SHARED_CREDENTIALS_FILE=" .. q(tmp .. "/none") .. " AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test"
    .. " AWS_REGION=us-east-1 " .. INTERP .. " bin/partnercentral " .. line
    .. (no_endpoint and "" or (" --endpoint-url " .. q(emu.url)))
    .. " < /dev/null > " .. q(tmp .. "/out") .. " 2> " .. q(tmp .. "/err") .. "; echo $?"
  local rc = tonumber(helpers.sh(cmd))
  return rc, helpers.read_file(tmp .. "/out") or "", helpers.read_file(tmp .. "/err") or ""
end

local function ok_json(line)
  local rc, out, err = cli(line)
  assert.equals(0, rc, line .. "\n" .. err)
  return assert(json.decode(out), out)
end

describe("partnercentral benefits (the command line)", function()
  teardown(function() os.execute("rm -rf " .. q(tmp)) end)

  it("create-benefit-application with a document flag, submit, wait, get", function()
    local details = { UseCase = "CLI", RequestedAmount = 700, Tags = { "a", "b" }, Nested = { On = true } }
    local created = ok_json("benefits create-benefit-application --catalog AWS --client-token cli-1"
      .. " --benefit-identifier ben-poccredits0001 --benefit-application-details " .. q(json.encode(details)))
    assert.is_true(emulator.check_output("benefits", "CreateBenefitApplication", created))
    ok_json("benefits submit-benefit-application --catalog AWS --identifier " .. created.Id)
    local rc, out, err = cli("benefits wait benefit-application-approved --catalog AWS --identifier " .. created.Id
      .. " --waiter-delay 0.3 --waiter-max-wait 20")
    assert.equals(0, rc, err)
    assert.equals("", out)
    local got = ok_json("benefits get-benefit-application --catalog AWS --identifier " .. created.Arn)
    assert.equals("APPROVED", got.Status)
    assert.same(details, got.BenefitApplicationDetails)
    assert.matches("^%d%d%d%d%-%d%d%-%d%dT", got.CreatedAt)
    -- submitting again is the service's ConflictException: exit 254
    rc, out, err = cli("benefits submit-benefit-application --catalog AWS --identifier " .. created.Id)
    assert.equals(254, rc, err)
    assert.equals("", out)
    assert.matches("An error occurred %(ConflictException%) when calling the SubmitBenefitApplication operation", err)
  end)

  it("a document with mixed lists prints with --output text and table (no traceback)", function()
    local details = '{"Mixed":[1,0,100,null,{},[]],"Nested":[[1,[2]],{"k":[null]},"s"],"Empty":{}}'
    local created = ok_json("benefits create-benefit-application --catalog AWS --client-token cli-mixed"
      .. " --benefit-identifier ben-poccredits0001 --benefit-application-details " .. q(details))
    for _, kind in ipairs{ "json", "text", "table" } do
      local rc, out, err = cli("benefits get-benefit-application --catalog AWS --identifier " .. created.Id
        .. " --output " .. kind)
      assert.equals(0, rc, kind .. ": " .. err)
      assert.equals("", err)
      assert.matches("100", out, 1, true)
    end
  end)

  it("list-benefits reads every page; a bad member is a usage error (252)", function()
    local all = ok_json("benefits list-benefits --catalog AWS --page-size 2")
    assert.equals(5, #all.BenefitSummaries)
    local two = ok_json("benefits list-benefits --catalog AWS --max-items 2")
    assert.equals(2, #two.BenefitSummaries)
    assert.is_string(two.NextToken)
    local rc, _, err = cli("benefits get-benefit --catalog AWS --identifier not-a-benefit")
    assert.equals(252, rc, err)
    assert.matches("Identifier", err)
  end)

  it("help names the service's operations and waiters", function()
    local rc, out = cli("benefits help", true)
    assert.equals(0, rc)
    assert.matches("create-benefit-application", out, 1, true)
    rc, out = cli("benefits wait help", true)
    assert.equals(0, rc)
    assert.matches("benefit-application-reviewed", out, 1, true)
    assert.matches("benefit-application-approved", out, 1, true)
    rc, out = cli("help", true)
    assert.equals(0, rc)
    assert.matches("benefits", out, 1, true)
  end)
end)
