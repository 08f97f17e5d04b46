-- partnercentral-local over real HTTP: framing, authentication, errors,
-- fault injection, control endpoints, keep-alive load.
local emulator = require("spec.support.emulator")

local helpers_read = require("spec.helpers").read_file
local helpers_write = require("spec.helpers").write_file

describe("emulator protocol", function()
  local emu
  emulator.use({ control = true, delay = 2 }, function(e) emu = e end)
  local function list_partners(opts)
    return emu:call("PartnerCentralAccount.ListPartners", '{"Catalog":"AWS"}', opts)
  end

  it("prints the endpoint and the seeded partner ids", function()
    if not emu then return end
    assert.matches("^http://127%.0%.0%.1:%d+$", emu.url)
    assert.matches("^partner%-[A-Za-z0-9]+$", emu.partners.AWS)
    assert.matches("^partner%-[A-Za-z0-9]+$", emu.partners.Sandbox)
  end)

  it("answers a signed call with 200, a request id and a valid body", function()
    if not emu then return end
    local status, body, headers = list_partners()
    assert.equal(200, status)
    assert.matches("^%x+%-%x+%-4%x+%-%x+%-%x+$", headers["x-amzn-requestid"])
    assert.equal("application/x-amz-json-1.0", headers["content-type"])
    assert.equal(emu.partners.AWS, body.PartnerSummaryList[1].Id)
    assert.is_true(emulator.check_output("account", "ListPartners", body))
  end)

  it("rejects a missing Authorization with MissingAuthenticationTokenException (403)", function()
    if not emu then return end
    local status, body, headers = list_partners({ nosign = true })
    assert.equal(403, status)
    assert.equal("MissingAuthenticationTokenException", body.__type)
    assert.equal("MissingAuthenticationTokenException", headers["x-amzn-errortype"])
    assert.is_string(headers["x-amzn-requestid"])
  end)

  it("rejects an unknown access key with UnrecognizedClientException", function()
    if not emu then return end
    local status, body = list_partners({ user = "AKIDUNKNOWN:test" })
    assert.equal(403, status)
    assert.equal("UnrecognizedClientException", body.__type)
    assert.equal("The security token included in the request is invalid.", body.Message)
  end)

  it("rejects a wrong secret with InvalidSignatureException", function()
    if not emu then return end
    local status, body = list_partners({ user = "test:wrong" })
    assert.equal(403, status)
    assert.equal("InvalidSignatureException", body.__type)
  end)

  it("rejects a signature for the other service", function()
    if not emu then return end
    local status, body = list_partners({ service = "partnercentral-channel" })
    assert.equal(403, status)
    assert.equal("InvalidSignatureException", body.__type)
  end)

  -- A request signed by the core's signer over exactly `signed` (names of
  -- headers among Host, X-Amz-Target, Content-Type; X-Amz-Date is always
  -- signed), then sent with target `send_target` (the signed one by default).
  local function hand_signed(signed, target, send_target)
    local core = require("partnercentral.core")
    local host = emu.url:match("^http://([^/]+)")
    local all = { Host = host, ["X-Amz-Target"] = target, ["Content-Type"] = "application/x-amz-json-1.0" }
    local list = {}
    for _, name in ipairs(signed) do list[#list + 1] = { name, all[name] } end
    local body = '{"Catalog":"AWS"}'
    local add = assert(core.sign_v4{ method = "POST", path = "/", query = "", headers = list, body = body,
      access_key = "test", secret_key = "test", region = "us-east-1", service = "partnercentral-account",
      amz_date = os.date("!%Y%m%dT%H%M%SZ") })
    return emu:call(send_target or target, body, { nosign = true,
      headers = { "Authorization: " .. add.Authorization, "X-Amz-Date: " .. add["X-Amz-Date"] } })
  end

  it("refuses a signature that leaves X-Amz-Target or Content-Type out, as AWS does", function()
    if not emu then return end
    local status, body = hand_signed({ "Host" }, "PartnerCentralAccount.ListPartners")
    assert.equal(403, status)
    assert.equal("InvalidSignatureException", body.__type)
    assert.equal("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.", body.Message)
    status, body = hand_signed({ "Host", "X-Amz-Target" }, "PartnerCentralAccount.ListPartners")
    assert.equal(403, status)
    assert.equal("'Content-Type' must be a 'SignedHeader' in the AWS Authorization.", body.Message)
    status, body = hand_signed({ "X-Amz-Target", "Content-Type" }, "PartnerCentralAccount.ListPartners")
    assert.equal(403, status)
    assert.equal("'Host' must be a 'SignedHeader' in the AWS Authorization.", body.Message)
    -- the full set is accepted, and another target under the same signature is not
    assert.equal(200, (hand_signed({ "Host", "X-Amz-Target", "Content-Type" }, "PartnerCentralAccount.ListPartners")))
    status, body = hand_signed({ "Host", "X-Amz-Target", "Content-Type" }, "PartnerCentralAccount.ListPartners",
      "PartnerCentralAccount.GetConnectionPreferences")
    assert.equal(403, status)
    assert.equal("InvalidSignatureException", body.__type)
    assert.matches("does not match", body.Message)
  end)

  it("rejects an X-Amz-Date more than 15 minutes off as expired", function()
    if not emu then return end
    local status, body = list_partners({ date = os.date("!%Y%m%dT%H%M%SZ", os.time() - 3600) })
    assert.equal(403, status)
    assert.equal("InvalidSignatureException", body.__type)
    assert.matches("Signature expired", body.Message)
    -- a date in the future gets AWS's other message
    status, body = list_partners({ date = os.date("!%Y%m%dT%H%M%SZ", os.time() + 3600) })
    assert.equal(403, status)
    assert.equal("InvalidSignatureException", body.__type)
    assert.matches("Signature not yet current", body.Message)
  end)

  it("writes the region the caller signed for into new ARNs", function()
    if not emu then return end
    local function create(region, legal)
      assert.equal(200, (emu:call("PartnerCentralAccount.SendEmailVerificationCode",
        '{"Catalog":"Sandbox","Email":"a@corp.example"}', { region = region })))
      local status, body = emu:call("PartnerCentralAccount.CreatePartner", '{"Catalog":"Sandbox","LegalName":"'
        .. legal .. '","PrimarySolutionType":"CONSULTING_SERVICES","EmailVerificationCode":"123456",'
        .. '"AllianceLeadContact":{"FirstName":"A","LastName":"B","Email":"a@corp.example","BusinessTitle":"Lead"}}',
        { region = region })
      assert.equal(200, status)
      return body.Arn
    end
    assert.matches("^arn:aws:partnercentral:eu%-west%-1:", create("eu-west-1", "Corp EU"))
    assert.matches("^arn:aws:partnercentral:us%-east%-1:", create("us-east-1", "Corp US"))
  end)

  it("rejects a wrong content type with a SerializationException", function()
    if not emu then return end
    local status, body = list_partners({ content_type = "application/json" })
    assert.equal(400, status)
    assert.equal("SerializationException", body.__type)
  end)

  it("rejects malformed JSON with SerializationException", function()
    if not emu then return end
    local status, body = emu:call("PartnerCentralAccount.ListPartners", '{"Catalog":')
    assert.equal(400, status)
    assert.equal("SerializationException", body.__type)
  end)

  it("rejects an unknown target with UnknownOperationException", function()
    if not emu then return end
    local status, body = emu:call("PartnerCentralAccount.DoSomething", "{}")
    assert.equal(400, status)
    assert.equal("UnknownOperationException", body.__type)
  end)

  it("refuses a body over 1 MiB with 413 and a JSON error", function()
    if not emu then return end
    local big = '{"Catalog":"' .. string.rep("A", 1100000) .. '"}'
    local status, body = emu:call("PartnerCentralAccount.ListPartners", big)
    assert.equal(413, status)
    assert.equal("SerializationException", body.__type)
  end)

  it("validates input against the model (Account shape of ValidationException)", function()
    if not emu then return end
    local status, body = emu:call("PartnerCentralAccount.GetPartner", '{"Catalog":"AWS","Extra":1}')
    assert.equal(400, status)
    assert.equal("ValidationException", body.__type)
    assert.equal("REQUEST_VALIDATION_FAILED", body.Reason)
    assert.is_string(body.Message)
    local names = {}
    for _, d in ipairs(body.ErrorDetails) do names[d.FieldValidationError.Name] = true end
    assert.is_true(names.Identifier)
    assert.is_true(names.Extra)
  end)

  it("validates input against the model (Channel shape of ValidationException)", function()
    if not emu then return end
    local status, body = emu:call("PartnerCentralChannel.ListProgramManagementAccounts",
      '{"catalog":"AWS","maxResults":500}')
    assert.equal(400, status)
    assert.equal("ValidationException", body.__type)
    assert.equal("REQUEST_VALIDATION_FAILED", body.reason)
    assert.is_string(body.message)
    assert.equal("maxResults", body.fieldList[1].name)
  end)

  it("injects an error fault for the next N calls of a target", function()
    if not emu then return end
    local code = emu:control("faults", '{"target":"PartnerCentralAccount.ListPartners","count":2,"action":"error","error":"ThrottlingException"}')
    assert.equal(200, code)
    local s1, b1 = list_partners()
    local s2 = list_partners()
    local s3 = list_partners()
    assert.equal(400, s1)
    assert.equal("ThrottlingException", b1.__type)
    assert.equal(400, s2)
    assert.equal(200, s3)
  end)

  it("injects a bare status fault and an InternalServerException (500)", function()
    if not emu then return end
    emu:control("faults", '{"target":"*","count":1,"action":"status","status":503}')
    assert.equal(503, (list_partners()))
    emu:control("faults", '{"target":"*","count":1,"action":"error","error":"InternalServerException"}')
    local s, b = list_partners()
    assert.equal(500, s)
    assert.equal("InternalServerException", b.__type)
  end)

  it("drop_after does the work and closes the connection without an answer", function()
    if not emu then return end
    emu:control("faults", '{"target":"PartnerCentralChannel.CreateProgramManagementAccount","count":1,"action":"drop_after"}')
    local s = emu:call("PartnerCentralChannel.CreateProgramManagementAccount",
      '{"catalog":"AWS","program":"SOLUTION_PROVIDER","displayName":"Dropped","accountId":"123456789012","clientToken":"t1"}')
    assert.is_true(s == 0 or s == nil)
    local _, st = emu:control("state")
    local n = 0
    for _ in pairs(st.stores.channel_pma.by_id) do n = n + 1 end
    assert.equal(1, n)
    -- the retry with the same client token gets the same answer, nothing new
    local s2, b2 = emu:call("PartnerCentralChannel.CreateProgramManagementAccount",
      '{"catalog":"AWS","program":"SOLUTION_PROVIDER","displayName":"Dropped","accountId":"123456789012","clientToken":"t1"}')
    assert.equal(200, s2)
    assert.matches("^pma%-", b2.programManagementAccountDetail.id)
    _, st = emu:control("state")
    n = 0
    for _ in pairs(st.stores.channel_pma.by_id) do n = n + 1 end
    assert.equal(1, n)
  end)

  it("turns a Lua error in a handler into a 500 InternalServerException and keeps serving", function()
    if not emu then return end
    emu:control("faults", '{"target":"*","count":1,"action":"raise"}')
    local s, b, h = list_partners()
    assert.equal(500, s)
    assert.equal("InternalServerException", b.__type)
    assert.is_string(h["x-amzn-requestid"])
    assert.equal(200, (list_partners()))
  end)

  it("delay fault still answers", function()
    if not emu then return end
    emu:control("faults", '{"target":"*","count":1,"action":"delay","delay_ms":50}')
    assert.equal(200, (list_partners()))
  end)

  it("rejects bad fault rules and keeps control endpoints off without --control", function()
    if not emu then return end
    assert.equal(400, (emu:control("faults", '{"action":"explode"}')))
    local plain = assert(emulator.start{ control = false })
    local code = plain:control("state")
    assert.equal(200, (plain:control("health")))
    local pid, prefix = plain.pid, plain.prefix
    assert.is_string(prefix)
    plain.stop()
    assert.equal(404, code)
    -- SIGTERM: nginx gone, temp prefix removed
    local r = os.execute("kill -0 " .. pid .. " 2>/dev/null")
    assert.is_true(r ~= true and r ~= 0)
    assert.is_nil(io.open(prefix .. "/conf/nginx.conf", "r"))
  end)

  it("refuses to start without the C core and says how to get it", function()
    local tmp = os.tmpname()
    local p = io.popen("PC_CORE_CPATH=" .. tmp .. ".absent emulator/bin/partnercentral-local --port 0 2>&1; echo \"rc=$?\"")
    local out = p:read("*a")
    p:close()
    os.remove(tmp)
    assert.matches("rc=1%s*$", out)
    assert.matches("partnercentral/core.so", out)
    assert.is_nil(out:find("\nready", 1, true))
  end)

  it("fails before `ready` on a busy port and never reports another instance's partner ids", function()
    if not emu then return end
    local port = emu.url:match(":(%d+)$")
    local second, why = emulator.start{ port = port }
    if second then second:stop() end
    assert.is_nil(second)
    assert.is_nil(why:find("\nready", 1, true), why)
    assert.matches("port " .. port .. " on 127%.0%.0%.1 is already in use", why)
    for _, id in pairs(emu.partners) do assert.is_nil(why:find(id, 1, true), why) end
    -- a server that is no emulator but answers like one (another instance's health)
    local tmp = os.tmpname()
    local script = helpers_write(tmp .. ".py", [[
import http.server
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"partners":{"AWS":"partner-NOTMINE0000001","Sandbox":"partner-NOTMINE0000002"},"status":"ok"}'
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
print(srv.server_address[1], flush=True)
srv.serve_forever()
]])
    local fake = io.popen("python3 " .. script .. " > " .. tmp .. " 2>&1 & echo $!")
    local fake_pid = fake:read("*l")
    fake:close()
    local fake_port
    for _ = 1, 100 do
      local f = io.open(tmp, "rb")
      fake_port = f and f:read("*l")
      if f then f:close() end
      if fake_port and fake_port:match("^%d+$") then break end
      os.execute("sleep 0.05")
    end
    local third, why3 = emulator.start{ port = fake_port }
    if third then third:stop() end
    os.execute("kill " .. fake_pid .. " 2>/dev/null")
    os.remove(tmp)
    os.remove(script)
    assert.is_nil(third)
    assert.is_nil(why3:find("NOTMINE", 1, true), why3)
    assert.is_nil(why3:find("\nready", 1, true), why3)
    assert.matches("already in use", why3)
  end)

  it("accepts its configured credentials only", function()
    if not emu then return end
    local other = assert(emulator.start{ access_key = "AKIDLOCAL", secret_key = "s3cr3t" })
    local ok_status = other:call("PartnerCentralAccount.ListPartners", '{"Catalog":"AWS"}')
    local s2, b2 = other:call("PartnerCentralAccount.ListPartners", '{"Catalog":"AWS"}', { user = "test:test" })
    local pid, prefix = other.pid, other.prefix
    other:stop("INT")   -- Ctrl-C: stops as cleanly as TERM
    local r = os.execute("kill -0 " .. pid .. " 2>/dev/null")
    assert.is_true(r ~= true and r ~= 0)
    assert.is_nil(io.open(prefix .. "/conf/nginx.conf", "r"))
    assert.equal(200, ok_status)
    assert.equal(403, s2)
    assert.equal("UnrecognizedClientException", b2.__type)
  end)

  it("stays up through 2000 keep-alive calls on one connection", function()
    if not emu then return end
    -- One curl process, 2000 transfers separated by `next` (without it curl
    -- joins repeated data= lines with '&' into a single request). Each
    -- section carries its own options; curl signs each call and reuses one
    -- connection from its cache. Every answer body is kept and checked.
    local tmp = os.tmpname()
    local outdir = os.tmpname()
    os.remove(outdir)
    os.execute("mkdir -p " .. outdir)
    local f = assert(io.open(tmp, "w"))
    for i = 1, 2000 do
      f:write('url = "', emu.url, '/"\n',
        'request = "POST"\n',
        'header = "X-Amz-Target: PartnerCentralAccount.ListPartners"\n',
        'header = "Content-Type: application/x-amz-json-1.0"\n',
        'aws-sigv4 = "aws:amz:us-east-1:partnercentral-account"\n',
        'user = "test:test"\n',
        'data-binary = "{\\"Catalog\\":\\"AWS\\"}"\n',
        'output = "', outdir, '/', i, '.json"\n',
        'write-out = "%{http_code} %{num_connects}\\n"\n')
      if i < 2000 then f:write("next\n") end
    end
    f:close()
    local t0 = os.time()
    local p = io.popen("curl -s -K " .. tmp)
    local ok, lines, connects = 0, 0, 0
    for line in p:lines() do
      local code, nc = line:match("^(%d+) (%d+)")
      if code then lines = lines + 1 end
      if code == "200" then ok = ok + 1 end
      connects = connects + (tonumber(nc) or 0)
    end
    p:close()
    -- every answer is a partner list with the seeded partner
    local good = 0
    for i = 1, 2000, 1 do
      local b = emulator.json.decode(helpers_read(outdir .. "/" .. i .. ".json"))
      if type(b) == "table" and b.PartnerSummaryList and b.PartnerSummaryList[1]
        and b.PartnerSummaryList[1].Id == emu.partners.AWS then good = good + 1 end
    end
    os.remove(tmp)
    os.execute("rm -rf " .. outdir)
    io.stderr:write(string.format("emulator keep-alive: %d transfers, %d answered 200, %d connections, ~%ds\n",
      lines, ok, connects, os.time() - t0))
    assert.equal(2000, lines)
    assert.equal(2000, ok)
    assert.equal(2000, good)
    assert.is_true(connects >= 1 and connects < 10)
    assert.equal(200, (list_partners()))
  end)
end)
