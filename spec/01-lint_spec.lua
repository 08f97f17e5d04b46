-- The lint gates (make lint = tools/run-lint): luacheck, cppcheck and
-- clang-format --dry-run. The tree passes all three; and each one fails on a
-- finding of its own kind, shown on a small tree made here (tools/run-lint and
-- the two configuration files, one Lua file, one C file).
local helpers = require("spec.helpers")

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- output and exit status of a shell command
local function run(cmd)
  local out = helpers.sh(cmd .. " 2>&1; echo \"rc=$?\"")
  return tonumber(out:match("rc=(%d+)\n$")), (out:gsub("rc=%d+\n$", ""))
end

local TOOLS = { "luacheck", "cppcheck", "clang-format" }
local function missing_tool()
  for _, t in ipairs(TOOLS) do
    if run("command -v " .. t) ~= 0 then return t end
  end
end

-- #uninstrumented: the work happens in luacheck, cppcheck and clang-format
describe("make lint #uninstrumented", function()
  it("passes on the tree: luacheck, cppcheck and clang-format find nothing", function()
    local tool = missing_tool()
    if tool then return pending(tool .. " is not installed (make deps)") end
    if helpers.runtime() ~= "lua54" then return pending("the tree is linted once, under Lua 5.4") end
    local rc, out = run("bash tools/run-lint")
    assert.equal(0, rc, out)
    assert.matches("== lint/luacheck: ok\n== lint/cppcheck: ok\n== lint/clang%-format: ok\n3 passed, 0 failed\n$", out)
  end)

  it("fails on an unused variable, a null pointer dereference and unformatted C, each counted", function()
    local tool = missing_tool()
    if tool then return pending(tool .. " is not installed (make deps)") end
    local root = helpers.sh("mktemp -d"):gsub("%s+$", "")
    finally(function() os.execute("rm -rf " .. q(root)) end)
    assert.equal(0, (run("mkdir -p " .. q(root) .. "/tools " .. q(root) .. "/lua " .. q(root) .. "/csrc"
      .. " && cp tools/run-lint " .. q(root) .. "/tools/ && cp .luacheckrc .clang-format " .. q(root))))
    helpers.write_file(root .. "/lua/probe.lua", "local function f()\n  local unused = 1\nend\nreturn f\n")
    helpers.write_file(root .. "/csrc/probe.c", "int  probe(void){int *p = 0; return *p;}\n")
    local rc, out = run("bash " .. q(root .. "/tools/run-lint"))
    assert.is_true(rc ~= 0, out)
    assert.matches("unused variable 'unused'", out, 1, true)
    assert.matches("== lint/luacheck: FAILED", out, 1, true)
    assert.matches("[nullPointer]", out, 1, true)
    assert.matches("== lint/cppcheck: FAILED", out, 1, true)
    assert.matches("[-Wclang-format-violations]", out, 1, true)
    assert.matches("== lint/clang-format: FAILED", out, 1, true)
    assert.matches("\n0 passed, 3 failed\n$", out)
    -- `tools/run-lint format` (make format) fixes the layout, and only that
    assert.equal(0, (run("bash " .. q(root .. "/tools/run-lint") .. " format")))
    assert.equal("int probe(void) {\n    int *p = 0;\n    return *p;\n}\n", helpers.read_file(root .. "/csrc/probe.c"))
    rc, out = run("bash " .. q(root .. "/tools/run-lint"))
    assert.is_true(rc ~= 0, out)
    assert.matches("== lint/clang%-format: ok\n1 passed, 2 failed\n$", out)
  end)
end)
