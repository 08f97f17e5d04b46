/*
 * C tests of SigV4 / SigV4a without Lua: the project's own vectors
 * (spec/fixtures/sigv4), and, when $PC_SHARED names the development data
 * folder (tools/run-tests and `make check` set it), the botocore v4 suite and
 * the aws-c-auth v4a suite (header-signing cases).
 * Run from the repository root.
 */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "check.h"
#include "pc/sigv4.h"

#define MAX_HEADERS 64
#define FIXTURES    "spec/fixtures/sigv4"
static const char AK[] = "AKIDEXAMPLE";
static const char SK[] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

static pc_strv sv(const char *s) {
    pc_strv v;
    v.p = s;
    v.n = s ? strlen(s) : 0;
    return v;
}

/* Whole file, "\r\n" -> "\n"; strip_nl drops one trailing newline. NULL if absent. */
static char *slurp(const char *path, int strip_nl) {
    FILE *f = fopen(path, "rb");
    char *s, *o, *i;
    long n;
    if (f == NULL) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    s = malloc((size_t)n + 1);
    if (s == NULL || fread(s, 1, (size_t)n, f) != (size_t)n) n = 0;
    fclose(f);
    if (s == NULL) return NULL;
    s[n] = '\0';
    for (i = o = s; *i; i++)
        if (!(i[0] == '\r' && i[1] == '\n')) *o++ = *i;
    *o = '\0';
    if (strip_nl && o > s && o[-1] == '\n') o[-1] = '\0';
    return s;
}

/* buf = a + sep + b; a too-long path is a broken test setup: stop. */
static char *pjoin(char *buf, size_t n, const char *a, const char *sep, const char *b) {
    if ((size_t)snprintf(buf, n, "%s%s%s", a, sep, b) >= n) {
        fprintf(stderr, "path too long: %s%s%s\n", a, sep, b);
        exit(2);
    }
    return buf;
}

static char *path_join(char *buf, size_t n, const char *a, const char *b) {
    return pjoin(buf, n, a, "/", b);
}

static int is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int access_ok(const char *p) {
    FILE *f = fopen(p, "rb");
    if (f != NULL) fclose(f);
    return f != NULL;
}

/* ---- a parsed HTTP request (botocore .req / aws-c-auth request.txt) ------ */

typedef struct preq {
    char *text; /* owns every string below (parsed in place, folds joined) */
    pc_sigv4_req req;
    pc_sigv4_header hs[MAX_HEADERS];
    char *folded[MAX_HEADERS]; /* values with continuation lines, malloc'd */
} preq;

/* "METHOD SP TARGET SP HTTP/1.1": the target may contain a space, so split
 * at the first and the last space. Header lines "Name:value"; lines starting
 * with whitespace continue the previous value. */
static int parse_request(preq *p, char *text) {
    char *line = text, *next, *body = NULL, *sp1, *sp2, *q;
    size_t nh = 0;
    memset(p, 0, sizeof *p);
    p->text = text;
    pc_sigv4_req_init(&p->req);
    if ((q = strstr(text, "\n\n")) != NULL) {
        *q = '\0';
        body = q + 2;
    }
    next = strchr(line, '\n');
    if (next) *next++ = '\0';
    sp1 = strchr(line, ' ');
    sp2 = strrchr(line, ' ');
    if (sp1 == NULL || sp2 == sp1) return 0;
    *sp1 = *sp2 = '\0';
    p->req.method = sv(line);
    if ((q = strchr(sp1 + 1, '?')) != NULL) {
        *q = '\0';
        p->req.query = sv(q + 1);
    }
    p->req.path = sv(sp1 + 1);
    for (line = next; line != NULL && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        if ((line[0] == ' ' || line[0] == '\t') && nh > 0) {
            pc_sigv4_header *h = &p->hs[nh - 1];
            char *v = malloc(h->value.n + strlen(line) + 2);
            sprintf(v, "%.*s\n%s", (int)h->value.n, h->value.p, line);
            free(p->folded[nh - 1]);
            p->folded[nh - 1] = v;
            h->value = sv(v);
        } else if ((q = strchr(line, ':')) != NULL && nh < MAX_HEADERS) {
            *q = '\0';
            p->hs[nh].name = sv(line);
            p->hs[nh].value = sv(q + 1);
            nh++;
        }
    }
    p->req.headers = p->hs;
    p->req.n_headers = nh;
    p->req.body = sv(body ? body : "");
    return 1;
}

static void preq_free(preq *p) {
    size_t i;
    for (i = 0; i < MAX_HEADERS; i++) free(p->folded[i]);
    free(p->text);
}

/* Removes headers named lname; returns the last value removed (borrowed). */
static pc_strv remove_header(preq *p, const char *lname) {
    pc_strv found = {NULL, 0};
    size_t i, o = 0;
    for (i = 0; i < p->req.n_headers; i++) {
        pc_strv n = p->hs[i].name;
        size_t k;
        int match = n.n == strlen(lname);
        for (k = 0; match && k < n.n; k++)
            match = ((n.p[k] >= 'A' && n.p[k] <= 'Z') ? n.p[k] + 32 : n.p[k]) == lname[k];
        if (match) {
            found = p->hs[i].value;
        } else {
            p->hs[o] = p->hs[i];
            {
                char *t = p->folded[o];
                p->folded[o] = p->folded[i];
                p->folded[i] = t;
            }
            o++;
        }
    }
    p->req.n_headers = o;
    return found;
}

/* ---- signing and checking one request -------------------------------------- */

static pc_signer signer;

static int name_is(pc_strv n, const char *lname) {
    size_t k;
    if (n.n != strlen(lname)) return 0;
    for (k = 0; k < n.n; k++)
        if (((n.p[k] >= 'A' && n.p[k] <= 'Z') ? n.p[k] + 32 : n.p[k]) != lname[k]) return 0;
    return 1;
}

/*
 * Verifies the request as a server would see it: its own headers plus those
 * the signer added (older copies replaced), Authorization carrying
 * sig_override when given. p is not modified.
 */
static int verify_signed(const preq *p, pc_sigv4_alg alg, const char *sig_override) {
    static const char *const replaced[] = {"x-amz-date",           "x-amz-region-set",
                                           "x-amz-security-token", "x-amz-content-sha256",
                                           "authorization",        NULL};
    pc_sigv4_state *st = &signer.st;
    pc_sigv4_header hs[MAX_HEADERS + 6];
    char errbuf[PC_ERRMAX], date[17], auth[1024];
    pc_sigv4_req v = p->req;
    size_t i, n = 0;
    pc_err e;
    memcpy(date, p->req.amz_date.p, 16);
    date[16] = '\0';
    if (sig_override != NULL) {
        const char *cut = strstr(st->authorization.data, "Signature=");
        int pre = cut ? (int)(cut - st->authorization.data) + 10 : 0;
        snprintf(auth, sizeof auth, "%.*s%s", pre, st->authorization.data, sig_override);
    } else {
        snprintf(auth, sizeof auth, "%s", st->authorization.data);
    }
    for (i = 0; i < p->req.n_headers; i++) {
        const char *const *r;
        int drop = 0;
        for (r = replaced; *r; r++) drop |= name_is(p->hs[i].name, *r);
        /* a SigV4 request may carry X-Amz-Region-Set as its own signed header */
        if (alg == PC_SIGV4_HMAC && name_is(p->hs[i].name, "x-amz-region-set")) drop = 0;
        if (!drop) hs[n++] = p->hs[i];
    }
#define ADD(nm, val)         \
    do {                     \
        hs[n].name = sv(nm); \
        hs[n].value = (val); \
        n++;                 \
    } while (0)
    ADD("X-Amz-Date", sv(date));
    if (p->req.session_token.n > 0) ADD("X-Amz-Security-Token", p->req.session_token);
    if (alg == PC_SIGV4_ECDSA)
        ADD("X-Amz-Region-Set", p->req.region_set.n ? p->req.region_set : sv("*"));
    if (p->req.flags & PC_SIGV4_SIGN_BODY) ADD("X-Amz-Content-Sha256", sv(st->payload_hash));
    ADD("Authorization", sv(auth));
#undef ADD
    v.headers = hs;
    v.n_headers = n;
    v.access_key.n = v.region.n = v.service.n = v.amz_date.n = 0; /* from the header */
    e = pc_signer_verify(&signer, &v, alg, errbuf);
    if (e != PC_OK) fprintf(stderr, "  verify: %s\n", errbuf);
    return e == PC_OK;
}

/* ---- own vectors -------------------------------------------------------- */

static char *ctx_get(char *ctx, const char *key) {
    static char val[512];
    char pat[64], *p;
    snprintf(pat, sizeof pat, "\n%s=", key);
    p = strstr(ctx, pat);
    if (p == NULL) return NULL;
    p += strlen(pat);
    snprintf(val, sizeof val, "%.*s", (int)strcspn(p, "\n"), p);
    return strdup(val);
}

static void own_case(const char *dir) {
    char path[512], *ctxraw, *ctx, *alg_s, *want;
    char *fields[7] = {NULL};
    static const char *const keys[7] = {"access_key", "secret_key", "session_token", "region",
                                        "region_set", "service",    "amz_date"};
    pc_strv *dst[7];
    preq p;
    pc_sigv4_alg alg;
    char errbuf[PC_ERRMAX];
    int i;
    ctxraw = slurp(path_join(path, sizeof path, dir, "context.txt"), 0);
    if (ctxraw == NULL ||
        !parse_request(&p, slurp(path_join(path, sizeof path, dir, "request.txt"), 0))) {
        CHECK(!"fixture readable");
        free(ctxraw);
        return;
    }
    ctx = malloc(strlen(ctxraw) + 2);
    sprintf(ctx, "\n%s", ctxraw);
    alg_s = ctx_get(ctx, "alg");
    alg = (alg_s && strcmp(alg_s, "v4a") == 0) ? PC_SIGV4_ECDSA : PC_SIGV4_HMAC;
    dst[0] = &p.req.access_key;
    dst[1] = &p.req.secret_key;
    dst[2] = &p.req.session_token;
    dst[3] = &p.req.region;
    dst[4] = &p.req.region_set;
    dst[5] = &p.req.service;
    dst[6] = &p.req.amz_date;
    for (i = 0; i < 7; i++)
        if ((fields[i] = ctx_get(ctx, keys[i])) != NULL) *dst[i] = sv(fields[i]);
    CHECK(pc_sigv4_canonical_request(&signer.st, &p.req, alg, errbuf) == PC_OK);
    if ((want = slurp(path_join(path, sizeof path, dir, "canonical-request.txt"), 1)) != NULL)
        CHECK_STREQ(signer.st.canonical_request.data, want);
    free(want);
    if ((want = slurp(path_join(path, sizeof path, dir, "signed-headers.txt"), 1)) != NULL)
        CHECK_STREQ(signer.st.signed_headers.data, want);
    free(want);
    if ((want = slurp(path_join(path, sizeof path, dir, "canonical-request-sha256.txt"), 1)) !=
        NULL) {
        unsigned char md[32];
        char hex[65];
        pc_sha256(signer.st.canonical_request.data, signer.st.canonical_request.len, md);
        CHECK_STREQ(pc_hex_encode(md, 32, hex), want);
    }
    free(want);
    CHECK(pc_sigv4_string_to_sign(&signer.st, &p.req, alg, errbuf) == PC_OK);
    if ((want = slurp(path_join(path, sizeof path, dir, "string-to-sign.txt"), 1)) != NULL)
        CHECK_STREQ(signer.st.string_to_sign.data, want);
    free(want);
    want = slurp(path_join(path, sizeof path, dir, "signature.txt"), 1);
    CHECK(pc_signer_sign(&signer, &p.req, alg, errbuf) == PC_OK);
    if (alg == PC_SIGV4_HMAC && want) CHECK_STREQ(signer.st.signature.data, want);
    CHECK(verify_signed(&p, alg, NULL));
    if (alg == PC_SIGV4_ECDSA && want) CHECK(verify_signed(&p, alg, want));
    free(want);
    for (i = 0; i < 7; i++) free(fields[i]);
    free(alg_s);
    free(ctx);
    free(ctxraw);
    preq_free(&p);
}

static void unhex32(const char *h, unsigned char out[32]) {
    size_t n;
    CHECK(pc_hex_decode(h, 64, out, 32, &n) == PC_OK && n == 32);
}

static void own_keys(void) {
    char *text = slurp(FIXTURES "/sigv4a-keys.txt", 0), *line, *save = NULL;
    int rows = 0;
    if (text == NULL) {
        CHECK(!"sigv4a-keys.txt readable");
        return;
    }
    for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char ak[64], sk[128], d[65], x[65], y[65], errbuf[PC_ERRMAX], hex[65];
        unsigned char dd[32], px[32], py[32];
        pc_sigv4a_key key, pub;
        if (line[0] == '#' || sscanf(line, "%63s %127s %64s %64s %64s", ak, sk, d, x, y) != 5)
            continue;
        rows++;
        CHECK(pc_sigv4a_derive_scalar(sv(ak), sv(sk), dd, errbuf) == PC_OK);
        CHECK_STREQ(pc_hex_encode(dd, 32, hex), d);
        CHECK(pc_sigv4a_key_derive(sv(ak), sv(sk), &key, errbuf) == PC_OK);
        CHECK_STREQ(pc_hex_encode(key.x, 32, hex), x);
        CHECK_STREQ(pc_hex_encode(key.y, 32, hex), y);
        unhex32(x, px);
        unhex32(y, py);
        CHECK(pc_sigv4a_key_from_public(px, py, &pub, errbuf) == PC_OK);
        py[31] ^= 1; /* off the curve */
        {
            pc_sigv4a_key bad;
            CHECK(pc_sigv4a_key_from_public(px, py, &bad, errbuf) != PC_OK);
            pc_sigv4a_key_cleanup(&bad);
        }
        pc_sigv4a_key_cleanup(&pub);
        pc_sigv4a_key_cleanup(&key);
        pc_sigv4a_key_cleanup(&key); /* idempotent */
    }
    CHECK(rows == 1);
    free(text);
}

static void own_vectors(void) {
    DIR *d = opendir(FIXTURES "/cases");
    struct dirent *e;
    int n = 0;
    CHECK(d != NULL);
    while (d && (e = readdir(d)) != NULL) {
        char path[512];
        if (e->d_name[0] == '.') continue;
        path_join(path, sizeof path, FIXTURES "/cases", e->d_name);
        if (is_dir(path)) {
            own_case(path);
            n++;
        }
    }
    if (d) closedir(d);
    CHECK(n >= 3);
    own_keys();
}

/* ---- $PC_SHARED/sigv4-testsuite (botocore) -------------------------------- */

static int v4_cases;

static void botocore_case(const char *dir, const char *name) {
    char path[768], base[768], errbuf[PC_ERRMAX], *creq, *want, *tok;
    preq p;
    path_join(base, sizeof base, dir, name);
    pjoin(path, sizeof path, base, ".", "req");
    if (!parse_request(&p, slurp(path, 0))) {
        CHECK(!"request parses");
        return;
    }
    v4_cases++;
    pjoin(path, sizeof path, base, ".", "creq");
    creq = slurp(path, 1);
    p.req.amz_date = remove_header(&p, "x-amz-date");
    p.req.access_key = sv(AK);
    p.req.secret_key = sv(SK);
    p.req.region = sv("us-east-1");
    p.req.service = sv("service");
    /* the token of a case is the one its .creq signs */
    if (creq && (tok = strstr(creq, "\nx-amz-security-token:")) != NULL) {
        tok += 22;
        p.req.session_token.p = tok;
        p.req.session_token.n = strcspn(tok, "\n");
    }
    CHECK(pc_signer_sign(&signer, &p.req, PC_SIGV4_HMAC, errbuf) == PC_OK);
    if (creq) CHECK_STREQ(signer.st.canonical_request.data, creq);
    pjoin(path, sizeof path, base, ".", "sts");
    want = slurp(path, 1);
    if (want) CHECK_STREQ(signer.st.string_to_sign.data, want);
    free(want);
    pjoin(path, sizeof path, base, ".", "authz");
    want = slurp(path, 1);
    if (want) CHECK_STREQ(signer.st.authorization.data, want);
    free(want);
    CHECK(verify_signed(&p, PC_SIGV4_HMAC, NULL));
    free(creq);
    preq_free(&p);
}

static void botocore_scan(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        char sub[512], stem[768], req[1024];
        if (e->d_name[0] == '.') continue;
        path_join(sub, sizeof sub, dir, e->d_name);
        if (!is_dir(sub)) continue;
        path_join(stem, sizeof stem, sub, e->d_name);
        pjoin(req, sizeof req, stem, "", ".req");
        if (access_ok(req))
            botocore_case(sub, e->d_name);
        else
            botocore_scan(sub);
    }
    if (d) closedir(d);
}

/* ---- $PC_SHARED/sigv4a-testsuite (aws-c-auth) ----------------------------- */

/* "key": "value" in a flat JSON file (malloc'd), or NULL. */
static char *json_str(const char *text, const char *key) {
    char pat[64];
    const char *p, *q;
    snprintf(pat, sizeof pat, "\"%s\"", key);
    if ((p = strstr(text, pat)) == NULL) return NULL;
    p = strchr(p + strlen(pat), '"');
    if (p == NULL || (q = strchr(p + 1, '"')) == NULL) return NULL;
    return strndup(p + 1, (size_t)(q - p - 1));
}

/* -1 absent, 0 false, 1 true */
static int json_bool(const char *text, const char *key) {
    char pat[64];
    const char *p;
    snprintf(pat, sizeof pat, "\"%s\"", key);
    if ((p = strstr(text, pat)) == NULL) return -1;
    p += strlen(pat);
    while (*p == ' ' || *p == ':') p++;
    return strncmp(p, "true", 4) == 0;
}

static int v4a_cases;

static void v4a_case(const char *dir) {
    char path[768], errbuf[PC_ERRMAX], date[17], *ctx, *want, *pubj, *x, *y, *sig;
    char *ak, *sk, *tok, *region, *service, *ts;
    const pc_sigv4a_key *derived = NULL;
    pc_sigv4a_key pub;
    unsigned char px[32], py[32];
    char hex[65];
    preq p;
    int i, o;
    path_join(path, sizeof path, dir, "header-canonical-request.txt");
    if (!access_ok(path)) return; /* query-only cases: optional */
    v4a_cases++;
    path_join(path, sizeof path, dir, "context.json");
    ctx = slurp(path, 0);
    path_join(path, sizeof path, dir, "request.txt");
    if (ctx == NULL || !parse_request(&p, slurp(path, 0))) {
        CHECK(!"v4a case readable");
        free(ctx);
        return;
    }
    ak = json_str(ctx, "access_key_id");
    sk = json_str(ctx, "secret_access_key");
    tok = json_str(ctx, "token");
    region = json_str(ctx, "region");
    service = json_str(ctx, "service");
    ts = json_str(ctx, "timestamp");
    for (i = o = 0; ts && ts[i] && o < 16; i++) /* 2015-08-30T12:36:00Z -> 20150830T123600Z */
        if (ts[i] != '-' && ts[i] != ':') date[o++] = ts[i];
    date[o] = '\0';
    p.req.access_key = sv(ak);
    p.req.secret_key = sv(sk);
    p.req.session_token = sv(tok);
    p.req.region_set = sv(region);
    p.req.service = sv(service);
    p.req.amz_date = sv(date);
    if (json_bool(ctx, "normalize") == 0) p.req.flags &= ~(unsigned)PC_SIGV4_NORMALIZE_PATH;
    if (json_bool(ctx, "sign_body") == 1) p.req.flags |= PC_SIGV4_SIGN_BODY;
    if (json_bool(ctx, "omit_session_token") == 1) p.req.flags |= PC_SIGV4_OMIT_SESSION_TOKEN;
    CHECK(pc_signer_sign(&signer, &p.req, PC_SIGV4_ECDSA, errbuf) == PC_OK);
    path_join(path, sizeof path, dir, "header-canonical-request.txt");
    want = slurp(path, 1);
    CHECK_STREQ(signer.st.canonical_request.data, want);
    free(want);
    path_join(path, sizeof path, dir, "header-string-to-sign.txt");
    want = slurp(path, 1);
    CHECK_STREQ(signer.st.string_to_sign.data, want);
    /* the derived key equals public-key.json */
    path_join(path, sizeof path, dir, "public-key.json");
    pubj = slurp(path, 0);
    x = pubj ? json_str(pubj, "X") : NULL;
    y = pubj ? json_str(pubj, "Y") : NULL;
    CHECK(pc_signer_v4a_key(&signer, p.req.access_key, p.req.secret_key, &derived, errbuf) ==
          PC_OK);
    CHECK(x && y);
    if (x && y && derived) {
        CHECK_STREQ(pc_hex_encode(derived->x, 32, hex), x);
        CHECK_STREQ(pc_hex_encode(derived->y, 32, hex), y);
        unhex32(x, px);
        unhex32(y, py);
        CHECK(pc_sigv4a_key_from_public(px, py, &pub, errbuf) == PC_OK);
        /* our signature verifies with the suite's public key ... */
        CHECK(pc_sigv4a_verify(&pub, want, strlen(want), sv(signer.st.signature.data), errbuf) ==
              PC_OK);
        /* ... and the suite's signature verifies with it and with our verifier */
        path_join(path, sizeof path, dir, "header-signature.txt");
        sig = slurp(path, 1);
        CHECK(sig && pc_sigv4a_verify(&pub, want, strlen(want), sv(sig), errbuf) == PC_OK);
        CHECK(pc_sigv4a_verify(&pub, "x", 1, sv(sig), errbuf) == PC_ESIGNATURE);
        if (sig) CHECK(verify_signed(&p, PC_SIGV4_ECDSA, sig));
        free(sig);
        pc_sigv4a_key_cleanup(&pub);
    }
    free(want);
    free(x);
    free(y);
    free(pubj);
    free(ak);
    free(sk);
    free(tok);
    free(region);
    free(service);
    free(ts);
    free(ctx);
    preq_free(&p);
}

static void v4a_suite(const char *root) {
    DIR *d = opendir(root);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        char sub[512];
        if (e->d_name[0] == '.') continue;
        path_join(sub, sizeof sub, root, e->d_name);
        if (is_dir(sub)) v4a_case(sub);
    }
    if (d) closedir(d);
}

/* ---- direct canonicalisation checks -------------------------------------- */

static void canon_helpers(void) {
    pc_buf out, work;
    pc_buf_init(&out);
    pc_buf_init(&work);
    CHECK(pc_sigv4_canonical_uri(&out, &work, sv("/a/./b/../c//d%20e/"), PC_SIGV4_DEFAULT_FLAGS) ==
          PC_OK);
    CHECK_STREQ(out.data, "/a/c/d%2520e/");
    pc_buf_reset(&out);
    CHECK(pc_sigv4_canonical_uri(&out, &work, sv("//example//"), PC_SIGV4_DOUBLE_ENCODE) == PC_OK);
    CHECK_STREQ(out.data, "//example//");
    pc_buf_reset(&out);
    CHECK(pc_sigv4_canonical_query(&out, &work, sv("b=2&a=z&a=y&&c&%7e=%2f+&x=%zz")) == PC_OK);
    CHECK_STREQ(out.data, "a=y&a=z&b=2&c=&x=%25zz&~=%2F%2B");
    pc_buf_reset(&out);
    CHECK(pc_sigv4_canonical_value(&out, " \t a \n\n  b\tc  ", 14) == PC_OK); /* 14 bytes */
    CHECK_STREQ(out.data, "a b c");
    pc_buf_cleanup(&out);
    pc_buf_cleanup(&work);
}

/* What pc_sigv4_canonical_value must give, written the plain way: trimmed,
 * each run of whitespace one space, every other byte kept. */
static size_t canonical_value_ref(const char *s, size_t n, char *out) {
    size_t i, o = 0;
    int pending = 0;
    for (i = 0; i < n; i++) {
        int ws = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\v' || s[i] == '\f' ||
                 s[i] == '\r';
        if (ws) {
            pending = o > 0;
            continue;
        }
        if (pending) out[o++] = ' ';
        pending = 0;
        out[o++] = s[i];
    }
    return o;
}

/* Values copied whole (no byte at or below ' ', found a word at a time) and
 * values that take the byte loop: every length up to 40, one whitespace or
 * control byte at every position, appended after text already there. */
static void canon_value_positions(void) {
    static const char odd[] = " \t\n\v\f\r\x01\x1f";
    pc_buf out;
    size_t len, pos, k;
    pc_buf_init(&out);
    for (len = 0; len <= 40; len++) {
        int ok = 1;
        for (pos = 0; pos <= len; pos++) {         /* pos == len: none */
            for (k = 0; k < sizeof odd - 1; k++) { /* the odd byte */
                char in[41], want[44];
                size_t i, n;
                for (i = 0; i < len; i++) in[i] = (char)('a' + i % 26);
                if (pos < len) in[pos] = odd[k];
                memcpy(want, "x:", 2);
                n = 2 + canonical_value_ref(in, len, want + 2);
                pc_buf_reset(&out);
                pc_buf_append(&out, "x:", 2);
                if (pc_sigv4_canonical_value(&out, in, len) != PC_OK || out.len != n ||
                    memcmp(out.data, want, n) != 0 || out.data[n] != '\0')
                    ok = 0;
            }
        }
        CHECK(ok);
    }
    pc_buf_cleanup(&out);
}

/* pc_signer_v4_key: one slot per identity; the same key for the same
 * identity, another for another day or secret; long fields bypass the cache. */
static void v4_key_cache(void) {
    pc_signer s;
    pc_sigv4_req r;
    pc_hmac_key tmp;
    const pc_hmac_key *a = NULL, *b = NULL, *c = NULL;
    char errbuf[PC_ERRMAX], longak[200];
    pc_signer_init(&s);
    pc_hmac_key_init(&tmp);
    pc_sigv4_req_init(&r);
    r.access_key = sv(AK);
    r.secret_key = sv(SK);
    r.region = sv("us-east-1");
    r.service = sv("svc");
    r.amz_date = sv("20250101T000000Z");
    CHECK(pc_signer_v4_key(&s, &r, &tmp, &a, errbuf) == PC_OK && a != &tmp);
    r.amz_date = sv("20250101T235959Z"); /* same day */
    CHECK(pc_signer_v4_key(&s, &r, &tmp, &b, errbuf) == PC_OK && b == a);
    r.amz_date = sv("20250102T000000Z"); /* next day: another key */
    CHECK(pc_signer_v4_key(&s, &r, &tmp, &c, errbuf) == PC_OK && c != a && c != &tmp);
    r.secret_key = sv("other");
    CHECK(pc_signer_v4_key(&s, &r, &tmp, &b, errbuf) == PC_OK && b != c);
    memset(longak, 'A', sizeof longak - 1);
    longak[sizeof longak - 1] = '\0';
    r.access_key = sv(longak);
    CHECK(pc_signer_v4_key(&s, &r, &tmp, &b, errbuf) == PC_OK && b == &tmp);
    pc_hmac_key_cleanup(&tmp);
    pc_signer_cleanup(&s);
}

int main(void) {
    const char *shared = getenv("PC_SHARED") ? getenv("PC_SHARED") : "";
    char path[512];
    pc_signer_init(&signer);
    canon_helpers();
    canon_value_positions();
    own_vectors();
    v4_key_cache();
    if (shared[0] == '\0') printf("test_sigv4: PC_SHARED is not set: the AWS suites are skipped\n");
    path_join(path, sizeof path, shared, "sigv4-testsuite");
    if (shared[0] != '\0' && is_dir(path)) {
        botocore_scan(path);
        CHECK(v4_cases == 34);
        printf("test_sigv4: botocore suite: %d cases\n", v4_cases);
    } else {
        printf("test_sigv4: skipped: %s not present\n", path);
    }
    path_join(path, sizeof path, shared, "sigv4a-testsuite");
    if (shared[0] != '\0' && is_dir(path)) {
        v4a_suite(path);
        CHECK(v4a_cases >= 38);
        printf("test_sigv4: aws-c-auth v4a suite: %d header cases\n", v4a_cases);
    } else {
        printf("test_sigv4: skipped: %s not present\n", path);
    }
    pc_signer_cleanup(&signer);
    pc_signer_cleanup(&signer); /* idempotent */
    return check_report("test_sigv4");
}
