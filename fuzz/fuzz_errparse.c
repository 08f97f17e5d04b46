/*
 * Error responses: input = 2 bytes of HTTP status, a header line ending in
 * '\n' (empty = no X-Amzn-ErrorType), then the body.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "fuzz_model_common.h"
#include "pc/codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const pc_model *m = fuzz_model();
    const pc_operation *op;
    pc_error_info ei;
    char header[256];
    const uint8_t *nl;
    size_t hlen;
    int status;
    if (size < 2) return 0;
    status = 100 + (data[0] << 8 | data[1]) % 500;
    data += 2;
    size -= 2;
    nl = (const uint8_t *)memchr(data, '\n', size);
    hlen = nl ? (size_t)(nl - data) : 0;
    if (hlen >= sizeof header) hlen = sizeof header - 1;
    memcpy(header, data, hlen);
    header[hlen] = '\0';
    if (nl) {
        size -= (size_t)(nl + 1 - data);
        data = nl + 1;
    }
    /* the status's low bit picks "any error of the service" or the first
     * operation (only its own errors carry traits) */
    op = (status & 1) ? NULL : pc_model_operation_at(m, 0);
    pc_error_info_init(&ei);
    pc_parse_error(m, op, status, hlen ? header : NULL, (const char *)data, size, &ei);
    pc_error_info_cleanup(&ei);
    return 0;
}
