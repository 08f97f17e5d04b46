/*
 * Validation of a cJSON tree against a compiled shape (see pc/validate.h).
 * Smithy meaning of each constraint: length counts code points for strings
 * and entries for lists and maps, range is the value for numbers, patterns
 * are searched (strict: full match), enums only in strict mode.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pc/codec.h" /* pc_json_int64 */
#include "pc/regex.h"
#include "pc/timestamp.h"
#include "pc/validate.h"

/* ------------------------------------------------------------ violations */

static const char *const kind_names[] = {"required", "unknown", "type", "min",
                                         "max",      "pattern", "enum", "union"};

const char *pc_vkind_name(pc_vkind k) {
    return (unsigned)k < sizeof kind_names / sizeof kind_names[0] ? kind_names[k] : "?";
}

void pc_vlist_init(pc_vlist *v) {
    v->items = NULL;
    v->n = v->cap = 0;
    v->oom = 0;
}

void pc_vlist_cleanup(pc_vlist *v) {
    size_t i;
    for (i = 0; i < v->n; i++) {
        free(v->items[i].path);
        free(v->items[i].message);
    }
    free(v->items);
    pc_vlist_init(v);
}

pc_err pc_vlist_add(pc_vlist *v, pc_vkind kind, const char *path, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    pc_violation *it;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        pc_violation *items = (pc_violation *)realloc(v->items, cap * sizeof *items);
        if (items == NULL) {
            v->oom = 1;
            return PC_ENOMEM;
        }
        v->items = items;
        v->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    it = &v->items[v->n];
    it->kind = kind;
    it->path = strdup(path);
    it->message = strdup(msg);
    if (it->path == NULL || it->message == NULL) {
        free(it->path);
        free(it->message);
        v->oom = 1;
        return PC_ENOMEM;
    }
    v->n++;
    return PC_OK;
}

/* Insertion sort by path (stable: one path keeps its traversal order). Lua
 * tables have no key order, so this is what makes messages reproducible. */
void pc_vlist_sort(pc_vlist *v) {
    size_t i, j;
    for (i = 1; i < v->n; i++) {
        pc_violation x = v->items[i];
        for (j = i; j > 0 && strcmp(v->items[j - 1].path, x.path) > 0; j--)
            v->items[j] = v->items[j - 1];
        v->items[j] = x;
    }
}

pc_err pc_vlist_format(const pc_vlist *v, pc_buf *out) {
    size_t i;
    pc_err e = pc_buf_printf(out, "validation failed: %zu violation%s", v->n, v->n == 1 ? "" : "s");
    for (i = 0; e == PC_OK && i < v->n; i++)
        e = pc_buf_printf(out, "\n%s: %s", v->items[i].path, v->items[i].message);
    return e;
}

/* ------------------------------------------------------------------ paths */

size_t pc_path_push_member(pc_buf *path, const char *name, size_t len) {
    size_t old = path->len;
    if (old > 0) pc_buf_append_char(path, '.');
    pc_buf_append(path, name, len);
    return old;
}

size_t pc_path_push_index(pc_buf *path, size_t index1) {
    char tmp[24], *p = tmp + sizeof tmp;
    size_t old = path->len;
    *--p = ']';
    do {
        *--p = (char)('0' + (int)(index1 % 10));
        index1 /= 10;
    } while (index1 != 0);
    *--p = '[';
    pc_buf_append(path, p, (size_t)(tmp + sizeof tmp - p));
    return old;
}

/* Name["key"] with '"', '\' and control bytes escaped so the path stays one line. */
size_t pc_path_push_key(pc_buf *path, const char *key, size_t len) {
    size_t old = path->len, i;
    pc_buf_append(path, "[\"", 2);
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)key[i];
        if (c == '"' || c == '\\') {
            pc_buf_append_char(path, '\\');
            pc_buf_append_char(path, (char)c);
        } else if (c < 0x20 || c == 0x7f) {
            pc_buf_printf(path, "\\x%02x", c);
        } else {
            pc_buf_append_char(path, (char)c);
        }
    }
    pc_buf_append(path, "\"]", 2);
    return old;
}

void pc_path_pop(pc_buf *path, size_t old_len) {
    if (path->data == NULL) return;
    path->len = old_len;
    path->data[old_len] = '\0';
}

const char *pc_path_str(const pc_buf *path) {
    return path->len == 0 || path->data == NULL ? "input" : path->data;
}

/* ------------------------------------------------------------------ UTF-8 */

/* The body of pc_utf8_decode and pc_utf8_seq, inlined in both: the length
 * check of every non-ASCII character (pc_utf8_seq) keeps no code point. */
static inline size_t utf8_decode(const unsigned char *p, const unsigned char *end,
                                 unsigned long *out) {
    unsigned c = *p, cp;
    size_t k, j;
    if (c < 0x80) {
        *out = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        k = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 3;
        cp = c & 0x07;
    } else
        return 0;
    if ((size_t)(end - p) <= k) return 0;
    for (j = 1; j <= k; j++) {
        if ((p[j] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[j] & 0x3F);
    }
    /* overlong 3/4-byte forms, UTF-16 surrogates, beyond U+10FFFF */
    if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    *out = cp;
    return k + 1;
}

size_t pc_utf8_decode(const unsigned char *p, const unsigned char *end, unsigned long *cp) {
    return utf8_decode(p, end, cp);
}

size_t pc_utf8_seq(const unsigned char *p, const unsigned char *end) {
    unsigned long cp;
    return utf8_decode(p, end, &cp);
}

long pc_utf8_count(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    long n = 0;
    while (p < end) {
        size_t k = *p < 0x80 ? 1 : pc_utf8_seq(p, end);
        if (k == 0) return -1;
        p += k;
        n++;
    }
    return n;
}

/* ------------------------------------------------------------ checks */

const char *pc_vctx_path(const pc_vctx *c) {
    size_t i;
    if (c->frames != NULL) {
        const pc_path_frames *fr = c->frames;
        pc_path_pop(c->path, 0);
        for (i = 0; i < fr->n && i < fr->cap; i++) {
            const pc_path_frame *f = &fr->f[i];
            if (f->p == NULL)
                pc_path_push_index(c->path, f->n);
            else if (f->key)
                pc_path_push_key(c->path, f->p, f->n);
            else
                pc_path_push_member(c->path, f->p, f->n);
        }
    }
    return pc_path_str(c->path);
}

#define PATH(c) pc_vctx_path(c)

/* Length constraint on a count (code points, items, entries). */
void pc_check_count(const pc_vctx *c, const pc_shape *s, double n, const char *unit) {
    if (s->has_min && n < s->min)
        pc_vlist_add(c->out, PC_V_MIN, PATH(c), "%.0f %s, fewer than the minimum %.0f", n, unit,
                     s->min);
    if (s->has_max && n > s->max)
        pc_vlist_add(c->out, PC_V_MAX, PATH(c), "%.0f %s, more than the maximum %.0f", n, unit,
                     s->max);
}

static void enum_error(const pc_vctx *c, const pc_shape *s) {
    pc_buf list;
    size_t i;
    pc_buf_init(&list);
    for (i = 0; i < s->n_enums && list.len < 300; i++)
        pc_buf_printf(&list, "%s%s", i ? ", " : "", s->enums[i]);
    if (i < s->n_enums) pc_buf_append_str(&list, ", ...");
    pc_vlist_add(c->out, PC_V_ENUM, PATH(c), "value is not one of the enum values of %s: %s",
                 s->name, list.data ? list.data : "");
    pc_buf_cleanup(&list);
}

void pc_check_string(const pc_vctx *c, const pc_shape *s, const char *str, size_t len, long n) {
    if (n < 0) {
        pc_vlist_add(c->out, PC_V_TYPE, PATH(c), "string is not valid UTF-8");
        return;
    }
    if (s->has_min || s->has_max)
        pc_check_count(c, s, (double)n, n == 1 ? "character" : "characters");
    if (s->re != NULL) {
        int full = c->mode == PC_VMODE_STRICT;
        /* -1 (a pattern PCRE2 cannot compile) is not the caller's fault: skipped */
        if (pc_regex_match_utf8(s->re, str, len, full, NULL) == 0) /* n >= 0: valid UTF-8 */
            pc_vlist_add(c->out, PC_V_PATTERN, PATH(c), "value does not %s the pattern %s",
                         full ? "fully match" : "match", s->pattern);
    }
    if (c->mode == PC_VMODE_STRICT && s->n_enums > 0 && !pc_shape_has_enum(s, str, len))
        enum_error(c, s);
}

void pc_check_range(const pc_vctx *c, const pc_shape *s, double v) {
    if (s->has_min && v < s->min) {
        if (s->sensitive)
            pc_vlist_add(c->out, PC_V_MIN, PATH(c), "value is less than the minimum %.17g", s->min);
        else
            pc_vlist_add(c->out, PC_V_MIN, PATH(c), "value %.17g is less than the minimum %.17g", v,
                         s->min);
    }
    if (s->has_max && v > s->max) {
        if (s->sensitive)
            pc_vlist_add(c->out, PC_V_MAX, PATH(c), "value is greater than the maximum %.17g",
                         s->max);
        else
            pc_vlist_add(c->out, PC_V_MAX, PATH(c), "value %.17g is greater than the maximum %.17g",
                         v, s->max);
    }
}

void pc_check_int64(const pc_vctx *c, const pc_shape *s, long long v) {
    if (s->type == PC_T_INTEGER && (v < -2147483648LL || v > 2147483647LL)) {
        pc_vlist_add(c->out, PC_V_TYPE, PATH(c), "integer out of the 32-bit range (shape %s)",
                     s->name);
        return;
    }
    if (s->has_min || s->has_max) pc_check_range(c, s, (double)v);
}

void pc_check_union(const pc_vctx *c, const pc_shape *s, size_t set) {
    if (set != 1)
        pc_vlist_add(c->out, PC_V_UNION, PATH(c),
                     "union %s needs exactly one member set, found %zu", s->name, set);
}

void pc_check_required_missing(const pc_vctx *c) {
    pc_vlist_add(c->out, PC_V_REQUIRED, PATH(c), "required member is missing");
}

/* ------------------------------------------------------------------- walk */

typedef pc_vctx vctx;

static const char *json_type(const cJSON *v) {
    if (cJSON_IsString(v)) return "string";
    if (cJSON_IsNumber(v)) return "number";
    if (cJSON_IsBool(v)) return "boolean";
    if (cJSON_IsArray(v)) return "list";
    if (cJSON_IsObject(v)) return "table";
    return "null";
}

static void type_error(vctx *c, const pc_shape *s, const cJSON *v, const char *expected) {
    pc_vlist_add(c->out, PC_V_TYPE, PATH(c), "%s expected (shape %s), got %s", expected, s->name,
                 json_type(v));
}

static void check_string(vctx *c, const pc_shape *s, const char *str, size_t len) {
    pc_check_string(c, s, str, len, pc_utf8_count(str, len));
}

/* Integers: numbers with an exact integer value (pc/codec.h "Numbers"). */
static void check_integer(vctx *c, const pc_shape *s, const cJSON *v) {
    long long ll;
    if (!pc_json_int64(v, &ll)) {
        type_error(c, s, v, "integer");
        return;
    }
    pc_check_int64(c, s, ll);
}

static void check_value(vctx *c, const pc_shape *s, const cJSON *v);

pc_err pc_vlist_add_unknown(pc_vlist *v, const char *path, const pc_shape *s) {
    pc_buf names;
    size_t i;
    pc_err e;
    pc_buf_init(&names);
    for (i = 0; i < s->n_members && names.len < 300; i++)
        pc_buf_printf(&names, "%s%s", i ? ", " : "", s->by_name[i]->name); /* easy to scan */
    if (i < s->n_members) pc_buf_append_str(&names, ", ...");
    e = pc_vlist_add(v, PC_V_UNKNOWN, path, "unknown member of %s (members: %s)", s->name,
                     names.data ? names.data : "none");
    pc_buf_cleanup(&names);
    return e;
}

static void check_union(vctx *c, const pc_shape *s, const cJSON *v) {
    const cJSON *it;
    size_t set = 0;
    cJSON_ArrayForEach(it, v) if (pc_shape_member(s, it->string, strlen(it->string)) != NULL) set++;
    pc_check_union(c, s, set);
}

static void check_structure(vctx *c, const pc_shape *s, const cJSON *v) {
    const cJSON *it;
    size_t i;
    if (!cJSON_IsObject(v)) {
        type_error(c, s, v, "table");
        return;
    }
    if (s->is_union) check_union(c, s, v);
    for (i = 0; i < s->n_members; i++) {
        const pc_member *mb = &s->members[i];
        if (mb->required && cJSON_GetObjectItemCaseSensitive(v, mb->name) == NULL) {
            size_t old = pc_path_push_member(c->path, mb->name, mb->name_len);
            pc_check_required_missing(c);
            pc_path_pop(c->path, old);
        }
    }
    cJSON_ArrayForEach(it, v) {
        size_t len = strlen(it->string);
        const pc_member *mb = pc_shape_member(s, it->string, len);
        size_t old = pc_path_push_member(c->path, it->string, len);
        if (mb == NULL)
            pc_vlist_add_unknown(c->out, PATH(c), s);
        else
            check_value(c, mb->shape, it);
        pc_path_pop(c->path, old);
    }
}

static void check_list(vctx *c, const pc_shape *s, const cJSON *v) {
    const cJSON *it;
    size_t i = 0;
    if (!cJSON_IsArray(v)) {
        type_error(c, s, v, "list");
        return;
    }
    pc_check_count(c, s, (double)cJSON_GetArraySize(v), "items");
    cJSON_ArrayForEach(it, v) {
        size_t old = pc_path_push_index(c->path, ++i); /* 1-based, as in Lua */
        check_value(c, s->member, it);
        pc_path_pop(c->path, old);
    }
}

/* Violations of a map key share the entry's path: say that it is the key. */
void pc_vlist_mark_key(pc_vlist *v, size_t first) {
    size_t i;
    for (i = first; i < v->n; i++) {
        size_t n = strlen(v->items[i].message);
        char *m = (char *)malloc(n + 6);
        if (m == NULL) {
            v->oom = 1;
            return;
        }
        memcpy(m, "key: ", 5);
        memcpy(m + 5, v->items[i].message, n + 1);
        free(v->items[i].message);
        v->items[i].message = m;
    }
}

static void check_map(vctx *c, const pc_shape *s, const cJSON *v) {
    const cJSON *it;
    if (!cJSON_IsObject(v)) {
        type_error(c, s, v, "map");
        return;
    }
    pc_check_count(c, s, (double)cJSON_GetArraySize(v), "entries");
    cJSON_ArrayForEach(it, v) {
        size_t len = strlen(it->string);
        size_t old = pc_path_push_key(c->path, it->string, len);
        if (s->key != NULL && s->key->type == PC_T_STRING) {
            size_t first = c->out->n;
            check_string(c, s->key, it->string, len);
            pc_vlist_mark_key(c->out, first);
        }
        check_value(c, s->value, it);
        pc_path_pop(c->path, old);
    }
}

static void check_timestamp(vctx *c, const pc_shape *s, const cJSON *v) {
    double t;
    if (cJSON_IsNumber(v) && isfinite(v->valuedouble)) return;
    if (cJSON_IsString(v) && pc_ts_parse_any(v->valuestring, strlen(v->valuestring), &t) == PC_OK)
        return;
    type_error(c, s, v, "timestamp (epoch seconds or ISO 8601)");
}

static void check_value(vctx *c, const pc_shape *s, const cJSON *v) {
    if (cJSON_IsNull(v)) return; /* reported while the tree was built */
    switch (s->type) {
        case PC_T_STRUCTURE:
            check_structure(c, s, v);
            break;
        case PC_T_LIST:
            check_list(c, s, v);
            break;
        case PC_T_MAP:
            check_map(c, s, v);
            break;
        case PC_T_STRING:
            if (!cJSON_IsString(v))
                type_error(c, s, v, "string");
            else
                check_string(c, s, v->valuestring, strlen(v->valuestring));
            break;
        case PC_T_INTEGER:
        case PC_T_LONG:
            check_integer(c, s, v);
            break;
        case PC_T_FLOAT:
        case PC_T_DOUBLE:
            if (cJSON_IsNumber(v))
                pc_check_range(c, s, v->valuedouble);
            else if (!cJSON_IsString(v))
                type_error(c, s, v, "number"); /* "NaN", "Infinity" */
            break;
        case PC_T_BOOLEAN:
            if (!cJSON_IsBool(v)) type_error(c, s, v, "boolean");
            break;
        case PC_T_TIMESTAMP:
            check_timestamp(c, s, v);
            break;
        case PC_T_BLOB:
            if (!cJSON_IsString(v)) type_error(c, s, v, "blob (string)");
            break;
        case PC_T_DOCUMENT:
            break;
    }
}

pc_err pc_validate_at(const pc_shape *shape, const cJSON *value, pc_vmode mode, pc_buf *path,
                      pc_vlist *out) {
    vctx c;
    cJSON empty;
    if (mode == PC_VMODE_OFF || shape == NULL) return PC_OK;
    if (value == NULL) { /* absent top level: an empty structure */
        memset(&empty, 0, sizeof empty);
        empty.type = cJSON_Object;
        value = &empty;
    }
    c.mode = mode;
    c.path = path;
    c.out = out;
    c.frames = NULL;
    check_value(&c, shape, value);
    return out->oom ? PC_ENOMEM : PC_OK;
}

pc_err pc_validate(const pc_shape *shape, const cJSON *value, pc_vmode mode, pc_vlist *out) {
    pc_buf path;
    pc_err e;
    pc_buf_init(&path);
    e = pc_validate_at(shape, value, mode, &path, out);
    pc_buf_cleanup(&path);
    return e;
}
