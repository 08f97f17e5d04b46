#ifndef PC_GZIP_H
#define PC_GZIP_H
/*
 * Request compression (Smithy `requestCompression` trait, botocore
 * "requestcompression"): the body as one gzip member (RFC 1952) made by zlib.
 * The gzip header carries no name and a zero mtime, so the same body always
 * gives the same bytes (and the same signature).
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/buf.h"
#include "pc/err.h"

/* gzip of in[0..len) appended to out. PC_ENOMEM, or PC_EINVAL for inputs
 * zlib cannot take in one call (4 GiB and more); detail in errbuf. */
pc_err pc_gzip(const void *in, size_t len, pc_buf *out, char *errbuf);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
