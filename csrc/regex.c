/*
 * ECMA-262 patterns on PCRE2 (see pc/regex.h).
 *
 * Compile options: UTF (patterns and subjects are Unicode text),
 * DOLLAR_ENDONLY ('$' in ECMA-262 does not match before a final newline).
 * Not emulated: ECMA's Unicode-aware \s and its line terminators for '.';
 * none of the Partner Central patterns depend on them.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pc/crypto.h" /* pc_hexval */
#include "pc/regex.h"

/*
 * PCRE2's JIT code reads memory in ways memcheck cannot follow (false
 * "uninitialised value" reports; Debian's PCRE2 is not built with
 * --enable-valgrind), so the JIT is skipped under valgrind, recognised by its
 * preload library (no valgrind header needed). The interpreter gives the
 * same results.
 */
static int under_valgrind(void) {
    const char *p = getenv("LD_PRELOAD");
    return p != NULL && strstr(p, "vgpreload") != NULL;
}

struct pc_regex {
    char *src;
    pc_simple_re *simple; /* a simple pattern: no PCRE2 at all */
    pcre2_code *search;   /* unanchored: Smithy semantics */
    pcre2_code *full;     /* anchored at both ends: strict mode */
    pcre2_match_data *md;
    int failed;  /* compilation failed once: never retried */
    int vacuous; /* the pattern matches "": a search would accept anything */
    char error[120];
};

/* Four hex digits at s, or -1. */
static long hex4(const char *s) {
    long v = 0;
    int i;
    for (i = 0; i < 4; i++) {
        int h = pc_hexval((unsigned char)s[i]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

long pc_regex_u_escape(const char *s, size_t *used) {
    long cp, lo;
    if (s[2] == '{') {
        size_t i = 3;
        cp = 0;
        while (i < 10 && pc_hexval((unsigned char)s[i]) >= 0)
            cp = cp * 16 + pc_hexval((unsigned char)s[i++]);
        if (s[i] != '}' || i == 3) return -1;
        *used = i + 1;
        return cp;
    }
    if ((cp = hex4(s + 2)) < 0) return -1;
    *used = 6;
    if (cp >= 0xD800 && cp <= 0xDBFF && s[6] == '\\' && s[7] == 'u' &&
        (lo = hex4(s + 8)) >= 0xDC00 && lo <= 0xDFFF) {
        *used = 12;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    return cp;
}

pc_err pc_regex_translate(const char *src, char *out, size_t outlen) {
    size_t o = 0;
    const char *s = src;
    while (*s != '\0') {
        char tmp[24];
        size_t n = 1, used = 1;
        const char *piece = s;
        if (s[0] == '\\' && s[1] == 'u') {
            long cp = pc_regex_u_escape(s, &used);
            if (cp < 0) return PC_EINVAL;
            snprintf(tmp, sizeof tmp, "\\x{%lX}", (unsigned long)cp);
            piece = tmp;
            n = strlen(tmp);
        } else if (s[0] == '\\' && s[1] != '\0') {
            n = used = 2; /* any other escape is copied as is */
        }
        if (o + n >= outlen) return PC_EINVAL;
        memcpy(out + o, piece, n);
        o += n;
        s += used;
    }
    out[o] = '\0';
    return PC_OK;
}

pc_regex *pc_regex_new(const char *src) { return pc_regex_new_engine(src, 1); }

pc_regex *pc_regex_new_engine(const char *src, int allow_simple) {
    pc_regex *re = (pc_regex *)calloc(1, sizeof *re);
    if (re == NULL) return NULL;
    if ((re->src = strdup(src)) == NULL) {
        free(re);
        return NULL;
    }
    if (allow_simple && (re->simple = pc_simple_re_new(src)) != NULL)
        re->vacuous = pc_simple_re_vacuous(re->simple);
    return re;
}

int pc_regex_is_simple(const pc_regex *re) { return re->simple != NULL; }

void pc_regex_free(pc_regex *re) {
    if (re == NULL) return;
    pc_simple_re_free(re->simple);
    pcre2_match_data_free(re->md);
    pcre2_code_free(re->search);
    pcre2_code_free(re->full);
    free(re->src);
    free(re);
}

/* extra: 0 (search) or PCRE2_ANCHORED | PCRE2_ENDANCHORED (full match) */
static pcre2_code *compile_one(pc_regex *re, const char *pat, uint32_t extra) {
    int ec;
    PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | extra, &ec, &off, NULL);
    if (code == NULL) {
        PCRE2_UCHAR msg[96];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(re->error, sizeof re->error, "pattern error at %zu: %s", (size_t)off, (char *)msg);
        return NULL;
    }
    /* JIT is an optimisation only: a failure leaves the interpreter in use. */
    if (!under_valgrind()) (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}

/*
 * Compile both forms on first use. The full form is the same source with
 * PCRE2_ANCHORED | PCRE2_ENDANCHORED: the whole subject must be one match of
 * the whole pattern, whatever the pattern holds: a top-level alternation
 * "ab|cd" needs no group, and PCRE2 syntax such as an unterminated \Q cannot
 * swallow a textual "\A(?:...)\z" wrapper.
 */
static int prepare(pc_regex *re) {
    size_t cap;
    char *tr;
    if (re->search != NULL) return 0;
    if (re->failed) return -1;
    cap = strlen(re->src) * 4 + 16; /* \uXXXX -> \x{XXXX}: never more than 4x */
    tr = (char *)malloc(cap);
    if (tr == NULL) {
        snprintf(re->error, sizeof re->error, "out of memory");
        return -1; /* not sticky: may succeed later */
    }
    if (pc_regex_translate(re->src, tr, cap) != PC_OK) {
        snprintf(re->error, sizeof re->error, "pattern error: bad \\u escape");
        re->failed = 1;
    } else {
        re->search = compile_one(re, tr, 0);
        re->full = re->search ? compile_one(re, tr, PCRE2_ANCHORED | PCRE2_ENDANCHORED) : NULL;
        if (re->search != NULL && re->full != NULL)
            re->md = pcre2_match_data_create_from_pattern(re->search, NULL);
        if (re->md != NULL)
            re->vacuous = pcre2_match(re->search, (PCRE2_SPTR) "", 0, 0, 0, re->md, NULL) >= 0;
        if (re->md == NULL) {
            pcre2_code_free(re->search);
            pcre2_code_free(re->full);
            re->search = re->full = NULL;
            re->failed = 1;
        }
    }
    free(tr);
    return re->search ? 0 : -1;
}

int pc_regex_match_utf8(pc_regex *re, const char *subject, size_t len, int full, char *errbuf) {
    if (re->simple != NULL)
        return pc_simple_re_match_utf8(re->simple, subject, len, full || re->vacuous);
    return pc_regex_match(re, subject, len, full, errbuf);
}

int pc_regex_match(pc_regex *re, const char *subject, size_t len, int full, char *errbuf) {
    int rc;
    if (re->simple != NULL) {
        rc = pc_simple_re_match(re->simple, subject, len, full || re->vacuous);
        if (rc < 0) pc_err_set(errbuf, PC_EINVAL, "match error: UTF-8 error");
        return rc;
    }
    if (prepare(re) != 0) {
        pc_err_set(errbuf, PC_EINVAL, "%s", re->error);
        return -1;
    }
    if (re->vacuous) full = 1; /* see pc/regex.h: "[0-9]*" must not accept "abc" */
    rc = pcre2_match(full ? re->full : re->search, (PCRE2_SPTR)subject, len, 0, 0, re->md, NULL);
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    {
        PCRE2_UCHAR msg[96];
        pcre2_get_error_message(rc, msg, sizeof msg);
        pc_err_set(errbuf, PC_EINVAL, "match error: %s", (char *)msg);
    }
    return -1;
}
