/*
 * Verification of a signed request (the emulator's authentication): parse
 * the Authorization header, rebuild the canonical request from exactly the
 * headers it names, then compare. SigV4: recompute the HMAC and compare in
 * constant time. SigV4a: ECDSA-verify with the public key derived from the
 * secret. Failure messages never contain the secret or the expected
 * signature.
 */
#include <string.h>
#include "pc/ascii.h"
#include "pc/sigv4_int.h"

typedef struct parsed_auth {
    pc_strv alg, credential, signed_headers, signature;
    pc_strv akid, date, region, service; /* from the credential */
} parsed_auth;

static int is_sp(char c) { return c == ' ' || c == '\t'; }

static pc_strv trim(pc_strv s) {
    while (s.n > 0 && is_sp(s.p[0])) s.p++, s.n--;
    while (s.n > 0 && is_sp(s.p[s.n - 1])) s.n--;
    return s;
}

static int starts(pc_strv s, const char *lit, size_t n) {
    return s.n >= n && memcmp(s.p, lit, n) == 0;
}

/* "ALG Credential=..., SignedHeaders=..., Signature=..." (any order). */
static int parse_auth(pc_strv v, parsed_auth *a) {
    size_t i = 0;
    memset(a, 0, sizeof *a);
    v = trim(v);
    while (i < v.n && !is_sp(v.p[i])) i++;
    a->alg.p = v.p;
    a->alg.n = i;
    while (i < v.n) {
        pc_strv part;
        size_t j = i;
        while (j < v.n && v.p[j] != ',') j++;
        part.p = v.p + i;
        part.n = j - i;
        part = trim(part);
        if (starts(part, "Credential=", 11)) {
            a->credential.p = part.p + 11;
            a->credential.n = part.n - 11;
        } else if (starts(part, "SignedHeaders=", 14)) {
            a->signed_headers.p = part.p + 14;
            a->signed_headers.n = part.n - 14;
        } else if (starts(part, "Signature=", 10)) {
            a->signature.p = part.p + 10;
            a->signature.n = part.n - 10;
        }
        i = j + 1;
    }
    return a->alg.n > 0 && a->credential.n > 0 && a->signed_headers.n > 0 && a->signature.n > 0;
}

/* akid/date[/region]/service/aws4_request; SigV4a has no region. */
static int parse_credential(parsed_auth *a, pc_sigv4_alg alg) {
    pc_strv parts[5];
    int n = 0, want = alg == PC_SIGV4_HMAC ? 5 : 4;
    size_t i = 0;
    pc_strv c = a->credential;
    while (i <= c.n && n < 5) {
        size_t j = i;
        while (j < c.n && c.p[j] != '/') j++;
        parts[n].p = c.p + i;
        parts[n].n = j - i;
        n++;
        i = j + 1;
    }
    if (n != want || i <= c.n) return 0;
    if (parts[n - 1].n != 12 || memcmp(parts[n - 1].p, "aws4_request", 12) != 0) return 0;
    a->akid = parts[0];
    a->date = parts[1];
    if (alg == PC_SIGV4_HMAC) a->region = parts[2];
    a->service = parts[n - 2];
    return a->akid.n > 0 && a->date.n == 8 && a->service.n > 0 &&
           (alg != PC_SIGV4_HMAC || a->region.n > 0);
}

static int same(pc_strv a, pc_strv b) {
    return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

/* The one value of a header that must appear exactly once. */
static int single_header(const pc_sigv4_req *req, const char *lname, pc_strv *out) {
    size_t i;
    int found = 0;
    for (i = 0; i < req->n_headers; i++) {
        if (!pc_ascii_name_is(req->headers[i].name.p, req->headers[i].name.n, lname)) continue;
        if (found++) return -1;
        *out = trim(req->headers[i].value);
    }
    return found;
}

static int list_has(pc_strv list, const char *name) {
    size_t n = strlen(name), i = 0;
    while (i < list.n) {
        size_t j = i;
        while (j < list.n && list.p[j] != ';') j++;
        if (j - i == n && memcmp(list.p + i, name, n) == 0) return 1;
        i = j + 1;
    }
    return 0;
}

#define DENY(...) return pc_err_set(errbuf, PC_ESIGNATURE, __VA_ARGS__)

/* Checks the credential against req and fills the missing fields of v. */
static pc_err check_scope(const pc_sigv4_req *req, pc_sigv4_alg alg, parsed_auth *a,
                          pc_sigv4_req *v, char *errbuf) {
    pc_strv date;
    int nd = single_header(req, "x-amz-date", &date);
    if (!parse_credential(a, alg)) DENY("Authorization Credential is malformed");
    if (req->access_key.n > 0 && !same(req->access_key, a->akid))
        DENY("credential access key does not match");
    if (alg == PC_SIGV4_HMAC && req->region.n > 0 && !same(req->region, a->region))
        DENY("credential scope region does not match");
    if (req->service.n > 0 && !same(req->service, a->service))
        DENY("credential scope service does not match");
    if (nd != 1 || !pc_sigv4_valid_amz_date(date)) DENY("X-Amz-Date header missing or malformed");
    if (req->amz_date.n > 0 && !same(req->amz_date, date)) DENY("X-Amz-Date does not match");
    if (memcmp(date.p, a->date.p, 8) != 0) DENY("credential date does not match X-Amz-Date");
    v->access_key = a->akid;
    v->region = a->region;
    v->service = a->service;
    v->amz_date = date;
    return PC_OK;
}

/* Rebuilds canonical request and string to sign into s->st. */
static pc_err rebuild(pc_signer *s, const pc_sigv4_req *v, pc_sigv4_alg alg, parsed_auth *a,
                      char *errbuf) {
    pc_err e;
    if (!list_has(a->signed_headers, "host") || !list_has(a->signed_headers, "x-amz-date") ||
        (alg == PC_SIGV4_ECDSA && !list_has(a->signed_headers, "x-amz-region-set")))
        DENY("SignedHeaders must include host and x-amz-date%s",
             alg == PC_SIGV4_ECDSA ? " and x-amz-region-set" : "");
    if ((e = pc_sigv4__canonical(&s->st, v, alg, &a->signed_headers, errbuf)) != PC_OK) return e;
    if (s->st.signed_headers.len != a->signed_headers.n ||
        memcmp(s->st.signed_headers.data, a->signed_headers.p, a->signed_headers.n) != 0)
        DENY("SignedHeaders names a header the request lacks, or is not sorted lowercase");
    return pc_sigv4_string_to_sign(&s->st, v, alg, errbuf);
}

pc_err pc_signer_verify(pc_signer *s, const pc_sigv4_req *req, pc_sigv4_alg alg, char *errbuf) {
    const char *alg_name = alg == PC_SIGV4_HMAC ? PC_SIGV4_ALG_NAME : PC_SIGV4A_ALG_NAME;
    pc_sigv4_req v = *req;
    parsed_auth a;
    pc_strv auth;
    pc_err e;
    int na = single_header(req, "authorization", &auth);
    if (req->secret_key.n == 0) return pc_err_set(errbuf, PC_EINVAL, "secret key is required");
    if (na == 0) DENY("Authorization header is missing");
    if (na < 0) DENY("more than one Authorization header");
    if (!parse_auth(auth, &a)) DENY("Authorization header is malformed");
    if (!same(a.alg, (pc_strv){alg_name, strlen(alg_name)}))
        DENY("Authorization algorithm is not %s", alg_name);
    if ((e = check_scope(req, alg, &a, &v, errbuf)) != PC_OK) return e;
    if ((e = rebuild(s, &v, alg, &a, errbuf)) != PC_OK) return e;
    if (alg == PC_SIGV4_ECDSA) {
        const pc_sigv4a_key *k = NULL;
        if ((e = pc_signer_v4a_key(s, v.access_key, v.secret_key, &k, errbuf)) != PC_OK) return e;
        return pc_sigv4a_verify(k, s->st.string_to_sign.data, s->st.string_to_sign.len, a.signature,
                                errbuf);
    }
    if ((e = pc_signer_signature(s, &v, alg, errbuf)) != PC_OK) return e;
    /* Length is public (always 64); the bytes are compared in constant time. */
    if (a.signature.n != s->st.signature.len ||
        !pc_ct_equal(a.signature.p, s->st.signature.data, a.signature.n)) {
        pc_buf_reset(&s->st.signature); /* do not leave the expected value around */
        DENY("signature does not match");
    }
    return PC_OK;
}
