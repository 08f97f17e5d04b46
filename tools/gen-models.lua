-- tools/gen-models.lua: write the committed format-1 models from the botocore
-- JSON in ../shared/models (run by `make models`, after `make`):
--
--   lua5.4 tools/gen-models.lua <models-root> <out-dir>
--
-- The translation itself is partnercentral.model (translate + dump), the code
-- that model.load() runs at run time, so both always agree. Output is
-- deterministic: the same input gives the same bytes.
local script = arg and arg[0] or "tools/gen-models.lua"
local root = script:match("^(.*)/tools/[^/]*$") or "."
-- The module under test comes from this checkout: PC_BUILD_ROOT (as for
-- tools/run-tests) or build/, then whatever the environment already had.
local build = os.getenv("PC_BUILD_ROOT") or "build"
if build:sub(1, 1) ~= "/" then build = root .. "/" .. build end
package.cpath = build .. "/lua54/?.so;" .. package.cpath
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path

local model = require("partnercentral.model")
local core = require("partnercentral.core")
if type(core.json_decode) ~= "function" then
  io.stderr:write("gen-models: ", build, "/lua54 has no core.json_decode: run make first\n")
  os.exit(1)
end

-- The services of partnercentral.services (the one list): <name>.lua from
-- <models-root>/<model>/service-2.json (+ paginators and endpoint rule set).
local SERVICES = {}
for i, s in ipairs(require("partnercentral.services").list) do
  SERVICES[i] = { out = s.name .. ".lua", dir = s.model }
end

local function die(msg)
  io.stderr:write("gen-models: ", tostring(msg), "\n")
  os.exit(1)
end

local function read(path)
  local f, err = io.open(path, "rb")
  if not f then die(err) end
  local s = f:read("*a")
  f:close()
  return s
end

local function write(path, s)
  local f, err = io.open(path, "wb")
  if not f then die(err) end
  f:write(s)
  f:close()
end

local src, out = arg[1], arg[2]
if not src or not out then die("usage: lua5.4 tools/gen-models.lua <models-root> <out-dir>") end

for _, svc in ipairs(SERVICES) do
  local m, err = model.load(src .. "/" .. svc.dir .. "/service-2.json")
  if not m then die(err) end
  write(out .. "/" .. svc.out, model.dump(m, svc.dir .. "/"))
  print("wrote " .. out .. "/" .. svc.out)
end

local parts, code, msg = core.json_decode(read(src .. "/partitions.json"))
if not parts then die(code .. ": " .. tostring(msg)) end
-- The same deep copy as the models (plain tables, documentation dropped).
write(out .. "/partitions.lua", model.dump(model._copy(parts), "partitions.json"))
print("wrote " .. out .. "/partitions.lua")
