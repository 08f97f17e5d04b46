-- Fork safety: a client (its curl handle, its keep-alive connection) used before
-- fork() is never used by both processes. A parent and its children each make
-- hundreds of calls on one transport made before the fork, against a loopback
-- server that echoes each call's own path: every answer must be its own.
local helpers = require("spec.helpers")
local ch = require("spec.support.client_helpers")
local curl = require("partnercentral.transport.curl")
local core = require("partnercentral.core")
local dk_ok, json = pcall(require, "dkjson")

-- The test-only fork binding (spec/support/forklib.c), built for this runtime.
local function load_fork()
  local dir = helpers.sh("mktemp -d"):gsub("%s+$", "")
  local pc = helpers.runtime():match("^luajit") and "luajit" or "lua5.4"
  local cmd = ("cc -shared -fPIC -O1 $(pkg-config --cflags %s) spec/support/forklib.c -o %s/pc_testfork.so 2>&1")
    :format(pc, dir)
  local out = helpers.sh(cmd)
  local lib, err = package.loadlib(dir .. "/pc_testfork.so", "luaopen_pc_testfork")
  os.execute("rm -rf " .. dir)
  if not lib then error("cannot build spec/support/forklib.c: " .. out .. tostring(err)) end
  return lib()
end

-- n calls on t; -> number of answers that were not this call's own, first problem
local function calls(t, base, who, n)
  local wrong, first = 0, nil
  for i = 1, n do
    local path = "/echo?who=" .. who .. "&i=" .. i
    local resp, err = t:request{ method = "GET", url = base .. path, timeout = 10 }
    local got = resp and resp.status == 200 and json.decode(resp.body)
    if not (got and got.path == path) then
      wrong = wrong + 1
      first = first or (resp and resp.body or tostring(err))
    end
  end
  return wrong, first
end

local function peer_port(t, base)
  local resp = assert(t:request{ method = "GET", url = base .. "/echo?peer", timeout = 10 })
  return json.decode(resp.body).peer_port
end

describe("fork safety", function()
  local srv, fork
  setup(function()
    srv = assert(ch.start_canned())
    fork = load_fork()
  end)
  teardown(function() if srv then srv.stop() end end)

  -- core.getpid is read once and again after each fork (csrc/proc.c), not per use
  it("core.getpid is the id fork() gave, in a child and in a grandchild", function()
    local out = os.tmpname()
    local function put(line)
      local f = assert(io.open(out, "a"))
      f:write(line, "\n")
      f:close()
    end
    local parent = core.getpid()
    local pid = fork.fork()
    if pid == 0 then
      put("child " .. core.getpid())
      local gpid = fork.fork()
      if gpid == 0 then
        put("grandchild " .. core.getpid())
        fork.exit(0)
      end
      put("forked " .. gpid)
      fork.exit(fork.wait(gpid))
    end
    assert.equal(0, fork.wait(pid))
    local text = assert(helpers.read_file(out))
    os.remove(out)
    local got = {}
    for k, v in text:gmatch("(%a+) (%d+)") do got[k] = tonumber(v) end
    assert.equal(pid, got.child)
    assert.equal(got.forked, got.grandchild)
    assert.are_not.equal(pid, got.grandchild)
    assert.equal(parent, core.getpid())
  end)

  it("a parent and 3 children make 300 calls each on one transport: every answer is its own", function()
    if not dk_ok then return pending("dkjson missing") end
    local t = curl.new()
    local before = peer_port(t, srv.url)     -- the connection the children inherit
    local kids = {}
    for k = 1, 3 do
      local pid = fork.fork()
      if pid == 0 then
        local ok, code = pcall(function()
          -- the child's first call must not go out on the parent's connection
          if peer_port(t, srv.url) == before then return 3 end
          local wrong, first = calls(t, srv.url, "child" .. k, 300)
          if wrong > 0 then io.stderr:write("child ", k, ": ", wrong, " wrong, first: ", first, "\n") end
          return wrong == 0 and 0 or 1
        end)
        fork.exit(ok and code or 2)
      end
      kids[k] = pid
    end
    local wrong, first = calls(t, srv.url, "parent", 300)
    local status = {}
    for k, pid in ipairs(kids) do status[k] = fork.wait(pid) end
    assert.same({ 0, 0, 0 }, status)
    assert.equal(0, wrong, first)
    assert.equal(before, peer_port(t, srv.url), "the parent kept its own connection")
    t:close()
  end)
end)

describe("fork safety of an SDK client", function()
  local srv, fork
  setup(function()
    srv = assert(ch.start_canned())
    fork = load_fork()
  end)
  teardown(function() if srv then srv.stop() end end)

  it("a parent and 2 children make 200 calls each on one client: every answer echoes its own request", function()
    if not dk_ok then return pending("dkjson missing") end
    local wrong, calls_made = 0, 0
    -- the canned server's /echo answers with the request it got: the answer of
    -- a call must carry that call's own body (its own Identifier)
    local account = require("partnercentral").account.new{ region = "us-east-1", endpoint = srv.url .. "/echo",
      credentials = { access_key = "AKIDEXAMPLE", secret_key = "secret" }, max_attempts = 1,
      hooks = { after_response = function(resp, req)
        calls_made = calls_made + 1
        local got = json.decode(resp.body)
        if not (got and got.body == req.body) then wrong = wrong + 1 end
      end } }
    local function run(who)
      for i = 1, 200 do
        -- a valid PartnerIdentifier: "partner-" and 13 letters or digits
        account:get_partner{ Catalog = "AWS", Identifier = ("partner-%s%011d"):format(who, i) }
      end
      return wrong == 0 and calls_made == 200
    end
    account:get_partner{ Catalog = "AWS", Identifier = "partner-abcdefghij123" }   -- connect before the fork
    wrong, calls_made = 0, 0
    local kids = {}
    for k = 1, 2 do
      local pid = fork.fork()
      if pid == 0 then
        local ok, good = pcall(run, "c" .. k)
        fork.exit(ok and good and 0 or 1)
      end
      kids[k] = pid
    end
    local good = run("pp")
    for k, pid in ipairs(kids) do assert.equal(0, fork.wait(pid), "child " .. k) end
    assert.is_true(good, wrong .. " wrong answers in " .. calls_made .. " calls")
  end)
end)

describe("fork safety over TLS", function()
  local srv, fork, dir
  setup(function()
    fork = load_fork()
    dir = helpers.sh("mktemp -d"):gsub("%s+$", "")
    helpers.sh(("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 "
      .. "-subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 -keyout %s/key.pem -out %s/cert.pem 2>&1")
      :format(dir, dir))
    srv = assert(ch.start_canned("0 --tls " .. dir .. "/cert.pem " .. dir .. "/key.pem"))
    srv.url = "https://127.0.0.1:" .. srv.port
  end)
  teardown(function()
    if srv then srv.stop() end
    if dir then os.execute("rm -rf " .. dir) end
  end)

  it("a child that closes an inherited transport sends nothing on the parent's TLS connection", function()
    if not dk_ok then return pending("dkjson missing") end
    local t = curl.new{ ca_file = dir .. "/cert.pem" }
    local before = peer_port(t, srv.url)
    local pid = fork.fork()
    if pid == 0 then
      t:close()           -- curl's cleanup would send a TLS close_notify on the shared socket
      collectgarbage()
      fork.exit(0)
    end
    assert.equal(0, fork.wait(pid))
    -- a close_notify from the child would make the server drop the connection
    assert.equal(before, peer_port(t, srv.url))
    local wrong, first = calls(t, srv.url, "after", 20)
    assert.equal(0, wrong, first)
    t:close()
  end)

  it("children calling over an inherited TLS connection get their own answers", function()
    if not dk_ok then return pending("dkjson missing") end
    local t = curl.new{ ca_file = dir .. "/cert.pem" }
    local before = peer_port(t, srv.url)
    local kids = {}
    for k = 1, 2 do
      local pid = fork.fork()
      if pid == 0 then
        local ok, wrong = pcall(calls, t, srv.url, "tlschild" .. k, 100)
        fork.exit(ok and wrong == 0 and 0 or 1)
      end
      kids[k] = pid
    end
    local wrong, first = calls(t, srv.url, "tlsparent", 100)
    for k, pid in ipairs(kids) do assert.equal(0, fork.wait(pid), "child " .. k) end
    assert.equal(0, wrong, first)
    assert.equal(before, peer_port(t, srv.url))
    t:close()
  end)
end)

describe("fork safety of the credentials cache", function()
  local H = require("spec.support.cred_helpers")
  local credentials = require("partnercentral.credentials")

  it("a child forked while the parent's refresh is in flight refreshes for itself", function()
    local fork = load_fork()
    local clock = H.clock()
    local fetches, park = 0, false
    local http = function()
      fetches = fetches + 1
      if park then coroutine.yield() end        -- the parent's refresh waits here
      return { status = 200, headers = {}, body = core.json_encode{ AccessKeyId = "AKIDFETCH" .. fetches,
        SecretAccessKey = "fetched-secret", Token = "fetched-token", Expiration = H.iso(clock.t + 3600) } }
    end
    local chain = credentials.chain{ providers = { "container" }, http = http, now = clock.now,
      getenv = H.env{ AWS_CONTAINER_CREDENTIALS_FULL_URI = "http://127.0.0.1:1/creds" } }
    assert.equal("AKIDFETCH1", assert(chain:get()).access_key)
    clock.t = clock.t + 48 * 60                    -- 12 min left: advisory refresh
    park = true
    local co = coroutine.create(function() return chain:get() end)
    assert.is_true(coroutine.resume(co))          -- refresh #2 in flight, parked
    park = false
    assert.equal("AKIDFETCH1", assert(chain:get()).access_key) -- in flight here: keep the old ones
    local pid = fork.fork()
    if pid == 0 then
      local ok, c = pcall(chain.get, chain)
      fork.exit(ok and c and c.access_key == "AKIDFETCH3" and 0 or 1)
    end
    assert.equal(0, fork.wait(pid), "the child kept the old credentials: it took the parent's refresh as its own")
    local _, c = coroutine.resume(co)
    assert.equal("AKIDFETCH2", c.access_key)
  end)
end)
