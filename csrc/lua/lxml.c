/*
 * core.xml_fields(body, { "Name", ... } [, within]) -> { Name = text, ... } | nil, code, msg
 *   Text of the first element of each name (namespace prefixes ignored); names
 *   not present are absent from the table. With `within`, only elements inside
 *   an element of that name count: xml_fields(b, {"Code","Message"}, "Error").
 *   Codes: EPARSE (malformed XML, a DOCTYPE, nesting over 64), ETOOBIG (over 1 MiB).
 * The values may be secrets (SecretAccessKey): they are collected in scratch
 * buffers that are wiped when collected, and no message ever quotes the body.
 */
#include "lbind.h"
#include "pc/xml.h"

#define XML_MAX_LEN (1024u * 1024u)

static int l_xml_fields(lua_State *L) {
    size_t len, n, i;
    const char *body = luaL_checklstring(L, 1, &len);
    const char *within = luaL_optstring(L, 3, NULL);
    pc_xml_field f[PC_XML_MAX_FIELDS];
    char errbuf[PC_ERRMAX];
    pc_err e;
    luaL_checktype(L, 2, LUA_TTABLE);
    n = (size_t)pc_rawlen(L, 2);
    if (n == 0 || n > PC_XML_MAX_FIELDS)
        return luaL_argerror(L, 2, "1 to 16 element names expected");
    luaL_checkstack(L, (int)n + 4, "xml_fields");
    /* names stay valid: they are strings held by the argument table */
    for (i = 0; i < n; i++) {
        lua_rawgeti(L, 2, (int)i + 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            return luaL_argerror(L, 2, "element names must be strings");
        f[i].name = lua_tostring(L, -1);
        lua_pop(L, 1);
        f[i].value = pc_l_newbuf(L); /* stays on the stack until we return */
        f[i].found = 0;
    }
    e = pc_xml_fields(body, len, XML_MAX_LEN, within, f, n, errbuf);
    if (e != PC_OK) return pc_l_fail(L, e, errbuf);
    lua_createtable(L, 0, (int)n);
    for (i = 0; i < n; i++) {
        if (!f[i].found) continue;
        lua_pushlstring(L, f[i].value->len ? f[i].value->data : "", f[i].value->len);
        lua_setfield(L, -2, f[i].name);
    }
    return 1;
}

void pc_l_open_xml(lua_State *L) {
    lua_pushcfunction(L, l_xml_fields);
    lua_setfield(L, -2, "xml_fields");
}
