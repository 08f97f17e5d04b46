#ifndef PC_TEST_CHECK_H
#define PC_TEST_CHECK_H
/*
 * A very small C test harness: CHECK(cond) counts a pass or prints the
 * failing line; CHECK_STREQ compares NUL-terminated strings. main() ends
 * with `return check_report("test_name");` which prints
 * "test_name: N passed, N failed" (summed by tools/run-tests).
 */
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond)                                                                    \
            check_passed++;                                                          \
        else {                                                                       \
            check_failed++;                                                          \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

#define CHECK_STREQ(got, want)                                                                \
    do {                                                                                      \
        const char *g_ = (got), *w_ = (want);                                                 \
        if (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0)                                  \
            check_passed++;                                                                   \
        else {                                                                                \
            check_failed++;                                                                   \
            fprintf(stderr, "%s:%d: CHECK_STREQ failed:\n  got:  %s\n  want: %s\n", __FILE__, \
                    __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)");                        \
        }                                                                                     \
    } while (0)

static inline int check_report(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
