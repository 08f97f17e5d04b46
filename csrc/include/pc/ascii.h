#ifndef PC_ASCII_H
#define PC_ASCII_H
/*
 * ASCII case for protocol text (header names, methods), the same in every C
 * locale: tolower()/toupper() follow the locale a host program may set.
 */
#include <stddef.h>

static inline char pc_ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static inline char pc_ascii_upper(char c) {
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

/* Case-insensitive equality of n bytes with a lowercase literal. */
static inline int pc_ascii_name_is(const char *p, size_t n, const char *lit) {
    size_t i;
    for (i = 0; i < n; i++)
        if (lit[i] == '\0' || pc_ascii_lower(p[i]) != lit[i]) return 0;
    return lit[n] == '\0';
}

#endif
