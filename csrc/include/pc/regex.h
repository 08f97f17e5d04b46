#ifndef PC_REGEX_H
#define PC_REGEX_H
/*
 * Smithy `pattern` constraints: ECMA-262 regular expressions run with PCRE2
 * in UTF mode. Smithy patterns are NOT implicitly anchored ("[a-z]+" accepts
 * "1a2"), so the default match is a search; strict mode asks for a full match
 * (the pattern is compiled a second time, anchored at both ends by
 * PCRE2_ANCHORED | PCRE2_ENDANCHORED).
 *
 * One exception: a pattern that matches the empty string ("[0-9]*",
 * "[^\x00-\x1F\x7F]*") finds an empty match in every subject, so searched it
 * constrains nothing. No model author means that, and the services reject such
 * values, so these patterns are always matched in full.
 *
 * ECMA-262 syntax PCRE2 does not accept is translated first: `\uXXXX` and
 * `\u{X...}` become `\x{XXXX}`; `\/` stays (PCRE2 accepts it).
 *
 * Compiled code (and a JIT version when available) is created on first use
 * and kept until pc_regex_free(); a pc_regex belongs to one thread at a time.
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/err.h"

typedef struct pc_regex pc_regex;

/* Translate ECMA-262 source into PCRE2 syntax. out gets at most outlen bytes
 * (NUL-terminated); returns PC_EINVAL when it does not fit or is malformed. */
pc_err pc_regex_translate(const char *src, char *out, size_t outlen);

/* The ECMA-262 escape \uXXXX (a surrogate pair \uD8xx\uDCxx joined) or
 * \u{X..} at s (the backslash): its value, or -1 when malformed; *used: its
 * source bytes. One reading for the translation to PCRE2 and regex_simple.c. */
long pc_regex_u_escape(const char *s, size_t *used);

/* A lazily compiled regex for `src` (copied). NULL on ENOMEM. */
pc_regex *pc_regex_new(const char *src);
/* The same; allow_simple 0 always uses PCRE2 (tests compare the two). */
pc_regex *pc_regex_new_engine(const char *src, int allow_simple);
void pc_regex_free(pc_regex *re);

/*
 * Match subject (UTF-8, len bytes). full != 0 requires the whole subject to
 * match. Returns 1 match, 0 no match, -1 error (bad pattern, invalid UTF-8:
 * detail in errbuf, may be NULL).
 */
int pc_regex_match(pc_regex *re, const char *subject, size_t len, int full, char *errbuf);
/* The same for a subject the caller knows is valid UTF-8 (the validator). */
int pc_regex_match_utf8(pc_regex *re, const char *subject, size_t len, int full, char *errbuf);
/* 1 when re is matched without PCRE2 (a simple pattern, below). */
int pc_regex_is_simple(const pc_regex *re);

/*
 * Simple patterns (regex_simple.c): a sequence of literal characters and
 * character classes ([...] with characters, ranges, \uXXXX \xHH escapes
 * and \d \s \w; \d \s \w \D \S \W alone) with a count (none, ?, *, +,
 * {m}, {m,}, {m,n}) of which only the last may vary, or one before a literal
 * its class cannot take, optionally between ^ and $; or up to 8 such
 * sequences joined by alternations and optional groups ("(a|b)c(d)?", no
 * group in a group). Matched on code points with PCRE2's meaning; pc_regex
 * uses them instead of PCRE2 (no compile, no JIT memory). NULL from
 * pc_simple_re_new: not such a pattern (or out of memory): PCRE2 it is.
 */
typedef struct pc_simple_re pc_simple_re;
pc_simple_re *pc_simple_re_new(const char *src);
void pc_simple_re_free(pc_simple_re *re);
/* 1 when it matches "" (see above: such patterns are matched in full) */
int pc_simple_re_vacuous(const pc_simple_re *re);
/* 1, 0, or -1 when subject is not valid UTF-8 (as PCRE2's UTF check). */
int pc_simple_re_match(const pc_simple_re *re, const char *subject, size_t len, int full);
/* The same without the UTF-8 check: subject must be valid UTF-8. */
int pc_simple_re_match_utf8(const pc_simple_re *re, const char *subject, size_t len, int full);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
