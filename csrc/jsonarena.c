/*
 * Parse trees from an arena (see pc/codec.h, "Arena"): the response body of
 * every call is parsed into memory the parser's context keeps, so a parse
 * costs no malloc per node and no free walk afterwards.
 *
 * cJSON allocates through process-wide hooks (cJSON_InitHooks). Ours route
 * to an arena only on the thread that runs pc_json_parse_in, while it runs,
 * and to malloc/free (cJSON's defaults, what every other user of the library
 * gets without hooks) at any other time and on every other thread; a free of
 * arena memory is a no-op then, anything else goes to free(). One parse at a
 * time uses the arena route (a flag taken with an atomic exchange); another
 * thread parsing meanwhile parses into malloc'd memory, as does everything
 * when some other code replaced the hooks: pc_json_parse_in tells the caller
 * (*owned = 0) and the tree is freed the usual way. The hooks read two plain
 * globals and the thread's identity (this_thread below), not a thread-local
 * variable: a module's thread-locals cost a __tls_get_addr call each, on
 * every node of a parse.
 * The arena's trees are never given to cJSON_Delete outside
 * pc_json_parse_in: they go with pc_json_arena_reset.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pc/codec.h"

#define ALIGN       16
#define FIRST_BLOCK ((size_t)16 * 1024)

typedef struct pc_arena_block {
    struct pc_arena_block *next;
    size_t cap;
    /* data follows, ALIGN aligned */
} pc_arena_block;

static size_t hdr(void) { return (sizeof(pc_arena_block) + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

/*
 * Which thread runs: where the compiler reads the thread pointer in one
 * instruction, that (the address of the thread's control block: no two live
 * threads share it), else pthread_self(), a call into libc per allocation.
 */
#if (defined(__x86_64__) || defined(__aarch64__)) && defined(__has_builtin)
#if __has_builtin(__builtin_thread_pointer)
#define PC_THREAD_POINTER 1
#endif
#endif
#ifdef PC_THREAD_POINTER
typedef void *thread_id;
static thread_id this_thread(void) { return __builtin_thread_pointer(); }
static int same_thread(thread_id a, thread_id b) { return a == b; }
#else
typedef pthread_t thread_id;
static thread_id this_thread(void) { return pthread_self(); }
static int same_thread(thread_id a, thread_id b) { return pthread_equal(a, b); }
#endif

/* The parse using the arena route: its arena and thread (route_busy held). */
static int route_busy;
static pc_json_arena *route_arena;
static thread_id route_thread;

/* The arena of the parse running on this thread, or NULL. */
static pc_json_arena *current(void) {
    pc_json_arena *a = __atomic_load_n(&route_arena, __ATOMIC_ACQUIRE);
    return a != NULL && same_thread(__atomic_load_n(&route_thread, __ATOMIC_RELAXED), this_thread())
               ? a
               : NULL;
}

void pc_json_arena_init(pc_json_arena *a) {
    a->blocks = NULL;
    a->free = a->end = NULL;
}

static int owns(const pc_json_arena *a, const void *p) {
    const pc_arena_block *b;
    for (b = a->blocks; b != NULL; b = b->next) {
        const char *start = (const char *)b + hdr();
        if ((const char *)p >= start && (const char *)p < start + b->cap) return 1;
    }
    return 0;
}

/* A new block (twice the last, at least n) for what the newest one cannot
 * hold; kept out of line so the bump below stays a leaf with no saved registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void *
arena_alloc_slow(pc_json_arena *a, size_t n) {
    pc_arena_block *b = a->blocks;
    size_t cap;
    n = n == 0 ? ALIGN : (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0) return NULL; /* n rounded past SIZE_MAX */
    cap = b == NULL ? FIRST_BLOCK : b->cap * 2;
    if (cap < n) cap = n;
    if (cap > SIZE_MAX - hdr()) return NULL;
    b = (pc_arena_block *)malloc(hdr() + cap);
    if (b == NULL) return NULL;
    b->cap = cap;
    b->next = a->blocks;
    a->blocks = b;
    a->free = (char *)b + hdr() + n;
    a->end = (char *)b + hdr() + cap;
    return (char *)b + hdr();
}

/* A bump of the newest block's cursor: cJSON allocates a node, a key or a
 * string at a time, some hundred per response. The unsigned compare of
 * size - 1 sends n == 0 (size 0) and sizes rounded past SIZE_MAX to the
 * slow path. */
static void *arena_alloc(pc_json_arena *a, size_t n) {
    size_t size = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size - 1 < (size_t)(a->end - a->free)) {
        char *p = a->free;
        a->free = p + size;
        return p;
    }
    return arena_alloc_slow(a, n);
}

static void *hook_malloc(size_t n) {
    pc_json_arena *a = current();
    return a != NULL ? arena_alloc(a, n) : malloc(n);
}

/* cJSON_InitHooks wants the free function to match: these are the pair. */

static void hook_free(void *p) {
    pc_json_arena *a = current();
    if (a != NULL && owns(a, p)) return; /* goes with the arena */
    free(p);
}

/* Once per process (module load is single-threaded). */
static void install_hooks(void) {
    static int done;
    cJSON_Hooks h;
    if (done) return;
    h.malloc_fn = hook_malloc;
    h.free_fn = hook_free;
    cJSON_InitHooks(&h);
    done = 1;
}

/* Drops every tree; keeps the largest block (the newest) for the next parse
 * unless it grew past keep_bytes. */
void pc_json_arena_reset(pc_json_arena *a, size_t keep_bytes) {
    pc_arena_block *b = a->blocks, *next;
    if (b == NULL) return;
    for (next = b->next; next != NULL; next = b->next) {
        b->next = next->next;
        free(next);
    }
    if (b->cap > keep_bytes) {
        free(b);
        pc_json_arena_init(a);
    } else {
        a->free = (char *)b + hdr();
        a->end = a->free + b->cap;
    }
}

void pc_json_arena_cleanup(pc_json_arena *a) { pc_json_arena_reset(a, 0); }

pc_err pc_json_parse_in(pc_json_arena *a, const char *body, size_t len, size_t max_body,
                        int all_number_text, cJSON **out, int *owned, char *errbuf) {
    pc_err e;
    int route;
    install_hooks();
    /* the arena route, unless another thread's parse holds it */
    route = !__atomic_exchange_n(&route_busy, 1, __ATOMIC_ACQUIRE);
    if (route) {
        __atomic_store_n(&route_thread, this_thread(), __ATOMIC_RELAXED);
        __atomic_store_n(&route_arena, a, __ATOMIC_RELEASE);
    }
    e = pc_json_parse_opts(body, len, max_body, all_number_text, out, errbuf);
    if (route) {
        __atomic_store_n(&route_arena, NULL, __ATOMIC_RELEASE);
        __atomic_store_n(&route_busy, 0, __ATOMIC_RELEASE);
    }
    /* hooks replaced by someone else: a malloc'd tree, for cJSON_Delete */
    *owned = e == PC_OK && owns(a, *out);
    return e;
}
