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
    cJSON *tree;         /* a document being written / output being pushed */
    pc_json_arena arena; /* response bodies are parsed here (pc/codec.h "Arena") */
    pc_vlist v;          /* violations */
    pc_buf path;         /* the path's text when a violation needs it */
    pc_buf out;          /* body text or message */
    pc_buf keys;         /* encoder: map keys being sorted */
    pc_error_info ei;    /* parse_error */
    pc_vmode mode;
    pc_vctx vc;     /* { mode, &path, &v, &frames } for the pc_check_* functions */
    pc_err enc_err; /* encoder: text without a JSON form (not a violation) */
    const char *enc_msg;
    char token[PC_UUID_LEN + 1]; /* encoder: the first idempotency token it made */
    /* encoder: the current path (pc/validate.h), a frame per level of
     * nesting and one more for an unknown member's name */
    pc_path_frames frames;
    pc_path_frame frame_store[PC_JSON_MAX_DEPTH + 4];
} pc_l_mctx;

/* A fresh context box, pushed. */
pc_l_mctx *pc_l_mctx_new(lua_State *L);
/* Ready for a call in `mode`: everything of a previous call released. */
void pc_l_mctx_reset(pc_l_mctx *c, pc_vmode mode);

/*
 * Lua value at idx -> JSON text of shape s appended to ctx->out, checked as
 * it is written (ctx->mode; pc/validate.h). Wrong Lua types and unknown
 * member names are violations in every mode, mode OFF included: nothing is
 * silently left out. nil for a structure is {}. tokens: fill the top-level
 * idempotency tokens the value lacks (the first goes to ctx->token).
 * The text is only meaningful when ctx->v.n == 0 and ctx->enc_err == PC_OK.
 */
void pc_l_encode(lua_State *L, pc_l_mctx *ctx, int idx, const pc_shape *s, int tokens);

/* Push the Lua value of a filtered output node of shape s (error fields). */
void pc_l_push_json(lua_State *L, const cJSON *v, const pc_shape *s);

/* Filter an unfiltered output tree (pc_deserialize_raw) by shape s and push
 * its Lua value in the same walk: the rules of pc_filter_output, non-lenient.
 * PC_OK with one value pushed, or PC_EPARSE with the reason in errbuf and
 * nothing pushed. names: stack index of a table of the model's member names
 * by member id (pc_member.id), pushed instead of made each time. */
pc_err pc_l_push_output(lua_State *L, const cJSON *v, const pc_shape *s, int names, char *errbuf);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#endif
