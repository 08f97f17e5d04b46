-- The emulator's state: module-level tables in the single nginx worker.
-- Resource modules register here; reset() rebuilds every store (the seeded
-- partner ids stay the same across resets so printed ids remain valid).
local util = require("partnercentral_local.util")
local _M = {
  config = { task_delay = 2, control = false, credentials = { test = "test" } },
  stores = {},        -- family name -> store table
  idem = {},          -- "<svc>.<op>.<token>" -> { fp =, body = }
  faults = {},        -- { {target=, count=, action=, ...}, ... }
  seeds = nil,        -- catalog -> partner id
}
local families = {}   -- { {name=, init=fn(store, seeds)}, ... }

function _M.register(name, init)
  families[#families + 1] = { name = name, init = init }
end

function _M.reset()
  _M.seeds = _M.seeds or { AWS = util.id("partner-"), Sandbox = util.id("partner-") }
  _M.idem, _M.faults = {}, {}
  util.reset_clock()
  for _, f in ipairs(families) do
    local store = {}
    f.init(store, _M.seeds)
    _M.stores[f.name] = store
  end
end

function _M.store(name)
  if not _M.stores[name] then _M.reset() end
  return _M.stores[name]
end

-- A copy of every store, for undoing a failed call: tables shared between
-- stores (a record in both by_id and list) stay shared, metatables (JSON
-- array marks) are kept.
local function copy(v, seen)
  if type(v) ~= "table" then return v end
  if seen[v] then return seen[v] end
  local c = {}
  seen[v] = c
  for k, x in pairs(v) do c[copy(k, seen)] = copy(x, seen) end
  return setmetatable(c, getmetatable(v))
end

function _M.snapshot()
  _M.store("partners")   -- seeds on first use, so that the copy is of seeded stores
  return copy(_M.stores, {})
end

function _M.restore(snapshot)
  _M.stores = snapshot
end

-- Fault injection: the first rule matching the target is used and counted down.
function _M.take_fault(target)
  for i, f in ipairs(_M.faults) do
    if f.target == "*" or f.target == target then
      f.count = (f.count or 1) - 1
      if f.count <= 0 then table.remove(_M.faults, i) end
      return f
    end
  end
end

return _M
