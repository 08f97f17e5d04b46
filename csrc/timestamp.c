/*
 * Timestamps (see pc/timestamp.h). Calendar arithmetic uses Howard Hinnant's
 * days_from_civil / civil_from_days, exact for the proleptic Gregorian
 * calendar, so no libc time zone state (timegm, TZ) is involved.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pc/timestamp.h"

static long long days_from_civil(long long y, unsigned m, unsigned d) {
    long long era;
    unsigned yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

static void civil_from_days(long long z, long long *y, unsigned *m, unsigned *d) {
    long long era;
    unsigned doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (long long)yoe + era * 400 + (*m <= 2);
}

static int days_in_month(long long y, unsigned m) {
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : dim[m - 1];
}

/* Exactly n digits at s[*i], advancing *i; -1 when not digits. */
static long digits(const char *s, size_t len, size_t *i, int n) {
    long v = 0;
    int k;
    if (*i + (size_t)n > len) return -1;
    for (k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[*i + (size_t)k];
        if (!isdigit(c)) return -1;
        v = v * 10 + (c - '0');
    }
    *i += (size_t)n;
    return v;
}

static int valid_fields(long long y, long mo, long d, long h, long mi, long se) {
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 24 || mi < 0 || mi > 59) return 0;
    if (se < 0 || se > 60) return 0; /* 60: a leap second, folded into the next minute */
    if (h == 24 && (mi != 0 || se != 0)) return 0;
    return d <= days_in_month(y, (unsigned)mo);
}

static double epoch_of(long long y, long mo, long d, long h, long mi, long se) {
    return (double)days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400.0 + (double)h * 3600.0 +
           (double)mi * 60.0 + (double)se;
}

/* Z | z | +hh:mm | +hhmm | +hh | end (UTC). Sets *off seconds. */
static int parse_offset(const char *s, size_t len, size_t *i, long *off) {
    long hh, mm = 0;
    int sign;
    *off = 0;
    if (*i == len) return 0;
    if ((s[*i] == 'Z' || s[*i] == 'z') && *i + 1 == len) {
        (*i)++;
        return 0;
    }
    if (s[*i] != '+' && s[*i] != '-') return -1;
    sign = s[*i] == '-' ? -1 : 1;
    (*i)++;
    if ((hh = digits(s, len, i, 2)) < 0 || hh > 23) return -1;
    if (*i < len && s[*i] == ':') (*i)++;
    if (*i < len && (mm = digits(s, len, i, 2)) < 0) return -1;
    if (mm > 59 || *i != len) return -1;
    *off = sign * (hh * 3600 + mm * 60);
    return 0;
}

pc_err pc_ts_parse_iso8601(const char *s, size_t len, double *out) {
    size_t i = 0;
    long long y;
    long mo, d, h = 0, mi = 0, se = 0, off;
    double frac = 0.0;
    if ((y = digits(s, len, &i, 4)) < 0 || i >= len || s[i++] != '-') return PC_EPARSE;
    if ((mo = digits(s, len, &i, 2)) < 0 || i >= len || s[i++] != '-') return PC_EPARSE;
    if ((d = digits(s, len, &i, 2)) < 0) return PC_EPARSE;
    if (i < len && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
        i++;
        if ((h = digits(s, len, &i, 2)) < 0 || i >= len || s[i++] != ':') return PC_EPARSE;
        if ((mi = digits(s, len, &i, 2)) < 0) return PC_EPARSE;
        if (i < len && s[i] == ':') {
            i++;
            if ((se = digits(s, len, &i, 2)) < 0) return PC_EPARSE;
            if (i < len && (s[i] == '.' || s[i] == ',')) {
                double scale = 0.1;
                size_t start = ++i;
                while (i < len && isdigit((unsigned char)s[i])) {
                    frac += (s[i++] - '0') * scale;
                    scale /= 10.0;
                }
                if (i == start) return PC_EPARSE;
            }
        }
    }
    if (parse_offset(s, len, &i, &off) != 0 || i != len) return PC_EPARSE;
    if (!valid_fields(y, mo, d, h, mi, se)) return PC_EPARSE;
    *out = epoch_of(y, mo, d, h, mi, se) - (double)off + frac;
    return PC_OK;
}

static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const wdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};

/* "[Wed, ]19 Nov 2025 10:00:00 GMT" (also UTC, Z, +0000). */
static pc_err parse_rfc822(const char *s, size_t len, double *out) {
    char buf[64], mon[4], zone[8];
    int d, y, h, mi, se, n = 0, m;
    const char *p;
    if (len >= sizeof buf) return PC_EPARSE;
    memcpy(buf, s, len);
    buf[len] = '\0';
    p = strchr(buf, ',');
    p = p ? p + 1 : buf;
    zone[0] = '\0';
    if (sscanf(p, " %2d %3s %4d %2d:%2d:%2d %7s%n", &d, mon, &y, &h, &mi, &se, zone, &n) < 6)
        return PC_EPARSE;
    if (zone[0] != '\0' && strcmp(zone, "GMT") != 0 && strcmp(zone, "UTC") != 0 &&
        strcmp(zone, "Z") != 0 && strcmp(zone, "+0000") != 0)
        return PC_EPARSE;
    for (m = 0; m < 12; m++)
        if (strcmp(mon, months[m]) == 0) break;
    if (m == 12 || !valid_fields(y, m + 1, d, h, mi, se)) return PC_EPARSE;
    *out = epoch_of(y, m + 1, d, h, mi, se);
    return PC_OK;
}

pc_err pc_ts_parse_any(const char *s, size_t len, double *out) {
    char buf[64], *end;
    double v;
    if (len == 0) return PC_EPARSE;
    if (pc_ts_parse_iso8601(s, len, out) == PC_OK) return PC_OK;
    if (len < sizeof buf && (isdigit((unsigned char)s[0]) || s[0] == '-')) {
        memcpy(buf, s, len);
        buf[len] = '\0';
        v = strtod(buf, &end);
        if (*end == '\0' && isfinite(v)) {
            *out = v;
            return PC_OK;
        }
    }
    return parse_rfc822(s, len, out);
}

/* Whole seconds and microseconds, rounding to the nearest microsecond. */
static int split(double t, long long *sec, long *usec) {
    double fl;
    if (!isfinite(t) || t > 253402300799.0 || t < -62135596800.0) return -1; /* years 1..9999 */
    fl = floor(t);
    *sec = (long long)fl;
    *usec = (long)llround((t - fl) * 1e6);
    if (*usec >= 1000000) {
        (*sec)++;
        *usec -= 1000000;
    }
    return 0;
}

/* Epoch seconds -> UTC calendar fields, shared by both formats. */
typedef struct civil {
    long long days, y; /* days since the epoch (for the weekday), year */
    unsigned m, d;
    long rem, usec; /* seconds into the day, microseconds */
} civil;

static int to_civil(double t, civil *c) {
    long long sec;
    if (split(t, &sec, &c->usec) != 0) return -1;
    c->days = sec >= 0 ? sec / 86400 : -((-sec + 86399) / 86400);
    c->rem = (long)(sec - c->days * 86400);
    civil_from_days(c->days, &c->y, &c->m, &c->d);
    return 0;
}

pc_err pc_ts_format_iso8601(double t, char *out, size_t outlen) {
    civil c;
    int n;
    if (to_civil(t, &c) != 0) return PC_EINVAL;
    if (c.usec != 0)
        n = snprintf(out, outlen, "%04lld-%02u-%02uT%02ld:%02ld:%02ld.%06ldZ", c.y, c.m, c.d,
                     c.rem / 3600, c.rem / 60 % 60, c.rem % 60, c.usec);
    else
        n = snprintf(out, outlen, "%04lld-%02u-%02uT%02ld:%02ld:%02ldZ", c.y, c.m, c.d,
                     c.rem / 3600, c.rem / 60 % 60, c.rem % 60);
    return n > 0 && (size_t)n < outlen ? PC_OK : PC_EINVAL;
}

pc_err pc_ts_format_http_date(double t, char *out, size_t outlen) {
    civil c;
    int n;
    if (to_civil(t, &c) != 0) return PC_EINVAL;
    n = snprintf(out, outlen, "%s, %02u %s %04lld %02ld:%02ld:%02ld GMT",
                 wdays[((c.days % 7) + 7) % 7], c.d, months[c.m - 1], c.y, c.rem / 3600,
                 c.rem / 60 % 60, c.rem % 60);
    return n > 0 && (size_t)n < outlen ? PC_OK : PC_EINVAL;
}
