/*
 * The binding's one generic JSON <-> Lua conversion (rules in ljson.h) and
 * the functions built on it:
 *
 *   core.json_decode(s [, { key_order = true }]) -> value [, orders]
 *                        | nil, "EPARSE", msg
 *        orders[t] = { keys of object t in document order } (key_order only)
 *   core.json_encode(v)  -> string | nil, "EINVAL", msg (compact, sorted keys)
 *   core.null            JSON null (a NULL lightuserdata, as lua-cjson does)
 *   core.json_array_mt   tables with this metatable encode as arrays ("[]" when
 *                        empty); decoded arrays carry it so [] round-trips.
 *
 * Parsing is the core's pc_json_parse (cJSON, exact number text) and printing
 * the core's pc_json_print, so request bodies, documents and generic JSON
 * agree byte for byte. Memory: every tree lives in a box userdata with __gc
 * before any Lua value is pushed or read (STYLE B3).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "ljson.h"
#include "pc/codec.h"
#include "pc/validate.h" /* pc_utf8_count */

#define JSON_BOX_MT   "partnercentral.jsonbox"
#define JSON_ARRAY_MT "partnercentral.json_array_mt"

static int absindex(lua_State *L, int idx) {
    return (idx > 0 || idx <= LUA_REGISTRYINDEX) ? idx : lua_gettop(L) + idx + 1;
}

int pc_l_json_array_mt(lua_State *L) {
    luaL_newmetatable(L, JSON_ARRAY_MT); /* created at luaopen; found here */
    return lua_gettop(L);
}

void pc_l_push_int64(lua_State *L, long long v) {
#if LUA_VERSION_NUM >= 503
    lua_pushinteger(L, (lua_Integer)v);
#else
    char digits[24];
    if (v >= -(1LL << 53) && v <= (1LL << 53)) {
        lua_pushnumber(L, (lua_Number)v);
        return;
    }
    snprintf(digits, sizeof digits, "%lld", v); /* a double would round it */
    lua_pushstring(L, digits);
#endif
}

/* ---------------------------------------------------------------- Lua -> JSON */

static int is_null(lua_State *L, int idx) {
    return lua_type(L, idx) == LUA_TLIGHTUSERDATA && lua_touserdata(L, idx) == NULL;
}

/* node NULL means cJSON ran out of memory. */
static void attach(lua_State *L, cJSON **root, cJSON *parent, const char *key, int const_key,
                   cJSON *node) {
    cJSON_bool ok;
    if (node == NULL) luaL_error(L, "out of memory");
    if (parent == NULL) {
        cJSON_Delete(*root);
        *root = node;
        return;
    }
    if (key == NULL)
        ok = cJSON_AddItemToArray(parent, node);
    else if (const_key)
        ok = cJSON_AddItemToObjectCS(parent, key, node);
    else
        ok = cJSON_AddItemToObject(parent, key, node);
    if (!ok) {
        cJSON_Delete(node);
        luaL_error(L, "out of memory");
    }
}

/* Integers exactly (5.4 integers over int64, integral floats within 2^53),
 * other finite numbers as they are. *out NULL with PC_OK: out of memory. */
static pc_err number_node(lua_State *L, int idx, cJSON **out, char *errbuf) {
    long long iv;
    double d;
    *out = NULL;
    if (pc_tointeger(L, idx, &iv)) {
        *out = pc_json_new_int64(iv);
        return PC_OK;
    }
    d = (double)lua_tonumber(L, idx);
    if (!isfinite(d))
        return pc_err_set(errbuf, PC_EINVAL, "cannot encode %s as JSON",
                          d != d ? "NaN" : "infinity");
    *out = cJSON_CreateNumber(d);
    return PC_OK;
}

/* A string holding NUL cannot be a cJSON string (C strings): it becomes a
 * raw node with the escaped literal, printed as is. */
static pc_err string_node(lua_State *L, int idx, cJSON **out, char *errbuf) {
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    pc_buf lit;
    *out = NULL;
    if (pc_utf8_count(s, len) < 0)
        return pc_err_set(errbuf, PC_EINVAL,
                          "cannot encode a string that is not valid UTF-8 as JSON");
    if (strlen(s) == len) {
        *out = cJSON_CreateString(s);
        return PC_OK;
    }
    /* no Lua call between the buffer's allocation and its release */
    pc_buf_init(&lit);
    if (pc_json_string_append(&lit, s, len) == PC_OK) *out = cJSON_CreateRaw(lit.data);
    pc_buf_cleanup(&lit);
    return PC_OK;
}

/* 1 when the table's keys are exactly 1..n with n > 0. */
static int is_sequence(lua_State *L, int idx, size_t *n) {
    size_t count = 0, max = 0;
    long long k;
    int seq = 1;
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        lua_pop(L, 1);
        count++;
        if (seq && lua_type(L, -1) == LUA_TNUMBER && pc_tointeger(L, -1, &k) && k >= 1) {
            if ((size_t)k > max) max = (size_t)k;
        } else {
            seq = 0;
        }
    }
    *n = count;
    return count > 0 && seq && max == count;
}

static pc_err build_array(lua_State *L, int idx, int array_mt, cJSON **root, cJSON *node, size_t n,
                          int depth, int max_levels, char *errbuf) {
    size_t i;
    pc_err e = PC_OK;
    for (i = 1; e == PC_OK && i <= n; i++) {
        lua_rawgeti(L, idx, (int)i);
        e = pc_l_json_build(L, lua_gettop(L), array_mt, root, node, NULL, 0, depth + 1, max_levels,
                            errbuf);
        lua_pop(L, 1);
    }
    return e;
}

/* Keys must be strings (UTF-8, no NUL); children are sorted afterwards. */
static pc_err build_object(lua_State *L, int idx, int array_mt, cJSON **root, cJSON *node,
                           int depth, int max_levels, char *errbuf) {
    pc_err e = PC_OK;
    lua_pushnil(L);
    while (e == PC_OK && lua_next(L, idx) != 0) { /* stack: ... key value */
        size_t len;
        const char *k;
        if (lua_type(L, -2) != LUA_TSTRING) {
            e = pc_err_set(errbuf, PC_EINVAL, "cannot encode a table with a %s key as JSON",
                           luaL_typename(L, -2));
            lua_pop(L, 2);
            return e;
        }
        k = lua_tolstring(L, -2, &len);
        if (strlen(k) != len || pc_utf8_count(k, len) < 0)
            e = pc_err_set(errbuf, PC_EINVAL,
                           "cannot encode a key that is not valid UTF-8 or holds NUL");
        else
            e = pc_l_json_build(L, lua_gettop(L), array_mt, root, node, k, 0, depth + 1, max_levels,
                                errbuf);
        lua_pop(L, e == PC_OK ? 1 : 2);
    }
    pc_json_sort_keys(node);
    return e;
}

/* An array or object node for the table at idx; *n: array length. */
static cJSON *table_node(lua_State *L, int idx, int array_mt, size_t *n) {
    int as_array = 0;
    if (lua_getmetatable(L, idx)) {
        as_array = lua_rawequal(L, -1, array_mt);
        lua_pop(L, 1);
    }
    if (as_array)
        *n = (size_t)pc_rawlen(L, idx);
    else
        as_array = is_sequence(L, idx, n);
    return as_array ? cJSON_CreateArray() : cJSON_CreateObject();
}

pc_err pc_l_json_build(lua_State *L, int idx, int array_mt, cJSON **root, cJSON *parent,
                       const char *key, int const_key, int depth, int max_levels, char *errbuf) {
    cJSON *node = NULL;
    size_t n = 0;
    int t;
    pc_err e = PC_OK;
    idx = absindex(L, idx);
    t = lua_type(L, idx);
    /* a table here is an array or object at level depth + 1 */
    if (t == LUA_TTABLE && depth >= max_levels)
        return pc_err_set(errbuf, PC_EINVAL,
                          "cannot encode tables nested deeper than %d levels (a cycle?)",
                          max_levels);
    luaL_checkstack(L, 6, "JSON nested too deeply");
    if (t == LUA_TTABLE)
        node = table_node(L, idx, array_mt, &n);
    else if (t == LUA_TNIL || is_null(L, idx))
        node = cJSON_CreateNull();
    else if (t == LUA_TBOOLEAN)
        node = cJSON_CreateBool(lua_toboolean(L, idx));
    else if (t == LUA_TNUMBER)
        e = number_node(L, idx, &node, errbuf);
    else if (t == LUA_TSTRING)
        e = string_node(L, idx, &node, errbuf);
    else
        return pc_err_set(errbuf, PC_EINVAL, "cannot encode a %s as JSON", luaL_typename(L, idx));
    if (e != PC_OK) return e;
    attach(L, root, parent, key, const_key, node); /* raises when node is NULL (no memory) */
    if (t != LUA_TTABLE) return PC_OK;
    if (cJSON_IsArray(node))
        return build_array(L, idx, array_mt, root, node, n, depth, max_levels, errbuf);
    return build_object(L, idx, array_mt, root, node, depth, max_levels, errbuf);
}

/* ---------------------------------------------------------------- JSON -> Lua */

static void push_number(lua_State *L, const cJSON *v) {
    long long iv;
    if (!pc_json_number_is_float(v) && pc_json_int64(v, &iv))
        pc_l_push_int64(L, iv);
    else
        lua_pushnumber(L, (lua_Number)v->valuedouble);
}

/* orders[t] = { keys of t in document order } (the table is at -1). */
static void record_keys(lua_State *L, const cJSON *obj, int key_orders) {
    const cJSON *c;
    int i = 0;
    lua_pushvalue(L, -1);
    lua_createtable(L, cJSON_GetArraySize(obj), 0); /* stack: t t keys */
    cJSON_ArrayForEach(c, obj) {
        lua_pushstring(L, c->string);
        lua_rawseti(L, -2, ++i);
    }
    lua_rawset(L, key_orders);
}

void pc_l_json_push(lua_State *L, const cJSON *v, int array_mt, int key_orders) {
    const cJSON *c;
    int n = 0;
    luaL_checkstack(L, 6, "JSON nested too deeply");
    if (cJSON_IsString(v))
        lua_pushstring(L, v->valuestring);
    else if (cJSON_IsNumber(v))
        push_number(L, v);
    else if (cJSON_IsBool(v))
        lua_pushboolean(L, cJSON_IsTrue(v));
    else if (cJSON_IsArray(v)) {
        lua_createtable(L, cJSON_GetArraySize(v), 0);
        cJSON_ArrayForEach(c, v) {
            pc_l_json_push(L, c, array_mt, key_orders);
            lua_rawseti(L, -2, ++n);
        }
        lua_pushvalue(L, array_mt);
        lua_setmetatable(L, -2);
    } else if (cJSON_IsObject(v)) {
        lua_createtable(L, 0, cJSON_GetArraySize(v));
        cJSON_ArrayForEach(c, v) {
            lua_pushstring(L, c->string); /* duplicate keys: the last one wins */
            pc_l_json_push(L, c, array_mt, key_orders);
            lua_rawset(L, -3);
        }
        if (key_orders != 0) record_keys(L, v, key_orders);
    } else {
        lua_pushlightuserdata(L, NULL); /* null */
    }
}

/* ---------------------------------------------------------------- functions */

static int jsonbox__gc(lua_State *L) {
    cJSON **box = (cJSON **)luaL_checkudata(L, 1, JSON_BOX_MT);
    cJSON_Delete(*box);
    *box = NULL;
    return 0;
}

static cJSON **new_box(lua_State *L) {
    cJSON **box = (cJSON **)lua_newuserdata(L, sizeof *box);
    *box = NULL;
    luaL_getmetatable(L, JSON_BOX_MT);
    lua_setmetatable(L, -2);
    return box;
}

/* opts.key_order of the options table at arg (may be absent). */
static int opt_key_order(lua_State *L, int arg) {
    int on;
    if (lua_isnoneornil(L, arg)) return 0;
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_getfield(L, arg, "key_order");
    on = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return on;
}

static int l_json_decode(lua_State *L) {
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    int key_order = opt_key_order(L, 2), array_mt, orders = 0;
    char errbuf[PC_ERRMAX];
    cJSON **box;
    pc_err e;
    lua_settop(L, 1);
    array_mt = pc_l_json_array_mt(L); /* stack: s, array_mt, box */
    box = new_box(L);
    if ((e = pc_json_parse(s, len, SIZE_MAX, box, errbuf)) != PC_OK) {
        if (e == PC_ENOMEM) return luaL_error(L, "out of memory");
        return pc_l_fail(L, e, errbuf);
    }
    if (key_order) {
        lua_newtable(L); /* stack: s, array_mt, box, orders */
        orders = lua_gettop(L);
    }
    pc_l_json_push(L, *box, array_mt, orders);
    /* Free the tree now rather than at the next GC cycle; __gc is idempotent. */
    cJSON_Delete(*box);
    *box = NULL;
    if (!key_order) return 1;
    lua_pushvalue(L, orders);
    return 2;
}

static int l_json_encode(lua_State *L) {
    char errbuf[PC_ERRMAX] = "";
    int array_mt;
    cJSON **box;
    pc_buf *out;
    pc_err e;
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    array_mt = pc_l_json_array_mt(L); /* stack: v, array_mt, box, out */
    box = new_box(L);
    out = pc_l_newbuf(L);
    e = pc_l_json_build(L, 1, array_mt, box, NULL, NULL, 0, 0, PC_JSON_MAX_NESTING, errbuf);
    if (e == PC_OK) e = pc_json_print(*box, out);
    /* Free the tree now, not at the next GC cycle: the collector does not
     * see its size (a failed encode of a big value would pile up). */
    cJSON_Delete(*box);
    *box = NULL;
    if (e == PC_ENOMEM) return luaL_error(L, "out of memory");
    if (e != PC_OK)
        return pc_l_fail(L, PC_EINVAL, errbuf[0] ? errbuf : "cannot encode the value as JSON");
    lua_pushlstring(L, out->data != NULL ? out->data : "", out->len);
    return 1;
}

static const luaL_Reg jsonbox_meta[] = {{"__gc", jsonbox__gc}, {NULL, NULL}};

void pc_l_open_json(lua_State *L) {
    /* stack: core */
    if (luaL_newmetatable(L, JSON_BOX_MT)) pc_setfuncs(L, jsonbox_meta);
    lua_pop(L, 1);
    luaL_newmetatable(L, JSON_ARRAY_MT); /* shared: one per lua_State */
    lua_setfield(L, -2, "json_array_mt");
    lua_pushcfunction(L, l_json_decode);
    lua_setfield(L, -2, "json_decode");
    lua_pushcfunction(L, l_json_encode);
    lua_setfield(L, -2, "json_encode");
    lua_pushlightuserdata(L, NULL);
    lua_setfield(L, -2, "null");
}
