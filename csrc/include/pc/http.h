#ifndef PC_HTTP_H
#define PC_HTTP_H
/*
 * HTTP transport over libcurl. One pc_http per client object: it owns one
 * easy handle that is reused across requests, so keep-alive connections and
 * TLS sessions survive between calls. Never sees a lua_State; the write and
 * header callbacks only append to C buffers owned by the response.
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/buf.h"
#include "pc/codec.h" /* PC_MAX_BODY_DEFAULT: what the JSON parser accepts */
#include "pc/err.h"

#define PC_HTTP_CONNECT_TIMEOUT_MS 5000L
#define PC_HTTP_TIMEOUT_MS         60000L
/*
 * Limits on what a server may send for one request. Both transports use these
 * numbers (the ngx transport reads them from core.http_limits), so a hostile
 * or broken server meets the same bounds everywhere; past one of them the
 * call ends at once with PC_ETOOBIG.
 *   body: the parser's own cap, so nothing is downloaded that would then be
 *     refused (a body of exactly this size is accepted by both);
 *   header bytes/lines: status lines and header lines of every answer of the
 *     request, interim 1xx ones included (curl itself stops near 300 KB);
 *   interim: 1xx answers before the final one;
 *   trailer bytes/lines: the trailer section of a chunked body.
 */
#define PC_HTTP_MAX_BODY          PC_MAX_BODY_DEFAULT
#define PC_HTTP_MAX_HEADER_BYTES  ((size_t)256 * 1024)
#define PC_HTTP_MAX_HEADER_LINES  500
#define PC_HTTP_MAX_INTERIM       8
#define PC_HTTP_MAX_TRAILER_BYTES ((size_t)64 * 1024)
#define PC_HTTP_MAX_TRAILER_LINES 100
/* Response buffers larger than this are freed, not kept, between requests. */
#define PC_HTTP_KEEP_BUFFER ((size_t)64 * 1024)

typedef struct pc_http pc_http;

/* A request header: C strings (no NUL inside) with the lengths their caller
 * knows, so that no length is counted twice. */
typedef struct pc_http_header {
    const char *name;
    const char *value;
    size_t name_len, value_len;
} pc_http_header;

typedef struct pc_http_req {
    const char *method; /* "POST", "GET", ... */
    const char *url;
    const pc_http_header *headers; /* borrowed */
    size_t nheaders;
    const char *body; /* may be NULL */
    size_t body_len;
    long timeout_ms;         /* <= 0: PC_HTTP_TIMEOUT_MS */
    long connect_timeout_ms; /* <= 0: PC_HTTP_CONNECT_TIMEOUT_MS */
    size_t max_body;         /* 0: PC_HTTP_MAX_BODY */
    const char *ca_file;     /* NULL: system store */
    int verify;              /* 0 turns peer/host verification off */
    const char *proxy;       /* NULL: curl's env vars (http_proxy, ...) */
} pc_http_req;

typedef struct pc_http_field_rec {
    unsigned name_len, value_len; /* a line is at most curl's 100 KB */
} pc_http_field_rec;

/* The caller owns both buffers (pc_buf_init / pc_buf_cleanup). */
typedef struct pc_http_resp {
    long status;
    pc_buf body;
    /* per header: a pc_http_field_rec, then the name (lowercased) and the value
     * (trimmed), without terminators: no length is counted twice */
    pc_buf headers;
} pc_http_resp;

/* NULL when curl cannot be initialised (out of memory). */
pc_http *pc_http_new(void);
/* Also safe in a forked child: connections the handle holds are then released
 * without a byte sent on them (see pc_http_request). */
void pc_http_free(pc_http *h);
/*
 * One round trip. PC_ENETWORK / PC_ETIMEOUT / PC_ETOOBIG / PC_ENOMEM with
 * detail in errbuf (PC_ERRMAX bytes); PC_ETLS when TLS itself refuses (the
 * certificate does not verify, a CA file cannot be read, no common cipher):
 * not transient. PC_EPARSE for a bare CR or NUL in a response header line.
 * PC_EINVAL for a URL whose scheme is not http or https (libcurl is
 * restricted to those two).
 * Fork safety: a handle used in another process (fork) is replaced before the
 * request; the connections it holds are never used, nor closed in a way the
 * peer would see, by the new process. Buffers of resp above
 * PC_HTTP_KEEP_BUFFER are freed at the start of the call.
 */
pc_err pc_http_request(pc_http *h, const pc_http_req *req, pc_http_resp *resp, char *errbuf);
/* Frees resp's buffers when they grew over PC_HTTP_KEEP_BUFFER, else empties them. */
void pc_http_resp_trim(pc_http_resp *resp);

/*
 * Heads (http_head.c), for the cosocket transport, which does its own I/O.
 *
 * pc_http_build_head: "METHOD path HTTP/1.1", the headers as given ("Name:
 * value" each), then Host (when none was given: host, in brackets when it
 * holds a ':', with ":port" unless it is the scheme's default) and
 * Content-Length (when none was given and there is a body or the method is
 * POST or PUT), and the blank line, into out. A header whose name holds ':',
 * CR, LF or other whitespace, or whose value holds CR or LF, is refused:
 * PC_EINVAL with its 1-based index in *bad_header.
 */
typedef struct pc_http_head_req {
    const char *method, *path, *scheme, *host;
    long port;
    const pc_http_header *headers;
    size_t nheaders;
    size_t body_len;
} pc_http_head_req;
pc_err pc_http_build_head(pc_buf *out, const pc_http_head_req *r, size_t *bad_header);

/*
 * pc_http_parse_head: the head of the final answer at the start of buf
 * (interim 1xx answers skipped, 101 is final): lines end in CRLF or a bare
 * LF; the status line must start "HTTP/d.d ddd"; a header line is
 * "name: value" (name without ':' or whitespace, value trimmed); a bare CR
 * or NUL inside any line is refused. Limits (core.http_limits): the bytes of
 * every line of every head, line ends included, also while a line is still
 * arriving; header lines over all heads; interim answers.
 * PC_OK with h->complete = 1 (status, version "1.1", the fields of the final
 * head as offsets into buf, end: the offset of the first body byte), or
 * PC_OK with complete = 0 (more bytes needed); PC_EPARSE / PC_ETOOBIG with
 * h->kind and h->message; PC_ENOMEM. h->fields is the caller's (pc_buf_init
 * / cleanup).
 */
enum { PC_HTTP_HEAD_OK = 0, PC_HTTP_HEAD_PARSE, PC_HTTP_HEAD_BIG };
typedef struct pc_http_head_limits {
    size_t max_header_bytes;
    long max_header_lines, max_interim;
} pc_http_head_limits;
typedef struct pc_http_field {
    size_t name, name_len, value, value_len;
} pc_http_field;
typedef struct pc_http_head {
    int complete;
    int status;
    char version[4];
    size_t end;
    pc_buf fields; /* pc_http_field array */
    int kind;      /* PC_HTTP_HEAD_* of a failure */
    char message[96];
} pc_http_head;
pc_err pc_http_parse_head(const char *buf, size_t len, const pc_http_head_limits *lim,
                          pc_http_head *h);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
