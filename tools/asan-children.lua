-- Run first by tools/run-tests in its ASan run (lua5.4 -e 'dofile(...)' busted).
-- The ASan/UBSan runtime is preloaded (LD_PRELOAD) into the uninstrumented
-- interpreter for the instrumented core; it must not reach the other programs
-- the specs start through a shell (nginx for the emulator, the curl CLI,
-- python3, luarocks): they are not instrumented, and the curl CLI deadlocks
-- at start-up with it. So every command given to io.popen and os.execute runs
-- without it. lua5.4 children, which may load the instrumented core, find a
-- shim first on PATH (written by tools/run-tests) that gives it back to them
-- and runs this file in them too.
local prefix = "unset LD_PRELOAD; "
local popen, execute = io.popen, os.execute
-- Replacing these two standard functions is the point of this file (luacheck
-- counts io/os fields as read-only: W122).
-- luacheck: push ignore 122
io.popen = function(cmd, ...) return popen(prefix .. cmd, ...) end
os.execute = function(cmd, ...)
  if cmd == nil then return execute() end
  return execute(prefix .. cmd, ...)
end
-- luacheck: pop
