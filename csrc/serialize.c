/*
 * Request bodies (see pc/codec.h): a compact JSON printer of our own, so the
 * text goes straight into a pc_buf owned by the caller (no cJSON_Print
 * allocation to hand over) and numbers that carry their text (longs past
 * 2^53) print verbatim.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pc/codec.h"
#include "pc/swar.h"
#include "pc/validate.h" /* pc_utf8_seq */

/* Append without the per-call overhead of pc_buf_append in the common case
 * (room already there); the buffer stays NUL-terminated by the last put. */
static pc_err put(pc_buf *out, const void *p, size_t n) {
    if (out->cap - out->len <= n) return pc_buf_append(out, p, n);
    memcpy(out->data + out->len, p, n);
    out->len += n;
    out->data[out->len] = '\0';
    return PC_OK;
}

static pc_err put_char(pc_buf *out, char c) { return put(out, &c, 1); }

/* What each byte asks of the escaper: 0 nothing (plain ASCII), 1 an escape
 * ('"', '\\' and controls), 2 a UTF-8 check (bytes >= 0x80). */
#define X16(v)   v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
#define QUOTE_16 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 /* 0x20-0x2F: '"' */
#define BSLSH_16 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0 /* 0x50-0x5F: '\\' */
static const unsigned char byte_kind[256] = {
    X16(1), X16(1), QUOTE_16, X16(0), X16(0), BSLSH_16, X16(0), X16(0),
    X16(2), X16(2), X16(2),   X16(2), X16(2), X16(2),   X16(2), X16(2),
};
#undef QUOTE_16
#undef BSLSH_16
#undef X16

/* Whether any of 8 bytes may need a look of its own: a quote, a backslash,
 * a control byte or a byte >= 0x80. The three "below" tests of pc/swar.h
 * share their "& ~w": a quote or backslash xor its value is 0 and keeps the
 * byte's high bit, so one mask serves all three. */
static int word_special(uint64_t w) {
    uint64_t q = w ^ (PC_SWAR_ONES * '"'), b = w ^ (PC_SWAR_ONES * '\\');
    uint64_t below = (q - PC_SWAR_ONES) | (b - PC_SWAR_ONES) | (w - PC_SWAR_ONES * 0x20);
    return ((below & ~w) | w) & PC_SWAR_HIGHS ? 1 : 0;
}

pc_err pc_json_string_write(pc_buf *out, const char *s, size_t len, long *n_cp, int *has_nul) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    const unsigned char *run = p;
    long extra = 0; /* continuation bytes: code points = len - extra */
    int nul = 0;
    pc_err e = PC_OK;
    /* the literal's usual size at once (quotes and the NUL): no growth step
     * in the loop, and no call when the room is there already */
    if ((out->cap - out->len < 3 || out->cap - out->len - 3 < len) &&
        pc_buf_reserve(out, len + 2) != PC_OK)
        return PC_ENOMEM;
    out->data[out->len++] = '"';
    out->data[out->len] = '\0';
    while (e == PC_OK && p < end) {
        char esc[7];
        size_t n = 2;
        uint64_t w;
        /* plain ASCII eight bytes at a time; the last word may overlap bytes
         * already passed (a yes for those only sends us to the byte loop) */
        while ((size_t)(end - p) >= 8) {
            memcpy(&w, p, 8);
            if (word_special(w)) break;
            p += 8;
        }
        if ((size_t)(end - p) < 8 && len >= 8) {
            memcpy(&w, end - 8, 8);
            if (!word_special(w)) break;
        }
        while (p < end && byte_kind[*p] == 0) p++;
        if (p >= end) break;
        if (byte_kind[*p] == 2) {
            /* never emit invalid JSON: bad UTF-8 stops the literal here */
            size_t k = pc_utf8_seq(p, end);
            if (k == 0) {
                if (has_nul != NULL) *has_nul = nul || memchr(p, 0, (size_t)(end - p)) != NULL;
                if (n_cp != NULL) *n_cp = -1;
                return PC_EVALIDATION;
            }
            extra += (long)k - 1;
            p += k;
            continue;
        }
        e = put(out, run, (size_t)(p - run));
        esc[0] = '\\';
        switch (*p) {
            case '"':
                esc[1] = '"';
                break;
            case '\\':
                esc[1] = '\\';
                break;
            case '\n':
                esc[1] = 'n';
                break;
            case '\r':
                esc[1] = 'r';
                break;
            case '\t':
                esc[1] = 't';
                break;
            case '\b':
                esc[1] = 'b';
                break;
            case '\f':
                esc[1] = 'f';
                break;
            default:
                if (*p == 0) nul = 1;
                memcpy(esc + 1, "u00", 3);
                esc[4] = hex[*p >> 4];
                esc[5] = hex[*p & 15];
                n = 6;
        }
        if (e == PC_OK) e = put(out, esc, n);
        run = ++p;
    }
    if (e == PC_OK && out->cap - out->len > (size_t)(end - run) + 1) {
        /* the usual end: the rest and the quote fit (always without escapes) */
        memcpy(out->data + out->len, run, (size_t)(end - run));
        out->len += (size_t)(end - run);
        out->data[out->len++] = '"';
        out->data[out->len] = '\0';
    } else {
        if (e == PC_OK) e = put(out, run, (size_t)(end - run));
        if (e == PC_OK) e = put_char(out, '"');
    }
    if (n_cp != NULL) *n_cp = (long)len - extra;
    if (has_nul != NULL) *has_nul = nul;
    return e;
}

pc_err pc_json_string_append(pc_buf *out, const char *s, size_t len) {
    return pc_json_string_write(out, s, len, NULL, NULL);
}

pc_err pc_json_int64_append(pc_buf *out, long long v) {
    char tmp[24], *p = tmp + sizeof tmp;
    /* magnitude as unsigned: -2^63 has no positive long long */
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u != 0);
    if (v < 0) *--p = '-';
    return put(out, p, (size_t)(tmp + sizeof tmp - p));
}

static pc_err print_string(const char *s, pc_buf *out) {
    return pc_json_string_append(out, s, strlen(s));
}

/* Integral values print without exponent or fraction; others with the
 * shortest %.Ng that reads back to the same double. */
pc_err pc_json_number_append(pc_buf *out, double d) {
    char tmp[32];
    int prec;
    if (!isfinite(d)) return pc_buf_append_str(out, "null"); /* JSON has no NaN */
    if (floor(d) == d && fabs(d) < 1e17) return pc_buf_printf(out, "%.0f", d);
    for (prec = 15; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, d);
        if (strtod(tmp, NULL) == d) break;
    }
    if (prec == 17) snprintf(tmp, sizeof tmp, "%.17g", d);
    return pc_buf_append_str(out, tmp);
}

static pc_err print_value(const cJSON *v, pc_buf *out, int depth) {
    const cJSON *c;
    pc_err e = PC_OK;
    if (depth > PC_JSON_MAX_NESTING) return PC_EINVAL;
    if (cJSON_IsString(v)) return print_string(v->valuestring, out);
    /* a number's own text (pc/codec.h "Numbers"): exact beyond 2^53 */
    if (cJSON_IsNumber(v) && v->valuestring != NULL) return pc_buf_append_str(out, v->valuestring);
    if (cJSON_IsNumber(v)) return pc_json_number_append(out, v->valuedouble);
    if (cJSON_IsRaw(v)) return pc_buf_append_str(out, v->valuestring);
    if (cJSON_IsTrue(v)) return pc_buf_append_str(out, "true");
    if (cJSON_IsFalse(v)) return pc_buf_append_str(out, "false");
    if (cJSON_IsArray(v) || cJSON_IsObject(v)) {
        int obj = cJSON_IsObject(v);
        e = put_char(out, obj ? '{' : '[');
        for (c = v->child; e == PC_OK && c != NULL; c = c->next) {
            if (c != v->child) e = put_char(out, ',');
            if (e == PC_OK && obj) e = print_string(c->string, out);
            if (e == PC_OK && obj) e = put_char(out, ':');
            if (e == PC_OK) e = print_value(c, out, depth + 1);
        }
        return e == PC_OK ? put_char(out, obj ? '}' : ']') : e;
    }
    return pc_buf_append_str(out, "null");
}

pc_err pc_json_print(const cJSON *v, pc_buf *out) {
    if (v == NULL) return pc_buf_append_str(out, "{}");
    /* one allocation for typical request bodies */
    if (pc_buf_reserve(out, 1024) != PC_OK) return PC_ENOMEM;
    return print_value(v, out, 0);
}

/* ------------------------------------------------------------ key order */

typedef int (*order_fn)(const cJSON *a, const cJSON *b, const void *ctx);

/* Merge sort of a child list (stable; O(n log n) with no allocation). */
static cJSON *sort_list(cJSON *head, size_t n, order_fn le, const void *ctx) {
    cJSON *a, *b, *out = NULL, *tail = NULL;
    size_t i, half = n / 2;
    if (n < 2) return head;
    b = head;
    for (i = 0; i < half; i++) b = b->next;
    b->prev->next = NULL;
    a = sort_list(head, half, le, ctx);
    b = sort_list(b, n - half, le, ctx);
    while (a != NULL || b != NULL) {
        cJSON *take;
        if (b == NULL || (a != NULL && le(a, b, ctx))) {
            take = a;
            a = a->next;
        } else {
            take = b;
            b = b->next;
        }
        take->prev = tail;
        if (tail != NULL)
            tail->next = take;
        else
            out = take;
        tail = take;
    }
    tail->next = NULL;
    return out;
}

static void sort_children(cJSON *obj, order_fn le, const void *ctx) {
    size_t n = 0;
    cJSON *c, *last = NULL;
    if (!cJSON_IsObject(obj) || obj->child == NULL) return;
    for (c = obj->child; c != NULL; c = c->next) n++;
    obj->child = sort_list(obj->child, n, le, ctx);
    for (c = obj->child; c != NULL; c = c->next) last = c;
    /* cJSON keeps the last child in the first child's prev (cJSON_AddItemToArray) */
    obj->child->prev = last;
}

static int key_less_eq(const cJSON *a, const cJSON *b, const void *ctx) {
    (void)ctx;
    return strcmp(a->string, b->string) <= 0;
}

void pc_json_sort_keys(cJSON *obj) { sort_children(obj, key_less_eq, NULL); }

/* Position of a member in the model's order; names the shape lacks go last. */
static size_t model_index(const pc_shape *s, const char *name) {
    const pc_member *mb = pc_shape_member(s, name, strlen(name));
    return mb != NULL ? (size_t)(mb - s->members) : s->n_members;
}

static int model_less_eq(const cJSON *a, const cJSON *b, const void *ctx) {
    const pc_shape *s = (const pc_shape *)ctx;
    return model_index(s, a->string) <= model_index(s, b->string);
}

void pc_json_sort_members(cJSON *obj, const pc_shape *s) { sort_children(obj, model_less_eq, s); }
