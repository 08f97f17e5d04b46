#ifndef PC_LUA_LMODEL_H
#define PC_LUA_LMODEL_H
/*
 * Private to the model binding (lmodel.c, lmodel_conv.c): the per-call
 * context box and the Lua <-> cJSON conversions guided by compiled shapes.
 */
#include <cjson/cJSON.h>
#include "lbind.h"
#include "ljson.h"
#include "pc/codec.h"
#include "pc/model.h"
#include "pc/validate.h"

#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif

/*
 * Everything one call allocates, owned by one userdata with __gc (STYLE B3:
 * box first, then allocate), so a Lua error raised at any point frees it.
 */
typedef struct pc_l_mctx {
    cJSON *tree;             /* input being built / output being pushed */
    pc_vlist v;              /* violations */
    pc_buf path;             /* current path while building */
    pc_buf out;              /* body text or message */
    pc_error_info ei;        /* parse_error */
    pc_vmode mode;
} pc_l_mctx;

pc_l_mctx *pc_l_mctx_new(lua_State *L);

/*
 * Lua value at idx -> cJSON node of shape s, attached to ctx->tree (root,
 * when parent is NULL) or to parent under key (object) / appended (array).
 * Wrong Lua types become violations plus a JSON null placeholder (skipped by
 * the validator); unknown member names become violations. Both are reported
 * in every mode, mode OFF included: nothing is silently left out.
 * Returns 0, or -1 when the root value itself was unusable.
 */
int pc_l_to_json(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s);

/* Push the Lua value of a filtered output node of shape s. */
void pc_l_push_json(lua_State *L, const cJSON *v, const pc_shape *s);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#endif
