-- A name that does not resolve, inside nginx: GET /t/dns runs in a location
-- whose `resolver` answers NXDOMAIN to every name (spec/support/dns_server.py),
-- as the Internet's DNS does for the endpoint of a made-up region. The ngx
-- transport says which host did not resolve; the client adds that the region
-- is to check when the endpoint came from it, and only then.
return function(t)
  local transport = require("partnercentral.transport.ngx")
  local pc = require("partnercentral")
  local HOST = "partnercentral-account.us-moon-1.api.aws"

  local function count(s, plain)
    local n, at = 0, 1
    while true do
      local i, j = s:find(plain, at, true)
      if not i then return n end
      n, at = n + 1, j + 1
    end
  end

  t.it("the transport: kind network, the host named, marked host_not_found", function()
    local resp, err = transport.new():request{ method = "POST", url = "https://" .. HOST .. "/", body = "{}",
      timeout = 5 }
    t.eq(nil, resp)
    t.typed(err, "network", "ENETWORK")
    t.match(err.message, "could not be resolved", "the resolver's verdict")
    t.ok(err.message:find(HOST, 1, true), "names the host: " .. err.message)
    t.eq(true, err.host_not_found)
    t.eq(nil, err.message:find("resolver` directive", 1, true), "a resolver is configured: no hint about one")
  end)

  t.it("a client of region us-moon-1: the message says to check the region", function()
    local account = assert(pc.account.new{ region = "us-moon-1", ignore_configured_endpoint_urls = true,
      retry_mode = "none", timeout = 5 })
    local res, err = account:list_connections{ Catalog = "AWS" }
    t.eq(nil, res)
    t.typed(err, "network", "ENETWORK")
    t.ok(err.message:find(HOST, 1, true), "names the host: " .. err.message)
    t.ok(err.message:find('check the region "us-moon-1"', 1, true), "says to check the region: " .. err.message)
    t.eq(1, count(err.message, "check the region"), "one hint: " .. err.message)
  end)

  t.it("a configured endpoint that does not resolve: no region hint", function()
    local account = assert(pc.account.new{ region = "us-east-1", endpoint = "https://nothere.invalid",
      retry_mode = "none", timeout = 5 })
    local _, err = account:list_connections{ Catalog = "AWS" }
    t.typed(err, "network", "ENETWORK")
    t.ok(err.message:find("nothere.invalid", 1, true), "names the host: " .. tostring(err.message))
    t.eq(nil, err.message:find("check the region", 1, true), "no region hint: " .. err.message)
  end)
end
