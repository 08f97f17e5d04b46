/*
 * Request and response heads of the cosocket transport (pc/http.h, "Heads"),
 * in C without Lua or sockets.
 */
#include <string.h>
#include "check.h"
#include "pc/http.h"

static const pc_http_head_limits LIM = {256 * 1024, 500, 8};

static pc_err parse(const char *text, pc_http_head *h) {
    return pc_http_parse_head(text, strlen(text), &LIM, h);
}

/* The value of field i as a NUL-terminated copy. */
static const char *field(const pc_http_head *h, const char *buf, size_t i, int value) {
    static char out[256];
    const pc_http_field *f = (const pc_http_field *)(const void *)h->fields.data + i;
    size_t off = value ? f->value : f->name, n = value ? f->value_len : f->name_len;
    memcpy(out, buf + off, n);
    out[n] = '\0';
    return out;
}

static void test_build(void) {
    pc_buf b;
    size_t bad = 0;
    pc_http_header hs[3] = {{"X-A", "1", 3, 1},
                            {"Content-Type", "application/x-amz-json-1.0", 12, 26},
                            {"X-Empty", "", 7, 0}};
    pc_http_head_req r;
    pc_buf_init(&b);
    memset(&r, 0, sizeof r);
    r.method = "POST";
    r.path = "/p?q=1";
    r.scheme = "http";
    r.host = "127.0.0.1";
    r.port = 8080;
    r.headers = hs;
    r.nheaders = 3;
    r.body_len = 5;
    CHECK(pc_http_build_head(&b, &r, &bad) == PC_OK);
    CHECK_STREQ(b.data,
                "POST /p?q=1 HTTP/1.1\r\nX-A: 1\r\nContent-Type: application/x-amz-json-1.0\r\n"
                "X-Empty: \r\nHost: 127.0.0.1:8080\r\nContent-Length: 5\r\n\r\n");
    /* default port, IPv6 host, GET without a body: no Content-Length */
    r.method = "GET";
    r.port = 80;
    r.host = "::1";
    r.nheaders = 0;
    r.body_len = 0;
    CHECK(pc_http_build_head(&b, &r, &bad) == PC_OK);
    CHECK_STREQ(b.data, "GET /p?q=1 HTTP/1.1\r\nHost: [::1]\r\n\r\n");
    /* the caller's Host and Content-Length win; POST with an empty body says 0 */
    hs[0].name = "host";
    hs[0].value = "example.com";
    hs[0].name_len = 4;
    hs[0].value_len = 11;
    r.method = "POST";
    r.nheaders = 1;
    CHECK(pc_http_build_head(&b, &r, &bad) == PC_OK);
    CHECK_STREQ(b.data, "POST /p?q=1 HTTP/1.1\r\nhost: example.com\r\nContent-Length: 0\r\n\r\n");
    /* CR or LF in a value, ':' or whitespace in a name */
    hs[1].name = "X-Bad";
    hs[1].value = "a\r\nb";
    hs[1].name_len = 5;
    hs[1].value_len = 4;
    r.nheaders = 2;
    CHECK(pc_http_build_head(&b, &r, &bad) == PC_EINVAL && bad == 2);
    hs[1].name = "X:Bad";
    hs[1].value = "v";
    hs[1].value_len = 1;
    CHECK(pc_http_build_head(&b, &r, &bad) == PC_EINVAL && bad == 2);
    hs[1].name = "X Bad";
    CHECK(pc_http_build_head(&b, &r, &bad) == PC_EINVAL && bad == 2);
    pc_buf_cleanup(&b);
}

static void test_parse(void) {
    pc_http_head h;
    const char *ok = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Amzn-RequestId:  abc  \r\nSet: "
                     "a\nSet: b\r\n\r\nxyz";
    const char *interim = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 204 No Content\r\nA: 1\r\n\r\n";
    char big[2048];
    pc_http_head_limits small = {100, 2, 1};
    pc_buf_init(&h.fields);
    CHECK(parse(ok, &h) == PC_OK && h.complete && h.status == 200);
    CHECK_STREQ(h.version, "1.1");
    CHECK(h.end == strlen(ok) - 3); /* the body starts after the blank line */
    CHECK(h.fields.len / sizeof(pc_http_field) == 4);
    CHECK_STREQ(field(&h, ok, 1, 0),
                "X-Amzn-RequestId");         /* names as sent (the binding lowercases) */
    CHECK_STREQ(field(&h, ok, 1, 1), "abc"); /* values trimmed */
    CHECK_STREQ(field(&h, ok, 3, 1), "b");
    CHECK(parse(interim, &h) == PC_OK && h.complete && h.status == 204);
    CHECK_STREQ(h.version, "1.0");
    CHECK(h.fields.len / sizeof(pc_http_field) == 1);
    CHECK(parse("HTTP/1.1 101 Switching\r\n\r\n", &h) == PC_OK && h.complete && h.status == 101);
    /* not all there yet */
    CHECK(parse("HTTP/1.1 200 OK\r\nA: 1\r\n", &h) == PC_OK && !h.complete);
    CHECK(parse("HTTP/1.1 100 Continue\r\n\r\n", &h) == PC_OK && !h.complete);
    CHECK(parse("", &h) == PC_OK && !h.complete);
    /* broken */
    CHECK(parse("HTTP/1.1 2x0 OK\r\n\r\n", &h) == PC_EPARSE && h.kind == PC_HTTP_HEAD_PARSE);
    CHECK_STREQ(h.message, "bad status line");
    CHECK(parse("HTTP/1.1 200\rOK\r\n\r\n", &h) == PC_EPARSE);
    CHECK(parse("HTTP/1.1 200 OK\r\nA\rB: 1\r\n\r\n", &h) == PC_EPARSE);
    CHECK_STREQ(h.message, "bare CR or NUL in a response header line");
    CHECK(parse("HTTP/1.1 200 OK\r\n: x\r\n\r\n", &h) == PC_EPARSE);
    CHECK_STREQ(h.message, "bad header line");
    CHECK(parse("HTTP/1.1 200 OK\r\nNoColon\r\n\r\n", &h) == PC_EPARSE);
    CHECK(pc_http_parse_head("HTTP/1.1 200 OK\r\nA: \0\r\n\r\n", 24, &LIM, &h) == PC_EPARSE);
    /* a broken line is refused as soon as it is complete, before the head is */
    CHECK(parse("garbage\r\n", &h) == PC_EPARSE);
    /* limits: bytes (also of a line still arriving), lines, interim answers */
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    memcpy(big, "HTTP/1.1 200 OK\r\nX: ", 20);
    CHECK(pc_http_parse_head(big, strlen(big), &small, &h) == PC_ETOOBIG &&
          h.kind == PC_HTTP_HEAD_BIG);
    CHECK_STREQ(h.message, "response headers are over 100 bytes");
    CHECK(pc_http_parse_head("HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", 38, &small, &h) ==
          PC_ETOOBIG);
    CHECK_STREQ(h.message, "more than 2 response header lines");
    CHECK(pc_http_parse_head("HTTP/1.1 100 A\r\n\r\nHTTP/1.1 100 B\r\n\r\nHTTP/1.1 200 OK\r\n\r\n",
                             50, &small, &h) == PC_ETOOBIG);
    CHECK_STREQ(h.message, "more than 1 interim (1xx) answers");
    /* exactly at the byte limit is accepted */
    {
        pc_http_head_limits exact = {19, 10, 1};
        CHECK(pc_http_parse_head("HTTP/1.1 200 OK\r\n\r\n", 19, &exact, &h) == PC_OK && h.complete);
        exact.max_header_bytes = 18;
        CHECK(pc_http_parse_head("HTTP/1.1 200 OK\r\n\r\n", 19, &exact, &h) == PC_ETOOBIG);
    }
    pc_buf_cleanup(&h.fields);
}

int main(void) {
    test_build();
    test_parse();
    return check_report("test_http_head");
}
