/* Placeholder: replaced by the http binding. */
#include "lbind.h"

void pc_l_open_http(lua_State *L) {
    (void)L;
}
