/*
 * One pass over JSON text before cJSON reads it (pc_json_prescan, see
 * pc/codec.h): how deep its arrays and objects nest, and whether it holds
 * U+0000. The nesting bound keeps every recursive walk of a parsed body
 * (cJSON's parser, printer and delete, the output filter, the conversion to
 * Lua) within a small, fixed C stack whatever a server sends: cJSON's own
 * limit (CJSON_NESTING_LIMIT, 1000) needs some 200 KB of stack across those
 * walks, more than a small thread stack has. The NUL check is the one
 * pc_json_has_nul makes, folded into the same pass.
 *
 * With SSE2 (every x86-64) the pass tests 64 bytes at a time for the bytes
 * that can change its state (a quote, a backslash, NUL, a bracket) and visits
 * only those, in order: a response body is mostly short strings, where a
 * byte-by-byte walk costs more than the text. Elsewhere, inside a string the
 * pass skips eight bytes at a time while none of them is a quote, a backslash
 * or NUL. Both give the same answer on every input (csrc/tests/test_jsonscan.c
 * checks them against a byte-by-byte reference); PC_JSONSCAN_PORTABLE selects
 * the second on any machine.
 */
#include <stdint.h>
#include <string.h>
#include "pc/codec.h"
#include "pc/swar.h"

#if defined(__SSE2__) && defined(__GNUC__) && !defined(PC_JSONSCAN_PORTABLE)
#include <emmintrin.h>

/* Bit i set when byte i of v is a quote, a backslash, NUL or a bracket ([ and {
 * are 0x5B and 0x7B, ] and } 0x5D and 0x7D: with bit 5 set, one compare each). */
static unsigned stops16(__m128i v) {
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i text =
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    const __m128i brackets = _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                          _mm_cmpeq_epi8(folded, _mm_set1_epi8('}')));
    const __m128i nul = _mm_cmpeq_epi8(v, _mm_setzero_si128());
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(text, brackets), nul));
}

static inline uint64_t stops64(const unsigned char *p) {
    const __m128i *v = (const __m128i *)(const void *)p;
    return (uint64_t)stops16(_mm_loadu_si128(v)) | (uint64_t)stops16(_mm_loadu_si128(v + 1)) << 16 |
           (uint64_t)stops16(_mm_loadu_si128(v + 2)) << 32 |
           (uint64_t)stops16(_mm_loadu_si128(v + 3)) << 48;
}

/* The stops of the 64 bytes at s + at (fewer at the end of the text: the
 * last ones are copied to a zeroed block, their bits beyond len cleared). */
static uint64_t stops_at(const unsigned char *s, size_t at, size_t len) {
    unsigned char tail[64];
    const unsigned char *p = s + at;
    size_t n = len - at;
    if (n < 64) {
        memset(tail, 0, sizeof tail);
        memcpy(tail, p, n);
        return stops64(tail) & ((UINT64_C(1) << n) - 1u);
    }
    return stops64(p);
}

int pc_json_prescan(const char *text, size_t len, int max_depth, int *has_nul) {
    const unsigned char *s = (const unsigned char *)text;
    size_t block;
    uint64_t escaped = 0; /* 1: the first byte of this block is escaped by a backslash */
    int depth = 0, in_string = 0;
    *has_nul = 0;
    for (block = 0; block < len; block += 64) {
        uint64_t m = stops_at(s, block, len) & ~escaped;
        escaped = 0;
        while (m != 0) {
            unsigned i = (unsigned)__builtin_ctzll(m);
            unsigned char c = s[block + i];
            m &= m - 1;
            if (c == '"') {
                in_string ^= 1; /* opens or closes: an escaped quote never gets here */
            } else if (c == '\0') {
                *has_nul = 1;
            } else if (in_string) {
                if (c == '\\') {
                    size_t at = block + i;
                    if (at + 1 < len && s[at + 1] == 'u' && len - (at + 1) > 4 &&
                        memcmp(s + at + 2, "0000", 4) == 0)
                        *has_nul = 1;
                    /* the escaped character is text: its stop goes (the next block's first) */
                    m &= ~(UINT64_C(2) << i);
                    escaped = i == 63;
                }
            } else if (c == '[' || c == '{') {
                if (++depth > max_depth) return 1;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }
    return 0;
}

#else /* portable: a table per byte outside strings, eight bytes at a time inside */

/* Nonzero when any of 8 bytes may be a quote, a backslash or NUL. */
static uint64_t word_stops_string(uint64_t w) {
    return pc_swar_has_less(w, 1) | pc_swar_has_byte(w, '"') | pc_swar_has_byte(w, '\\');
}

/*
 * How many bytes of a word to skip before the byte that stopped it (m: the
 * test's nonzero answer). The lowest byte a test flags is always one it looks
 * for (a borrow only runs toward higher bytes), so on a little-endian machine
 * the trailing zero bits give it exactly; elsewhere 0, and the byte loop after
 * finds it.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static size_t skip_to_stop(uint64_t m) { return (size_t)__builtin_ctzll(m) >> 3; }
#else
static size_t skip_to_stop(uint64_t m) {
    (void)m;
    return 0;
}
#endif

/* What a byte means outside strings */
enum { PLAIN_BYTE = 0, NUL_BYTE, QUOTE, OPEN, CLOSE };
static const unsigned char outside[256] = {
    [0] = NUL_BYTE, ['"'] = QUOTE, ['['] = OPEN, ['{'] = OPEN, [']'] = CLOSE, ['}'] = CLOSE,
};

/* The bytes that matter inside a string */
static const unsigned char inside[256] = {[0] = 1, ['"'] = 1, ['\\'] = 1};

int pc_json_prescan(const char *s, size_t len, int max_depth, int *has_nul) {
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    int depth = 0;
    *has_nul = 0;
    while (p < end) {
        switch (outside[*p++]) {
            case NUL_BYTE:
                *has_nul = 1;
                break;
            case OPEN:
                if (++depth > max_depth) return 1;
                break;
            case CLOSE:
                depth--;
                break;
            case QUOTE:
                /* a string: up to its closing quote (or the end of the text) */
                for (;;) {
                    const unsigned char *stop;
                    unsigned char c;
                    while ((size_t)(end - p) >= 8) {
                        uint64_t w, m;
                        memcpy(&w, p, 8);
                        if ((m = word_stops_string(w)) != 0) {
                            p += skip_to_stop(m);
                            break;
                        }
                        p += 8;
                    }
                    /* the byte that stopped the word, one at a time */
                    stop = (size_t)(end - p) > 8 ? p + 8 : end;
                    while (p < stop && !inside[*p]) p++;
                    if (p >= end) break;
                    if (p == stop) continue;
                    c = *p++;
                    if (c == '"') break;
                    if (c == '\0') {
                        *has_nul = 1;
                    } else if (p < end) { /* a backslash */
                        /* p: the escaped character, never a quote that ends the string */
                        if (*p == 'u' && end - p > 4 && memcmp(p + 1, "0000", 4) == 0) *has_nul = 1;
                        p++;
                    }
                }
                break;
            default:
                break;
        }
    }
    return 0;
}
#endif
