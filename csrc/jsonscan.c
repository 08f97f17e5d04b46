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
 * Most of a response body is string text: inside a string the pass skips
 * eight bytes at a time while none of them is a quote, a backslash or NUL.
 */
#include <stdint.h>
#include <string.h>
#include "pc/codec.h"
#include "pc/swar.h"

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
