/*
 * Lua <-> cJSON conversions guided by compiled shapes (see lmodel.h).
 *
 * Building (input): the shape decides what a Lua value means, which is how an
 * empty Lua table becomes [] for a list and {} for a structure or map,
 * integers stay integers (exact over int64; longs may also be given as
 * decimal strings), timestamps given as epoch seconds or ISO 8601 text are
 * written in the shape's format, documents take any JSON value (ljson.h).
 * Structure members are written in the model's order and map keys in sorted
 * order, so the same input gives the same bytes in every process. A value
 * that has no JSON form for its shape (wrong type, unknown member, NUL in a
 * string, bad UTF-8) is a violation in every mode, validation = false
 * included: a body never goes out with members silently left behind. Every
 * node is attached to the tree owned by the context box as soon as it
 * exists, so a Lua error (out of memory) in the middle leaks nothing.
 *
 * Pushing (output): the filtered tree is pushed with the shape again so that
 * integer shapes give Lua integers (exact over int64) and timestamps give
 * float epoch seconds; documents follow the generic rules of ljson.h.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lmodel.h"
#include "pc/crypto.h"
#include "pc/timestamp.h"

/* lua_absindex is 5.2+; the same arithmetic works on LuaJIT. */
static int absindex(lua_State *L, int idx) {
    return (idx > 0 || idx <= LUA_REGISTRYINDEX) ? idx : lua_gettop(L) + idx + 1;
}

static int is_null(lua_State *L, int idx) {
    return lua_type(L, idx) == LUA_TLIGHTUSERDATA && lua_touserdata(L, idx) == NULL;
}

static const char *type_of(lua_State *L, int idx) {
    return is_null(L, idx) ? "null" : luaL_typename(L, idx);
}

static cJSON *attach(lua_State *L, pc_l_mctx *ctx, cJSON *parent, const char *key, int const_key,
                     cJSON *node) {
    cJSON_bool ok;
    if (node == NULL) luaL_error(L, "out of memory");
    if (parent == NULL) {
        cJSON_Delete(ctx->tree);
        ctx->tree = node;
        return node;
    }
    if (key == NULL) ok = cJSON_AddItemToArray(parent, node);
    /* member names live in the compiled model, which outlives the call */
    else if (const_key) ok = cJSON_AddItemToObjectCS(parent, key, node);
    else ok = cJSON_AddItemToObject(parent, key, node);
    if (!ok) {
        cJSON_Delete(node);
        luaL_error(L, "out of memory");
    }
    return node;
}

/* A violation at the current path. */
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void report(lua_State *L, pc_l_mctx *ctx, pc_vkind kind, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (pc_vlist_add(&ctx->v, kind, pc_path_str(&ctx->path), "%s", msg) != PC_OK)
        luaL_error(L, "out of memory");
}

/* A type violation at the current path plus a null placeholder (which the
 * validator skips), so the rest of the tree is still checked. */
#if defined(__GNUC__)
__attribute__((format(printf, 7, 8)))
#endif
static int bad(lua_State *L, pc_l_mctx *ctx, cJSON *parent, const char *key, int const_key,
               pc_vkind kind, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    report(L, ctx, kind, "%s", msg);
    attach(L, ctx, parent, key, const_key, cJSON_CreateNull());
    return -1;
}

/*
 * Invalid UTF-8 would make the body invalid JSON, so it is refused in every
 * mode. With validation = false the builder says so (the validator does not
 * run); other modes leave it to the validator, which reports the same path
 * and message.
 */
static int bad_utf8(lua_State *L, pc_l_mctx *ctx, const char *what) {
    if (pc_vlist_add(&ctx->v, PC_V_TYPE, pc_path_str(&ctx->path), "%s", what) != PC_OK)
        luaL_error(L, "out of memory");
    return -1;
}

typedef struct dest {
    cJSON *parent;
    const char *key;
    int const_key;
} dest;

static int conv(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d, int depth);

#define BAD(...) bad(L, ctx, d.parent, d.key, d.const_key, PC_V_TYPE, __VA_ARGS__)
#define ATTACH(node) attach(L, ctx, d.parent, d.key, d.const_key, (node))

/* Structures with at most this many members are put in model order through
 * a slot array on the C stack; larger ones are sorted (pc_json_sort_members). */
#define SLOT_MEMBERS 64

/* obj's children become the non-NULL slots, in slot order. Every child must
 * be in a slot (checked by the caller). */
static void relink(cJSON *obj, cJSON **slot, size_t n) {
    cJSON *head = NULL, *tail = NULL;
    size_t i;
    for (i = 0; i < n; i++) {
        if (slot[i] == NULL) continue;
        slot[i]->prev = tail;
        if (tail != NULL) tail->next = slot[i];
        else head = slot[i];
        tail = slot[i];
    }
    if (tail == NULL) return;
    tail->next = NULL;
    head->prev = tail;                /* cJSON: the first child's prev is the last */
    obj->child = head;
}

/* One pass over the table (Lua's order), then the members are put in model
 * order; core.null means absent, like nil. Keys that are not members are
 * violations. */
static int conv_structure(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d,
                          int depth) {
    cJSON *obj, *slot[SLOT_MEMBERS];
    size_t placed = 0, children = 0;
    int use_slots = s->n_members <= SLOT_MEMBERS;
    const cJSON *c;
    if (lua_type(L, idx) != LUA_TTABLE)
        return BAD("table expected (shape %s), got %s", s->name, type_of(L, idx));
    obj = ATTACH(cJSON_CreateObject());
    if (use_slots) memset(slot, 0, s->n_members * sizeof slot[0]);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {            /* stack: ... key value */
        size_t len, old;
        const char *name;
        const pc_member *mb;
        if (lua_type(L, -2) != LUA_TSTRING) {
            report(L, ctx, PC_V_UNKNOWN, "member names must be strings, got a %s key", type_of(L, -2));
            lua_pop(L, 1);
            continue;
        }
        if (is_null(L, -1)) { lua_pop(L, 1); continue; }
        name = lua_tolstring(L, -2, &len);
        mb = pc_shape_member(s, name, len);
        old = pc_path_push_member(&ctx->path, name, len);
        if (mb != NULL) {
            dest md = {obj, mb->name, 1};
            conv(L, ctx, lua_gettop(L), mb->shape, md, depth + 1);
            /* the node just attached (if any) is the last child, keyed by mb->name */
            if (use_slots && obj->child != NULL && obj->child->prev->string == mb->name) {
                slot[mb - s->members] = obj->child->prev;
                placed++;
            }
        } else if (pc_vlist_add_unknown(&ctx->v, pc_path_str(&ctx->path), s) != PC_OK) {
            luaL_error(L, "out of memory");
        }
        pc_path_pop(&ctx->path, old);
        lua_pop(L, 1);
    }
    cJSON_ArrayForEach(c, obj) children++;
    if (use_slots && placed == children) relink(obj, slot, s->n_members);
    else pc_json_sort_members(obj, s);
    return 0;
}

/* Number of keys, to tell a sequence from a table with other keys. */
static size_t count_keys(lua_State *L, int idx) {
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        n++;
        lua_pop(L, 1);
    }
    return n;
}

static int conv_list(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d, int depth) {
    size_t n, i;
    cJSON *arr;
    if (lua_type(L, idx) != LUA_TTABLE)
        return BAD("list expected (shape %s), got %s", s->name, type_of(L, idx));
    n = (size_t)pc_rawlen(L, idx);
    if (count_keys(L, idx) != n)
        return BAD("list expected (shape %s): a table with keys 1..n only", s->name);
    arr = ATTACH(cJSON_CreateArray());
    for (i = 1; i <= n; i++) {
        size_t old = pc_path_push_index(&ctx->path, i);    /* 1-based like Lua */
        dest id = {arr, NULL, 0};
        lua_rawgeti(L, idx, (int)i);
        if (is_null(L, -1))
            bad(L, ctx, arr, NULL, 0, PC_V_TYPE, "list items cannot be null (shape %s)", s->member->name);
        else
            conv(L, ctx, lua_gettop(L), s->member, id, depth + 1);
        lua_pop(L, 1);
        pc_path_pop(&ctx->path, old);
    }
    return 0;
}

/* Entries in sorted key order (Lua's own order changes between processes). */
static int conv_map(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d, int depth) {
    cJSON *obj;
    if (lua_type(L, idx) != LUA_TTABLE)
        return BAD("map expected (shape %s), got %s", s->name, type_of(L, idx));
    obj = ATTACH(cJSON_CreateObject());
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {            /* stack: ... key value */
        size_t len, old;
        const char *key;
        if (lua_type(L, -2) != LUA_TSTRING) {
            report(L, ctx, PC_V_TYPE, "map keys must be strings, got a %s key", type_of(L, -2));
            lua_pop(L, 1);
            continue;
        }
        if (is_null(L, -1)) { lua_pop(L, 1); continue; }
        key = lua_tolstring(L, -2, &len);
        old = pc_path_push_key(&ctx->path, key, len);
        if (strlen(key) != len) {
            report(L, ctx, PC_V_TYPE, "%s", "map key contains a NUL byte");
        } else if (ctx->mode == PC_VMODE_OFF && pc_utf8_count(key, len) < 0) {
            bad_utf8(L, ctx, "map key is not valid UTF-8");   /* else the validator says so */
        } else {
            dest kd = {obj, key, 0};
            conv(L, ctx, lua_gettop(L), s->value, kd, depth + 1);
        }
        pc_path_pop(&ctx->path, old);
        lua_pop(L, 1);
    }
    pc_json_sort_keys(obj);
    return 0;
}

/* Decimal digits with an optional '-', as longs beyond 2^53 may be given. */
static int decimal_string(const char *p, size_t len) {
    size_t i = (len > 0 && p[0] == '-') ? 1 : 0;
    if (i == len || len - i > 19) return 0;
    for (; i < len; i++)
        if (p[i] < '0' || p[i] > '9') return 0;
    return 1;
}

static int conv_integer(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d) {
    long long iv;
    int t = lua_type(L, idx);
    if (t == LUA_TNUMBER && pc_tointeger(L, idx, &iv)) {
        ATTACH(pc_json_new_int64(iv));
        return 0;
    }
    if (t == LUA_TNUMBER)
        return BAD("integer expected (shape %s), got a non-integral or out-of-range number", s->name);
    if (t == LUA_TSTRING && s->type == PC_T_LONG) {
        size_t len;
        const char *p = lua_tolstring(L, idx, &len);
        char *end;
        if (decimal_string(p, len)) {
            errno = 0;
            iv = strtoll(p, &end, 10);
            if (*end == '\0' && errno != ERANGE) {
                ATTACH(pc_json_new_int64(iv));     /* normalised: no leading zeros */
                return 0;
            }
        }
    }
    return BAD("integer expected (shape %s), got %s", s->name, type_of(L, idx));
}

static int conv_timestamp(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d) {
    double tv;
    char text[40];
    int t = lua_type(L, idx);
    if (t == LUA_TNUMBER) {
        tv = (double)lua_tonumber(L, idx);
    } else if (t == LUA_TSTRING) {
        size_t len;
        const char *p = lua_tolstring(L, idx, &len);
        if (pc_ts_parse_any(p, len, &tv) != PC_OK)
            return BAD("timestamp expected (shape %s): epoch seconds or ISO 8601 text", s->name);
    } else {
        return BAD("timestamp expected (shape %s), got %s", s->name, type_of(L, idx));
    }
    switch (s->ts_format) {
    case PC_TS_ISO8601:
        if (pc_ts_format_iso8601(tv, text, sizeof text) != PC_OK)
            return BAD("timestamp out of range (shape %s)", s->name);
        ATTACH(cJSON_CreateString(text));
        break;
    case PC_TS_HTTP_DATE:
        if (pc_ts_format_http_date(tv, text, sizeof text) != PC_OK)
            return BAD("timestamp out of range (shape %s)", s->name);
        ATTACH(cJSON_CreateString(text));
        break;
    default:
        /* awsJson default: epoch seconds, whole seconds as botocore sends them */
        if (!isfinite(tv)) return BAD("timestamp out of range (shape %s)", s->name);
        ATTACH(cJSON_CreateNumber(floor(tv)));
    }
    return 0;
}

static int conv_scalar(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d) {
    int t = lua_type(L, idx);
    switch (s->type) {
    case PC_T_STRING: {
        size_t len;
        const char *p;
        if (t != LUA_TSTRING) return BAD("string expected (shape %s), got %s", s->name, type_of(L, idx));
        p = lua_tolstring(L, idx, &len);
        if (strlen(p) != len) return BAD("string contains a NUL byte (shape %s)", s->name);
        if (ctx->mode == PC_VMODE_OFF && pc_utf8_count(p, len) < 0)
            return bad_utf8(L, ctx, "string is not valid UTF-8");
        ATTACH(cJSON_CreateString(p));
        return 0;
    }
    case PC_T_BOOLEAN:
        if (t != LUA_TBOOLEAN) return BAD("boolean expected (shape %s), got %s", s->name, type_of(L, idx));
        ATTACH(cJSON_CreateBool(lua_toboolean(L, idx)));
        return 0;
    case PC_T_FLOAT:
    case PC_T_DOUBLE: {
        double v;
        if (t != LUA_TNUMBER) return BAD("number expected (shape %s), got %s", s->name, type_of(L, idx));
        v = (double)lua_tonumber(L, idx);
        /* awsJson writes non-finite numbers as strings (PROTOCOL.md §2.3) */
        if (v != v) ATTACH(cJSON_CreateString("NaN"));
        else if (isinf(v)) ATTACH(cJSON_CreateString(v > 0 ? "Infinity" : "-Infinity"));
        else ATTACH(cJSON_CreateNumber(v));
        return 0;
    }
    case PC_T_BLOB: {
        /* blobs travel as standard base64 (PROTOCOL.md §2.3); the scratch
         * buffer is a boxed pc_buf so a Lua error cannot leak it */
        size_t len;
        const char *p;
        pc_buf *b;
        if (t != LUA_TSTRING) return BAD("blob (string) expected (shape %s), got %s", s->name, type_of(L, idx));
        p = lua_tolstring(L, idx, &len);
        b = pc_l_newbuf(L);
        if (pc_base64_encode(p, len, b) != PC_OK || pc_buf_append(b, "", 0) != PC_OK)
            luaL_error(L, "out of memory");
        ATTACH(cJSON_CreateString(b->data ? b->data : ""));
        lua_pop(L, 1);
        return 0;
    }
    default:
        return BAD("unsupported shape type %s (shape %s)", pc_type_name(s->type), s->name);
    }
}

/* Any JSON value (ljson.h rules); what cannot be encoded is a violation. */
static int conv_document(lua_State *L, pc_l_mctx *ctx, int idx, dest d, int depth) {
    char errbuf[PC_ERRMAX] = "";
    int mt = pc_l_json_array_mt(L);
    pc_err e = pc_l_json_build(L, idx, mt, &ctx->tree, d.parent, d.key, d.const_key, depth, errbuf);
    lua_remove(L, mt);
    if (e == PC_OK) return 0;
    report(L, ctx, PC_V_TYPE, "document: %s", errbuf);
    return -1;
}

static int conv(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, dest d, int depth) {
    luaL_checkstack(L, 6, "input nested too deeply");
    if (depth > PC_JSON_MAX_DEPTH) return BAD("nesting deeper than %d levels", PC_JSON_MAX_DEPTH);
    switch (s->type) {
    case PC_T_STRUCTURE: return conv_structure(L, ctx, idx, s, d, depth);
    case PC_T_LIST: return conv_list(L, ctx, idx, s, d, depth);
    case PC_T_MAP: return conv_map(L, ctx, idx, s, d, depth);
    case PC_T_INTEGER:
    case PC_T_LONG: return conv_integer(L, ctx, idx, s, d);
    case PC_T_TIMESTAMP: return conv_timestamp(L, ctx, idx, s, d);
    case PC_T_DOCUMENT: return conv_document(L, ctx, idx, d, depth);
    default: return conv_scalar(L, ctx, idx, s, d);
    }
}

int pc_l_to_json(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s) {
    dest d = {NULL, NULL, 0};
    return conv(L, ctx, absindex(L, idx), s, d, 0);
}

/* ------------------------------------------------------------ push */

/* Integer shapes: exact integers (over int64); anything else as a float. */
static void push_integer(lua_State *L, const cJSON *v) {
    long long iv;
    if (pc_json_int64(v, &iv)) pc_l_push_int64(L, iv);
    else lua_pushnumber(L, (lua_Number)v->valuedouble);
}

static void push_generic(lua_State *L, const cJSON *v) {
    int mt = pc_l_json_array_mt(L);
    pc_l_json_push(L, v, mt, 0);
    lua_remove(L, mt);
}

void pc_l_push_json(lua_State *L, const cJSON *v, const pc_shape *s) {
    const cJSON *c;
    int i = 0;
    luaL_checkstack(L, 4, "output nested too deeply");
    switch (s->type) {
    case PC_T_STRUCTURE:
        lua_createtable(L, 0, cJSON_GetArraySize(v));
        cJSON_ArrayForEach(c, v) {
            const pc_member *mb = pc_shape_member(s, c->string, strlen(c->string));
            lua_pushstring(L, c->string);
            if (mb != NULL) pc_l_push_json(L, c, mb->shape);
            else push_generic(L, c);           /* SDK_UNKNOWN_MEMBER of a union */
            lua_rawset(L, -3);
        }
        return;
    case PC_T_LIST:
        lua_createtable(L, cJSON_GetArraySize(v), 0);
        cJSON_ArrayForEach(c, v) {
            pc_l_push_json(L, c, s->member);
            lua_rawseti(L, -2, ++i);
        }
        return;
    case PC_T_MAP:
        lua_createtable(L, 0, cJSON_GetArraySize(v));
        cJSON_ArrayForEach(c, v) {
            lua_pushstring(L, c->string);
            pc_l_push_json(L, c, s->value);
            lua_rawset(L, -3);
        }
        return;
    case PC_T_INTEGER:
    case PC_T_LONG: push_integer(L, v); return;
    case PC_T_FLOAT:
    case PC_T_DOUBLE:
    case PC_T_TIMESTAMP: lua_pushnumber(L, (lua_Number)v->valuedouble); return;
    case PC_T_BOOLEAN: lua_pushboolean(L, cJSON_IsTrue(v)); return;
    case PC_T_STRING: lua_pushstring(L, v->valuestring); return;
    case PC_T_BLOB: {
        /* base64 -> bytes; text that is not base64 is handed over unchanged */
        pc_buf *b = pc_l_newbuf(L);
        const char *p = v->valuestring;
        if (pc_base64_decode(p, strlen(p), b, NULL) == PC_OK) lua_pushlstring(L, b->data ? b->data : "", b->len);
        else lua_pushstring(L, p);
        lua_remove(L, -2);
        return;
    }
    case PC_T_DOCUMENT: push_generic(L, v); return;
    }
    lua_pushnil(L);
}
