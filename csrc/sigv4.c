/*
 * SigV4 stages (doc/protocol.md §9.1, 9.2, 10.2): canonical request, string to
 * sign, HMAC signature and Authorization value. The header set is the one
 * concern that differs between signing and verification, so the canonical
 * request builder takes either mode (pc_sigv4__canonical).
 */
#include <stdlib.h>
#include <string.h>
#include "pc/ascii.h"
#include "pc/sigv4_int.h"

static const char EMPTY_SHA256[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/* A name with its length, known at compile time. */
typedef struct named {
    const char *name;
    size_t len;
} named;
#define NAMED(s) \
    { s, sizeof s - 1 }

/*
 * Never signed: hop-by-hop and per-attempt headers that proxies or the SDK
 * change after signing. Union of botocore auth.py:64-76, aws-c-auth
 * aws_signing.c:104-165 and this SDK's own per-attempt headers.
 */
static const named UNSIGNED_HEADERS[] = {
    NAMED("amz-sdk-invocation-id"),
    NAMED("amz-sdk-request"),
    NAMED("authorization"),
    NAMED("connection"),
    NAMED("expect"),
    NAMED("keep-alive"),
    NAMED("proxy-authenticate"),
    NAMED("proxy-authorization"),
    NAMED("sec-websocket-key"),
    NAMED("sec-websocket-protocol"),
    NAMED("sec-websocket-version"),
    NAMED("te"),
    NAMED("trailer"),
    NAMED("transfer-encoding"),
    NAMED("upgrade"),
    NAMED("user-agent"),
    NAMED("x-amzn-trace-id"),
};

void pc_sigv4_req_init(pc_sigv4_req *req) {
    memset(req, 0, sizeof *req);
    req->flags = PC_SIGV4_DEFAULT_FLAGS;
}

void pc_sigv4_state_init(pc_sigv4_state *st) {
    pc_buf_init(&st->canonical_request);
    pc_buf_init(&st->signed_headers);
    pc_buf_init(&st->scope);
    pc_buf_init(&st->string_to_sign);
    pc_buf_init(&st->signature);
    pc_buf_init(&st->authorization);
    pc_buf_init(&st->entries);
    pc_buf_init(&st->text);
    pc_buf_init(&st->work);
    st->payload_hash[0] = '\0';
    st->md = st->mac = NULL;
}

/* Everything may have held request data or a token: wipe, not just free. */
void pc_sigv4_state_cleanup(pc_sigv4_state *st) {
    pc_buf_cleanup_secure(&st->canonical_request);
    pc_buf_cleanup_secure(&st->signed_headers);
    pc_buf_cleanup_secure(&st->scope);
    pc_buf_cleanup_secure(&st->string_to_sign);
    pc_buf_cleanup_secure(&st->signature);
    pc_buf_cleanup_secure(&st->authorization);
    pc_buf_cleanup_secure(&st->entries);
    pc_buf_cleanup_secure(&st->text);
    pc_buf_cleanup_secure(&st->work);
    pc_digest_ctx_free(&st->md);
    pc_digest_ctx_free(&st->mac);
}

int pc_sigv4_valid_amz_date(pc_strv s) {
    size_t i;
    if (s.n != PC_AMZ_DATE_LEN || s.p[8] != 'T' || s.p[15] != 'Z') return 0;
    for (i = 0; i < 15; i++)
        if (i != 8 && (s.p[i] < '0' || s.p[i] > '9')) return 0;
    return 1;
}

static int is_unsigned(pc_strv name) {
    size_t i;
    for (i = 0; i < sizeof UNSIGNED_HEADERS / sizeof UNSIGNED_HEADERS[0]; i++)
        if (UNSIGNED_HEADERS[i].len == name.n &&
            pc_ascii_name_is(name.p, name.n, UNSIGNED_HEADERS[i].name))
            return 1;
    return 0;
}

/* ---- header entries ------------------------------------------------------ */

/* Offsets into st->text while it grows; pointers once it is final. */
typedef struct hentry {
    size_t name, name_len, value, value_len, order;
    const char *np, *vp;
} hentry;

static int cmp_entry(const void *pa, const void *pb) {
    const hentry *a = (const hentry *)pa, *b = (const hentry *)pb;
    size_t n = a->name_len < b->name_len ? a->name_len : b->name_len;
    int c = memcmp(a->np, b->np, n);
    if (c != 0) return c;
    if (a->name_len != b->name_len) return a->name_len < b->name_len ? -1 : 1;
    /* SigV4: repeated headers keep their original order (stable sort). */
    return a->order < b->order ? -1 : (a->order > b->order ? 1 : 0);
}

/* A request has a handful of headers: insertion sort, no qsort call (the
 * order field breaks ties, so any correct sort gives the same result). */
static void sort_entries(hentry *hs, size_t n) {
    size_t i, j;
    if (n > 16) {
        qsort(hs, n, sizeof *hs, cmp_entry);
        return;
    }
    for (i = 1; i < n; i++) {
        hentry h = hs[i];
        for (j = i; j > 0 && cmp_entry(&hs[j - 1], &h) > 0; j--) hs[j] = hs[j - 1];
        hs[j] = h;
    }
}

/* Appends one entry: lowercased name, canonical value (or a literal value). */
static pc_err add_entry(pc_sigv4_state *st, pc_strv name, pc_strv value, int canonicalise) {
    hentry h;
    size_t i;
    char *o;
    pc_err e;
    h.order = st->entries.len / sizeof(hentry);
    h.name = st->text.len;
    h.name_len = name.n;
    h.np = h.vp = NULL;
    if ((e = pc_buf_reserve(&st->text, name.n)) != PC_OK) return e;
    o = st->text.data + st->text.len; /* a local pointer: the stores cannot alias it */
    for (i = 0; i < name.n; i++) o[i] = pc_ascii_lower(name.p[i]);
    st->text.len += name.n;
    h.value = st->text.len;
    e = canonicalise ? pc_sigv4_canonical_value(&st->text, value.p, value.n)
                     : pc_buf_append(&st->text, value.p, value.n);
    if (e != PC_OK) return e;
    h.value_len = st->text.len - h.value;
    return pc_buf_append(&st->entries, &h, sizeof h);
}

static pc_strv lit(const char *s) {
    pc_strv v;
    v.p = s;
    v.n = strlen(s);
    return v;
}

/* Is the lowercase form of name one of the ';'-separated names in list? */
static int in_list(pc_strv list, pc_strv name) {
    size_t i = 0;
    while (i < list.n) {
        size_t j = i, k;
        while (j < list.n && list.p[j] != ';') j++;
        if (j - i == name.n) {
            for (k = 0; k < name.n && pc_ascii_lower(name.p[k]) == list.p[i + k]; k++) {}
            if (k == name.n) return 1;
        }
        i = j + 1;
    }
    return 0;
}

/* Would the signer add this header itself (so a caller's copy is dropped)? */
static int signer_owned(const pc_sigv4_req *req, pc_sigv4_alg alg, pc_strv name) {
    switch (name.n) { /* the length first: most names are none of these */
        case 10:
            return pc_ascii_name_is(name.p, name.n, "x-amz-date");
        case 16:
            return pc_ascii_name_is(name.p, name.n, "x-amz-region-set") && alg == PC_SIGV4_ECDSA;
        case 20:
            if (pc_ascii_name_is(name.p, name.n, "x-amz-security-token"))
                return req->session_token.n > 0;
            return pc_ascii_name_is(name.p, name.n, "x-amz-content-sha256") &&
                   (req->flags & PC_SIGV4_SIGN_BODY) != 0;
        default:
            return 0;
    }
}

static pc_err collect_headers(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                              const pc_strv *only_signed) {
    size_t i;
    pc_err e = PC_OK;
    for (i = 0; i < req->n_headers && e == PC_OK; i++) {
        const pc_sigv4_header *h = &req->headers[i];
        if (only_signed != NULL) {
            if (!in_list(*only_signed, h->name)) continue;
        } else if (h->name.n == 0 || is_unsigned(h->name) || signer_owned(req, alg, h->name)) {
            continue;
        }
        e = add_entry(st, h->name, h->value, 1);
    }
    if (e != PC_OK || only_signed != NULL) return e;
    e = add_entry(st, lit("x-amz-date"), req->amz_date, 0);
    if (e == PC_OK && req->session_token.n > 0 && !(req->flags & PC_SIGV4_OMIT_SESSION_TOKEN))
        e = add_entry(st, lit("x-amz-security-token"), req->session_token, 1);
    if (e == PC_OK && alg == PC_SIGV4_ECDSA)
        e = add_entry(st, lit("x-amz-region-set"),
                      req->region_set.n > 0 ? req->region_set : lit("*"), 1);
    if (e == PC_OK && (req->flags & PC_SIGV4_SIGN_BODY))
        e = add_entry(st, lit("x-amz-content-sha256"), lit(st->payload_hash), 0);
    return e;
}

/* Sorted entries -> "name:v1,v2\n" lines in the canonical request, and the
 * signed-headers list. */
static pc_err emit_headers(pc_sigv4_state *st) {
    size_t n = st->entries.len / sizeof(hentry), i;
    hentry *hs = (hentry *)(void *)st->entries.data;
    pc_buf *cr = &st->canonical_request;
    pc_err e = PC_OK;
    for (i = 0; i < n; i++) {
        hs[i].np = st->text.data + hs[i].name;
        hs[i].vp = st->text.data + hs[i].value;
    }
    sort_entries(hs, n);
    for (i = 0; i < n && e == PC_OK; i++) {
        int same = i > 0 && hs[i].name_len == hs[i - 1].name_len &&
                   memcmp(hs[i].np, hs[i - 1].np, hs[i].name_len) == 0;
        if (same) {    /* repeated header: values joined by ',' in original order */
            cr->len--; /* reopen the previous line (drop its '\n') */
            e = pc_buf_append_char(cr, ',');
        } else {
            if (st->signed_headers.len > 0) e = pc_buf_append_char(&st->signed_headers, ';');
            if (e == PC_OK) e = pc_buf_append(&st->signed_headers, hs[i].np, hs[i].name_len);
            if (e == PC_OK) e = pc_buf_append(cr, hs[i].np, hs[i].name_len);
            if (e == PC_OK) e = pc_buf_append_char(cr, ':');
        }
        if (e == PC_OK) e = pc_buf_append(cr, hs[i].vp, hs[i].value_len);
        if (e == PC_OK) e = pc_buf_append_char(cr, '\n');
    }
    return e;
}

static pc_err payload_hash(pc_sigv4_state *st, pc_strv body) {
    unsigned char md[PC_SHA256_LEN];
    pc_err e;
    if (body.n == 0) {
        memcpy(st->payload_hash, EMPTY_SHA256, sizeof EMPTY_SHA256);
        return PC_OK;
    }
    if ((e = pc_sha256_with(&st->md, body.p, body.n, md)) != PC_OK) return e;
    pc_hex_encode(md, sizeof md, st->payload_hash);
    return PC_OK;
}

pc_err pc_sigv4__canonical(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                           const pc_strv *only_signed, char *errbuf) {
    pc_buf *cr = &st->canonical_request;
    size_t i;
    char *o;
    pc_err e;
    if (req->method.n == 0) return pc_err_set(errbuf, PC_EINVAL, "method is empty");
    if (only_signed == NULL && !pc_sigv4_valid_amz_date(req->amz_date))
        return pc_err_set(errbuf, PC_EINVAL, "amz_date must look like YYYYMMDDTHHMMSSZ");
    pc_buf_reset(cr);
    pc_buf_reset(&st->signed_headers);
    pc_buf_reset(&st->entries);
    pc_buf_reset(&st->text);
    if ((e = payload_hash(st, req->body)) != PC_OK) goto fail;
    if ((e = pc_buf_reserve(cr, req->method.n + 1)) != PC_OK) goto fail;
    o = cr->data + cr->len;
    for (i = 0; i < req->method.n; i++) o[i] = pc_ascii_upper(req->method.p[i]);
    o[i] = '\n';
    cr->len += req->method.n + 1;
    if ((e = pc_sigv4_canonical_uri(cr, &st->work, req->path, req->flags)) != PC_OK ||
        (e = pc_buf_append_char(cr, '\n')) != PC_OK ||
        (e = pc_sigv4_canonical_query(cr, &st->work, req->query)) != PC_OK ||
        (e = pc_buf_append_char(cr, '\n')) != PC_OK ||
        (e = collect_headers(st, req, alg, only_signed)) != PC_OK ||
        (e = emit_headers(st)) != PC_OK || (e = pc_buf_append_char(cr, '\n')) != PC_OK ||
        (e = pc_buf_append(cr, st->signed_headers.data, st->signed_headers.len)) != PC_OK ||
        (e = pc_buf_append_char(cr, '\n')) != PC_OK ||
        (e = pc_buf_append(cr, st->payload_hash, PC_SHA256_HEX_LEN)) != PC_OK)
        goto fail;
    return PC_OK;
fail:
    return pc_err_set(errbuf, e, "canonical request: %s", pc_err_text(e));
}

pc_err pc_sigv4_canonical_request(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                                  char *errbuf) {
    return pc_sigv4__canonical(st, req, alg, NULL, errbuf);
}

/* ---- string to sign, key, signature, Authorization ------------------------- */

pc_err pc_sigv4_string_to_sign(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                               char *errbuf) {
    unsigned char md[PC_SHA256_LEN];
    pc_buf *s = &st->string_to_sign;
    pc_err e;
    if (!pc_sigv4_valid_amz_date(req->amz_date))
        return pc_err_set(errbuf, PC_EINVAL, "amz_date must look like YYYYMMDDTHHMMSSZ");
    if (req->service.n == 0) return pc_err_set(errbuf, PC_EINVAL, "service is empty");
    if (alg == PC_SIGV4_HMAC && req->region.n == 0)
        return pc_err_set(errbuf, PC_EINVAL, "region is empty");
    pc_buf_reset(&st->scope);
    pc_buf_reset(s);
    /* Scope: date/region/service/aws4_request; SigV4a has no region (10.2). */
    if ((e = pc_buf_append(&st->scope, req->amz_date.p, 8)) != PC_OK ||
        (e = pc_buf_append_char(&st->scope, '/')) != PC_OK)
        goto fail;
    if (alg == PC_SIGV4_HMAC &&
        ((e = pc_buf_append(&st->scope, req->region.p, req->region.n)) != PC_OK ||
         (e = pc_buf_append_char(&st->scope, '/')) != PC_OK))
        goto fail;
    if ((e = pc_buf_append(&st->scope, req->service.p, req->service.n)) != PC_OK ||
        (e = pc_buf_append_str(&st->scope, "/aws4_request")) != PC_OK)
        goto fail;
    if ((e = pc_sha256_with(&st->md, st->canonical_request.data, st->canonical_request.len, md)) !=
        PC_OK)
        goto fail;
    if ((e = pc_buf_append_str(s, alg == PC_SIGV4_HMAC ? PC_SIGV4_ALG_NAME "\n"
                                                       : PC_SIGV4A_ALG_NAME "\n")) != PC_OK ||
        (e = pc_buf_append(s, req->amz_date.p, req->amz_date.n)) != PC_OK ||
        (e = pc_buf_append_char(s, '\n')) != PC_OK ||
        (e = pc_buf_append(s, st->scope.data, st->scope.len)) != PC_OK ||
        (e = pc_buf_append_char(s, '\n')) != PC_OK ||
        (e = pc_hex_append(s, md, sizeof md)) != PC_OK)
        goto fail;
    return PC_OK;
fail:
    return pc_err_set(errbuf, e, "string to sign: %s", pc_err_text(e));
}

pc_err pc_sigv4_derive_signing_key(const pc_sigv4_req *req, unsigned char out[PC_SHA256_LEN],
                                   char *errbuf) {
    unsigned char k[PC_SHA256_LEN];
    pc_buf seed;
    pc_err e;
    if (!pc_sigv4_valid_amz_date(req->amz_date) || req->region.n == 0 || req->service.n == 0)
        return pc_err_set(errbuf, PC_EINVAL, "signing key needs amz_date, region and service");
    pc_buf_init(&seed);
    /* kDate = HMAC("AWS4" + secret, date) ... kSigning = HMAC(kService, "aws4_request") */
    if ((e = pc_buf_append_str(&seed, "AWS4")) != PC_OK ||
        (e = pc_buf_append(&seed, req->secret_key.p, req->secret_key.n)) != PC_OK)
        goto cleanup;
    if ((e = pc_hmac_sha256(seed.data, seed.len, req->amz_date.p, 8, k)) != PC_OK ||
        (e = pc_hmac_sha256(k, sizeof k, req->region.p, req->region.n, k)) != PC_OK ||
        (e = pc_hmac_sha256(k, sizeof k, req->service.p, req->service.n, k)) != PC_OK ||
        (e = pc_hmac_sha256(k, sizeof k, "aws4_request", 12, out)) != PC_OK)
        goto cleanup;
cleanup:
    pc_wipe(k, sizeof k);
    pc_buf_cleanup_secure(&seed);
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "signing key: %s", pc_err_text(e));
}

pc_err pc_sigv4_signature(pc_sigv4_state *st, const pc_hmac_key *ksigning, char *errbuf) {
    unsigned char mac[PC_SHA256_LEN];
    pc_err e = pc_hmac_key_mac_with(ksigning, &st->mac, st->string_to_sign.data,
                                    st->string_to_sign.len, mac);
    pc_buf_reset(&st->signature);
    if (e == PC_OK) e = pc_hex_append(&st->signature, mac, sizeof mac);
    pc_wipe(mac, sizeof mac);
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "signature: %s", pc_err_text(e));
}

pc_err pc_sigv4_authorization(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                              char *errbuf) {
    pc_buf *a = &st->authorization;
    pc_err e;
    pc_buf_reset(a);
    if ((e = pc_buf_append_str(a, alg == PC_SIGV4_HMAC ? PC_SIGV4_ALG_NAME : PC_SIGV4A_ALG_NAME)) ||
        (e = pc_buf_append_str(a, " Credential=")) ||
        (e = pc_buf_append(a, req->access_key.p, req->access_key.n)) ||
        (e = pc_buf_append_char(a, '/')) || (e = pc_buf_append(a, st->scope.data, st->scope.len)) ||
        (e = pc_buf_append_str(a, ", SignedHeaders=")) ||
        (e = pc_buf_append(a, st->signed_headers.data, st->signed_headers.len)) ||
        (e = pc_buf_append_str(a, ", Signature=")) ||
        (e = pc_buf_append(a, st->signature.data, st->signature.len)))
        return pc_err_set(errbuf, e, "authorization: %s", pc_err_text(e));
    return PC_OK;
}
