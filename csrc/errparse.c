/*
 * Error responses (see pc/codec.h; doc/protocol.md §4). The code source order is
 * the Smithy / Go SDK one (header, __type, code) because it is a superset of
 * botocore's (__type only) and servers may use any of the three; the
 * sanitising keeps botocore's "last '#'" rule.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "pc/codec.h"

void pc_error_info_init(pc_error_info *e) {
    memset(e, 0, sizeof *e);
    pc_buf_init(&e->message);
}

void pc_error_info_cleanup(pc_error_info *e) {
    pc_buf_cleanup(&e->message);
    cJSON_Delete(e->fields);
    e->fields = NULL;
}

const char *pc_http_reason(int status) {
    switch (status) {
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 408:
            return "Request Timeout";
        case 409:
            return "Conflict";
        case 413:
            return "Payload Too Large";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 501:
            return "Not Implemented";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        default:
            return "";
    }
}

/* "ns#Name:http://..." -> "Name": cut at the first ':', keep after the last '#'. */
static void set_code(pc_error_info *e, const char *src, size_t len) {
    const char *colon = memchr(src, ':', len), *hash;
    size_t i;
    if (colon != NULL) len = (size_t)(colon - src);
    hash = NULL;
    for (i = 0; i < len; i++)
        if (src[i] == '#') hash = src + i;
    if (hash != NULL) {
        len -= (size_t)(hash + 1 - src);
        src = hash + 1;
    }
    while (len > 0 && (src[0] == ' ' || src[0] == '\t')) {
        src++;
        len--;
    }
    while (len > 0 && (src[len - 1] == ' ' || src[len - 1] == '\t')) len--;
    if (len >= sizeof e->code) len = sizeof e->code - 1;
    memcpy(e->code, src, len);
    e->code[len] = '\0';
}

static const char *json_str(const cJSON *o, const char *key) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int generic_5xx(int status, const char *body, size_t len) {
    size_t i = 0;
    if (status < 500) return 0;
    while (i < len && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n'))
        i++;
    if (i == len) return 1;
    return (len - i >= 5 && strncasecmp(body + i, "<html", 5) == 0) ||
           (len - i >= 9 && strncasecmp(body + i, "<!doctype", 9) == 0);
}

/* Modeled error: its members become fields; its traits classify it. */
static pc_err apply_shape(pc_error_info *e, const pc_shape *s, cJSON **tree) {
    char errbuf[PC_ERRMAX];
    e->shape = s;
    e->modeled = 1;
    e->retryable = s->retryable;
    e->throttling = s->throttling;
    e->fault = s->fault;
    snprintf(e->code, sizeof e->code, "%s", s->name);
    if (*tree != NULL && pc_filter_output_ex(s, *tree, 1, errbuf) == PC_OK) {
        e->fields = *tree; /* ownership moves to the result */
        *tree = NULL;
    } else {
        e->fields = cJSON_CreateObject();
        if (e->fields == NULL) return PC_ENOMEM;
    }
    return PC_OK;
}

/*
 * The error shape `code` names, among the errors `op` lists (exact, then
 * ASCII case-insensitive); op NULL: any error shape of the service. botocore
 * only looks at the operation's own errors (doc/protocol.md §5.2 item 3), so a
 * shape the operation does not list must not lend it its traits.
 */
static const pc_shape *op_error_shape(const pc_model *m, const pc_operation *op, const char *code) {
    size_t i;
    if (op == NULL) return pc_model_error_shape(m, code);
    for (i = 0; i < op->n_errors; i++)
        if (op->errors[i] != NULL && strcmp(op->errors[i]->name, code) == 0) return op->errors[i];
    for (i = 0; i < op->n_errors; i++)
        if (op->errors[i] != NULL && strcasecmp(op->errors[i]->name, code) == 0)
            return op->errors[i];
    return NULL;
}

pc_err pc_parse_error(const pc_model *m, const pc_operation *op, int status, const char *header,
                      const char *body, size_t len, pc_error_info *out) {
    cJSON *tree = NULL;
    const char *msg = NULL, *code = NULL;
    const pc_shape *s;
    pc_err e = PC_OK;
    char ignored[PC_ERRMAX];
    if (body == NULL) len = 0;
    if (generic_5xx(status, body, len)) {
        /* no body to read, but the header may still name the error (Smithy
         * and the other AWS SDKs read it first, whatever the status) */
        if (header != NULL && header[0] != '\0') set_code(out, header, strlen(header));
        if (out->code[0] == '\0') snprintf(out->code, sizeof out->code, "%d", status);
        out->fault = 1;
        e = pc_buf_append_str(&out->message, pc_http_reason(status));
        s = e == PC_OK && header != NULL ? op_error_shape(m, op, out->code) : NULL;
        if (s != NULL) e = apply_shape(out, s, &tree);
        return e;
    }
    if (len > 0 && pc_json_parse(body, len, PC_MAX_BODY_DEFAULT, &tree, ignored) == PC_OK &&
        !cJSON_IsObject(tree)) {
        cJSON_Delete(tree);
        tree = NULL;
    }
    if (header != NULL && header[0] != '\0')
        code = header;
    else if ((code = json_str(tree, "__type")) == NULL)
        code = json_str(tree, "code");
    if (code != NULL) set_code(out, code, strlen(code));
    if (out->code[0] == '\0') snprintf(out->code, sizeof out->code, "%d", status);
    if ((msg = json_str(tree, "message")) == NULL) msg = json_str(tree, "Message");
    if (msg != NULL)
        e = pc_buf_append_str(&out->message, msg);
    else if (tree == NULL && len > 0)
        /* not JSON: describe it, never copy it. The body may echo what was
         * sent (a proxy or WAF page quoting headers), and err.message ends up
         * in logs via tostring(err). */
        e = pc_buf_printf(&out->message, "HTTP %d with a non-JSON body (%zu bytes)", status, len);
    else
        e = pc_buf_append_str(&out->message, "");
    s = e == PC_OK ? op_error_shape(m, op, out->code) : NULL;
    if (s != NULL)
        e = apply_shape(out, s, &tree);
    else
        out->fault = status >= 500;
    cJSON_Delete(tree);
    return e;
}
