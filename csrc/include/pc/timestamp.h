#ifndef PC_TIMESTAMP_H
#define PC_TIMESTAMP_H
/*
 * Timestamps as the awsJson protocol moves them (doc/protocol.md §2.3, §3):
 *   - requests: ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ", with ".ffffffZ" (6 digits)
 *     only when there are microseconds; or epoch seconds (a JSON number);
 *   - responses: a number (epoch seconds, fractions allowed), a numeric string,
 *     ISO 8601 with or without fraction and with Z or an offset, or RFC 822 /
 *     HTTP date ("Wed, 19 Nov 2025 10:00:00 GMT").
 * Times are double epoch seconds, UTC, proleptic Gregorian; no time zone
 * database is consulted (offsets are explicit in the text).
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/err.h"

/* Parse ISO 8601 (date 'T' time, optional fraction, 'Z' | +hh:mm | +hhmm |
 * none = UTC). Returns PC_OK and *out, or PC_EPARSE. */
pc_err pc_ts_parse_iso8601(const char *s, size_t len, double *out);
/* Parse any accepted response form (ISO 8601, numeric string, RFC 822). */
pc_err pc_ts_parse_any(const char *s, size_t len, double *out);
/* Format epoch seconds as ISO 8601 UTC into out (>= 32 bytes). Fractions are
 * rounded to microseconds and only printed when non-zero. */
pc_err pc_ts_format_iso8601(double t, char *out, size_t outlen);
/* Format as an HTTP date ("Wed, 19 Nov 2025 10:00:00 GMT"), out >= 32 bytes. */
pc_err pc_ts_format_http_date(double t, char *out, size_t outlen);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
