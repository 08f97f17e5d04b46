/*
 * pc_json_prescan (csrc/jsonscan.c) against a byte-by-byte reference, on
 * every byte value at every position of short inputs, on random texts of the
 * bytes that matter, and on nesting near the limit. The portable variant
 * (PC_JSONSCAN_PORTABLE, what machines without SSE2 build) is compiled in
 * here too, under another name, and checked the same way.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "pc/codec.h"

int portable_prescan(const char *s, size_t len, int max_depth, int *has_nul);
#define PC_JSONSCAN_PORTABLE 1
#define pc_json_prescan      portable_prescan
#include "../jsonscan.c"
#undef pc_json_prescan

/* The meaning of the scan, one byte at a time: nesting outside strings, a
 * raw NUL anywhere but right after a backslash in a string, \u0000 there. */
static int reference_prescan(const char *text, size_t len, int max_depth, int *has_nul) {
    size_t i;
    int depth = 0, in_string = 0;
    *has_nul = 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == 0) {
            *has_nul = 1;
        } else if (in_string) {
            if (c == '"') {
                in_string = 0;
            } else if (c == '\\' && i + 1 < len) {
                if (text[i + 1] == 'u' && i + 5 < len && memcmp(text + i + 2, "0000", 4) == 0)
                    *has_nul = 1;
                i++; /* the escaped character */
            }
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return 1;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return 0;
}

/* Both scans answer as the reference does (*has_nul compared too, as far as
 * the text was read). Returns 1 when they agree. */
static int agrees(const char *t, size_t len, int max_depth) {
    int want_nul = -1, nul = -1, pnul = -1;
    int want = reference_prescan(t, len, max_depth, &want_nul);
    int got = pc_json_prescan(t, len, max_depth, &nul);
    int pgot = portable_prescan(t, len, max_depth, &pnul);
    return got == want && nul == want_nul && pgot == want && pnul == want_nul;
}

/* Every byte value at every position of texts that cross 16-byte blocks. */
static void test_every_byte(void) {
    static const char *const bases[] = {
        "",
        "[\"ab\",{\"k\":\"v\"}]",
        "{\"Key\":\"a\\\"b[c{\",\"L\":[1,2,[3]],\"U\":\"\\u0000x\"}",
        "\"0123456789abcdef0123456789\\\\u0000\\u0000\"",
        "[[[\"\\\\\\\"\",{\"a\":[{\"b\":\"]]]}}\"}]}]]]]",
        "\"\\u0000\\u000\\u00\\u0\\u\\",
        "{\"a\":\"\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\"}",
        /* a backslash ending the first 64-byte block, the quote it escapes opening the next */
        "[{\"k\":\"0123456789abcdef0123456789abcdef0123456789abcdef01234567\\\"[\",\"u\":"
        "\"\\u0000\"},[0]]",
    };
    size_t bi, at, failures = 0;
    for (bi = 0; bi < sizeof bases / sizeof bases[0]; bi++) {
        size_t len = strlen(bases[bi]), n;
        char buf[128];
        if (len >= sizeof buf) { /* a base too long for buf: grow buf */
            failures++;
            continue;
        }
        /* every prefix (every end of text) first */
        for (n = 0; n <= len; n++)
            if (!agrees(bases[bi], n, 2) || !agrees(bases[bi], n, 8)) failures++;
        for (at = 0; at <= len && at < sizeof buf - 1; at++) {
            int b;
            for (b = 0; b < 256; b++) {
                size_t tlen = at < len ? len : len + 1;
                memcpy(buf, bases[bi], len);
                buf[at] = (char)b;
                if (!agrees(buf, tlen, 1) || !agrees(buf, tlen, 3) || !agrees(buf, tlen, 128)) {
                    if (failures++ == 0)
                        fprintf(stderr, "prescan differs: base %zu, byte %d at %zu\n", bi, b, at);
                }
            }
        }
    }
    CHECK(failures == 0);
}

/* Random texts of the bytes that steer the scan, of every short length. */
static void test_random_texts(void) {
    static const char alphabet[] = "\"\\[]{}u0a \0";
    uint32_t seed = 12345;
    size_t failures = 0, i, j;
    char buf[96];
    for (i = 0; i < 200000; i++) {
        size_t len = i % sizeof buf;
        for (j = 0; j < len; j++) {
            seed = seed * 1103515245u + 12345u;
            buf[j] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        if (!agrees(buf, len, (int)(i % 5))) {
            if (failures++ == 0) fprintf(stderr, "prescan differs on random text %zu\n", i);
        }
    }
    CHECK(failures == 0);
}

/* Nesting at, below and above the parse limit, the brackets at every offset
 * of a block, strings in between. */
static void test_depth_limit(void) {
    int depth, pad, failures = 0;
    for (depth = PC_JSON_MAX_DEPTH - 2; depth <= PC_JSON_MAX_DEPTH + 2; depth++) {
        for (pad = 0; pad < 17; pad++) {
            size_t n = 0, size = (size_t)pad + (size_t)depth * 8 + 8;
            char *t = malloc(size);
            int d, nul = -1;
            if (t == NULL) {
                failures++;
                continue;
            }
            memset(t, ' ', (size_t)pad);
            n = (size_t)pad;
            for (d = 0; d < depth; d++) {
                const char *open = d % 2 ? "{\"k[\":" : "[\"]\\\"\",";
                memcpy(t + n, open, strlen(open));
                n += strlen(open);
            }
            for (d = depth - 1; d >= 0; d--) t[n++] = d % 2 ? '}' : ']';
            if (pc_json_prescan(t, n, PC_JSON_MAX_DEPTH, &nul) != (depth > PC_JSON_MAX_DEPTH))
                failures++;
            if (!agrees(t, n, PC_JSON_MAX_DEPTH) || !agrees(t, n, depth) ||
                !agrees(t, n, depth - 1))
                failures++;
            free(t);
        }
    }
    CHECK(failures == 0);
}

int main(void) {
    test_every_byte();
    test_random_texts();
    test_depth_limit();
    return check_report("test_jsonscan");
}
