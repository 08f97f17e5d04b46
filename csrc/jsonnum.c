/*
 * Exact JSON numbers on top of cJSON (see pc/codec.h, "Numbers").
 *
 * cJSON reads every number into a double, which rounds integers beyond
 * 2^53 (9007199254740993 becomes ...992) and forgets whether the text was
 * "1" or "1.0"; its maintainers decline 64-bit integers (cJSON issues #14,
 * #151, #162). cJSON still does all the parsing here: once it has accepted a
 * text, every number token outside a string is, in document order, the next
 * number node of a pre-order walk of the tree (children keep document order,
 * duplicate keys included). So a locator that skips strings and reads the
 * span of each number token is enough to give the nodes that need it their
 * source text; it never decides whether the text is valid JSON.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pc/codec.h"

#define TWO_53 9007199254740992.0

typedef struct scan {
    const char *s;
    size_t len, pos;
} scan;

/* Next number token outside strings: start and length. 0 at the end. */
static int next_number(scan *sc, const char **tok, size_t *tlen) {
    const char *s = sc->s;
    size_t i = sc->pos, len = sc->len;
    while (i < len) {
        char c = s[i];
        if (c == '"') { /* skip a string, escapes included */
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\') i++;
            i++;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            size_t b = i;
            while (i < len && (strchr("+-.eE", s[i]) != NULL || (s[i] >= '0' && s[i] <= '9'))) i++;
            *tok = s + b;
            *tlen = i - b;
            sc->pos = i;
            return 1;
        } else {
            i++;
        }
    }
    sc->pos = len;
    return 0;
}

static int is_integer_text(const char *t, size_t n) {
    return memchr(t, '.', n) == NULL && memchr(t, 'e', n) == NULL && memchr(t, 'E', n) == NULL;
}

static pc_err set_text(cJSON *v, const char *t, size_t n) {
    char *p = (char *)cJSON_malloc(n + 1); /* freed by cJSON_Delete with the node */
    if (p == NULL) return PC_ENOMEM;
    memcpy(p, t, n);
    p[n] = '\0';
    v->valuestring = p;
    return PC_OK;
}

/* Pre-order walk; the depth is bounded by cJSON's own nesting limit. */
static pc_err keep_text(scan *sc, cJSON *v) {
    cJSON *c;
    pc_err e = PC_OK;
    if (cJSON_IsNumber(v)) {
        const char *t;
        size_t n;
        if (!next_number(sc, &t, &n)) return PC_EPARSE; /* cannot happen on a parsed text */
        /* a plain integer below 2^53 is exact as a double: no copy needed */
        if (is_integer_text(t, n) && fabs(v->valuedouble) < TWO_53) return PC_OK;
        return set_text(v, t, n);
    }
    for (c = v->child; c != NULL && e == PC_OK; c = c->next) e = keep_text(sc, c);
    return e;
}

pc_err pc_json_keep_number_text(const char *text, size_t len, cJSON *root) {
    scan sc;
    sc.s = text;
    sc.len = len;
    sc.pos = 0;
    return root == NULL ? PC_OK : keep_text(&sc, root);
}

cJSON *pc_json_new_int64(long long v) {
    char digits[24];
    cJSON *n = cJSON_CreateNumber((double)v);
    /* compare as integers: (double)(2^53 + 1) would round into range */
    if (n == NULL || (v > -(1LL << 53) && v < (1LL << 53))) return n;
    snprintf(digits, sizeof digits, "%lld", v);
    if (set_text(n, digits, strlen(digits)) != PC_OK) {
        cJSON_Delete(n);
        return NULL;
    }
    return n;
}

int pc_json_number_is_float(const cJSON *v) {
    const char *t = cJSON_IsNumber(v) ? v->valuestring : NULL;
    if (t != NULL) return !is_integer_text(t, strlen(t));
    return cJSON_IsNumber(v) &&
           (floor(v->valuedouble) != v->valuedouble || fabs(v->valuedouble) > TWO_53);
}

int pc_json_int64(const cJSON *v, long long *out) {
    const char *t;
    double d;
    if (!cJSON_IsNumber(v)) return 0;
    t = v->valuestring;
    if (t != NULL && is_integer_text(t, strlen(t))) {
        char *end;
        long long ll;
        errno = 0;
        ll = strtoll(t, &end, 10);
        if (errno == ERANGE || *end != '\0') return 0; /* beyond int64: not exact */
        *out = ll;
        return 1;
    }
    d = v->valuedouble;
    if (!isfinite(d) || floor(d) != d || fabs(d) > TWO_53) return 0;
    *out = (long long)d;
    return 1;
}
