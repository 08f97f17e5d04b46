/*
 * core.gzip(s) -> gzip bytes | nil, code, msg   (request compression; see
 * pc/gzip.h). The output goes into a scratch buffer owned by a userdata, so
 * an out-of-memory error raised by lua_pushlstring leaks nothing.
 */
#include "lbind.h"
#include "pc/gzip.h"

static int l_gzip(lua_State *L) {
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    char errbuf[PC_ERRMAX];
    pc_buf *out = pc_l_newbuf(L);
    pc_err e = pc_gzip(s, len, out, errbuf);
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    lua_pushlstring(L, out->data, out->len);
    return 1;
}

void pc_l_open_gzip(lua_State *L) {
    lua_pushcfunction(L, l_gzip);
    lua_setfield(L, -2, "gzip");
}
