-- The C core for the emulator, a hard requirement: SigV4/SigV4a verification,
-- JSON, and the compiled models all come from it. It is loaded through the
-- library's loader (partnercentral.load_core), which names the right build
-- when the core is missing, built for another runtime or stale; nginx runs
-- LuaJIT, so that is the build the emulator needs.
local ok, core = pcall(require, "partnercentral.load_core")
if not ok then
  error("partnercentral-local: " .. tostring(core) .. " (the emulator runs in nginx, i.e. LuaJIT: "
    .. "set PC_CORE_CPATH to that build)", 0)
end
local NEED = { "json_decode", "json_encode", "json_array_mt", "null", "model_compile",
               "verify_v4", "verify_v4a" }
for _, name in ipairs(NEED) do
  if core[name] == nil then
    error("partnercentral-local: the C core lacks core." .. name .. "; rebuild it (make both)", 0)
  end
end
return core
