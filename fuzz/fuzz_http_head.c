/*
 * The response head parser of the cosocket transport (pc_http_parse_head):
 * any bytes, in any split. Properties: fields and end lie inside the input;
 * the transport parses again as bytes arrive, so a prefix must never say
 * more than the whole: a prefix that is complete gives the whole's result,
 * and an error found on a prefix is the whole's error too.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pc/http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const pc_http_head_limits lim = {4096, 20, 3};
    const char *s = (const char *)data;
    pc_http_head whole, part;
    pc_err ew, ep;
    size_t split = size > 0 ? (size_t)data[0] * size / 256 : 0, i, n;
    pc_buf_init(&whole.fields);
    pc_buf_init(&part.fields);
    ew = pc_http_parse_head(s, size, &lim, &whole);
    if (ew == PC_ENOMEM) abort();
    if (ew == PC_OK && whole.complete) {
        const pc_http_field *f = (const pc_http_field *)(const void *)whole.fields.data;
        if (whole.end > size || whole.status < 100 || whole.status > 999) abort();
        n = whole.fields.len / sizeof *f;
        for (i = 0; i < n; i++)
            if (f[i].name + f[i].name_len > whole.end || f[i].value + f[i].value_len > whole.end ||
                f[i].name_len == 0)
                abort();
    }
    ep = pc_http_parse_head(s, split, &lim, &part);
    if (ep != PC_OK) {
        if (ep != ew || part.kind != whole.kind || strcmp(part.message, whole.message) != 0)
            abort();
    } else if (part.complete) {
        if (ew != PC_OK || !whole.complete || whole.end != part.end ||
            whole.status != part.status || whole.fields.len != part.fields.len)
            abort();
    }
    pc_buf_cleanup(&whole.fields);
    pc_buf_cleanup(&part.fields);
    return 0;
}
