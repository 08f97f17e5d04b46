/*
 * bench/bench_common.h: what the bench's C programs (floor.c, libwork.c)
 * share: the CPU clock their figures are read with, so that the SDK's work
 * and its floor are timed alike, and reading a captured file.
 */
#ifndef PC_BENCH_COMMON_H
#define PC_BENCH_COMMON_H
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>

static inline double tv_s(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

/* This process's CPU seconds, user and system (getrusage). */
static inline double cpu_s(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return tv_s(ru.ru_utime) + tv_s(ru.ru_stime);
}

/* The whole file, NUL-terminated (malloc'd; *len its bytes), or NULL. */
static inline char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *d = NULL;
    long n;
    if (f == NULL) return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        d = (char *)malloc((size_t)n + 1);
        if (d != NULL && fread(d, 1, (size_t)n, f) != (size_t)n) {
            free(d);
            d = NULL;
        }
        if (d != NULL) {
            d[n] = '\0';
            *len = (size_t)n;
        }
    }
    fclose(f);
    return d;
}

#endif
