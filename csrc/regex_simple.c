/*
 * Patterns that need no regex engine (see pc/regex.h, "Simple patterns"):
 * a sequence of literal characters and character classes with a count, such
 * as "[a-zA-Z0-9-]+", "[a-z]{2}-[A-Z]{2}", "pprofiletask-[A-Za-z0-9]{13}" or
 * "[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+", or a few such sequences
 * made by expanding alternations and optional groups of them, such as
 * "(partner-[A-Za-z0-9]{13}|arn:...)" or "(https|HTTPS):\/\/[^\/\s]+(\/\S*)?"
 * (37 of the 44 patterns of the Account and Channel models). They are matched on
 * code points here, with the meaning PCRE2 gives them (UTF mode, no UCP: \d \s
 * \w are ASCII); anything else ('.', nested or counted groups, a variable count
 * before an atom it could take from, ...) is left to PCRE2. The fuzz target
 * fuzz_regex compares the two.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pc/crypto.h" /* pc_hexval */
#include "pc/regex.h"
#include "pc/validate.h" /* pc_utf8_decode, pc_utf8_count */

#define MAX_RANGES 64 /* of all classes of a pattern */
#define MAX_LITS   64 /* literal code points of a pattern */
#define MAX_ATOMS  16
#define MAX_COUNT  65535u   /* PCRE2's limit for {m,n} */
#define UNBOUNDED  UINT_MAX /* the max of *, + and {m,}: no limit at all */
#define MAX_CP     0x10FFFFu

typedef struct cp_range {
    unsigned long lo, hi;
} cp_range;

/* A run of literal code points, or a class with a count. */
typedef struct atom {
    int is_class;
    size_t off, len; /* into lits (a literal) or ranges (a class) */
    int negate;
    unsigned min, max; /* a class's count */
    size_t boff, blen; /* a literal: its UTF-8 bytes in the sequence's lit_bytes */
    /* a class: 1 for the ASCII bytes in it (negation applied), 0 for the
     * others and for every byte >= 0x80, so that one load per byte tells an
     * ASCII member from a byte that needs a closer look */
    unsigned char ascii[256];
} atom;

/* One sequence of atoms. */
typedef struct seq {
    size_t n;
    int start_anchor, end_anchor; /* ^ and $ in the source */
    atom *atoms;                  /* the four arrays follow the struct (one block) */
    cp_range *ranges;
    unsigned long *lits;
    unsigned char *lit_bytes; /* the literals as UTF-8, compared bytewise */
} seq;

/* The sequences an alternation expands to (see expand): a subject matches
 * when one of them does, searched or in full. */
#define MAX_ALTS 8
struct pc_simple_re {
    size_t n;
    seq *alt[MAX_ALTS];
    /* a searched subject needs only these: an alternative that extends
     * another ("(https):x(y)?" gives "https:xy" and "https:x") matches only
     * where the shorter one does (see mark_extensions) */
    unsigned char search_needed[MAX_ALTS];
};

/* What the parser fills, on the C stack; the pattern keeps an exact copy. */
typedef struct parse {
    atom atoms[MAX_ATOMS];
    size_t n;
    cp_range ranges[MAX_RANGES];
    size_t n_ranges;
    unsigned long lits[MAX_LITS];
    size_t n_lits;
    int start_anchor, end_anchor;
} parse;

/* ---- the source ---------------------------------------------------------- */

/* One code point of UTF-8 source at *s; 0 on malformed source. */
static int source_cp(const char **s, unsigned long *cp) {
    size_t k = pc_utf8_decode((const unsigned char *)*s, (const unsigned char *)*s + 4, cp);
    *s += k;
    return k != 0;
}

static int add_range(parse *ps, atom *a, unsigned long lo, unsigned long hi) {
    if (lo > hi || ps->n_ranges == MAX_RANGES) return 0;
    ps->ranges[ps->n_ranges].lo = lo;
    ps->ranges[ps->n_ranges].hi = hi;
    ps->n_ranges++;
    a->len++;
    return 1;
}

/* \d \s \w and their negations as ranges; 0 for another letter. In a class
 * the negated ones are not supported (a set minus a set). */
static int class_escape(parse *ps, atom *a, char c, int in_class, int *negate) {
    *negate = 0;
    switch (c) {
        case 'd':
            return add_range(ps, a, '0', '9');
        case 's':
            return add_range(ps, a, 9, 13) && add_range(ps, a, ' ', ' ');
        case 'w':
            return add_range(ps, a, '0', '9') && add_range(ps, a, 'A', 'Z') &&
                   add_range(ps, a, 'a', 'z') && add_range(ps, a, '_', '_');
        case 'D':
        case 'S':
        case 'W':
            if (in_class || !class_escape(ps, a, (char)(c - 'A' + 'a'), 0, negate)) return 0;
            *negate = 1;
            return 1;
        default:
            return 0;
    }
}

/*
 * An escaped character at s (after the backslash): its code point, or -1
 * when it is not a single character PCRE2 reads the same way (a class
 * escape, a back reference, an anchor, \p, ...). *used: source bytes.
 */
static long escaped_cp(const char *s, size_t *used) {
    long v;
    *used = 1;
    switch (*s) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        case 'f':
            return '\f'; /* (\v is a class in PCRE2: left to it) */
        case 'u':
            /* read as the translation to PCRE2 reads it (s - 1: the backslash) */
            if ((v = pc_regex_u_escape(s - 1, used)) < 0) return -1;
            --*used;
            /* a lone surrogate is not a character of UTF-8 text: PCRE2 refuses it */
            return (v >= 0xD800 && v <= 0xDFFF) || v > (long)MAX_CP ? -1 : v;
        case 'x':
            if (pc_hexval((unsigned char)s[1]) < 0 || pc_hexval((unsigned char)s[2]) < 0) return -1;
            *used = 3;
            return pc_hexval((unsigned char)s[1]) * 16 + pc_hexval((unsigned char)s[2]);
        default:
            /* punctuation stands for itself */
            if (strchr("\\/.-^$[]{}()*+?|,:=!#&%@~'\"<>`;_ ", *s) != NULL && *s != '\0')
                return (unsigned char)*s;
            return -1;
    }
}

/* "[...]" at *s (after '['); 0 when not supported. */
static int parse_class(parse *pp, const char **ps, atom *a) {
    const char *s = *ps;
    int after_range = 0, first = 1;
    if (*s == '^') {
        a->negate = 1;
        s++;
    }
    if (*s == ']') return 0;                           /* "[]..." means something else to PCRE2 */
    if (*s == ':' || *s == '.' || *s == '=') return 0; /* "[:x:]": POSIX syntax to PCRE2 */
    while (*s != ']') {
        unsigned long lo, hi;
        size_t used;
        long e;
        int neg;
        if (*s == '\0' || *s == '[') return 0;
        if (*s == '\\') {
            if ((e = escaped_cp(s + 1, &used)) < 0) {
                if (!class_escape(pp, a, s[1], 1, &neg)) return 0;
                s += 2;
                if (*s == '-' && s[1] != ']') return 0; /* "[\d-z]": not a range */
                after_range = 1;                        /* a following '-' is a character */
                first = 0;
                continue;
            }
            lo = (unsigned long)e;
            s += 1 + used;
        } else if (*s == '-' && !first && !after_range && s[1] != ']') {
            return 0; /* a range with no start */
        } else if (!source_cp(&s, &lo)) {
            return 0;
        }
        first = 0;
        after_range = 0;
        hi = lo;
        if (*s == '-' && s[1] != ']') { /* a range */
            s++;
            if (*s == '\\') {
                if ((e = escaped_cp(s + 1, &used)) < 0) return 0;
                hi = (unsigned long)e;
                s += 1 + used;
            } else if (*s == '[' || !source_cp(&s, &hi)) {
                return 0;
            }
            if (lo > hi) return 0; /* PCRE2: an error */
            after_range = 1;
        }
        if (!add_range(pp, a, lo, hi)) return 0;
    }
    *ps = s + 1;
    return 1;
}

/* The decimal number at *ps (one digit at least, at most MAX_COUNT); 0: not. */
static int read_count(const char **ps, unsigned long *v) {
    const char *s = *ps;
    if (*s < '0' || *s > '9') return 0;
    for (*v = 0; *s >= '0' && *s <= '9'; s++)
        if ((*v = *v * 10 + (unsigned long)(*s - '0')) > MAX_COUNT) return 0;
    *ps = s;
    return 1;
}

/* An optional count after a class: ?, *, +, {m}, {m,}, {m,n}. */
static int parse_count(const char **ps, atom *a) {
    const char *s = *ps;
    unsigned long m = 0, n = 0;
    a->min = a->max = 1;
    switch (*s) {
        case '?':
            a->min = 0;
            a->max = 1;
            s++;
            break;
        case '*':
            a->min = 0;
            a->max = UNBOUNDED;
            s++;
            break;
        case '+':
            a->min = 1;
            a->max = UNBOUNDED;
            s++;
            break;
        case '{':
            s++;
            if (!read_count(&s, &m)) return 0;
            if (*s == '}') {
                n = m;
                s++;
            } else if (*s == ',' && s[1] == '}') {
                n = UNBOUNDED;
                s += 2;
            } else if (*s == ',') {
                s++;
                if (!read_count(&s, &n) || *s != '}' || n < m) return 0;
                s++;
            } else {
                return 0;
            }
            a->min = (unsigned)m;
            a->max = (unsigned)n;
            break;
        default:
            break;
    }
    /* lazy or possessive counts are PCRE2's */
    if (*s == '?' || *s == '+') return 0;
    *ps = s;
    return 1;
}

/* The next atom, appended (consecutive literals join one atom). 0: unsupported. */
static int parse_atom(parse *ps, const char **psrc) {
    const char *s = *psrc;
    atom *a;
    size_t used;
    long e = 0;
    int neg;
    unsigned long cp;
    if (*s == '[' || (*s == '\\' && (e = escaped_cp(s + 1, &used)) < 0)) {
        if (ps->n == MAX_ATOMS) return 0;
        a = &ps->atoms[ps->n++];
        memset(a, 0, sizeof *a);
        a->is_class = 1;
        a->off = ps->n_ranges;
        if (*s == '[') {
            s++;
            if (!parse_class(ps, &s, a)) return 0;
        } else { /* \d, \S, ... */
            if (!class_escape(ps, a, s[1], 0, &neg)) return 0;
            a->negate = neg;
            s += 2;
        }
        if (!parse_count(&s, a)) return 0;
        *psrc = s;
        return 1;
    }
    if (*s == '\\') {
        cp = (unsigned long)e;
        s += 1 + used;
    } else if (strchr(".*+?()[]{}|^$", *s) != NULL)
        return 0;
    else if (!source_cp(&s, &cp))
        return 0;
    if (*s != '\0' && strchr("*+?{", *s) != NULL) return 0; /* a counted literal */
    if (ps->n_lits == MAX_LITS) return 0;
    a = ps->n > 0 && !ps->atoms[ps->n - 1].is_class ? &ps->atoms[ps->n - 1] : NULL;
    if (a == NULL) {
        if (ps->n == MAX_ATOMS) return 0;
        a = &ps->atoms[ps->n++];
        memset(a, 0, sizeof *a);
        a->off = ps->n_lits;
    }
    ps->lits[ps->n_lits++] = cp;
    a->len++;
    *psrc = s;
    return 1;
}

/* In a's class (a parsed atom, its ranges in ps)? */
static int parsed_in_class(const parse *ps, const atom *a, unsigned long cp) {
    size_t r;
    for (r = 0; r < a->len; r++)
        if (cp >= ps->ranges[a->off + r].lo && cp <= ps->ranges[a->off + r].hi) return !a->negate;
    return a->negate;
}

/* A class with a variable count before atom b: greedy and exact without
 * backtracking when b is a literal its class cannot take (the run stops at
 * b's first code point or fails in any case), as "[^\/\s]+\/" */
static int run_stops_before(const parse *ps, const atom *a, const atom *b) {
    return !b->is_class && b->len > 0 && !parsed_in_class(ps, a, ps->lits[b->off]);
}

/* cp (at most MAX_CP, no surrogate: the parser's) as UTF-8 at out; its length. */
static size_t utf8_encode(unsigned long cp, unsigned char *out) {
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static seq *seq_new(const char *src) {
    parse ps;
    seq *re;
    const char *s = src;
    unsigned char lit_bytes[MAX_LITS * 4];
    size_t i, size, n_bytes = 0;
    memset(&ps, 0, sizeof ps);
    if (*s == '^') {
        ps.start_anchor = 1;
        s++;
    }
    while (*s != '\0') {
        if (*s == '$' && s[1] == '\0') {
            ps.end_anchor = 1;
            break;
        }
        if (!parse_atom(&ps, &s)) return NULL;
    }
    /* a variable count only at the end or before a literal it cannot take:
     * then the match needs no backtracking */
    for (i = 0; i + 1 < ps.n; i++)
        if (ps.atoms[i].is_class && ps.atoms[i].min != ps.atoms[i].max &&
            !run_stops_before(&ps, &ps.atoms[i], &ps.atoms[i + 1]))
            return NULL;
    for (i = 0; i < ps.n; i++) { /* ASCII membership, one byte each */
        atom *a = &ps.atoms[i];
        unsigned c;
        if (!a->is_class) {
            size_t j;
            a->boff = n_bytes;
            for (j = 0; j < a->len; j++)
                n_bytes += utf8_encode(ps.lits[a->off + j], lit_bytes + n_bytes);
            a->blen = n_bytes - a->boff;
            continue;
        }
        for (c = 0; c < 128; c++) a->ascii[c] = (unsigned char)parsed_in_class(&ps, a, c);
    }
    size = sizeof *re + ps.n * sizeof(atom) + ps.n_ranges * sizeof(cp_range) +
           ps.n_lits * sizeof(unsigned long) + n_bytes;
    if ((re = (seq *)malloc(size)) == NULL) return NULL;
    re->n = ps.n;
    re->start_anchor = ps.start_anchor;
    re->end_anchor = ps.end_anchor;
    re->atoms = (atom *)(void *)(re + 1);
    re->ranges = (cp_range *)(void *)(re->atoms + ps.n);
    re->lits = (unsigned long *)(void *)(re->ranges + ps.n_ranges);
    re->lit_bytes = (unsigned char *)(void *)(re->lits + ps.n_lits);
    memcpy(re->atoms, ps.atoms, ps.n * sizeof(atom));
    memcpy(re->ranges, ps.ranges, ps.n_ranges * sizeof(cp_range));
    memcpy(re->lits, ps.lits, ps.n_lits * sizeof(unsigned long));
    memcpy(re->lit_bytes, lit_bytes, n_bytes);
    return re;
}

static int seq_vacuous(const seq *re) {
    size_t i;
    for (i = 0; i < re->n; i++)
        if (!re->atoms[i].is_class || re->atoms[i].min > 0) return 0;
    return 1;
}

/* ---- alternation ------------------------------------------------------------
 *
 * "(a|b)c(d)?" is the union of the sequences "ac", "acd", "bc", "bcd": a
 * group (capturing or "(?:") of alternatives with no group inside, alone or
 * followed by '?', and alternatives at the top level, are expanded by copying
 * source text, and each sequence is parsed as above (all must be, else the
 * pattern is PCRE2's). A text unit is copied whole, so that no escape or class
 * changes meaning at a seam: an escape that reads on (\x, \u) and a count
 * must be complete, a \u escape no half of a surrogate pair ("(\uD83D)\uDE00"
 * is PCRE2's error, not U+1F600), and no alternative or text after a group
 * may start with a count.
 */
#define MAX_PIECES 16

typedef struct piece { /* one choice of n, each a span of the source */
    const char *at[MAX_ALTS];
    size_t len[MAX_ALTS];
    size_t n;
} piece;

/* Past the text unit at s (an escape, a class, a count or one byte); NULL
 * when it has no complete, self-contained form. A count is one unit, so that
 * no seam makes one: PCRE2 reads "[a]{(2)}" as a class and the text "{2}" (a
 * '{' that does not start a count is a character, which seq_new declines). */
static const char *unit_end(const char *s) {
    size_t used;
    if (*s == '{' || *s == '}') {
        unsigned long v;
        const char *t = s + 1;
        if (*s == '}' || !read_count(&t, &v)) return NULL;
        if (*t == ',') t++;
        if (*t >= '0' && *t <= '9' && !read_count(&t, &v)) return NULL;
        return *t == '}' ? t + 1 : NULL;
    }
    if (*s == '\\') {
        if (s[1] == '\0') return NULL;
        if (s[1] == 'u') { /* a lone surrogate could pair with one after a seam */
            long v = pc_regex_u_escape(s, &used);
            return v < 0 || (v >= 0xD800 && v <= 0xDFFF) ? NULL : s + used;
        }
        if (s[1] == 'x')
            return pc_hexval((unsigned char)s[2]) < 0 || pc_hexval((unsigned char)s[3]) < 0 ? NULL
                                                                                            : s + 4;
        return s + 2;
    }
    if (*s == '[') {
        s++;
        if (*s == '^') s++;
        if (*s == ']') return NULL;
        while (*s != ']') {
            if (*s == '\0') return NULL;
            s = *s == '\\' ? unit_end(s) : s + 1;
            if (s == NULL) return NULL;
        }
        return s + 1;
    }
    return s + 1;
}

static int starts_count(const char *s) { return *s != '\0' && strchr("*+?{", *s) != NULL; }

/* Splits [s, end) into pieces: text runs and groups. 0: not supported. */
static int split_pieces(const char *s, const char *end, piece *pc, size_t *np) {
    *np = 0;
    while (s < end) {
        piece *p;
        if (*np == MAX_PIECES) return 0;
        p = &pc[(*np)++];
        p->n = 1;
        p->at[0] = s;
        if (*s != '(') { /* a text run */
            while (s < end && *s != '(')
                if ((s = unit_end(s)) == NULL || s > end) return 0;
            p->len[0] = (size_t)(s - p->at[0]);
            continue;
        }
        s++;
        if (*s == '?') {
            if (s[1] != ':') return 0; /* lookaround, named groups, options: PCRE2's */
            s += 2;
        }
        p->at[0] = s;
        for (;;) { /* the alternatives of the group */
            if (s >= end || *s == '(' || starts_count(s)) return 0;
            while (s < end && *s != '|' && *s != ')' && *s != '(')
                if ((s = unit_end(s)) == NULL || s > end) return 0;
            if (s >= end || *s == '(') return 0;
            p->len[p->n - 1] = (size_t)(s - p->at[p->n - 1]);
            if (*s++ == ')') break;
            if (p->n == MAX_ALTS) return 0;
            p->at[p->n++] = s;
        }
        if (s < end && *s == '?') { /* optional: one more choice, the empty one */
            s++;
            if (p->n == MAX_ALTS) return 0;
            p->at[p->n] = s;
            p->len[p->n++] = 0;
        }
        if (s < end && starts_count(s)) return 0; /* counted, lazy or possessive groups */
    }
    return 1;
}

/* Adds the sequences of [s, end) (no top-level '|') to re; 0: not supported. */
static int add_expanded(pc_simple_re *re, const char *s, const char *end, char *buf) {
    piece pc[MAX_PIECES];
    size_t np, i, total = 1, k;
    if (starts_count(s) || !split_pieces(s, end, pc, &np)) return 0;
    for (i = 0; i < np; i++)
        if ((total *= pc[i].n) > MAX_ALTS) return 0;
    if (total > MAX_ALTS - re->n) return 0; /* (an empty alternative is one sequence too) */
    for (k = 0; k < total; k++) {           /* k in mixed radix: one choice per piece */
        size_t rest = k, len = 0;
        for (i = 0; i < np; i++) {
            size_t c = rest % pc[i].n;
            rest /= pc[i].n;
            memcpy(buf + len, pc[i].at[c], pc[i].len[c]);
            len += pc[i].len[c];
        }
        buf[len] = '\0';
        if ((re->alt[re->n] = seq_new(buf)) == NULL) return 0;
        re->n++;
    }
    return 1;
}

/* The end of the top-level alternative from s: '|' outside groups or the end. */
static const char *top_alt_end(const char *s) {
    int depth = 0;
    while (*s != '\0' && (depth > 0 || *s != '|')) {
        if (*s == '(') depth++;
        if (*s == ')') depth--;
        if ((s = unit_end(s)) == NULL) return NULL;
    }
    return s;
}

void pc_simple_re_free(pc_simple_re *re) {
    size_t i;
    if (re == NULL) return;
    for (i = 0; i < re->n; i++) free(re->alt[i]);
    free(re);
}

/* The same atom: kind, literal bytes or class ranges, negation and count. */
static int same_atom(const seq *x, const atom *a, const seq *y, const atom *b) {
    if (a->is_class != b->is_class) return 0;
    if (!a->is_class)
        return a->blen == b->blen &&
               memcmp(x->lit_bytes + a->boff, y->lit_bytes + b->boff, a->blen) == 0;
    return a->negate == b->negate && a->min == b->min && a->max == b->max && a->len == b->len &&
           memcmp(x->ranges + a->off, y->ranges + b->off, a->len * sizeof(cp_range)) == 0;
}

/* Whether searching for i is needless once j was searched for: j's atoms
 * start i's (and j is shorter) and j has no '$' nor a '^' that i lacks. i is
 * then j followed by more atoms: the text a match of i starts with is a match
 * of j at the same place, so a search for j succeeds whenever one for i does
 * (not so in full: j must then take the whole subject). */
static int extends(const seq *i, const seq *j) {
    size_t k;
    if (j->n >= i->n || j->end_anchor || (j->start_anchor && !i->start_anchor)) return 0;
    for (k = 0; k < j->n; k++)
        if (!same_atom(i, &i->atoms[k], j, &j->atoms[k])) return 0;
    return 1;
}

static void mark_extensions(pc_simple_re *re) {
    size_t i, j;
    for (i = 0; i < re->n; i++) {
        re->search_needed[i] = 1;
        for (j = 0; j < re->n; j++)
            if (j != i && extends(re->alt[i], re->alt[j])) re->search_needed[i] = 0;
    }
}

pc_simple_re *pc_simple_re_new(const char *src) {
    pc_simple_re *re = (pc_simple_re *)calloc(1, sizeof *re);
    char *buf = (char *)malloc(strlen(src) + 1); /* a sequence is never longer than src */
    const char *s = src;
    /* PCRE2 refuses a pattern that is not UTF-8; checked whole, because the
     * expansion could join a cut sequence across a seam ("(a\xd0)\xa3") */
    int ok = re != NULL && buf != NULL && pc_utf8_count(src, strlen(src)) >= 0;
    while (ok) {
        const char *e = top_alt_end(s);
        ok = e != NULL && add_expanded(re, s, e, buf);
        if (!ok || *e == '\0') break;
        s = e + 1;
    }
    free(buf);
    if (!ok) {
        pc_simple_re_free(re);
        return NULL;
    }
    mark_extensions(re);
    return re;
}

int pc_simple_re_vacuous(const pc_simple_re *re) {
    size_t i;
    for (i = 0; i < re->n; i++)
        if (seq_vacuous(re->alt[i])) return 1;
    return 0;
}

/* ---- matching ------------------------------------------------------------- */

/* The code point at *p (valid UTF-8, checked by the caller). */
static unsigned long next_cp(const unsigned char **p, const unsigned char *end) {
    unsigned long cp;
    if (**p < 0x80) return *(*p)++;
    *p += pc_utf8_decode(*p, end, &cp);
    return cp;
}

static int in_class(const seq *re, const atom *a, unsigned long cp) {
    const cp_range *r = re->ranges + a->off;
    size_t i;
    if (cp < 128) return a->ascii[cp];
    for (i = 0; i < a->len; i++)
        if (cp >= r[i].lo && cp <= r[i].hi) return !a->negate;
    return a->negate;
}

/* n + k, saturated below UINT_MAX: a count is only compared with a min or a
 * max <= MAX_COUNT, and UNBOUNDED stays out of reach */
static unsigned count_add(unsigned n, size_t k) {
    return k >= (size_t)(UINT_MAX - 1 - n) ? UINT_MAX - 1 : n + (unsigned)k;
}

/* Past the code points from p on that are in a's class, at most max of them
 * (UNBOUNDED: all); *k gets their number (saturated: only compared with a min).
 * A run of ASCII members is one load per byte (one byte, one code point); a
 * byte >= 0x80 is decoded and looked up in the ranges. */
static const unsigned char *class_run(const seq *re, const atom *a, const unsigned char *p,
                                      const unsigned char *end, unsigned max, unsigned *k) {
    unsigned n = 0;
    for (;;) {
        const unsigned char *q = p, *stop = end;
        if (max != UNBOUNDED && (size_t)(end - p) > max - n) stop = p + (max - n);
        while (q < stop && a->ascii[*q]) q++;
        n = count_add(n, (size_t)(q - p));
        p = q;
        if (p == stop || *p < 0x80) break; /* the max, the end or an ASCII non-member */
        if (!in_class(re, a, next_cp(&q, end))) break;
        p = q;
        n = count_add(n, 1);
    }
    *k = n;
    return p;
}

/* The atoms from p on; to_end: the match must end at end. */
static int match_at(const seq *re, const unsigned char *p, const unsigned char *end, int to_end) {
    size_t i;
    for (i = 0; i < re->n; i++) {
        const atom *a = &re->atoms[i];
        if (!a->is_class) {
            /* bytes for code points: the subject is valid UTF-8 and p at a
             * character's start, so equal bytes are equal characters */
            const unsigned char *lit = re->lit_bytes + a->boff;
            size_t j;
            if ((size_t)(end - p) < a->blen) return 0;
            for (j = 0; j < a->blen; j++)
                if (p[j] != lit[j]) return 0;
            p += a->blen;
        } else {
            unsigned k;
            /* all it can up to max: a fixed count takes exactly it, a variable one
             * is last or stops before a literal it cannot take (seq_new) */
            p = class_run(re, a, p, end, a->max, &k);
            if (k < a->min) return 0;
        }
    }
    return !to_end || p == end;
}

int pc_simple_re_match(const pc_simple_re *re, const char *subject, size_t len, int full) {
    if (pc_utf8_count(subject, len) < 0) return -1; /* as PCRE2's UTF check */
    return pc_simple_re_match_utf8(re, subject, len, full);
}

static int seq_match(const seq *re, const char *subject, size_t len, int full) {
    const unsigned char *p = (const unsigned char *)subject, *end = p + len;
    if (full) return match_at(re, p, end, 1);
    if (re->n == 1 && re->atoms[0].is_class && !re->start_anchor && !re->end_anchor) {
        /* one class searched: a run of min of its code points anywhere */
        const atom *a = &re->atoms[0];
        while (p < end) {
            unsigned k;
            const unsigned char *q;
            p = class_run(re, a, p, end, a->min, &k);
            if (k >= a->min) return 1;
            if (p >= end) break;
            q = p; /* past the code point that ended the run */
            next_cp(&q, end);
            p = q;
        }
        return a->min == 0;
    }
    if (re->start_anchor) return match_at(re, p, end, re->end_anchor);
    if (re->n > 0 && !re->atoms[0].is_class && re->lits[re->atoms[0].off] < 0x80) {
        /* a leading ASCII literal: only where its first byte is can a match start */
        int first = (int)re->lits[re->atoms[0].off];
        while ((p = (const unsigned char *)memchr(p, first, (size_t)(end - p))) != NULL) {
            if (match_at(re, p, end, re->end_anchor)) return 1;
            p++;
        }
        return 0;
    }
    for (;;) {
        if (match_at(re, p, end, re->end_anchor)) return 1;
        if (p >= end) return 0;
        next_cp(&p, end);
    }
}

int pc_simple_re_match_utf8(const pc_simple_re *re, const char *subject, size_t len, int full) {
    size_t i;
    for (i = 0; i < re->n; i++)
        if ((full || re->search_needed[i]) && seq_match(re->alt[i], subject, len, full)) return 1;
    return 0;
}
