#ifndef PC_CRYPTO_H
#define PC_CRYPTO_H
/*
 * Crypto primitives over OpenSSL 3 (libcrypto): SHA-256, HMAC-SHA256, hex,
 * base64, random bytes and UUID v4. No lua.h here.
 *
 * All functions are thread-safe. The SHA-256 implementation is fetched once
 * (EVP_MD_fetch under CRYPTO_THREAD_run_once) so the hot signing path does
 * not pay for an implicit provider lookup on every call.
 */
#include <stddef.h>
#include <stdint.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/buf.h"
#include "pc/err.h"

#define PC_SHA256_LEN     32
#define PC_SHA256_HEX_LEN 64
#ifndef PC_UUID_LEN
#define PC_UUID_LEN 36
#endif

#define PC_SHA1_HEX_LEN 40

/* out = lowercase hex SHA-1(data), NUL-terminated. Not for security: only for
 * names that other tools derive with SHA-1 (the AWS SSO token cache file). */
pc_err pc_sha1_hex(const void *data, size_t len, char out[PC_SHA1_HEX_LEN + 1]);

/* out = SHA-256(data). */
pc_err pc_sha256(const void *data, size_t len, unsigned char out[PC_SHA256_LEN]);
/* The same on a digest context the caller keeps (*ctx: NULL at first, made
 * here; pc_digest_ctx_free at the end): no allocation per digest. */
pc_err pc_sha256_with(void **ctx, const void *data, size_t len, unsigned char out[PC_SHA256_LEN]);
void pc_digest_ctx_free(void **ctx);

/* out = HMAC-SHA256(key, msg). Any key length (keys over 64 bytes are hashed). */
pc_err pc_hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
                      unsigned char out[PC_SHA256_LEN]);

/*
 * A prepared HMAC-SHA256 key: the inner and outer pad states are hashed
 * once, so each later MAC costs two compression runs fewer. Used by the
 * SigV4 signing-key cache. Owns OpenSSL contexts: pc_hmac_key_init() then
 * pc_hmac_key_cleanup() (which wipes the key states).
 */
typedef struct pc_hmac_key {
    void *inner; /* EVP_MD_CTX* after absorbing key ^ ipad */
    void *outer; /* EVP_MD_CTX* after absorbing key ^ opad */
} pc_hmac_key;

void pc_hmac_key_init(pc_hmac_key *k);
pc_err pc_hmac_key_set(pc_hmac_key *k, const void *key, size_t keylen);
pc_err pc_hmac_key_mac(const pc_hmac_key *k, const void *msg, size_t msglen,
                       unsigned char out[PC_SHA256_LEN]);
void pc_hmac_key_cleanup(pc_hmac_key *k);
/* pc_hmac_key_mac on a working context the caller keeps (as pc_sha256_with). */
pc_err pc_hmac_key_mac_with(const pc_hmac_key *k, void **work, const void *msg, size_t msglen,
                            unsigned char out[PC_SHA256_LEN]);

/* The value of the hex digit c (either case), or -1. */
int pc_hexval(int c);
/* Lowercase hex of n bytes into out (2n + 1 bytes incl. NUL). Returns out. */
char *pc_hex_encode(const void *in, size_t n, char *out);
/* Appends lowercase hex to a buffer. */
pc_err pc_hex_append(pc_buf *b, const void *in, size_t n);
/*
 * Decodes hex (either case, even length) into out (capacity outcap).
 * *outlen gets the byte count. PC_EPARSE on a bad digit or odd length.
 */
pc_err pc_hex_decode(const char *in, size_t n, unsigned char *out, size_t outcap, size_t *outlen);

/* Standard base64 (RFC 4648 §4, '+' '/' and '=' padding), appended to b. */
pc_err pc_base64_encode(const void *in, size_t n, pc_buf *b);
/*
 * Decodes standard padded base64, appended to b. Rejects characters outside
 * the alphabet, whitespace, wrong length, misplaced padding and non-zero
 * trailing bits (so every accepted input has exactly one encoding).
 */
pc_err pc_base64_decode(const char *in, size_t n, pc_buf *b, char *errbuf);

/* n bytes from OpenSSL's CSPRNG (RAND_bytes). */
pc_err pc_random_bytes(void *out, size_t n);

/* A random (version 4, RFC 9562) UUID, lowercase: "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx". */
pc_err pc_uuid4(char out[PC_UUID_LEN + 1]);

/* Constant-time equality of two byte strings of the same length n. 1 if equal. */
int pc_ct_equal(const void *a, const void *b, size_t n);

/* Wipes memory in a way the compiler cannot remove (OPENSSL_cleanse). */
void pc_wipe(void *p, size_t n);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
