/*
 * luaopen_partnercentral_core: the module table of the C core. Every binding
 * file contributes its functions through pc_l_open_*; this file only owns
 * the shared helpers (scratch buffers, error returns) and the constants.
 */
#include <curl/curl.h>
#include "lbind.h"
#include "pc/proc.h"

/* The version comes from lua/partnercentral/version.lua (the Makefile and the
 * rockspec pass it): one place for the rockspecs, the User-Agent and this. */
#ifndef PC_VERSION
#error \
    "PC_VERSION is not defined: build with make or the rockspec (they read lua/partnercentral/version.lua)"
#endif
#define PC_BUF_MT "partnercentral.buf"

static int buf__gc(lua_State *L) {
    pc_buf *b = (pc_buf *)luaL_checkudata(L, 1, PC_BUF_MT);
    pc_buf_cleanup_secure(b);
    return 0;
}

pc_buf *pc_l_newbuf(lua_State *L) {
    pc_buf *b = (pc_buf *)lua_newuserdata(L, sizeof *b);
    pc_buf_init(b);
    if (luaL_newmetatable(L, PC_BUF_MT)) {
        lua_pushcfunction(L, buf__gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return b;
}

int pc_l_fail(lua_State *L, pc_err e, const char *msg) {
    lua_pushnil(L);
    lua_pushstring(L, pc_err_code(e));
    lua_pushstring(L, (msg != NULL && msg[0] != '\0') ? msg : pc_err_text(e));
    return 3;
}

/* core.codes = { OK = "OK", ENOMEM = "ENOMEM", ... } from the one list. */
static void push_codes(lua_State *L) {
    int i;
    lua_newtable(L);
    for (i = 0; i < PC_ERR__COUNT; i++) {
        lua_pushstring(L, pc_err_code((pc_err)i));
        lua_setfield(L, -2, pc_err_code((pc_err)i));
    }
}

/* core.getpid(): lets the Lua layer tell whether it runs in the process that made
 * it (fork safety of the credentials cache); no system call (pc/proc.h). */
static int l_getpid(lua_State *L) {
    pc_pushinteger(L, (long long)pc_pid());
    return 1;
}

__attribute__((visibility("default"))) int luaopen_partnercentral_core(lua_State *L) {
    /* libcurl must be initialised once, before any thread could use it. */
    static int curl_ready = 0;
    if (!curl_ready) {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            return luaL_error(L, "partnercentral.core: curl_global_init failed");
        curl_ready = 1;
    }
    lua_newtable(L);
    lua_pushliteral(L, "partnercentral.core");
    lua_setfield(L, -2, "_NAME");
    lua_pushliteral(L, PC_VERSION);
    lua_setfield(L, -2, "_VERSION");
    push_codes(L);
    lua_setfield(L, -2, "codes");
    lua_pushcfunction(L, l_getpid);
    lua_setfield(L, -2, "getpid");
    pc_l_open_crypto(L);
    pc_l_open_sigv4(L);
    pc_l_open_json(L);
    pc_l_open_model(L);
    pc_l_open_http(L);
    pc_l_open_xml(L);
    pc_l_open_gzip(L);
    return 1;
}
