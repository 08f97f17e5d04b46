/*
 * Model compilation (see pc/model.h): generated model description -> an
 * immutable structure of shapes with resolved pointers, members in model
 * order with a sorted index, and sorted name tables. Everything is allocated
 * from one arena.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "pc/codec.h" /* pc_json_string_append: member keys written once */
#include "pc/model.h"
#include "pc/regex.h"

/* ------------------------------------------------------------------ arena */

typedef struct arena_block {
    struct arena_block *next;
    size_t used, cap;
    /* data follows, max_align_t aligned */
} arena_block;

#define ARENA_ALIGN 16
#define ARENA_BLOCK 65536

typedef struct pc_meta {
    const char *key, *value;
} pc_meta;

struct pc_model {
    arena_block *arena;
    pc_shape *shapes; /* sorted by name */
    size_t n_shapes;
    pc_operation *ops; /* sorted by name */
    size_t n_ops;
    pc_meta *meta;
    size_t n_meta;
    size_t n_member_ids;
};

static size_t hdr_size(void) {
    return (sizeof(arena_block) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
}

/* Zeroed memory owned by the model. */
static void *arena_alloc(pc_model *m, size_t n) {
    arena_block *b = m->arena;
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (n == 0) n = ARENA_ALIGN;
    if (b == NULL || b->cap - b->used < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        b = (arena_block *)calloc(1, hdr_size() + cap);
        if (b == NULL) return NULL;
        b->cap = cap;
        b->next = m->arena;
        m->arena = b;
    }
    b->used += n;
    return (char *)b + hdr_size() + b->used - n;
}

static const char *arena_strdup(pc_model *m, const char *s) {
    size_t n = strlen(s);
    char *p = (char *)arena_alloc(m, n + 1);
    if (p != NULL) memcpy(p, s, n + 1);
    return p;
}

void pc_model_free(pc_model *m) {
    arena_block *b, *next;
    size_t i;
    if (m == NULL) return;
    for (i = 0; i < m->n_shapes; i++) pc_regex_free(m->shapes[i].re);
    for (b = m->arena; b != NULL; b = next) {
        next = b->next;
        free(b);
    }
    free(m);
}

/* --------------------------------------------------------------- lookups */

static int cmp_shape(const void *a, const void *b) {
    return strcmp(((const pc_shape *)a)->name, ((const pc_shape *)b)->name);
}
static int cmp_op(const void *a, const void *b) {
    return strcmp(((const pc_operation *)a)->name, ((const pc_operation *)b)->name);
}
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
/* Byte order with explicit lengths: Lua keys may contain NUL. Most names
 * differ in their first byte: that one is compared here (as memcmp would,
 * unsigned), without a call. */
static int cmp_bytes(const char *a, size_t alen, const char *b, size_t blen) {
    size_t n = alen < blen ? alen : blen;
    int c;
    if (n > 0 && a[0] != b[0]) return (unsigned char)a[0] < (unsigned char)b[0] ? -1 : 1;
    c = memcmp(a, b, n);
    if (c != 0) return c;
    return alen < blen ? -1 : (alen > blen ? 1 : 0);
}
static int cmp_member_ptr(const void *a, const void *b) {
    const pc_member *x = *(const pc_member *const *)a, *y = *(const pc_member *const *)b;
    return cmp_bytes(x->name, x->name_len, y->name, y->name_len);
}

/* Binary search by the `name` field of a sorted array of structs. */
#define FIND_BY_NAME(arr, n, name, out)                \
    do {                                               \
        size_t lo_ = 0, hi_ = (n);                     \
        (out) = NULL;                                  \
        while (lo_ < hi_) {                            \
            size_t mid_ = lo_ + (hi_ - lo_) / 2;       \
            int c_ = strcmp((name), (arr)[mid_].name); \
            if (c_ == 0) {                             \
                (out) = &(arr)[mid_];                  \
                break;                                 \
            }                                          \
            if (c_ < 0)                                \
                hi_ = mid_;                            \
            else                                       \
                lo_ = mid_ + 1;                        \
        }                                              \
    } while (0)

const pc_shape *pc_model_shape(const pc_model *m, const char *name) {
    const pc_shape *s;
    if (m == NULL || name == NULL) return NULL;
    FIND_BY_NAME(m->shapes, m->n_shapes, name, s);
    return s;
}

const pc_operation *pc_model_operation(const pc_model *m, const char *name) {
    const pc_operation *op;
    if (m == NULL || name == NULL) return NULL;
    FIND_BY_NAME(m->ops, m->n_ops, name, op);
    return op;
}

const pc_shape *pc_model_error_shape(const pc_model *m, const char *name) {
    const pc_shape *s = pc_model_shape(m, name);
    size_t i;
    if (s != NULL && s->exception) return s;
    /* Go SDK behaviour: error names match case-insensitively as a fallback. */
    for (i = 0; m != NULL && name != NULL && i < m->n_shapes; i++)
        if (m->shapes[i].exception && strcasecmp(m->shapes[i].name, name) == 0)
            return &m->shapes[i];
    return NULL;
}

size_t pc_model_n_operations(const pc_model *m) { return m->n_ops; }
size_t pc_model_n_shapes(const pc_model *m) { return m->n_shapes; }
const pc_shape *pc_model_shape_at(const pc_model *m, size_t i) {
    return i < m->n_shapes ? &m->shapes[i] : NULL;
}
size_t pc_model_n_member_ids(const pc_model *m) { return m->n_member_ids; }

const pc_operation *pc_model_operation_at(const pc_model *m, size_t i) {
    return i < m->n_ops ? &m->ops[i] : NULL;
}

const char *pc_model_metadata(const pc_model *m, const char *key) {
    size_t i;
    for (i = 0; i < m->n_meta; i++)
        if (strcmp(m->meta[i].key, key) == 0) return m->meta[i].value;
    return NULL;
}

const pc_member *pc_shape_member(const pc_shape *s, const char *name, size_t len) {
    size_t lo = 0, hi = s->n_members;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const pc_member *mb = s->by_name[mid];
        int c = cmp_bytes(name, len, mb->name, mb->name_len);
        if (c == 0) return mb;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const pc_member *pc_shape_member_next(const pc_shape *s, const pc_member *prev, const char *name,
                                      size_t len) {
    const pc_member *guess = prev != NULL ? prev + 1 : s->members;
    if (guess < s->members + s->n_members && guess->name_len == len &&
        memcmp(guess->name, name, len) == 0)
        return guess;
    return pc_shape_member(s, name, len);
}

int pc_shape_has_enum(const pc_shape *s, const char *value, size_t len) {
    size_t lo = 0, hi = s->n_enums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *e = s->enums[mid];
        int c = cmp_bytes(value, len, e, strlen(e));
        if (c == 0) return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

static const struct {
    const char *name;
    pc_type type;
} type_names[] = {
    {"structure", PC_T_STRUCTURE},
    {"list", PC_T_LIST},
    {"map", PC_T_MAP},
    {"string", PC_T_STRING},
    {"integer", PC_T_INTEGER},
    {"long", PC_T_LONG},
    {"boolean", PC_T_BOOLEAN},
    {"timestamp", PC_T_TIMESTAMP},
    {"blob", PC_T_BLOB},
    {"float", PC_T_FLOAT},
    {"double", PC_T_DOUBLE},
    {"document", PC_T_DOCUMENT},
    /* smaller/larger numeric kinds of other models travel like their neighbours */
    {"byte", PC_T_INTEGER},
    {"short", PC_T_INTEGER},
    {"bigInteger", PC_T_LONG},
    {"bigDecimal", PC_T_DOUBLE},
};

const char *pc_type_name(pc_type t) {
    size_t i;
    for (i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
        if (type_names[i].type == t) return type_names[i].name;
    return "?";
}

/* ----------------------------------------------------------- compilation */

typedef struct build {
    pc_model *m;
    pc_err err;
    char *errbuf;
} build;

static int fail(build *b, pc_err e, const char *fmt, const char *arg) {
    if (b->err == PC_OK) {
        b->err = e;
        /* fmt holds at most one %s, replaced by arg (no printf on a variable format) */
        const char *p = strstr(fmt, "%s");
        if (e == PC_ENOMEM)
            pc_err_set(b->errbuf, e, "out of memory compiling the model");
        else if (p == NULL)
            pc_err_set(b->errbuf, e, "%s", fmt);
        else
            pc_err_set(b->errbuf, e, "%.*s%s%s", (int)(p - fmt), fmt, arg ? arg : "?", p + 2);
    }
    return -1;
}

/* Count of array items; an empty object counts as an empty array (the Lua
 * binding cannot tell {} from [] in the model table). */
static int as_list(const cJSON *v, int *n) {
    if (v == NULL) {
        *n = 0;
        return 0;
    }
    if (cJSON_IsObject(v) && v->child == NULL) {
        *n = 0;
        return 0;
    }
    if (!cJSON_IsArray(v)) return -1;
    *n = cJSON_GetArraySize(v);
    return 0;
}

static const pc_shape *resolve(build *b, const cJSON *ref, const char *owner) {
    const pc_shape *s;
    if (!cJSON_IsString(ref)) {
        fail(b, PC_EMODEL, "shape %s: missing shape reference", owner);
        return NULL;
    }
    s = pc_model_shape(b->m, ref->valuestring);
    if (s == NULL) fail(b, PC_EMODEL, "unknown shape %s", ref->valuestring);
    return s;
}

static int read_type(build *b, pc_shape *s, const cJSON *d) {
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(d, "type");
    size_t i;
    if (!cJSON_IsString(t)) return fail(b, PC_EMODEL, "shape %s has no type", s->name);
    for (i = 0; i < sizeof type_names / sizeof type_names[0]; i++) {
        if (strcmp(type_names[i].name, t->valuestring) == 0) {
            s->type = type_names[i].type;
            return 0;
        }
    }
    return fail(b, PC_EMODEL, "unsupported shape type %s", t->valuestring);
}

static int is_true(const cJSON *d, const char *key) {
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, key));
}

static int read_enums(build *b, pc_shape *s, const cJSON *d) {
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(d, "enum"), *it;
    int n, i = 0;
    if (as_list(e, &n) != 0) return fail(b, PC_EMODEL, "shape %s: enum is not a list", s->name);
    if (n == 0) return 0;
    s->enums = (const char **)arena_alloc(b->m, sizeof(char *) * (size_t)n);
    if (s->enums == NULL) return fail(b, PC_ENOMEM, "", NULL);
    cJSON_ArrayForEach(it, e) {
        const cJSON *v = cJSON_IsObject(it) ? cJSON_GetObjectItemCaseSensitive(it, "value") : it;
        if (!cJSON_IsString(v)) return fail(b, PC_EMODEL, "shape %s: bad enum value", s->name);
        if ((s->enums[i++] = arena_strdup(b->m, v->valuestring)) == NULL)
            return fail(b, PC_ENOMEM, "", NULL);
    }
    s->n_enums = (size_t)n;
    qsort(s->enums, s->n_enums, sizeof(char *), cmp_str);
    return 0;
}

/* The member's key as request bodies write it, kept with the model. */
static int make_json_key(build *b, pc_member *mb) {
    pc_buf k;
    pc_err e;
    char *p;
    pc_buf_init(&k);
    e = pc_json_string_append(&k, mb->name, mb->name_len);
    if (e == PC_OK) e = pc_buf_append_char(&k, ':');
    if (e == PC_EVALIDATION) {
        pc_buf_cleanup(&k);
        return 0;
    } /* no JSON form: json_key NULL */
    p = e == PC_OK ? (char *)arena_alloc(b->m, k.len + 1) : NULL;
    if (p != NULL) {
        memcpy(p, k.data, k.len + 1);
        mb->json_key = p;
        mb->json_key_len = k.len;
    }
    pc_buf_cleanup(&k);
    return p != NULL ? 0 : fail(b, PC_ENOMEM, "", NULL);
}

static int in_required(const cJSON *req, const char *name) {
    const cJSON *it;
    cJSON_ArrayForEach(it,
                       req) if (cJSON_IsString(it) && strcmp(it->valuestring, name) == 0) return 1;
    return 0;
}

static int read_members(build *b, pc_shape *s, const cJSON *d) {
    const cJSON *mem = cJSON_GetObjectItemCaseSensitive(d, "members");
    const cJSON *req = cJSON_GetObjectItemCaseSensitive(d, "required"), *it;
    int n, nreq, i = 0;
    if (as_list(mem, &n) != 0 || as_list(req, &nreq) != 0)
        return fail(b, PC_EMODEL, "shape %s: members/required must be lists", s->name);
    if (n == 0) return 0;
    s->members = (pc_member *)arena_alloc(b->m, sizeof(pc_member) * (size_t)n);
    if (s->members == NULL) return fail(b, PC_ENOMEM, "", NULL);
    cJSON_ArrayForEach(it, mem) {
        pc_member *mb = &s->members[i++];
        const cJSON *nm = cJSON_GetObjectItemCaseSensitive(it, "name");
        if (!cJSON_IsString(nm))
            return fail(b, PC_EMODEL, "shape %s: member without name", s->name);
        if ((mb->name = arena_strdup(b->m, nm->valuestring)) == NULL)
            return fail(b, PC_ENOMEM, "", NULL);
        mb->name_len = strlen(mb->name);
        mb->id = (unsigned)++b->m->n_member_ids;
        if (make_json_key(b, mb) != 0) return -1;
        mb->shape = resolve(b, cJSON_GetObjectItemCaseSensitive(it, "shape"), s->name);
        if (mb->shape == NULL) return -1;
        mb->required = req != NULL && in_required(req, mb->name);
        mb->idempotency_token = is_true(it, "idempotencyToken");
    }
    s->n_members = (size_t)n;
    s->by_name = (const pc_member **)arena_alloc(b->m, sizeof(pc_member *) * (size_t)n);
    if (s->by_name == NULL) return fail(b, PC_ENOMEM, "", NULL);
    for (i = 0; i < n; i++) s->by_name[i] = &s->members[i];
    qsort(s->by_name, s->n_members, sizeof(pc_member *), cmp_member_ptr);
    for (i = 1; i < n; i++)
        if (cmp_member_ptr(&s->by_name[i - 1], &s->by_name[i]) == 0)
            return fail(b, PC_EMODEL, "duplicate member %s", s->by_name[i]->name);
    return 0;
}

static void read_limits(pc_shape *s, const cJSON *d) {
    const cJSON *mn = cJSON_GetObjectItemCaseSensitive(d, "min");
    const cJSON *mx = cJSON_GetObjectItemCaseSensitive(d, "max");
    const cJSON *tf = cJSON_GetObjectItemCaseSensitive(d, "timestampFormat");
    const cJSON *rt = cJSON_GetObjectItemCaseSensitive(d, "retryable");
    if (cJSON_IsNumber(mn)) {
        s->has_min = 1;
        s->min = mn->valuedouble;
    }
    if (cJSON_IsNumber(mx)) {
        s->has_max = 1;
        s->max = mx->valuedouble;
    }
    if (cJSON_IsString(tf)) {
        if (strcmp(tf->valuestring, "iso8601") == 0)
            s->ts_format = PC_TS_ISO8601;
        else if (strcmp(tf->valuestring, "unixTimestamp") == 0)
            s->ts_format = PC_TS_EPOCH;
        else if (strcmp(tf->valuestring, "rfc822") == 0)
            s->ts_format = PC_TS_HTTP_DATE;
    }
    s->sensitive = is_true(d, "sensitive");
    s->is_union = is_true(d, "union");
    s->exception = is_true(d, "exception");
    s->fault = is_true(d, "fault");
    if (rt != NULL && !cJSON_IsFalse(rt)) {
        s->retryable = 1;
        s->throttling = cJSON_IsObject(rt) && is_true(rt, "throttling");
    }
}

/* Second pass: everything of one shape except its name. */
static int read_shape(build *b, pc_shape *s, const cJSON *d) {
    const cJSON *pat = cJSON_GetObjectItemCaseSensitive(d, "pattern");
    if (!cJSON_IsObject(d)) return fail(b, PC_EMODEL, "shape %s is not a table", s->name);
    if (read_type(b, s, d) != 0) return -1;
    read_limits(s, d);
    if (cJSON_IsString(pat)) {
        if ((s->pattern = arena_strdup(b->m, pat->valuestring)) == NULL)
            return fail(b, PC_ENOMEM, "", NULL);
        if ((s->re = pc_regex_new(s->pattern)) == NULL) return fail(b, PC_ENOMEM, "", NULL);
    }
    if (read_enums(b, s, d) != 0) return -1;
    switch (s->type) {
        case PC_T_STRUCTURE:
            return read_members(b, s, d);
        case PC_T_LIST:
            s->member = resolve(b, cJSON_GetObjectItemCaseSensitive(d, "member"), s->name);
            return s->member ? 0 : -1;
        case PC_T_MAP:
            s->key = resolve(b, cJSON_GetObjectItemCaseSensitive(d, "key"), s->name);
            s->value = resolve(b, cJSON_GetObjectItemCaseSensitive(d, "value"), s->name);
            return s->key && s->value ? 0 : -1;
        default:
            return 0;
    }
}

static int read_shapes(build *b, const cJSON *shapes) {
    const cJSON *it;
    size_t i = 0;
    int n = cJSON_IsObject(shapes) ? cJSON_GetArraySize(shapes) : -1;
    if (n < 0) return fail(b, PC_EMODEL, "model has no %s table", "shapes");
    b->m->shapes = (pc_shape *)arena_alloc(b->m, sizeof(pc_shape) * (size_t)(n ? n : 1));
    if (b->m->shapes == NULL) return fail(b, PC_ENOMEM, "", NULL);
    cJSON_ArrayForEach(it, shapes) {
        if ((b->m->shapes[i++].name = arena_strdup(b->m, it->string)) == NULL)
            return fail(b, PC_ENOMEM, "", NULL);
    }
    b->m->n_shapes = i;
    /* Sort before any pointer into the array is taken. */
    qsort(b->m->shapes, i, sizeof(pc_shape), cmp_shape);
    for (i = 1; i < b->m->n_shapes; i++)
        if (strcmp(b->m->shapes[i - 1].name, b->m->shapes[i].name) == 0)
            return fail(b, PC_EMODEL, "duplicate shape %s", b->m->shapes[i].name);
    cJSON_ArrayForEach(it, shapes) {
        pc_shape *s = (pc_shape *)pc_model_shape(b->m, it->string);
        if (read_shape(b, s, it) != 0) return -1;
    }
    return 0;
}

static int read_op(build *b, pc_operation *op, const cJSON *d) {
    const cJSON *in = cJSON_GetObjectItemCaseSensitive(d, "input");
    const cJSON *out = cJSON_GetObjectItemCaseSensitive(d, "output");
    const cJSON *errs = cJSON_GetObjectItemCaseSensitive(d, "errors"), *it;
    int n, i = 0;
    if (in != NULL && (op->input = resolve(b, in, op->name)) == NULL) return -1;
    if (out != NULL && (op->output = resolve(b, out, op->name)) == NULL) return -1;
    if (op->input != NULL && op->input->type != PC_T_STRUCTURE)
        return fail(b, PC_EMODEL, "operation %s: input is not a structure", op->name);
    if (as_list(errs, &n) != 0)
        return fail(b, PC_EMODEL, "operation %s: errors is not a list", op->name);
    if (n == 0) return 0;
    op->errors = (const pc_shape **)arena_alloc(b->m, sizeof(pc_shape *) * (size_t)n);
    if (op->errors == NULL) return fail(b, PC_ENOMEM, "", NULL);
    cJSON_ArrayForEach(it, errs) {
        const cJSON *ref = cJSON_IsObject(it) ? cJSON_GetObjectItemCaseSensitive(it, "shape") : it;
        if ((op->errors[i++] = resolve(b, ref, op->name)) == NULL) return -1;
    }
    op->n_errors = (size_t)n;
    return 0;
}

/* has_document of s and every shape it reaches; visiting marks cycles
 * (recursive shapes) so each shape is walked once. */
static int reaches_document(pc_shape *s, unsigned char *state, const pc_shape *base) {
    size_t i, k = (size_t)(s - base);
    int r = 0;
    if (state[k] == 2) return s->has_document;
    if (state[k] == 1) return s->has_document; /* on the current path: what is known so far */
    state[k] = 1;
    if (s->type == PC_T_DOCUMENT) r = 1;
    for (i = 0; i < s->n_members; i++)
        r |= reaches_document((pc_shape *)s->members[i].shape, state, base);
    if (s->member != NULL) r |= reaches_document((pc_shape *)s->member, state, base);
    if (s->key != NULL) r |= reaches_document((pc_shape *)s->key, state, base);
    if (s->value != NULL) r |= reaches_document((pc_shape *)s->value, state, base);
    if (r) s->has_document = 1;
    state[k] = 2;
    return s->has_document;
}

/* A shape on a cycle may have been decided before the cycle closed: repeat
 * until nothing changes (each pass only turns flags on). */
static int mark_documents(build *b) {
    unsigned char *state = (unsigned char *)calloc(b->m->n_shapes ? b->m->n_shapes : 1, 1);
    size_t i, before, after = 0;
    if (state == NULL) return fail(b, PC_ENOMEM, "", NULL);
    do {
        before = after;
        after = 0;
        memset(state, 0, b->m->n_shapes);
        for (i = 0; i < b->m->n_shapes; i++)
            after += (size_t)reaches_document(&b->m->shapes[i], state, b->m->shapes);
    } while (after != before);
    free(state);
    return 0;
}

static int read_ops(build *b, const cJSON *ops) {
    const cJSON *it;
    size_t i = 0;
    int n = cJSON_IsObject(ops) ? cJSON_GetArraySize(ops) : -1;
    if (n < 0) return fail(b, PC_EMODEL, "model has no %s table", "operations");
    b->m->ops = (pc_operation *)arena_alloc(b->m, sizeof(pc_operation) * (size_t)(n ? n : 1));
    if (b->m->ops == NULL) return fail(b, PC_ENOMEM, "", NULL);
    cJSON_ArrayForEach(it, ops) {
        pc_operation *op = &b->m->ops[i++];
        if ((op->name = arena_strdup(b->m, it->string)) == NULL)
            return fail(b, PC_ENOMEM, "", NULL);
        if (!cJSON_IsObject(it)) return fail(b, PC_EMODEL, "operation %s is not a table", op->name);
        if (read_op(b, op, it) != 0) return -1;
    }
    b->m->n_ops = i;
    qsort(b->m->ops, i, sizeof(pc_operation), cmp_op);
    return 0;
}

/* Only string-valued metadata is kept (targetPrefix, protocol, ...). */
static int read_meta(build *b, const cJSON *md) {
    const cJSON *it;
    size_t n = 0;
    if (!cJSON_IsObject(md)) return 0;
    b->m->meta =
        (pc_meta *)arena_alloc(b->m, sizeof(pc_meta) * ((size_t)cJSON_GetArraySize(md) + 1));
    if (b->m->meta == NULL) return fail(b, PC_ENOMEM, "", NULL);
    cJSON_ArrayForEach(it, md) {
        if (!cJSON_IsString(it)) continue;
        b->m->meta[n].key = arena_strdup(b->m, it->string);
        b->m->meta[n].value = arena_strdup(b->m, it->valuestring);
        if (b->m->meta[n].key == NULL || b->m->meta[n].value == NULL)
            return fail(b, PC_ENOMEM, "", NULL);
        n++;
    }
    b->m->n_meta = n;
    return 0;
}

pc_model *pc_model_from_json(const cJSON *desc, pc_err *err, char *errbuf) {
    build b;
    b.err = PC_OK;
    b.errbuf = errbuf;
    b.m = (pc_model *)calloc(1, sizeof(pc_model));
    if (b.m == NULL) {
        *err = pc_err_set(errbuf, PC_ENOMEM, "out of memory compiling the model");
        return NULL;
    }
    if (!cJSON_IsObject(desc))
        fail(&b, PC_EMODEL, "model is not a %s", "table");
    else if (read_shapes(&b, cJSON_GetObjectItemCaseSensitive(desc, "shapes")) == 0 &&
             mark_documents(&b) == 0 &&
             read_ops(&b, cJSON_GetObjectItemCaseSensitive(desc, "operations")) == 0)
        read_meta(&b, cJSON_GetObjectItemCaseSensitive(desc, "metadata"));
    *err = b.err;
    if (b.err != PC_OK) {
        pc_model_free(b.m);
        return NULL;
    }
    return b.m;
}
