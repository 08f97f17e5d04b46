/*
 * Idempotency tokens (doc/protocol.md §6): every top-level input member with the
 * idempotencyToken trait that the caller left out gets a fresh UUID v4,
 * before validation (Account marks ClientToken both required and a token).
 * The caller gets the first generated token back so a retry can pass it in.
 * A token goes where the member is in the model, like every other member.
 */
#include <string.h>
#include "pc/codec.h"
#include "pc/crypto.h"

static pc_err new_uuid(char out[PC_UUID_LEN + 1], char *errbuf) {
    pc_err e = pc_uuid4(out);
    if (e != PC_OK) return pc_err_set(errbuf, e, "cannot generate an idempotency token");
    return PC_OK;
}

/* The first member of obj that comes after member `at` in the model, or
 * NULL: the new member goes before it (bodies follow the model's order). */
static cJSON *next_present(const pc_shape *shape, size_t at, const cJSON *obj) {
    size_t i;
    for (i = at + 1; i < shape->n_members; i++) {
        cJSON *c = cJSON_GetObjectItemCaseSensitive(obj, shape->members[i].name);
        if (c != NULL) return c;
    }
    return NULL;
}

static pc_err insert_token(const pc_shape *shape, size_t at, cJSON *obj, const char *uuid) {
    cJSON *item = cJSON_CreateString(uuid), *after;
    if (item == NULL) return PC_ENOMEM;
    /* the key is the member name in the model arena, which outlives the tree */
    item->string = (char *)shape->members[at].name;
    item->type |= cJSON_StringIsConst;
    after = next_present(shape, at, obj);
    if (after == NULL) {
        if (!cJSON_AddItemToArray(obj, item)) {
            cJSON_Delete(item);
            return PC_ENOMEM;
        }
        return PC_OK;
    }
    /* linked by hand: cJSON keeps the last child in the first child's prev */
    item->next = after;
    item->prev = after->prev;
    if (after == obj->child)
        obj->child = item;
    else
        item->prev->next = item;
    after->prev = item;
    return PC_OK;
}

pc_err pc_fill_idempotency_tokens(const pc_shape *shape, cJSON *obj, char *token_out,
                                  char *errbuf) {
    size_t i;
    token_out[0] = '\0';
    if (shape == NULL || !cJSON_IsObject(obj)) return PC_OK;
    for (i = 0; i < shape->n_members; i++) {
        const pc_member *mb = &shape->members[i];
        char uuid[PC_UUID_LEN + 1];
        pc_err e;
        if (!mb->idempotency_token || cJSON_GetObjectItemCaseSensitive(obj, mb->name) != NULL)
            continue;
        if ((e = new_uuid(uuid, errbuf)) != PC_OK) return e;
        if (insert_token(shape, i, obj, uuid) != PC_OK)
            return pc_err_set(errbuf, PC_ENOMEM, "out of memory");
        if (token_out[0] == '\0') memcpy(token_out, uuid, sizeof uuid);
    }
    return PC_OK;
}
