/*
 * Crypto primitives (see pc/crypto.h): OpenSSL 3 EVP digests, a hand-rolled
 * HMAC over them (so a key's pad states can be prepared once and reused),
 * hex, strict base64, CSPRNG bytes and UUID v4.
 */
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <errno.h>
#include <sys/random.h> /* getrandom: Linux (glibc 2.25, musl), FreeBSD */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include "pc/crypto.h"

#define SHA256_BLOCK 64

/*
 * The SHA-256 implementation, fetched once. EVP_sha256() would work too, but
 * in OpenSSL 3 every init with it performs an implicit fetch (a locked
 * lookup), which is a noticeable part of a ~2 µs signature.
 */
static CRYPTO_ONCE sha_once = CRYPTO_ONCE_STATIC_INIT;
static EVP_MD *sha_fetched = NULL;

/* Runs at exit, or when the Lua module is unloaded (dlclose runs the exit
 * handlers a shared object registered): the static pointer dies with the
 * module, so the fetched method must be released then. */
static void sha_release(void) {
    EVP_MD_free(sha_fetched);
    sha_fetched = NULL;
}

static void sha_fetch(void) {
    sha_fetched = EVP_MD_fetch(NULL, "SHA256", NULL);
    if (sha_fetched != NULL && atexit(sha_release) != 0) {
        EVP_MD_free(sha_fetched); /* cannot release it later: do not keep it */
        sha_fetched = NULL;
    }
}

static const EVP_MD *sha256_md(void) {
    if (!CRYPTO_THREAD_run_once(&sha_once, sha_fetch) || sha_fetched == NULL) return EVP_sha256();
    return sha_fetched;
}

void pc_wipe(void *p, size_t n) {
    if (p != NULL && n > 0) OPENSSL_cleanse(p, n);
}

int pc_ct_equal(const void *a, const void *b, size_t n) { return CRYPTO_memcmp(a, b, n) == 0; }

pc_err pc_sha256(const void *data, size_t len, unsigned char out[PC_SHA256_LEN]) {
    unsigned int outlen = 0;
    if (!EVP_Digest(len ? data : "", len, out, &outlen, sha256_md(), NULL)) return PC_ECRYPTO;
    return outlen == PC_SHA256_LEN ? PC_OK : PC_ECRYPTO;
}

pc_err pc_sha256_with(void **ctx, const void *data, size_t len, unsigned char out[PC_SHA256_LEN]) {
    unsigned int outlen = 0;
    EVP_MD_CTX *c = (EVP_MD_CTX *)*ctx;
    if (c == NULL && (c = EVP_MD_CTX_new()) == NULL) return PC_ENOMEM;
    *ctx = c;
    if (!EVP_DigestInit_ex(c, sha256_md(), NULL) || !EVP_DigestUpdate(c, len ? data : "", len) ||
        !EVP_DigestFinal_ex(c, out, &outlen))
        return PC_ECRYPTO;
    return outlen == PC_SHA256_LEN ? PC_OK : PC_ECRYPTO;
}

void pc_digest_ctx_free(void **ctx) {
    EVP_MD_CTX_free((EVP_MD_CTX *)*ctx); /* wipes the digest state */
    *ctx = NULL;
}

pc_err pc_sha1_hex(const void *data, size_t len, char out[PC_SHA1_HEX_LEN + 1]) {
    unsigned char md[20];
    unsigned int outlen = 0;
    out[0] = '\0';
    if (!EVP_Digest(len ? data : "", len, md, &outlen, EVP_sha1(), NULL) || outlen != sizeof md)
        return PC_ECRYPTO;
    pc_hex_encode(md, sizeof md, out);
    return PC_OK;
}

/* ---- HMAC (RFC 2104) over EVP digest contexts ---------------------------- */

void pc_hmac_key_init(pc_hmac_key *k) {
    k->inner = NULL;
    k->outer = NULL;
}

void pc_hmac_key_cleanup(pc_hmac_key *k) {
    /* EVP_MD_CTX_free wipes the digest state (it holds key-derived data). */
    EVP_MD_CTX_free((EVP_MD_CTX *)k->inner);
    EVP_MD_CTX_free((EVP_MD_CTX *)k->outer);
    pc_hmac_key_init(k);
}

/* ctx <- SHA-256 state after absorbing one block of (key ^ pad). */
static int absorb_pad(EVP_MD_CTX *ctx, const unsigned char *key, size_t keylen, unsigned char pad) {
    unsigned char block[SHA256_BLOCK];
    size_t i;
    int ok;
    for (i = 0; i < SHA256_BLOCK; i++) block[i] = (unsigned char)((i < keylen ? key[i] : 0) ^ pad);
    ok = EVP_DigestInit_ex(ctx, sha256_md(), NULL) && EVP_DigestUpdate(ctx, block, SHA256_BLOCK);
    OPENSSL_cleanse(block, sizeof block);
    return ok;
}

pc_err pc_hmac_key_set(pc_hmac_key *k, const void *key, size_t keylen) {
    unsigned char hashed[PC_SHA256_LEN];
    const unsigned char *kp = (const unsigned char *)key;
    pc_err e = PC_OK;
    if (k->inner == NULL) k->inner = EVP_MD_CTX_new();
    if (k->outer == NULL) k->outer = EVP_MD_CTX_new();
    if (k->inner == NULL || k->outer == NULL) return PC_ENOMEM;
    if (keylen > SHA256_BLOCK) { /* RFC 2104: long keys are hashed first */
        if ((e = pc_sha256(key, keylen, hashed)) != PC_OK) goto cleanup;
        kp = hashed;
        keylen = PC_SHA256_LEN;
    }
    if (!absorb_pad((EVP_MD_CTX *)k->inner, kp, keylen, 0x36) ||
        !absorb_pad((EVP_MD_CTX *)k->outer, kp, keylen, 0x5c))
        e = PC_ECRYPTO;
cleanup:
    OPENSSL_cleanse(hashed, sizeof hashed);
    return e;
}

/* The MAC on a working context w (made when NULL, kept by the caller). */
static pc_err hmac_mac(const pc_hmac_key *k, EVP_MD_CTX *w, const void *msg, size_t msglen,
                       unsigned char out[PC_SHA256_LEN]) {
    unsigned char ihash[PC_SHA256_LEN];
    unsigned int n = 0;
    pc_err e = PC_ECRYPTO;
    if (k->inner == NULL || k->outer == NULL) goto cleanup;
    if (!EVP_MD_CTX_copy_ex(w, (const EVP_MD_CTX *)k->inner) ||
        !EVP_DigestUpdate(w, msglen ? msg : "", msglen) || !EVP_DigestFinal_ex(w, ihash, &n))
        goto cleanup;
    if (!EVP_MD_CTX_copy_ex(w, (const EVP_MD_CTX *)k->outer) ||
        !EVP_DigestUpdate(w, ihash, sizeof ihash) || !EVP_DigestFinal_ex(w, out, &n))
        goto cleanup;
    e = PC_OK;
cleanup:
    OPENSSL_cleanse(ihash, sizeof ihash);
    return e;
}

pc_err pc_hmac_key_mac(const pc_hmac_key *k, const void *msg, size_t msglen,
                       unsigned char out[PC_SHA256_LEN]) {
    EVP_MD_CTX *w = EVP_MD_CTX_new();
    pc_err e;
    if (w == NULL) return PC_ENOMEM;
    e = hmac_mac(k, w, msg, msglen, out);
    EVP_MD_CTX_free(w);
    return e;
}

pc_err pc_hmac_key_mac_with(const pc_hmac_key *k, void **work, const void *msg, size_t msglen,
                            unsigned char out[PC_SHA256_LEN]) {
    EVP_MD_CTX *w = (EVP_MD_CTX *)*work;
    if (w == NULL && (w = EVP_MD_CTX_new()) == NULL) return PC_ENOMEM;
    *work = w;
    return hmac_mac(k, w, msg, msglen, out);
}

pc_err pc_hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
                      unsigned char out[PC_SHA256_LEN]) {
    pc_hmac_key k;
    pc_err e;
    pc_hmac_key_init(&k);
    e = pc_hmac_key_set(&k, key, keylen);
    if (e == PC_OK) e = pc_hmac_key_mac(&k, msg, msglen, out);
    pc_hmac_key_cleanup(&k);
    return e;
}

/* ---- hex ------------------------------------------------------------------ */

char *pc_hex_encode(const void *in, size_t n, char *out) {
    /* the two digits of each byte value */
    static const char pairs[] = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                                "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
                                "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"
                                "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
                                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
                                "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"
                                "c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
                                "e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
    const unsigned char *p = (const unsigned char *)in;
    size_t i;
    for (i = 0; i < n; i++) memcpy(out + 2 * i, pairs + 2 * p[i], 2);
    out[2 * n] = '\0';
    return out;
}

pc_err pc_hex_append(pc_buf *b, const void *in, size_t n) {
    if (n > ((size_t)-1) / 2 - 1 || pc_buf_reserve(b, 2 * n) != PC_OK) return PC_ENOMEM;
    pc_hex_encode(in, n, b->data + b->len);
    b->len += 2 * n;
    return PC_OK;
}

int pc_hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

pc_err pc_hex_decode(const char *in, size_t n, unsigned char *out, size_t outcap, size_t *outlen) {
    size_t i;
    *outlen = 0;
    if (n % 2 != 0) return PC_EPARSE;
    if (n / 2 > outcap) return PC_ETOOBIG;
    for (i = 0; i < n; i += 2) {
        int hi = pc_hexval((unsigned char)in[i]), lo = pc_hexval((unsigned char)in[i + 1]);
        if (hi < 0 || lo < 0) return PC_EPARSE;
        out[i / 2] = (unsigned char)(hi << 4 | lo);
    }
    *outlen = n / 2;
    return PC_OK;
}

/* ---- base64 (RFC 4648 §4) --------------------------------------------------- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pc_err pc_base64_encode(const void *in, size_t n, pc_buf *b) {
    const unsigned char *p = (const unsigned char *)in;
    size_t i, outn;
    char *o;
    if (n > ((size_t)-1) / 4 * 3 - 3) return PC_ENOMEM;
    outn = (n + 2) / 3 * 4;
    if (pc_buf_reserve(b, outn) != PC_OK) return PC_ENOMEM;
    o = b->data + b->len;
    for (i = 0; i + 2 < n; i += 3) {
        unsigned long v = (unsigned long)p[i] << 16 | (unsigned long)p[i + 1] << 8 | p[i + 2];
        *o++ = b64[(v >> 18) & 63];
        *o++ = b64[(v >> 12) & 63];
        *o++ = b64[(v >> 6) & 63];
        *o++ = b64[v & 63];
    }
    if (i < n) {
        unsigned long v =
            (unsigned long)p[i] << 16 | (i + 1 < n ? (unsigned long)p[i + 1] << 8 : 0);
        *o++ = b64[(v >> 18) & 63];
        *o++ = b64[(v >> 12) & 63];
        *o++ = (i + 1 < n) ? b64[(v >> 6) & 63] : '=';
        *o++ = '=';
    }
    b->len += outn;
    b->data[b->len] = '\0';
    return PC_OK;
}

static int b64val(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

pc_err pc_base64_decode(const char *in, size_t n, pc_buf *b, char *errbuf) {
    size_t i, pad = 0;
    char *o;
    if (n % 4 != 0)
        return pc_err_set(errbuf, PC_EPARSE, "base64: length %zu is not a multiple of 4", n);
    if (n >= 1 && in[n - 1] == '=') pad++;
    if (n >= 2 && in[n - 2] == '=') pad++;
    if (pc_buf_reserve(b, n / 4 * 3) != PC_OK) return PC_ENOMEM;
    o = b->data + b->len;
    for (i = 0; i < n; i += 4) {
        int v[4], k, last = (i + 4 == n);
        unsigned long w;
        for (k = 0; k < 4; k++) {
            int dig = b64val((unsigned char)in[i + k]);
            if (dig < 0 && !(last && in[i + k] == '=' && k >= 4 - (int)pad))
                return pc_err_set(errbuf, PC_EPARSE, "base64: invalid character at offset %zu",
                                  i + k);
            v[k] = dig < 0 ? 0 : dig;
        }
        w = (unsigned long)v[0] << 18 | (unsigned long)v[1] << 12 | (unsigned long)v[2] << 6 |
            (unsigned long)v[3];
        /* Canonical form only: the bits hidden by the padding must be zero. */
        if (last && ((pad == 1 && (w & 0xff) != 0) || (pad == 2 && (w & 0xffff) != 0)))
            return pc_err_set(errbuf, PC_EPARSE, "base64: non-zero padding bits");
        *o++ = (char)(w >> 16);
        if (!last || pad < 2) *o++ = (char)(w >> 8 & 0xff);
        if (!last || pad < 1) *o++ = (char)(w & 0xff);
    }
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return PC_OK;
}

/* ---- randomness ------------------------------------------------------------ */

pc_err pc_random_bytes(void *out, size_t n) {
    unsigned char *p = (unsigned char *)out;
    while (n > 0) { /* RAND_bytes takes an int */
        int chunk = n > 1u << 20 ? 1 << 20 : (int)n;
        if (RAND_bytes(p, chunk) != 1) return PC_ECRYPTO;
        p += chunk;
        n -= (size_t)chunk;
    }
    return PC_OK;
}

/*
 * UUIDs come from a per-thread pool of CSPRNG bytes: a random source costs about
 * 2 µs a call (locking, reseed checks, or a syscall), and a client call needs
 * two UUIDs (idempotency token, invocation id). The pool is filled from the
 * kernel's CSPRNG (one getrandom call per 256 UUIDs) rather than RAND_bytes: the
 * first RAND_bytes of a process instantiates OpenSSL's DRBG (fetching the
 * AES-CTR cipher and its providers), about 6 million instructions, a third of
 * a short script's first call; RAND_bytes remains the fallback. The pool is per thread (no shared state)
 * and emptied in the child after fork(): nginx forks its workers from the
 * master, and two workers must never hand out the same token. (A getpid()
 * check per UUID would cost a syscall, about 1 µs on a VM; only the forking
 * thread exists in the child, so clearing its pool is enough. glibc drops the
 * handler when the module is dlclose()d.) Used bytes are wiped.
 */
#define UUID_POOL_BYTES 4096
static __thread unsigned char uuid_pool[UUID_POOL_BYTES];
static __thread size_t uuid_pool_left;
static pthread_once_t uuid_atfork_once = PTHREAD_ONCE_INIT;

static void uuid_pool_forget(void) {
    OPENSSL_cleanse(uuid_pool, sizeof uuid_pool);
    uuid_pool_left = 0;
}

static void uuid_atfork_register(void) { (void)pthread_atfork(NULL, NULL, uuid_pool_forget); }

/* One getrandom call fills the pool (getentropy stops at 256 bytes: it would
 * take 16, and spec/39-syscalls counts them); a signal may cut a read short. */
static pc_err uuid_pool_fill(void) {
    size_t off = 0;
    while (off < sizeof uuid_pool) {
        ssize_t n = getrandom(uuid_pool + off, sizeof uuid_pool - off, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return pc_random_bytes(uuid_pool, sizeof uuid_pool);
        off += (size_t)n;
    }
    return PC_OK;
}

static pc_err uuid_random(unsigned char r[16]) {
    unsigned char *p;
    if (uuid_pool_left < 16) {
        (void)pthread_once(&uuid_atfork_once, uuid_atfork_register);
        if (uuid_pool_fill() != PC_OK) {
            uuid_pool_left = 0;
            return PC_ECRYPTO;
        }
        uuid_pool_left = sizeof uuid_pool;
    }
    p = uuid_pool + (sizeof uuid_pool - uuid_pool_left);
    memcpy(r, p, 16);
    OPENSSL_cleanse(p, 16);
    uuid_pool_left -= 16;
    return PC_OK;
}

pc_err pc_uuid4(char out[PC_UUID_LEN + 1]) {
    unsigned char r[16];
    char hex[33];
    if (uuid_random(r) != PC_OK) {
        out[0] = '\0';
        return PC_ECRYPTO;
    }
    r[6] = (unsigned char)((r[6] & 0x0f) | 0x40); /* version 4 */
    r[8] = (unsigned char)((r[8] & 0x3f) | 0x80); /* variant 10xx */
    pc_hex_encode(r, sizeof r, hex);
    memcpy(out, hex, 8);
    out[8] = '-';
    memcpy(out + 9, hex + 8, 4);
    out[13] = '-';
    memcpy(out + 14, hex + 12, 4);
    out[18] = '-';
    memcpy(out + 19, hex + 16, 4);
    out[23] = '-';
    memcpy(out + 24, hex + 20, 12);
    out[36] = '\0';
    return PC_OK;
}
