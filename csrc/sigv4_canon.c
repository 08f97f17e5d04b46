/*
 * SigV4 canonicalisation of the pieces of a request (doc/protocol.md §9.1):
 * URI encoding, the canonical URI (dot-segment removal + double encoding),
 * the canonical query string and header value trimming. Pure functions over
 * borrowed bytes; the fuzz target drives these directly.
 */
#include <stdlib.h>
#include <string.h>
#include "pc/sigv4.h"
#include "pc/swar.h"

static const char HEXU[] = "0123456789ABCDEF";

/* RFC 3986 unreserved: A-Z a-z 0-9 - _ . ~ (never encoded by SigV4). */
static int is_unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

/* SigV4 value whitespace: ASCII isspace, as aws-c-auth (botocore also splits on these). */
static int is_ws(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Encodes every byte except unreserved (and '/', '%' as asked): uppercase %XX. */
static pc_err encode_into(pc_buf *out, const char *s, size_t n, int keep_slash, int keep_pct) {
    size_t i;
    char *o;
    /* worst case 3 bytes per input byte */
    if (n > ((size_t)-1) / 3 - 1 || pc_buf_reserve(out, 3 * n) != PC_OK) return PC_ENOMEM;
    o = out->data + out->len;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_unreserved(c) || (keep_slash && c == '/') || (keep_pct && c == '%')) {
            *o++ = (char)c;
        } else {
            *o++ = '%';
            *o++ = HEXU[c >> 4];
            *o++ = HEXU[c & 15];
        }
    }
    out->len = (size_t)(o - out->data);
    out->data[out->len] = '\0';
    return PC_OK;
}

pc_err pc_sigv4_uri_encode(pc_buf *out, const char *s, size_t n, int keep_slash) {
    return encode_into(out, s, n, keep_slash, 0);
}

/* 1 when s has no byte at or below ' ' (every SigV4 whitespace byte is one):
 * then its canonical form is s itself. Eight bytes at a time. */
static int no_space_or_control(const char *s, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (pc_swar_has_less(w, 0x21)) return 0; /* maybe: the byte loop decides */
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] <= ' ') return 0;
    return 1;
}

pc_err pc_sigv4_canonical_value(pc_buf *out, const char *s, size_t n) {
    size_t i = 0, end = n;
    char *o;
    int pending_space = 0;
    if (no_space_or_control(s, n)) return pc_buf_append(out, s, n); /* the usual value */
    while (i < end && is_ws((unsigned char)s[i])) i++;              /* trim left */
    while (end > i && is_ws((unsigned char)s[end - 1])) end--;      /* trim right */
    if (pc_buf_reserve(out, end - i) != PC_OK) return PC_ENOMEM;
    o = out->data + out->len;
    for (; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_ws(c)) { /* collapse each internal run to one space */
            pending_space = 1;
            continue;
        }
        if (pending_space) *o++ = ' ';
        pending_space = 0;
        *o++ = (char)c;
    }
    out->len = (size_t)(o - out->data);
    out->data[out->len] = '\0';
    return PC_OK;
}

/*
 * RFC 3986 dot-segment removal in the botocore/aws-c-auth flavour: '.' and
 * empty segments vanish, '..' pops one (never above the root), a leading '/'
 * is kept, and a trailing '/' is kept when the input had one and segments
 * remain. Writes into work.
 */
static pc_err normalize_path(pc_buf *work, const char *p, size_t n) {
    size_t i = 0;
    int trailing = n > 0 && p[n - 1] == '/';
    pc_buf_reset(work);
    if (pc_buf_reserve(work, n + 2) != PC_OK) return PC_ENOMEM;
    while (i < n) {
        size_t j = i, seglen;
        while (j < n && p[j] != '/') j++;
        seglen = j - i;
        if (seglen == 0 || (seglen == 1 && p[i] == '.')) {
            /* skip */
        } else if (seglen == 2 && p[i] == '.' && p[i + 1] == '.') {
            while (work->len > 0 && work->data[work->len - 1] != '/') work->len--;
            if (work->len > 0) work->len--; /* drop the '/' before the popped segment */
        } else {
            work->data[work->len++] = '/';
            memcpy(work->data + work->len, p + i, seglen);
            work->len += seglen;
        }
        i = j + 1;
    }
    if (work->len == 0 || trailing) work->data[work->len++] = '/';
    work->data[work->len] = '\0';
    return PC_OK;
}

pc_err pc_sigv4_canonical_uri(pc_buf *out, pc_buf *work, pc_strv path, unsigned flags) {
    const char *p = path.p;
    size_t n = path.n;
    pc_err e;
    if (n == 0) return pc_buf_append_char(out, '/');
    if (flags & PC_SIGV4_NORMALIZE_PATH) {
        if ((e = normalize_path(work, p, n)) != PC_OK) return e;
        p = work->data;
        n = work->len;
    }
    if (flags & PC_SIGV4_DOUBLE_ENCODE) return encode_into(out, p, n, 1, 0);
    /* S3 style: the path is already encoded once; only bytes that may not
     * appear in a URI (space, controls, non-ASCII) are encoded. */
    return encode_into(out, p, n, 1, 1);
}

/* Percent-decodes s into b (only %XX; a bad escape is kept literally). */
static pc_err pct_decode(pc_buf *b, const char *s, size_t n) {
    size_t i;
    if (pc_buf_reserve(b, n) != PC_OK) return PC_ENOMEM;
    for (i = 0; i < n; i++) {
        int hi, lo;
        if (s[i] == '%' && i + 2 < n && (hi = pc_hexval((unsigned char)s[i + 1])) >= 0 &&
            (lo = pc_hexval((unsigned char)s[i + 2])) >= 0) {
            b->data[b->len++] = (char)(hi << 4 | lo);
            i += 2;
        } else {
            b->data[b->len++] = s[i];
        }
    }
    b->data[b->len] = '\0';
    return PC_OK;
}

/* One query parameter after re-encoding: offsets into the work buffer while
 * it grows, then pointers once it is final (qsort has no context argument). */
typedef struct qparam {
    size_t k, klen, v, vlen;
    const char *kp, *vp;
} qparam;

static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    if (c != 0) return c;
    return an < bn ? -1 : (an > bn ? 1 : 0);
}

static int cmp_param(const void *pa, const void *pb) {
    const qparam *a = (const qparam *)pa, *b = (const qparam *)pb;
    int c = bytes_cmp(a->kp, a->klen, b->kp, b->klen);
    if (c != 0) return c;
    return bytes_cmp(a->vp, a->vlen, b->vp, b->vlen);
}

/* Decode + re-encode one component into work; returns its offset via *off. */
static pc_err reencode(pc_buf *work, pc_buf *tmp, const char *s, size_t n, size_t *off,
                       size_t *len) {
    pc_err e;
    pc_buf_reset(tmp);
    if ((e = pct_decode(tmp, s, n)) != PC_OK) return e;
    *off = work->len;
    if ((e = encode_into(work, tmp->data, tmp->len, 0, 0)) != PC_OK) return e;
    *len = work->len - *off;
    return PC_OK;
}

/*
 * Canonical query: split on '&' (empty pieces dropped), each at the first
 * '=', decode then re-encode both sides, sort by key then value in byte
 * order, join "k=v" with '&' ("k=" when there is no value).
 */
pc_err pc_sigv4_canonical_query(pc_buf *out, pc_buf *work, pc_strv query) {
    pc_buf tmp, params;
    size_t i = 0, np = 0, k;
    pc_err e = PC_OK;
    qparam *ps;
    if (query.n == 0) return PC_OK;
    pc_buf_init(&tmp);
    pc_buf_init(&params);
    pc_buf_reset(work);
    while (i <= query.n && e == PC_OK) {
        size_t j = i, eq;
        qparam q = {0, 0, 0, 0, NULL, NULL};
        while (j < query.n && query.p[j] != '&') j++;
        if (j > i) {
            for (eq = i; eq < j && query.p[eq] != '='; eq++) {}
            e = reencode(work, &tmp, query.p + i, eq - i, &q.k, &q.klen);
            if (e == PC_OK)
                e = reencode(work, &tmp, query.p + eq + (eq < j), j - eq - (eq < j), &q.v, &q.vlen);
            if (e == PC_OK) e = pc_buf_append(&params, &q, sizeof q);
            np++;
        }
        i = j + 1;
    }
    if (e != PC_OK || np == 0) goto cleanup;
    ps = (qparam *)(void *)params.data;
    for (k = 0; k < np; k++) {
        ps[k].kp = work->data + ps[k].k;
        ps[k].vp = work->data + ps[k].v;
    }
    qsort(ps, np, sizeof *ps, cmp_param);
    for (k = 0; k < np && e == PC_OK; k++) {
        if (k > 0) e = pc_buf_append_char(out, '&');
        if (e == PC_OK) e = pc_buf_append(out, ps[k].kp, ps[k].klen);
        if (e == PC_OK) e = pc_buf_append_char(out, '=');
        if (e == PC_OK) e = pc_buf_append(out, ps[k].vp, ps[k].vlen);
    }
cleanup:
    pc_buf_cleanup(&tmp);
    pc_buf_cleanup(&params);
    return e;
}
