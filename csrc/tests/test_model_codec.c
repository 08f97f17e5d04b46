/*
 * Timestamps, the JSON printer, exact numbers, key order, gzip, response
 * filtering, idempotency tokens and error parsing, in C without Lua
 * (spec/fixtures/models/tiny.json).
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "check.h"
#include "pc/codec.h"
#include "pc/gzip.h"
#include "pc/timestamp.h"
#include "pc/validate.h" /* pc_utf8_seq */

static pc_model *load_tiny(void) {
    FILE *f = fopen("spec/fixtures/models/tiny.json", "rb");
    char buf[16384];
    size_t n = f ? fread(buf, 1, sizeof buf, f) : 0;
    cJSON *d;
    pc_model *m;
    pc_err e;
    char errbuf[PC_ERRMAX];
    if (f) fclose(f);
    d = cJSON_ParseWithLength(buf, n);
    m = pc_model_from_json(d, &e, errbuf);
    cJSON_Delete(d);
    return m;
}

static void test_timestamps(void) {
    double t = 0;
    char out[40];
    CHECK(pc_ts_parse_iso8601("2026-01-31T12:00:00Z", 20, &t) == PC_OK && t == 1769860800.0);
    CHECK(pc_ts_parse_iso8601("2026-01-31T12:00:00+02:00", 25, &t) == PC_OK && t == 1769853600.0);
    CHECK(pc_ts_parse_iso8601("2026-01-31T12:00:00-0130", 24, &t) == PC_OK && t == 1769866200.0);
    CHECK(pc_ts_parse_iso8601("2025-11-19T10:00:00.123Z", 24, &t) == PC_OK &&
          fabs(t - 1763546400.123) < 1e-6);
    CHECK(pc_ts_parse_iso8601("2026-01-31T12:00:00", 19, &t) == PC_OK && t == 1769860800.0);
    CHECK(pc_ts_parse_iso8601("1969-12-31T23:59:59Z", 20, &t) == PC_OK && t == -1.0);
    CHECK(pc_ts_parse_iso8601("2024-02-29T00:00:00Z", 20, &t) == PC_OK);
    CHECK(pc_ts_parse_iso8601("2023-02-29T00:00:00Z", 20, &t) == PC_EPARSE);
    CHECK(pc_ts_parse_iso8601("2026-13-01T00:00:00Z", 20, &t) == PC_EPARSE);
    CHECK(pc_ts_parse_iso8601("2026-01-31T12:00:00Zjunk", 24, &t) == PC_EPARSE);
    CHECK(pc_ts_parse_iso8601("2026-01-31T12:00:00.Z", 21, &t) == PC_EPARSE);
    CHECK(pc_ts_parse_iso8601("2026-01-3", 9, &t) == PC_EPARSE);
    CHECK(pc_ts_parse_any("1763546400.5", 12, &t) == PC_OK && t == 1763546400.5);
    CHECK(pc_ts_parse_any("Wed, 19 Nov 2025 10:00:00 GMT", 29, &t) == PC_OK && t == 1763546400.0);
    CHECK(pc_ts_parse_any("19 Nov 2025 10:00:00 GMT", 24, &t) == PC_OK && t == 1763546400.0);
    CHECK(pc_ts_parse_any("tomorrow", 8, &t) == PC_EPARSE);
    CHECK(pc_ts_parse_any("", 0, &t) == PC_EPARSE);
    CHECK(pc_ts_format_iso8601(1769860800.0, out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "2026-01-31T12:00:00Z");
    CHECK(pc_ts_format_iso8601(1763546400.123, out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "2025-11-19T10:00:00.123000Z");
    CHECK(pc_ts_format_iso8601(-0.5, out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "1969-12-31T23:59:59.500000Z");
    CHECK(pc_ts_format_iso8601(1e300, out, sizeof out) == PC_EINVAL);
    CHECK(pc_ts_format_iso8601(NAN, out, sizeof out) == PC_EINVAL);
    CHECK(pc_ts_format_http_date(1763546400.0, out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "Wed, 19 Nov 2025 10:00:00 GMT");
}

static void test_print(void) {
    pc_buf b;
    cJSON *v = cJSON_Parse("{\"a\":[1,2.5,-3,1e20],\"s\":\"q\\\"\\\\\\n\\u0001\\u00e9\",\"t\":true,"
                           "\"f\":false,\"n\":null,\"o\":{}}");
    pc_buf_init(&b);
    CHECK(pc_json_print(v, &b) == PC_OK);
    CHECK_STREQ(b.data, "{\"a\":[1,2.5,-3,1e+20],\"s\":\"q\\\"\\\\\\n\\u0001\xc3\xa9\",\"t\":true,"
                        "\"f\":false,\"n\":null,\"o\":{}}");
    pc_buf_reset(&b);
    cJSON_Delete(v);
    v = cJSON_CreateRaw("9007199254740993");
    CHECK(pc_json_print(v, &b) == PC_OK);
    CHECK_STREQ(b.data, "9007199254740993");
    pc_buf_reset(&b);
    CHECK(pc_json_print(NULL, &b) == PC_OK);
    CHECK_STREQ(b.data, "{}");
    cJSON_Delete(v);
    /* a string that is not UTF-8 would make invalid JSON: refused */
    v = cJSON_CreateObject();
    cJSON_AddStringToObject(v, "s", "ok\xff");
    pc_buf_reset(&b);
    CHECK(pc_json_print(v, &b) == PC_EVALIDATION);
    cJSON_Delete(v);
    v = cJSON_CreateObject();
    cJSON_AddNumberToObject(v, "k\xc3", 1);
    pc_buf_reset(&b);
    CHECK(pc_json_print(v, &b) == PC_EVALIDATION);
    cJSON_Delete(v);
    pc_buf_cleanup(&b);
}

static char *printed(const cJSON *v, pc_buf *b) {
    pc_buf_reset(b);
    return pc_json_print(v, b) == PC_OK ? b->data : NULL;
}

/* pc/codec.h "Numbers": parsed text kept where a double loses something. */
static void test_numbers(void) {
    const char *text =
        "{\"a\":9007199254740993,\"b\":1.0,\"c\":1,\"d\":\"9007199254740993 \\\" 7\","
        "\"e\":[-9223372036854775808,1e2,0.1],\"f\":99999999999999999999,\"g\":-0}";
    char errbuf[PC_ERRMAX];
    cJSON *v = NULL, *n;
    long long ll = 0;
    pc_buf b;
    pc_buf_init(&b);
    CHECK(pc_json_parse(text, strlen(text), 4096, &v, errbuf) == PC_OK);
    CHECK_STREQ(printed(v, &b), text); /* every number as it was */
    n = cJSON_GetObjectItem(v, "a");
    CHECK(pc_json_int64(n, &ll) && ll == 9007199254740993LL && !pc_json_number_is_float(n));
    n = cJSON_GetObjectItem(v, "b");
    CHECK(pc_json_number_is_float(n) && pc_json_int64(n, &ll) && ll == 1); /* integral float */
    n = cJSON_GetObjectItem(v, "c");
    CHECK(n->valuestring == NULL && !pc_json_number_is_float(n) && pc_json_int64(n, &ll) &&
          ll == 1);
    n = cJSON_GetArrayItem(cJSON_GetObjectItem(v, "e"), 0);
    CHECK(pc_json_int64(n, &ll) && ll == (-9223372036854775807LL - 1));
    n = cJSON_GetArrayItem(cJSON_GetObjectItem(v, "e"), 1);
    CHECK(pc_json_number_is_float(n) && pc_json_int64(n, &ll) && ll == 100);
    n = cJSON_GetArrayItem(cJSON_GetObjectItem(v, "e"), 2);
    CHECK(pc_json_number_is_float(n) && !pc_json_int64(n, &ll));
    n = cJSON_GetObjectItem(v, "f"); /* beyond int64: no exact value */
    CHECK(!pc_json_int64(n, &ll) && !pc_json_number_is_float(n));
    CHECK(!pc_json_int64(cJSON_GetObjectItem(v, "d"), &ll)); /* a string */
    cJSON_Delete(v);
    /* built numbers */
    v = pc_json_new_int64(9223372036854775807LL);
    CHECK(v != NULL && pc_json_int64(v, &ll) && ll == 9223372036854775807LL);
    CHECK_STREQ(printed(v, &b), "9223372036854775807");
    cJSON_Delete(v);
    v = pc_json_new_int64(-9007199254740993LL);
    CHECK_STREQ(printed(v, &b), "-9007199254740993");
    cJSON_Delete(v);
    v = pc_json_new_int64(42);
    CHECK(v != NULL && v->valuestring == NULL); /* exact as a double: no text */
    CHECK_STREQ(printed(v, &b), "42");
    cJSON_Delete(v);
    /* the offsets of parse errors */
    CHECK(pc_json_parse("[1,]", 4, 64, &v, errbuf) == PC_EPARSE &&
          strstr(errbuf, "offset 3") != NULL);
    pc_buf_cleanup(&b);
}

/* "[[...]]" n deep, or {"a":{"a":...1}} (objects != 0), in a malloc'd string */
static char *nested(int n, int objects) {
    size_t per = objects ? 5 : 1, len = (size_t)n * (per + 1) + 2, i, o = 0;
    char *s = malloc(len);
    if (s == NULL) return NULL;
    for (i = 0; i < (size_t)n; i++) {
        memcpy(s + o, objects ? "{\"a\":" : "[", per);
        o += per;
    }
    if (objects) s[o++] = '1';
    for (i = 0; i < (size_t)n; i++) s[o++] = objects ? '}' : ']';
    s[o] = '\0';
    return s;
}

/* pc_json_parse refuses text nested deeper than PC_JSON_MAX_DEPTH before
 * cJSON reads it; brackets inside strings do not count; the NUL check holds. */
static void test_parse_depth(void) {
    char errbuf[PC_ERRMAX];
    cJSON *v = NULL;
    int kind, nul = 0;
    for (kind = 0; kind < 2; kind++) {
        char *ok = nested(PC_JSON_MAX_DEPTH, kind), *deep = nested(PC_JSON_MAX_DEPTH + 1, kind);
        char *absurd = nested(100000, kind);
        CHECK(ok != NULL && deep != NULL && absurd != NULL);
        if (ok == NULL || deep == NULL || absurd == NULL) {
            free(ok);
            free(deep);
            free(absurd);
            return;
        }
        CHECK(pc_json_parse(ok, strlen(ok), SIZE_MAX, &v, errbuf) == PC_OK && v != NULL);
        cJSON_Delete(v);
        v = NULL;
        CHECK(pc_json_parse(deep, strlen(deep), SIZE_MAX, &v, errbuf) == PC_EPARSE && v == NULL);
        CHECK(strstr(errbuf, "nested deeper than 128 levels") != NULL);
        CHECK(pc_json_parse(absurd, strlen(absurd), SIZE_MAX, &v, errbuf) == PC_EPARSE &&
              v == NULL);
        free(ok);
        free(deep);
        free(absurd);
    }
    { /* brackets and escaped quotes inside strings are text */
        const char *t = "[\"[[[[{{{{\\\"[[[[\", {\"k[{\": \"}}]]\"}]";
        CHECK(pc_json_prescan(t, strlen(t), 2, &nul) == 0 && nul == 0);
        CHECK(pc_json_prescan(t, strlen(t), 1, &nul) == 1);
        CHECK(pc_json_parse(t, strlen(t), 4096, &v, errbuf) == PC_OK);
        cJSON_Delete(v);
        v = NULL;
    }
    /* U+0000, escaped or raw, is still refused; an escaped backslash before u0000 is text */
    {
        const char *esc = "\"a\\u0000\"", *text = "\"a\\\\u0000\"", raw[] = "[\"a\0\"]";
        CHECK(pc_json_prescan(esc, strlen(esc), 8, &nul) == 0 && nul == 1);
        CHECK(pc_json_prescan(text, strlen(text), 8, &nul) == 0 && nul == 0);
        CHECK(pc_json_prescan(raw, sizeof raw - 1, 8, &nul) == 0 && nul == 1);
        CHECK(pc_json_parse(esc, strlen(esc), 64, &v, errbuf) == PC_EPARSE &&
              strstr(errbuf, "U+0000") != NULL);
        CHECK(pc_json_parse(text, strlen(text), 64, &v, errbuf) == PC_OK);
        cJSON_Delete(v);
    }
    { /* long strings (read a word at a time): what stops them at every offset */
        const char *t[] = {
            "[\"0123456789abcdef\\\"[[[[[[[[[[[\"]",  /* escaped quote, then brackets */
            "[\"0123456789abcdefghij\"[[[[]]]]]",     /* brackets after the string */
            "\"0123456789abcdefghijklmn\\u0000\"",    /* escaped U+0000 after 24 bytes */
            "\"0123456789abcdefghijklmnop\\u000",     /* a cut escape at the end */
            "\"0123456789abcdefghijklmno\\\\u0000\"", /* escaped backslash, then text */
            "\"0123456789abcdefghijklm\\u0000",       /* escaped U+0000 ends the text */
        };
        const int depth2[] = {0, 1, 0, 0, 0, 0}, nul2[] = {0, 0, 1, 0, 0, 1};
        char raw[] = "[\"0123456789abcdefghijk\0lmnop\"]";
        size_t i;
        for (i = 0; i < sizeof t / sizeof t[0]; i++) {
            CHECK(pc_json_prescan(t[i], strlen(t[i]), 2, &nul) == depth2[i]);
            if (!depth2[i]) CHECK(nul == nul2[i]);
        }
        CHECK(pc_json_prescan(raw, sizeof raw - 1, 2, &nul) == 0 && nul == 1);
    }
}

static void test_sort_keys(void) {
    cJSON *o = cJSON_CreateObject();
    pc_buf b;
    pc_buf_init(&b);
    pc_json_sort_keys(o); /* empty: nothing to do */
    CHECK_STREQ(printed(o, &b), "{}");
    cJSON_AddNumberToObject(o, "zz", 1);
    cJSON_AddNumberToObject(o, "b", 2);
    cJSON_AddNumberToObject(o, "B", 3);
    cJSON_AddNumberToObject(o, "a", 4);
    cJSON_AddNumberToObject(o, "b", 5); /* equal keys keep their order */
    cJSON_AddNumberToObject(o, "\xc3\xa9", 6);
    cJSON_AddNumberToObject(o, "aa", 7);
    pc_json_sort_keys(o);
    CHECK_STREQ(printed(o, &b),
                "{\"B\":3,\"a\":4,\"aa\":7,\"b\":2,\"b\":5,\"zz\":1,\"\xc3\xa9\":6}");
    /* the list stays well formed: appending goes to the end */
    cJSON_AddNumberToObject(o, "0", 8);
    CHECK_STREQ(printed(o, &b),
                "{\"B\":3,\"a\":4,\"aa\":7,\"b\":2,\"b\":5,\"zz\":1,\"\xc3\xa9\":6,\"0\":8}");
    cJSON_Delete(o);
    pc_buf_cleanup(&b);
}

static void test_gzip(void) {
    const char *json =
        "{\"Lines\":[\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"]}";
    char errbuf[PC_ERRMAX], back[256];
    pc_buf z, z2;
    z_stream zs;
    int rc;
    pc_buf_init(&z);
    pc_buf_init(&z2);
    CHECK(pc_gzip(json, strlen(json), &z, errbuf) == PC_OK);
    CHECK(pc_gzip(json, strlen(json), &z2, errbuf) == PC_OK);
    CHECK(z.len > 18 && z.len == z2.len && memcmp(z.data, z2.data, z.len) == 0); /* deterministic */
    CHECK((unsigned char)z.data[0] == 0x1f && (unsigned char)z.data[1] == 0x8b); /* gzip magic */
    CHECK(z.data[4] == 0 && z.data[5] == 0 && z.data[6] == 0 && z.data[7] == 0); /* mtime 0 */
    memset(&zs, 0, sizeof zs);
    CHECK(inflateInit2(&zs, 15 + 16) == Z_OK);
    zs.next_in = (Bytef *)z.data;
    zs.avail_in = (uInt)z.len;
    zs.next_out = (Bytef *)back;
    zs.avail_out = sizeof back;
    rc = inflate(&zs, Z_FINISH);
    CHECK(rc == Z_STREAM_END && zs.total_out == strlen(json) &&
          memcmp(back, json, strlen(json)) == 0);
    inflateEnd(&zs);
    pc_buf_reset(&z);
    CHECK(pc_gzip("", 0, &z, errbuf) == PC_OK && z.len >= 20); /* an empty member is still gzip */
    pc_buf_cleanup(&z);
    pc_buf_cleanup(&z2);
}

static void test_sort_members(const pc_model *m) {
    cJSON *o = cJSON_Parse("{\"Flag\":true,\"Zzz\":0,\"Name\":\"n\",\"Big\":1,\"Token\":\"t\"}");
    pc_buf b;
    pc_buf_init(&b);
    pc_json_sort_members(
        o, pc_model_shape(m, "PutThingRequest")); /* Name, Token, ..., Big, ..., Flag */
    CHECK_STREQ(printed(o, &b),
                "{\"Name\":\"n\",\"Token\":\"t\",\"Big\":1,\"Flag\":true,\"Zzz\":0}");
    cJSON_AddNumberToObject(o, "Count", 2);
    CHECK_STREQ(printed(o, &b),
                "{\"Name\":\"n\",\"Token\":\"t\",\"Big\":1,\"Flag\":true,\"Zzz\":0,\"Count\":2}");
    cJSON_Delete(o);
    pc_buf_cleanup(&b);
}

static cJSON *deser(const pc_model *m, const char *shape, const char *body, pc_err *e,
                    char *errbuf) {
    cJSON *out = NULL;
    *e = pc_deserialize(shape ? pc_model_shape(m, shape) : NULL, body, strlen(body),
                        PC_MAX_BODY_DEFAULT, &out, errbuf);
    return out;
}

static void test_deserialize(const pc_model *m) {
    char errbuf[PC_ERRMAX];
    pc_err e;
    pc_buf b;
    cJSON *v;
    pc_buf_init(&b);
    v = deser(
        m, "PutThingResponse",
        "{\"Name\":\"ab\",\"Extra\":1,\"Count\":null,\"When\":\"2025-11-19T10:00:00.5Z\","
        "\"Items\":[{\"Code\":\"en-US\",\"Zap\":2},null,7],\"Tags\":{\"k\":\"v\",\"n\":null},"
        "\"Choice\":{\"__type\":\"x\",\"B\":3,\"A\":null},\"Ratio\":\"NaN\",\"Flag\":\"yes\"}",
        &e, errbuf);
    CHECK(e == PC_OK && v != NULL);
    pc_json_print(v, &b);
    CHECK_STREQ(b.data, "{\"Name\":\"ab\",\"When\":1763546400.5,\"Items\":[{\"Code\":\"en-US\"}],"
                        "\"Tags\":{\"k\":\"v\"},\"Choice\":{\"B\":3},\"Ratio\":null}");
    CHECK(isnan(cJSON_GetObjectItem(v, "Ratio")->valuedouble));
    cJSON_Delete(v);
    pc_buf_reset(&b);
    v = deser(m, "PutThingResponse", "{\"Choice\":{\"C\":1}}", &e, errbuf);
    pc_json_print(v, &b);
    CHECK_STREQ(b.data, "{\"Choice\":{\"SDK_UNKNOWN_MEMBER\":{\"name\":\"C\"}}}");
    cJSON_Delete(v);
    v = deser(m, "PutThingResponse", "{\"Choice\":{\"A\":\"ab\",\"B\":1}}", &e, errbuf);
    CHECK(v == NULL && e == PC_EPARSE && strstr(errbuf, "one and only one") != NULL);
    v = deser(m, "PutThingResponse", "{\"When\":\"not a time\"}", &e, errbuf);
    CHECK(v == NULL && e == PC_EPARSE && strstr(errbuf, "When") != NULL);
    v = deser(m, "PutThingResponse", "  \r\n", &e, errbuf);
    CHECK(e == PC_OK && cJSON_IsObject(v) && v->child == NULL);
    cJSON_Delete(v);
    v = deser(m, "PutThingResponse", "{\"Name\":", &e, errbuf);
    CHECK(v == NULL && e == PC_EPARSE);
    v = deser(m, "PutThingResponse", "<html>oops</html>", &e, errbuf);
    CHECK(v == NULL && e == PC_EPARSE);
    v = deser(m, "PutThingResponse", "{} x", &e, errbuf);
    CHECK(v == NULL && e == PC_EPARSE && strstr(errbuf, "trailing characters at offset 3") != NULL);
    v = deser(m, "PutThingResponse", "[1,2]", &e, errbuf);
    CHECK(v == NULL && e == PC_EPARSE && strstr(errbuf, "not a JSON object") != NULL);
    v = deser(m, NULL, "{\"a\":1}", &e, errbuf);
    CHECK(e == PC_OK && v != NULL && v->child == NULL);
    cJSON_Delete(v);
    CHECK(pc_deserialize(pc_model_shape(m, "PutThingResponse"), "{}", 2, 1, &v, errbuf) ==
          PC_ETOOBIG);
    pc_buf_cleanup(&b);
}

static void test_tokens(const pc_model *m) {
    char token[PC_UUID_LEN + 1], errbuf[PC_ERRMAX];
    cJSON *o = cJSON_CreateObject();
    CHECK(pc_fill_idempotency_tokens(pc_model_shape(m, "PutThingRequest"), o, token, errbuf) ==
          PC_OK);
    CHECK(strlen(token) == 36 && token[14] == '4');
    CHECK_STREQ(cJSON_GetObjectItem(o, "Token")->valuestring, token);
    cJSON_Delete(o);
    o = cJSON_Parse("{\"Token\":\"mine\"}");
    CHECK(pc_fill_idempotency_tokens(pc_model_shape(m, "PutThingRequest"), o, token, errbuf) ==
          PC_OK);
    CHECK(token[0] == '\0');
    CHECK_STREQ(cJSON_GetObjectItem(o, "Token")->valuestring, "mine");
    cJSON_Delete(o);
    /* a token goes to its place in the model's order (Name, Token, Count, ...) */
    {
        pc_buf b;
        char want[128];
        pc_buf_init(&b);
        o = cJSON_Parse("{\"Name\":\"n\",\"Count\":1,\"Kind\":\"K\"}");
        CHECK(pc_fill_idempotency_tokens(pc_model_shape(m, "PutThingRequest"), o, token, errbuf) ==
              PC_OK);
        snprintf(want, sizeof want, "{\"Name\":\"n\",\"Token\":\"%s\",\"Count\":1,\"Kind\":\"K\"}",
                 token);
        CHECK_STREQ(printed(o, &b), want);
        cJSON_Delete(o);
        o = cJSON_Parse("{\"Count\":1}"); /* before the first member */
        CHECK(pc_fill_idempotency_tokens(pc_model_shape(m, "PutThingRequest"), o, token, errbuf) ==
              PC_OK);
        snprintf(want, sizeof want, "{\"Token\":\"%s\",\"Count\":1}", token);
        CHECK_STREQ(printed(o, &b), want);
        cJSON_AddNumberToObject(o, "Big", 2); /* still a well-formed list */
        snprintf(want, sizeof want, "{\"Token\":\"%s\",\"Count\":1,\"Big\":2}", token);
        CHECK_STREQ(printed(o, &b), want);
        cJSON_Delete(o);
        pc_buf_cleanup(&b);
    }
}

static void errparse(const pc_model *m, int status, const char *hdr, const char *body,
                     pc_error_info *ei) {
    pc_error_info_init(ei);
    CHECK(pc_parse_error(m, NULL, status, hdr, body, strlen(body), ei) == PC_OK);
}

static void test_errparse(const pc_model *m) {
    pc_error_info ei;
    pc_buf b;
    pc_buf_init(&b);
    errparse(m, 400, NULL,
             "{\"__type\":\"com.tiny#BadInputException\",\"Message\":\"bad\","
             "\"Fields\":[{\"Code\":\"en-US\"}],\"When\":\"2025-11-19T10:00:00Z\",\"Other\":1}",
             &ei);
    CHECK_STREQ(ei.code, "BadInputException");
    CHECK_STREQ(ei.message.data, "bad");
    CHECK(ei.modeled && !ei.retryable && !ei.fault);
    pc_json_print(ei.fields, &b);
    CHECK_STREQ(b.data,
                "{\"Message\":\"bad\",\"Fields\":[{\"Code\":\"en-US\"}],\"When\":1763546400}");
    pc_error_info_cleanup(&ei);
    errparse(m, 400, "SlowDownException:http://internal.amazon.com/coral/",
             "{\"message\":\"slow\"}", &ei);
    CHECK_STREQ(ei.code, "SlowDownException");
    CHECK(ei.modeled && ei.retryable && ei.throttling);
    CHECK_STREQ(ei.message.data, "slow");
    pc_error_info_cleanup(&ei);
    errparse(m, 400, NULL, "{\"code\":\"slowdownexception\"}", &ei);
    CHECK_STREQ(ei.code, "SlowDownException"); /* case-insensitive fallback */
    pc_error_info_cleanup(&ei);
    errparse(m, 500, NULL, "{\"__type\":\"a.b#c#BrokenException:x#y\"}", &ei);
    CHECK_STREQ(ei.code, "BrokenException");
    CHECK(ei.fault && ei.retryable && !ei.throttling);
    pc_error_info_cleanup(&ei);
    errparse(m, 503, NULL, "  <html><body>down</body></html>", &ei);
    CHECK_STREQ(ei.code, "503");
    CHECK_STREQ(ei.message.data, "Service Unavailable");
    CHECK(!ei.modeled && ei.fault);
    pc_error_info_cleanup(&ei);
    errparse(m, 502, NULL, "", &ei);
    CHECK_STREQ(ei.code, "502");
    pc_error_info_cleanup(&ei);
    errparse(m, 400, NULL, "not json at all", &ei);
    CHECK_STREQ(ei.code, "400");
    CHECK_STREQ(ei.message.data, "HTTP 400 with a non-JSON body (15 bytes)"); /* no body bytes */
    CHECK(!ei.modeled && !ei.fault);
    pc_error_info_cleanup(&ei);
    errparse(m, 403, NULL, "{\"__type\":\"AccessDenied\",\"message\":\"no\"}", &ei);
    CHECK_STREQ(ei.code, "AccessDenied");
    CHECK(!ei.modeled && ei.fields == NULL);
    pc_error_info_cleanup(&ei);
    /* with an operation, only the errors it lists are modeled: Ping lists none */
    pc_error_info_init(&ei);
    CHECK(pc_parse_error(m, pc_model_operation(m, "Ping"), 400, "SlowDownException", "{}", 2,
                         &ei) == PC_OK);
    CHECK_STREQ(ei.code, "SlowDownException");
    CHECK(!ei.modeled && !ei.retryable && !ei.throttling && !ei.fault && ei.shape == NULL);
    pc_error_info_cleanup(&ei);
    pc_error_info_init(&ei);
    CHECK(pc_parse_error(m, pc_model_operation(m, "PutThing"), 400, "slowdownexception", "{}", 2,
                         &ei) == PC_OK);
    CHECK_STREQ(ei.code, "SlowDownException");
    CHECK(ei.modeled && ei.retryable && ei.throttling);
    pc_error_info_cleanup(&ei);
    /* a bare 5xx still takes its code from the header */
    pc_error_info_init(&ei);
    CHECK(pc_parse_error(m, pc_model_operation(m, "PutThing"), 503, "ns#BrokenException:http://x",
                         "", 0, &ei) == PC_OK);
    CHECK_STREQ(ei.code, "BrokenException");
    CHECK(ei.modeled && ei.fault && ei.shape == pc_model_shape(m, "BrokenException"));
    CHECK_STREQ(ei.message.data, "Service Unavailable");
    pc_error_info_cleanup(&ei);
    pc_error_info_init(&ei);
    CHECK(pc_parse_error(m, NULL, 500, "Unlisted", "<html></html>", 13, &ei) == PC_OK);
    CHECK_STREQ(ei.code, "Unlisted");
    CHECK(!ei.modeled && ei.fault);
    pc_error_info_cleanup(&ei);
    pc_buf_cleanup(&b);
}

/* The escaper's reference: one byte at a time, as JSON (RFC 8259 §7) asks. */
static pc_err ref_string_write(pc_buf *out, const unsigned char *s, size_t len, long *n_cp,
                               int *nul) {
    size_t i;
    long n = 0;
    *nul = 0;
    pc_buf_append_char(out, '"');
    for (i = 0; i < len; i++) {
        unsigned c = s[i];
        if (c >= 0x80) {
            size_t k = pc_utf8_seq(s + i, s + len);
            if (k == 0) {
                *nul = *nul || memchr(s + i, 0, len - i) != NULL;
                *n_cp = -1;
                return PC_EVALIDATION;
            }
            pc_buf_append(out, (const char *)s + i, k);
            i += k - 1;
        } else if (c == '"' || c == '\\') {
            pc_buf_append_char(out, '\\');
            pc_buf_append_char(out, (char)c);
        } else if (c < 0x20) {
            const char *named = c == '\n'   ? "\\n"
                                : c == '\r' ? "\\r"
                                : c == '\t' ? "\\t"
                                : c == '\b' ? "\\b"
                                : c == '\f' ? "\\f"
                                            : NULL;
            if (named != NULL)
                pc_buf_append_str(out, named);
            else
                pc_buf_printf(out, "\\u%04x", c);
            if (c == 0) *nul = 1;
        } else {
            pc_buf_append_char(out, (char)c);
        }
        n++;
    }
    pc_buf_append_char(out, '"');
    *n_cp = n;
    return PC_OK;
}

/* One subject through both: the same answer, count, NUL flag and text. */
static int string_write_same(const unsigned char *s, size_t len) {
    pc_buf a, b;
    long na = 0, nb = 0;
    int nula = 0, nulb = 0, same;
    pc_err ea, eb;
    pc_buf_init(&a);
    pc_buf_init(&b);
    pc_buf_append_str(&a, "x"); /* text before: the literal is appended */
    pc_buf_append_str(&b, "x");
    ea = pc_json_string_write(&a, (const char *)s, len, &na, &nula);
    eb = ref_string_write(&b, s, len, &nb, &nulb);
    same = ea == eb && na == nb && nula == nulb &&
           (ea != PC_OK ||
            (a.len == b.len && memcmp(a.data, b.data, a.len) == 0 && a.data[a.len] == '\0'));
    pc_buf_cleanup(&a);
    pc_buf_cleanup(&b);
    return same;
}

/* The word-at-a-time escaper against the reference: every byte value at
 * every position of plain text up to 40 bytes long (so at every offset of
 * an 8-byte word and of the last, overlapping one), with a second special
 * byte at the end, and UTF-8 sequences (whole, cut, invalid) at every
 * position. */
static void test_string_write_words(void) {
    static const char *const seqs[] = {"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
                                       "\xc3",     "\xe2\x82",     "\xed\xa0\x80",
                                       "\xc0\xaf", "\xa9",         "\"\\"};
    unsigned char s[48];
    size_t len, pos, v, bad = 0, runs = 0;
    for (len = 0; len <= 40; len++)
        for (pos = 0; pos < len; pos++)
            for (v = 0; v < 256 + sizeof seqs / sizeof seqs[0]; v++) {
                int tail;
                for (tail = 0; tail <= 1; tail++) {
                    memset(s, 'a', len);
                    if (v < 256) {
                        s[pos] = (unsigned char)v;
                    } else {
                        const char *q = seqs[v - 256];
                        size_t k = strlen(q);
                        if (pos + k > len) continue;
                        memcpy(s + pos, q, k);
                    }
                    if (tail && pos + 1 < len) s[len - 1] = '\n';
                    runs++;
                    if (!string_write_same(s, len) && bad++ < 5)
                        fprintf(stderr, "string_write: len %zu, byte/seq %zu at %zu, tail %d\n",
                                len, v, pos, tail);
                }
            }
    CHECK(bad == 0 && runs > 400000);
}

/* The escaper with what validation needs of the string, in one pass. */
static void test_string_write(void) {
    pc_buf b;
    long n = 0;
    int nul = 0;
    pc_buf_init(&b);
    CHECK(pc_json_string_write(&b, "a\"b\\c\n\x01", 7, &n, &nul) == PC_OK);
    CHECK_STREQ(b.data, "\"a\\\"b\\\\c\\n\\u0001\"");
    CHECK(n == 7 && nul == 0);
    pc_buf_reset(&b);
    CHECK(pc_json_string_write(&b, "\xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80", 10, &n, &nul) == PC_OK);
    CHECK(n == 5 && nul == 0); /* code points, not bytes */
    CHECK_STREQ(b.data, "\"\xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80\"");
    pc_buf_reset(&b);
    CHECK(pc_json_string_write(&b, "a\0b", 3, &n, &nul) == PC_OK);
    CHECK(nul == 1 && n == 3);
    CHECK_STREQ(b.data, "\"a\\u0000b\"");
    pc_buf_reset(&b);
    CHECK(pc_json_string_write(&b, "ok\xc3", 3, &n, &nul) == PC_EVALIDATION && n == -1 && nul == 0);
    pc_buf_reset(&b);
    /* a NUL after the invalid byte is still reported */
    CHECK(pc_json_string_write(&b,
                               "\xff"
                               "a\0",
                               3, &n, &nul) == PC_EVALIDATION &&
          n == -1 && nul == 1);
    pc_buf_reset(&b);
    CHECK(pc_json_string_write(&b, "", 0, NULL, NULL) == PC_OK);
    CHECK_STREQ(b.data, "\"\"");
    pc_buf_cleanup(&b);
}

static void test_number_append(void) {
    pc_buf b;
    pc_buf_init(&b);
    CHECK(pc_json_int64_append(&b, 0) == PC_OK && pc_json_int64_append(&b, -42) == PC_OK);
    CHECK(pc_buf_append_char(&b, ' ') == PC_OK);
    CHECK(pc_json_int64_append(&b, (-9223372036854775807LL - 1)) == PC_OK);
    CHECK(pc_buf_append_char(&b, ' ') == PC_OK);
    CHECK(pc_json_int64_append(&b, 9223372036854775807LL) == PC_OK);
    CHECK_STREQ(b.data, "0-42 -9223372036854775808 9223372036854775807");
    pc_buf_reset(&b);
    CHECK(pc_json_number_append(&b, 1.5) == PC_OK && pc_buf_append_char(&b, ' ') == PC_OK);
    CHECK(pc_json_number_append(&b, 1e16) == PC_OK && pc_buf_append_char(&b, ' ') == PC_OK);
    CHECK(pc_json_number_append(&b, 0.1) == PC_OK && pc_buf_append_char(&b, ' ') == PC_OK);
    CHECK(pc_json_number_append(&b, NAN) == PC_OK);
    CHECK_STREQ(b.data, "1.5 10000000000000000 0.1 null");
    pc_buf_cleanup(&b);
}

/* Number text only where a double is not exact, unless asked for all. */
static void test_parse_opts(void) {
    const char *text = "{\"a\":1.0,\"b\":9007199254740993,\"c\":[2,3.5]}";
    char errbuf[PC_ERRMAX];
    cJSON *v = NULL;
    CHECK(pc_json_parse_opts(text, strlen(text), 4096, 0, &v, errbuf) == PC_OK);
    CHECK_STREQ(cJSON_GetObjectItem(v, "b")->valuestring, "9007199254740993");
    /* a big number makes the one scan attach every text */
    CHECK_STREQ(cJSON_GetObjectItem(v, "a")->valuestring, "1.0");
    cJSON_Delete(v);
    CHECK(pc_json_parse_opts("{\"a\":1.0}", 9, 4096, 0, &v, errbuf) == PC_OK);
    CHECK(cJSON_GetObjectItem(v, "a")->valuestring == NULL); /* no big number: no scan */
    cJSON_Delete(v);
    CHECK(pc_json_parse_opts("{\"a\":1.0}", 9, 4096, 1, &v, errbuf) == PC_OK);
    CHECK_STREQ(cJSON_GetObjectItem(v, "a")->valuestring, "1.0");
    cJSON_Delete(v);
    CHECK(pc_json_parse_opts("{\"a\":\"x\\u0000\"}", 15, 4096, 0, &v, errbuf) == PC_EPARSE);
    CHECK(pc_json_has_nul("\"a\\\\u0000\"", 10) == 0); /* an escaped backslash */
    CHECK(pc_json_has_nul("\"\\u0000\"", 8) == 1);
    CHECK(pc_json_has_nul("ab\\", 3) == 0);
    CHECK(pc_json_has_nul("a\0b", 3) == 1);
}

/*
 * Threads: two parse into their own arenas while a third parses and deletes
 * ordinary trees. The route goes to one parse at a time, on its own thread;
 * a tree handed to the wrong allocator shows as a wrong owned flag, a
 * damaged tree, or an ASan report (free of arena memory, a leak).
 */
#define THREAD_ROUNDS 3000
static const char thread_body[] = "{\"a\":[\"x\",\"yy\",{\"b\":\"zzz\"}],\"c\":\"end\"}";

static int tree_intact(const cJSON *v) {
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(v, "a");
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(v, "c");
    return cJSON_GetArraySize(a) == 3 && strcmp(cJSON_GetArrayItem(a, 1)->valuestring, "yy") == 0 &&
           strcmp(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(a, 2), "b")->valuestring,
                  "zzz") == 0 &&
           c != NULL && strcmp(c->valuestring, "end") == 0;
}

static void *arena_parser(void *arg) {
    int *bad = arg, i, owned;
    pc_json_arena a;
    char errbuf[PC_ERRMAX];
    cJSON *v;
    pc_json_arena_init(&a);
    for (i = 0; i < THREAD_ROUNDS; i++) {
        if (pc_json_parse_in(&a, thread_body, sizeof thread_body - 1, 4096, 0, &v, &owned,
                             errbuf) != PC_OK ||
            !tree_intact(v)) {
            (*bad)++;
            continue;
        }
        if (!owned) cJSON_Delete(v); /* the other parser held the route */
        pc_json_arena_reset(&a, 64 * 1024);
    }
    pc_json_arena_cleanup(&a);
    return NULL;
}

static void *plain_parser(void *arg) {
    int *bad = arg, i;
    for (i = 0; i < THREAD_ROUNDS; i++) {
        cJSON *v = cJSON_Parse(thread_body);
        if (v == NULL || !tree_intact(v)) (*bad)++;
        cJSON_Delete(v);
    }
    return NULL;
}

static void test_arena_threads(void) {
    pthread_t t[3];
    int bad[3] = {0, 0, 0}, i, started = 0;
    for (i = 0; i < 3; i++)
        if (pthread_create(&t[i], NULL, i < 2 ? arena_parser : plain_parser, &bad[i]) == 0)
            started++;
    CHECK(started == 3);
    for (i = 0; i < started; i++) pthread_join(t[i], NULL);
    CHECK(bad[0] == 0 && bad[1] == 0 && bad[2] == 0);
}

/* Trees parsed into an arena: no cJSON_Delete, gone with the reset. */
static void test_arena(const pc_model *m) {
    pc_json_arena a;
    char errbuf[PC_ERRMAX];
    cJSON *v = NULL;
    int owned = 0, i;
    const char *body =
        "{\"Name\":\"ab\",\"Count\":3,\"Big\":9007199254740993,\"Items\":[{\"Code\":\"aa-BB\"}]}";
    const pc_shape *resp = pc_model_shape(m, "PutThingResponse");
    pc_json_arena_init(&a);
    for (i = 0; i < 3; i++) { /* the block is reused */
        CHECK(pc_deserialize_raw(resp, body, strlen(body), 4096, &a, &v, &owned, errbuf) == PC_OK);
        CHECK(owned == 1 && cJSON_IsObject(v));
        CHECK_STREQ(cJSON_GetObjectItem(v, "Big")->valuestring, "9007199254740993");
        CHECK(cJSON_GetObjectItem(v, "Count")->valueint == 3);
        pc_json_arena_reset(&a, 64 * 1024);
    }
    /* failures leave nothing to free; an empty body is {} (malloc'd: not owned) */
    CHECK(pc_deserialize_raw(resp, "{\"a\":", 5, 4096, &a, &v, &owned, errbuf) == PC_EPARSE &&
          owned == 0);
    CHECK(pc_deserialize_raw(resp, "[1]", 3, 4096, &a, &v, &owned, errbuf) == PC_EPARSE &&
          owned == 0);
    CHECK(strstr(errbuf, "not a JSON object") != NULL);
    CHECK(pc_deserialize_raw(resp, " ", 1, 4096, &a, &v, &owned, errbuf) == PC_OK && owned == 0);
    cJSON_Delete(v);
    /* any value for a shape that is not a structure */
    CHECK(pc_deserialize_raw(pc_model_shape(m, "ItemList"), "[1]", 3, 4096, &a, &v, &owned,
                             errbuf) == PC_OK);
    CHECK(owned == 1 && cJSON_IsArray(v));
    CHECK(pc_deserialize_raw(resp, "{}", 2, 1, &a, &v, &owned, errbuf) == PC_ETOOBIG);
    { /* a tree past the first block (16 KB): new blocks, every node aligned and intact */
        size_t n = 3000, k, len = 0;
        char *big = malloc(n * 12 + 2);
        CHECK(big != NULL);
        if (big != NULL) {
            const cJSON *c;
            int sum = 0, aligned = 1;
            big[len++] = '[';
            for (k = 0; k < n; k++)
                len += (size_t)sprintf(big + len, "%s\"s%05zu\"", k ? "," : "", k);
            big[len++] = ']';
            for (i = 0; i < 2; i++) { /* the second parse reuses the kept (grown) block */
                CHECK(pc_json_parse_in(&a, big, len, len, 0, &v, &owned, errbuf) == PC_OK);
                CHECK(owned == 1 && cJSON_GetArraySize(v) == (int)n);
                cJSON_ArrayForEach(c, v) {
                    aligned &= ((uintptr_t)c % 16 == 0 && (uintptr_t)c->valuestring % 16 == 0);
                    sum += atoi(c->valuestring + 1) == sum ? 1 : 0;
                }
                CHECK(aligned && sum == (int)n);
                sum = 0;
                pc_json_arena_reset(&a, SIZE_MAX);
            }
            free(big);
        }
    }
    /* the hooks route everything else to malloc/free outside pc_json_parse_in */
    v = cJSON_Parse("{\"x\":[1,2,3]}");
    CHECK(v != NULL);
    cJSON_Delete(v);
    pc_json_arena_cleanup(&a);
    pc_json_arena_cleanup(&a); /* idempotent */
}

/* has_document: set on every shape a document is reachable from, cycles included. */
static void test_has_document(const pc_model *tiny) {
    const char *text =
        "{\"operations\":{},\"shapes\":{"
        "\"A\":{\"type\":\"structure\",\"members\":[{\"name\":\"b\",\"shape\":\"B\"}]},"
        "\"B\":{\"type\":\"structure\",\"members\":[{\"name\":\"a\",\"shape\":\"A\"},{\"name\":"
        "\"l\",\"shape\":\"L\"}]},"
        "\"L\":{\"type\":\"list\",\"member\":\"M\"},"
        "\"M\":{\"type\":\"map\",\"key\":\"S\",\"value\":\"D\"},"
        "\"D\":{\"type\":\"document\"},"
        "\"S\":{\"type\":\"string\"},"
        "\"P\":{\"type\":\"structure\",\"members\":[{\"name\":\"s\",\"shape\":\"S\"},{\"name\":"
        "\"p\",\"shape\":\"P\"}]}}}";
    cJSON *d = cJSON_Parse(text);
    char errbuf[PC_ERRMAX];
    pc_err e;
    pc_model *m = pc_model_from_json(d, &e, errbuf);
    cJSON_Delete(d);
    CHECK(m != NULL);
    if (m == NULL) return;
    CHECK(pc_model_shape(m, "A")->has_document && pc_model_shape(m, "B")->has_document);
    CHECK(pc_model_shape(m, "L")->has_document && pc_model_shape(m, "M")->has_document);
    CHECK(pc_model_shape(m, "D")->has_document);
    CHECK(!pc_model_shape(m, "S")->has_document && !pc_model_shape(m, "P")->has_document);
    CHECK(!pc_model_shape(tiny, "PutThingResponse")->has_document);
    /* member keys as bodies write them */
    CHECK_STREQ(pc_model_shape(m, "A")->members[0].json_key, "\"b\":");
    CHECK(pc_model_shape(m, "A")->members[0].json_key_len == 4);
    pc_model_free(m);
}

int main(void) {
    pc_model *m = load_tiny();
    CHECK(m != NULL);
    if (m == NULL) return check_report("test_model_codec");
    test_timestamps();
    test_print();
    test_numbers();
    test_parse_depth();
    test_sort_keys();
    test_gzip();
    test_sort_members(m);
    test_deserialize(m);
    test_tokens(m);
    test_errparse(m);
    test_string_write();
    test_string_write_words();
    test_number_append();
    test_parse_opts();
    test_arena(m);
    test_arena_threads();
    test_has_document(m);
    pc_model_free(m);
    return check_report("test_model_codec");
}
