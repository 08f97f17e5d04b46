-- A busted output handler for tools/run-tests (busted -o tools/busted-files.lua):
-- busted's plainTerminal (progress dots, its summary line
-- "N successes / N failures / N errors / N pending : T seconds" that
-- tools/run-tests reads, then the pending and failure details), with each spec
-- file named before its dots and counted after them, so that a CI log says
-- which file ran, what it gave and how long it took:
--   spec/03-sigv4_spec.lua ++++++++ 8 passed, 0 failed, 0 pending (0.4 s)
return function(options)
  local busted = require("busted")
  local handler = require("busted.outputHandlers.plainTerminal")(options)
  local at_start

  local function counts()
    return handler.successesCount, handler.failuresCount + handler.errorsCount, handler.pendingsCount
  end

  busted.subscribe({ "file", "start" }, function(file)
    io.write(file.name, " ")
    io.flush()
    at_start = { counts() }
    return nil, true
  end)

  busted.subscribe({ "file", "end" }, function(file)
    local p, f, n = counts()
    local s = at_start or { 0, 0, 0 }
    io.write(string.format(" %d passed, %d failed, %d pending (%.1f s)\n",
      p - s[1], f - s[2], n - s[3], file.duration or 0))
    io.flush()
    return nil, true
  end)

  return handler
end
