-- bench/cgtable.lua RUN_N RUN_1 CALLS: instructions per call of the core
-- functions of a client call, from two callgrind outputs (N calls, 1 call):
-- inclusive counts (callgrind_annotate --inclusive=yes), difference / CALLS.
-- Recursive entries ('2) are left out: the outermost entry counts.
local FUNCS = {
  { "l_serialize", "validate + serialize (cm:serialize)" },
  { "pc_l_to_json", "  Lua table -> cJSON tree" },
  { "pc_validate_at", "  validate the tree (patterns, lengths, enums)" },
  { "pc_regex_match", "    of which PCRE2 matches" },
  { "pc_path_push_index", "    of which list paths (printf)" },
  { "pc_json_print", "  tree -> JSON text" },
  { "cJSON_Delete", "  free the tree" },
  { "l_deserialize", "parse (cm:deserialize)" },
  { "pc_json_parse", "  cJSON parse" },
  { "pc_json_has_nul", "  NUL scan of strings" },
  { "pc_filter_output_ex", "  filter to the output shape" },
  { "pc_l_push_json", "  tree -> Lua tables" },
  { "l_sign_v4", "sign (core.sign_v4)" },
  { "read_req", "  read the Lua request table" },
  { "pc_signer_sign", "  canonical request, string to sign, signature" },
  { "EVP_Digest", "    SHA-256 one-shots (body, canonical request)" },
  { "pc_hmac_key_mac", "    HMAC with the cached key" },
  { "__strftime_internal", "time string (os.date)" },
  { "l_uuid4", "invocation id (core.uuid4)" },
  { "malloc", "malloc (all callers)" },
  { "free", "free (all callers)" },
  { "lua_pushstring", "lua_pushstring (all callers)" },
}

local function inclusive(file)
  local p = assert(io.popen("callgrind_annotate --inclusive=yes --threshold=100 " .. file .. " 2>/dev/null"))
  local t, total = {}, nil
  for line in p:lines() do
    local n = line:match("^%s*([%d,]+) %(%s*[%d.]+%%%)%s+PROGRAM TOTALS")
    if n then total = tonumber((n:gsub(",", ""))) end
    local c, name = line:match("^%s*([%d,]+) %(%s*[%d.]+%%%)%s+%S-:([%w_]+) ")
    if not c then c, name = line:match("^%s*([%d,]+) %(%s*[%d.]+%%%)%s+%S-:([%w_]+)$") end
    if c and not line:find("'%d") then
      c = tonumber((c:gsub(",", "")))
      if not t[name] or c > t[name] then t[name] = c end
    end
  end
  p:close()
  return t, total
end

local a, ta = inclusive(arg[1])
local b, tb = inclusive(arg[2])
local calls = tonumber(arg[3])
local per_call = (ta - tb) / calls
print(("-- callgrind, Lua 5.4, client's own work (no I/O): %.0f instructions per call"):format(per_call))
print(("%-62s %10s %7s"):format("function (inclusive)", "instr/call", "share"))
for _, f in ipairs(FUNCS) do
  local v = ((a[f[1]] or 0) - (b[f[1]] or 0)) / calls
  print(("%-62s %10.0f %6.1f%%"):format(f[2] .. " [" .. f[1] .. "]", v, v * 100 / per_call))
end
