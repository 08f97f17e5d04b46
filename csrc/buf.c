/* Growable byte buffer (see pc/buf.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>
#include "pc/buf.h"

void pc_buf_init(pc_buf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void pc_buf_cleanup(pc_buf *b) {
    free(b->data);
    pc_buf_init(b);
}

void pc_buf_cleanup_secure(pc_buf *b) {
    if (b->data != NULL) OPENSSL_cleanse(b->data, b->cap);
    pc_buf_cleanup(b);
}

void pc_buf_reset(pc_buf *b) {
    b->len = 0;
    if (b->data != NULL) b->data[0] = '\0';
}

pc_err pc_buf_reserve(pc_buf *b, size_t extra) {
    size_t need, cap;
    char *p;
    if (extra > ((size_t)-1) - b->len - 1) return PC_ENOMEM;
    need = b->len + extra + 1; /* +1 keeps room for the NUL */
    if (need <= b->cap) return PC_OK;
    cap = b->cap ? b->cap : 64;
    while (cap < need) cap = (cap > ((size_t)-1) / 2) ? need : cap * 2;
    /* malloc + copy + wipe instead of realloc: the old block may hold a
     * session token or a signing key, and realloc would hand it back to the
     * heap unwiped. */
    p = malloc(cap);
    if (p == NULL) return PC_ENOMEM;
    if (b->data != NULL) {
        memcpy(p, b->data, b->len + 1 <= b->cap ? b->len + 1 : b->len);
        OPENSSL_cleanse(b->data, b->cap);
        free(b->data);
    }
    b->data = p;
    b->cap = cap;
    return PC_OK;
}

pc_err pc_buf__append_grow(pc_buf *b, const void *p, size_t n) {
    if (pc_buf_reserve(b, n) != PC_OK) return PC_ENOMEM;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return PC_OK;
}

pc_err pc_buf_printf(pc_buf *b, const char *fmt, ...) {
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return PC_EINVAL;
    if (pc_buf_reserve(b, (size_t)n) != PC_OK) return PC_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return PC_OK;
}
