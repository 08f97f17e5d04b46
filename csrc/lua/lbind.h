#ifndef PC_LUA_BIND_H
#define PC_LUA_BIND_H
/*
 * Shared helpers of the binding layer (csrc/lua/). Only this layer sees a
 * lua_State; the core (the C files in csrc/) never does.
 */
#include "compat.h"
#include "pc/buf.h"
#include "pc/err.h"

#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif

/*
 * A pc_buf owned by a userdata with __gc, pushed on the stack: scratch
 * storage that is freed even when a Lua error unwinds (STYLE B3).
 * The buffer is wiped on collection, so it may hold secrets.
 */
pc_buf *pc_l_newbuf(lua_State *L);

/* Runtime failure, luv style: pushes nil, code, message; returns 3. */
int pc_l_fail(lua_State *L, pc_err e, const char *msg);

/* Each binding file adds its functions to the module table on top of the stack. */
void pc_l_open_crypto(lua_State *L); /* lcrypto.c: hashes, hmac, hex, base64, uuid */
void pc_l_open_sigv4(lua_State *L);  /* lsigv4.c: SigV4 / SigV4a sign and verify */
void pc_l_open_json(lua_State *L);   /* ljson.c: generic JSON <-> Lua, null sentinel */
void pc_l_open_model(lua_State *L);  /* lmodel.c: compiled models, validate, (de)serialize */
void pc_l_open_http(lua_State *L);   /* lhttp.c: libcurl transport */
void pc_l_open_xml(lua_State *L);    /* lxml.c: element text out of XML (libexpat) */
void pc_l_open_gzip(lua_State *L);   /* lgzip.c: request compression (zlib) */

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

/* The one exported symbol: `require "partnercentral.core"`. */
int luaopen_partnercentral_core(lua_State *L);

#endif
