/*
 * Simple patterns (regex_simple.c, alternations and optional groups
 * included) against PCRE2: for every pattern the simple matcher accepts,
 * both engines must give the same answer (match, no match, error) for the
 * subject, searched and in full. The pattern is either
 * the input's bytes up to a NUL, or (first byte odd) built from tokens of the
 * forms the models use, so that most inputs reach the simple matcher.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pc/regex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const TOKENS[] = {
    "[a-z]",
    "[A-Z0-9]",
    "[^\\x00-\\x1F\\x7F]",
    "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]",
    "\\d",
    "\\s",
    "\\w",
    "\\D",
    "\\S",
    "-",
    "x",
    "\xc3\xa9",
    "{2}",
    "+",
    "*",
    "?",
    "{1,3}",
    "{0,}",
    "^",
    "$",
    "[a-zA-Z0-9-_]",
    "[-a]",
    "[\\n]",
    "[a-]",
    "\\/",
    "\\.",
    "[\\x00-\\x7E\\xA9]",
    "[!-~]",
    "{13}",
    "pac",
    "[\\d\\s]",
    "[^a-c]",
    "\\u00e9",
    "[\\uD83D\\uDE00-\\uD83D\\uDE4F]",
    "{3,2}",
    "{70000}",
    "[z-a]",
    "[]",
    "a",
    "[\\w-]",
    "(",
    "|",
    ".",
    "\\b",
    "[[:alpha:]]",
    /* alternation and optional groups (expanded into sequences) */
    ")",
    ")?",
    "(?:",
    "(?=",
    "(https|HTTPS):",
    "[^\\/\\s]+",
    "(\\/\\S*)?",
    "\\x4",
    "\\x41",
    "\\u004",
    "\\",
    "[)|(]",
    "\\(",
    /* counts and characters cut by a group: a seam must not make them */
    "{",
    "}",
    "2,",
    "\xd0",
    "\xa3",
    /* the class's ASCII fast path: members at and around byte 127/128,
     * counts that end inside a run, literals matched as bytes */
    "[\\x7F]",
    "[\\x7E-\\x80]",
    "[^\\x80]",
    "[^\\x7F]",
    "[\\u0080-\\u00FF]",
    "{8}",
    "{7,9}",
    "\\x7F",
    "\\u0080",
    "\xc2\x80",
    "\xef\xbf\xbd",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char pat[512];
    size_t n = 0, i = 0;
    pc_regex *simple, *pcre;
    const char *subject;
    size_t slen;
    int full;
    if (size == 0) return 0;
    if (data[0] & 1) { /* tokens until a 0xFF byte */
        for (i = 1; i < size && data[i] != 0xFF; i++) {
            const char *t = TOKENS[data[i] % (sizeof TOKENS / sizeof TOKENS[0])];
            size_t tl = strlen(t);
            if (n + tl >= sizeof pat) break;
            memcpy(pat + n, t, tl);
            n += tl;
        }
    } else { /* raw bytes until a NUL */
        for (i = 1; i < size && data[i] != 0 && n + 1 < sizeof pat; i++) pat[n++] = (char)data[i];
    }
    pat[n] = '\0';
    subject = i + 1 < size ? (const char *)data + i + 1 : "";
    slen = i + 1 < size ? size - i - 1 : 0;
    simple = pc_regex_new_engine(pat, 1);
    if (simple == NULL) return 0;
    if (!pc_regex_is_simple(simple)) {
        pc_regex_free(simple);
        return 0;
    }
    pcre = pc_regex_new_engine(pat, 0);
    if (pcre == NULL) abort();
    for (full = 0; full <= 1; full++) {
        int a = pc_regex_match(simple, subject, slen, full, NULL);
        int b = pc_regex_match(pcre, subject, slen, full, NULL);
        if (a != b) abort();
    }
    pc_regex_free(simple);
    pc_regex_free(pcre);
    return 0;
}
