/* Placeholder: replaced by the crypto binding. */
#include "lbind.h"

void pc_l_open_crypto(lua_State *L) {
    (void)L;
}
