#ifndef PC_SIGV4_H
#define PC_SIGV4_H
/*
 * AWS request signing: SigV4 (AWS4-HMAC-SHA256) and SigV4a
 * (AWS4-ECDSA-P256-SHA256), doc/protocol.md §9 and §10. No lua.h here.
 *
 * Stages, each callable from tests, in this order on one pc_sigv4_state:
 *   pc_sigv4_canonical_request()  -> st->canonical_request, st->signed_headers
 *   pc_sigv4_string_to_sign()     -> st->scope, st->string_to_sign
 *   pc_sigv4_signature()          -> st->signature  (v4, with a prepared signing key)
 *   pc_sigv4a_signature()         -> st->signature  (v4a, with a derived EC key)
 *   pc_sigv4_authorization()      -> st->authorization
 * pc_signer_sign() runs all of them with a signing-key cache; pc_signer_verify()
 * checks a request that carries an Authorization header.
 *
 * Time is an input (req->amz_date); nothing here reads the clock.
 * All strings are borrowed (pointer + length) for the duration of one call.
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/buf.h"
#include "pc/crypto.h"
#include "pc/err.h"

/* A borrowed byte string. p may be NULL only when n == 0 (meaning "absent"). */
typedef struct pc_strv {
    const char *p;
    size_t n;
} pc_strv;

typedef struct pc_sigv4_header {
    pc_strv name;
    pc_strv value;
} pc_sigv4_header;

enum {
    PC_SIGV4_NORMALIZE_PATH = 1 << 0,    /* RFC 3986 dot-segment removal (non-S3) */
    PC_SIGV4_DOUBLE_ENCODE = 1 << 1,     /* encode the (already encoded) path again */
    PC_SIGV4_SIGN_BODY = 1 << 2,         /* add and sign x-amz-content-sha256 */
    PC_SIGV4_OMIT_SESSION_TOKEN = 1 << 3 /* token header added after signing, unsigned */
};
#define PC_SIGV4_DEFAULT_FLAGS (PC_SIGV4_NORMALIZE_PATH | PC_SIGV4_DOUBLE_ENCODE)

typedef enum pc_sigv4_alg {
    PC_SIGV4_HMAC = 0, /* AWS4-HMAC-SHA256 */
    PC_SIGV4_ECDSA = 1 /* AWS4-ECDSA-P256-SHA256 (SigV4a) */
} pc_sigv4_alg;

#define PC_SIGV4_ALG_NAME  "AWS4-HMAC-SHA256"
#define PC_SIGV4A_ALG_NAME "AWS4-ECDSA-P256-SHA256"
#define PC_AMZ_DATE_LEN    16 /* YYYYMMDDTHHMMSSZ */

typedef struct pc_sigv4_req {
    pc_strv method;                 /* uppercased into the canonical request */
    pc_strv path;                   /* as on the wire (encoded once); empty means "/" */
    pc_strv query;                  /* raw query string without '?', may be empty */
    const pc_sigv4_header *headers; /* in wire order; repeated names allowed */
    size_t n_headers;
    pc_strv body;
    pc_strv access_key;
    pc_strv secret_key;
    pc_strv session_token; /* empty: no token */
    pc_strv region;        /* v4 scope region */
    pc_strv region_set;    /* v4a X-Amz-Region-Set; empty means "*" */
    pc_strv service;
    pc_strv amz_date; /* "YYYYMMDDTHHMMSSZ" */
    unsigned flags;   /* PC_SIGV4_* bits */
} pc_sigv4_req;

/* 1 when s has exactly the "YYYYMMDDTHHMMSSZ" shape (digits, 'T', 'Z'). */
int pc_sigv4_valid_amz_date(pc_strv s);

/* Initialises every field to "absent" and flags to PC_SIGV4_DEFAULT_FLAGS. */
void pc_sigv4_req_init(pc_sigv4_req *req);

/*
 * The products of the stages, one growable buffer each (NUL-terminated),
 * plus scratch space. Caller-owned: pc_sigv4_state_init(), any number of
 * signings (buffers are reused), pc_sigv4_state_cleanup().
 */
typedef struct pc_sigv4_state {
    pc_buf canonical_request;
    pc_buf signed_headers;
    pc_buf scope;
    pc_buf string_to_sign;
    pc_buf signature;     /* lowercase hex */
    pc_buf authorization; /* the full Authorization header value */
    char payload_hash[PC_SHA256_HEX_LEN + 1];
    pc_buf entries; /* scratch: canonical header entries */
    pc_buf text;    /* scratch: lowercased names, canonical values */
    pc_buf work;    /* scratch: path normalisation, query pairs */
    void *md;       /* digest context of the stages (pc_sha256_with) */
    void *mac;      /* HMAC working context (pc_hmac_key_mac_with) */
} pc_sigv4_state;

void pc_sigv4_state_init(pc_sigv4_state *st);
void pc_sigv4_state_cleanup(pc_sigv4_state *st);

/*
 * Canonical request (doc/protocol.md §9.1). Signs the request headers except the
 * static unsigned list (user-agent, x-amzn-trace-id, expect, ...) and those
 * the signer owns (authorization, x-amz-date, and x-amz-security-token /
 * x-amz-region-set / x-amz-content-sha256 when the signer adds them); adds
 * x-amz-date, x-amz-security-token (token present and not omitted),
 * x-amz-region-set (v4a) and x-amz-content-sha256 (PC_SIGV4_SIGN_BODY).
 */
pc_err pc_sigv4_canonical_request(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                                  char *errbuf);

/* String to sign (9.2 / 10.2) over st->canonical_request. */
pc_err pc_sigv4_string_to_sign(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                               char *errbuf);

/* kSigning = HMAC chain over "AWS4"+secret, date, region, service, "aws4_request". */
pc_err pc_sigv4_derive_signing_key(const pc_sigv4_req *req, unsigned char out[PC_SHA256_LEN],
                                   char *errbuf);

/* st->signature = hex(HMAC(kSigning, string_to_sign)); key prepared with pc_hmac_key_set. */
pc_err pc_sigv4_signature(pc_sigv4_state *st, const pc_hmac_key *ksigning, char *errbuf);

/* Authorization header value from st->scope, st->signed_headers, st->signature. */
pc_err pc_sigv4_authorization(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                              char *errbuf);

/* ---- SigV4a keys (sigv4a.c) ------------------------------------------------ */

/*
 * The private scalar d of 10.1 (counter KDF over HMAC-SHA256 keyed with
 * "AWS4A"+secret, constant-time check against n-2), big-endian 32 bytes.
 */
pc_err pc_sigv4a_derive_scalar(pc_strv access_key, pc_strv secret_key, unsigned char d[32],
                               char *errbuf);

/* An EC P-256 key (EVP_PKEY*) with its public point. _new/_free pair. */
typedef struct pc_sigv4a_key {
    void *pkey;          /* EVP_PKEY* */
    unsigned char x[32]; /* public point, big-endian */
    unsigned char y[32];
} pc_sigv4a_key;

/* Derives the key pair from credentials. *out owned by the caller. */
pc_err pc_sigv4a_key_derive(pc_strv access_key, pc_strv secret_key, pc_sigv4a_key *out,
                            char *errbuf);
/* A public-only key from the point (x, y); fails if the point is not on P-256. */
pc_err pc_sigv4a_key_from_public(const unsigned char x[32], const unsigned char y[32],
                                 pc_sigv4a_key *out, char *errbuf);
void pc_sigv4a_key_cleanup(pc_sigv4a_key *k); /* idempotent; frees and wipes */

/* st->signature = hex(DER(ECDSA-P256(SHA-256(string_to_sign)))), random k. */
pc_err pc_sigv4a_signature(pc_sigv4_state *st, const pc_sigv4a_key *key, char *errbuf);

/* ECDSA verify of a hex DER signature over msg (SHA-256 inside). PC_ESIGNATURE if bad. */
pc_err pc_sigv4a_verify(const pc_sigv4a_key *key, const char *msg, size_t msglen, pc_strv sig_hex,
                        char *errbuf);

/* ---- signer with a key cache (signer.c) ---------------------------------- */

#define PC_SIGNER_V4_SLOTS  8
#define PC_SIGNER_V4A_SLOTS 4
#define PC_SIGNER_ID_MAX    128 /* longer access keys / regions / services bypass the cache */

typedef struct pc_signer_v4_slot {
    int used;
    unsigned long last_use;
    unsigned char id_hash[PC_SHA256_LEN];   /* SHA-256 of akid, date, region, service */
    unsigned char secret_fp[PC_SHA256_LEN]; /* SHA-256 of the secret, never the secret */
    pc_hmac_key key;                        /* prepared kSigning */
} pc_signer_v4_slot;

typedef struct pc_signer_v4a_slot {
    int used;
    unsigned long last_use;
    unsigned char id_hash[PC_SHA256_LEN]; /* SHA-256 of akid */
    unsigned char secret_fp[PC_SHA256_LEN];
    pc_sigv4a_key key;
} pc_signer_v4a_slot;

/*
 * A signer: one scratch state plus small LRU caches of derived keys. Not
 * thread-safe (one per Lua state / thread). Entries are wiped on eviction and
 * on cleanup.
 */
typedef struct pc_signer {
    pc_sigv4_state st;
    unsigned long tick;
    pc_signer_v4_slot v4[PC_SIGNER_V4_SLOTS];
    pc_signer_v4a_slot v4a[PC_SIGNER_V4A_SLOTS];
} pc_signer;

void pc_signer_init(pc_signer *s);
void pc_signer_cleanup(pc_signer *s); /* idempotent */

/* All stages; results in s->st (authorization, signature, ...). */
pc_err pc_signer_sign(pc_signer *s, const pc_sigv4_req *req, pc_sigv4_alg alg, char *errbuf);

/*
 * Verifies a signed request: req->headers carry Authorization and
 * X-Amz-Date; only the headers named in SignedHeaders are used. secret_key
 * comes from req->secret_key. access_key / region / service / amz_date, when
 * set in req, must agree with the Authorization credential; when empty they
 * are taken from it. PC_OK, or PC_ESIGNATURE with a message that never holds
 * the secret or the expected signature; PC_EPARSE for a malformed header.
 */
pc_err pc_signer_verify(pc_signer *s, const pc_sigv4_req *req, pc_sigv4_alg alg, char *errbuf);

/* The signature stage alone (into s->st.signature) after the canonical request
 * and string to sign stages ran on s->st; keys from the caches. */
pc_err pc_signer_signature(pc_signer *s, const pc_sigv4_req *req, pc_sigv4_alg alg, char *errbuf);

/* The prepared SigV4 signing key of req (access key, secret, date, region,
 * service): from the cache, or derived and cached; *out is borrowed until
 * the signer next derives a key, or is tmp (set by the caller, cleaned up by
 * it) when fields are too long to be cached. */
pc_err pc_signer_v4_key(pc_signer *s, const pc_sigv4_req *req, pc_hmac_key *tmp,
                        const pc_hmac_key **out, char *errbuf);

/* The cached (or freshly derived) SigV4a key for these credentials. Borrowed. */
pc_err pc_signer_v4a_key(pc_signer *s, pc_strv access_key, pc_strv secret_key,
                         const pc_sigv4a_key **out, char *errbuf);

/* ---- canonicalisation helpers, exposed for the fuzz target and tests ------ */

/* Canonical URI of a wire path, per flags (normalize / double-encode). */
pc_err pc_sigv4_canonical_uri(pc_buf *out, pc_buf *work, pc_strv path, unsigned flags);
/* Canonical query string (decode, re-encode, sort by key then value). */
pc_err pc_sigv4_canonical_query(pc_buf *out, pc_buf *work, pc_strv query);
/* Appends the SigV4 URI encoding of s (unreserved kept; '/' kept iff keep_slash). */
pc_err pc_sigv4_uri_encode(pc_buf *out, const char *s, size_t n, int keep_slash);
/* Appends a header value canonicalised: trimmed, whitespace runs collapsed to one space. */
pc_err pc_sigv4_canonical_value(pc_buf *out, const char *s, size_t n);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
