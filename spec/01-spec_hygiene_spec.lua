-- The suite's own rules: a test that passes must have asserted something
-- (spec/support/must_assert.lua, the helper .busted loads for every run).
local helpers = require("spec.helpers")

describe("spec hygiene", function()
  it("fails every test that makes no assertion, and only those", function()
    local interp = helpers.runtime():find("luajit") and "luajit" or "lua5.4"
    local out = helpers.sh(interp .. " /usr/bin/busted --helper=spec/support/must_assert.lua"
      .. " -o plainTerminal --pattern=cases spec/fixtures/hygiene/cases.lua 2>&1")
    assert.matches("4 successes / 0 failures / 2 errors / 1 pending", out, 1, true)
    local failed = {}
    for name in out:gmatch("Error %-> [^\n]*\n([^\n]+)\n[^\n]*makes no assertion") do failed[#failed + 1] = name end
    table.sort(failed)
    assert.same({ "hygiene fixture checks nothing after a loop", "hygiene fixture only runs code" }, failed)
  end)
end)
