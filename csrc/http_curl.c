/*
 * libcurl transport: one reused easy handle per pc_http (keep-alive),
 * callbacks that only touch C buffers, curl errors mapped to pc_err.
 * Every answer is bounded (pc/http.h limits) while it is read, and a handle
 * is never shared across fork().
 */
#include <ctype.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#include <curl/curl.h>
#include "pc/ascii.h"
#include "pc/crypto.h" /* pc_wipe */
#include "pc/http.h"
#include "pc/proc.h" /* pc_pid */

/* Per-request state the callbacks see. */
typedef struct xfer {
    CURL *curl;
    pc_http_resp *resp;
    size_t max_body;
    size_t header_bytes, header_lines, trailer_bytes, trailer_lines;
    int interim;         /* 1xx answers seen */
    int status;          /* of the answer whose headers are being read */
    int in_trailers;     /* the final answer's header block has ended */
    const char *too_big; /* what went over its limit (NULL: nothing) */
    int bad_line;
    int oom;
} xfer;

/*
 * The sockets the handle's connections use (opened and closed through our
 * callbacks), so that a forked child can detach from them; see forget_fork.
 * And what curl keeps pointers to between requests: the callbacks' state, the
 * error buffer, the header lines and their list nodes (no allocation per
 * request once they are big enough), plus the options the handle was set up
 * with, so that a request with the same ones sets only what changes.
 */
struct pc_http {
    CURL *curl;
    pid_t owner; /* the process that created curl */
    int *fds;
    size_t nfds, capfds;
    xfer x;
    char cerr[CURL_ERROR_SIZE];
    pc_buf lines;             /* "Name: value\0" back to back */
    struct curl_slist *nodes; /* one per line (+2: Expect, Accept), pointing into lines */
    size_t cap_nodes;
    pc_buf setup, next_setup; /* the options of the handle (empty: none yet), of this request */
};

static size_t on_body(char *p, size_t size, size_t n, void *ud) {
    xfer *x = (xfer *)ud;
    size_t len = size * n;
    curl_off_t announced = -1;
    if (len > x->max_body - x->resp->body.len) {
        x->too_big = "body";
        return 0; /* abort: curl reports CURLE_WRITE_ERROR */
    }
    /* A Content-Length (already checked against max_body by curl) sizes the
     * buffer once, instead of a cascade of grow-and-copy steps. */
    if (x->resp->body.len == 0 &&
        curl_easy_getinfo(x->curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &announced) == CURLE_OK &&
        announced > 0 && (curl_off_t)x->max_body >= announced &&
        pc_buf_reserve(&x->resp->body, (size_t)announced) != PC_OK) {
        x->oom = 1;
        return 0;
    }
    if (pc_buf_append(&x->resp->body, p, len) != PC_OK) {
        x->oom = 1;
        return 0;
    }
    return len;
}

/* A header line without its line end: CRLF and a bare LF are both accepted
 * (as curl and most clients do); what is left must hold no CR or NUL, which a
 * server or proxy could otherwise use to make two readers see two different
 * header sets (RFC 9112 section 2.2). */
static int line_ok(const char *p, size_t len) {
    if (len > 0 && p[len - 1] == '\n') len--;
    if (len > 0 && p[len - 1] == '\r') len--;
    return memchr(p, '\r', len) == NULL && memchr(p, '\0', len) == NULL;
}

/* Counts a line against its limits; 0 when one is exceeded. Bytes count every
 * line (status and blank ones too); "lines" only header or trailer lines. */
static int count_line(xfer *x, size_t len, int is_field) {
    if (x->in_trailers) {
        x->trailer_bytes += len;
        if (is_field && ++x->trailer_lines > PC_HTTP_MAX_TRAILER_LINES)
            x->too_big = "trailer lines";
        else if (x->trailer_bytes > PC_HTTP_MAX_TRAILER_BYTES)
            x->too_big = "trailer bytes";
    } else {
        x->header_bytes += len;
        if (is_field && ++x->header_lines > PC_HTTP_MAX_HEADER_LINES)
            x->too_big = "header lines";
        else if (x->header_bytes > PC_HTTP_MAX_HEADER_BYTES)
            x->too_big = "header bytes";
    }
    return x->too_big == NULL;
}

/* "HTTP/1.1 200 OK" or "HTTP/2 200": the status code, 0 when there is none. */
static int status_of(const char *p, size_t len) {
    size_t i = 5;
    while (i < len && p[i] != ' ') i++;
    if (i + 3 >= len || !isdigit((unsigned char)p[i + 1]) || !isdigit((unsigned char)p[i + 2]) ||
        !isdigit((unsigned char)p[i + 3]))
        return 0;
    return (p[i + 1] - '0') * 100 + (p[i + 2] - '0') * 10 + (p[i + 3] - '0');
}

/* Appends the header (pc_http_resp: its lengths, the name lowercased, the
 * value trimmed); 0 on OOM. One reserve, then bytes written in place: this
 * runs for every header line. */
static int store_header(pc_buf *hb, const char *p, size_t len) {
    size_t i, vs, ve;
    const char *colon = (const char *)memchr(p, ':', len);
    size_t nl = colon != NULL ? (size_t)(colon - p) : 0;
    pc_http_field_rec rec;
    char *w;
    if (nl == 0) return 1; /* not a "name: value" line: ignored */
    vs = nl + 1;
    ve = len;
    while (vs < ve && (p[vs] == ' ' || p[vs] == '\t')) vs++;
    while (ve > vs &&
           (p[ve - 1] == '\r' || p[ve - 1] == '\n' || p[ve - 1] == ' ' || p[ve - 1] == '\t'))
        ve--;
    if (pc_buf_reserve(hb, sizeof rec + nl + (ve - vs)) != PC_OK) return 0;
    rec.name_len = (unsigned)nl;
    rec.value_len = (unsigned)(ve - vs);
    w = hb->data + hb->len;
    memcpy(w, &rec, sizeof rec);
    w += sizeof rec;
    for (i = 0; i < nl; i++) w[i] = pc_ascii_lower(p[i]);
    memcpy(w + nl, p + vs, ve - vs);
    hb->len += sizeof rec + nl + (ve - vs);
    hb->data[hb->len] = '\0';
    return 1;
}

/* Every status line, header line, blank line and trailer line of the answer
 * comes here. Collects the final answer's headers (a new status line, e.g.
 * after 100 Continue, restarts the collection); trailers are counted, not kept. */
static size_t on_header(char *p, size_t size, size_t n, void *ud) {
    xfer *x = (xfer *)ud;
    size_t len = size * n;
    int is_status = !x->in_trailers && len >= 5 && memcmp(p, "HTTP/", 5) == 0;
    int is_blank = len <= 2 && (len == 0 || p[0] == '\r' || p[0] == '\n');
    if (!count_line(x, len, !is_status && !is_blank)) return 0;
    if (!line_ok(p, len)) {
        x->bad_line = 1;
        return 0;
    }
    if (x->in_trailers) return len;
    if (is_status) {
        x->status = status_of(p, len);
        if (x->status >= 100 && x->status < 200 && ++x->interim > PC_HTTP_MAX_INTERIM) {
            x->too_big = "interim (1xx) answers";
            return 0;
        }
        pc_buf_reset(&x->resp->headers);
        return len;
    }
    if (is_blank) { /* end of a header block */
        if (x->status >= 200) x->in_trailers = 1;
        return len;
    }
    if (!store_header(&x->resp->headers, p, len)) {
        x->oom = 1;
        return 0;
    }
    return len;
}

/* ---- sockets, and what a forked child does with the ones it inherited ---- */

static curl_socket_t on_open_socket(void *ud, curlsocktype purpose, struct curl_sockaddr *a) {
    pc_http *h = (pc_http *)ud;
    int fd;
    (void)purpose;
    if (h->nfds == h->capfds) {
        size_t cap = h->capfds ? h->capfds * 2 : 8;
        int *fds = (int *)realloc(h->fds, cap * sizeof *fds);
        if (fds == NULL) return CURL_SOCKET_BAD;
        h->fds = fds;
        h->capfds = cap;
    }
    fd = socket(a->family, a->socktype, a->protocol);
    if (fd < 0) return CURL_SOCKET_BAD;
    /* not inherited by programs a process runs (credential_process, ...) */
    (void)fcntl(fd, F_SETFD, FD_CLOEXEC);
    h->fds[h->nfds++] = fd;
    return fd;
}

static int on_close_socket(void *ud, curl_socket_t fd) {
    pc_http *h = (pc_http *)ud;
    size_t i;
    for (i = 0; i < h->nfds; i++) {
        if (h->fds[i] == fd) {
            h->fds[i] = h->fds[--h->nfds];
            break;
        }
    }
    return close(fd);
}

/*
 * In a process that did not create the handle (a fork() child): its
 * connections are the parent's too. Using one would mix the two processes'
 * answers; closing one normally would send a TLS close_notify on the
 * parent's stream (curl's OpenSSL close does SSL_read + SSL_shutdown). So
 * each inherited socket number is first pointed at /dev/null (dup2): the
 * child lets go of the parent's connection without a byte sent, and curl's
 * cleanup then talks to /dev/null. The child continues with a new handle.
 */
static void forget_fork(pc_http *h) {
    size_t i;
    pc_buf_reset(&h->setup); /* a new handle has no options yet */
    int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    for (i = 0; i < h->nfds; i++) {
        if (null_fd >= 0) (void)dup2(null_fd, h->fds[i]);
    }
    if (null_fd >= 0) close(null_fd);
    if (h->curl != NULL) curl_easy_cleanup(h->curl); /* closes them through on_close_socket */
    h->nfds = 0;
    h->curl = NULL;
}

pc_http *pc_http_new(void) {
    static int global_done = 0;
    pc_http *h;
    if (!global_done) {
        /* Not thread-safe by itself; Lua states are created on one thread here. */
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return NULL;
        global_done = 1;
    }
    h = (pc_http *)calloc(1, sizeof *h);
    if (h == NULL) return NULL;
    pc_buf_init(&h->lines);
    pc_buf_init(&h->setup);
    pc_buf_init(&h->next_setup);
    h->curl = curl_easy_init();
    if (h->curl == NULL) {
        free(h);
        return NULL;
    }
    h->owner = pc_pid();
    return h;
}

void pc_http_free(pc_http *h) {
    if (h == NULL) return;
    if (h->owner != pc_pid()) forget_fork(h);
    if (h->curl != NULL) curl_easy_cleanup(h->curl);
    free(h->fds);
    free(h->nodes);
    pc_buf_cleanup(&h->lines);
    pc_buf_cleanup(&h->setup);
    pc_buf_cleanup(&h->next_setup);
    free(h);
}

/* The handle this process may use: a new one after a fork. */
static pc_err own_handle(pc_http *h) {
    if (h->owner == pc_pid() && h->curl != NULL) return PC_OK;
    forget_fork(h);
    pc_buf_reset(&h->setup);
    h->curl = curl_easy_init();
    if (h->curl == NULL) return PC_ENOMEM;
    h->owner = pc_pid();
    return PC_OK;
}

void pc_http_resp_trim(pc_http_resp *resp) {
    if (resp->body.cap > PC_HTTP_KEEP_BUFFER)
        pc_buf_cleanup(&resp->body);
    else
        pc_buf_reset(&resp->body);
    if (resp->headers.cap > PC_HTTP_KEEP_BUFFER)
        pc_buf_cleanup(&resp->headers);
    else
        pc_buf_reset(&resp->headers);
}

/* PC_ETLS is a TLS verdict that another attempt would repeat: the peer's
 * certificate or name does not verify (CURLE_PEER_FAILED_VERIFICATION), a
 * CA/cert file cannot be used, no common cipher. CURLE_SSL_CONNECT_ERROR is
 * the handshake breaking off (the peer reset or closed it, or sent an alert):
 * a network error, transient like any other. */
static pc_err map_curl(CURLcode rc, const char *cerr, char *errbuf) {
    const char *detail = (cerr != NULL && cerr[0] != '\0') ? cerr : curl_easy_strerror(rc);
    switch (rc) {
        case CURLE_OPERATION_TIMEDOUT:
            return pc_err_set(errbuf, PC_ETIMEOUT, "%s", detail);
        case CURLE_UNSUPPORTED_PROTOCOL:
            return pc_err_set(errbuf, PC_EINVAL,
                              "http: URL scheme not allowed (only http and https)");
        case CURLE_WEIRD_SERVER_REPLY: /* a status line or header curl refuses (NUL, ...) */
            return pc_err_set(errbuf, PC_EPARSE, "http: malformed response: %s", detail);
        case CURLE_OUT_OF_MEMORY:
            /* libcurl's answer to a header line over its own 100 KB line limit
         * (CURL_MAX_HTTP_HEADER), which on_header never sees: lines come whole */
            return pc_err_set(errbuf, PC_ETOOBIG,
                              "http: a response header line is too long for "
                              "libcurl, or memory ran out (%s)",
                              detail);
        case CURLE_SSL_CONNECT_ERROR:
            return pc_err_set(errbuf, PC_ENETWORK, "TLS handshake failed: %s", detail);
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_USE_SSL_FAILED:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return pc_err_set(errbuf, PC_ETLS, "%s", detail);
        default: /* curl's error buffer already says what its code means: one sentence */
            return pc_err_set(errbuf, PC_ENETWORK, "%s", detail);
    }
}

/* The outcome of a transfer: a callback's verdict first (it aborted curl). */
static pc_err transfer_result(CURLcode rc, const xfer *x, const char *cerr, char *errbuf) {
    if (x->oom) return pc_err_set(errbuf, PC_ENOMEM, "http: out of memory");
    if (x->too_big != NULL) {
        if (strcmp(x->too_big, "body") == 0)
            return pc_err_set(errbuf, PC_ETOOBIG, "http: response body is larger than %zu bytes",
                              x->max_body);
        return pc_err_set(errbuf, PC_ETOOBIG,
                          "http: response has too many %s (limits: %d interim answers, "
                          "%d header lines, %zu header bytes, %d trailer lines, %zu trailer bytes)",
                          x->too_big, PC_HTTP_MAX_INTERIM, PC_HTTP_MAX_HEADER_LINES,
                          PC_HTTP_MAX_HEADER_BYTES, PC_HTTP_MAX_TRAILER_LINES,
                          PC_HTTP_MAX_TRAILER_BYTES);
    }
    if (rc == CURLE_FILESIZE_EXCEEDED) /* told by Content-Length, before reading the body */
        return pc_err_set(errbuf, PC_ETOOBIG, "http: response body is larger than %zu bytes",
                          x->max_body);
    if (x->bad_line)
        return pc_err_set(errbuf, PC_EPARSE, "http: bare CR or NUL in a response header line");
    if (rc != CURLE_OK) return map_curl(rc, cerr, errbuf);
    return PC_OK;
}

/* The header lines and their list: "Name: value" ("Name;" sends an empty
 * header; "Name:" would remove it), then "Expect:" and "Accept:" (curl adds
 * those by default; the signer did not sign them). The nodes are ours, in
 * the handle: curl only reads the list during the transfer. */
static pc_err header_list(pc_http *h, const pc_http_req *req) {
    size_t i, n = req->nheaders + 2, total = 0;
    static char expect[] = "Expect:", accept[] = "Accept:";
    char *w;
    if (n > h->cap_nodes) {
        struct curl_slist *nodes = (struct curl_slist *)realloc(h->nodes, n * sizeof *nodes);
        if (nodes == NULL) return PC_ENOMEM;
        h->nodes = nodes;
        h->cap_nodes = n;
    }
    /* the lines' size first, so that they are written where they stay and
     * each node points at its line as it is written */
    for (i = 0; i < req->nheaders; i++)
        total += req->headers[i].name_len + req->headers[i].value_len + 3;
    pc_buf_reset(&h->lines);
    if (pc_buf_reserve(&h->lines, total) != PC_OK) return PC_ENOMEM;
    w = h->lines.data;
    for (i = 0; i < req->nheaders; i++) {
        const pc_http_header *hd = &req->headers[i];
        size_t nl = hd->name_len, vl = hd->value_len;
        h->nodes[i].data = w;
        memcpy(w, hd->name, nl);
        w += nl;
        if (vl == 0) {
            *w++ = ';';
        } else {
            *w++ = ':';
            *w++ = ' ';
            memcpy(w, hd->value, vl);
            w += vl;
        }
        *w++ = '\0';
    }
    h->lines.len = (size_t)(w - h->lines.data);
    h->nodes[n - 2].data = expect;
    h->nodes[n - 1].data = accept;
    for (i = 0; i + 1 < n; i++) h->nodes[i].next = &h->nodes[i + 1];
    h->nodes[n - 1].next = NULL;
    return PC_OK;
}

/* The options a request sets, as bytes: equal bytes, equal options. */
static pc_err setup_key(pc_buf *k, const pc_http_req *req, size_t max_body) {
    long nums[3];
    const char *strs[4];
    size_t i;
    nums[0] = req->timeout_ms > 0 ? req->timeout_ms : PC_HTTP_TIMEOUT_MS;
    nums[1] = req->connect_timeout_ms > 0 ? req->connect_timeout_ms : PC_HTTP_CONNECT_TIMEOUT_MS;
    nums[2] = req->verify ? 1 : 0;
    strs[0] = req->url;
    strs[1] = req->method;
    strs[2] = req->ca_file;
    strs[3] = req->proxy;
    pc_buf_reset(k);
    if (pc_buf_append(k, nums, sizeof nums) != PC_OK ||
        pc_buf_append(k, &max_body, sizeof max_body) != PC_OK)
        return PC_ENOMEM;
    for (i = 0; i < 4; i++) {
        /* "\1" marks an absent string (no string of ours holds a \1 alone) */
        const char *v = strs[i] != NULL ? strs[i] : "\1";
        if (pc_buf_append(k, v, strlen(v) + 1) != PC_OK) return PC_ENOMEM;
    }
    return PC_OK;
}

/* Every option of a request, on a handle reset to its defaults (connections
 * and the TLS session cache are kept). */
static void set_options(pc_http *h, CURL *c, const pc_http_req *req, size_t max_body) {
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, req->url);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h->cerr);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS,
                     req->timeout_ms > 0 ? req->timeout_ms : PC_HTTP_TIMEOUT_MS);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                     req->connect_timeout_ms > 0 ? req->connect_timeout_ms
                                                 : PC_HTTP_CONNECT_TIMEOUT_MS);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, req->verify ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, req->verify ? 2L : 0L);
    if (req->ca_file != NULL) curl_easy_setopt(c, CURLOPT_CAINFO, req->ca_file);
    if (req->proxy != NULL) curl_easy_setopt(c, CURLOPT_PROXY, req->proxy);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &h->x);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &h->x);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    /* a Content-Length over the cap is refused before any body byte is read */
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_body);
    /* a proxy's CONNECT answer must not reach on_header as if it were ours */
    curl_easy_setopt(c, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, h);
    curl_easy_setopt(c, CURLOPT_CLOSESOCKETFUNCTION, on_close_socket);
    curl_easy_setopt(c, CURLOPT_CLOSESOCKETDATA, h);
    /* Only http and https, also for redirects should they ever be enabled:
     * a URL from a config file or an endpoint rule must not reach ftp://,
     * gopher://, dict://, file:// ... (CURLE_UNSUPPORTED_PROTOCOL -> EINVAL). */
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    if (strcmp(req->method, "GET") == 0) {
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    } else if (strcmp(req->method, "HEAD") == 0) {
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        if (strcmp(req->method, "POST") != 0)
            curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, req->method);
    }
}

pc_err pc_http_request(pc_http *h, const pc_http_req *req, pc_http_resp *resp, char *errbuf) {
    xfer *x;
    CURL *c;
    CURLcode rc;
    pc_buf swap;
    size_t max_body;
    pc_err e = PC_OK;
    int has_body;

    if (h == NULL || req == NULL || req->url == NULL || req->method == NULL)
        return pc_err_set(errbuf, PC_EINVAL, "http: missing handle, url or method");
    if (own_handle(h) != PC_OK) return pc_err_set(errbuf, PC_ENOMEM, "http: out of memory");
    c = h->curl;
    h->cerr[0] = '\0';
    resp->status = 0;
    pc_http_resp_trim(resp); /* an earlier large answer gives its memory back */
    max_body = req->max_body > 0 ? req->max_body : PC_HTTP_MAX_BODY;
    x = &h->x;
    memset(x, 0, sizeof *x);
    x->resp = resp;
    x->curl = c;
    x->max_body = max_body;

    if ((e = header_list(h, req)) != PC_OK ||
        (e = setup_key(&h->next_setup, req, max_body)) != PC_OK)
        goto done;
    /* the same options as the last request: only what changes is set */
    if (h->setup.len != h->next_setup.len ||
        memcmp(h->setup.data, h->next_setup.data, h->setup.len) != 0) {
        set_options(h, c, req, max_body);
        swap = h->setup;
        h->setup = h->next_setup;
        h->next_setup = swap;
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h->nodes);
    has_body = strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0;
    if (has_body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, req->body != NULL ? req->body : "");
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE,
                         (curl_off_t)(req->body != NULL ? req->body_len : 0));
    }

    rc = curl_easy_perform(c);
    e = transfer_result(rc, x, h->cerr, errbuf);
    if (e == PC_OK)
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp->status);
    else
        pc_http_resp_trim(resp); /* no partial answer is kept */
    /* the body belongs to the caller: the handle must not keep a pointer to
     * it (setting POSTFIELDS also makes the method POST: only where it is) */
    if (has_body) curl_easy_setopt(c, CURLOPT_POSTFIELDS, NULL);
done:
    x->resp = NULL;
    /* the lines held the Authorization and the session token */
    if (h->lines.data != NULL) pc_wipe(h->lines.data, h->lines.len);
    if (h->lines.cap > PC_HTTP_KEEP_BUFFER) {
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
        pc_buf_cleanup(&h->lines);
    }
    if (e == PC_ENOMEM) pc_err_set(errbuf, PC_ENOMEM, "http: out of memory");
    return e;
}
