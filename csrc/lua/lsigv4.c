/*
 * Lua binding of the signer (pc/sigv4.h):
 *   core.signer() -> userdata with :sign_v4 :sign_v4a :verify_v4 :verify_v4a :close
 *   core.sign_v4(req) / sign_v4a(req) / verify_v4(req, secret) / verify_v4a(req, secret)
 *     on a default signer kept in the registry (string key, one per Lua state)
 *   staged, for tests: _sigv4_canonical_request(req[, "v4a"]),
 *     _sigv4_string_to_sign(req[, "v4a"]), _sigv4_signature(req[, "v4a"]),
 *     _sigv4a_public_key(access_key, secret) -> X hex, Y hex
 *   core.sign_plan(fixed) -> a signing plan: a client's fixed request fields, its
 *     own signer and the key of its last credentials; plan:sign(...) per attempt
 *     (see l_sign_plan)
 * The request table is only read (raw access, no metamethods run); its
 * strings are borrowed while the table, anchored at its argument slot, holds
 * them. All storage belongs to the signer userdata (box first, STYLE B3).
 */
#include <string.h>
#include <time.h>
#include "lbind.h"
#include "pc/sigv4.h"

#define SIGNER_MT          "partnercentral.signer"
#define PLAN_MT            "partnercentral.sign_plan"
#define DEFAULT_SIGNER_KEY "partnercentral.signer.default"

typedef struct lsigner {
    pc_signer s;
    pc_buf hdrs; /* pc_sigv4_header array for the current request */
    int closed;
} lsigner;

enum { MODE_SIGN, MODE_VERIFY, MODE_STAGE };

static const char *const REQ_FIELDS[] = {
    "method",
    "path",
    "query",
    "headers",
    "body",
    "access_key",
    "secret_key",
    "session_token",
    "region",
    "region_set",
    "service",
    "amz_date",
    "normalize_path",
    "double_encode",
    "sign_body",
    "omit_session_token",
    NULL,
};

/* ---- the signer object -------------------------------------------------- */

static int signer__gc(lua_State *L) {
    lsigner *ls = (lsigner *)luaL_checkudata(L, 1, SIGNER_MT);
    if (!ls->closed) { /* idempotent: __close, close() and __gc may all run */
        pc_signer_cleanup(&ls->s);
        pc_buf_cleanup(&ls->hdrs);
        ls->closed = 1;
    }
    return 0;
}

static int signer__tostring(lua_State *L) {
    lsigner *ls = (lsigner *)luaL_checkudata(L, 1, SIGNER_MT);
    lua_pushfstring(L, "partnercentral.signer (%s)", ls->closed ? "closed" : "open");
    return 1;
}

static lsigner *check_signer(lua_State *L, int idx) {
    lsigner *ls = (lsigner *)luaL_checkudata(L, idx, SIGNER_MT);
    if (ls->closed) luaL_error(L, "signer is closed");
    return ls;
}

static int l_signer_methods(lua_State *L);

/* Box first: the zeroed userdata with its metatable exists before any
 * allocation, so __gc always finds a consistent struct. */
static lsigner *new_signer(lua_State *L) {
    lsigner *ls = (lsigner *)lua_newuserdata(L, sizeof *ls);
    memset(ls, 0, sizeof *ls);
    pc_signer_init(&ls->s);
    pc_buf_init(&ls->hdrs);
    if (luaL_newmetatable(L, SIGNER_MT)) l_signer_methods(L);
    lua_setmetatable(L, -2);
    return ls;
}

static int l_signer(lua_State *L) {
    new_signer(L);
    return 1;
}

/* The per-state default signer (registry, string key: STYLE B4). */
static lsigner *default_signer(lua_State *L) {
    lsigner *ls;
    lua_getfield(L, LUA_REGISTRYINDEX, DEFAULT_SIGNER_KEY);
    ls = (lsigner *)pc_testudata(L, -1, SIGNER_MT);
    lua_pop(L, 1);
    if (ls != NULL && !ls->closed) return ls;
    ls = new_signer(L);
    lua_setfield(L, LUA_REGISTRYINDEX, DEFAULT_SIGNER_KEY); /* the registry anchors it */
    return ls;
}

/* ---- reading the request table ------------------------------------------ */

/* Borrows req[key] as a string; absent -> def (may be NULL). Raises on a wrong type. */
static pc_strv opt_str(lua_State *L, int t, const char *key, const char *def, int required) {
    pc_strv v = {def, def ? strlen(def) : 0};
    lua_pushstring(L, key);
    lua_rawget(L, t);
    if (lua_type(L, -1) == LUA_TSTRING) {
        v.p = lua_tolstring(L, -1, &v.n); /* anchored by the table */
    } else if (!lua_isnil(L, -1)) {
        luaL_error(L, "bad request field '%s' (string expected, got %s)", key,
                   luaL_typename(L, -1));
    } else if (required) {
        luaL_error(L, "bad request field '%s' (string expected, got no value)", key);
    }
    lua_pop(L, 1);
    return v;
}

static void opt_flag(lua_State *L, int t, const char *key, unsigned bit, unsigned *flags) {
    lua_pushstring(L, key);
    lua_rawget(L, t);
    if (lua_type(L, -1) == LUA_TBOOLEAN) {
        if (lua_toboolean(L, -1))
            *flags |= bit;
        else
            *flags &= ~bit;
    } else if (!lua_isnil(L, -1)) {
        luaL_error(L, "bad request field '%s' (boolean expected, got %s)", key,
                   luaL_typename(L, -1));
    }
    lua_pop(L, 1);
}

/* Unknown field names are programmer errors (typos like "sessionToken"). */
static void check_fields(lua_State *L, int t) {
    lua_pushnil(L);
    while (lua_next(L, t) != 0) {
        const char *const *f;
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        for (f = REQ_FIELDS; k != NULL && *f != NULL && strcmp(*f, k) != 0; f++) {}
        if (k == NULL || *f == NULL)
            luaL_error(L, "bad request field '%s' (unknown field)", k ? k : "?");
        lua_pop(L, 1);
    }
}

/* The header list at idx ({ {name, value}, ... }) into buf as a
 * pc_sigv4_header array; the strings are borrowed (anchored by the list). */
static void read_header_list(lua_State *L, int idx, pc_buf *buf, pc_sigv4_req *r) {
    size_t n, i;
    pc_sigv4_header *hs;
    n = (size_t)pc_rawlen(L, idx);
    pc_buf_reset(buf);
    if (n > 0 && pc_buf_reserve(buf, n * sizeof *hs) != PC_OK) luaL_error(L, "out of memory");
    hs = (pc_sigv4_header *)(void *)buf->data;
    for (i = 0; i < n; i++) {
        lua_rawgeti(L, idx, (int)i + 1);
        if (!lua_istable(L, -1))
            luaL_error(L, "bad request header #%d ({name, value} expected)", (int)i + 1);
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "bad request header #%d (name and value must be strings)", (int)i + 1);
        hs[i].name.p = lua_tolstring(L, -2, &hs[i].name.n); /* anchored by the header table */
        hs[i].value.p = lua_tolstring(L, -1, &hs[i].value.n);
        lua_pop(L, 3);
    }
    r->headers = hs;
    r->n_headers = n;
}

/* req.headers = { {name, value}, ... } into ls->hdrs. */
static void read_headers(lua_State *L, int t, lsigner *ls, pc_sigv4_req *r) {
    lua_pushliteral(L, "headers");
    lua_rawget(L, t);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    if (!lua_istable(L, -1)) luaL_error(L, "bad request field 'headers' (table expected)");
    read_header_list(L, lua_gettop(L), &ls->hdrs, r);
    lua_pop(L, 1);
}

static void read_req(lua_State *L, int t, lsigner *ls, pc_sigv4_req *r, int mode,
                     pc_sigv4_alg alg) {
    int sign = mode == MODE_SIGN;
    luaL_checktype(L, t, LUA_TTABLE);
    check_fields(L, t);
    pc_sigv4_req_init(r);
    r->method = opt_str(L, t, "method", NULL, 1);
    r->path = opt_str(L, t, "path", "/", 0);
    r->query = opt_str(L, t, "query", "", 0);
    r->body = opt_str(L, t, "body", "", 0);
    r->access_key = opt_str(L, t, "access_key", NULL, sign);
    r->secret_key = opt_str(L, t, "secret_key", NULL, sign);
    r->session_token = opt_str(L, t, "session_token", NULL, 0);
    r->region = opt_str(L, t, "region", NULL, alg == PC_SIGV4_HMAC && mode != MODE_VERIFY);
    r->region_set = opt_str(L, t, "region_set", "*", 0);
    r->service = opt_str(L, t, "service", NULL, mode != MODE_VERIFY);
    r->amz_date = opt_str(L, t, "amz_date", NULL, mode != MODE_VERIFY);
    if (mode != MODE_VERIFY && !pc_sigv4_valid_amz_date(r->amz_date))
        luaL_error(L, "bad request field 'amz_date' (YYYYMMDDTHHMMSSZ expected)");
    opt_flag(L, t, "normalize_path", PC_SIGV4_NORMALIZE_PATH, &r->flags);
    opt_flag(L, t, "double_encode", PC_SIGV4_DOUBLE_ENCODE, &r->flags);
    opt_flag(L, t, "sign_body", PC_SIGV4_SIGN_BODY, &r->flags);
    opt_flag(L, t, "omit_session_token", PC_SIGV4_OMIT_SESSION_TOKEN, &r->flags);
    read_headers(L, t, ls, r);
}

static pc_sigv4_alg opt_alg(lua_State *L, int idx) {
    static const char *const names[] = {"v4", "v4a", NULL};
    return luaL_checkoption(L, idx, "v4", names) == 0 ? PC_SIGV4_HMAC : PC_SIGV4_ECDSA;
}

/* ---- sign / verify -------------------------------------------------------- */

static void set_field(lua_State *L, const char *k, const char *v, size_t n) {
    lua_pushlstring(L, v, n);
    lua_setfield(L, -2, k);
}

static int do_sign(lua_State *L, lsigner *ls, int t, pc_sigv4_alg alg) {
    pc_sigv4_req r;
    char errbuf[PC_ERRMAX] = "";
    pc_sigv4_state *st = &ls->s.st;
    pc_err e;
    read_req(L, t, ls, &r, MODE_SIGN, alg);      /* 1: checks (may raise) */
    e = pc_signer_sign(&ls->s, &r, alg, errbuf); /* 2: compute */
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    lua_createtable(L, 0, 4); /* 3: push */
    set_field(L, "X-Amz-Date", r.amz_date.p, r.amz_date.n);
    set_field(L, "Authorization", st->authorization.data, st->authorization.len);
    if (r.session_token.n > 0)
        set_field(L, "X-Amz-Security-Token", r.session_token.p, r.session_token.n);
    if (alg == PC_SIGV4_ECDSA) set_field(L, "X-Amz-Region-Set", r.region_set.p, r.region_set.n);
    if (r.flags & PC_SIGV4_SIGN_BODY)
        set_field(L, "X-Amz-Content-Sha256", st->payload_hash, PC_SHA256_HEX_LEN);
    return 1;
}

static int do_verify(lua_State *L, lsigner *ls, int t, int secret_idx, pc_sigv4_alg alg) {
    pc_sigv4_req r;
    char errbuf[PC_ERRMAX] = "";
    size_t n;
    const char *secret = luaL_checklstring(L, secret_idx, &n);
    pc_err e;
    luaL_argcheck(L, n > 0, secret_idx, "secret key is empty");
    read_req(L, t, ls, &r, MODE_VERIFY, alg);
    r.secret_key.p = secret;
    r.secret_key.n = n;
    e = pc_signer_verify(&ls->s, &r, alg, errbuf);
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    lua_pushboolean(L, 1);
    return 1;
}

static int l_sign_v4(lua_State *L) { return do_sign(L, default_signer(L), 1, PC_SIGV4_HMAC); }
static int l_sign_v4a(lua_State *L) { return do_sign(L, default_signer(L), 1, PC_SIGV4_ECDSA); }
static int l_verify_v4(lua_State *L) {
    return do_verify(L, default_signer(L), 1, 2, PC_SIGV4_HMAC);
}
static int l_verify_v4a(lua_State *L) {
    return do_verify(L, default_signer(L), 1, 2, PC_SIGV4_ECDSA);
}

static int m_sign_v4(lua_State *L) { return do_sign(L, check_signer(L, 1), 2, PC_SIGV4_HMAC); }
static int m_sign_v4a(lua_State *L) { return do_sign(L, check_signer(L, 1), 2, PC_SIGV4_ECDSA); }
static int m_verify_v4(lua_State *L) {
    return do_verify(L, check_signer(L, 1), 2, 3, PC_SIGV4_HMAC);
}
static int m_verify_v4a(lua_State *L) {
    return do_verify(L, check_signer(L, 1), 2, 3, PC_SIGV4_ECDSA);
}

/* ---- staged functions (tests) ------------------------------------------- */

enum { STAGE_CREQ, STAGE_STS, STAGE_SIG };

static int do_stage(lua_State *L, int upto) {
    lsigner *ls = default_signer(L);
    pc_sigv4_alg alg = opt_alg(L, 2);
    pc_sigv4_state *st = &ls->s.st;
    pc_sigv4_req r;
    char errbuf[PC_ERRMAX] = "";
    pc_err e;
    const pc_buf *out = &st->canonical_request;
    read_req(L, 1, ls, &r, upto == STAGE_SIG ? MODE_SIGN : MODE_STAGE, alg);
    e = pc_sigv4_canonical_request(st, &r, alg, errbuf);
    if (e == PC_OK && upto >= STAGE_STS) {
        e = pc_sigv4_string_to_sign(st, &r, alg, errbuf);
        out = &st->string_to_sign;
    }
    if (e == PC_OK && upto >= STAGE_SIG) {
        e = pc_signer_signature(&ls->s, &r, alg, errbuf);
        out = &st->signature;
    }
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    lua_pushlstring(L, out->data, out->len);
    return 1;
}

static int l_canonical_request(lua_State *L) { return do_stage(L, STAGE_CREQ); }
static int l_string_to_sign(lua_State *L) { return do_stage(L, STAGE_STS); }
static int l_signature(lua_State *L) { return do_stage(L, STAGE_SIG); }

static int l_public_key(lua_State *L) {
    pc_strv ak, sk;
    const pc_sigv4a_key *k = NULL;
    char errbuf[PC_ERRMAX] = "", hex[65];
    lsigner *ls;
    ak.p = luaL_checklstring(L, 1, &ak.n);
    sk.p = luaL_checklstring(L, 2, &sk.n);
    luaL_argcheck(L, ak.n > 0, 1, "access key is empty");
    luaL_argcheck(L, sk.n > 0, 2, "secret key is empty");
    ls = default_signer(L);
    if (pc_signer_v4a_key(&ls->s, ak, sk, &k, errbuf) != PC_OK)
        return pc_l_fail(L, PC_ECRYPTO, errbuf);
    lua_pushstring(L, pc_hex_encode(k->x, 32, hex));
    lua_pushstring(L, pc_hex_encode(k->y, 32, hex));
    return 2;
}

/* ---- signing plans ----------------------------------------------------------
 *
 *   plan = core.sign_plan{ alg = "v4"|"v4a", method =, path =, query =, service =,
 *                          region = (v4), region_set = (v4a, default "*"),
 *                          normalize_path =, double_encode = (default true) }
 *   auth | nil, code, msg = plan:sign(headers, body, access_key, secret_key, session_token)
 *
 * What a client signs on every attempt with fields that never change: they
 * are copied once; the time is now (X-Amz-Date formatted once per second);
 * the derived key is looked up only when the credentials (the very Lua
 * strings, anchored in the plan) or the day change. sign() appends the
 * signed pairs to headers ({name, value} each; X-Amz-Date, then
 * X-Amz-Security-Token (a session token other than ""), X-Amz-Region-Set
 * (v4a), Authorization) and returns the Authorization value.
 */
static int l_plan_sign(lua_State *L);

/* The upvalues of sign(): the plans' metatable (to know its self without a
 * registry lookup) and the names of the pairs it appends (no string to hash). */
enum { UP_PLAN_MT = 1, UP_DATE, UP_TOKEN, UP_REGION_SET, UP_AUTHORIZATION };

typedef struct lplan {
    pc_signer s;           /* stage buffers and the key caches */
    pc_buf hdrs;           /* pc_sigv4_header array of the current call */
    pc_buf fixed;          /* the fixed strings, NUL-separated */
    size_t off[6], len[6]; /* method, path, query, region, region_set, service */
    pc_sigv4_alg alg;
    unsigned flags;
    time_t date_t;
    char date[PC_AMZ_DATE_LEN + 1];
    const char *ak, *sk; /* credentials of the memoised key (anchored strings) */
    char key_day[8];
    const void *key; /* pc_hmac_key * (v4) or pc_sigv4a_key * (v4a); NULL: none */
    int closed;
} lplan;

enum { F_METHOD, F_PATH, F_QUERY, F_REGION, F_REGION_SET, F_SERVICE };

static int plan__gc(lua_State *L) {
    lplan *p = (lplan *)luaL_checkudata(L, 1, PLAN_MT);
    if (!p->closed) {
        pc_signer_cleanup(&p->s); /* wipes the cached keys */
        pc_buf_cleanup(&p->hdrs);
        pc_buf_cleanup(&p->fixed);
        p->key = NULL;
        p->closed = 1;
    }
    return 0;
}

static void plan_field(lua_State *L, lplan *p, int t, int f, const char *key, const char *def,
                       int required) {
    pc_strv v = opt_str(L, t, key, def, required);
    p->off[f] = p->fixed.len;
    p->len[f] = v.n;
    if (pc_buf_append(&p->fixed, v.p ? v.p : "", v.n) != PC_OK ||
        pc_buf_append_char(&p->fixed, '\0') != PC_OK)
        luaL_error(L, "out of memory");
}

static int l_sign_plan(lua_State *L) {
    static const char *const algs[] = {"v4", "v4a", NULL};
    lplan *p;
    int v4a;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_getfield(L, 1, "alg");
    v4a = luaL_checkoption(L, -1, "v4", algs) == 1;
    lua_pop(L, 1);
#if LUA_VERSION_NUM >= 504
    p = (lplan *)lua_newuserdatauv(L, sizeof *p, 1);
#else
    p = (lplan *)lua_newuserdata(L, sizeof *p);
#endif
    memset(p, 0, sizeof *p); /* box first: consistent before any allocation */
    pc_signer_init(&p->s);
    pc_buf_init(&p->hdrs);
    pc_buf_init(&p->fixed);
    p->closed = 0;
    if (luaL_newmetatable(L, PLAN_MT)) {
        lua_pushcfunction(L, plan__gc);
        lua_setfield(L, -2, "__gc");
        lua_newtable(L);
        lua_pushvalue(L, -2); /* the upvalues of sign(), in UP_* order */
        lua_pushliteral(L, "X-Amz-Date");
        lua_pushliteral(L, "X-Amz-Security-Token");
        lua_pushliteral(L, "X-Amz-Region-Set");
        lua_pushliteral(L, "Authorization");
        lua_pushcclosure(L, l_plan_sign, UP_AUTHORIZATION);
        lua_setfield(L, -2, "sign");
        lua_setfield(L, -2, "__index");
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
    lua_newtable(L);
    pc_setuservalue(L, -2); /* the plan's anchor table: [1] access key, [2] secret key */
    p->alg = v4a ? PC_SIGV4_ECDSA : PC_SIGV4_HMAC;
    p->flags = PC_SIGV4_DEFAULT_FLAGS;
    plan_field(L, p, 1, F_METHOD, "method", NULL, 1);
    plan_field(L, p, 1, F_PATH, "path", "/", 0);
    plan_field(L, p, 1, F_QUERY, "query", "", 0);
    plan_field(L, p, 1, F_REGION, "region", NULL, !v4a);
    plan_field(L, p, 1, F_REGION_SET, "region_set", "*", 0);
    plan_field(L, p, 1, F_SERVICE, "service", NULL, 1);
    opt_flag(L, 1, "normalize_path", PC_SIGV4_NORMALIZE_PATH, &p->flags);
    opt_flag(L, 1, "double_encode", PC_SIGV4_DOUBLE_ENCODE, &p->flags);
    p->date_t = (time_t)-1;
    return 1;
}

static pc_strv fixed(const lplan *p, int f) {
    pc_strv v;
    v.p = p->fixed.data + p->off[f];
    v.n = p->len[f];
    return v;
}

/* X-Amz-Date of now, formatted when the second changes. */
static const char *amz_now(lplan *p) {
    time_t t = time(NULL);
    if (t != p->date_t) {
        struct tm tm;
        if (gmtime_r(&t, &tm) == NULL) return NULL;
        if (strftime(p->date, sizeof p->date, "%Y%m%dT%H%M%SZ", &tm) != PC_AMZ_DATE_LEN)
            return NULL;
        p->date_t = t;
    }
    return p->date;
}

/* The key for r: the memoised one when the credentials are the same Lua
 * strings (anchored) on the same day, else from the signer's caches (which
 * compare fingerprints), then memoised. tmp: a key too long to cache. */
static pc_err plan_key(lua_State *L, lplan *p, const pc_sigv4_req *r, pc_hmac_key *tmp,
                       char *errbuf) {
    pc_err e;
    const void *k = NULL;
    if (p->key != NULL && p->ak == r->access_key.p && p->sk == r->secret_key.p &&
        (p->alg == PC_SIGV4_ECDSA || memcmp(p->key_day, r->amz_date.p, 8) == 0))
        return PC_OK;
    p->key = NULL;
    if (p->alg == PC_SIGV4_HMAC) {
        const pc_hmac_key *hk = NULL;
        e = pc_signer_v4_key(&p->s, r, tmp, &hk, errbuf);
        k = hk;
    } else {
        const pc_sigv4a_key *ek = NULL;
        e = pc_signer_v4a_key(&p->s, r->access_key, r->secret_key, &ek, errbuf);
        k = ek;
    }
    if (e != PC_OK) return e;
    if (k == (const void *)tmp) { /* not cacheable: used once */
        p->key = NULL;
        return PC_OK;
    }
    pc_getuservalue(L, 1); /* the anchor table: the strings stay alive while memoised */
    lua_pushvalue(L, 4);
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, 5);
    lua_rawseti(L, -2, 2);
    lua_pop(L, 1);
    p->ak = r->access_key.p;
    p->sk = r->secret_key.p;
    memcpy(p->key_day, r->amz_date.p, 8);
    p->key = k;
    return PC_OK;
}

/* Appends {name, value} (name: upvalue up; value: the string at vidx) to the
 * table at t. */
static void append_pair(lua_State *L, int t, int up, int vidx) {
    lua_createtable(L, 2, 0);
    lua_pushvalue(L, lua_upvalueindex(up));
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, vidx);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, t, (int)pc_rawlen(L, t) + 1);
}

/* The plan at 1: its metatable is the upvalue (else luaL_checkudata raises
 * its usual error). */
static lplan *check_plan(lua_State *L) {
    lplan *p = (lplan *)lua_touserdata(L, 1);
    if (p != NULL && lua_getmetatable(L, 1)) {
        int same = lua_rawequal(L, -1, lua_upvalueindex(UP_PLAN_MT));
        lua_pop(L, 1);
        if (same) return p;
    }
    return (lplan *)luaL_checkudata(L, 1, PLAN_MT);
}

static int l_plan_sign(lua_State *L) {
    lplan *p = check_plan(L);
    pc_sigv4_req r;
    pc_hmac_key tmp;
    char errbuf[PC_ERRMAX] = "";
    const char *date;
    pc_err e;
    int top;
    if (p->closed) return luaL_error(L, "sign plan is closed");
    luaL_checktype(L, 2, LUA_TTABLE);
    pc_sigv4_req_init(&r);
    r.flags = p->flags;
    r.body.p = luaL_optlstring(L, 3, "", &r.body.n);
    r.access_key.p = luaL_checklstring(L, 4, &r.access_key.n);
    r.secret_key.p = luaL_checklstring(L, 5, &r.secret_key.n);
    r.session_token.p = luaL_optlstring(L, 6, "", &r.session_token.n);
    lua_settop(L, 6);
    read_header_list(L, 2, &p->hdrs, &r); /* may raise: nothing allocated outside boxes */
    r.method = fixed(p, F_METHOD);
    r.path = fixed(p, F_PATH);
    r.query = fixed(p, F_QUERY);
    r.region = fixed(p, F_REGION);
    r.region_set = fixed(p, F_REGION_SET);
    r.service = fixed(p, F_SERVICE);
    if (r.access_key.n == 0 || r.secret_key.n == 0)
        return pc_l_fail(L, PC_EINVAL, "access_key and secret_key are required");
    if ((date = amz_now(p)) == NULL)
        return pc_l_fail(L, PC_EINVAL, "the clock cannot be read as a UTC date");
    r.amz_date.p = date;
    r.amz_date.n = PC_AMZ_DATE_LEN;
    pc_hmac_key_init(&tmp);
    e = plan_key(L, p, &r, &tmp, errbuf);
    if (e == PC_OK) e = pc_sigv4_canonical_request(&p->s.st, &r, p->alg, errbuf);
    if (e == PC_OK) e = pc_sigv4_string_to_sign(&p->s.st, &r, p->alg, errbuf);
    if (e == PC_OK) {
        if (p->alg == PC_SIGV4_HMAC)
            e = pc_sigv4_signature(&p->s.st, p->key != NULL ? (const pc_hmac_key *)p->key : &tmp,
                                   errbuf);
        else
            e = pc_sigv4a_signature(&p->s.st, (const pc_sigv4a_key *)p->key, errbuf);
    }
    if (e == PC_OK) e = pc_sigv4_authorization(&p->s.st, &r, p->alg, errbuf);
    pc_hmac_key_cleanup(&tmp);
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    top = lua_gettop(L);
    lua_pushlstring(L, date, PC_AMZ_DATE_LEN);
    append_pair(L, 2, UP_DATE, top + 1);
    if (r.session_token.n > 0) append_pair(L, 2, UP_TOKEN, 6);
    if (p->alg == PC_SIGV4_ECDSA) {
        lua_pushlstring(L, r.region_set.p, r.region_set.n);
        append_pair(L, 2, UP_REGION_SET, lua_gettop(L));
    }
    lua_pushlstring(L, p->s.st.authorization.data, p->s.st.authorization.len);
    append_pair(L, 2, UP_AUTHORIZATION, lua_gettop(L));
    return 1;
}

/* ---- registration --------------------------------------------------------- */

static int m_close(lua_State *L) {
    luaL_checkudata(L, 1, SIGNER_MT);
    return signer__gc(L);
}

/* Fills the metatable on top of the stack. */
static int l_signer_methods(lua_State *L) {
    static const luaL_Reg meta[] = {
        {"__gc", signer__gc},
        {"__close", signer__gc},
        {"__tostring", signer__tostring},
        {NULL, NULL},
    };
    static const luaL_Reg methods[] = {
        {"sign_v4", m_sign_v4},       {"sign_v4a", m_sign_v4a}, {"verify_v4", m_verify_v4},
        {"verify_v4a", m_verify_v4a}, {"close", m_close},       {NULL, NULL},
    };
    pc_setfuncs(L, meta);
    pc_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    return 0;
}

static const luaL_Reg funcs[] = {
    {"signer", l_signer},
    {"sign_v4", l_sign_v4},
    {"sign_v4a", l_sign_v4a},
    {"verify_v4", l_verify_v4},
    {"verify_v4a", l_verify_v4a},
    {"_sigv4_canonical_request", l_canonical_request},
    {"_sigv4_string_to_sign", l_string_to_sign},
    {"_sigv4_signature", l_signature},
    {"_sigv4a_public_key", l_public_key},
    {"sign_plan", l_sign_plan},
    {NULL, NULL},
};

void pc_l_open_sigv4(lua_State *L) { pc_setfuncs(L, funcs); }
