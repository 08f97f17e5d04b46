/*
 * Compiled models seen from Lua (doc/internals.md, "model"):
 *
 *   cm = core.model_compile(model_table)      cached per table (weak keys)
 *   cm = core.model_compile(model_table, op)  a model of op alone (see l_model_compile)
 *   cm:serialize(op, input, opts)             -> body, token | nil, "EVALIDATION", msg, violations
 *   cm:serialize_shape(shape, value, opts)    -> body | nil, "EVALIDATION", msg, violations
 *   cm:validate_shape(shape, value, mode)     -> true | nil, "EVALIDATION", msg, violations
 *   cm:deserialize(op, body, opts)            -> table | nil, "EPARSE"|"ETOOBIG", msg
 *   cm:deserialize_shape(shape, body, opts)   -> value | nil, code, msg
 *   cm:parse_error(op, status, x_amzn_errortype, body) -> { code, message, fields, ... }
 *   cm:operations() -> { names, sorted };  cm:has_operation(name) -> boolean
 *
 * opts.validation = "default" | "strict" | false; opts.max_body (bytes).
 * violations = { { path =, kind =, message = }, ... }; list paths are 1-based.
 *
 * Every call first pushes one context box (lmodel.h) that owns the cJSON
 * tree, the violation list and the buffers; then the core runs; then results
 * are pushed. Programmer errors (unknown operation or shape, bad option
 * values) raise; runtime failures return nil, code, message.
 */
#include <string.h>
#include "lmodel.h"

#define CM_MT        "partnercentral.model"
#define MCTX_MT      "partnercentral.model_ctx"
#define CACHE_KEY    "partnercentral.model_cache"
#define OP_CACHE_KEY "partnercentral.model_op_cache"
/* Models of one operation made per model table before the whole model is
 * compiled instead: a script makes one to a few kinds of calls, a program
 * that makes many pays one full compile (and keeps the few it made). */
#define MAX_OP_MODELS 3

typedef struct cm_box {
    pc_model *m;
} cm_box;

/* ------------------------------------------------------------ boxes */

static int mctx__gc(lua_State *L) {
    pc_l_mctx *c = (pc_l_mctx *)luaL_checkudata(L, 1, MCTX_MT);
    cJSON_Delete(c->tree);
    c->tree = NULL;
    pc_vlist_cleanup(&c->v);
    pc_buf_cleanup(&c->path);
    pc_buf_cleanup(&c->out);
    pc_buf_cleanup(&c->keys);
    pc_error_info_cleanup(&c->ei);
    pc_json_arena_cleanup(&c->arena);
    return 0;
}

pc_l_mctx *pc_l_mctx_new(lua_State *L) {
    pc_l_mctx *c = (pc_l_mctx *)lua_newuserdata(L, sizeof *c);
    memset(c, 0, sizeof *c);
    pc_vlist_init(&c->v);
    pc_buf_init(&c->path);
    pc_buf_init(&c->out);
    pc_buf_init(&c->keys);
    pc_error_info_init(&c->ei);
    pc_json_arena_init(&c->arena);
    c->mode = PC_VMODE_DEFAULT;
    c->vc.mode = c->mode;
    c->vc.path = &c->path; /* a userdata never moves: the pointers stay valid */
    c->vc.out = &c->v;
    c->frames.f = c->frame_store;
    c->frames.cap = sizeof c->frame_store / sizeof c->frame_store[0];
    c->vc.frames = &c->frames;
    if (luaL_newmetatable(L, MCTX_MT)) {
        lua_pushcfunction(L, mctx__gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return c;
}

/* Buffers that grew past this are freed between calls rather than kept. */
#define MCTX_KEEP_BYTES ((size_t)64 * 1024)

static void trim(pc_buf *b) {
    if (b->cap > MCTX_KEEP_BYTES)
        pc_buf_cleanup(b);
    else
        pc_buf_reset(b);
}

void pc_l_mctx_reset(pc_l_mctx *c, pc_vmode mode) {
    cJSON_Delete(c->tree);
    c->tree = NULL;
    pc_vlist_cleanup(&c->v);
    trim(&c->path);
    c->frames.n = 0;
    trim(&c->out);
    trim(&c->keys);
    pc_json_arena_reset(&c->arena, MCTX_KEEP_BYTES);
    pc_error_info_cleanup(&c->ei);
    pc_error_info_init(&c->ei);
    c->mode = c->vc.mode = mode;
    c->enc_err = PC_OK;
    c->enc_msg = NULL;
    c->token[0] = '\0';
}

/*
 * The context box of a method call, pushed: the one kept between calls in
 * upvalue 1 of the methods (a table, slot 1), taken out while in use. A
 * finalizer that calls a method in the middle of another call, or a call
 * whose Lua error lost the box (the GC frees it), gets a new one. Saves a
 * userdata and its buffers' allocations per call.
 */
static pc_l_mctx *ctx_take(lua_State *L, pc_vmode mode) {
    pc_l_mctx *c;
    lua_rawgeti(L, lua_upvalueindex(1), 1);
    c = (pc_l_mctx *)pc_testudata(L, -1, MCTX_MT);
    if (c != NULL) {
        lua_pushnil(L);
        lua_rawseti(L, lua_upvalueindex(1), 1);
    } else {
        lua_pop(L, 1);
        c = pc_l_mctx_new(L);
    }
    c->mode = c->vc.mode = mode;
    return c;
}

/* Returns the box at idx for the next call (released, results already
 * pushed above it) and passes n results through. */
static int ctx_give_back(lua_State *L, int idx, int n) {
    pc_l_mctx_reset((pc_l_mctx *)lua_touserdata(L, idx), PC_VMODE_DEFAULT);
    lua_pushvalue(L, idx);
    lua_rawseti(L, lua_upvalueindex(1), 1);
    return n;
}

static int cm__gc(lua_State *L) {
    cm_box *b = (cm_box *)luaL_checkudata(L, 1, CM_MT);
    pc_model_free(b->m);
    b->m = NULL;
    return 0;
}

/* Pushes the names table of the model at argument 1 (a checked cm box): the
 * compiled model's user value, a table of its member names by member id
 * (pc_member.id), made with the model and filled on first use. */
static int push_names(lua_State *L, const pc_model *m) {
    size_t n = pc_model_n_member_ids(m), i, k;
    pc_getuservalue(L, 1);
    if (n > 0 && pc_rawlen(L, -1) == 0) {
        for (i = 0; i < pc_model_n_shapes(m); i++) {
            const pc_shape *s = pc_model_shape_at(m, i);
            for (k = 0; k < s->n_members; k++) {
                lua_pushlstring(L, s->members[k].name, s->members[k].name_len);
                lua_rawseti(L, -2, (int)s->members[k].id);
            }
        }
    }
    return lua_gettop(L);
}

static const pc_model *check_cm(lua_State *L) {
    cm_box *b = (cm_box *)luaL_checkudata(L, 1, CM_MT);
    if (b->m == NULL) luaL_error(L, "compiled model is released");
    return b->m;
}

/* ------------------------------------------------------------ arguments */

static const pc_operation *check_op(lua_State *L, const pc_model *m, int arg) {
    const char *name = luaL_checkstring(L, arg);
    const pc_operation *op = pc_model_operation(m, name);
    if (op == NULL) luaL_argerror(L, arg, lua_pushfstring(L, "unknown operation '%s'", name));
    return op;
}

static const pc_shape *check_shape(lua_State *L, const pc_model *m, int arg) {
    const char *name = luaL_checkstring(L, arg);
    const pc_shape *s = pc_model_shape(m, name);
    if (s == NULL) luaL_argerror(L, arg, lua_pushfstring(L, "unknown shape '%s'", name));
    return s;
}

/* "default" | "strict" | false | nil (default) */
static pc_vmode check_mode(lua_State *L, int idx, int arg) {
    const char *s;
    if (lua_isnoneornil(L, idx)) return PC_VMODE_DEFAULT;
    if (lua_type(L, idx) == LUA_TBOOLEAN)
        return lua_toboolean(L, idx) ? PC_VMODE_DEFAULT : PC_VMODE_OFF;
    s = lua_tostring(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING && strcmp(s, "default") == 0) return PC_VMODE_DEFAULT;
    if (lua_type(L, idx) == LUA_TSTRING && strcmp(s, "strict") == 0) return PC_VMODE_STRICT;
    luaL_argerror(L, arg, "validation must be \"default\", \"strict\" or false");
    return PC_VMODE_DEFAULT;
}

/* opts.validation of the options table at arg (may be nil). */
static pc_vmode opt_mode(lua_State *L, int arg) {
    pc_vmode mode;
    if (lua_isnoneornil(L, arg)) return PC_VMODE_DEFAULT;
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_getfield(L, arg, "validation");
    mode = check_mode(L, -1, arg);
    lua_pop(L, 1);
    return mode;
}

static size_t opt_max_body(lua_State *L, int arg) {
    lua_Number n;
    if (lua_isnoneornil(L, arg)) return PC_MAX_BODY_DEFAULT;
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_getfield(L, arg, "max_body");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return PC_MAX_BODY_DEFAULT;
    }
    n = lua_tonumber(L, -1);
    if (lua_type(L, -1) != LUA_TNUMBER || n < 0)
        luaL_argerror(L, arg, "max_body must be a number >= 0");
    lua_pop(L, 1);
    return (size_t)n;
}

/* ------------------------------------------------------------ results */

/* nil, "EVALIDATION", message, violations */
static int push_violations(lua_State *L, pc_l_mctx *c) {
    size_t i;
    pc_vlist_sort(&c->v);
    pc_buf_reset(&c->out);
    if (pc_vlist_format(&c->v, &c->out) != PC_OK) return luaL_error(L, "out of memory");
    lua_pushnil(L);
    lua_pushstring(L, pc_err_code(PC_EVALIDATION));
    lua_pushlstring(L, c->out.data, c->out.len);
    lua_createtable(L, (int)c->v.n, 0);
    for (i = 0; i < c->v.n; i++) {
        lua_createtable(L, 0, 3);
        lua_pushstring(L, c->v.items[i].path);
        lua_setfield(L, -2, "path");
        lua_pushstring(L, pc_vkind_name(c->v.items[i].kind));
        lua_setfield(L, -2, "kind");
        lua_pushstring(L, c->v.items[i].message);
        lua_setfield(L, -2, "message");
        lua_rawseti(L, -2, (int)i + 1);
    }
    return 4;
}

/*
 * Validate and write in one walk (lmodel_conv.c); tokens filled for an
 * operation's input. Leaves the results on the stack and returns their count.
 */
static int encode(lua_State *L, const pc_shape *s, int vidx, pc_vmode mode, int fill_tokens) {
    int cidx;
    pc_l_mctx *c;
    vidx = lua_isnone(L, vidx) ? 0 : vidx;
    c = ctx_take(L, mode);
    cidx = lua_gettop(L);
    if (s == NULL) { /* operation without input: {} */
        lua_pushliteral(L, "{}");
        return ctx_give_back(L, cidx, 1);
    }
    if (vidx == 0) lua_pushnil(L), vidx = lua_gettop(L);
    pc_l_encode(L, c, vidx, s, fill_tokens);
    lua_settop(L, cidx);
    if (c->v.n > 0) return ctx_give_back(L, cidx, push_violations(L, c));
    if (c->enc_err != PC_OK) return ctx_give_back(L, cidx, pc_l_fail(L, c->enc_err, c->enc_msg));
    lua_pushlstring(L, c->out.data, c->out.len);
    if (!fill_tokens) return ctx_give_back(L, cidx, 1);
    if (c->token[0] != '\0')
        lua_pushstring(L, c->token);
    else
        lua_pushnil(L);
    return ctx_give_back(L, cidx, 2);
}

static int l_serialize(lua_State *L) {
    const pc_model *m = check_cm(L);
    const pc_operation *op = check_op(L, m, 2);
    pc_vmode mode = opt_mode(L, 4);
    return encode(L, op->input, 3, mode, 1);
}

static int l_serialize_shape(lua_State *L) {
    const pc_model *m = check_cm(L);
    const pc_shape *s = check_shape(L, m, 2);
    pc_vmode mode = opt_mode(L, 4);
    return encode(L, s, 3, mode, 0);
}

static int l_validate_shape(lua_State *L) {
    const pc_model *m = check_cm(L);
    const pc_shape *s = check_shape(L, m, 2);
    pc_vmode mode = check_mode(L, 4, 4);
    pc_l_mctx *c;
    int cidx;
    if (mode == PC_VMODE_OFF) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_settop(L, 3);
    c = ctx_take(L, mode);
    cidx = lua_gettop(L);
    pc_l_encode(L, c, 3, s, 0); /* the text is not used */
    lua_settop(L, cidx);
    if (c->v.n > 0) return ctx_give_back(L, cidx, push_violations(L, c));
    lua_pushboolean(L, 1);
    return ctx_give_back(L, cidx, 1);
}

/* body at arg (string or nil) -> filtered tree pushed as Lua. */
static int decode(lua_State *L, const pc_shape *s, int arg, size_t max_body) {
    size_t len = 0;
    const char *body = lua_isnoneornil(L, arg) ? "" : luaL_checklstring(L, arg, &len);
    pc_l_mctx *c = ctx_take(L, PC_VMODE_DEFAULT);
    int cidx = lua_gettop(L);
    char errbuf[PC_ERRMAX];
    cJSON *tree = NULL;
    int owned = 0;
    pc_err e = pc_deserialize_raw(s, body, len, max_body, &c->arena, &tree, &owned, errbuf);
    if (!owned) c->tree = tree; /* a malloc'd tree: the box deletes it */
    if (e == PC_OK && s == NULL)
        lua_newtable(L); /* no output shape: nothing is modeled */
    else if (e == PC_OK)
        e = pc_l_push_output(L, tree, s, push_names(L, check_cm(L)), errbuf);
    if (e != PC_OK) return ctx_give_back(L, cidx, pc_l_fail(L, e, errbuf));
    return ctx_give_back(L, cidx, 1);
}

static int l_deserialize(lua_State *L) {
    const pc_model *m = check_cm(L);
    const pc_operation *op = check_op(L, m, 2);
    size_t max_body = opt_max_body(L, 4);
    return decode(L, op->output, 3, max_body);
}

static int l_deserialize_shape(lua_State *L) {
    const pc_model *m = check_cm(L);
    const pc_shape *s = check_shape(L, m, 2);
    size_t max_body = opt_max_body(L, 4);
    return decode(L, s, 3, max_body);
}

static void set_bool(lua_State *L, const char *k, int v) {
    lua_pushboolean(L, v);
    lua_setfield(L, -2, k);
}

static int l_parse_error(lua_State *L) {
    const pc_model *m = check_cm(L);
    int status = (int)luaL_checkinteger(L, 3);
    const char *header = luaL_optstring(L, 4, NULL);
    size_t len = 0;
    const char *body = luaL_optlstring(L, 5, "", &len);
    const pc_operation *op = NULL;
    pc_l_mctx *c;
    /* only the operation's own errors are modeled (doc/protocol.md §5.2 item 3);
     * nil: any error shape of the service (model-level callers) */
    int cidx;
    if (!lua_isnoneornil(L, 2)) op = check_op(L, m, 2);
    c = ctx_take(L, PC_VMODE_DEFAULT);
    cidx = lua_gettop(L);
    if (pc_parse_error(m, op, status, header, body, len, &c->ei) != PC_OK)
        return luaL_error(L, "out of memory");
    lua_createtable(L, 0, 7);
    lua_pushstring(L, c->ei.code);
    lua_setfield(L, -2, "code");
    lua_pushlstring(L, c->ei.message.data ? c->ei.message.data : "", c->ei.message.len);
    lua_setfield(L, -2, "message");
    if (c->ei.fields != NULL)
        pc_l_push_json(L, c->ei.fields, c->ei.shape);
    else
        lua_newtable(L);
    lua_setfield(L, -2, "fields");
    set_bool(L, "retryable", c->ei.retryable);
    set_bool(L, "throttling", c->ei.throttling);
    set_bool(L, "fault", c->ei.fault);
    set_bool(L, "modeled", c->ei.modeled);
    return ctx_give_back(L, cidx, 1);
}

static int l_operations(lua_State *L) {
    const pc_model *m = check_cm(L);
    size_t i, n = pc_model_n_operations(m);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        lua_pushstring(L, pc_model_operation_at(m, i)->name);
        lua_rawseti(L, -2, (int)i + 1);
    }
    return 1;
}

static int l_has_operation(lua_State *L) {
    const pc_model *m = check_cm(L);
    lua_pushboolean(L, pc_model_operation(m, luaL_checkstring(L, 2)) != NULL);
    return 1;
}

static int cm__tostring(lua_State *L) {
    const pc_model *m = check_cm(L);
    const char *id = pc_model_metadata(m, "serviceId");
    lua_pushfstring(L, "partnercentral compiled model (%s)", id ? id : "?");
    return 1;
}

/* ------------------------------------------------------------ compile */

/* Weak-keyed registry table under key: model table -> compiled model
 * (CACHE_KEY) or -> { [op] = model of op alone, [1] = how many } (OP_CACHE_KEY). */
static void push_cache(lua_State *L, const char *key) {
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    if (!lua_isnil(L, -1)) return;
    lua_pop(L, 1);
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, key);
}

static const luaL_Reg cm_methods[] = {{"serialize", l_serialize},
                                      {"serialize_shape", l_serialize_shape},
                                      {"validate_shape", l_validate_shape},
                                      {"deserialize", l_deserialize},
                                      {"deserialize_shape", l_deserialize_shape},
                                      {"parse_error", l_parse_error},
                                      {"operations", l_operations},
                                      {"has_operation", l_has_operation},
                                      {NULL, NULL}};

/* The methods share upvalue 1: the holder of the context box kept between calls. */
static void push_cm_metatable(lua_State *L) {
    if (luaL_newmetatable(L, CM_MT)) {
        const luaL_Reg *r;
        lua_pushcfunction(L, cm__gc);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, cm__tostring);
        lua_setfield(L, -2, "__tostring");
        lua_newtable(L); /* __index */
        lua_newtable(L); /* the holder */
        for (r = cm_methods; r->name != NULL; r++) {
            lua_pushvalue(L, -1);
            lua_pushcclosure(L, r->func, 1);
            lua_setfield(L, -3, r->name);
        }
        lua_pop(L, 1);
        lua_setfield(L, -2, "__index");
    }
}

/* ---- the description pc_model_from_json reads ----------------------------
 *
 * Built from the model table directly: only the keys model.c reads, and its
 * strings by reference (no copies: the table, argument 1 of model_compile,
 * anchors them until the description is freed, before model_compile
 * returns). A value of another form than the usual one (a string holding
 * NUL, a table where a string is usual, ...) goes through the generic
 * conversion (ljson.h) as every value did before; names of shapes and
 * operations are checked as that conversion checks keys.
 */
typedef struct desc {
    lua_State *L;
    pc_l_mctx *c; /* owns the tree */
    int mt;       /* core.json_array_mt */
    char *errbuf;
} desc;

static void desc_attach(desc *d, cJSON *parent, const char *key, cJSON *node) {
    cJSON_bool ok;
    if (node == NULL) luaL_error(d->L, "out of memory");
    ok = cJSON_IsArray(parent) ? cJSON_AddItemToArray(parent, node)
                               : cJSON_AddItemToObjectCS(parent, key, node);
    if (!ok) {
        cJSON_Delete(node);
        luaL_error(d->L, "out of memory");
    }
}

/* A string a cJSON string node can hold as is (no NUL, valid UTF-8). */
static const char *plain_string(lua_State *L, int idx) {
    size_t len;
    const char *s;
    if (lua_type(L, idx) != LUA_TSTRING) return NULL;
    s = lua_tolstring(L, idx, &len);
    return strlen(s) == len && pc_utf8_count(s, len) >= 0 ? s : NULL;
}

/* The value at idx under key (or appended to an array parent). */
static void desc_value(desc *d, cJSON *parent, const char *key, int idx, const char *part) {
    lua_State *L = d->L;
    const char *s = plain_string(L, idx);
    if (s != NULL) {
        desc_attach(d, parent, key, cJSON_CreateStringReference(s));
    } else if (lua_type(L, idx) == LUA_TBOOLEAN) {
        desc_attach(d, parent, key, cJSON_CreateBool(lua_toboolean(L, idx)));
    } else {
        cJSON *root = parent;
        if (pc_l_json_build(L, idx, d->mt, &root, parent, key, 1, 2, PC_JSON_MAX_NESTING,
                            d->errbuf) != PC_OK)
            luaL_error(L, "model_compile: %s: %s", part, d->errbuf);
    }
}

/* 1 when the table at idx has as many keys as its length *n (a sequence,
 * the empty table included); desc_list and desc_members take only those. */
static int counted_sequence(lua_State *L, int idx, size_t *n) {
    size_t keys = 0;
    *n = (size_t)pc_rawlen(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        lua_pop(L, 1);
        keys++;
    }
    return keys == *n;
}

/* A list of strings (or of small tables) such as required, enum, errors. */
static void desc_list(desc *d, cJSON *parent, const char *key, int idx, const char *part) {
    lua_State *L = d->L;
    size_t n, i;
    cJSON *arr;
    if (lua_type(L, idx) != LUA_TTABLE || lua_getmetatable(L, idx)) {
        if (lua_type(L, idx) == LUA_TTABLE) lua_pop(L, 1);
        desc_value(d, parent, key, idx, part);
        return;
    }
    if (!counted_sequence(L, idx, &n)) { /* as the generic conversion says */
        desc_value(d, parent, key, idx, part);
        return;
    }
    arr = n > 0 ? cJSON_CreateArray() : cJSON_CreateObject(); /* {} reads as an empty list */
    desc_attach(d, parent, key, arr);
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, (int)i);
        desc_value(d, arr, NULL, lua_gettop(L), part);
        lua_pop(L, 1);
    }
}

/* The fields of t (at idx) named in keys, into obj (under the static name);
 * lists as lists. One pass over t: its few keys are looked up in keys. */
static void desc_fields(desc *d, cJSON *obj, int idx, const char *const *keys,
                        const char *const *lists, const char *part) {
    lua_State *L = d->L;
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* stack: ... key value */
        const char *const *k, *name;
        const char *const *l;
        size_t len;
        int is_list = 0;
        if (lua_type(L, -2) != LUA_TSTRING) {
            lua_pop(L, 1);
            continue;
        }
        name = lua_tolstring(L, -2, &len);
        for (k = keys; *k != NULL && !(strlen(*k) == len && memcmp(*k, name, len) == 0); k++) {}
        if (*k != NULL) {
            for (l = lists; *l != NULL; l++) is_list |= *l == *k;
            if (is_list)
                desc_list(d, obj, *k, lua_gettop(L), part);
            else
                desc_value(d, obj, *k, lua_gettop(L), part);
        }
        lua_pop(L, 1);
    }
}

/* the keys model.c reads ("members" has its own reader: desc_members) */
static const char K_ENUM[] = "enum", K_REQUIRED[] = "required", K_ERRORS[] = "errors";
static const char *const SHAPE_KEYS[] = {
    "type",  "min",     "max",  "timestampFormat", "retryable", "sensitive", "union", "exception",
    "fault", "pattern", K_ENUM, K_REQUIRED,        "member",    "key",       "value", NULL};
static const char *const SHAPE_LISTS[] = {K_ENUM, K_REQUIRED, NULL};
static const char *const MEMBER_KEYS[] = {"name", "shape", "idempotencyToken", NULL};
static const char *const OP_KEYS[] = {"input", "output", K_ERRORS, NULL};
static const char *const OP_LISTS[] = {K_ERRORS, NULL};
static const char *const NO_LISTS[] = {NULL};

/* members: a list of { name =, shape =, idempotencyToken = } */
static void desc_members(desc *d, cJSON *shape, int idx) {
    lua_State *L = d->L;
    size_t n, i;
    cJSON *arr;
    lua_pushliteral(L, "members");
    lua_rawget(L, idx);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    if (lua_type(L, -1) != LUA_TTABLE || !counted_sequence(L, lua_gettop(L), &n)) n = 0;
    if (n == 0) { /* whatever it is: as the generic conversion says */
        desc_value(d, shape, "members", lua_gettop(L), "shapes");
        lua_pop(L, 1);
        return;
    }
    arr = cJSON_CreateArray();
    desc_attach(d, shape, "members", arr);
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, (int)i);
        if (lua_type(L, -1) == LUA_TTABLE) {
            cJSON *m = cJSON_CreateObject();
            desc_attach(d, arr, NULL, m);
            desc_fields(d, m, lua_gettop(L), MEMBER_KEYS, NO_LISTS, "shapes");
        } else {
            desc_value(d, arr, NULL, lua_gettop(L), "shapes");
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* One entry of part (stack: ... name value) into obj. */
static void desc_entry(desc *d, cJSON *obj, const char *part, const char *const *keys,
                       const char *const *lists) {
    lua_State *L = d->L;
    size_t len;
    const char *name;
    if (lua_type(L, -2) != LUA_TSTRING)
        luaL_error(L, "model_compile: %s: cannot encode a table with a %s key as JSON", part,
                   luaL_typename(L, -2));
    name = lua_tolstring(L, -2, &len);
    if (strlen(name) != len || pc_utf8_count(name, len) < 0)
        luaL_error(L, "model_compile: %s: cannot encode a key that is not valid UTF-8 or holds NUL",
                   part);
    if (lua_type(L, -1) == LUA_TTABLE) {
        cJSON *item = cJSON_CreateObject();
        desc_attach(d, obj, name, item);
        desc_fields(d, item, lua_gettop(L), keys, lists, part);
        if (keys == SHAPE_KEYS) desc_members(d, item, lua_gettop(L));
    } else {
        desc_value(d, obj, name, lua_gettop(L), part);
    }
}

/* part (shapes or operations): name -> fields; sorted by name, as the
 * generic conversion sorted keys (the same first error for a bad model). */
static void desc_part(desc *d, const char *part, const char *const *keys,
                      const char *const *lists) {
    lua_State *L = d->L;
    cJSON *obj;
    int t;
    lua_getfield(L, 1, part);
    t = lua_gettop(L);
    if (lua_type(L, t) != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    obj = cJSON_CreateObject();
    desc_attach(d, d->c->tree, part, obj);
    lua_pushnil(L);
    while (lua_next(L, t) != 0) { /* stack: ... key value */
        desc_entry(d, obj, part, keys, lists);
        lua_pop(L, 1);
    }
    pc_json_sort_keys(obj);
    lua_pop(L, 1);
}

/* metadata: only its strings are kept (pc_model_metadata). */
static void desc_metadata(desc *d) {
    lua_State *L = d->L;
    cJSON *obj;
    int t;
    lua_getfield(L, 1, "metadata");
    t = lua_gettop(L);
    if (lua_type(L, t) != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    obj = cJSON_CreateObject();
    desc_attach(d, d->c->tree, "metadata", obj);
    lua_pushnil(L);
    while (lua_next(L, t) != 0) {
        const char *v = plain_string(L, -1);
        if (v != NULL && lua_type(L, -2) == LUA_TSTRING) {
            size_t len;
            const char *k = lua_tolstring(L, -2, &len);
            if (strlen(k) == len) desc_attach(d, obj, k, cJSON_CreateStringReference(v));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* ---- the description of one operation alone ----------------------------
 *
 * The operation, the shapes its input, output and errors reach, and every
 * exception shape with the shapes it reaches (an error code another operation
 * lists is still typed by its shape, as with the whole model). What the
 * operation's calls do with it is what they do with the whole model; its
 * compile reads about a quarter of the shapes (46 of 192 for the account
 * model's StartProfileUpdateTask). Names that are not strings or name no
 * shape table are not followed: the compiler reports them as with the whole
 * model. Raw reads, as desc_part's. */
typedef struct reach_set {
    int shapes, set, queue, n; /* stack slots: model.shapes, name -> true, names in order */
} reach_set;

/* Queues the shape named by the value at idx (once). */
static void reach(lua_State *L, reach_set *r, int idx) {
    if (lua_type(L, idx) != LUA_TSTRING) return;
    lua_pushvalue(L, idx);
    lua_rawget(L, r->set);
    if (!lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    lua_pushvalue(L, idx);
    lua_rawget(L, r->shapes);
    if (lua_type(L, -1) != LUA_TTABLE) {
        lua_pop(L, 2);
        return;
    }
    lua_pop(L, 2);
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, r->set);
    lua_pushvalue(L, idx);
    lua_rawseti(L, r->queue, ++r->n);
}

/* Queues the shape named by t[key] (t at idx, a table). */
static void reach_field(lua_State *L, reach_set *r, int idx, const char *key) {
    lua_pushstring(L, key);
    lua_rawget(L, idx);
    reach(L, r, lua_gettop(L));
    lua_pop(L, 1);
}

/* Queues each t[key][i] (t at idx): a name, or a table's shape field (members;
 * errors in either form, as model.c reads them). */
static void reach_list(lua_State *L, reach_set *r, int idx, const char *key) {
    int list, i, n;
    lua_pushstring(L, key);
    lua_rawget(L, idx);
    list = lua_gettop(L);
    n = lua_type(L, list) == LUA_TTABLE ? (int)pc_rawlen(L, list) : 0;
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) == LUA_TTABLE)
            reach_field(L, r, lua_gettop(L), "shape");
        else
            reach(L, r, lua_gettop(L));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Every shape whose exception field is set (a superset of what the compiler
 * marks as exceptions: an extra shape changes nothing). */
static void reach_exceptions(lua_State *L, reach_set *r) {
    lua_pushnil(L);
    while (lua_next(L, r->shapes) != 0) { /* stack: ... name shape */
        if (lua_type(L, -1) == LUA_TTABLE) {
            lua_pushliteral(L, "exception");
            lua_rawget(L, -2);
            if (lua_toboolean(L, -1)) reach(L, r, lua_gettop(L) - 2);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
}

/* model at 1, the operation's name at 2, its table at op. */
static void desc_one_operation(desc *d, int op) {
    lua_State *L = d->L;
    reach_set r;
    cJSON *obj;
    int i;
    obj = cJSON_CreateObject();
    desc_attach(d, d->c->tree, "operations", obj);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, op);
    desc_entry(d, obj, "operations", OP_KEYS, OP_LISTS);
    lua_pop(L, 2);
    lua_pushliteral(L, "shapes");
    lua_rawget(L, 1);
    if (lua_type(L, -1) != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    r.shapes = lua_gettop(L);
    lua_newtable(L);
    r.set = lua_gettop(L);
    lua_newtable(L);
    r.queue = lua_gettop(L);
    r.n = 0;
    reach_field(L, &r, op, "input");
    reach_field(L, &r, op, "output");
    reach_list(L, &r, op, K_ERRORS);
    reach_exceptions(L, &r);
    for (i = 1; i <= r.n; i++) { /* r.n grows as shapes are found */
        int sh;
        lua_rawgeti(L, r.queue, i);
        lua_rawget(L, r.shapes);
        sh = lua_gettop(L);
        reach_field(L, &r, sh, "member");
        reach_field(L, &r, sh, "key");
        reach_field(L, &r, sh, "value");
        reach_list(L, &r, sh, "members");
        lua_pop(L, 1);
    }
    obj = cJSON_CreateObject();
    desc_attach(d, d->c->tree, "shapes", obj);
    for (i = 1; i <= r.n; i++) {
        lua_rawgeti(L, r.queue, i);
        lua_pushvalue(L, -1);
        lua_rawget(L, r.shapes); /* stack: ... name shape */
        desc_entry(d, obj, "shapes", SHAPE_KEYS, SHAPE_LISTS);
        lua_pop(L, 2);
    }
    pc_json_sort_keys(obj);
    lua_pop(L, 3);
}

/* The operation table of the name at 2 (pushed), or 0 (nothing pushed) when
 * there is none: the whole model is compiled then, with its errors. */
static int push_operation(lua_State *L) {
    lua_pushliteral(L, "operations");
    lua_rawget(L, 1);
    if (lua_type(L, -1) == LUA_TTABLE) {
        lua_pushvalue(L, 2);
        lua_rawget(L, -2);
        lua_remove(L, -2);
        if (lua_type(L, -1) == LUA_TTABLE) return lua_gettop(L);
    }
    lua_pop(L, 1);
    return 0;
}

/* Compiles the model at 1 (the operation at op alone when op > 0); pushes the
 * compiled model. */
static void compile(lua_State *L, int op) {
    pc_l_mctx *c;
    cm_box *b;
    char errbuf[PC_ERRMAX];
    desc d;
    pc_err e;
    d.mt = pc_l_json_array_mt(L);
    c = pc_l_mctx_new(L); /* stack: ... mt ctx */
    if ((c->tree = cJSON_CreateObject()) == NULL) luaL_error(L, "out of memory");
    d.L = L;
    d.c = c;
    d.errbuf = errbuf;
    desc_metadata(&d);
    if (op > 0) {
        desc_one_operation(&d, op);
    } else {
        desc_part(&d, "operations", OP_KEYS, OP_LISTS);
        desc_part(&d, "shapes", SHAPE_KEYS, SHAPE_LISTS);
    }
    b = (cm_box *)lua_newuserdata(L, sizeof *b); /* stack: ... mt ctx cm */
    b->m = NULL;
    push_cm_metatable(L);
    lua_setmetatable(L, -2);
    lua_newtable(L); /* the member names (push_names) */
    pc_setuservalue(L, -2);
    b->m = pc_model_from_json(c->tree, &e, errbuf);
    if (b->m == NULL) luaL_error(L, "model_compile: %s", errbuf);
    cJSON_Delete(c->tree); /* before its strings' table may go */
    c->tree = NULL;
    lua_replace(L, -3); /* stack: ... cm ctx */
    lua_pop(L, 1);
}

/*
 * core.model_compile(model[, op]): the whole model, cached per model table.
 * With op (an operation's name), a model of that operation alone (see
 * desc_one_operation), cached per model table and name; the whole model when
 * it is compiled already, when op names no operation table, or once
 * MAX_OP_MODELS such models were made from that table. A short script pays
 * for the shapes its calls use, not the whole model's.
 */
static int l_model_compile(lua_State *L) {
    int op = 0;
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TSTRING);
    lua_settop(L, 2);
    push_cache(L, CACHE_KEY); /* stack: model op cache */
    lua_pushvalue(L, 1);
    lua_rawget(L, 3);
    if (!lua_isnil(L, -1)) return 1;
    lua_pop(L, 1);
    if (lua_type(L, 2) == LUA_TSTRING && (op = push_operation(L)) > 0) {
        lua_Integer made;
        push_cache(L, OP_CACHE_KEY); /* stack: model op cache optable opcache */
        lua_pushvalue(L, 1);
        lua_rawget(L, -2);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_newtable(L);
            lua_pushvalue(L, 1);
            lua_pushvalue(L, -2);
            lua_rawset(L, -4);
        } /* stack: model op cache optable opcache ops (op name -> cm, [1] = count) */
        lua_pushvalue(L, 2);
        lua_rawget(L, -2);
        if (!lua_isnil(L, -1)) return 1;
        lua_pop(L, 1);
        lua_rawgeti(L, -1, 1);
        made = lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (made < MAX_OP_MODELS) {
            compile(L, op);
            lua_pushvalue(L, 2);
            lua_pushvalue(L, -2);
            lua_rawset(L, -4);
            lua_pushinteger(L, made + 1);
            lua_rawseti(L, -3, 1);
            return 1;
        }
        lua_settop(L, 3);
    }
    compile(L, 0);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, 3); /* cache[model] = cm */
    return 1;
}

void pc_l_open_model(lua_State *L) {
    lua_pushcfunction(L, l_model_compile);
    lua_setfield(L, -2, "model_compile");
}
