/*
 * Response bodies -> filtered tree (what cm:deserialize runs before the
 * binding pushes Lua values): parse with the size cap (number texts matched
 * to their nodes), filter by the output shape (strict and lenient), print the
 * result again.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "fuzz_model_common.h"
#include "pc/codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every number that kept its source text (pc/codec.h "Numbers") must hold
 * the value cJSON read: the text was matched to the right node. */
static void check_number_text(const cJSON *v) {
    const cJSON *c;
    if (cJSON_IsNumber(v) && v->valuestring != NULL) {
        double d = strtod(v->valuestring, NULL);
        if (!(d == v->valuedouble || (d != d && v->valuedouble != v->valuedouble))) abort();
    }
    for (c = v->child; c != NULL; c = c->next) check_number_text(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const pc_model *m = fuzz_model();
    const char *shapes[] = {"PutThingResponse", "ItemList", "TagMap", "Choice", "IsoTime"};
    char errbuf[PC_ERRMAX];
    size_t i;
    {
        cJSON *raw = NULL;
        if (pc_json_parse((const char *)data, size, 1 << 16, &raw, errbuf) == PC_OK) check_number_text(raw);
        cJSON_Delete(raw);
    }
    for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        const pc_shape *s = pc_model_shape(m, shapes[i]);
        cJSON *v = NULL;
        pc_err e;
        if (s->type == PC_T_STRUCTURE) {
            e = pc_deserialize(s, (const char *)data, size, 1 << 16, &v, errbuf);
        } else {
            e = pc_json_parse((const char *)data, size, 1 << 16, &v, errbuf);
            if (e == PC_OK) e = pc_filter_output_ex(s, v, (int)(i & 1), errbuf);
        }
        if (e == PC_OK) {
            pc_buf b;
            pc_buf_init(&b);
            pc_json_print(v, &b);
            pc_buf_cleanup(&b);
        }
        cJSON_Delete(v);
    }
    return 0;
}
