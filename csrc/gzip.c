/*
 * gzip with zlib (see pc/gzip.h). deflateInit2 with windowBits 15 + 16 asks
 * zlib for the gzip wrapper; without deflateSetHeader its header has mtime 0
 * and no file name. The output is reserved up front from deflateBound, so a
 * single deflate(Z_FINISH) call completes; the stream is ended on every path.
 */
#include <limits.h>
#include <stdint.h>
#include <zlib.h>
#include "pc/gzip.h"

pc_err pc_gzip(const void *in, size_t len, pc_buf *out, char *errbuf) {
    z_stream zs;
    uLong bound;
    int rc;
    if (len > UINT_MAX / 2) return pc_err_set(errbuf, PC_EINVAL, "body too large to compress");
    zs.zalloc = Z_NULL;
    zs.zfree = Z_NULL;
    zs.opaque = Z_NULL;
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return pc_err_set(errbuf, PC_ENOMEM, "out of memory starting gzip");
    bound = deflateBound(&zs, (uLong)len);
    if (pc_buf_reserve(out, (size_t)bound) != PC_OK) { /* keeps room for a NUL too */
        deflateEnd(&zs);
        return pc_err_set(errbuf, PC_ENOMEM, "out of memory for the compressed body");
    }
    zs.next_in = (Bytef *)(uintptr_t)in; /* zlib does not write through next_in */
    zs.avail_in = (uInt)len;
    zs.next_out = (Bytef *)out->data + out->len;
    zs.avail_out = (uInt)(out->cap - out->len - 1);
    rc = deflate(&zs, Z_FINISH);
    if (rc == Z_STREAM_END) {
        out->len += (size_t)zs.total_out;
        out->data[out->len] = '\0';
    }
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return pc_err_set(errbuf, PC_ENOMEM, "gzip failed (zlib status %d)", rc);
    return PC_OK;
}
