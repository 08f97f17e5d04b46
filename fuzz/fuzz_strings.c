/*
 * The JSON string writer the request encoder uses (pc_json_string_write): for
 * any bytes, the code point count and the NUL flag it returns from its one
 * pass must agree with pc_utf8_count and memchr, and what it writes for valid
 * UTF-8 must be a JSON string that cJSON reads back as the same bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pc/codec.h"
#include "pc/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    pc_buf b;
    long n = 0;
    int nul = 0;
    pc_err e;
    pc_buf_init(&b);
    e = pc_json_string_write(&b, s, size, &n, &nul);
    if (e == PC_ENOMEM) abort();
    if (n != pc_utf8_count(s, size)) abort();
    if (nul != (memchr(s, 0, size) != NULL)) abort();
    if ((e == PC_OK) != (n >= 0)) abort();
    if (e == PC_OK && !nul) {
        cJSON *v = cJSON_ParseWithLength(b.data, b.len);
        if (!cJSON_IsString(v) || strlen(v->valuestring) != size ||
            memcmp(v->valuestring, s, size) != 0)
            abort();
        cJSON_Delete(v);
    }
    pc_buf_cleanup(&b);
    return 0;
}
