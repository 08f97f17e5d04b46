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
#include "pc/http.h"

#define PC_HTTP_MT "pc.http"

/* Box first (STYLE B3): the userdata exists before curl_easy_init runs, so
 * a Lua error at any point leaves nothing unowned. The response buffers live
 * in the box and are reused by every request of the handle. */
typedef struct http_box {
    pc_http *h;
    pc_http_resp resp;
} http_box;

static int http_gc(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    if (b->h != NULL) { pc_http_free(b->h); b->h = NULL; }
    pc_buf_cleanup(&b->resp.body);
    pc_buf_cleanup(&b->resp.headers);
    return 0;
}

static int l_http_new(lua_State *L) {
    http_box *b = (http_box *)lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    pc_buf_init(&b->resp.body);
    pc_buf_init(&b->resp.headers);
    luaL_getmetatable(L, PC_HTTP_MT);
    lua_setmetatable(L, -2);
    b->h = pc_http_new();
    if (b->h == NULL) return luaL_error(L, "http_new: curl initialisation failed");
    return 1;
}

static const char *opt_string(lua_State *L, int t, const char *k) {
    const char *s = NULL;
    lua_getfield(L, t, k);
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "request.%s must be a string", k);
        s = lua_tostring(L, -1);
    }
    lua_pop(L, 1); /* the string stays alive: the request table holds it */
    return s;
}

/* A non-negative count (milliseconds, bytes) up to PC_HTTP_OPT_MAX; NaN, an
 * infinity or a value out of range is a programmer error, never a cast with
 * undefined behaviour. nil gives 0 (the core's default). */
#define PC_HTTP_OPT_MAX 1e15
static long long opt_count(lua_State *L, int t, const char *k) {
    long long v = 0;
    lua_Number d;
    lua_getfield(L, t, k);
    if (!lua_isnil(L, -1) && !pc_tointeger(L, -1, &v)) {
        if (lua_type(L, -1) != LUA_TNUMBER) luaL_error(L, "request.%s must be a number", k);
        d = lua_tonumber(L, -1);
        if (!(d >= 0 && d <= PC_HTTP_OPT_MAX)) luaL_error(L, "request.%s must be a finite number >= 0", k);
        v = (long long)d;
    }
    if (v < 0 || (double)v > PC_HTTP_OPT_MAX) luaL_error(L, "request.%s must be a finite number >= 0", k);
    lua_pop(L, 1);
    return v;
}

static int l_http_request(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    pc_http_req req;
    pc_http_header *hs = NULL;
    char errbuf[PC_ERRMAX];
    size_t n = 0, i, off;
    pc_err e;
    int verify, is_num;

    /* 1: checks and borrows (all may raise; nothing allocated outside Lua yet) */
    if (b->h == NULL) return luaL_error(L, "http handle is closed");
    luaL_checktype(L, 2, LUA_TTABLE);
    memset(&req, 0, sizeof req);
    req.method = opt_string(L, 2, "method");
    req.url = opt_string(L, 2, "url");
    if (req.method == NULL) req.method = "GET";
    if (req.url == NULL) return luaL_error(L, "request.url is required");
    lua_getfield(L, 2, "body");
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TSTRING) return luaL_error(L, "request.body must be a string");
        req.body = lua_tolstring(L, -1, &req.body_len);
    }
    lua_pop(L, 1);
    req.timeout_ms = (long)opt_count(L, 2, "timeout_ms");
    req.connect_timeout_ms = (long)opt_count(L, 2, "connect_timeout_ms");
    req.max_body = (size_t)opt_count(L, 2, "max_body");
    req.ca_file = opt_string(L, 2, "ca_file");
    req.proxy = opt_string(L, 2, "proxy");
    lua_getfield(L, 2, "verify");
    verify = lua_isnil(L, -1) ? 1 : lua_toboolean(L, -1);
    lua_pop(L, 1);
    req.verify = verify;

    lua_getfield(L, 2, "headers"); /* stack: box req headers */
    if (!lua_isnil(L, -1)) {
        luaL_checktype(L, -1, LUA_TTABLE);
        n = pc_rawlen(L, -1);
        /* scratch array owned by the GC */
        hs = (pc_http_header *)lua_newuserdata(L, (n > 0 ? n : 1) * sizeof *hs);
        /* stack 5: anchors the strings converted from numbers. lua_tostring
         * converts the popped stack copy, not the caller's table entry, so
         * without an anchor hs[i].value would point into collectable memory
         * (and the caller's table is left as it was). */
        lua_newtable(L);
        for (i = 0; i < n; i++) {
            lua_rawgeti(L, 3, (int)i + 1);
            if (lua_type(L, -1) != LUA_TTABLE) return luaL_error(L, "request.headers[%d] must be {name, value}", (int)i + 1);
            lua_rawgeti(L, -1, 1);
            lua_rawgeti(L, -2, 2);
            if (lua_type(L, -2) != LUA_TSTRING || (lua_type(L, -1) != LUA_TSTRING && lua_type(L, -1) != LUA_TNUMBER))
                return luaL_error(L, "request.headers[%d] must be {name, value}", (int)i + 1);
            is_num = lua_type(L, -1) == LUA_TNUMBER;
            hs[i].name = lua_tostring(L, -2);
            hs[i].value = lua_tostring(L, -1);
            if (strpbrk(hs[i].name, "\r\n:") != NULL || strpbrk(hs[i].value, "\r\n") != NULL)
                return luaL_error(L, "request.headers[%d] contains CR, LF or ':'", (int)i + 1);
            if (is_num) {
                lua_pushvalue(L, -1);        /* the slot now holds the converted string */
                lua_rawseti(L, 5, (int)i + 1);
            }
            lua_pop(L, 3);
        }
    }
    req.headers = hs;
    req.nheaders = n;

    /* 2: compute (never raises) */
    e = pc_http_request(b->h, &req, &b->resp, errbuf);
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);

    /* 3: push status, headers, body */
    pc_pushinteger(L, (long long)b->resp.status);
    lua_newtable(L);
    off = 0;
    while (off < b->resp.headers.len) {
        const char *name = b->resp.headers.data + off;
        size_t nl = strlen(name);
        const char *val = name + nl + 1;
        size_t vl = strlen(val);
        /* repeated headers are joined with ", " as HTTP allows */
        lua_getfield(L, -1, name);
        if (lua_isstring(L, -1)) {
            lua_pushliteral(L, ", ");
            lua_pushlstring(L, val, vl);
            lua_concat(L, 3);
        } else {
            lua_pop(L, 1);
            lua_pushlstring(L, val, vl);
        }
        lua_setfield(L, -2, name);
        off += nl + 1 + vl + 1;
    }
    lua_pushlstring(L, b->resp.body.data != NULL ? b->resp.body.data : "", b->resp.body.len);
    /* a big answer must not pin memory in the reused buffers until the next call */
    pc_http_resp_trim(&b->resp);
    return 3;
}

/* h:buffer_bytes() -> bytes the handle's response buffers hold (diagnostics,
 * and the specs that check an oversized answer gives its memory back). */
static int l_http_buffer_bytes(lua_State *L) {
    http_box *b = (http_box *)luaL_checkudata(L, 1, PC_HTTP_MT);
    pc_pushinteger(L, (long long)(b->resp.body.cap + b->resp.headers.cap));
    return 1;
}

static int l_http_close(lua_State *L) {
    return http_gc(L);
}

/* core.http_limits: the limits of pc/http.h, which the ngx transport applies too. */
static void push_limits(lua_State *L) {
    static const struct { const char *name; long long value; } limits[] = {
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
    if (!(ms >= -PC_SLEEP_MAX_MS && ms <= PC_SLEEP_MAX_MS))   /* NaN fails both */
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

static const luaL_Reg http_methods[] = {
    {"request", l_http_request}, {"close", l_http_close}, {"buffer_bytes", l_http_buffer_bytes},
    {NULL, NULL}};

static const luaL_Reg http_funcs[] = {
    {"http_new", l_http_new}, {"sleep_ms", l_sleep_ms}, {"monotonic_ms", l_monotonic_ms}, {NULL, NULL}};

void pc_l_open_http(lua_State *L) {
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
    push_limits(L);
    lua_setfield(L, -2, "http_limits");
}
