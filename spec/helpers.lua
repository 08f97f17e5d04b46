-- Shared spec helpers. Part-specific helpers live in spec/support/<part>.lua.
local _M = {}

-- Where ../shared lives (beside the project), or nil.
local root = (os.getenv("PC_SHARED") or "../shared")

local function exists(p)
  local f = io.open(p, "rb")
  if f then f:close() return true end
  return false
end

-- Path of a file or folder in ../shared, or nil with a printed reason: specs
-- that need ../shared call `pending()` when this returns nil.
function _M.shared(rel)
  local p = root .. "/" .. rel
  if exists(p) or exists(p .. "/.") then return p end
  io.stderr:write("skipped: ../shared/" .. rel .. " is not present (specs using it are pending)\n")
  return nil
end

function _M.read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s = f:read("*a")
  f:close()
  return s
end

-- stdout of a shell command (stderr is the caller's business).
function _M.sh(cmd)
  local p = assert(io.popen(cmd))
  local out = p:read("*a")
  p:close()
  return out
end

function _M.write_file(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
  return path
end

function _M.runtime()
  return os.getenv("PC_RUNTIME") or (jit and "luajit" or "lua54")
end

return _M
