-- /_prof/ of the bench front server, for bench/profile (nothing else calls it):
--   /_prof/start?mode=Fl   LuaJIT's sampling profiler (jit.p, modes as in -jp) -> logs/jitp.txt
--   /_prof/stop            stops it and writes the report
--   /_prof/jitv            the trace compiler's log (jit.v) -> logs/jitv.txt (until the worker exits)
local params = require("ngxt_params")

local _M = {}

function _M.handle()
  local what = ngx.var.uri:match("^/_prof/(%w+)$")
  if what == "start" then
    require("jit.p").start(ngx.var.arg_mode or "Fl", params.logs .. "/jitp.txt")
  elseif what == "stop" then
    require("jit.p").stop()
  elseif what == "jitv" then
    require("jit.v").start(params.logs .. "/jitv.txt")
  else
    return ngx.exit(404)
  end
  ngx.say(what, " ok")
end

return _M
