#ifndef PC_MODEL_H
#define PC_MODEL_H
/*
 * A compiled service model: the generated model table (doc/internals.md,
 * "Generated models", format 1) turned into an immutable C structure.
 *
 *   Shapes are resolved to pointers; members keep the model's order (the
 *   order request bodies are written in) and a second array sorted by name
 *   (byte order, binary search with explicit lengths) serves lookups; shapes
 *   and operations are sorted arrays searched by name. All strings live in
 *   the model's own arena and are freed with it.
 *
 * Life cycle: pc_model_from_json() (the Lua binding first turns the model
 * table into a cJSON tree; C tests and fuzzers give JSON text) -> lookups,
 * validate, serialize, deserialize, parse errors -> pc_model_free().
 *
 * The only thing that changes after compilation is the per-shape regex cache
 * (patterns are compiled on first use): a model is meant for one thread at a
 * time, which is how Lua states use it (one compiled model per lua_State).
 */
#include <stddef.h>
#include <cjson/cJSON.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/err.h"

struct pc_regex;

typedef enum pc_type {
    PC_T_STRUCTURE = 0,
    PC_T_LIST,
    PC_T_MAP,
    PC_T_STRING,
    PC_T_INTEGER,
    PC_T_LONG,
    PC_T_BOOLEAN,
    PC_T_TIMESTAMP,
    PC_T_BLOB,
    PC_T_FLOAT,
    PC_T_DOUBLE,
    PC_T_DOCUMENT
} pc_type;

/* timestampFormat; PC_TS_DEFAULT means the protocol default (epoch for awsJson). */
typedef enum pc_ts_format {
    PC_TS_DEFAULT = 0,
    PC_TS_ISO8601,
    PC_TS_EPOCH,
    PC_TS_HTTP_DATE
} pc_ts_format;

typedef struct pc_shape pc_shape;

typedef struct pc_member {
    const char *name; /* NUL-terminated, interned in the arena */
    size_t name_len;
    const char *json_key; /* "\"name\":" as request bodies write it (NULL: the
                                * name is not valid UTF-8, so it has no JSON form) */
    size_t json_key_len;
    unsigned id; /* 1..pc_model_n_member_ids(): one number per member of the model */
    const pc_shape *shape;
    unsigned required : 1;
    unsigned idempotency_token : 1;
} pc_member;

struct pc_shape {
    const char *name;
    pc_type type;
    /* constraints (Smithy length / range); has_* tell whether they are set */
    unsigned has_min : 1, has_max : 1;
    unsigned sensitive : 1, is_union : 1, exception : 1, fault : 1;
    unsigned retryable : 1, throttling : 1;
    unsigned has_document : 1; /* a document is reachable from here (members, items, values) */
    double min, max;
    pc_ts_format ts_format;
    const char *pattern; /* ECMA-262 source as in the model, or NULL */
    struct pc_regex *re; /* compiled lazily (see pc/regex.h) */
    const char **enums;  /* sorted, n_enums entries */
    size_t n_enums;
    pc_member *members;        /* structures/unions: in model order */
    const pc_member **by_name; /* the same members sorted by name (lookups) */
    size_t n_members;
    const pc_shape *member;      /* lists */
    const pc_shape *key, *value; /* maps */
};

typedef struct pc_operation {
    const char *name;
    const pc_shape *input; /* NULL when the operation has no input */
    const pc_shape *output;
    const pc_shape **errors;
    size_t n_errors;
} pc_operation;

typedef struct pc_model pc_model;

/*
 * Compile a model description (the generated table as JSON: { shapes = {...},
 * operations = {...}, metadata = {...} }; arrays that are empty may be given
 * as {}). Returns NULL with PC_EMODEL / PC_ENOMEM and detail in errbuf.
 * The cJSON tree is only read; the caller keeps ownership.
 */
pc_model *pc_model_from_json(const cJSON *desc, pc_err *err, char *errbuf);
void pc_model_free(pc_model *m);

/* Lookups by name (exact bytes). NULL when absent. */
const pc_shape *pc_model_shape(const pc_model *m, const char *name);
const pc_operation *pc_model_operation(const pc_model *m, const char *name);
/* Error shapes: exact match first, then ASCII case-insensitive. */
const pc_shape *pc_model_error_shape(const pc_model *m, const char *name);
size_t pc_model_n_operations(const pc_model *m);
/* All shapes, in name order (i < pc_model_n_shapes). */
size_t pc_model_n_shapes(const pc_model *m);
const pc_shape *pc_model_shape_at(const pc_model *m, size_t i);
/* The number of members of all structures (their ids are 1..that). */
size_t pc_model_n_member_ids(const pc_model *m);
const pc_operation *pc_model_operation_at(const pc_model *m, size_t i);
/* metadata.targetPrefix etc.; NULL when absent. */
const char *pc_model_metadata(const pc_model *m, const char *key);

/* Member of a structure by name (len bytes, may contain NUL); NULL if unknown. */
const pc_member *pc_shape_member(const pc_shape *s, const char *name, size_t len);
/* The same, trying first the member after `prev` in model order (prev NULL:
 * the first member): a body that lists members in model order, as services
 * write them, then costs one compare per member instead of a search. */
const pc_member *pc_shape_member_next(const pc_shape *s, const pc_member *prev, const char *name,
                                      size_t len);
/* Whether `value` is one of the shape's enum values. */
int pc_shape_has_enum(const pc_shape *s, const char *value, size_t len);
const char *pc_type_name(pc_type t);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
