#ifndef PC_BUF_H
#define PC_BUF_H
/*
 * Growable byte buffer used by every core stage. Caller-owned struct:
 * pc_buf_init() then any appends, then pc_buf_cleanup() (or
 * pc_buf_cleanup_secure() when it held key material). `data` is always
 * NUL-terminated after a successful append, so it can be printed, but `len`
 * is authoritative (bodies may contain NUL). Growing never uses realloc:
 * the old block is wiped (OPENSSL_cleanse) before it is freed, so a buffer
 * that held a secret leaves no stale copy behind when it grows.
 */
#include <stddef.h>
#include <string.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/err.h"

typedef struct pc_buf {
    char *data;
    size_t len;
    size_t cap;
} pc_buf;

void pc_buf_init(pc_buf *b);
void pc_buf_cleanup(pc_buf *b);
/* Wipes the bytes (OPENSSL_cleanse) before freeing: for secrets. */
void pc_buf_cleanup_secure(pc_buf *b);
void pc_buf_reset(pc_buf *b); /* len = 0, keeps capacity */
pc_err pc_buf_reserve(pc_buf *b, size_t extra);
/* The appends grow through this (out of line); with room at hand they only copy. */
pc_err pc_buf__append_grow(pc_buf *b, const void *p, size_t n);

static inline pc_err pc_buf_append(pc_buf *b, const void *p, size_t n) {
    if (b->cap - b->len > n) { /* room for n bytes and the NUL (cap 0: grow) */
        if (n) memcpy(b->data + b->len, p, n);
        b->len += n;
        b->data[b->len] = '\0';
        return PC_OK;
    }
    return pc_buf__append_grow(b, p, n);
}

static inline pc_err pc_buf_append_str(pc_buf *b, const char *s) {
    return pc_buf_append(b, s, strlen(s));
}

static inline pc_err pc_buf_append_char(pc_buf *b, char c) {
    if (b->cap - b->len > 1) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return PC_OK;
    }
    return pc_buf__append_grow(b, &c, 1);
}
pc_err pc_buf_printf(pc_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
