-- Network failure messages of the libcurl transport and the client: one
-- sentence each (libcurl's error buffer, not followed by its code's generic
-- text), and a DNS failure of an endpoint made from the region says to check
-- the region. The ngx transport's side is spec/nginx/dns_t.lua.
local curl = require("partnercentral.transport.curl")
local pc = require("partnercentral")

local function count(s, plain)
  local n, at = 0, 1
  while true do
    local i, j = s:find(plain, at, true)
    if not i then return n end
    n, at = n + 1, j + 1
  end
end

local CREDS = { access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY" }

local function account(opts)
  local o = { credentials = CREDS, retry_mode = "none", ignore_configured_endpoint_urls = true,
    timeout = 10, connect_timeout = 10 }
  for k, v in pairs(opts) do o[k] = v end
  return assert(pc.account.new(o))
end

describe("network error messages", function()
  it("a host that does not resolve: libcurl's sentence once, marked host_not_found", function()
    local t = curl.new()
    local resp, err = t:request{ method = "GET", url = "http://nothere.invalid:1/", timeout = 10 }
    t:close()
    assert.is_nil(resp)
    assert.equal("network", err.kind)
    assert.equal("ENETWORK", err.code)
    assert.matches("^Could not resolve host: nothere%.invalid$", err.message)
    assert.is_true(err.host_not_found)
  end)

  it("a refused connection: one sentence, no repeated reason", function()
    local t = curl.new()
    local _, err = t:request{ method = "GET", url = "http://127.0.0.1:1/", timeout = 10 }
    t:close()
    assert.equal("ENETWORK", err.code)
    assert.matches("^Failed to connect to 127%.0%.0%.1 port 1", err.message)
    assert.equal(1, count(err.message, "onnect to server"), err.message)
    assert.is_nil(err.host_not_found)
  end)

  it("a made-up region (us-moon-1): the message says to check the region", function()
    local res, err = account{ region = "us-moon-1" }:list_connections{ Catalog = "AWS" }
    assert.is_nil(res)
    assert.equal("network", err.kind, tostring(err))
    assert.equal("ENETWORK", err.code)
    assert.matches("^Could not resolve host: partnercentral%-account%.us%-moon%-1%.api%.aws; "
      .. 'check the region "us%-moon%-1": the endpoint host is made from it$', err.message)
    assert.matches('check the region "us%-moon%-1"', tostring(err))
  end)

  it("a configured endpoint that does not resolve: no region hint", function()
    local _, err = account{ region = "us-east-1", endpoint = "http://nothere.invalid:1" }
      :list_connections{ Catalog = "AWS" }
    assert.equal("ENETWORK", err.code)
    assert.matches("^Could not resolve host: nothere%.invalid$", err.message)
  end)

  it("a refused connection on the region's endpoint host gets no region hint", function()
    -- the hint is for names that do not resolve, not for every network error
    local c = account{ region = "us-east-1", endpoint = "http://127.0.0.1:1" }
    local _, err = c:list_connections{ Catalog = "AWS" }
    assert.equal("ENETWORK", err.code)
    assert.is_nil(err.message:find("check the region", 1, true), err.message)
  end)
end)
