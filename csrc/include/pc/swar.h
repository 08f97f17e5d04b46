#ifndef PC_SWAR_H
#define PC_SWAR_H
/*
 * Tests on eight bytes at once, for the loops that skip plain text a word at
 * a time (jsonscan.c, serialize.c). Bit tricks from "Bit Twiddling Hacks"
 * (https://graphics.stanford.edu/~seander/bithacks.html#HasLessInWord): a
 * test may say yes for a word that has no such byte, never no for one that
 * has, so a yes only sends the caller to its byte-by-byte loop.
 */
#include <stdint.h>

#define PC_SWAR_ONES  ((uint64_t)0x0101010101010101ULL)
#define PC_SWAR_HIGHS ((uint64_t)0x8080808080808080ULL)

/* Nonzero when some byte of w may be below n (1 <= n <= 128). */
static inline uint64_t pc_swar_has_less(uint64_t w, unsigned n) {
    return (w - PC_SWAR_ONES * n) & ~w & PC_SWAR_HIGHS;
}

/* Nonzero when some byte of w may be c. */
static inline uint64_t pc_swar_has_byte(uint64_t w, unsigned char c) {
    return pc_swar_has_less(w ^ (PC_SWAR_ONES * c), 1);
}

/* Nonzero when some byte of w is 0x80 or above. */
static inline uint64_t pc_swar_has_high(uint64_t w) { return w & PC_SWAR_HIGHS; }

#endif
