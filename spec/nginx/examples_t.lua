-- examples/openresty, for real: spec/nginx/run starts nginx with
-- examples/openresty/nginx.conf itself (paths, port and CA bundle pointed at
-- this checkout, its keys and endpoint in the environment as the file's header
-- says), and these tests are its clients: the content handler that starts a
-- profile update task and the access-phase plugin that reads a program
-- management account, against the emulator.
return function(t)
  local p = t.params
  local sdk = require("ngxt_sdk")
  if not sdk.ready_with_emulator(t) then return end
  local tr = require("partnercentral.transport.ngx").new()
  local core = require("partnercentral.core")
  local base = "http://127.0.0.1:" .. p.example_port
  local partner = p.partner ~= "" and p.partner or "partner-abcdefghij123"
  local function req(method, path, body, headers)
    return assert(tr:request{ method = method, url = base .. path, body = body, headers = headers,
      timeout = 10 })
  end
  local control = sdk.emulator_control(p.emulator)

  t.it("content handler: POST /profile/<id> with the shipped details.json starts a profile update task", function()
    control("/_local/reset")
    local f = assert(io.open(p.root .. "/examples/openresty/details.json", "rb"))
    local details = f:read("*a")
    f:close()
    local resp = req("POST", "/profile/" .. partner, details)
    t.eq(202, resp.status, resp.body)
    local v = core.json_decode(resp.body)
    t.eq("string", type(v.TaskId))
    t.eq("IN_PROGRESS", v.Status)
  end)

  t.it("content handler: a bad TaskDetails is a 400 with the violations; GET is a 405", function()
    local resp = req("POST", "/profile/" .. partner, '{"DisplayName":"x"}')
    t.eq(400, resp.status, resp.body)
    t.match(resp.body, "violations")
    t.eq(405, req("GET", "/profile/" .. partner).status)
  end)

  t.it("access plugin: an account with a PMA gets through, and is cached afterwards", function()
    local channel = assert(sdk.new("channel", { region = "us-east-1" }))
    local created, err = channel:create_program_management_account{ catalog = "AWS",
      program = "SOLUTION_PROVIDER", displayName = "Gate PMA", accountId = "210987654321" }
    t.ok(created, tostring(err))
    local resp = req("GET", "/partner-portal/home", nil, { { "X-Aws-Account-Id", "210987654321" } })
    t.eq(200, resp.status, resp.body)
    t.match(resp.body, "^welcome, Gate PMA %(SOLUTION_PROVIDER%)")
    -- the service now fails every call: the answer must come from the shared cache
    control("/_local/faults", '{"target":"*","count":50,"action":"error","error":"InternalServerException"}')
    local again = req("GET", "/partner-portal/home", nil, { { "X-Aws-Account-Id", "210987654321" } })
    control("/_local/reset")
    t.eq(200, again.status, again.body)
  end)

  t.it("access plugin: no PMA is 403, no account header is 401, a failing service is 503", function()
    t.eq(403, req("GET", "/partner-portal/home", nil, { { "X-Aws-Account-Id", "999999999999" } }).status)
    t.eq(401, req("GET", "/partner-portal/home").status)
    control("/_local/faults", '{"target":"*","count":50,"action":"error","error":"AccessDeniedException"}')
    local resp = req("GET", "/partner-portal/home", nil, { { "X-Aws-Account-Id", "888888888888" } })
    control("/_local/reset")
    t.eq(503, resp.status)
  end)
end
