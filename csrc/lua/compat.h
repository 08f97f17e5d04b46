#ifndef PC_LUA_COMPAT_H
#define PC_LUA_COMPAT_H
/*
 * The one compatibility header: Lua 5.4 and LuaJIT (OpenResty's 2.1 fork,
 * Lua 5.1 API + some 5.2 functions). Prefixed names only; the Lua API itself
 * is never redefined (LuaSocket / luasystem lesson).
 */
#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM >= 502
#define pc_rawlen(L, i) lua_rawlen((L), (i))
#else
#define pc_rawlen(L, i) lua_objlen((L), (i))
#endif

/* LuaJIT ships luaL_setfuncs; plain 5.1 does not. */
#if LUA_VERSION_NUM >= 502 || defined(LUAJIT_VERSION)
#define pc_setfuncs(L, l) luaL_setfuncs((L), (l), 0)
#else
static inline void pc_setfuncs(lua_State *L, const luaL_Reg *l) {
    for (; l->name != NULL; l++) {
        lua_pushcfunction(L, l->func);
        lua_setfield(L, -2, l->name);
    }
}
#endif

#define pc_newlib(L, l) (lua_newtable(L), pc_setfuncs((L), (l)))

/* Stack slots a C function may hold before lua_checkstack fails: LuaJIT
 * allows LUAI_MAXCSTACK (8000) per C call; Lua 5.4 grows a thread's stack
 * up to LUAI_MAXSTACK. */
#ifdef LUAI_MAXCSTACK
#define PC_C_STACK_MAX LUAI_MAXCSTACK
#else
#define PC_C_STACK_MAX LUAI_MAXSTACK
#endif

/* luaL_testudata exists in 5.2+ and in LuaJIT 2.1. */
#define pc_testudata(L, i, t) luaL_testudata((L), (i), (t))

/* A full userdata's one user value (Lua 5.4: the first of its user values;
 * LuaJIT: its environment table). set pops the value. */
static inline void pc_getuservalue(lua_State *L, int idx) {
#if LUA_VERSION_NUM >= 504
    lua_getiuservalue(L, idx, 1);
#elif LUA_VERSION_NUM >= 502
    lua_getuservalue(L, idx);
#else
    lua_getfenv(L, idx);
#endif
}

static inline void pc_setuservalue(lua_State *L, int idx) {
#if LUA_VERSION_NUM >= 504
    lua_setiuservalue(L, idx, 1);
#elif LUA_VERSION_NUM >= 502
    lua_setuservalue(L, idx);
#else
    lua_setfenv(L, idx);
#endif
}

/*
 * Integers. On 5.4 a value is an integer when lua_isinteger says so, or when
 * it is an integral float within +-2^53; on LuaJIT every number is a double
 * and the same +-2^53 rule applies. Returns 1 and sets *out on success.
 * The same rule on both VMs keeps the specs identical.
 */
#define PC_MAX_SAFE_INT 9007199254740992.0 /* 2^53 */
static inline int pc_tointeger(lua_State *L, int i, long long *out) {
    lua_Number n;
#if LUA_VERSION_NUM >= 503
    if (lua_isinteger(L, i)) {
        *out = (long long)lua_tointeger(L, i);
        return 1;
    }
#endif
    if (lua_type(L, i) != LUA_TNUMBER) return 0;
    n = lua_tonumber(L, i);
    if (n != n || n > PC_MAX_SAFE_INT || n < -PC_MAX_SAFE_INT) return 0;
    if ((lua_Number)(long long)n != n) return 0;
    *out = (long long)n;
    return 1;
}

/* Push an integer as a Lua integer where the VM has them. */
static inline void pc_pushinteger(lua_State *L, long long v) {
#if LUA_VERSION_NUM >= 503
    lua_pushinteger(L, (lua_Integer)v);
#else
    lua_pushnumber(L, (lua_Number)v);
#endif
}

#endif
