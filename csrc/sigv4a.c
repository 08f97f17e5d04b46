/*
 * SigV4a keys and ECDSA (doc/protocol.md §10.1, 10.2): the counter KDF that turns
 * a secret access key into a P-256 private scalar, the EVP_PKEY built from
 * it, and ECDSA-P256-SHA256 signing/verification with DER signatures in hex.
 * OpenSSL 3 EVP/OSSL_PARAM APIs only (the EC_KEY API is deprecated).
 */
#include <string.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include "pc/sigv4.h"

#define KDF_MAX_COUNTER 254 /* aws-c-auth key_derivation.c:22 */
#define DER_SIG_MAX     80  /* P-256 DER signature: at most 72 bytes */

/* n - 2 for the P-256 group order n (10.1). */
static const unsigned char N_MINUS_2[32] = {
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x4f,
};

/* 1 when a > b as 256-bit big-endian numbers, without data-dependent branches:
 * the borrow out of b - a is set exactly when a > b. */
static unsigned ct_greater(const unsigned char a[32], const unsigned char b[32]) {
    unsigned borrow = 0;
    int i;
    for (i = 31; i >= 0; i--) {
        unsigned diff = (unsigned)b[i] - (unsigned)a[i] - borrow;
        borrow = (diff >> 8) & 1u;
    }
    return borrow;
}

/* d = k0 + 1 (no overflow: k0 <= n - 2 here). */
static void add_one(unsigned char d[32], const unsigned char k0[32]) {
    unsigned carry = 1;
    int i;
    for (i = 31; i >= 0; i--) {
        unsigned v = (unsigned)k0[i] + carry;
        d[i] = (unsigned char)v;
        carry = v >> 8;
    }
}

pc_err pc_sigv4a_derive_scalar(pc_strv access_key, pc_strv secret_key, unsigned char d[32],
                               char *errbuf) {
    static const unsigned char LEN256[4] = {0x00, 0x00, 0x01, 0x00};
    static const unsigned char ONE[4] = {0x00, 0x00, 0x00, 0x01};
    pc_hmac_key hk;
    pc_buf key, msg;
    unsigned char k0[PC_SHA256_LEN];
    size_t counter_at;
    int c;
    pc_err e;
    pc_hmac_key_init(&hk);
    pc_buf_init(&key);
    pc_buf_init(&msg);
    /* HMAC key "AWS4A" + secret; message
     * 0x00000001 || "AWS4-ECDSA-P256-SHA256" || 0x00 || akid || c || 0x00000100 */
    if ((e = pc_buf_append_str(&key, "AWS4A")) ||
        (e = pc_buf_append(&key, secret_key.p, secret_key.n)) ||
        (e = pc_hmac_key_set(&hk, key.data, key.len)) || (e = pc_buf_append(&msg, ONE, 4)) ||
        (e = pc_buf_append(&msg, PC_SIGV4A_ALG_NAME, sizeof PC_SIGV4A_ALG_NAME)) || /* with NUL */
        (e = pc_buf_append(&msg, access_key.p, access_key.n)) ||
        (e = pc_buf_append_char(&msg, 1)) || (e = pc_buf_append(&msg, LEN256, 4)))
        goto cleanup;
    counter_at = msg.len - 5;
    e = PC_ECRYPTO;
    for (c = 1; c <= KDF_MAX_COUNTER; c++) {
        msg.data[counter_at] = (char)c;
        if (pc_hmac_key_mac(&hk, msg.data, msg.len, k0) != PC_OK) break;
        if (!ct_greater(k0, N_MINUS_2)) { /* k0 <= n-2: d = k0 + 1 in [1, n-1] */
            add_one(d, k0);
            e = PC_OK;
            break;
        }
    }
cleanup:
    pc_wipe(k0, sizeof k0);
    pc_hmac_key_cleanup(&hk);
    pc_buf_cleanup_secure(&key);
    pc_buf_cleanup_secure(&msg);
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "sigv4a key derivation failed");
}

void pc_sigv4a_key_cleanup(pc_sigv4a_key *k) {
    EVP_PKEY_free((EVP_PKEY *)k->pkey); /* frees and clears the private scalar */
    k->pkey = NULL;
    pc_wipe(k->x, sizeof k->x);
    pc_wipe(k->y, sizeof k->y);
}

/* EVP_PKEY from an uncompressed point (and, when d is given, the scalar). */
static pc_err pkey_fromdata(const unsigned char pub[65], const BIGNUM *d, EVP_PKEY **out) {
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    pc_err e = PC_ECRYPTO;
    if (bld == NULL) return PC_ENOMEM;
    if (!OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub, 65) ||
        (d != NULL && !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d)))
        goto cleanup;
    if ((params = OSSL_PARAM_BLD_to_param(bld)) == NULL) goto cleanup;
    if ((ctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL)) == NULL) goto cleanup;
    if (EVP_PKEY_fromdata_init(ctx) <= 0 ||
        EVP_PKEY_fromdata(ctx, out, d != NULL ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params) <=
            0)
        goto cleanup;
    e = PC_OK;
cleanup:
    EVP_PKEY_CTX_free(ctx);
    /* the scalar came from a BN_secure_new: its copy is clear-freed here */
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    return e;
}

pc_err pc_sigv4a_key_derive(pc_strv access_key, pc_strv secret_key, pc_sigv4a_key *out,
                            char *errbuf) {
    unsigned char dbytes[32], pub[65];
    EC_GROUP *group = NULL;
    EC_POINT *point = NULL;
    BIGNUM *d = NULL;
    BN_CTX *bnctx = NULL;
    pc_err e;
    memset(out, 0, sizeof *out);
    if ((e = pc_sigv4a_derive_scalar(access_key, secret_key, dbytes, errbuf)) != PC_OK) return e;
    e = PC_ECRYPTO;
    if ((group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1)) == NULL ||
        (point = EC_POINT_new(group)) == NULL || (bnctx = BN_CTX_new()) == NULL ||
        (d = BN_secure_new()) == NULL || BN_bin2bn(dbytes, 32, d) == NULL)
        goto cleanup;
    /* Q = d * G, uncompressed 0x04 || X || Y */
    if (!EC_POINT_mul(group, point, d, NULL, NULL, bnctx) ||
        EC_POINT_point2oct(group, point, POINT_CONVERSION_UNCOMPRESSED, pub, sizeof pub, bnctx) !=
            sizeof pub)
        goto cleanup;
    if ((e = pkey_fromdata(pub, d, (EVP_PKEY **)&out->pkey)) != PC_OK) goto cleanup;
    memcpy(out->x, pub + 1, 32);
    memcpy(out->y, pub + 33, 32);
cleanup:
    pc_wipe(dbytes, sizeof dbytes);
    BN_clear_free(d);
    BN_CTX_free(bnctx);
    EC_POINT_free(point);
    EC_GROUP_free(group);
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "sigv4a key setup failed");
}

pc_err pc_sigv4a_key_from_public(const unsigned char x[32], const unsigned char y[32],
                                 pc_sigv4a_key *out, char *errbuf) {
    unsigned char pub[65];
    EC_GROUP *group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
    EC_POINT *point = group ? EC_POINT_new(group) : NULL;
    pc_err e = PC_ECRYPTO;
    memset(out, 0, sizeof *out);
    pub[0] = 0x04;
    memcpy(pub + 1, x, 32);
    memcpy(pub + 33, y, 32);
    if (point == NULL) goto cleanup;
    /* oct2point rejects points that are not on the curve */
    if (!EC_POINT_oct2point(group, point, pub, sizeof pub, NULL)) {
        e = PC_EINVAL;
        goto cleanup;
    }
    if ((e = pkey_fromdata(pub, NULL, (EVP_PKEY **)&out->pkey)) != PC_OK) goto cleanup;
    memcpy(out->x, x, 32);
    memcpy(out->y, y, 32);
cleanup:
    EC_POINT_free(point);
    EC_GROUP_free(group);
    if (e != PC_OK) ERR_clear_error();
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "invalid P-256 public key");
}

pc_err pc_sigv4a_signature(pc_sigv4_state *st, const pc_sigv4a_key *key, char *errbuf) {
    unsigned char der[DER_SIG_MAX];
    size_t derlen = sizeof der;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    pc_err e = PC_ECRYPTO;
    pc_buf_reset(&st->signature);
    if (md == NULL) return pc_err_set(errbuf, PC_ENOMEM, "out of memory");
    /* ECDSA-P256 over SHA-256(string to sign), random k (10.2) */
    if (key->pkey == NULL ||
        EVP_DigestSignInit_ex(md, NULL, "SHA256", NULL, NULL, (EVP_PKEY *)key->pkey, NULL) <= 0 ||
        EVP_DigestSign(md, der, &derlen, (const unsigned char *)st->string_to_sign.data,
                       st->string_to_sign.len) <= 0)
        goto cleanup;
    e = pc_hex_append(&st->signature, der, derlen);
cleanup:
    EVP_MD_CTX_free(md);
    if (e != PC_OK) ERR_clear_error();
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "sigv4a: ECDSA signing failed");
}

pc_err pc_sigv4a_verify(const pc_sigv4a_key *key, const char *msg, size_t msglen, pc_strv sig_hex,
                        char *errbuf) {
    unsigned char der[DER_SIG_MAX];
    size_t derlen;
    EVP_MD_CTX *md;
    int rc;
    if (pc_hex_decode(sig_hex.p, sig_hex.n, der, sizeof der, &derlen) != PC_OK || derlen == 0)
        return pc_err_set(errbuf, PC_ESIGNATURE, "signature is not a hex DER ECDSA signature");
    if (key->pkey == NULL) return pc_err_set(errbuf, PC_EINVAL, "no verification key");
    if ((md = EVP_MD_CTX_new()) == NULL) return pc_err_set(errbuf, PC_ENOMEM, "out of memory");
    rc = EVP_DigestVerifyInit_ex(md, NULL, "SHA256", NULL, NULL, (EVP_PKEY *)key->pkey, NULL);
    if (rc > 0) rc = EVP_DigestVerify(md, der, derlen, (const unsigned char *)msg, msglen);
    EVP_MD_CTX_free(md);
    if (rc != 1) ERR_clear_error(); /* leave no stale entries for TLS error reports */
    /* A malformed DER reads as a bad signature, not as an internal error. */
    return rc == 1 ? PC_OK : pc_err_set(errbuf, PC_ESIGNATURE, "signature does not match");
}
