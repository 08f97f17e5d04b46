/*
 * Validation of arbitrary JSON against the request shape in default and
 * strict mode (regexes, UTF-8 counting, unions, paths), then idempotency
 * token filling and printing of the same tree.
 */
#include <stddef.h>
#include <stdint.h>
#include "fuzz_model_common.h"
#include "pc/codec.h"
#include "pc/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const pc_model *m = fuzz_model();
    const pc_shape *s = pc_model_shape(m, "PutThingRequest");
    cJSON *v = NULL;
    char errbuf[PC_ERRMAX], token[PC_UUID_LEN + 1];
    pc_vlist vl;
    pc_buf b;
    if (pc_json_parse((const char *)data, size, 1 << 16, &v, errbuf) != PC_OK) return 0;
    pc_vlist_init(&vl);
    pc_buf_init(&b);
    pc_validate(s, v, PC_VMODE_DEFAULT, &vl);
    pc_validate(s, v, PC_VMODE_STRICT, &vl);
    pc_validate(pc_model_shape(m, "ItemList"), v, PC_VMODE_STRICT, &vl);
    pc_vlist_sort(&vl);
    pc_vlist_format(&vl, &b);
    pc_fill_idempotency_tokens(s, v, token, errbuf);
    pc_buf_reset(&b);
    pc_json_print(v, &b);
    pc_buf_cleanup(&b);
    pc_vlist_cleanup(&vl);
    cJSON_Delete(v);
    return 0;
}
