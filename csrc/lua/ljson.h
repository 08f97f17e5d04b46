#ifndef PC_LUA_LJSON_H
#define PC_LUA_LJSON_H
/*
 * The one generic cJSON <-> Lua conversion of the binding (ljson.c), used by
 * core.json_decode / json_encode, document members of models (lmodel_conv.c)
 * and model compilation (lmodel.c). The rules, the same on every path:
 *
 *   Lua -> JSON  nil and core.null -> null; booleans; integers exactly (Lua
 *                5.4 integers over the whole int64 range, other numbers when
 *                integral within +-2^53) and other finite numbers as floats;
 *                NaN and infinities are refused; strings must be UTF-8 (one
 *                holding NUL is written with \u0000); a table with
 *                core.json_array_mt, or whose keys are exactly 1..n (n > 0),
 *                is an array; any other table is an object with string keys,
 *                written in sorted key order (an empty table is {}); other
 *                keys, functions, userdata and threads are refused.
 *   JSON -> Lua  null -> core.null; an integer token -> an integer (exact over
 *                int64: on Lua 5.4 a Lua integer; on LuaJIT a number up to
 *                2^53 and a decimal string beyond); a token with a fraction or
 *                exponent -> a float; arrays get core.json_array_mt so []
 *                round-trips; objects are plain tables.
 */
#include <cjson/cJSON.h>
#include "lbind.h"

#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif

/* Pushes core.json_array_mt (kept in the registry); returns its absolute index. */
int pc_l_json_array_mt(lua_State *L);

/*
 * Lua value at idx -> a new cJSON node, attached at once to `parent` (under
 * key, or appended when key is NULL; const_key: key outlives the tree, no
 * copy) or, when parent is NULL, stored in *root (the old *root is deleted).
 * The tree must be owned by a box, so a Lua error raised on the way (out of
 * memory) leaks nothing. array_mt: stack index from pc_l_json_array_mt.
 * depth: the arrays and objects already open around the value; a table
 * nested past max_levels of them in all is refused: PC_JSON_MAX_NESTING for
 * generic values (json_encode), PC_JSON_MAX_DEPTH for documents in request
 * bodies (what pc_json_parse reads back, on the client and the emulator).
 * Returns PC_OK or PC_EINVAL with the reason in errbuf (what was built stays
 * in the tree, for the caller to discard).
 */
pc_err pc_l_json_build(lua_State *L, int idx, int array_mt, cJSON **root, cJSON *parent,
                       const char *key, int const_key, int depth, int max_levels, char *errbuf);

/* Push the Lua value of v (array_mt as above). key_orders: 0, or the stack
 * index of a table that gets orders[object] = { keys in document order }. */
void pc_l_json_push(lua_State *L, const cJSON *v, int array_mt, int key_orders);

/* Push an exact 64-bit integer: a Lua integer on 5.4; on LuaJIT a number
 * within +-2^53 and a decimal string beyond. */
void pc_l_push_int64(lua_State *L, long long v);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
