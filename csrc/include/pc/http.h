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
#pragma GCC visibility push(hidden)  /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/buf.h"
#include "pc/err.h"

#define PC_HTTP_CONNECT_TIMEOUT_MS 5000L
#define PC_HTTP_TIMEOUT_MS 60000L
#define PC_HTTP_MAX_BODY ((size_t)64 * 1024 * 1024)

typedef struct pc_http pc_http;

typedef struct pc_http_header {
    const char *name;
    const char *value;
} pc_http_header;

typedef struct pc_http_req {
    const char *method;            /* "POST", "GET", ... */
    const char *url;
    const pc_http_header *headers; /* borrowed */
    size_t nheaders;
    const char *body;              /* may be NULL */
    size_t body_len;
    long timeout_ms;               /* <= 0: PC_HTTP_TIMEOUT_MS */
    long connect_timeout_ms;       /* <= 0: PC_HTTP_CONNECT_TIMEOUT_MS */
    size_t max_body;               /* 0: PC_HTTP_MAX_BODY */
    const char *ca_file;           /* NULL: system store */
    int verify;                    /* 0 turns peer/host verification off */
    const char *proxy;             /* NULL: curl's env vars (http_proxy, ...) */
} pc_http_req;

/* The caller owns both buffers (pc_buf_init / pc_buf_cleanup). */
typedef struct pc_http_resp {
    long status;
    pc_buf body;
    pc_buf headers; /* "name\0value\0" pairs, names lowercased, values trimmed */
} pc_http_resp;

/* NULL when curl cannot be initialised (out of memory). */
pc_http *pc_http_new(void);
void pc_http_free(pc_http *h);
/* One round trip. PC_ENETWORK / PC_ETIMEOUT / PC_ETLS / PC_ETOOBIG / PC_ENOMEM
 * with detail in errbuf (PC_ERRMAX bytes); PC_EINVAL for a URL whose scheme
 * is not http or https (libcurl is restricted to those two). */
pc_err pc_http_request(pc_http *h, const pc_http_req *req, pc_http_resp *resp, char *errbuf);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
