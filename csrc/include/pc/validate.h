#ifndef PC_VALIDATE_H
#define PC_VALIDATE_H
/*
 * Client-side validation of a JSON tree against a shape (doc/design.md,
 * "Validation semantics"). Every violation is collected, none stops the walk.
 *
 * Tree conventions (the Lua binding builds trees this way):
 *   - a member whose value is JSON null was already reported by the builder
 *     (a Lua type that has no JSON form): it is skipped, neither "required"
 *     nor type-checked;
 *   - integers are numbers; beyond 2^53 they carry their exact text
 *     (pc/codec.h, "Numbers");
 *   - timestamps are strings (ISO 8601) or numbers (epoch seconds).
 *
 * Paths: members joined with '.', list items as [i] with i 1-BASED (users
 * write Lua, where the first item is t[1]), map entries as Name["key"]. The
 * top level is "input" when the violation concerns the value itself.
 * Messages never contain the value of a sensitive shape; string values are
 * never echoed at all (only their length), numbers only when not sensitive.
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

typedef enum pc_vmode {
    PC_VMODE_OFF = 0, /* validation = false */
    PC_VMODE_DEFAULT, /* enums not enforced, patterns searched */
    PC_VMODE_STRICT   /* enums enforced, patterns must match in full */
} pc_vmode;

typedef enum pc_vkind {
    PC_V_REQUIRED = 0,
    PC_V_UNKNOWN,
    PC_V_TYPE,
    PC_V_MIN,
    PC_V_MAX,
    PC_V_PATTERN,
    PC_V_ENUM,
    PC_V_UNION
} pc_vkind;

typedef struct pc_violation {
    char *path;
    char *message;
    pc_vkind kind;
} pc_violation;

/* Caller-owned list: pc_vlist_init, adds, pc_vlist_cleanup. */
typedef struct pc_vlist {
    pc_violation *items;
    size_t n, cap;
    int oom; /* an add failed: the list is incomplete */
} pc_vlist;

void pc_vlist_init(pc_vlist *v);
void pc_vlist_cleanup(pc_vlist *v);
/* Appends one violation (path and message are copied). */
pc_err pc_vlist_add(pc_vlist *v, pc_vkind kind, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
const char *pc_vkind_name(pc_vkind k);
/* The "unknown member of <shape> (members: ...)" violation at path: one
 * wording for the validator and the binding's tree builder. */
pc_err pc_vlist_add_unknown(pc_vlist *v, const char *path, const pc_shape *s);

/*
 * Path building helpers (the tree walk, and the text of the encoder's frames
 * below): `path` holds the current path; push returns the old length to
 * restore with pc_path_pop.
 */
size_t pc_path_push_member(pc_buf *path, const char *name, size_t len);
size_t pc_path_push_index(pc_buf *path, size_t index1);
size_t pc_path_push_key(pc_buf *path, const char *key, size_t len);
void pc_path_pop(pc_buf *path, size_t old_len);
/* The path to print: "input" for the empty path. */
const char *pc_path_str(const pc_buf *path);

/*
 * The path as frames, for the binding's encoder: one frame pushed and popped
 * per value costs two stores, and the text (the pc_path_push_* forms above)
 * is only built when a violation is recorded (pc_vctx_path).
 */
typedef struct pc_path_frame {
    const char *p; /* a member name or map key (borrowed); NULL: a list index */
    size_t n;      /* its length, or the 1-based index */
    int key;       /* a map key: written ["..."] */
} pc_path_frame;
typedef struct pc_path_frames {
    pc_path_frame *f; /* cap of them, owned by the caller */
    size_t n, cap;    /* frames past cap are counted, not kept (the caller sizes
                       * cap past its nesting limit) */
} pc_path_frames;

static inline size_t pc_frames_push(pc_path_frames *fr, const char *p, size_t n, int key) {
    size_t old = fr->n;
    if (old < fr->cap) {
        fr->f[old].p = p;
        fr->f[old].n = n;
        fr->f[old].key = key;
    }
    fr->n = old + 1;
    return old;
}
static inline void pc_frames_pop(pc_path_frames *fr, size_t old) { fr->n = old; }

/*
 * Validate `value` (may be NULL = absent top level, treated as {}) against
 * `shape`. Violations are appended to `out`. Returns PC_OK when the walk ran
 * (check out->n), PC_ENOMEM when memory ran out.
 */
pc_err pc_validate(const pc_shape *shape, const cJSON *value, pc_vmode mode, pc_vlist *out);
/* Same, starting at `path` (binding use: prefix already pushed). */
pc_err pc_validate_at(const pc_shape *shape, const cJSON *value, pc_vmode mode, pc_buf *path,
                      pc_vlist *out);

/*
 * The checks of one value, shared by the tree walk above and the binding's
 * encoder, which validates while it writes JSON from Lua values (no tree).
 * Each appends its violations at the current path; none of them runs in
 * PC_VMODE_OFF (callers skip them).
 */
typedef struct pc_vctx {
    pc_vmode mode;
    pc_buf *path;
    pc_vlist *out;
    pc_path_frames *frames; /* non-NULL: the current path, path gets its text on demand */
} pc_vctx;
/* The current path's text (built from the frames when there are frames). */
const char *pc_vctx_path(const pc_vctx *c);
/* A string of n_cp code points (-1: not valid UTF-8): length, pattern, enum. */
void pc_check_string(const pc_vctx *c, const pc_shape *s, const char *str, size_t len, long n_cp);
/* A length constraint on a count of items / entries (unit: "items", "entries"). */
void pc_check_count(const pc_vctx *c, const pc_shape *s, double n, const char *unit);
/* An integer or long: the 32-bit range of integers, then the shape's range. */
void pc_check_int64(const pc_vctx *c, const pc_shape *s, long long v);
/* A float or double: the shape's range. */
void pc_check_range(const pc_vctx *c, const pc_shape *s, double v);
/* A union with `set` members present (exactly one is needed). */
void pc_check_union(const pc_vctx *c, const pc_shape *s, size_t set);
/* Violations from index `first` on were found on a map key, which shares the
 * entry's path: their messages get the prefix "key: ". */
void pc_vlist_mark_key(pc_vlist *v, size_t first);
/* A required member that is absent (the path is the member's). */
void pc_check_required_missing(const pc_vctx *c);

/* Stable sort by path: reproducible output whatever the Lua key order. */
void pc_vlist_sort(pc_vlist *v);

/* "validation failed: N violations\n<path>: <message>\n..." into out. */
pc_err pc_vlist_format(const pc_vlist *v, pc_buf *out);

/* Number of Unicode code points in UTF-8 text, or -1 when it is not valid
 * UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid). */
long pc_utf8_count(const char *s, size_t len);
/* Length (1-4) of the valid UTF-8 sequence at p, p < end; 0 when invalid.
 * In a NUL-terminated string, end = p + 4 is safe: NUL is never a
 * continuation byte, so nothing past it is read. */
size_t pc_utf8_seq(const unsigned char *p, const unsigned char *end);
/* The same, and *cp gets the code point of that sequence (when valid). */
size_t pc_utf8_decode(const unsigned char *p, const unsigned char *end, unsigned long *cp);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
