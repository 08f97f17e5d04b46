/*
 * pc_testfork: fork() for the fork-safety specs (spec/39-fork_spec.lua).
 * Test-only: compiled by the spec into a temp directory, never built into
 * partnercentral.core nor installed.
 *   f.fork() -> 0 in the child, the child's pid in the parent
 *   f.wait(pid) -> exit status (128 + signal when killed)
 *   f.exit(code) -> _exit(code): a child leaves without running the parent's
 *                   atexit handlers or closing the Lua state
 */
#include <stdio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <lua.h>
#include <lauxlib.h>

static int l_fork(lua_State *L) {
    pid_t p;
    fflush(NULL);
    p = fork();
    if (p < 0) return luaL_error(L, "fork failed");
    lua_pushinteger(L, (lua_Integer)p);
    return 1;
}

static int l_wait(lua_State *L) {
    pid_t p = (pid_t)luaL_checkinteger(L, 1);
    int st = 0;
    if (waitpid(p, &st, 0) < 0) return luaL_error(L, "waitpid failed");
    lua_pushinteger(L, WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
    return 1;
}

static int l_exit(lua_State *L) {
    int code = (int)luaL_optinteger(L, 1, 0);
    fflush(NULL);
    _exit(code);
    return 0;
}

int luaopen_pc_testfork(lua_State *L);
int luaopen_pc_testfork(lua_State *L) {
    lua_newtable(L);
    lua_pushcfunction(L, l_fork);
    lua_setfield(L, -2, "fork");
    lua_pushcfunction(L, l_wait);
    lua_setfield(L, -2, "wait");
    lua_pushcfunction(L, l_exit);
    lua_setfield(L, -2, "exit");
    return 1;
}
