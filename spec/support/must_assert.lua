-- busted helper (.busted `helper`): a test that passes without making a single
-- assertion fails ("makes no assertion"), so that a spec whose checks were
-- lost, or that only exercises code, cannot pass silently. Counted: every use
-- of luassert (assert.x, assert(...)) and the plain `assert` when called from
-- a file under spec/ (support modules). A test meant only for a memory checker
-- still asserts something that can fail (an object collected, an RSS bound).
local busted = require("busted")
local luassert = require("luassert")

local count = 0
local mt = getmetatable(luassert)
local index, call = mt.__index, mt.__call
mt.__index = function(self, k) count = count + 1 return index(self, k) end
mt.__call = function(self, ...) count = count + 1 return call(self, ...) end

local builtin = assert
_G.assert = function(...)
  local src = debug.getinfo(2, "S").source
  if src:find("spec/", 1, true) then count = count + 1 end
  return builtin(...)
end

busted.subscribe({ "test", "start" }, function(element)
  local run = element.run
  element.run = function(...)
    count = 0
    run(...)
    if count == 0 then error("this test makes no assertion", 0) end
  end
  return nil, true
end)
