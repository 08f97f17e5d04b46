-- Fork safety inside nginx: a curl transport used in init_by_lua (the master)
-- is inherited by the workers of workers.conf (lib/ngxt_workers_fork.lua). Each
-- worker must make its calls on a connection of its own, and get its own answers.
-- (Cosocket pools need no such test: workers are forked before any exists.)
return function(t)
  local p = t.params

  t.it("two workers using the master's curl transport: own connections, own answers", function()
    local tr = require("partnercentral.transport.ngx").new()
    local body
    for _ = 1, 500 do
      local resp = assert(tr:request{ method = "GET", url = "http://127.0.0.1:" .. p.workers_port .. "/results" })
      body = resp.body
      if body:find("fork:0=", 1, true) and body:find("fork:1=", 1, true) then break end
      ngx.sleep(0.01)
    end
    local r0, r1 = body:match("fork:0=([^\n]*)"), body:match("fork:1=([^\n]*)")
    t.ok(r0 and r1, "both workers report: " .. body)
    t.eq("wrong=0 on_master_connection=0", r0, "worker 0")
    t.eq("wrong=0 on_master_connection=0", r1, "worker 1")
  end)
end
