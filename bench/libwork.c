/*
 * bench/libwork.c: the work the packaged libraries must do for one call of the
 * bench's request, alone: no Lua, no I/O, no validation, no Lua values.
 * make bench builds it into build/<rt>/bench/libwork and runs it in the same
 * rounds as the floor (bench/floor.c), so that the SDK's "own work" can be
 * read against the part of it no client using cJSON and OpenSSL can skip:
 *
 *   parse   cJSON_Parse of the response body and cJSON_Delete of the tree;
 *   sign    SigV4's hashes with OpenSSL, the signing key already derived (a
 *           client derives it once a day): SHA-256 of the request body,
 *           SHA-256 of a canonical request as long as the request's head plus
 *           the body hash in hex, and HMAC-SHA-256 of a string to sign, with
 *           the key's pad states prepared once and the contexts reused.
 *
 * Writing the request body is left out: it needs no library.
 *
 *   libwork REQUEST_FILE RESPONSE_FILE N
 *     (REQUEST_FILE as for bench/floor.c: "METHOD URL\n", header lines, an
 *     empty line, the body; RESPONSE_FILE: the response body) prints
 *       libwork calls=N cpu_us=<parse + sign> parse_us=<...> sign_us=<...>
 *     CPU per call (user + system, read as the floor reads it) after N/10
 *     warm-up calls.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include <openssl/evp.h>
#include "bench_common.h"

#define SHA_LEN   32
#define SHA_BLOCK 64
/* "AWS4-HMAC-SHA256\n", the date line and the credential scope line of this
 * service: about 90 bytes before the canonical request's hash */
#define STS_PREFIX 90

typedef struct {
    const EVP_MD *md;
    EVP_MD_CTX *work, *inner, *outer; /* inner/outer: the key's pad states */
    const char *body, *head;
    size_t body_len, head_len;
    char canon[4096], sts[256];
} signer;

static void hex(const unsigned char *in, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
}

/* The head's lines but the Authorization line (not signed) into out; its length. */
static size_t canonical_head(char *out, const char *head, size_t len) {
    const char *p = head, *end = head + len;
    size_t n = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl != NULL ? (size_t)(nl - p) + 1 : (size_t)(end - p);
        if (!(l >= 14 && strncasecmp(p, "Authorization:", 14) == 0)) {
            memcpy(out + n, p, l);
            n += l;
        }
        p += l;
    }
    return n;
}

static int pad_state(signer *s, EVP_MD_CTX *ctx, const unsigned char key[SHA_LEN],
                     unsigned char pad) {
    unsigned char block[SHA_BLOCK];
    size_t i;
    memset(block, pad, sizeof block);
    for (i = 0; i < SHA_LEN; i++) block[i] ^= key[i];
    return EVP_DigestInit_ex(ctx, s->md, NULL) && EVP_DigestUpdate(ctx, block, sizeof block);
}

static int sign_once(signer *s, unsigned char mac[SHA_LEN]) {
    unsigned char h[SHA_LEN];
    unsigned int n;
    size_t len;
    /* the body's hash, then the canonical request ending in it */
    if (!EVP_DigestInit_ex(s->work, s->md, NULL) ||
        !EVP_DigestUpdate(s->work, s->body, s->body_len) || !EVP_DigestFinal_ex(s->work, h, &n))
        return 0;
    hex(h, SHA_LEN, s->canon + s->head_len);
    len = s->head_len + 2 * SHA_LEN;
    if (!EVP_DigestInit_ex(s->work, s->md, NULL) || !EVP_DigestUpdate(s->work, s->canon, len) ||
        !EVP_DigestFinal_ex(s->work, h, &n))
        return 0;
    /* the string to sign ends in the canonical request's hash */
    hex(h, SHA_LEN, s->sts + STS_PREFIX);
    if (!EVP_MD_CTX_copy_ex(s->work, s->inner) ||
        !EVP_DigestUpdate(s->work, s->sts, STS_PREFIX + 2 * SHA_LEN) ||
        !EVP_DigestFinal_ex(s->work, h, &n) || !EVP_MD_CTX_copy_ex(s->work, s->outer) ||
        !EVP_DigestUpdate(s->work, h, SHA_LEN) || !EVP_DigestFinal_ex(s->work, mac, &n))
        return 0;
    return 1;
}

int main(int argc, char **argv) {
    size_t req_len = 0, resp_len = 0;
    volatile size_t sink = 0; /* keeps the loops' results alive */
    char *req, *resp, *sep;
    long n, i, warm;
    double t0 = 0, parse_us, sign_us;
    unsigned char key[SHA_LEN], mac[SHA_LEN];
    signer s;

    if (argc != 4 || (n = atol(argv[3])) <= 0) {
        fprintf(stderr, "usage: libwork REQUEST_FILE RESPONSE_FILE N\n");
        return 2;
    }
    req = read_file(argv[1], &req_len);
    resp = read_file(argv[2], &resp_len);
    sep = req != NULL ? strstr(req, "\n\n") : NULL;
    if (resp == NULL || sep == NULL) {
        fprintf(stderr,
                "libwork: cannot read %s (METHOD URL / headers / empty line / body) or %s\n",
                argv[1], argv[2]);
        return 1;
    }
    memset(&s, 0, sizeof s);
    s.head = req;
    s.head_len = (size_t)(sep - req) + 1;
    s.body = sep + 2;
    s.body_len = req_len - (size_t)(s.body - req);
    if (s.head_len + 2 * SHA_LEN > sizeof s.canon) { /* (canonical_head only shortens it) */
        fprintf(stderr, "libwork: the request head is longer than %zu bytes\n", sizeof s.canon);
        return 1;
    }
    s.head_len = canonical_head(s.canon, s.head, s.head_len);
    memset(s.sts, 'x', STS_PREFIX);
    memset(key, 7, sizeof key);
    s.md = EVP_sha256();
    s.work = EVP_MD_CTX_new();
    s.inner = EVP_MD_CTX_new();
    s.outer = EVP_MD_CTX_new();
    if (s.work == NULL || s.inner == NULL || s.outer == NULL ||
        !pad_state(&s, s.inner, key, 0x36) || !pad_state(&s, s.outer, key, 0x5c)) {
        fprintf(stderr, "libwork: OpenSSL initialisation failed\n");
        return 1;
    }

    warm = n / 10;
    for (i = -warm; i < n; i++) {
        cJSON *tree;
        if (i == 0) t0 = cpu_s();
        tree = cJSON_ParseWithLength(resp, resp_len);
        if (tree == NULL) {
            fprintf(stderr, "libwork: cJSON cannot parse %s\n", argv[2]);
            return 1;
        }
        sink += (size_t)cJSON_GetArraySize(tree);
        cJSON_Delete(tree);
    }
    parse_us = (cpu_s() - t0) * 1e6 / (double)n;
    for (i = -warm; i < n; i++) {
        if (i == 0) t0 = cpu_s();
        if (!sign_once(&s, mac)) {
            fprintf(stderr, "libwork: OpenSSL failed\n");
            return 1;
        }
        sink += mac[0];
    }
    sign_us = (cpu_s() - t0) * 1e6 / (double)n;
    printf("libwork calls=%ld cpu_us=%.2f parse_us=%.2f sign_us=%.2f\n", n, parse_us + sign_us,
           parse_us, sign_us);
    EVP_MD_CTX_free(s.work);
    EVP_MD_CTX_free(s.inner);
    EVP_MD_CTX_free(s.outer);
    free(req);
    free(resp);
    return 0;
}
