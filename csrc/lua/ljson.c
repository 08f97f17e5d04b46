/* Placeholder: replaced by the json binding. */
#include "lbind.h"

void pc_l_open_json(lua_State *L) {
    (void)L;
}
