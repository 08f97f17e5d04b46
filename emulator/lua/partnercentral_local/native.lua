-- The C core for the emulator, a hard requirement: SigV4/SigV4a verification,
-- JSON, and the compiled models all come from it. Loading fails with a message
-- that says what to build instead of a bare "module not found".
local ok, core = pcall(require, "partnercentral.core")
local NEED = { "json_decode", "json_encode", "json_array_mt", "null", "model_compile",
               "verify_v4", "verify_v4a" }
if not ok or type(core) ~= "table" then
  error("partnercentral-local: the C core (partnercentral/core.so built for LuaJIT) could not be "
    .. "loaded; run `make LUA=luajit` or set PC_CORE_CPATH to its build dir: " .. tostring(core), 0)
end
for _, name in ipairs(NEED) do
  if core[name] == nil then
    error("partnercentral-local: the C core lacks core." .. name .. "; rebuild it (make both)", 0)
  end
end
return core
