-- examples/openresty: the content handler that starts a profile update task and
-- the access-phase plugin that reads a program management account, served by the
-- test nginx exactly as the example nginx.conf wires them, against the emulator.
return function(t)
  local p = t.params
  local sdk = require("ngxt_sdk")
  local pc, reason = sdk.ready()
  if pc and p.emulator == "" then reason = "the emulator (bin/partnercentral-local) is not running" end
  local names = { "content handler: POST /profile/<id> starts a profile update task",
    "content handler: a bad TaskDetails is a 400 with the violations",
    "access plugin: an account with a PMA gets through, cached afterwards",
    "access plugin: no PMA is 403, no account header is 401" }
  if reason then
    for _, n in ipairs(names) do t.skip(n, reason) end
    return
  end
  local tr = require("partnercentral.transport.ngx").new()
  local core = require("partnercentral.core")
  local base = "http://127.0.0.1:" .. p.port
  local partner = p.partner ~= "" and p.partner or "partner-abcdefghij123"
  local function req(method, path, body, headers)
    return assert(tr:request{ method = method, url = base .. path, body = body, headers = headers,
      timeout = 5 })
  end

  t.it(names[1], function()
    assert(tr:request{ method = "POST", url = p.emulator .. "/_local/reset", body = "{}" })
    local resp = req("POST", "/example/profile/" .. partner, core.json_encode{
      DisplayName = "Example Partner", Description = "Cloud consulting.",
      WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
      PrimarySolutionType = "SOFTWARE_PRODUCTS", IndustrySegments = { "COMPUTER_SOFTWARE" },
      TranslationSourceLocale = "en-US" })
    t.eq(202, resp.status, resp.body)
    local v = core.json_decode(resp.body)
    t.eq("string", type(v.TaskId))
  end)

  t.it(names[2], function()
    local resp = req("POST", "/example/profile/" .. partner, '{"DisplayName":"x"}')
    t.eq(400, resp.status, resp.body)
    t.match(resp.body, "violations")
  end)

  t.it(names[3], function()
    local channel = assert(sdk.new("channel", { region = "us-east-1" }))
    local created, err = channel:create_program_management_account{ catalog = "AWS",
      program = "SOLUTION_PROVIDER", displayName = "Gate PMA", accountId = "210987654321" }
    t.ok(created, tostring(err))
    local resp = req("GET", "/example/portal/home", nil, { { "X-Aws-Account-Id", "210987654321" } })
    t.eq(200, resp.status, resp.body)
    t.match(resp.body, "^welcome, Gate PMA %(SOLUTION_PROVIDER%)")
    t.ok(ngx.shared.pma_cache:get("210987654321"), "cached")
  end)

  t.it(names[4], function()
    t.eq(403, req("GET", "/example/portal/home", nil, { { "X-Aws-Account-Id", "999999999999" } }).status)
    t.eq(401, req("GET", "/example/portal/home").status)
  end)
end
