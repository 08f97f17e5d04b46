/*
 * HTTP/1.1 heads for the cosocket transport (see pc/http.h, "Heads"): the
 * request head written in one pass, and the response head read from bytes
 * already received. The rules are the ones that transport applied line by
 * line in Lua; here they run in one pass over a buffer.
 */
#include <stdio.h>
#include <string.h>
#include "pc/ascii.h"
#include "pc/http.h"

/* Lua's %s: the bytes isspace() accepts in the C locale. */
static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* ---- request head -------------------------------------------------------- */

static pc_err put(pc_buf *b, const char *p, size_t n) { return pc_buf_append(b, p, n); }

pc_err pc_http_build_head(pc_buf *out, const pc_http_head_req *r, size_t *bad_header) {
    size_t i;
    int have_host = 0, have_len = 0;
    char num[32];
    *bad_header = 0;
    pc_buf_reset(out);
    if (pc_buf_reserve(out, 256) != PC_OK) return PC_ENOMEM;
    put(out, r->method, strlen(r->method));
    put(out, " ", 1);
    put(out, r->path, strlen(r->path));
    put(out, " HTTP/1.1\r\n", 11);
    for (i = 0; i < r->nheaders; i++) {
        const pc_http_header *h = &r->headers[i];
        size_t nl = h->name_len, vl = h->value_len, k;
        char *w;
        /* CR or LF anywhere, ':' or whitespace in a name: a programmer error */
        for (k = 0; k < nl; k++)
            if (h->name[k] == ':' || is_space(h->name[k])) break;
        if (k < nl || strpbrk(h->value, "\r\n") != NULL) {
            *bad_header = i + 1;
            return PC_EINVAL;
        }
        if (pc_ascii_name_is(h->name, nl, "host")) have_host = 1;
        if (pc_ascii_name_is(h->name, nl, "content-length")) have_len = 1;
        /* "name: value\r\n" written in place: one reserve per line */
        if (out->cap - out->len <= nl + vl + 4 && pc_buf_reserve(out, nl + vl + 4) != PC_OK)
            return PC_ENOMEM;
        w = out->data + out->len;
        memcpy(w, h->name, nl);
        w += nl;
        *w++ = ':';
        *w++ = ' ';
        memcpy(w, h->value, vl);
        w += vl;
        *w++ = '\r';
        *w++ = '\n';
        *w = '\0';
        out->len += nl + vl + 4;
    }
    if (!have_host) {
        int v6 = strchr(r->host, ':') != NULL;
        int dflt = (strcmp(r->scheme, "https") == 0 && r->port == 443) ||
                   (strcmp(r->scheme, "http") == 0 && r->port == 80);
        put(out, "Host: ", 6);
        if (v6) put(out, "[", 1);
        put(out, r->host, strlen(r->host));
        if (v6) put(out, "]", 1);
        if (!dflt) {
            snprintf(num, sizeof num, ":%ld", r->port);
            put(out, num, strlen(num));
        }
        put(out, "\r\n", 2);
    }
    if (!have_len &&
        (r->body_len > 0 || strcmp(r->method, "POST") == 0 || strcmp(r->method, "PUT") == 0)) {
        snprintf(num, sizeof num, "Content-Length: %zu\r\n", r->body_len);
        put(out, num, strlen(num));
    }
    return put(out, "\r\n", 2);
}

/* ---- response head ------------------------------------------------------- */

/* The next line from *pos: its bytes without the line end (CRLF or a bare
 * LF), what it used with the line end; 0 when no line end has arrived. */
static int next_line(const char *buf, size_t len, size_t *pos, const char **line, size_t *n,
                     size_t *used) {
    const char *p = buf + *pos, *nl = (const char *)memchr(p, '\n', len - *pos);
    if (nl == NULL) return 0;
    *used = (size_t)(nl - p) + 1;
    *line = p;
    *n = (size_t)(nl - p);
    if (*n > 0 && p[*n - 1] == '\r') (*n)--;
    *pos += *used;
    return 1;
}

/* A bare CR or NUL inside a line: two readers could split it differently
 * (RFC 9112 section 2.2). */
static int bad_line(const char *p, size_t n) {
    return memchr(p, '\r', n) != NULL || memchr(p, '\0', n) != NULL;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static pc_err fail(pc_http_head *h, pc_err e, int kind, const char *msg) {
    h->kind = kind;
    snprintf(h->message, sizeof h->message, "%s", msg);
    return e;
}

static pc_err fail_n(pc_http_head *h, const char *what, long n, const char *unit) {
    h->kind = PC_HTTP_HEAD_BIG;
    snprintf(h->message, sizeof h->message, "%s %ld %s", what, n, unit);
    return PC_ETOOBIG;
}

/* "^([^:%s]+)%s*:%s*(.-)%s*$" of the line into a field. */
static int field_of(const char *buf, const char *p, size_t n, pc_http_field *f) {
    size_t i = 0, vs, ve;
    while (i < n && p[i] != ':' && !is_space(p[i])) i++;
    if (i == 0) return 0;
    f->name = (size_t)(p - buf);
    f->name_len = i;
    while (i < n && is_space(p[i])) i++;
    if (i >= n || p[i] != ':') return 0;
    i++;
    while (i < n && is_space(p[i])) i++;
    vs = i;
    ve = n;
    while (ve > vs && is_space(p[ve - 1])) ve--;
    f->value = (size_t)(p - buf) + vs;
    f->value_len = ve - vs;
    return 1;
}

pc_err pc_http_parse_head(const char *buf, size_t len, const pc_http_head_limits *lim,
                          pc_http_head *h) {
    size_t pos = 0, bytes = 0, lines = 0, interim = 0, used, n;
    const char *line;
    int first = 1;
    h->complete = 0;
    h->kind = PC_HTTP_HEAD_OK;
    h->message[0] = '\0';
    do {
        if (!first && ++interim > (size_t)lim->max_interim)
            return fail_n(h, "more than", lim->max_interim, "interim (1xx) answers");
        first = 0;
        if (!next_line(buf, len, &pos, &line, &n, &used)) {
            used = len - pos;
            goto incomplete;
        }
        if (bytes + used > lim->max_header_bytes) goto big;
        bytes += used;
        if (n < 12 || memcmp(line, "HTTP/", 5) != 0 || !is_digit(line[5]) || line[6] != '.' ||
            !is_digit(line[7]) || line[8] != ' ' || !is_digit(line[9]) || !is_digit(line[10]) ||
            !is_digit(line[11]) || bad_line(line, n))
            return fail(h, PC_EPARSE, PC_HTTP_HEAD_PARSE, "bad status line");
        memcpy(h->version, line + 5, 3);
        h->version[3] = '\0';
        h->status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        pc_buf_reset(&h->fields);
        for (;;) {
            pc_http_field f;
            if (!next_line(buf, len, &pos, &line, &n, &used)) {
                used = len - pos;
                goto incomplete;
            }
            if (bytes + used > lim->max_header_bytes) goto big;
            bytes += used;
            if (n == 0) break;
            if (++lines > (size_t)lim->max_header_lines)
                return fail_n(h, "more than", lim->max_header_lines, "response header lines");
            if (bad_line(line, n))
                return fail(h, PC_EPARSE, PC_HTTP_HEAD_PARSE,
                            "bare CR or NUL in a response header line");
            if (!field_of(buf, line, n, &f))
                return fail(h, PC_EPARSE, PC_HTTP_HEAD_PARSE, "bad header line");
            if (pc_buf_append(&h->fields, &f, sizeof f) != PC_OK) return PC_ENOMEM;
        }
    } while (h->status < 200 && h->status != 101);
    h->complete = 1;
    h->end = pos;
    return PC_OK;
incomplete:
    /* the bytes of an unfinished line count against the limit as they arrive */
    if (bytes + used > lim->max_header_bytes) goto big;
    return PC_OK;
big:
    return fail_n(h, "response headers are over", (long)lim->max_header_bytes, "bytes");
}
