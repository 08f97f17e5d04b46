/*
 * Binding of the libcurl transport: core.http_new() -> "pc.http" userdata
 * with :request(req), :close(), __gc and __close. Also core.sleep_ms(ms) and
 * core.monotonic_ms() for the retry and waiter code of the Lua layer, and
 * core.http_limits (pc/http.h) for the ngx transport.
 */
#include <errno.h>
#include <string.h>
#include <time.h>
#include "lbind.h"
#include "pc/ascii.h"
#include "pc/http.h"

#define PC_HTTP_MT "pc.http"

/*
 * The strings of the last answer's headers, by position: a server sends the
 * same names (and mostly the same values: server, content type, connection,
 * the date within its second) in the same order every time, so the next
 * answer's strings are pushed from here when their bytes are the same,
 * without hashing and interning them again (Lua 5.4 hashes every byte of a
 * short string). Slot 2k is the k-th header's name, 2k+1 its value; the Lua
 * strings are in the handle's user value table at index slot+1.
 */
#define KEPT_HEADERS 16
#define KEPT_MAX     64 /* longer strings are not kept */
typedef struct kept_str {
    size_t len; /* KEPT_NONE: the slot is empty */
    char bytes[KEPT_MAX];
} kept_str;
#define KEPT_NONE ((size_t)-1)

/* Box first (STYLE B3): the userdata exists before curl_easy_init runs, so
 * a Lua error at any point leaves nothing unowned. The response buffers live
 * in the box and are reused by every request of the handle. */
typedef struct http_box {
    pc_http *h;
    pc_http_resp resp;
    pc_buf hs; /* the pc_http_header array of a request */
    kept_str kept[2 * KEPT_HEADERS];
} http_box;

static void forget_kept(http_box *b) {
    size_t i;
    for (i = 0; i < 2 * KEPT_HEADERS; i++) b->kept[i].len = KEPT_NONE;
}

static int http_gc(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    if (b->h != NULL) {
        pc_http_free(b->h);
        b->h = NULL;
    }
    pc_buf_cleanup(&b->resp.body);
    pc_buf_cleanup(&b->resp.headers);
    pc_buf_cleanup(&b->hs);
    forget_kept(b);
    return 0;
}

static int l_http_new(lua_State *L) {
    http_box *b = (http_box *)lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    pc_buf_init(&b->resp.body);
    pc_buf_init(&b->resp.headers);
    pc_buf_init(&b->hs);
    forget_kept(b);
    luaL_getmetatable(L, PC_HTTP_MT);
    lua_setmetatable(L, -2);
    lua_createtable(L, 2 * KEPT_HEADERS, 0); /* the kept strings */
    pc_setuservalue(L, -2);
    b->h = pc_http_new();
    if (b->h == NULL) return luaL_error(L, "http_new: curl initialisation failed");
    return 1;
}

/*
 * The request table's fields, each in its stack slot (FIELD_BASE + its
 * number): read in one walk of the table, which visits only the fields that
 * are there, instead of one lookup per field (most are absent in most calls).
 * A table with a metatable is read field by field (its __index is honoured,
 * as lua_getfield does). The checks then read the slots in a fixed order, so
 * the first bad field reported is the same whatever the table's order.
 */
enum {
    F_METHOD,
    F_URL,
    F_BODY,
    F_TIMEOUT_MS,
    F_CONNECT_TIMEOUT_MS,
    F_MAX_BODY,
    F_CA_FILE,
    F_PROXY,
    F_VERIFY,
    F_HEADERS,
    NFIELDS
};
static const char *const field_names[NFIELDS] = {
    "method",   "url",     "body",  "timeout_ms", "connect_timeout_ms",
    "max_body", "ca_file", "proxy", "verify",     "headers"};
#define FIELD_BASE 3 /* stack: box, request, then the fields */
#define ANCHORS    (FIELD_BASE + NFIELDS)

/* The field a key names, or -1. */
static int field_of(const char *k, size_t len) {
    int f;
    switch (len) {
        case 3:
            f = F_URL;
            break;
        case 4:
            f = F_BODY;
            break;
        case 5:
            f = F_PROXY;
            break;
        case 6:
            f = k[0] == 'm' ? F_METHOD : F_VERIFY;
            break;
        case 7:
            f = k[0] == 'c' ? F_CA_FILE : F_HEADERS;
            break;
        case 8:
            f = F_MAX_BODY;
            break;
        case 10:
            f = F_TIMEOUT_MS;
            break;
        case 18:
            f = F_CONNECT_TIMEOUT_MS;
            break;
        default:
            return -1;
    }
    return memcmp(k, field_names[f], len) == 0 ? f : -1;
}

/* Stack: box, request -> box, request, its NFIELDS fields (nil when absent). */
static void read_fields(lua_State *L) {
    int f;
    lua_settop(L, FIELD_BASE + NFIELDS - 1);
    if (lua_getmetatable(L, 2)) {
        lua_pop(L, 1);
        for (f = 0; f < NFIELDS; f++) {
            lua_getfield(L, 2, field_names[f]);
            lua_replace(L, FIELD_BASE + f);
        }
        return;
    }
    lua_pushnil(L);
    while (lua_next(L, 2)) { /* stack: ... key value */
        size_t len = 0;
        const char *k = NULL;
        /* only a string key is read as one (lua_tolstring would turn a
         * number key into a string and break the walk) */
        if (lua_type(L, -2) == LUA_TSTRING) k = lua_tolstring(L, -2, &len);
        f = k != NULL ? field_of(k, len) : -1;
        if (f >= 0)
            lua_replace(L, FIELD_BASE + f);
        else
            lua_pop(L, 1);
    }
}

static const char *opt_string(lua_State *L, int f) {
    int i = FIELD_BASE + f;
    if (lua_isnil(L, i)) return NULL;
    if (lua_type(L, i) != LUA_TSTRING) luaL_error(L, "request.%s must be a string", field_names[f]);
    return lua_tostring(L, i); /* the string stays alive: the request table holds it */
}

/* A non-negative count (milliseconds, bytes) up to PC_HTTP_OPT_MAX; NaN, an
 * infinity or a value out of range is a programmer error, never a cast with
 * undefined behaviour. nil gives 0 (the core's default). */
#define PC_HTTP_OPT_MAX 1e15
static long long opt_count(lua_State *L, int f) {
    int i = FIELD_BASE + f;
    const char *k = field_names[f];
    long long v = 0;
    lua_Number d;
    if (!lua_isnil(L, i) && !pc_tointeger(L, i, &v)) {
        if (lua_type(L, i) != LUA_TNUMBER) luaL_error(L, "request.%s must be a number", k);
        d = lua_tonumber(L, i);
        if (!(d >= 0 && d <= PC_HTTP_OPT_MAX))
            luaL_error(L, "request.%s must be a finite number >= 0", k);
        v = (long long)d;
    }
    if (v < 0 || (double)v > PC_HTTP_OPT_MAX)
        luaL_error(L, "request.%s must be a finite number >= 0", k);
    return v;
}

/* t[name] = value, or the value joined to the one already there with ", "
 * (a repeated header, as HTTP allows). Stack: t name -> t. */
static void set_or_join(lua_State *L, const char *val, size_t vl) {
    lua_pushvalue(L, -1);
    lua_rawget(L, -3); /* stack: t name old */
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushlstring(L, val, vl);
    } else {
        lua_pushliteral(L, ", ");
        lua_pushlstring(L, val, vl);
        lua_concat(L, 3);
    }
    lua_rawset(L, -3);
}

/* Pushes p[0..len) as a Lua string: the one kept in slot when its bytes are
 * the same, else a new one, then kept there. kept: the stack index of the
 * kept strings' table. */
static void push_kept(lua_State *L, http_box *b, int kept, int slot, const char *p, size_t len) {
    kept_str *k = &b->kept[slot];
    if (k->len == len && memcmp(k->bytes, p, len) == 0) {
        lua_rawgeti(L, kept, slot + 1);
        return;
    }
    lua_pushlstring(L, p, len);
    if (len <= KEPT_MAX) {
        lua_pushvalue(L, -1);
        lua_rawseti(L, kept, slot + 1); /* (the table has room: no allocation) */
        memcpy(k->bytes, p, len);
        k->len = len;
    }
}

/*
 * The first PUSH_SEEN distinct names of a header table being built (both
 * answers' tables, curl's and the cosocket's): a name seen for the first time
 * is set without first reading the table (the usual answer has a dozen
 * headers). Once PUSH_SEEN are noted every name goes through the table
 * (set_or_join), so the work stays bounded whatever a server sends.
 */
#define PUSH_SEEN 32
typedef struct seen_names {
    size_t n;
    const char *name[PUSH_SEEN];
    size_t len[PUSH_SEEN];
} seen_names;

/* Whether name (len bytes, kept alive by the caller) is new to s, then noted
 * there; 0 once s is full. fold: compare ASCII case-insensitively (names as
 * sent, not yet lowercased). */
static int first_sighting(seen_names *s, const char *name, size_t len, int fold) {
    size_t k, j;
    if (s->n == PUSH_SEEN) return 0;
    for (k = 0; k < s->n; k++) {
        if (s->len[k] != len) continue;
        if (!fold) {
            if (memcmp(s->name[k], name, len) == 0) return 0;
            continue;
        }
        for (j = 0; j < len && pc_ascii_lower(s->name[k][j]) == pc_ascii_lower(name[j]); j++) {}
        if (j == len) return 0;
    }
    s->name[s->n] = name;
    s->len[s->n++] = len;
    return 1;
}

/* The answer's headers as a table, names lowercased; a repeated header is
 * one entry, its values joined with ", " in order, as HTTP allows. kept: as
 * in push_kept. */
static void push_headers(lua_State *L, http_box *b, int kept) {
    const pc_buf *hb = &b->resp.headers;
    size_t off, n = 0;
    pc_http_field_rec rec;
    seen_names seen;
    seen.n = 0;
    for (off = 0; off < hb->len; off += sizeof rec + rec.name_len + rec.value_len) {
        memcpy(&rec, hb->data + off, sizeof rec);
        n++;
    }
    lua_createtable(L, 0, (int)n);
    for (off = 0, n = 0; off < hb->len; off += sizeof rec + rec.name_len + rec.value_len, n++) {
        const char *name = hb->data + off + sizeof rec, *val;
        memcpy(&rec, hb->data + off, sizeof rec);
        val = name + rec.name_len;
        if (n < KEPT_HEADERS)
            push_kept(L, b, kept, (int)(2 * n), name, rec.name_len);
        else
            lua_pushlstring(L, name, rec.name_len);
        if (first_sighting(&seen, name, rec.name_len, 0)) {
            if (n < KEPT_HEADERS)
                push_kept(L, b, kept, (int)(2 * n + 1), val, rec.value_len);
            else
                lua_pushlstring(L, val, rec.value_len);
            lua_rawset(L, -3);
        } else {
            set_or_join(L, val, rec.value_len);
        }
    }
}

/* request.headers (its field slot, n pairs) as the box's pc_http_header
 * array. Slot ANCHORS (pushed here, a table made when needed) anchors the
 * strings converted from numbers: lua_tostring converts the popped stack
 * copy, not the caller's table entry, so without an anchor hs[i].value would
 * point into collectable memory (and the caller's table is left as it was). */
static pc_http_header *read_headers(lua_State *L, http_box *b, size_t n) {
    pc_http_header *hs;
    size_t i;
    int tn, tv;
    pc_buf_reset(&b->hs);
    if (pc_buf_reserve(&b->hs, (n > 0 ? n : 1) * sizeof *hs) != PC_OK)
        luaL_error(L, "out of memory");
    hs = (pc_http_header *)(void *)b->hs.data;
    lua_pushnil(L);
    for (i = 0; i < n; i++) {
        pc_http_header *hd = &hs[i];
        lua_rawgeti(L, FIELD_BASE + F_HEADERS, (int)i + 1);
        if (lua_type(L, -1) != LUA_TTABLE)
            luaL_error(L, "request.headers[%d] must be {name, value}", (int)i + 1);
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        tn = lua_type(L, -2);
        tv = lua_type(L, -1);
        if (tn != LUA_TSTRING || (tv != LUA_TSTRING && tv != LUA_TNUMBER))
            luaL_error(L, "request.headers[%d] must be {name, value}", (int)i + 1);
        hd->name = lua_tolstring(L, -2, &hd->name_len);
        hd->value = lua_tolstring(L, -1, &hd->value_len);
        /* libcurl takes C strings: a NUL would cut the header short of what
         * was signed. One scan each: strcspn stops at a NUL as at the others. */
        if (strcspn(hd->name, "\r\n:") != hd->name_len ||
            strcspn(hd->value, "\r\n") != hd->value_len) {
            if (strlen(hd->name) != hd->name_len || strlen(hd->value) != hd->value_len)
                luaL_error(L, "request.headers[%d] contains NUL", (int)i + 1);
            luaL_error(L, "request.headers[%d] contains CR, LF or ':'", (int)i + 1);
        }
        if (tv == LUA_TNUMBER) {
            if (lua_isnil(L, ANCHORS)) {
                lua_newtable(L);
                lua_replace(L, ANCHORS);
            }
            lua_pushvalue(L, -1); /* the slot now holds the converted string */
            lua_rawseti(L, ANCHORS, (int)i + 1);
        }
        lua_pop(L, 3);
    }
    return hs;
}

static int l_http_request(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    pc_http_req req;
    pc_http_header *hs = NULL;
    char errbuf[PC_ERRMAX];
    size_t n = 0;
    pc_err e;
    int verify;

    /* 1: checks and borrows (all may raise; nothing allocated outside Lua yet) */
    if (b->h == NULL) return luaL_error(L, "http handle is closed");
    luaL_checktype(L, 2, LUA_TTABLE);
    memset(&req, 0, sizeof req);
    read_fields(L);
    req.method = opt_string(L, F_METHOD);
    req.url = opt_string(L, F_URL);
    if (req.method == NULL) req.method = "GET";
    if (req.url == NULL) return luaL_error(L, "request.url is required");
    if (!lua_isnil(L, FIELD_BASE + F_BODY)) {
        if (lua_type(L, FIELD_BASE + F_BODY) != LUA_TSTRING)
            return luaL_error(L, "request.body must be a string");
        req.body = lua_tolstring(L, FIELD_BASE + F_BODY, &req.body_len);
    }
    req.timeout_ms = (long)opt_count(L, F_TIMEOUT_MS);
    req.connect_timeout_ms = (long)opt_count(L, F_CONNECT_TIMEOUT_MS);
    req.max_body = (size_t)opt_count(L, F_MAX_BODY);
    req.ca_file = opt_string(L, F_CA_FILE);
    req.proxy = opt_string(L, F_PROXY);
    verify = FIELD_BASE + F_VERIFY;
    req.verify = lua_isnil(L, verify) ? 1 : lua_toboolean(L, verify);

    if (!lua_isnil(L, FIELD_BASE + F_HEADERS)) {
        if (lua_type(L, FIELD_BASE + F_HEADERS) != LUA_TTABLE) {
            lua_pushvalue(L, FIELD_BASE + F_HEADERS); /* the message names it as before */
            luaL_checktype(L, -1, LUA_TTABLE);
        }
        n = pc_rawlen(L, FIELD_BASE + F_HEADERS);
        hs = read_headers(L, b, n);
    }
    req.headers = hs;
    req.nheaders = n;

    /* 2: compute (never raises) */
    e = pc_http_request(b->h, &req, &b->resp, errbuf);
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);

    /* 3: push status, headers, body */
    lua_settop(L, 2);
    pc_getuservalue(L, 1); /* 3: the kept strings */
    pc_pushinteger(L, (long long)b->resp.status);
    push_headers(L, b, 3);
    lua_pushlstring(L, b->resp.body.data != NULL ? b->resp.body.data : "", b->resp.body.len);
    /* a big answer must not pin memory in the reused buffers until the next call */
    pc_http_resp_trim(&b->resp);
    return 3;
}

/* ---- heads for the cosocket transport (pc/http.h, "Heads") ---------------- */

#define PC_HEADS_MT "pc.http_heads"

/* Scratch of the head functions: kept between calls in their upvalue (a
 * table, slot 1), taken out while in use, so a finalizer running one of
 * them in the middle of another gets its own. */
typedef struct heads_box {
    pc_buf out;
    pc_buf hs;
    pc_http_head head;
} heads_box;

static int heads_gc(lua_State *L) {
    heads_box *b = (heads_box *)luaL_checkudata(L, 1, PC_HEADS_MT);
    pc_buf_cleanup(&b->out);
    pc_buf_cleanup(&b->hs);
    pc_buf_cleanup(&b->head.fields);
    return 0;
}

static heads_box *heads_take(lua_State *L) {
    heads_box *b;
    lua_rawgeti(L, lua_upvalueindex(1), 1);
    b = (heads_box *)pc_testudata(L, -1, PC_HEADS_MT);
    if (b != NULL) {
        lua_pushnil(L);
        lua_rawseti(L, lua_upvalueindex(1), 1);
        return b;
    }
    lua_pop(L, 1);
    b = (heads_box *)lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    pc_buf_init(&b->out);
    pc_buf_init(&b->hs);
    pc_buf_init(&b->head.fields);
    if (luaL_newmetatable(L, PC_HEADS_MT)) {
        lua_pushcfunction(L, heads_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return b;
}

/* Back for the next call (results pushed above it); n results through. */
static int heads_give_back(lua_State *L, int idx, int n) {
    heads_box *b = (heads_box *)lua_touserdata(L, idx);
    if (b->out.cap > PC_HTTP_KEEP_BUFFER) pc_buf_cleanup(&b->out);
    if (b->head.fields.cap > PC_HTTP_KEEP_BUFFER) pc_buf_cleanup(&b->head.fields);
    lua_pushvalue(L, idx);
    lua_rawseti(L, lua_upvalueindex(1), 1);
    return n;
}

/* A header name or value as tostring() gives it: strings, numbers, booleans
 * (t: its lua_type); its length in *len. */
static const char *header_text(lua_State *L, int idx, int t, int i, size_t *len) {
    switch (t) {
        case LUA_TSTRING:
        case LUA_TNUMBER: {
            const char *s = lua_tolstring(L, idx, len); /* a number is converted in this slot */
            if (strlen(s) == *len) return s;
            /* the head is written from C strings: a NUL would cut the header */
            luaL_where(L, 2);
            lua_pushfstring(L, "bad header #%d in transport request (NUL in a name or value)", i);
            lua_concat(L, 2);
            lua_error(L);
            return NULL;
        }
        case LUA_TBOOLEAN: {
            const char *s = lua_toboolean(L, idx) ? "true" : "false";
            *len = strlen(s);
            return s;
        }
        default:
            luaL_where(L, 2);
            lua_pushfstring(
                L, "bad header #%d in transport request (name and value must be strings)", i);
            lua_concat(L, 2);
            lua_error(L);
            return NULL;
    }
}

/* The longest piece of a request head (below). OpenResty's LuaJIT (x86-64
 * with SSE4.2) hashes a string shorter than 128 bytes in full, a longer one
 * by its length and three of its bytes (the first, the middle and the last).
 * Every request head of one operation has the same length and those three
 * bytes, so as one string each head was compared with memcmp against every
 * earlier head not yet collected, up to the first byte that differs (the
 * signature or the invocation id, near the end). */
#define PC_HEAD_PIECE_MAX 127

static void add_piece(lua_State *L, const char *p, size_t n, int *count) {
    lua_pushlstring(L, p, n);
    lua_rawseti(L, -2, ++*count);
}

/* The head as a table of pieces, in order: whole lines joined while they fit
 * in PC_HEAD_PIECE_MAX bytes, a longer line cut. Few pieces: cosocket send
 * walks the table twice. Pieces whose lines are the same in every call are
 * found in the string table, not made again. The body (body_idx: a string,
 * or 0) is the last piece. */
static void push_head_pieces(lua_State *L, const char *p, size_t len, int body_idx) {
    size_t start = 0, off = 0, end;
    int count = 0;
    const char *nl;
    lua_createtable(L, 8, 0);
    while (off < len) {
        nl = (const char *)memchr(p + off, '\n', len - off);
        end = nl != NULL ? (size_t)(nl - p) + 1 : len;
        if (end - start <= PC_HEAD_PIECE_MAX) {
            off = end; /* the line joins the piece */
        } else if (off > start) {
            add_piece(L, p + start, off - start, &count); /* the piece ends before the line */
            start = off;
        } else {
            add_piece(L, p + start, PC_HEAD_PIECE_MAX, &count); /* a long line is cut */
            start = off = start + PC_HEAD_PIECE_MAX;
        }
    }
    if (off > start) add_piece(L, p + start, off - start, &count);
    if (body_idx != 0) {
        lua_pushvalue(L, body_idx);
        lua_rawseti(L, -2, ++count);
    }
}

/*
 * core.http_request_head(method, path, headers, scheme, host, port, body)
 *   -> the request (pc_http_build_head) as a table of pieces (see
 *   push_head_pieces: cosocket send takes it as it is; table.concat gives the
 *   bytes), and the length of its head. body: the body (a string, the last
 *   piece when not empty) or only its length. A bad header is the caller's
 *   error, raised at its caller's level (the transport's caller).
 */
static int l_http_request_head(lua_State *L) {
    pc_http_head_req r;
    pc_http_header *hs;
    heads_box *b;
    size_t n, i, bad = 0;
    int bidx, anchors, body_idx = 0;
    pc_err e;
    memset(&r, 0, sizeof r);
    r.method = luaL_checkstring(L, 1);
    r.path = luaL_checkstring(L, 2);
    r.scheme = luaL_checkstring(L, 4);
    r.host = luaL_checkstring(L, 5);
    r.port = (long)luaL_checknumber(L, 6);
    if (lua_type(L, 7) == LUA_TSTRING) {
        lua_tolstring(L, 7, &r.body_len);
        body_idx = r.body_len > 0 ? 7 : 0;
    } else {
        r.body_len = (size_t)luaL_checknumber(L, 7);
    }
    lua_settop(L, 7);
    n = lua_istable(L, 3) ? (size_t)pc_rawlen(L, 3) : 0;
    b = heads_take(L);
    bidx = lua_gettop(L);
    lua_pushnil(L); /* anchors numbers converted to strings (made when needed) */
    anchors = lua_gettop(L);
    pc_buf_reset(&b->hs);
    if (pc_buf_reserve(&b->hs, (n ? n : 1) * sizeof *hs) != PC_OK)
        return luaL_error(L, "out of memory");
    hs = (pc_http_header *)(void *)b->hs.data;
    for (i = 0; i < n; i++) {
        int tn, tv;
        lua_rawgeti(L, 3, (int)i + 1);
        if (!lua_istable(L, -1)) {
            luaL_where(L, 2);
            lua_pushfstring(L, "bad header #%d in transport request ({name, value} expected)",
                            (int)i + 1);
            lua_concat(L, 2);
            return lua_error(L);
        }
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        tn = lua_type(L, -2);
        tv = lua_type(L, -1);
        hs[i].name = header_text(L, -2, tn, (int)i + 1, &hs[i].name_len);
        hs[i].value = header_text(L, -1, tv, (int)i + 1, &hs[i].value_len);
        /* strings stay anchored by the pair; a number converted in its stack
         * slot must be kept alive by the anchor table */
        if (tn == LUA_TNUMBER || tv == LUA_TNUMBER) {
            if (lua_isnil(L, anchors)) {
                lua_newtable(L);
                lua_replace(L, anchors);
            }
            lua_rawseti(L, anchors, (int)(2 * i + 2));
            lua_rawseti(L, anchors, (int)(2 * i + 1));
            lua_pop(L, 1);
        } else {
            lua_pop(L, 3);
        }
    }
    r.headers = hs;
    r.nheaders = n;
    e = pc_http_build_head(&b->out, &r, &bad);
    if (e == PC_EINVAL) {
        luaL_where(L, 2);
        lua_pushfstring(L, "bad header #%d in transport request (CR, LF or ':' in a name)",
                        (int)bad);
        lua_concat(L, 2);
        return lua_error(L);
    }
    if (e != PC_OK) return luaL_error(L, "out of memory");
    push_head_pieces(L, b->out.data, b->out.len, body_idx);
    pc_pushinteger(L, (long long)b->out.len);
    return heads_give_back(L, bidx, 2);
}

/*
 * core.http_parse_head(s, max_header_bytes, max_header_lines, max_interim)
 *   -> status, headers (names lowercased, repeated ones joined with ", "),
 *      version ("1.1"), index of the first byte after the head
 *    | nil, "more" (the head has not all arrived)
 *    | nil, "parse"|"big", message
 */
static int l_http_parse_head(lua_State *L) {
    size_t len, i, n;
    const char *s = luaL_checklstring(L, 1, &len);
    pc_http_head_limits lim;
    heads_box *b;
    const pc_http_field *fs;
    seen_names seen;
    int bidx;
    pc_err e;
    seen.n = 0;
    lim.max_header_bytes = (size_t)luaL_checknumber(L, 2);
    lim.max_header_lines = (long)luaL_checknumber(L, 3);
    lim.max_interim = (long)luaL_checknumber(L, 4);
    lua_settop(L, 4);
    b = heads_take(L);
    bidx = lua_gettop(L);
    e = pc_http_parse_head(s, len, &lim, &b->head);
    if (e == PC_ENOMEM) return luaL_error(L, "out of memory");
    if (e != PC_OK) {
        lua_pushnil(L);
        lua_pushstring(L, b->head.kind == PC_HTTP_HEAD_BIG ? "big" : "parse");
        lua_pushstring(L, b->head.message);
        return heads_give_back(L, bidx, 3);
    }
    if (!b->head.complete) {
        lua_pushnil(L);
        lua_pushliteral(L, "more");
        return heads_give_back(L, bidx, 2);
    }
    pc_pushinteger(L, b->head.status);
    fs = (const pc_http_field *)(const void *)b->head.fields.data;
    n = b->head.fields.len / sizeof *fs;
    lua_createtable(L, 0, (int)n);
    for (i = 0; i < n; i++) {
        char name[64];
        size_t k, nl = fs[i].name_len;
        /* lowercased on the C stack when short (header names are) */
        if (nl <= sizeof name) {
            for (k = 0; k < nl; k++) name[k] = pc_ascii_lower(s[fs[i].name + k]);
            lua_pushlstring(L, name, nl);
        } else {
            luaL_Buffer lb;
            luaL_buffinit(L, &lb);
            for (k = 0; k < nl; k++) luaL_addchar(&lb, pc_ascii_lower(s[fs[i].name + k]));
            luaL_pushresult(&lb);
        }
        if (first_sighting(&seen, s + fs[i].name, nl, 1)) {
            lua_pushlstring(L, s + fs[i].value, fs[i].value_len);
            lua_rawset(L, -3);
        } else {
            set_or_join(L, s + fs[i].value, fs[i].value_len);
        }
    }
    lua_pushstring(L, b->head.version);
    pc_pushinteger(L, (long long)b->head.end + 1);
    return heads_give_back(L, bidx, 4);
}

/* h:buffer_bytes() -> bytes the handle's response buffers hold (diagnostics,
 * and the specs that check an oversized answer gives its memory back). */
static int l_http_buffer_bytes(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    pc_pushinteger(L, (long long)(b->resp.body.cap + b->resp.headers.cap));
    return 1;
}

static int l_http_close(lua_State *L) { return http_gc(L); }

/* core.http_limits: the limits of pc/http.h, which the ngx transport applies too. */
static void push_limits(lua_State *L) {
    static const struct {
        const char *name;
        long long value;
    } limits[] = {
        {"max_body", (long long)PC_HTTP_MAX_BODY},
        {"max_header_bytes", (long long)PC_HTTP_MAX_HEADER_BYTES},
        {"max_header_lines", PC_HTTP_MAX_HEADER_LINES},
        {"max_interim", PC_HTTP_MAX_INTERIM},
        {"max_trailer_bytes", (long long)PC_HTTP_MAX_TRAILER_BYTES},
        {"max_trailer_lines", PC_HTTP_MAX_TRAILER_LINES},
    };
    size_t i;
    lua_newtable(L);
    for (i = 0; i < sizeof limits / sizeof limits[0]; i++) {
        pc_pushinteger(L, limits[i].value);
        lua_setfield(L, -2, limits[i].name);
    }
}

static int l_http_tostring(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    lua_pushfstring(L, "pc.http (%s)", b->h != NULL ? "open" : "closed");
    return 1;
}

/* core.sleep_ms(ms): ms <= 0 returns at once. NaN, an infinity or over a year
 * (either sign) is refused (a raised argument error): casting them to time_t is
 * undefined behaviour, and no caller means to sleep that long. */
#define PC_SLEEP_MAX_MS (366.0 * 24 * 3600 * 1000)
static int l_sleep_ms(lua_State *L) {
    lua_Number ms = luaL_checknumber(L, 1);
    struct timespec ts, rem;
    if (!(ms >= -PC_SLEEP_MAX_MS && ms <= PC_SLEEP_MAX_MS)) /* NaN fails both */
        return luaL_argerror(L, 1, "a finite number of milliseconds up to a year expected");
    if (ms <= 0) return 0;
    ts.tv_sec = (time_t)(ms / 1000);
    ts.tv_nsec = (long)((ms - (lua_Number)ts.tv_sec * 1000) * 1000000);
    if (ts.tv_nsec > 999999999L) ts.tv_nsec = 999999999L;
    while (nanosleep(&ts, &rem) != 0 && errno == EINTR) ts = rem;
    return 0;
}

static int l_monotonic_ms(lua_State *L) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    lua_pushnumber(L, (lua_Number)ts.tv_sec * 1000 + (lua_Number)ts.tv_nsec / 1e6);
    return 1;
}

static const luaL_Reg http_methods[] = {{"request", l_http_request},
                                        {"close", l_http_close},
                                        {"buffer_bytes", l_http_buffer_bytes},
                                        {NULL, NULL}};

static const luaL_Reg http_funcs[] = {{"http_new", l_http_new},
                                      {"sleep_ms", l_sleep_ms},
                                      {"monotonic_ms", l_monotonic_ms},
                                      {NULL, NULL}};

static const luaL_Reg head_funcs[] = {{"http_request_head", l_http_request_head},
                                      {"http_parse_head", l_http_parse_head},
                                      {NULL, NULL}};

void pc_l_open_http(lua_State *L) {
    const luaL_Reg *r;
    if (luaL_newmetatable(L, PC_HTTP_MT)) {
        lua_pushcfunction(L, http_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, http_gc);
        lua_setfield(L, -2, "__close");
        lua_pushcfunction(L, l_http_tostring);
        lua_setfield(L, -2, "__tostring");
        pc_newlib(L, http_methods);
        lua_setfield(L, -2, "__index");
    }
    lua_pop(L, 1);
    pc_setfuncs(L, http_funcs);
    lua_newtable(L); /* the head functions' scratch holder */
    for (r = head_funcs; r->name != NULL; r++) {
        lua_pushvalue(L, -1);
        lua_pushcclosure(L, r->func, 1);
        lua_setfield(L, -3, r->name);
    }
    lua_pop(L, 1);
    push_limits(L);
    lua_setfield(L, -2, "http_limits");
}
