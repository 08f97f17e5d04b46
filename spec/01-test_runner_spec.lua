-- tools/run-tests as CI reads it: each spec file named with its counts, a
-- line per runner with pending and skipped, and the totals ending with
-- "N pending, N skipped" and then "N passed, N failed" as the very last line.
-- It runs on a fixture (spec/fixtures/runner/cases.lua) with this runtime's
-- build, in a build root of its own (its logs must not clobber this run's).
local helpers = require("spec.helpers")

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- #uninstrumented: the work happens in the busted that tools/run-tests starts
describe("tools/run-tests #uninstrumented", function()
  local root, out, rc
  local rt = helpers.runtime()
  setup(function()
    local build = os.getenv("PC_BUILD_ROOT") or "build"
    if build:sub(1, 1) ~= "/" then build = helpers.sh("pwd"):gsub("%s+$", "") .. "/" .. build end
    root = helpers.sh("mktemp -d"):gsub("%s+$", "")
    os.execute("ln -s " .. q(build .. "/" .. rt) .. " " .. q(root .. "/" .. rt))
    out = helpers.sh("PC_BUILD_ROOT=" .. q(root) .. " PC_RUNTIMES=" .. q(rt)
      .. " PC_SPEC=spec/fixtures/runner/cases.lua PC_EXCLUDE_TAGS=uninstrumented bash tools/run-tests 2>&1;"
      .. " echo \"rc=$?\"")
    rc = tonumber(out:match("rc=(%d+)\n$"))
    out = out:gsub("rc=%d+\n$", "")
  end)
  teardown(function() os.execute("rm -rf " .. q(root)) end)

  it("names the spec file with its own counts", function()
    assert.matches("spec/fixtures/runner/cases.lua [+.-]+ 1 passed, 1 failed, 1 pending %(%d+%.%d s%)\n", out)
  end)

  it("ends each runner with passed, failed, pending and skipped (the tagged tests)", function()
    assert.matches("\n== busted/" .. rt:gsub("%-", "%%-") .. ": 1 passed, 1 failed, 1 pending, 2 skipped\n", out)
  end)

  it("ends with the pending/skipped totals, then 'N passed, N failed' as the last line", function()
    assert.matches("\n1 pending, 2 skipped\n1 passed, 1 failed\n$", out)
    assert.equal(1, rc, "a failure makes the exit status non-zero")
  end)
end)
