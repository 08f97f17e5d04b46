#ifndef PC_CODEC_H
#define PC_CODEC_H
/*
 * JSON bodies of the awsJson protocol, driven by a compiled model.
 *
 * serialize (serialize.c): the binding builds a cJSON tree of the input
 *   (guided by the shape), then
 *     pc_fill_idempotency_tokens()  -> top-level tokens (before validation)
 *     pc_validate()                 -> pc/validate.h
 *     pc_json_print()               -> compact JSON text
 * deserialize (deserialize.c): pc_json_parse() with a size cap and a nesting
 *   limit (PC_JSON_MAX_DEPTH, checked before cJSON reads the text), then
 *   pc_filter_output() keeps only what the shape models.
 * errors (errparse.c): pc_parse_error() (doc/protocol.md §4).
 */
#include <stddef.h>
#include <cjson/cJSON.h>
#if defined(__GNUC__)
#pragma GCC visibility push( \
    hidden) /* only luaopen_* leaves the module, even without -fvisibility */
#endif
#include "pc/buf.h"
#include "pc/err.h"
#include "pc/model.h"

#define PC_MAX_BODY_DEFAULT ((size_t)10 * 1024 * 1024) /* 10 MiB */
/* Shapes, and JSON text parsed by pc_json_parse, nested this deep: far deeper
 * than any model or answer; it bounds the C stack of every recursive walk of a
 * parsed body, whatever a server sends. */
#define PC_JSON_MAX_DEPTH 128
/* Values the caller builds (encode, documents in requests): cJSON's
 * CJSON_NESTING_LIMIT. A parsed body never gets near it (PC_JSON_MAX_DEPTH). */
#define PC_JSON_MAX_NESTING 1000
#define PC_UUID_LEN         36

/*
 * Add a UUID v4 string to every top-level idempotency-token member of
 * `shape` that `obj` lacks (doc/protocol.md §6). The first generated token is
 * copied to token_out (>= 37 bytes; "" when none was generated).
 */
pc_err pc_fill_idempotency_tokens(const pc_shape *shape, cJSON *obj, char *token_out, char *errbuf);

/* Compact JSON text of `v` appended to out (no whitespace, keys in tree
 * order, non-ASCII kept as UTF-8, raw nodes copied verbatim). A string or key
 * that is not valid UTF-8 gives PC_EVALIDATION (the output would not be
 * JSON); PC_EINVAL when nested deeper than PC_JSON_MAX_NESTING. */
pc_err pc_json_print(const cJSON *v, pc_buf *out);
/* One JSON string literal (quotes included) of s[0..len) appended to out:
 * the escaper behind pc_json_print, shared with the generic encoder
 * (ljson.c). PC_EVALIDATION when s is not valid UTF-8. */
pc_err pc_json_string_append(pc_buf *out, const char *s, size_t len);
/* The same, with what validation needs of s from the same pass: *n_cp its
 * number of code points (-1 when it is not valid UTF-8: the literal is then
 * cut short and PC_EVALIDATION returned) and *has_nul whether it holds a NUL
 * byte (written as \u0000). Either pointer may be NULL. */
pc_err pc_json_string_write(pc_buf *out, const char *s, size_t len, long *n_cp, int *has_nul);
/* An integer (exact over int64) / a number as pc_json_print writes it:
 * integral values within 1e17 without fraction, others in the shortest
 * %.Ng form that reads back the same; NaN and infinities as null. */
pc_err pc_json_int64_append(pc_buf *out, long long v);
pc_err pc_json_number_append(pc_buf *out, double d);

/*
 * Numbers (jsonnum.c). A number node always holds its value in valuedouble;
 * when valuestring is set it holds the number's exact JSON text (freed by
 * cJSON_Delete with the node), which the printer writes verbatim:
 *   - pc_json_parse gives it to every integer token at or beyond +-2^53 and
 *     to every token with a fraction or an exponent ("1.0" stays a float);
 *   - pc_json_new_int64 gives it to integers at or beyond +-2^53.
 * A number without text is an integer when valuedouble is integral within
 * +-2^53 (cJSON_CreateNumber of an integral value).
 */
/* Attach the source text of `root`'s number nodes (root parsed from text). */
pc_err pc_json_keep_number_text(const char *text, size_t len, cJSON *root);
/* A number node holding v exactly; NULL when out of memory. */
cJSON *pc_json_new_int64(long long v);
/* 1 when v is a number with an exact int64 value (an integer token in the
 * int64 range, or an integral double within +-2^53), stored in *out. */
int pc_json_int64(const cJSON *v, long long *out);
/* 1 when v is a number written with a fraction or an exponent, or a
 * text-less number that is not an integer within +-2^53. */
int pc_json_number_is_float(const cJSON *v);
/* Sort an object's members by key (byte order, stable): deterministic text
 * for objects whose keys came from a Lua table (maps, documents). */
void pc_json_sort_keys(cJSON *obj);
/* Put an object's members in the structure's model order (stable; names s
 * does not have go last): request bodies follow the model. */
void pc_json_sort_members(cJSON *obj, const pc_shape *s);

/*
 * Parse body (len bytes, need not be NUL-terminated). Errors: PC_ETOOBIG when
 * len > max_body, PC_EPARSE for malformed JSON, trailing garbage, arrays and
 * objects nested deeper than PC_JSON_MAX_DEPTH (refused before cJSON reads the
 * text: PC_JSON_DEPTH_MSG), or a string holding U+0000 (PC_JSON_NUL_MSG:
 * cJSON strings are C strings and would be cut short silently). Number nodes
 * keep their text as described under "Numbers". Messages name the byte
 * offset ("invalid JSON at offset N"). *out is owned by the caller
 * (cJSON_Delete).
 */
#define PC_JSON_NUL_MSG   "JSON strings with U+0000 are not supported"
#define PC_JSON_DEPTH_MSG "JSON nested deeper than %d levels"
/* 1 when JSON text s holds "\u0000" (or a raw NUL byte); see deserialize.c */
int pc_json_has_nul(const char *s, size_t len);
/* One pass over JSON text (jsonscan.c): 1 when its arrays and objects nest
 * deeper than max_depth (outside strings), else 0; *has_nul as
 * pc_json_has_nul says, over the text read. */
int pc_json_prescan(const char *s, size_t len, int max_depth, int *has_nul);
pc_err pc_json_parse(const char *body, size_t len, size_t max_body, cJSON **out, char *errbuf);
/* The same; all_number_text 0 gives the text only to numbers a double does
 * not hold exactly as an integer (at or beyond 2^53): enough where a shape,
 * not the token, decides between integer and float. */
pc_err pc_json_parse_opts(const char *body, size_t len, size_t max_body, int all_number_text,
                          cJSON **out, char *errbuf);

/* A node's type as cJSON_IsNull/IsNumber/IsString/IsArray/IsObject test it
 * (the low byte of `type`; v not NULL), without a call into the library:
 * the decode path asks once or twice per node. */
static inline int pc_json_is(const cJSON *v, int type) { return (v->type & 0xFF) == type; }

/*
 * Arena (jsonarena.c): trees parsed into memory the caller keeps across
 * parses, through cJSON's process-wide allocation hooks, which route to the
 * arena only during pc_json_parse_in on this thread (malloc/free otherwise).
 * A tree made there is read only (no cJSON_Delete, no edits that allocate)
 * and lives until pc_json_arena_reset. *owned is 0 when some other code
 * replaced cJSON's hooks: the tree is then an ordinary one for cJSON_Delete.
 */
typedef struct pc_json_arena {
    struct pc_arena_block *blocks; /* newest first */
    char *free, *end;              /* the unused part of the newest block */
} pc_json_arena;
void pc_json_arena_init(pc_json_arena *a);
/* Frees the trees; keeps one block of at most keep_bytes for the next parse. */
void pc_json_arena_reset(pc_json_arena *a, size_t keep_bytes);
void pc_json_arena_cleanup(pc_json_arena *a);
pc_err pc_json_parse_in(pc_json_arena *a, const char *body, size_t len, size_t max_body,
                        int all_number_text, cJSON **out, int *owned, char *errbuf);

/*
 * Keep only what `shape` models, in place: unknown and null members dropped,
 * values of the wrong JSON type dropped, timestamps (ISO 8601 / numeric
 * string / RFC 822 / number) replaced by epoch-second numbers, unions checked
 * (exactly one member after dropping nulls and "__type"; an unknown tag
 * becomes {"SDK_UNKNOWN_MEMBER": {"name": tag}}), null list items removed.
 * Errors (PC_EPARSE): the top level is not what the shape needs, a union
 * without exactly one member, a timestamp that does not parse.
 */
pc_err pc_filter_output(const pc_shape *shape, cJSON *v, char *errbuf);
/* lenient != 0: what would be an error (bad union, bad timestamp) is dropped
 * instead, so an odd error body still yields its other modeled fields. */
pc_err pc_filter_output_ex(const pc_shape *shape, cJSON *v, int lenient, char *errbuf);

/*
 * Body -> filtered tree for `shape`, a structure (NULL shape: an operation
 * without output, the result is {}). Empty or whitespace-only bodies give {}.
 * The top level must be a JSON object.
 */
pc_err pc_deserialize(const pc_shape *shape, const char *body, size_t len, size_t max_body,
                      cJSON **out, char *errbuf);
/*
 * The first half of pc_deserialize, for a reader that filters as it goes
 * (the Lua binding): body -> unfiltered tree. For a structure or NULL shape
 * the rules of pc_deserialize apply (empty body {}, object required); any
 * other shape takes any JSON value. Numbers keep their text as
 * pc_json_parse_opts does, all of them when the shape can hold a document
 * (pc_shape.has_document). With an arena (may be NULL) the tree is parsed
 * there; *owned says whether it is the arena's (else: cJSON_Delete).
 */
pc_err pc_deserialize_raw(const pc_shape *shape, const char *body, size_t len, size_t max_body,
                          pc_json_arena *arena, cJSON **out, int *owned, char *errbuf);

/* Result of pc_parse_error; strings are NUL-terminated, owned by the struct. */
typedef struct pc_error_info {
    char code[128];
    pc_buf message;
    const pc_shape *shape; /* the modeled error shape, or NULL */
    cJSON *fields;         /* filtered modeled members (object) or NULL */
    int retryable, throttling, fault, modeled;
} pc_error_info;

void pc_error_info_init(pc_error_info *e);
void pc_error_info_cleanup(pc_error_info *e);

/*
 * Parse an error response (doc/protocol.md §4): code from the X-Amzn-ErrorType
 * header (may be NULL), then body "__type", then body "code", sanitized (cut
 * at the first ':' and keep what follows the last '#'); message from
 * "message", then "Message"; a generic 5xx with an empty or HTML body gets
 * the header's code (else the status) and the reason phrase as message; a
 * JSON null or non-string message is ""; a body that is not
 * JSON is tolerated (the message then says "HTTP <status> with a non-JSON
 * body (<n> bytes)"; body bytes never enter the message). When the code names
 * one of the errors `op` lists (exact, then case-insensitive; op NULL: any
 * error shape of the model) its members are parsed into `fields` and its
 * traits give retryable, throttling and fault; any other code is unmodeled
 * (modeled = 0, fault = status >= 500, no traits). Only PC_ENOMEM is
 * returned as an error.
 */
pc_err pc_parse_error(const pc_model *m, const pc_operation *op, int status, const char *header,
                      const char *body, size_t len, pc_error_info *out);

/* "Service Unavailable" for 503 etc.; "" when unknown. */
const char *pc_http_reason(int status);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
