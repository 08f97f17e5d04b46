/*
 * libFuzzer target over SigV4 canonicalisation and the verifier's header
 * parsing. The input is split on '\n' into: flags byte line, path, query,
 * then "name:value" header lines (the first byte of the input picks the
 * flags). Checks, beyond "no crash / no sanitizer report":
 *   - a canonical URI / query holds only unreserved bytes, '/', '%XX' (and
 *     '=' '&' for the query), with uppercase hex;
 *   - the canonical request is deterministic (built twice, same bytes);
 *   - the verifier rejects (never accepts) a request with a fuzzed
 *     Authorization header, and never reports success by accident.
 * Build and run: tools/run-fuzz (PC_FUZZ_TARGETS=fuzz_sigv4).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pc/sigv4.h"

#define MAX_HEADERS 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int is_hex_upper(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

/* Encoded output alphabet: unreserved, '%XX' uppercase, plus `extra`. */
static void check_encoded(const char *s, size_t n, const char *extra) {
    size_t i;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~' || strchr(extra, c) != NULL)
            continue;
        if (c == '%' && i + 2 < n && is_hex_upper(s[i + 1]) && is_hex_upper(s[i + 2])) {
            i += 2;
            continue;
        }
        abort();
    }
}

/* Next '\n'-terminated piece of the input. */
static pc_strv next_piece(const char **p, const char *end) {
    pc_strv v;
    const char *q = *p;
    while (q < end && *q != '\n') q++;
    v.p = *p;
    v.n = (size_t)(q - *p);
    *p = q < end ? q + 1 : end;
    return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char secret[] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const char *p = (const char *)data, *end = p + size;
    pc_sigv4_header hs[MAX_HEADERS];
    pc_sigv4_req req;
    static pc_signer s; /* one for the run: key caches stay warm, as in real use */
    static int ready = 0;
    pc_buf out, work, first;
    char errbuf[PC_ERRMAX];
    size_t nh = 0;
    unsigned flags;
    if (size < 1) return 0;
    flags = data[0] & 0x0f;
    p++;
    pc_sigv4_req_init(&req);
    req.flags = flags;
    req.method = (pc_strv){"POST", 4};
    req.path = next_piece(&p, end);
    req.query = next_piece(&p, end);
    while (p < end && nh < MAX_HEADERS) {
        pc_strv line = next_piece(&p, end);
        const char *colon = memchr(line.p, ':', line.n);
        if (colon == NULL) continue;
        hs[nh].name = (pc_strv){line.p, (size_t)(colon - line.p)};
        hs[nh].value = (pc_strv){colon + 1, line.n - (size_t)(colon - line.p) - 1};
        nh++;
    }
    req.headers = hs;
    req.n_headers = nh;
    req.access_key = (pc_strv){"AKIDEXAMPLE", 11};
    req.secret_key = (pc_strv){secret, sizeof secret - 1};
    req.region = (pc_strv){"us-east-1", 9};
    req.service = (pc_strv){"service", 7};
    req.amz_date = (pc_strv){"20150830T123600Z", 16};
    req.body = req.query;

    pc_buf_init(&out);
    pc_buf_init(&work);
    pc_buf_init(&first);
    if (pc_sigv4_canonical_uri(&out, &work, req.path, flags | PC_SIGV4_DOUBLE_ENCODE) == PC_OK)
        check_encoded(out.data, out.len, "/");
    pc_buf_reset(&out);
    if (pc_sigv4_canonical_query(&out, &work, req.query) == PC_OK)
        check_encoded(out.data, out.len, "=&");

    if (!ready) {
        pc_signer_init(&s);
        ready = 1;
    }
    if (pc_signer_sign(&s, &req, (flags & 1) ? PC_SIGV4_ECDSA : PC_SIGV4_HMAC, errbuf) == PC_OK) {
        pc_buf_append(&first, s.st.canonical_request.data, s.st.canonical_request.len);
        if (pc_sigv4_canonical_request(&s.st, &req, (flags & 1) ? PC_SIGV4_ECDSA : PC_SIGV4_HMAC,
                                       errbuf) != PC_OK ||
            first.len != s.st.canonical_request.len ||
            memcmp(first.data, s.st.canonical_request.data, first.len) != 0)
            abort();
    }
    /* The headers as a server would get them: the fuzzed ones may carry an
     * Authorization line; with none, verification must fail. */
    {
        int has_auth = 0;
        size_t i;
        pc_sigv4_req v = req;
        v.access_key.n = v.region.n = v.service.n = v.amz_date.n = 0;
        for (i = 0; i < nh; i++)
            if (hs[i].name.n == 13 && strncmp(hs[i].name.p, "Authorization", 13) == 0) has_auth = 1;
        if (pc_signer_verify(&s, &v, PC_SIGV4_HMAC, errbuf) == PC_OK && !has_auth) abort();
        (void)pc_signer_verify(&s, &v, PC_SIGV4_ECDSA, errbuf);
    }
    pc_buf_cleanup(&out);
    pc_buf_cleanup(&work);
    pc_buf_cleanup(&first);
    return 0;
}
