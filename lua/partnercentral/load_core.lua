-- partnercentral.load_core: loads the C core (partnercentral.core) and
-- returns it. When that fails it says which build this runtime needs instead
-- of the loader's raw message: a core built for LuaJIT fails in Lua 5.4 (and
-- the other way round) at dlopen with "undefined symbol: lua_...", before any
-- code of the core could run, so the check has to live here. A core from
-- another version of the project is refused the same way.
--   local core = require("partnercentral.load_core")
local VERSION = require("partnercentral.version")

local BUILDS = {
  lua54 = { name = "Lua 5.4", make = "`make` (-> build/lua54/partnercentral/core.so)",
    rock = "`luarocks --lua-version=5.4 make rockspec/partnercentral-scm-1.rockspec "
      .. "CURL_INCDIR=/usr/include/x86_64-linux-gnu`" },
  luajit = { name = "LuaJIT (OpenResty)", make = "`make LUA=luajit` (-> build/luajit/partnercentral/core.so)",
    rock = "`luarocks --lua-version=5.1 make rockspec/partnercentral-scm-1.rockspec "
      .. "LUA_INCDIR=/usr/include/luajit-2.1 CURL_INCDIR=/usr/include/x86_64-linux-gnu`" },
}

local function this_runtime()
  if rawget(_G, "jit") then return BUILDS.luajit end
  if _VERSION == "Lua 5.4" then return BUILDS.lua54 end
  return { name = _VERSION, make = "the Makefile (LUA=<your interpreter's pkg-config name>)",
    rock = "`luarocks make rockspec/partnercentral-scm-1.rockspec` for this Lua" }
end

local function where()
  local search = package.searchpath
  return search and search("partnercentral.core", package.cpath) or "package.cpath"
end

local function fail(what)
  local rt = this_runtime()
  error("partnercentral: " .. what .. "; " .. rt.name .. " needs the core built for it: "
    .. rt.make .. " in a checkout, or " .. rt.rock .. ", with that build first in LUA_CPATH "
    .. "(package.cpath)", 0)
end

local ok, core = pcall(require, "partnercentral.core")
if not ok then
  local msg = tostring(core)
  local symbol = msg:match("undefined symbol: ([%w_]+)")
  if symbol then
    fail("the C core " .. where() .. " was built for another Lua runtime (undefined symbol " .. symbol .. ")")
  elseif msg:find("module 'partnercentral.core' not found", 1, true) then
    fail("the C core (partnercentral/core.so) is not on package.cpath")
  end
  error(msg, 0)
end
if core._VERSION ~= VERSION then
  fail("the C core " .. where() .. " is version " .. tostring(core._VERSION) .. ", the Lua modules are "
    .. VERSION .. " (a stale build)")
end
return core
