#ifndef PC_ERR_H
#define PC_ERR_H
/*
 * Core error codes. Core functions return `pc_err` (PC_OK == 0) and write
 * any detail into a caller-supplied buffer of PC_ERRMAX bytes; there is no
 * global "last error" (cJSON's global error pointer is the cautionary tale).
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif

#define PC_ERRMAX 256

typedef enum pc_err {
#define PC_ERR(name, code, text) name,
#include "pc/err_list.h"
#undef PC_ERR
    PC_ERR__COUNT
} pc_err;

/* Stable string code ("EPARSE") for an error; "EUNKNOWN" when out of range. */
const char *pc_err_code(pc_err e);
/* Default human text for an error. */
const char *pc_err_text(pc_err e);
/* printf into errbuf (may be NULL); always returns `e` so callers can
 * `return pc_err_set(errbuf, PC_EPARSE, "at %zu", off);` */
pc_err pc_err_set(char *errbuf, pc_err e, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
