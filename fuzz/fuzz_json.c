/*
 * Response bodies -> filtered tree: parse with the size cap (number texts
 * matched to their nodes), filter by the output shape (strict and lenient),
 * print the result again. Also the parse cm:deserialize runs (into an arena,
 * number texts only where needed): it must accept and refuse exactly what
 * the plain parse does, and its texts must match their nodes too. And the
 * pre-scan (nesting depth, U+0000) must answer what a byte-by-byte reading does.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "fuzz_model_common.h"
#include "pc/codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every number that kept its source text (pc/codec.h "Numbers") must hold
 * the value cJSON read: the text was matched to the right node. */
static void check_number_text(const cJSON *v) {
    const cJSON *c;
    if (cJSON_IsNumber(v) && v->valuestring != NULL) {
        double d = strtod(v->valuestring, NULL);
        if (!(d == v->valuedouble || (d != d && v->valuedouble != v->valuedouble))) abort();
    }
    for (c = v->child; c != NULL; c = c->next) check_number_text(c);
}

/* Same shape, keys, strings, numbers (NaN and infinities included: cJSON_Compare
 * calls inf unequal to itself) and number texts. */
static int same_tree(const cJSON *a, const cJSON *b) {
    const cJSON *x, *y;
    if ((a->type & 0xFF) != (b->type & 0xFF)) return 0;
    if ((a->string == NULL) != (b->string == NULL) ||
        (a->string && strcmp(a->string, b->string) != 0))
        return 0;
    if ((a->valuestring == NULL) != (b->valuestring == NULL) ||
        (a->valuestring && strcmp(a->valuestring, b->valuestring) != 0))
        return 0;
    if (cJSON_IsNumber(a) &&
        !(a->valuedouble == b->valuedouble ||
          (a->valuedouble != a->valuedouble && b->valuedouble != b->valuedouble)))
        return 0;
    for (x = a->child, y = b->child; x != NULL && y != NULL; x = x->next, y = y->next)
        if (!same_tree(x, y)) return 0;
    return x == NULL && y == NULL;
}

/* The pre-scan as a plain byte-by-byte reading (pc_json_prescan skips string
 * text a word at a time): both must give the same answers. */
static int prescan_reference(const char *s, size_t len, int max_depth, int *has_nul) {
    size_t i;
    int depth = 0, in_string = 0;
    *has_nul = 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\0') {
            *has_nul = 1;
        } else if (in_string) {
            if (c == '"') {
                in_string = 0;
            } else if (c == '\\' && i + 1 < len) {
                if (s[i + 1] == 'u' && i + 5 < len && memcmp(s + i + 2, "0000", 4) == 0)
                    *has_nul = 1;
                i++;
            }
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return 1;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return 0;
}

static void check_prescan(const uint8_t *data, size_t size) {
    static const int depths[] = {0, 1, 2, 3, 8, PC_JSON_MAX_DEPTH};
    size_t i;
    for (i = 0; i < sizeof depths / sizeof depths[0]; i++) {
        int nul_a = -1, nul_b = -1;
        int a = pc_json_prescan((const char *)data, size, depths[i], &nul_a);
        int b = prescan_reference((const char *)data, size, depths[i], &nul_b);
        if (a != b || (a == 0 && nul_a != nul_b)) abort();
    }
}

/* The arena parse of every shape against the plain one. */
static void check_arena(const pc_model *m, const uint8_t *data, size_t size) {
    static pc_json_arena arena; /* reused across inputs, as a context box reuses it */
    const char *shapes[] = {"PutThingResponse", "ItemList", "Choice"};
    char errbuf[PC_ERRMAX];
    size_t i;
    for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        const pc_shape *s = pc_model_shape(m, shapes[i]);
        cJSON *a = NULL, *b = NULL;
        int owned = 0, plain = 0;
        pc_err ea =
            pc_deserialize_raw(s, (const char *)data, size, 1 << 16, &arena, &a, &owned, errbuf);
        pc_err eb =
            pc_deserialize_raw(s, (const char *)data, size, 1 << 16, NULL, &b, &plain, errbuf);
        if ((ea == PC_OK) != (eb == PC_OK)) abort();
        if (ea == PC_OK) {
            check_number_text(a);
            if (!same_tree(a, b)) abort();
        }
        cJSON_Delete(b);
        if (!owned) cJSON_Delete(a); /* an empty body's {} is an ordinary tree */
        pc_json_arena_reset(&arena, 1 << 16);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const pc_model *m = fuzz_model();
    const char *shapes[] = {"PutThingResponse", "ItemList", "TagMap", "Choice", "IsoTime"};
    char errbuf[PC_ERRMAX];
    size_t i;
    check_prescan(data, size);
    check_arena(m, data, size);
    {
        cJSON *raw = NULL;
        if (pc_json_parse((const char *)data, size, 1 << 16, &raw, errbuf) == PC_OK)
            check_number_text(raw);
        cJSON_Delete(raw);
    }
    for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        const pc_shape *s = pc_model_shape(m, shapes[i]);
        cJSON *v = NULL;
        pc_err e;
        if (s->type == PC_T_STRUCTURE) {
            e = pc_deserialize(s, (const char *)data, size, 1 << 16, &v, errbuf);
        } else {
            e = pc_json_parse((const char *)data, size, 1 << 16, &v, errbuf);
            if (e == PC_OK) e = pc_filter_output_ex(s, v, (int)(i & 1), errbuf);
        }
        if (e == PC_OK) {
            pc_buf b;
            pc_buf_init(&b);
            pc_json_print(v, &b);
            pc_buf_cleanup(&b);
        }
        cJSON_Delete(v);
    }
    return 0;
}
