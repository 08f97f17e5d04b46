/*
 * Lua binding of the crypto primitives (pc/crypto.h): sha1_hex, sha256, sha256_hex,
 * hmac_sha256, hex, base64_encode/decode, uuid4, random_bytes.
 * Fixed-size results live on the C stack; variable ones in pc_l_newbuf.
 */
#include "lbind.h"
#include "pc/crypto.h"

#define PC_RANDOM_MAX (1024 * 1024) /* random_bytes(n) upper bound */

static void raise_crypto(lua_State *L, pc_err e, const char *what) {
    luaL_error(L, "%s failed: %s", what, pc_err_text(e));
}

static int l_sha256(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    unsigned char md[PC_SHA256_LEN];
    pc_err e = pc_sha256(s, n, md);
    if (e != PC_OK) raise_crypto(L, e, "sha256");
    lua_pushlstring(L, (const char *)md, sizeof md);
    return 1;
}

static int l_sha256_hex(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    unsigned char md[PC_SHA256_LEN];
    char hex[PC_SHA256_HEX_LEN + 1];
    pc_err e = pc_sha256(s, n, md);
    if (e != PC_OK) raise_crypto(L, e, "sha256");
    lua_pushstring(L, pc_hex_encode(md, sizeof md, hex));
    return 1;
}

static int l_sha1_hex(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    char hex[PC_SHA1_HEX_LEN + 1];
    pc_err e = pc_sha1_hex(s, n, hex);
    if (e != PC_OK) raise_crypto(L, e, "sha1_hex");
    lua_pushstring(L, hex);
    return 1;
}

static int l_hmac_sha256(lua_State *L) {
    size_t kn, mn;
    const char *k = luaL_checklstring(L, 1, &kn);
    const char *m = luaL_checklstring(L, 2, &mn);
    unsigned char mac[PC_SHA256_LEN];
    pc_err e = pc_hmac_sha256(k, kn, m, mn, mac);
    if (e != PC_OK) raise_crypto(L, e, "hmac_sha256");
    lua_pushlstring(L, (const char *)mac, sizeof mac);
    pc_wipe(mac, sizeof mac);
    return 1;
}

static int l_hex(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    pc_buf *b = pc_l_newbuf(L);
    if (pc_hex_append(b, s, n) != PC_OK) return luaL_error(L, "hex: out of memory");
    lua_pushlstring(L, b->data, b->len);
    return 1;
}

static int l_base64_encode(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    pc_buf *b = pc_l_newbuf(L);
    if (pc_base64_encode(s, n, b) != PC_OK) return luaL_error(L, "base64_encode: out of memory");
    lua_pushlstring(L, b->data, b->len);
    return 1;
}

static int l_base64_decode(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    char errbuf[PC_ERRMAX] = "";
    pc_buf *b = pc_l_newbuf(L);
    pc_err e = pc_base64_decode(s, n, b, errbuf);
    if (e == PC_ENOMEM) return luaL_error(L, "base64_decode: out of memory");
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    lua_pushlstring(L, b->data, b->len);
    return 1;
}

static int l_uuid4(lua_State *L) {
    char u[PC_UUID_LEN + 1];
    pc_err e = pc_uuid4(u);
    if (e != PC_OK) raise_crypto(L, e, "uuid4");
    lua_pushlstring(L, u, PC_UUID_LEN);
    return 1;
}

static int l_random_bytes(lua_State *L) {
    long long n;
    pc_buf *b;
    pc_err e;
    if (!pc_tointeger(L, 1, &n)) return luaL_argerror(L, 1, "integer expected");
    luaL_argcheck(L, n >= 0 && n <= PC_RANDOM_MAX, 1, "out of range (0..1048576)");
    b = pc_l_newbuf(L);
    if (pc_buf_reserve(b, (size_t)n) != PC_OK) return luaL_error(L, "random_bytes: out of memory");
    e = pc_random_bytes(b->data, (size_t)n);
    if (e != PC_OK) raise_crypto(L, e, "random_bytes");
    lua_pushlstring(L, b->data, (size_t)n);
    return 1;
}

static const luaL_Reg funcs[] = {
    {"sha1_hex", l_sha1_hex},
    {"sha256", l_sha256},
    {"sha256_hex", l_sha256_hex},
    {"hmac_sha256", l_hmac_sha256},
    {"hex", l_hex},
    {"base64_encode", l_base64_encode},
    {"base64_decode", l_base64_decode},
    {"uuid4", l_uuid4},
    {"random_bytes", l_random_bytes},
    {NULL, NULL},
};

void pc_l_open_crypto(lua_State *L) { pc_setfuncs(L, funcs); }
