/* Placeholder: replaced by the sigv4 binding. */
#include "lbind.h"

void pc_l_open_sigv4(lua_State *L) {
    (void)L;
}
