/*
 * Response bodies (see pc/codec.h; doc/protocol.md §3): parse with a size cap,
 * then keep only what the output shape models, converting timestamps to
 * epoch seconds. The filter works in place on the parsed tree.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pc/codec.h"
#include "pc/timestamp.h"

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/*
 * cJSON keeps strings as C strings, so "a\u0000b" would silently become "a".
 * Backslashes can only (validly) occur inside strings, so skipping each escape
 * pair from left to right finds every \u0000; a raw NUL byte is caught too.
 */
int pc_json_has_nul(const char *s, size_t len) {
    const char *p = s, *end = s + len;
    if (memchr(s, '\0', len) != NULL) return 1;
    /* memchr from backslash to backslash: JSON text has few of them */
    while ((p = (const char *)memchr(p, '\\', (size_t)(end - p))) != NULL) {
        if (p + 1 >= end) return 0;
        if (p[1] == 'u' && p + 5 < end && memcmp(p + 2, "0000", 4) == 0) return 1;
        p += 2; /* skip the escaped character */
    }
    return 0;
}

/* 1 when a number of the tree is one a double does not hold exactly as an
 * integer (at or beyond 2^53, or an overflow). */
static int has_big_number(const cJSON *v) {
    const cJSON *c;
    if (pc_json_is(v, cJSON_Number)) return !(fabs(v->valuedouble) < 9007199254740992.0);
    for (c = v->child; c != NULL; c = c->next)
        if (has_big_number(c)) return 1;
    return 0;
}

pc_err pc_json_parse(const char *body, size_t len, size_t max_body, cJSON **out, char *errbuf) {
    return pc_json_parse_opts(body, len, max_body, 1, out, errbuf);
}

pc_err pc_json_parse_opts(const char *body, size_t len, size_t max_body, int all_number_text,
                          cJSON **out, char *errbuf) {
    const char *end = NULL;
    cJSON *v;
    pc_err e;
    int has_nul = 0;
    *out = NULL;
    if (len > max_body)
        return pc_err_set(errbuf, PC_ETOOBIG, "body of %zu bytes exceeds the limit of %zu", len,
                          max_body);
    /* nesting first (bounded stack for every walk of the tree), and the NUL check in the same pass */
    if (pc_json_prescan(body, len, PC_JSON_MAX_DEPTH, &has_nul))
        return pc_err_set(errbuf, PC_EPARSE, PC_JSON_DEPTH_MSG, PC_JSON_MAX_DEPTH);
    /* cJSON reads at most len bytes */
    v = cJSON_ParseWithLengthOpts(body, len, &end, 0);
    if (v == NULL) {
        size_t off = end != NULL && end >= body && end <= body + len ? (size_t)(end - body) : 0;
        return pc_err_set(errbuf, PC_EPARSE, "invalid JSON at offset %zu", off);
    }
    while (end < body + len && is_ws(*end)) end++;
    if (end != body + len) {
        cJSON_Delete(v);
        return pc_err_set(errbuf, PC_EPARSE, "invalid JSON: trailing characters at offset %zu",
                          (size_t)(end - body));
    }
    if (has_nul) {
        cJSON_Delete(v);
        return pc_err_set(errbuf, PC_EPARSE, PC_JSON_NUL_MSG);
    }
    /* the source text of numbers is read only when some node needs it */
    if ((all_number_text || has_big_number(v)) &&
        (e = pc_json_keep_number_text(body, len, v)) != PC_OK) {
        cJSON_Delete(v);
        return pc_err_set(errbuf, e, e == PC_ENOMEM ? "out of memory" : "invalid JSON number");
    }
    *out = v;
    return PC_OK;
}

/* ----------------------------------------------------------------- filter */

enum { KEEP = 0, DROP = 1, FAIL = -1 };

static int filter_value(const pc_shape *s, cJSON *v, const char *where, int lenient, char *errbuf);

/* Turn a string node into a number node in place. */
static void set_number(cJSON *v, double d) {
    char *str = v->valuestring; /* a string's text, or a number's source text */
    v->valuestring = NULL;
    v->type = cJSON_Number;
    v->valuedouble = d;
    /* valueint mirrors cJSON's saturation; NaN has no int value (UB to cast) */
    v->valueint = d != d               ? 0
                  : d >= 2147483647.0  ? 2147483647
                  : d <= -2147483648.0 ? (-2147483647 - 1)
                                       : (int)d;
    if (str != NULL) cJSON_free(str);
}

static int filter_timestamp(cJSON *v, const char *where, int lenient, char *errbuf) {
    double t;
    if (cJSON_IsNumber(v)) return KEEP;
    if (cJSON_IsString(v) && pc_ts_parse_any(v->valuestring, strlen(v->valuestring), &t) == PC_OK) {
        set_number(v, t);
        return KEEP;
    }
    if (lenient) return DROP;
    pc_err_set(errbuf, PC_EPARSE, "invalid timestamp in member %s", where);
    return FAIL;
}

/* Float/double: a number, or the strings "NaN", "Infinity", "-Infinity". */
static int filter_float(cJSON *v) {
    if (cJSON_IsNumber(v)) return KEEP;
    if (!cJSON_IsString(v)) return DROP;
    if (strcmp(v->valuestring, "NaN") == 0)
        set_number(v, NAN);
    else if (strcmp(v->valuestring, "Infinity") == 0)
        set_number(v, INFINITY);
    else if (strcmp(v->valuestring, "-Infinity") == 0)
        set_number(v, -INFINITY);
    else
        return DROP;
    return KEEP;
}

/* An unknown union tag becomes {"SDK_UNKNOWN_MEMBER": {"name": tag}} (botocore). */
static int unknown_union(cJSON *v, const char *tag, char *errbuf) {
    cJSON *inner = cJSON_CreateObject();
    cJSON *name = inner ? cJSON_AddStringToObject(inner, "name", tag) : NULL;
    cJSON *c;
    if (name == NULL) {
        cJSON_Delete(inner);
        pc_err_set(errbuf, PC_ENOMEM, "out of memory");
        return FAIL;
    }
    while ((c = v->child) != NULL) cJSON_Delete(cJSON_DetachItemViaPointer(v, c));
    cJSON_AddItemToObject(v, "SDK_UNKNOWN_MEMBER", inner);
    return KEEP;
}

static int filter_structure(const pc_shape *s, cJSON *v, const char *where, int lenient,
                            char *errbuf) {
    cJSON *c, *next;
    size_t set = 0;
    char *unknown_tag = NULL;
    int rc = KEEP;
    if (!cJSON_IsObject(v)) return DROP;
    for (c = v->child; c != NULL; c = next) {
        const pc_member *mb;
        int r = DROP;
        next = c->next;
        if (!cJSON_IsNull(c) && strcmp(c->string, "__type") != 0) {
            set++;
            mb = pc_shape_member(s, c->string, strlen(c->string));
            if (mb != NULL)
                r = filter_value(mb->shape, c, mb->name, lenient, errbuf);
            else if (s->is_union && unknown_tag == NULL)
                unknown_tag = c->string;
        }
        if (r == FAIL) return FAIL;
        if (r == DROP && c->string != unknown_tag) cJSON_Delete(cJSON_DetachItemViaPointer(v, c));
    }
    if (s->is_union) {
        if (set != 1) {
            if (lenient) return DROP;
            pc_err_set(errbuf, PC_EPARSE,
                       "invalid response: union %s (member %s) must have one and "
                       "only one member set",
                       s->name, where);
            return FAIL;
        }
        if (unknown_tag != NULL) {
            char tag[128];
            size_t n = strlen(unknown_tag);
            if (n >= sizeof tag) n = sizeof tag - 1;
            memcpy(tag, unknown_tag, n);
            tag[n] = '\0';
            rc = unknown_union(v, tag, errbuf);
        }
    }
    return rc;
}

static int filter_list(const pc_shape *s, cJSON *v, int lenient, char *errbuf) {
    cJSON *c, *next;
    if (!cJSON_IsArray(v)) return DROP;
    for (c = v->child; c != NULL; c = next) {
        int r = cJSON_IsNull(c) ? DROP : filter_value(s->member, c, "(list item)", lenient, errbuf);
        next = c->next;
        if (r == FAIL) return FAIL;
        /* null items go too: a Lua sequence cannot hold nil */
        if (r == DROP) cJSON_Delete(cJSON_DetachItemViaPointer(v, c));
    }
    return KEEP;
}

static int filter_map(const pc_shape *s, cJSON *v, int lenient, char *errbuf) {
    cJSON *c, *next;
    if (!cJSON_IsObject(v)) return DROP;
    for (c = v->child; c != NULL; c = next) {
        int r = cJSON_IsNull(c) ? DROP : filter_value(s->value, c, c->string, lenient, errbuf);
        next = c->next;
        if (r == FAIL) return FAIL;
        if (r == DROP) cJSON_Delete(cJSON_DetachItemViaPointer(v, c));
    }
    return KEEP;
}

static int filter_value(const pc_shape *s, cJSON *v, const char *where, int lenient, char *errbuf) {
    switch (s->type) {
        case PC_T_STRUCTURE:
            return filter_structure(s, v, where, lenient, errbuf);
        case PC_T_LIST:
            return filter_list(s, v, lenient, errbuf);
        case PC_T_MAP:
            return filter_map(s, v, lenient, errbuf);
        case PC_T_STRING:
        case PC_T_BLOB:
            return cJSON_IsString(v) ? KEEP : DROP;
        case PC_T_INTEGER:
        case PC_T_LONG:
            return cJSON_IsNumber(v) ? KEEP : DROP;
        case PC_T_FLOAT:
        case PC_T_DOUBLE:
            return filter_float(v);
        case PC_T_BOOLEAN:
            return cJSON_IsBool(v) ? KEEP : DROP;
        case PC_T_TIMESTAMP:
            return filter_timestamp(v, where, lenient, errbuf);
        case PC_T_DOCUMENT:
            return KEEP;
    }
    return DROP;
}

pc_err pc_filter_output_ex(const pc_shape *shape, cJSON *v, int lenient, char *errbuf) {
    int r;
    if (errbuf != NULL) errbuf[0] = '\0';
    r = filter_value(shape, v, "(top level)", lenient, errbuf);
    if (r == FAIL) return errbuf != NULL && strstr(errbuf, "out of memory") ? PC_ENOMEM : PC_EPARSE;
    if (r == DROP)
        return pc_err_set(errbuf, PC_EPARSE, "body is not a JSON %s as shape %s needs",
                          pc_type_name(shape->type), shape->name);
    return PC_OK;
}

pc_err pc_filter_output(const pc_shape *shape, cJSON *v, char *errbuf) {
    return pc_filter_output_ex(shape, v, 0, errbuf);
}

pc_err pc_deserialize_raw(const pc_shape *shape, const char *body, size_t len, size_t max_body,
                          pc_json_arena *arena, cJSON **out, int *owned, char *errbuf) {
    size_t i = 0;
    cJSON *v = NULL;
    pc_err e;
    int top_object = shape == NULL || shape->type == PC_T_STRUCTURE;
    int all_text = shape != NULL && shape->has_document;
    *out = NULL;
    *owned = 0;
    if (len > max_body)
        return pc_err_set(errbuf, PC_ETOOBIG, "body of %zu bytes exceeds the limit of %zu", len,
                          max_body);
    while (top_object && i < len && is_ws(body[i])) i++;
    if (top_object && i == len) { /* empty 2xx body: {} (doc/protocol.md §3) */
        *out = cJSON_CreateObject();
        return *out ? PC_OK : pc_err_set(errbuf, PC_ENOMEM, "out of memory");
    }
    /* exact text of every number only where the shape holds a document
     * (integer or float is the token's own); elsewhere the shape decides */
    e = arena != NULL ? pc_json_parse_in(arena, body, len, max_body, all_text, &v, owned, errbuf)
                      : pc_json_parse_opts(body, len, max_body, all_text, &v, errbuf);
    if (e != PC_OK) return e;
    if (top_object && !cJSON_IsObject(v)) {
        if (!*owned) cJSON_Delete(v);
        *owned = 0;
        return pc_err_set(errbuf, PC_EPARSE, "response body is not a JSON object");
    }
    *out = v;
    return PC_OK;
}

pc_err pc_deserialize(const pc_shape *shape, const char *body, size_t len, size_t max_body,
                      cJSON **out, char *errbuf) {
    cJSON *v = NULL, *c;
    pc_err e;
    *out = NULL;
    if (shape != NULL && shape->type != PC_T_STRUCTURE)
        return pc_err_set(errbuf, PC_EINVAL, "pc_deserialize: shape %s is not a structure",
                          shape->name);
    int owned;
    if ((e = pc_deserialize_raw(shape, body, len, max_body, NULL, &v, &owned, errbuf)) != PC_OK)
        return e;
    if (shape == NULL) { /* no output shape: nothing is modeled */
        while ((c = v->child) != NULL) cJSON_Delete(cJSON_DetachItemViaPointer(v, c));
    } else if ((e = pc_filter_output(shape, v, errbuf)) != PC_OK) {
        cJSON_Delete(v);
        return e;
    }
    *out = v;
    return PC_OK;
}
