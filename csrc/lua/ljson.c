/*
 * Generic JSON <-> Lua for the binding (system cJSON for parsing, a small
 * writer of our own for encoding so that object keys come out sorted and the
 * output is byte-stable: generated models and specs compare bytes).
 *
 *   core.json_decode(s)  -> value | nil, "EPARSE", msg
 *   core.json_encode(v)  -> string | nil, "EINVAL", msg
 *   core.null            JSON null (a NULL lightuserdata, as lua-cjson does)
 *   core.json_array_mt   tables with this metatable encode as arrays ("[]" when
 *                        empty); decoded arrays carry it so [] round-trips.
 *
 * Memory: the parsed cJSON tree lives in a box userdata with __gc *before* any
 * Lua value is pushed, and the encoder writes into a pc_l_newbuf scratch
 * buffer, so an out-of-memory error raised by the Lua API leaks nothing.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "lbind.h"
#include "pc/codec.h"

#define JSON_BOX_MT "partnercentral.jsonbox"
#define JSON_ARRAY_MT "partnercentral.json_array_mt"
/* Same bound both ways; cJSON's own parser stops at CJSON_NESTING_LIMIT (1000). */
#define JSON_MAX_DEPTH 1000

/* ---------------------------------------------------------------- decode */

static int jsonbox__gc(lua_State *L) {
    cJSON **box = (cJSON **)luaL_checkudata(L, 1, JSON_BOX_MT);
    if (*box != NULL) {
        cJSON_Delete(*box);
        *box = NULL;
    }
    return 0;
}

/* Integral numbers within +-2^53 become integers (5.4); the rest stay floats. */
static void push_number(lua_State *L, double d) {
    if (d == d && d >= -PC_MAX_SAFE_INT && d <= PC_MAX_SAFE_INT && floor(d) == d)
        pc_pushinteger(L, (long long)d);
    else
        lua_pushnumber(L, (lua_Number)d);
}

/* Pushes the Lua value of `item`. Upvalue 1 of the caller is the array mt. */
static void push_item(lua_State *L, const cJSON *item, int depth) {
    const cJSON *c;
    int n = 0;
    if (depth > JSON_MAX_DEPTH) luaL_error(L, "json_decode: nesting deeper than %d", JSON_MAX_DEPTH);
    luaL_checkstack(L, 4, "json_decode: nesting too deep");
    if (cJSON_IsString(item)) {
        lua_pushstring(L, item->valuestring);
    } else if (cJSON_IsNumber(item)) {
        push_number(L, item->valuedouble);
    } else if (cJSON_IsBool(item)) {
        lua_pushboolean(L, cJSON_IsTrue(item));
    } else if (cJSON_IsArray(item)) {
        for (c = item->child; c != NULL; c = c->next) n++;
        lua_createtable(L, n, 0);
        n = 0;
        for (c = item->child; c != NULL; c = c->next) {
            push_item(L, c, depth + 1);
            lua_rawseti(L, -2, ++n);
        }
        lua_pushvalue(L, lua_upvalueindex(1));
        lua_setmetatable(L, -2);
    } else if (cJSON_IsObject(item)) {
        for (c = item->child; c != NULL; c = c->next) n++;
        lua_createtable(L, 0, n);
        for (c = item->child; c != NULL; c = c->next) {
            lua_pushstring(L, c->string);    /* duplicate keys: the last one wins */
            push_item(L, c, depth + 1);
            lua_rawset(L, -3);
        }
    } else {
        lua_pushlightuserdata(L, NULL);      /* null */
    }
}

static int is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int l_json_decode(lua_State *L) {
    size_t len, off;
    const char *s = luaL_checklstring(L, 1, &len);
    const char *end = NULL;
    char msg[96];
    /* stack: s, box */
    cJSON **box = (cJSON **)lua_newuserdata(L, sizeof *box);
    *box = NULL;
    luaL_getmetatable(L, JSON_BOX_MT);
    lua_setmetatable(L, -2);
    *box = cJSON_ParseWithLengthOpts(s, len, &end, 0);
    if (*box == NULL) {
        off = (end != NULL && end >= s && end <= s + len) ? (size_t)(end - s) : 0;
        snprintf(msg, sizeof msg, "invalid JSON at offset %zu", off);
        return pc_l_fail(L, PC_EPARSE, msg);
    }
    /* The parser stops after one value; only whitespace may follow it. */
    off = (end != NULL && end >= s && end <= s + len) ? (size_t)(end - s) : len;
    while (off < len && is_ws(s[off])) off++;
    if (off < len) {
        snprintf(msg, sizeof msg, "invalid JSON: trailing characters at offset %zu", off);
        return pc_l_fail(L, PC_EPARSE, msg);
    }
    if (pc_json_has_nul(s, len)) return pc_l_fail(L, PC_EPARSE, PC_JSON_NUL_MSG);
    push_item(L, *box, 1);
    /* Free the tree now rather than at the next GC cycle; __gc is idempotent. */
    cJSON_Delete(*box);
    *box = NULL;
    return 1;
}

/* ---------------------------------------------------------------- encode */

typedef struct enc {
    lua_State *L;
    pc_buf *out;
    int array_mt;       /* stack index of core.json_array_mt */
    char err[PC_ERRMAX];
} enc;

typedef struct keyref {
    const char *s;
    size_t len;
} keyref;

static pc_err encode_value(enc *e, int idx, int depth);

/* JSON text is UTF-8: a Lua string that is not (binary data) would make the
 * output invalid, so it is refused; callers base64 binary data first. The
 * escaper is the request printer's (serialize.c), which checks UTF-8 in the
 * same pass. */
static pc_err encode_text(enc *e, const char *s, size_t len) {
    pc_err rc = pc_json_string_append(e->out, s, len);
    if (rc == PC_EVALIDATION)
        return pc_err_set(e->err, PC_EINVAL, "cannot encode a string that is not valid UTF-8 as JSON");
    return rc;
}

/* Integers print as integers; other finite numbers in the shortest %g form
 * that reads back to the same double. The decimal point is forced to '.'. */
static pc_err encode_number(enc *e, int idx) {
    long long iv;
    char tmp[40], *p;
    double d;
#if LUA_VERSION_NUM >= 503
    if (lua_isinteger(e->L, idx))
        return pc_buf_printf(e->out, "%lld", (long long)lua_tointeger(e->L, idx));
#endif
    if (pc_tointeger(e->L, idx, &iv)) return pc_buf_printf(e->out, "%lld", iv);
    d = (double)lua_tonumber(e->L, idx);
    if (isnan(d) || isinf(d))
        return pc_err_set(e->err, PC_EINVAL, "cannot encode %s as JSON",
                          isnan(d) ? "NaN" : "infinity");
    snprintf(tmp, sizeof tmp, "%.15g", d);
    if (strtod(tmp, NULL) != d) snprintf(tmp, sizeof tmp, "%.17g", d);
    for (p = tmp; *p; p++)
        if (*p == ',') *p = '.';
    return pc_buf_append_str(e->out, tmp);
}

static int keyref_cmp(const void *a, const void *b) {
    const keyref *x = (const keyref *)a, *y = (const keyref *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c != 0) return c;
    return (x->len > y->len) - (x->len < y->len);
}

static pc_err encode_array(enc *e, int idx, size_t n, int depth) {
    size_t i;
    pc_err rc = pc_buf_append_char(e->out, '[');
    for (i = 1; rc == PC_OK && i <= n; i++) {
        if (i > 1) rc = pc_buf_append_char(e->out, ',');
        lua_rawgeti(e->L, idx, (int)i);
        if (rc == PC_OK) rc = encode_value(e, lua_gettop(e->L), depth + 1);
        lua_pop(e->L, 1);
    }
    return rc == PC_OK ? pc_buf_append_char(e->out, ']') : rc;
}

/* Object with sorted keys. The key strings stay anchored in the table being
 * encoded; the key array is a userdata so it is collected on any error. */
static pc_err encode_object(enc *e, int idx, size_t n, int depth) {
    lua_State *L = e->L;
    keyref *keys = (keyref *)lua_newuserdata(L, (n ? n : 1) * sizeof *keys);
    size_t i = 0;
    pc_err rc;
    /* stack: ..., keys */
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            rc = pc_err_set(e->err, PC_EINVAL, "cannot encode a table with a %s key as JSON",
                            luaL_typename(L, -1));
            lua_pop(L, 2);  /* key, keys */
            return rc;
        }
        keys[i].s = lua_tolstring(L, -1, &keys[i].len);
        i++;
    }
    qsort(keys, n, sizeof *keys, keyref_cmp);
    rc = pc_buf_append_char(e->out, '{');
    for (i = 0; rc == PC_OK && i < n; i++) {
        if (i > 0) rc = pc_buf_append_char(e->out, ',');
        if (rc == PC_OK) rc = encode_text(e, keys[i].s, keys[i].len);
        if (rc == PC_OK) rc = pc_buf_append_char(e->out, ':');
        lua_pushlstring(L, keys[i].s, keys[i].len);
        lua_rawget(L, idx);
        if (rc == PC_OK) rc = encode_value(e, lua_gettop(L), depth + 1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc == PC_OK ? pc_buf_append_char(e->out, '}') : rc;
}

/* Array when the keys are exactly 1..n (n > 0), or when the table has the
 * array metatable; otherwise an object (empty table -> {}). */
static pc_err encode_table(enc *e, int idx, int depth) {
    lua_State *L = e->L;
    size_t count = 0, max = 0;
    int all_index = 1, is_arr = 0;
    long long k;
    if (depth > JSON_MAX_DEPTH)
        return pc_err_set(e->err, PC_EINVAL,
                          "cannot encode tables nested deeper than %d (cycle?)", JSON_MAX_DEPTH);
    luaL_checkstack(L, 6, "json_encode: nesting too deep");
    if (lua_getmetatable(L, idx)) {
        is_arr = lua_rawequal(L, -1, e->array_mt);
        lua_pop(L, 1);
    }
    if (is_arr) return encode_array(e, idx, (size_t)pc_rawlen(L, idx), depth);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        lua_pop(L, 1);
        count++;
        if (all_index && lua_type(L, -1) == LUA_TNUMBER && pc_tointeger(L, -1, &k) && k >= 1) {
            if ((size_t)k > max) max = (size_t)k;
        } else {
            all_index = 0;
        }
    }
    if (count > 0 && all_index && max == count) return encode_array(e, idx, count, depth);
    return encode_object(e, idx, count, depth);
}

static pc_err encode_value(enc *e, int idx, int depth) {
    lua_State *L = e->L;
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        return pc_buf_append_str(e->out, "null");
    case LUA_TBOOLEAN:
        return pc_buf_append_str(e->out, lua_toboolean(L, idx) ? "true" : "false");
    case LUA_TNUMBER:
        return encode_number(e, idx);
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        return encode_text(e, s, len);
    }
    case LUA_TTABLE:
        return encode_table(e, idx, depth);
    case LUA_TLIGHTUSERDATA:
        if (lua_touserdata(L, idx) == NULL) return pc_buf_append_str(e->out, "null");
        /* fall through */
    default:
        return pc_err_set(e->err, PC_EINVAL, "cannot encode a %s as JSON", luaL_typename(L, idx));
    }
}

static int l_json_encode(lua_State *L) {
    enc e;
    pc_err rc;
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    /* stack: v, array_mt, out */
    lua_pushvalue(L, lua_upvalueindex(1));
    e.L = L;
    e.array_mt = 2;
    e.err[0] = '\0';
    e.out = pc_l_newbuf(L);
    rc = encode_value(&e, 1, 1);
    if (rc != PC_OK) return pc_l_fail(L, rc, e.err);
    lua_pushlstring(L, e.out->data != NULL ? e.out->data : "", e.out->len);
    return 1;
}

static const luaL_Reg jsonbox_meta[] = { { "__gc", jsonbox__gc }, { NULL, NULL } };

void pc_l_open_json(lua_State *L) {
    /* stack: core */
    if (luaL_newmetatable(L, JSON_BOX_MT)) pc_setfuncs(L, jsonbox_meta);
    lua_pop(L, 1);
    luaL_newmetatable(L, JSON_ARRAY_MT);  /* shared: one per lua_State */
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "json_array_mt");
    lua_pushvalue(L, -1);
    lua_pushcclosure(L, l_json_decode, 1);
    lua_setfield(L, -3, "json_decode");
    lua_pushcclosure(L, l_json_encode, 1);
    lua_setfield(L, -2, "json_encode");
    lua_pushlightuserdata(L, NULL);
    lua_setfield(L, -2, "null");
}
