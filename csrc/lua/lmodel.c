/* Placeholder: replaced by the model binding. */
#include "lbind.h"

void pc_l_open_model(lua_State *L) {
    (void)L;
}
