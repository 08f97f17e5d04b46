/*
 * The signer: runs the SigV4/SigV4a stages with small LRU caches of derived
 * keys. A SigV4 signing key depends on (access key, secret, date, region,
 * service) and costs four HMACs; a SigV4a key costs a KDF and a scalar
 * multiplication, so both are worth keeping. The cache key holds a SHA-256
 * fingerprint of the secret, never the secret; entries are wiped when
 * evicted and on cleanup (STYLE B9).
 */
#include <string.h>
#include "pc/sigv4_int.h"

void pc_signer_init(pc_signer *s) {
    int i;
    memset(s, 0, sizeof *s);
    pc_sigv4_state_init(&s->st);
    for (i = 0; i < PC_SIGNER_V4_SLOTS; i++) pc_hmac_key_init(&s->v4[i].key);
}

static void v4_slot_clear(pc_signer_v4_slot *sl) {
    pc_hmac_key_cleanup(&sl->key); /* frees (and clears) the prepared key states */
    pc_wipe(sl, sizeof *sl);
    pc_hmac_key_init(&sl->key);
}

static void v4a_slot_clear(pc_signer_v4a_slot *sl) {
    pc_sigv4a_key_cleanup(&sl->key);
    pc_wipe(sl, sizeof *sl);
}

void pc_signer_cleanup(pc_signer *s) {
    int i;
    for (i = 0; i < PC_SIGNER_V4_SLOTS; i++) v4_slot_clear(&s->v4[i]);
    for (i = 0; i < PC_SIGNER_V4A_SLOTS; i++) v4a_slot_clear(&s->v4a[i]);
    pc_sigv4_state_cleanup(&s->st);
}

/* SHA-256 over length-prefixed fields: unambiguous, fixed-size cache id. */
static pc_err id_hash(const pc_strv *fields, int n, unsigned char out[PC_SHA256_LEN]) {
    unsigned char buf[4 * (PC_SIGNER_ID_MAX + 1)];
    size_t len = 0;
    int i;
    for (i = 0; i < n; i++) {
        if (fields[i].n > PC_SIGNER_ID_MAX) return PC_ETOOBIG; /* caller skips the cache */
        buf[len++] = (unsigned char)fields[i].n;
        memcpy(buf + len, fields[i].p, fields[i].n);
        len += fields[i].n;
    }
    return pc_sha256(buf, len, out);
}

static pc_err secret_fp(pc_strv secret, unsigned char out[PC_SHA256_LEN]) {
    return pc_sha256(secret.p, secret.n, out);
}

/* Least recently used (or first free) slot index. */
#define PICK_VICTIM(slots, count, victim)                                         \
    do {                                                                          \
        int i_;                                                                   \
        (victim) = 0;                                                             \
        for (i_ = 0; i_ < (count); i_++) {                                        \
            if (!(slots)[i_].used) {                                              \
                (victim) = i_;                                                    \
                break;                                                            \
            }                                                                     \
            if ((slots)[i_].last_use < (slots)[(victim)].last_use) (victim) = i_; \
        }                                                                         \
    } while (0)

/* The prepared kSigning for req: from the cache, or derived and cached. */
pc_err pc_signer_v4_key(pc_signer *s, const pc_sigv4_req *req, pc_hmac_key *tmp,
                        const pc_hmac_key **out, char *errbuf) {
    pc_strv date = {req->amz_date.p, 8};
    pc_strv fields[4];
    unsigned char id[PC_SHA256_LEN], fp[PC_SHA256_LEN], k[PC_SHA256_LEN];
    int i, cacheable, victim;
    pc_err e;
    fields[0] = req->access_key;
    fields[1] = date;
    fields[2] = req->region;
    fields[3] = req->service;
    cacheable = id_hash(fields, 4, id) == PC_OK && secret_fp(req->secret_key, fp) == PC_OK;
    for (i = 0; cacheable && i < PC_SIGNER_V4_SLOTS; i++) {
        pc_signer_v4_slot *sl = &s->v4[i];
        if (sl->used && memcmp(sl->id_hash, id, sizeof id) == 0 &&
            pc_ct_equal(sl->secret_fp, fp, sizeof fp)) {
            sl->last_use = ++s->tick;
            *out = &sl->key;
            return PC_OK;
        }
    }
    if ((e = pc_sigv4_derive_signing_key(req, k, errbuf)) != PC_OK) return e;
    if (!cacheable) {
        e = pc_hmac_key_set(tmp, k, sizeof k);
        *out = tmp;
    } else {
        PICK_VICTIM(s->v4, PC_SIGNER_V4_SLOTS, victim);
        v4_slot_clear(&s->v4[victim]);
        e = pc_hmac_key_set(&s->v4[victim].key, k, sizeof k);
        if (e == PC_OK) {
            pc_signer_v4_slot *sl = &s->v4[victim];
            memcpy(sl->id_hash, id, sizeof id);
            memcpy(sl->secret_fp, fp, sizeof fp);
            sl->used = 1;
            sl->last_use = ++s->tick;
            *out = &sl->key;
        }
    }
    pc_wipe(k, sizeof k);
    return e == PC_OK ? PC_OK : pc_err_set(errbuf, e, "signing key: %s", pc_err_text(e));
}

pc_err pc_signer_v4a_key(pc_signer *s, pc_strv access_key, pc_strv secret_key,
                         const pc_sigv4a_key **out, char *errbuf) {
    unsigned char id[PC_SHA256_LEN], fp[PC_SHA256_LEN];
    int i, victim;
    pc_err e;
    if (access_key.n == 0 || secret_key.n == 0)
        return pc_err_set(errbuf, PC_EINVAL, "access key and secret key are required");
    /* An over-long access key cannot be cached; one slot is reused for it. */
    if (id_hash(&access_key, 1, id) != PC_OK) {
        if ((e = pc_sha256(access_key.p, access_key.n, id)) != PC_OK) return e;
        id[0] ^= 0xff; /* never equal to a length-prefixed id of a short key */
    }
    if ((e = secret_fp(secret_key, fp)) != PC_OK) return e;
    for (i = 0; i < PC_SIGNER_V4A_SLOTS; i++) {
        pc_signer_v4a_slot *sl = &s->v4a[i];
        if (sl->used && memcmp(sl->id_hash, id, sizeof id) == 0 &&
            pc_ct_equal(sl->secret_fp, fp, sizeof fp)) {
            sl->last_use = ++s->tick;
            *out = &sl->key;
            return PC_OK;
        }
    }
    PICK_VICTIM(s->v4a, PC_SIGNER_V4A_SLOTS, victim);
    v4a_slot_clear(&s->v4a[victim]);
    if ((e = pc_sigv4a_key_derive(access_key, secret_key, &s->v4a[victim].key, errbuf)) != PC_OK)
        return e;
    memcpy(s->v4a[victim].id_hash, id, sizeof id);
    memcpy(s->v4a[victim].secret_fp, fp, sizeof fp);
    s->v4a[victim].used = 1;
    s->v4a[victim].last_use = ++s->tick;
    *out = &s->v4a[victim].key;
    return PC_OK;
}

/* The signature stage of either algorithm, keys from the caches. */
pc_err pc_signer_signature(pc_signer *s, const pc_sigv4_req *req, pc_sigv4_alg alg, char *errbuf) {
    pc_err e;
    if (alg == PC_SIGV4_HMAC) {
        pc_hmac_key tmp;
        const pc_hmac_key *k = NULL;
        pc_hmac_key_init(&tmp);
        e = pc_signer_v4_key(s, req, &tmp, &k, errbuf);
        if (e == PC_OK) e = pc_sigv4_signature(&s->st, k, errbuf);
        pc_hmac_key_cleanup(&tmp);
        return e;
    } else {
        const pc_sigv4a_key *k = NULL;
        e = pc_signer_v4a_key(s, req->access_key, req->secret_key, &k, errbuf);
        if (e == PC_OK) e = pc_sigv4a_signature(&s->st, k, errbuf);
        return e;
    }
}

pc_err pc_signer_sign(pc_signer *s, const pc_sigv4_req *req, pc_sigv4_alg alg, char *errbuf) {
    pc_err e;
    if (req->access_key.n == 0 || req->secret_key.n == 0)
        return pc_err_set(errbuf, PC_EINVAL, "access_key and secret_key are required");
    if ((e = pc_sigv4_canonical_request(&s->st, req, alg, errbuf)) != PC_OK ||
        (e = pc_sigv4_string_to_sign(&s->st, req, alg, errbuf)) != PC_OK ||
        (e = pc_signer_signature(s, req, alg, errbuf)) != PC_OK ||
        (e = pc_sigv4_authorization(&s->st, req, alg, errbuf)) != PC_OK)
        return e;
    return PC_OK;
}
