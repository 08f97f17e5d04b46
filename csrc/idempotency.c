/*
 * Idempotency tokens (PROTOCOL.md §6): every top-level input member with the
 * idempotencyToken trait that the caller left out gets a fresh UUID v4,
 * before validation (Account marks ClientToken both required and a token).
 * The caller gets the first generated token back so a retry can pass it in.
 */
#include <string.h>
#include "pc/codec.h"
#include "pc/crypto.h"

static pc_err new_uuid(char out[PC_UUID_LEN + 1], char *errbuf) {
    pc_err e = pc_uuid4(out);
    if (e != PC_OK) return pc_err_set(errbuf, e, "cannot generate an idempotency token");
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
        if (cJSON_AddStringToObject(obj, mb->name, uuid) == NULL)
            return pc_err_set(errbuf, PC_ENOMEM, "out of memory");
        if (token_out[0] == '\0') memcpy(token_out, uuid, sizeof uuid);
    }
    return PC_OK;
}
