-- luacheck configuration (`make lint`). The library and the emulator run under
-- Lua 5.4 and inside nginx (OpenResty's LuaJIT): std ngx_lua knows `ngx` and
-- LuaJIT's `jit`; the code stays 5.1-compatible. Specs add busted's globals.
std = "ngx_lua"
max_line_length = 120
codes = true
-- Objects keep the colon form for every method, also where one does not need
-- `self` (retry:begin(), transport:close(), a test double's method): callers
-- do not have to know which ones do. Other unused arguments are reported.
self = false
exclude_files = {
  "lua/partnercentral/models/*.lua",   -- generated data (tools/gen-models.lua)
  "lua/partnercentral/docs/*.lua",     -- generated data (tools/gen-docs.lua)
  "types/**/*.lua",                    -- LuaLS annotations (tools/gen-types.lua)
  "build/**",
}
-- Specs run in Lua 5.4 (math.type, utf8) and hold long literal request/answer
-- lines, so they get a wider limit; the ones run inside nginx use ngx_lua.
files["spec/**/*.lua"] = { std = "max+busted", max_line_length = 160 }
files["spec/nginx/**/*.lua"] = { std = "ngx_lua+busted", max_line_length = 160 }
files["bench/**/*.lua"] = { std = "max" }
files["bench/nginx/**/*.lua"] = { std = "ngx_lua" }
files["tools/**/*.lua"] = { std = "max" }
