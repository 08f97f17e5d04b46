/* Error code names and texts, generated from pc/err_list.h. */
#include <stdarg.h>
#include <stdio.h>
#include "pc/err.h"

static const char *const codes[] = {
#define PC_ERR(name, code, text) code,
#include "pc/err_list.h"
#undef PC_ERR
};

static const char *const texts[] = {
#define PC_ERR(name, code, text) text,
#include "pc/err_list.h"
#undef PC_ERR
};

const char *pc_err_code(pc_err e) { return ((unsigned)e < PC_ERR__COUNT) ? codes[e] : "EUNKNOWN"; }

const char *pc_err_text(pc_err e) {
    return ((unsigned)e < PC_ERR__COUNT) ? texts[e] : "unknown error";
}

pc_err pc_err_set(char *errbuf, pc_err e, const char *fmt, ...) {
    va_list ap;
    if (errbuf == NULL) return e;
    if (fmt == NULL) {
        snprintf(errbuf, PC_ERRMAX, "%s", pc_err_text(e));
        return e;
    }
    va_start(ap, fmt);
    vsnprintf(errbuf, PC_ERRMAX, fmt, ap);
    va_end(ap);
    return e;
}
