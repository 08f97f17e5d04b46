/*
 * Lua values <-> JSON guided by compiled shapes (see lmodel.h).
 *
 * Encoding (input): one walk over the Lua value validates and writes the
 * JSON text (no tree). The shape decides what a Lua value means, which is how
 * an empty Lua table becomes [] for a list and {} for a structure or map,
 * integers stay integers (exact over int64; longs may also be given as
 * decimal strings), timestamps given as epoch seconds or ISO 8601 text are
 * written in the shape's format, documents take any JSON value (ljson.h).
 * Structure members are written in the model's order and map keys in sorted
 * order, so the same input gives the same bytes in every process. A value
 * that has no JSON form for its shape (wrong type, unknown member, NUL in a
 * string, bad UTF-8) is a violation in every mode, validation = false
 * included: a body never goes out with members silently left behind. The
 * checks of each value are the validator's (pc/validate.h, pc_check_*), so
 * the messages and paths are those of pc_validate. Everything written or
 * collected lives in the context box, so a Lua error (out of memory) in the
 * middle leaks nothing.
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
#include "pc/validate.h"

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

/* ------------------------------------------------------------ encode */

/* Text appended to the body; the buffer belongs to the context box, so
 * raising on out of memory leaks nothing. */
static void put(lua_State *L, pc_buf *b, const char *p, size_t n) {
    if (b->cap - b->len > n) { /* the common case: room already there */
        memcpy(b->data + b->len, p, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else if (pc_buf_append(b, p, n) != PC_OK) {
        luaL_error(L, "out of memory");
    }
}

static void put_char(lua_State *L, pc_buf *b, char c) {
    if (b->cap - b->len > 1) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
    } else if (pc_buf_append(b, &c, 1) != PC_OK) {
        luaL_error(L, "out of memory");
    }
}

static void check_oom(lua_State *L, pc_err e) {
    if (e == PC_ENOMEM) luaL_error(L, "out of memory");
}

/* The first failure to write text that is not a violation (a member name
 * or document string without a JSON form); reported when there are no
 * violations. */
static void enc_fail(pc_l_mctx *ctx, pc_err e, const char *msg) {
    if (ctx->enc_err == PC_OK) {
        ctx->enc_err = e;
        ctx->enc_msg = msg;
    }
}

/* A violation at the current path. */
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void
report(lua_State *L, pc_l_mctx *ctx, pc_vkind kind, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (pc_vlist_add(&ctx->v, kind, pc_vctx_path(&ctx->vc), "%s", msg) != PC_OK)
        luaL_error(L, "out of memory");
}

#define BAD(...) report(L, ctx, PC_V_TYPE, __VA_ARGS__)

static void enc_value(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int depth,
                      int tokens);

/* Structures with more members than this keep their slot array in a userdata. */
#define SLOT_MEMBERS 64
/* Stack slots one more level of input may take when its values are not
 * kept on the stack (enc_structure) */
#define LEVEL_SLOTS 16

/* A fresh idempotency token for member mb (pc/codec.h: top level only). */
static void enc_token(lua_State *L, pc_l_mctx *ctx, const pc_member *mb) {
    char uuid[PC_UUID_LEN + 1];
    pc_err e = pc_uuid4(uuid);
    if (e != PC_OK) {
        enc_fail(ctx, e, "cannot generate an idempotency token");
        return;
    }
    put_char(L, &ctx->out, '"');
    put(L, &ctx->out, uuid, PC_UUID_LEN);
    put_char(L, &ctx->out, '"');
    if (ctx->mode != PC_VMODE_OFF && mb->shape->type == PC_T_STRING)
        pc_check_string(&ctx->vc, mb->shape, uuid, PC_UUID_LEN, PC_UUID_LEN);
    if (ctx->token[0] == '\0') memcpy(ctx->token, uuid, sizeof uuid);
}

/*
 * One pass over the table (Lua's order) finds each member's value and keeps
 * it on the stack; then the members are written in model order, so the same
 * input gives the same bytes in every process. core.null means absent, like
 * nil. Keys that are not members are violations; so are required members
 * left out (validation on). tokens: fill the idempotency tokens the caller
 * left out (the operation's input).
 */
static void enc_structure(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int depth,
                          int tokens) {
    int small[SLOT_MEMBERS], *slot = small;
    int top = lua_gettop(L), first = 1, on_stack;
    size_t i, set = 0;
    pc_buf *out = &ctx->out;
    if (lua_type(L, idx) != LUA_TTABLE) {
        BAD("table expected (shape %s), got %s", s->name, type_of(L, idx));
        return;
    }
    if (s->n_members > SLOT_MEMBERS) slot = (int *)lua_newuserdata(L, s->n_members * sizeof *slot);
    if (s->n_members > 0) memset(slot, 0, s->n_members * sizeof *slot);
    /* The values wait on the stack when it has room for all of them and
     * for the levels that may still come below (LuaJIT gives a C function
     * 8000 slots in all: wide structures nested deep would exhaust them);
     * else each is fetched again by name when written (slot -1). That room
     * is counted, and only this level's slots are taken: reserving it all
     * grew the stack of every nginx request's coroutine to ~2000 slots,
     * which ngx_lua clears each time it reuses the coroutine. */
    on_stack =
        lua_gettop(L) + 2 * (int)s->n_members + 8 + LEVEL_SLOTS * (PC_JSON_MAX_DEPTH - depth) <=
            PC_C_STACK_MAX &&
        lua_checkstack(L, 2 * (int)s->n_members + 8);
    luaL_checkstack(L, 8, "input nested too deeply");
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: ... key value */
        size_t len, old;
        const char *name;
        const pc_member *mb;
        if (lua_type(L, -2) != LUA_TSTRING) {
            report(L, ctx, PC_V_UNKNOWN, "member names must be strings, got a %s key",
                   type_of(L, -2));
            lua_pop(L, 1);
            continue;
        }
        if (is_null(L, -1)) {
            lua_pop(L, 1);
            continue;
        }
        name = lua_tolstring(L, -2, &len);
        mb = pc_shape_member(s, name, len);
        if (mb == NULL) {
            old = pc_frames_push(&ctx->frames, name, len, 0);
            if (pc_vlist_add_unknown(&ctx->v, pc_vctx_path(&ctx->vc), s) != PC_OK)
                luaL_error(L, "out of memory");
            pc_frames_pop(&ctx->frames, old);
            lua_pop(L, 1);
            continue;
        }
        if (on_stack) {
            /* the value stays, under a copy of the key for lua_next (two
             * slots a member: cheaper than moving the value below the key) */
            lua_pushvalue(L, -2);
            slot[mb - s->members] = lua_gettop(L) - 1;
        } else {
            lua_pop(L, 1);
            slot[mb - s->members] = -1;
        }
    }
    put_char(L, out, '{');
    for (i = 0; i < s->n_members; i++) {
        const pc_member *mb = &s->members[i];
        size_t old;
        int token = slot[i] == 0 && tokens && mb->idempotency_token;
        if (slot[i] == 0 && !token) {
            if (mb->required && ctx->mode != PC_VMODE_OFF) {
                old = pc_frames_push(&ctx->frames, mb->name, mb->name_len, 0);
                pc_check_required_missing(&ctx->vc);
                pc_frames_pop(&ctx->frames, old);
            }
            continue;
        }
        if (!first) put_char(L, out, ',');
        first = 0;
        if (mb->json_key != NULL) {
            put(L, out, mb->json_key, mb->json_key_len);
        } else {
            check_oom(L, pc_json_string_append(out, mb->name, mb->name_len));
            enc_fail(ctx, PC_EVALIDATION, "a string is not valid UTF-8");
        }
        old = pc_frames_push(&ctx->frames, mb->name, mb->name_len, 0);
        if (token) {
            enc_token(L, ctx, mb);
        } else if (slot[i] < 0) {
            lua_pushlstring(L, mb->name, mb->name_len);
            lua_rawget(L, idx);
            enc_value(L, ctx, lua_gettop(L), mb->shape, depth + 1, 0);
            lua_pop(L, 1);
        } else {
            enc_value(L, ctx, slot[i], mb->shape, depth + 1, 0);
        }
        pc_frames_pop(&ctx->frames, old);
        set++;
    }
    put_char(L, out, '}');
    if (s->is_union && ctx->mode != PC_VMODE_OFF) pc_check_union(&ctx->vc, s, set);
    lua_settop(L, top);
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

static void enc_list(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int depth) {
    size_t n, i;
    if (lua_type(L, idx) != LUA_TTABLE) {
        BAD("list expected (shape %s), got %s", s->name, type_of(L, idx));
        return;
    }
    n = (size_t)pc_rawlen(L, idx);
    if (count_keys(L, idx) != n) {
        BAD("list expected (shape %s): a table with keys 1..n only", s->name);
        return;
    }
    if (ctx->mode != PC_VMODE_OFF) pc_check_count(&ctx->vc, s, (double)n, "items");
    put_char(L, &ctx->out, '[');
    for (i = 1; i <= n; i++) {
        size_t old = pc_frames_push(&ctx->frames, NULL, i, 0); /* 1-based like Lua */
        if (i > 1) put_char(L, &ctx->out, ',');
        lua_rawgeti(L, idx, (int)i);
        if (is_null(L, -1))
            BAD("list items cannot be null (shape %s)", s->member->name);
        else
            enc_value(L, ctx, lua_gettop(L), s->member, depth + 1, 0);
        lua_pop(L, 1);
        pc_frames_pop(&ctx->frames, old);
    }
    put_char(L, &ctx->out, ']');
}

/* A map key found by the first pass (borrowed from the table). */
typedef struct map_key {
    const char *p;
    size_t len;
    int nul; /* holds a NUL byte: reported, never written */
} map_key;

static int cmp_map_key(const void *a, const void *b) {
    const map_key *x = (const map_key *)a, *y = (const map_key *)b;
    int c = memcmp(x->p, y->p, x->len < y->len ? x->len : y->len);
    if (c != 0) return c;
    return x->len < y->len ? -1 : (x->len > y->len ? 1 : 0);
}

/* One map entry of the sorted list: key, then value (fetched by key). */
static void enc_entry(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, map_key k,
                      int depth, int *first) {
    long n_cp;
    pc_err e;
    if (k.nul) {
        report(L, ctx, PC_V_TYPE, "%s", "map key contains a NUL byte");
        return;
    }
    if (!*first) put_char(L, &ctx->out, ',');
    *first = 0;
    e = pc_json_string_write(&ctx->out, k.p, k.len, &n_cp, NULL);
    check_oom(L, e);
    if (ctx->mode == PC_VMODE_OFF) {
        if (n_cp < 0) {
            report(L, ctx, PC_V_TYPE, "%s", "map key is not valid UTF-8");
            return;
        }
    } else if (s->key != NULL && s->key->type == PC_T_STRING) {
        size_t before = ctx->v.n;
        pc_check_string(&ctx->vc, s->key, k.p, k.len, n_cp);
        pc_vlist_mark_key(&ctx->v, before);
    } else if (n_cp < 0) {
        enc_fail(ctx, PC_EVALIDATION, "a string is not valid UTF-8");
    }
    put_char(L, &ctx->out, ':');
    lua_pushlstring(L, k.p, k.len);
    lua_rawget(L, idx);
    enc_value(L, ctx, lua_gettop(L), s->value, depth + 1, 0);
    lua_pop(L, 1);
}

/* Entries in sorted key order (Lua's own order changes between processes).
 * The keys are collected into ctx->keys (a stack shared by nested maps). */
static void enc_map(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int depth) {
    size_t base = ctx->keys.len, n = 0, counted = 0, i;
    int first = 1;
    if (lua_type(L, idx) != LUA_TTABLE) {
        BAD("map expected (shape %s), got %s", s->name, type_of(L, idx));
        return;
    }
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: ... key value */
        map_key k;
        if (lua_type(L, -2) != LUA_TSTRING) {
            report(L, ctx, PC_V_TYPE, "map keys must be strings, got a %s key", type_of(L, -2));
            lua_pop(L, 1);
            continue;
        }
        if (!is_null(L, -1)) {
            k.p = lua_tolstring(L, -2, &k.len);
            k.nul = memchr(k.p, 0, k.len) != NULL;
            if (pc_buf_append(&ctx->keys, &k, sizeof k) != PC_OK) luaL_error(L, "out of memory");
            n++;
            counted += !k.nul;
        }
        lua_pop(L, 1);
    }
    if (ctx->mode != PC_VMODE_OFF) pc_check_count(&ctx->vc, s, (double)counted, "entries");
    if (n > 1) qsort(ctx->keys.data + base, n, sizeof(map_key), cmp_map_key);
    put_char(L, &ctx->out, '{');
    for (i = 0; i < n; i++) {
        map_key k; /* copied: nested maps may move the key stack */
        size_t old;
        memcpy(&k, ctx->keys.data + base + i * sizeof k, sizeof k);
        old = pc_frames_push(&ctx->frames, k.p, k.len, 1);
        enc_entry(L, ctx, idx, s, k, depth, &first);
        pc_frames_pop(&ctx->frames, old);
    }
    put_char(L, &ctx->out, '}');
    ctx->keys.len = base;
}

/* Decimal digits with an optional '-', as longs beyond 2^53 may be given. */
static int decimal_string(const char *p, size_t len) {
    size_t i = (len > 0 && p[0] == '-') ? 1 : 0;
    if (i == len || len - i > 19) return 0;
    for (; i < len; i++)
        if (p[i] < '0' || p[i] > '9') return 0;
    return 1;
}

static void enc_integer(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s) {
    long long iv = 0;
    int t = lua_type(L, idx);
    if (t == LUA_TNUMBER && !pc_tointeger(L, idx, &iv)) {
        BAD("integer expected (shape %s), got a non-integral or out-of-range number", s->name);
        return;
    }
    if (t == LUA_TSTRING && s->type == PC_T_LONG) {
        size_t len;
        const char *p = lua_tolstring(L, idx, &len);
        char *end;
        int ok = 0;
        if (decimal_string(p, len)) {
            errno = 0;
            iv = strtoll(p, &end, 10);
            ok = *end == '\0' && errno != ERANGE; /* written normalised: no leading zeros */
        }
        if (!ok) t = LUA_TNIL;
    } else if (t != LUA_TNUMBER) {
        t = LUA_TNIL;
    }
    if (t == LUA_TNIL) {
        BAD("integer expected (shape %s), got %s", s->name, type_of(L, idx));
        return;
    }
    check_oom(L, pc_json_int64_append(&ctx->out, iv));
    if (ctx->mode != PC_VMODE_OFF) pc_check_int64(&ctx->vc, s, iv);
}

/* Written in the shape's format; ISO 8601 and HTTP dates as strings that
 * the validator reads back (validation on). */
static void enc_timestamp(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s) {
    double tv;
    char text[40];
    pc_err e = PC_OK;
    int t = lua_type(L, idx);
    if (t == LUA_TNUMBER) {
        tv = (double)lua_tonumber(L, idx);
    } else if (t == LUA_TSTRING) {
        size_t len;
        const char *p = lua_tolstring(L, idx, &len);
        if (pc_ts_parse_any(p, len, &tv) != PC_OK) {
            BAD("timestamp expected (shape %s): epoch seconds or ISO 8601 text", s->name);
            return;
        }
    } else {
        BAD("timestamp expected (shape %s), got %s", s->name, type_of(L, idx));
        return;
    }
    switch (s->ts_format) {
        case PC_TS_ISO8601:
        case PC_TS_HTTP_DATE:
            e = s->ts_format == PC_TS_ISO8601 ? pc_ts_format_iso8601(tv, text, sizeof text)
                                              : pc_ts_format_http_date(tv, text, sizeof text);
            if (e != PC_OK) {
                BAD("timestamp out of range (shape %s)", s->name);
                return;
            }
            check_oom(L, pc_json_string_append(&ctx->out, text, strlen(text)));
            if (ctx->mode != PC_VMODE_OFF && pc_ts_parse_any(text, strlen(text), &tv) != PC_OK)
                BAD("timestamp (epoch seconds or ISO 8601) expected (shape %s), got string",
                    s->name);
            return;
        default:
            /* awsJson default: epoch seconds, whole seconds as botocore sends them */
            if (!isfinite(tv)) {
                BAD("timestamp out of range (shape %s)", s->name);
                return;
            }
            check_oom(L, pc_json_number_append(&ctx->out, floor(tv)));
    }
}

static void enc_string(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s) {
    size_t len;
    const char *p;
    long n_cp;
    int nul;
    if (lua_type(L, idx) != LUA_TSTRING) {
        BAD("string expected (shape %s), got %s", s->name, type_of(L, idx));
        return;
    }
    p = lua_tolstring(L, idx, &len);
    /* escaped, counted and checked for NUL and UTF-8 in one pass */
    check_oom(L, pc_json_string_write(&ctx->out, p, len, &n_cp, &nul));
    if (nul)
        BAD("string contains a NUL byte (shape %s)", s->name);
    else if (n_cp < 0)
        report(L, ctx, PC_V_TYPE, "%s", "string is not valid UTF-8");
    else if (ctx->mode != PC_VMODE_OFF)
        pc_check_string(&ctx->vc, s, p, len, n_cp);
}

static void enc_scalar(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s) {
    int t = lua_type(L, idx);
    switch (s->type) {
        case PC_T_BOOLEAN:
            if (t != LUA_TBOOLEAN)
                BAD("boolean expected (shape %s), got %s", s->name, type_of(L, idx));
            else if (lua_toboolean(L, idx))
                put(L, &ctx->out, "true", 4);
            else
                put(L, &ctx->out, "false", 5);
            return;
        case PC_T_FLOAT:
        case PC_T_DOUBLE: {
            double v;
            if (t != LUA_TNUMBER) {
                BAD("number expected (shape %s), got %s", s->name, type_of(L, idx));
                return;
            }
            v = (double)lua_tonumber(L, idx);
            /* awsJson writes non-finite numbers as strings (doc/protocol.md §2.3) */
            if (v != v)
                put(L, &ctx->out, "\"NaN\"", 5);
            else if (isinf(v))
                put(L, &ctx->out, v > 0 ? "\"Infinity\"" : "\"-Infinity\"", v > 0 ? 10 : 11);
            else {
                check_oom(L, pc_json_number_append(&ctx->out, v));
                if (ctx->mode != PC_VMODE_OFF && (s->has_min || s->has_max))
                    pc_check_range(&ctx->vc, s, v);
            }
            return;
        }
        case PC_T_BLOB: {
            /* blobs travel as standard base64 (doc/protocol.md §2.3) */
            size_t len;
            const char *p;
            if (t != LUA_TSTRING) {
                BAD("blob (string) expected (shape %s), got %s", s->name, type_of(L, idx));
                return;
            }
            p = lua_tolstring(L, idx, &len);
            put_char(L, &ctx->out, '"');
            check_oom(L, pc_base64_encode(p, len, &ctx->out));
            put_char(L, &ctx->out, '"');
            return;
        }
        default:
            BAD("unsupported shape type %s (shape %s)", pc_type_name(s->type), s->name);
    }
}

/* Any JSON value (ljson.h rules), built as a cJSON tree owned by the box and
 * printed; what cannot be encoded is a violation. depth: the arrays and
 * objects of the body open around it; the body may nest PC_JSON_MAX_DEPTH
 * levels in all, what every parser of ours reads back. */
static void enc_document(lua_State *L, pc_l_mctx *ctx, int idx, int depth) {
    char errbuf[PC_ERRMAX] = "";
    int mt = pc_l_json_array_mt(L);
    pc_err e =
        pc_l_json_build(L, idx, mt, &ctx->tree, NULL, NULL, 0, depth, PC_JSON_MAX_DEPTH, errbuf);
    lua_remove(L, mt);
    if (e != PC_OK) {
        report(L, ctx, PC_V_TYPE, "document: %s", errbuf);
    } else if ((e = pc_json_print(ctx->tree, &ctx->out)) != PC_OK) {
        check_oom(L, e);
        enc_fail(ctx, e,
                 e == PC_EVALIDATION ? "a string is not valid UTF-8"
                                     : "value nested too deeply for JSON");
    }
    cJSON_Delete(ctx->tree);
    ctx->tree = NULL;
}

/* depth: the arrays and objects of the body open around the value. A
 * structure, list or map opens one more: past PC_JSON_MAX_DEPTH in all, the
 * body could not be read back by our own parsers (pc_json_parse). */
static void enc_value(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int depth,
                      int tokens) {
    int container = s->type == PC_T_STRUCTURE || s->type == PC_T_LIST || s->type == PC_T_MAP;
    /* Room for what a container or document pushes while it walks; a scalar
     * pushes nothing but an error message, and every caller leaves it at
     * least 5 free slots (enc_structure reserves its values' room plus 8,
     * lists and maps take 1 of the 6 checked here). */
    if (container || s->type == PC_T_DOCUMENT) luaL_checkstack(L, 6, "input nested too deeply");
    if (depth >= PC_JSON_MAX_DEPTH && container) {
        BAD("nesting deeper than %d levels", PC_JSON_MAX_DEPTH);
        return;
    }
    switch (s->type) {
        case PC_T_STRUCTURE:
            enc_structure(L, ctx, idx, s, depth, tokens);
            return;
        case PC_T_LIST:
            enc_list(L, ctx, idx, s, depth);
            return;
        case PC_T_MAP:
            enc_map(L, ctx, idx, s, depth);
            return;
        case PC_T_STRING:
            enc_string(L, ctx, idx, s);
            return;
        case PC_T_INTEGER:
        case PC_T_LONG:
            enc_integer(L, ctx, idx, s);
            return;
        case PC_T_TIMESTAMP:
            enc_timestamp(L, ctx, idx, s);
            return;
        case PC_T_DOCUMENT:
            enc_document(L, ctx, idx, depth);
            return;
        default:
            enc_scalar(L, ctx, idx, s);
            return;
    }
}

void pc_l_encode(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int tokens) {
    idx = absindex(L, idx);
    if (lua_isnoneornil(L, idx) && s->type == PC_T_STRUCTURE) {
        lua_newtable(L); /* an absent input: an empty structure */
        idx = lua_gettop(L);
    }
    enc_value(L, ctx, idx, s, 0, tokens && s->type == PC_T_STRUCTURE);
}

/* ------------------------------------------------------------ push */

/* Integer shapes: exact integers (over int64); anything else as a float. */
static void push_integer(lua_State *L, const cJSON *v) {
    long long iv;
    if (pc_json_int64(v, &iv))
        pc_l_push_int64(L, iv);
    else
        lua_pushnumber(L, (lua_Number)v->valuedouble);
}

static void push_generic(lua_State *L, const cJSON *v) {
    int mt = pc_l_json_array_mt(L);
    pc_l_json_push(L, v, mt, 0);
    lua_remove(L, mt);
}

static void push_blob(lua_State *L, const char *p);

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
                if (mb != NULL)
                    pc_l_push_json(L, c, mb->shape);
                else
                    push_generic(L, c); /* SDK_UNKNOWN_MEMBER of a union */
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
        case PC_T_LONG:
            push_integer(L, v);
            return;
        case PC_T_FLOAT:
        case PC_T_DOUBLE:
        case PC_T_TIMESTAMP:
            lua_pushnumber(L, (lua_Number)v->valuedouble);
            return;
        case PC_T_BOOLEAN:
            lua_pushboolean(L, cJSON_IsTrue(v));
            return;
        case PC_T_STRING:
            lua_pushstring(L, v->valuestring);
            return;
        case PC_T_BLOB:
            push_blob(L, v->valuestring);
            return;
        case PC_T_DOCUMENT:
            push_generic(L, v);
            return;
    }
    lua_pushnil(L);
}

/* ------------------------------------------------------------ read */

/*
 * Filter and push in one walk over an unfiltered tree (pc_deserialize_raw):
 * the rules of pc_filter_output_ex (pc/codec.h), applied while the Lua
 * values are made, in the same order, so the first failure is the same.
 */
enum { KEEP = 0, DROP = 1, FAIL = -1 };

typedef struct reader {
    int lenient;
    char *errbuf;
    int names; /* stack index of the member names table (lmodel.h) */
} reader;

static int read_value(lua_State *L, reader *r, const cJSON *v, const pc_shape *s,
                      const char *where);

/* Stack room for one level, checked by containers only (not per value): its
 * table, a key, and a value (a scalar takes one slot, a blob two; a nested
 * container checks again, a document through pc_l_json_push). */
static void room_for_level(lua_State *L) { luaL_checkstack(L, 4, "output nested too deeply"); }

static int n_children(const cJSON *v) {
    int n = 0;
    const cJSON *c;
    for (c = v->child; c != NULL; c = c->next) n++;
    return n;
}

/* An unknown union tag: {SDK_UNKNOWN_MEMBER = {name = tag}} (botocore), the
 * tag cut at 127 bytes. Replaces the table on top. */
static void push_unknown_union(lua_State *L, const char *tag) {
    size_t n = strlen(tag);
    lua_pop(L, 1);
    lua_createtable(L, 0, 1);
    lua_createtable(L, 0, 1);
    lua_pushlstring(L, tag, n < 127 ? n : 127);
    lua_setfield(L, -2, "name");
    lua_setfield(L, -2, "SDK_UNKNOWN_MEMBER");
}

static int read_structure(lua_State *L, reader *r, const cJSON *v, const pc_shape *s,
                          const char *where) {
    const cJSON *c;
    size_t set = 0;
    const char *unknown_tag = NULL;
    const pc_member *prev = NULL; /* the last member found: the next is likely after it */
    if (!pc_json_is(v, cJSON_Object)) return DROP;
    room_for_level(L);
    lua_createtable(L, 0, n_children(v));
    for (c = v->child; c != NULL; c = c->next) {
        const pc_member *mb;
        if (pc_json_is(c, cJSON_NULL) || (c->string[0] == '_' && strcmp(c->string, "__type") == 0))
            continue;
        set++;
        mb = pc_shape_member_next(s, prev, c->string, strlen(c->string));
        if (mb == NULL) {
            if (s->is_union && unknown_tag == NULL) unknown_tag = c->string;
            continue;
        }
        prev = mb;
        lua_rawgeti(L, r->names, (int)mb->id); /* interned once per model */
        switch (read_value(L, r, c, mb->shape, mb->name)) {
            case KEEP:
                lua_rawset(L, -3);
                break;
            case DROP:
                lua_pop(L, 1);
                break;
            default:
                return FAIL;
        }
    }
    if (s->is_union) {
        if (set != 1) {
            if (r->lenient) {
                lua_pop(L, 1);
                return DROP;
            }
            pc_err_set(r->errbuf, PC_EPARSE,
                       "invalid response: union %s (member %s) must have one and "
                       "only one member set",
                       s->name, where);
            return FAIL;
        }
        if (unknown_tag != NULL) push_unknown_union(L, unknown_tag);
    }
    return KEEP;
}

static int read_list(lua_State *L, reader *r, const cJSON *v, const pc_shape *s) {
    const cJSON *c;
    int i = 0;
    if (!pc_json_is(v, cJSON_Array)) return DROP;
    room_for_level(L);
    lua_createtable(L, n_children(v), 0);
    for (c = v->child; c != NULL; c = c->next) {
        int rc;
        if (pc_json_is(c, cJSON_NULL)) continue; /* a Lua sequence cannot hold nil */
        rc = read_value(L, r, c, s->member, "(list item)");
        if (rc == FAIL) return FAIL;
        if (rc == KEEP) lua_rawseti(L, -2, ++i);
    }
    return KEEP;
}

static int read_map(lua_State *L, reader *r, const cJSON *v, const pc_shape *s) {
    const cJSON *c;
    if (!pc_json_is(v, cJSON_Object)) return DROP;
    room_for_level(L);
    lua_createtable(L, 0, n_children(v));
    for (c = v->child; c != NULL; c = c->next) {
        if (pc_json_is(c, cJSON_NULL)) continue;
        lua_pushstring(L, c->string);
        switch (read_value(L, r, c, s->value, c->string)) {
            case KEEP:
                lua_rawset(L, -3);
                break;
            case DROP:
                lua_pop(L, 1);
                break;
            default:
                return FAIL;
        }
    }
    return KEEP;
}

static int read_timestamp(lua_State *L, reader *r, const cJSON *v, const char *where) {
    double t;
    if (pc_json_is(v, cJSON_Number)) {
        lua_pushnumber(L, (lua_Number)v->valuedouble);
        return KEEP;
    }
    if (pc_json_is(v, cJSON_String) &&
        pc_ts_parse_any(v->valuestring, strlen(v->valuestring), &t) == PC_OK) {
        lua_pushnumber(L, (lua_Number)t);
        return KEEP;
    }
    if (r->lenient) return DROP;
    pc_err_set(r->errbuf, PC_EPARSE, "invalid timestamp in member %s", where);
    return FAIL;
}

/* Float/double: a number, or the strings "NaN", "Infinity", "-Infinity". */
static int read_float(lua_State *L, const cJSON *v) {
    if (pc_json_is(v, cJSON_Number))
        lua_pushnumber(L, (lua_Number)v->valuedouble);
    else if (!pc_json_is(v, cJSON_String))
        return DROP;
    else if (strcmp(v->valuestring, "NaN") == 0)
        lua_pushnumber(L, (lua_Number)NAN);
    else if (strcmp(v->valuestring, "Infinity") == 0)
        lua_pushnumber(L, (lua_Number)INFINITY);
    else if (strcmp(v->valuestring, "-Infinity") == 0)
        lua_pushnumber(L, (lua_Number)-INFINITY);
    else
        return DROP;
    return KEEP;
}

/* base64 -> bytes; text that is not base64 is handed over unchanged */
static void push_blob(lua_State *L, const char *p) {
    pc_buf *b = pc_l_newbuf(L);
    if (pc_base64_decode(p, strlen(p), b, NULL) == PC_OK)
        lua_pushlstring(L, b->data ? b->data : "", b->len);
    else
        lua_pushstring(L, p);
    lua_remove(L, -2);
}

static int read_value(lua_State *L, reader *r, const cJSON *v, const pc_shape *s,
                      const char *where) {
    switch (s->type) {
        case PC_T_STRUCTURE:
            return read_structure(L, r, v, s, where);
        case PC_T_LIST:
            return read_list(L, r, v, s);
        case PC_T_MAP:
            return read_map(L, r, v, s);
        case PC_T_STRING:
            if (!pc_json_is(v, cJSON_String)) return DROP;
            lua_pushstring(L, v->valuestring);
            return KEEP;
        case PC_T_BLOB:
            if (!pc_json_is(v, cJSON_String)) return DROP;
            push_blob(L, v->valuestring);
            return KEEP;
        case PC_T_INTEGER:
        case PC_T_LONG:
            if (!pc_json_is(v, cJSON_Number)) return DROP;
            push_integer(L, v);
            return KEEP;
        case PC_T_FLOAT:
        case PC_T_DOUBLE:
            return read_float(L, v);
        case PC_T_BOOLEAN:
            if (!cJSON_IsBool(v)) return DROP;
            lua_pushboolean(L, cJSON_IsTrue(v));
            return KEEP;
        case PC_T_TIMESTAMP:
            return read_timestamp(L, r, v, where);
        case PC_T_DOCUMENT:
            push_generic(L, v);
            return KEEP;
    }
    return DROP;
}

pc_err pc_l_push_output(lua_State *L, const cJSON *v, const pc_shape *s, int names, char *errbuf) {
    reader r;
    int top = lua_gettop(L), rc;
    r.lenient = 0;
    r.errbuf = errbuf;
    r.names = names;
    errbuf[0] = '\0';
    room_for_level(L); /* a scalar at the top level */
    rc = read_value(L, &r, v, s, "(top level)");
    if (rc == KEEP) return PC_OK;
    lua_settop(L, top);
    if (rc == DROP)
        return pc_err_set(errbuf, PC_EPARSE, "body is not a JSON %s as shape %s needs",
                          pc_type_name(s->type), s->name);
    return PC_EPARSE;
}
