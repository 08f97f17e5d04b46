/*
 * libcurl transport: one reused easy handle per pc_http (keep-alive),
 * callbacks that only touch C buffers, curl errors mapped to pc_err.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include "pc/http.h"

struct pc_http {
    CURL *curl;
};

/* Per-request state the callbacks see. */
typedef struct xfer {
    pc_http_resp *resp;
    size_t max_body;
    int too_big;
    int oom;
} xfer;

static size_t on_body(char *p, size_t size, size_t n, void *ud) {
    xfer *x = (xfer *)ud;
    size_t len = size * n;
    if (x->resp->body.len + len > x->max_body) {
        x->too_big = 1;
        return 0; /* abort: curl reports CURLE_WRITE_ERROR */
    }
    if (pc_buf_append(&x->resp->body, p, len) != PC_OK) {
        x->oom = 1;
        return 0;
    }
    return len;
}

/* Collects "name: value" lines; the status line and blank lines are skipped.
 * A new status line (redirect, 100-continue) restarts the collection. */
static size_t on_header(char *p, size_t size, size_t n, void *ud) {
    xfer *x = (xfer *)ud;
    size_t len = size * n, i, colon, vs, ve;
    pc_buf *hb = &x->resp->headers;
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        pc_buf_reset(hb);
        return len;
    }
    for (colon = 0; colon < len && p[colon] != ':'; colon++) {}
    if (colon == 0 || colon >= len) return len;
    if (hb->len + len > x->max_body) { x->too_big = 1; return 0; }
    for (i = 0; i < colon; i++) {
        if (pc_buf_append_char(hb, (char)tolower((unsigned char)p[i])) != PC_OK) goto oom;
    }
    if (pc_buf_append_char(hb, '\0') != PC_OK) goto oom;
    vs = colon + 1;
    ve = len;
    while (vs < ve && (p[vs] == ' ' || p[vs] == '\t')) vs++;
    while (ve > vs && (p[ve - 1] == '\r' || p[ve - 1] == '\n' || p[ve - 1] == ' ' || p[ve - 1] == '\t')) ve--;
    if (pc_buf_append(hb, p + vs, ve - vs) != PC_OK) goto oom;
    if (pc_buf_append_char(hb, '\0') != PC_OK) goto oom;
    return len;
oom:
    x->oom = 1;
    return 0;
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
    h->curl = curl_easy_init();
    if (h->curl == NULL) { free(h); return NULL; }
    return h;
}

void pc_http_free(pc_http *h) {
    if (h == NULL) return;
    if (h->curl != NULL) curl_easy_cleanup(h->curl);
    free(h);
}

static pc_err map_curl(CURLcode rc, const char *cerr, char *errbuf) {
    const char *detail = (cerr != NULL && cerr[0] != '\0') ? cerr : curl_easy_strerror(rc);
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return pc_err_set(errbuf, PC_ETIMEOUT, "%s", detail);
    case CURLE_UNSUPPORTED_PROTOCOL:
        return pc_err_set(errbuf, PC_EINVAL, "http: URL scheme not allowed (only http and https)");
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
        return pc_err_set(errbuf, PC_ETLS, "%s", detail);
    default:
        return pc_err_set(errbuf, PC_ENETWORK, "%s (%s)", detail, curl_easy_strerror(rc));
    }
}

pc_err pc_http_request(pc_http *h, const pc_http_req *req, pc_http_resp *resp, char *errbuf) {
    char cerr[CURL_ERROR_SIZE];
    struct curl_slist *list = NULL, *tmp;
    pc_buf line;
    xfer x;
    CURL *c;
    CURLcode rc;
    size_t i;
    pc_err e = PC_OK;

    if (h == NULL || h->curl == NULL || req == NULL || req->url == NULL || req->method == NULL)
        return pc_err_set(errbuf, PC_EINVAL, "http: missing handle, url or method");
    c = h->curl;
    cerr[0] = '\0';
    resp->status = 0;
    pc_buf_reset(&resp->body);
    pc_buf_reset(&resp->headers);
    memset(&x, 0, sizeof x);
    x.resp = resp;
    x.max_body = req->max_body > 0 ? req->max_body : PC_HTTP_MAX_BODY;

    pc_buf_init(&line);
    for (i = 0; i < req->nheaders; i++) {
        pc_buf_reset(&line);
        /* "Name;" sends an empty header; "Name:" would remove it. */
        if (req->headers[i].value[0] == '\0')
            e = pc_buf_printf(&line, "%s;", req->headers[i].name);
        else
            e = pc_buf_printf(&line, "%s: %s", req->headers[i].name, req->headers[i].value);
        if (e != PC_OK) goto done;
        tmp = curl_slist_append(list, line.data);
        if (tmp == NULL) { e = PC_ENOMEM; goto done; }
        list = tmp;
    }
    /* curl adds these by default; the signer did not sign them. */
    tmp = curl_slist_append(list, "Expect:");
    if (tmp == NULL) { e = PC_ENOMEM; goto done; }
    list = tmp;
    tmp = curl_slist_append(list, "Accept:");
    if (tmp == NULL) { e = PC_ENOMEM; goto done; }
    list = tmp;

    /* Reset per-request options but keep connections and the session cache. */
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, req->url);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, cerr);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, req->timeout_ms > 0 ? req->timeout_ms : PC_HTTP_TIMEOUT_MS);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                     req->connect_timeout_ms > 0 ? req->connect_timeout_ms : PC_HTTP_CONNECT_TIMEOUT_MS);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, req->verify ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, req->verify ? 2L : 0L);
    if (req->ca_file != NULL) curl_easy_setopt(c, CURLOPT_CAINFO, req->ca_file);
    if (req->proxy != NULL) curl_easy_setopt(c, CURLOPT_PROXY, req->proxy);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &x);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &x);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
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
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, req->body != NULL ? req->body : "");
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(req->body != NULL ? req->body_len : 0));
        if (strcmp(req->method, "POST") != 0) curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, req->method);
    }

    rc = curl_easy_perform(c);
    if (x.oom) { e = pc_err_set(errbuf, PC_ENOMEM, "http: out of memory"); goto done; }
    if (x.too_big) {
        e = pc_err_set(errbuf, PC_ETOOBIG, "http: response larger than %zu bytes", x.max_body);
        goto done;
    }
    if (rc != CURLE_OK) { e = map_curl(rc, cerr, errbuf); goto done; }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp->status);
    e = PC_OK;
done:
    /* The handle must not keep pointers to the list or errbuf beyond this call. */
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, NULL);
    curl_slist_free_all(list);
    pc_buf_cleanup(&line);
    if (e == PC_ENOMEM) pc_err_set(errbuf, PC_ENOMEM, "http: out of memory");
    return e;
}
