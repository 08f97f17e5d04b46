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
#if defined(__GNUC__)
#pragma GCC visibility push(hidden)  /* only luaopen_* leaves the module, even without -fvisibility */
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
void pc_buf_reset(pc_buf *b);                 /* len = 0, keeps capacity */
pc_err pc_buf_reserve(pc_buf *b, size_t extra);
pc_err pc_buf_append(pc_buf *b, const void *p, size_t n);
pc_err pc_buf_append_str(pc_buf *b, const char *s);
pc_err pc_buf_append_char(pc_buf *b, char c);
pc_err pc_buf_printf(pc_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
