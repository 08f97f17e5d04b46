-- luacheck configuration (`make lint`). The library and the emulator run under
-- Lua 5.4 and inside nginx (OpenResty's LuaJIT): std ngx_lua knows `ngx` and
-- LuaJIT's `jit`; the code stays 5.1-compatible. Specs add busted's globals.
std = "ngx_lua"
max_line_length = 120
codes = true
exclude_files = {
  "lua/partnercentral/models/*.lua",   -- generated data (tools/gen-models.lua)
  "lua/partnercentral/docs/*.lua",     -- generated data (tools/gen-docs.lua)
  "types/**/*.lua",                    -- LuaLS annotations (tools/gen-types.lua)
  "build/**",
}
files["spec/**/*.lua"] = { std = "+busted" }
files["spec/nginx/**/*.lua"] = { std = "ngx_lua+busted" }
files["bench/**/*.lua"] = { std = "max" }
files["tools/**/*.lua"] = { std = "max" }
