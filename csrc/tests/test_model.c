/*
 * Model compilation, regex translation, UTF-8 counting and validation,
 * in C without Lua. Uses spec/fixtures/models/tiny.json (run from the
 * repository root, as tools/run-tests does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "pc/codec.h"
#include "pc/model.h"
#include "pc/regex.h"
#include "pc/validate.h"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *data;
    long n;
    if (f == NULL) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = (char *)malloc((size_t)n + 1);
    if (data != NULL && fread(data, 1, (size_t)n, f) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(f);
    if (data != NULL) data[n] = '\0';
    *len = (size_t)n;
    return data;
}

static pc_model *load_tiny(void) {
    size_t len;
    char *text = slurp("spec/fixtures/models/tiny.json", &len);
    cJSON *desc = text ? cJSON_ParseWithLength(text, len) : NULL;
    char errbuf[PC_ERRMAX];
    pc_err e;
    pc_model *m = desc ? pc_model_from_json(desc, &e, errbuf) : NULL;
    cJSON_Delete(desc);
    free(text);
    return m;
}

/* Validate JSON text against a shape; returns the violation count and
 * copies the formatted message into msg. */
static size_t run(const pc_model *m, const char *shape, const char *json, pc_vmode mode, char *msg,
                  size_t msglen) {
    cJSON *v = cJSON_Parse(json);
    pc_vlist vl;
    pc_buf out;
    size_t n;
    pc_vlist_init(&vl);
    pc_buf_init(&out);
    pc_validate(pc_model_shape(m, shape), v, mode, &vl);
    pc_vlist_sort(&vl);
    pc_vlist_format(&vl, &out);
    snprintf(msg, msglen, "%s", out.data ? out.data : "");
    n = vl.n;
    pc_buf_cleanup(&out);
    pc_vlist_cleanup(&vl);
    cJSON_Delete(v);
    return n;
}

static void test_compile(const pc_model *m) {
    const pc_shape *s = pc_model_shape(m, "PutThingRequest");
    const pc_operation *op = pc_model_operation(m, "PutThing");
    CHECK(m != NULL && s != NULL && op != NULL);
    if (s == NULL || op == NULL) return; /* counted as failed above; the rest reads them */
    CHECK(s->type == PC_T_STRUCTURE && s->n_members == 15);
    /* members in model order; the name index sorted */
    CHECK_STREQ(s->members[0].name, "Name");
    CHECK_STREQ(s->members[1].name, "Token");
    CHECK_STREQ(s->members[14].name, "Matrix");
    CHECK_STREQ(s->by_name[0]->name, "Big");
    CHECK_STREQ(s->by_name[14]->name, "When");
    CHECK(pc_shape_member(s, "Matrix", 6) == &s->members[14]);
    CHECK(pc_shape_member(s, "Token", 5)->idempotency_token);
    CHECK(pc_shape_member(s, "Name", 4)->required);
    CHECK(pc_shape_member(s, "Nope", 4) == NULL);
    CHECK(pc_shape_member(s, "Name\0x", 6) == NULL);
    /* the model-order guess: the same answer whether it hits or not */
    CHECK(pc_shape_member_next(s, NULL, "Name", 4) == &s->members[0]);
    CHECK(pc_shape_member_next(s, &s->members[0], "Token", 5) == &s->members[1]);
    CHECK(pc_shape_member_next(s, &s->members[1], "Matrix", 6) == &s->members[14]);
    CHECK(pc_shape_member_next(s, &s->members[14], "Name", 4) == &s->members[0]);
    CHECK(pc_shape_member_next(s, &s->members[0], "Tok", 3) == NULL);
    CHECK(pc_shape_member_next(s, &s->members[0], "Token\0", 6) == NULL);
    CHECK(pc_shape_member_next(s, &s->members[13], "Nope", 4) == NULL);
    {
        size_t i, same = 0;
        for (i = 0; i < s->n_members; i++) {
            const pc_member *mb = &s->members[i];
            same += pc_shape_member_next(s, i ? mb - 1 : NULL, mb->name, mb->name_len) == mb &&
                    pc_shape_member_next(s, mb, mb->name, mb->name_len) == mb;
        }
        CHECK(same == s->n_members);
    }
    CHECK(op->input == s && op->n_errors == 3);
    CHECK(pc_model_operation(m, "Ping")->input == NULL);
    CHECK(pc_model_operation(m, "Missing") == NULL);
    CHECK(pc_model_shape(m, "Kind")->n_enums == 2);
    CHECK(pc_shape_has_enum(pc_model_shape(m, "Kind"), "LARGE", 5));
    CHECK(!pc_shape_has_enum(pc_model_shape(m, "Kind"), "large", 5));
    CHECK(pc_model_error_shape(m, "SlowDownException")->throttling);
    CHECK(pc_model_error_shape(m, "slowdownexception") == pc_model_shape(m, "SlowDownException"));
    CHECK(pc_model_error_shape(m, "Name") == NULL); /* not an exception */
    CHECK(pc_model_shape(m, "BrokenException")->fault);
    CHECK(pc_model_shape(m, "IsoTime")->ts_format == PC_TS_ISO8601);
    CHECK_STREQ(pc_model_metadata(m, "targetPrefix"), "Tiny");
    CHECK(pc_model_n_operations(m) == 2);
    CHECK_STREQ(pc_model_operation_at(m, 0)->name, "Ping");
}

static void test_bad_models(void) {
    const char *bad[] = {
        "[]",
        "{\"shapes\":{\"A\":{\"type\":\"nope\"}},\"operations\":{}}",
        "{\"shapes\":{\"A\":{\"type\":\"list\",\"member\":\"Missing\"}},\"operations\":{}}",
        "{\"shapes\":{},\"operations\":{\"Op\":{\"input\":\"Missing\"}}}",
        "{\"shapes\":{\"A\":{\"type\":\"string\"}},\"operations\":{\"Op\":{\"input\":\"A\"}}}",
        "{\"operations\":{}}",
    };
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cJSON *d = cJSON_Parse(bad[i]);
        char errbuf[PC_ERRMAX] = "";
        pc_err e = PC_OK;
        pc_model *m = pc_model_from_json(d, &e, errbuf);
        CHECK(m == NULL && e == PC_EMODEL && errbuf[0] != '\0');
        pc_model_free(m);
        cJSON_Delete(d);
    }
}

static void test_regex(void) {
    char out[128];
    pc_regex *re;
    CHECK(pc_regex_translate("[\\u0020-\\u007E]", out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "[\\x{20}-\\x{7E}]");
    CHECK(pc_regex_translate("\\uD83D\\uDE00", out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "\\x{1F600}");
    CHECK(pc_regex_translate("\\u{1F600}\\/\\\\u", out, sizeof out) == PC_OK);
    CHECK_STREQ(out, "\\x{1F600}\\/\\\\u");
    CHECK(pc_regex_translate("\\u12", out, sizeof out) == PC_EINVAL);
    CHECK(pc_regex_translate("abcdef", out, 4) == PC_EINVAL);
    re = pc_regex_new("[0-9]*");
    /* matches "": searching would accept anything, so it is always a full match */
    CHECK(pc_regex_match(re, "abc", 3, 0, NULL) == 0);
    CHECK(pc_regex_match(re, "abc", 3, 1, NULL) == 0);
    CHECK(pc_regex_match(re, "123", 3, 0, NULL) == 1);
    CHECK(pc_regex_match(re, "", 0, 0, NULL) == 1);
    pc_regex_free(re);
    re = pc_regex_new("(pma|rs)-[a-z0-9]{3}");
    CHECK(pc_regex_match(re, "rs-abc", 6, 1, NULL) == 1);
    CHECK(pc_regex_match(re, "xrs-abc", 7, 1, NULL) == 0);
    CHECK(pc_regex_match(re, "xrs-abc", 7, 0, NULL) == 1);
    pc_regex_free(re);
    re = pc_regex_new("[\\u00A0-\\uD7FF]+");
    CHECK(pc_regex_match(re, "\xc3\xa9", 2, 1, NULL) == 1); /* é is one code point */
    CHECK(pc_regex_match(re, "\xff", 1, 0, NULL) == -1);    /* invalid UTF-8 */
    pc_regex_free(re);
    re = pc_regex_new("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
    CHECK(pc_regex_match(re, "h\xc3\xa9llo w", 8, 1, NULL) == 1);
    pc_regex_free(re);
    /* full match is the whole value for any pattern: a top-level alternation too */
    re = pc_regex_new("ab|cd");
    CHECK(pc_regex_match(re, "ab", 2, 1, NULL) == 1);
    CHECK(pc_regex_match(re, "cd", 2, 1, NULL) == 1);
    CHECK(pc_regex_match(re, "abxx", 4, 1, NULL) == 0);
    CHECK(pc_regex_match(re, "xxcd", 4, 1, NULL) == 0);
    CHECK(pc_regex_match(re, "abcd", 4, 1, NULL) == 0);
    CHECK(pc_regex_match(re, "xxcdxx", 6, 0, NULL) == 1); /* searched */
    pc_regex_free(re);
    re = pc_regex_new("^a$|b");
    CHECK(pc_regex_match(re, "b", 1, 1, NULL) == 1);
    CHECK(pc_regex_match(re, "bb", 2, 1, NULL) == 0);
    CHECK(pc_regex_match(re, "a\n", 2, 1, NULL) == 0); /* $ is the very end */
    pc_regex_free(re);
    re = pc_regex_new("(unclosed");
    CHECK(pc_regex_match(re, "x", 1, 0, NULL) == -1);
    CHECK(pc_regex_match(re, "x", 1, 0, NULL) == -1); /* sticky */
    pc_regex_free(re);
}

/*
 * The class's ASCII fast path against PCRE2: members at and around bytes
 * 127/128, ASCII and UTF-8 mixed, runs and fixed counts across 8-byte
 * boundaries, literals compared as bytes. Every subject of up to 4 pieces
 * from a small alphabet (ASCII members and non-members, U+0080, U+00E9,
 * U+FFFD), repeated to lengths past 8 and 16 bytes, searched and in full.
 */
static void test_simple_regex_edges(void) {
    static const char *const pats[] = {
        "[\\x7F]+",
        "[\\x7E-\\x80]{7,9}",
        "[^\\x80]+",
        "[^\\x7F]{8}",
        "[\\u0080-\\u00FF]+",
        "[a-z\\u00E9]{9}x",
        "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+",
        "\\u0080[\\x7F]{3}",
        "a\xc3\xa9[a-z]{2,}",
        "^[\\x00-\\x7F]*$",
        "(ab|\xc2\x80)[^a]{1,10}",
        /* alternatives that extend another are not searched for (the shorter
         * one matches wherever they do) */
        "(x[^a]+|x)",
        "[\\x7E-\\x80]{2}(~[^b]*)?",
        "^(b|a)[^a](\\u0080)?",
        "(b|a)[^a](x)?$",
        /* anchors inside groups, empty and optional alternatives: where the
         * pruning of an extending alternative must not apply */
        "(a|^ab)",
        "(^a|ab)",
        "(x|^)a",
        "^(a|)b",
        "(|a)b",
        "(a)?(b)?",
        "x(a)?(b)?y",
        "(a|ab)$",
        "(a$|ab)",
        "(\\s|\\S)(a)?",
    };
    static const char *const alphabet[] = {
        "a", "b", "~", "\x7f", "x", "\xc2\x80", "\xc3\xa9", "\xef\xbf\xbd", " "};
    const size_t na = sizeof alphabet / sizeof alphabet[0];
    size_t p, code, reps, bad = 0, total = 0;
    for (p = 0; p < sizeof pats / sizeof pats[0]; p++) {
        pc_regex *re = pc_regex_new_engine(pats[p], 1), *pcre = pc_regex_new_engine(pats[p], 0);
        CHECK(pc_regex_is_simple(re));
        for (code = 0; code < na * na * na * na; code++) {
            for (reps = 1; reps <= 5; reps += 2) {
                char subject[256];
                size_t len = 0, r, k, c;
                for (r = 0; r < reps; r++)
                    for (k = 0, c = code; k < 4; k++, c /= na) {
                        size_t l = strlen(alphabet[c % na]);
                        memcpy(subject + len, alphabet[c % na], l);
                        len += l;
                    }
                for (k = 0; k <= 1; k++) {
                    int a = pc_regex_match(re, subject, len, (int)k, NULL);
                    int b = pc_regex_match(pcre, subject, len, (int)k, NULL);
                    total++;
                    if (a != b && bad++ < 5)
                        fprintf(stderr,
                                "simple regex edge: %s on \"%.*s\" (full %d): %d, PCRE2 %d\n",
                                pats[p], (int)len, subject, (int)k, a, b);
                }
            }
        }
        pc_regex_free(re);
        pc_regex_free(pcre);
    }
    CHECK(bad == 0 && total > 100000);
}

static void test_utf8(void) {
    CHECK(pc_utf8_count("abc", 3) == 3);
    CHECK(pc_utf8_count("\xc3\xa9t\xc3\xa9", 5) == 3);
    CHECK(pc_utf8_count("\xf0\x9f\x98\x80", 4) == 1);
    CHECK(pc_utf8_count("\xc3", 1) == -1);             /* truncated */
    CHECK(pc_utf8_count("\xc0\xaf", 2) == -1);         /* overlong */
    CHECK(pc_utf8_count("\xed\xa0\x80", 3) == -1);     /* surrogate */
    CHECK(pc_utf8_count("\xf4\x90\x80\x80", 4) == -1); /* > U+10FFFF */
    CHECK(pc_utf8_count("", 0) == 0);
}

static void test_validate(const pc_model *m) {
    char msg[2048];
    size_t n;
    n = run(m, "PutThingRequest", "{\"Name\":\"abc\",\"Token\":\"t-1\"}", PC_VMODE_DEFAULT, msg,
            sizeof msg);
    CHECK(n == 0);
    n = run(m, "PutThingRequest", "{}", PC_VMODE_DEFAULT, msg, sizeof msg);
    CHECK(n == 2);
    CHECK(strstr(msg, "Name: required member is missing") != NULL);
    CHECK(strstr(msg, "Token: required member is missing") != NULL);
    n = run(m, "PutThingRequest",
            "{\"Name\":\"a\",\"Token\":\"t\",\"Count\":1.5,\"Bogus\":1,\"Kind\":\"HUGE\","
            "\"Items\":[{\"Code\":\"en-US\"},{\"Note\":\"x\"}],\"Tags\":{\"k\":\"01234567890\"},"
            "\"Choice\":{\"A\":\"ab\",\"B\":2},\"Secret\":\"12345\",\"Ratio\":2,\"Big\":-1}",
            PC_VMODE_DEFAULT, msg, sizeof msg);
    CHECK(n == 9);
    CHECK(strstr(msg, "validation failed: 9 violations") == msg);
    CHECK(strstr(msg, "\nName: 1 character, fewer than the minimum 2") != NULL);
    CHECK(strstr(msg, "\nCount: integer expected") != NULL);
    CHECK(strstr(msg, "\nBogus: unknown member of PutThingRequest") != NULL);
    CHECK(strstr(msg, "\nItems[2].Code: required member is missing") != NULL);
    CHECK(strstr(msg, "\nTags[\"k\"]: 11 characters, more than the maximum 10") != NULL);
    CHECK(strstr(msg, "\nChoice: union Choice needs exactly one member set, found 2") != NULL);
    CHECK(strstr(msg, "\nSecret: 5 characters") != NULL);
    CHECK(strstr(msg, "12345") == NULL); /* sensitive value never shown */
    CHECK(strstr(msg, "\nRatio: value 2 is greater than the maximum 1") != NULL);
    CHECK(strstr(msg, "\nBig: value -1 is less than the minimum 0") != NULL);
    CHECK(strstr(msg, "HUGE") == NULL); /* enums: not enforced by default */
    n = run(m, "PutThingRequest", "{\"Name\":\"abc\",\"Token\":\"t\",\"Kind\":\"HUGE\"}",
            PC_VMODE_STRICT, msg, sizeof msg);
    CHECK(n == 1 &&
          strstr(msg, "Kind: value is not one of the enum values of Kind: LARGE, SMALL") != NULL);
    n = run(m, "PutThingRequest",
            "{\"Name\":\"abc\",\"Token\":\"t\",\"Items\":[{\"Code\":\"xen-USx\"}]}",
            PC_VMODE_DEFAULT, msg, sizeof msg);
    CHECK(n == 0); /* pattern searched */
    n = run(m, "PutThingRequest",
            "{\"Name\":\"abc\",\"Token\":\"t\",\"Items\":[{\"Code\":\"xen-USx\"}]}",
            PC_VMODE_STRICT, msg, sizeof msg);
    CHECK(n == 1 && strstr(msg, "Items[1].Code: value does not fully match") != NULL);
    n = run(m, "PutThingRequest", "{\"Name\":\"abc\",\"Token\":\"t\",\"Items\":[],\"Choice\":{}}",
            PC_VMODE_DEFAULT, msg, sizeof msg);
    CHECK(n == 2 && strstr(msg, "Items: 0 items, fewer than the minimum 1") != NULL);
    CHECK(strstr(msg, "found 0") != NULL);
    n = run(m, "PutThingRequest",
            "{\"Name\":\"ab\",\"Token\":\"t\",\"When\":\"yesterday\",\"Epoch\":12.5}",
            PC_VMODE_DEFAULT, msg, sizeof msg);
    CHECK(n == 1 && strstr(msg, "When: timestamp (epoch seconds or ISO 8601) expected") != NULL);
    n = run(m, "PutThingRequest",
            "{\"Name\":\"\\u00e9\\u00e9\",\"Token\":\"t\",\"Count\":2147483648}", PC_VMODE_DEFAULT,
            msg, sizeof msg);
    CHECK(n == 1 && strstr(msg, "Count: integer out of the 32-bit range") != NULL);
    n = run(m, "PutThingRequest", "[1]", PC_VMODE_DEFAULT, msg, sizeof msg);
    CHECK(n == 1 && strstr(msg, "input: table expected (shape PutThingRequest), got list") != NULL);
    n = run(m, "PutThingRequest", "{}", PC_VMODE_OFF, msg, sizeof msg);
    CHECK(n == 0);
    n = run(m, "PutThingRequest", "{\"Name\":null,\"Token\":\"t\"}", PC_VMODE_DEFAULT, msg,
            sizeof msg);
    CHECK(n == 0); /* null = reported by the builder */
}

/* Simple patterns are matched without PCRE2, with PCRE2's answers. */
static void test_simple_regex(void) {
    static const struct {
        const char *pat;
        int simple;
        const char *subject;
        int search, full;
    } cases[] = {
        {"[a-zA-Z0-9-]+", 1, "ab_c", 1, 0},
        {"[a-zA-Z0-9-]+", 1, "__", 0, 0},
        {"[A-Za-z0-9-_]+", 1, "a-b_c", 1, 1}, /* '-' after a range is a character */
        {"[a-z]{2}-[A-Z]{2}", 1, "en-US", 1, 1},
        {"[a-z]{2}-[A-Z]{2}", 1, "xen-USx", 1, 0},
        {"[a-z]{2}-[A-Z]{2}", 1, "e-US", 0, 0},
        {"partner-[A-Za-z0-9]{13}", 1, "partner-abcdefghij123", 1, 1},
        {"partner-[A-Za-z0-9]{13}", 1, "xx partner-abcdefghij1234", 1, 0},
        {"partner-[A-Za-z0-9]{13}", 1, "partner-abc", 0, 0},
        {"[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+", 1, "caf\xc3\xa9", 1, 1},
        {"[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+", 1, "a\nb", 1, 0},
        {"[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+", 1, "\xf0\x9f\x98\x80", 0,
         0},                                         /* beyond U+FFFF */
        {"[^\\x00-\\x1F\\x7F]*", 1, "ok\x01", 0, 0}, /* vacuous: always in full */
        {"[^\\x00-\\x1F\\x7F]*", 1, "", 1, 1},
        {"[A-Z0-9]{1,3}", 1, "ABCD", 1, 0},
        {"^[a-z\xc3\xa9]+$", 1, "\xc3\xa9t\xc3\xa9", 1, 1},
        {"^[a-z\xc3\xa9]+$", 1, "\xc3\xa9t\xc3\xa9!", 0, 0},
        {"\\d{2}\\s\\S", 1, "x12 yz", 1, 0},
        {"[a-z]{3}", 1, "ab", 0, 0}, /* the run ends with the subject */
        {"[a-z]{3}", 1, "a1abc", 1, 0},
        {"[\\S]+", 0, "x", 1, 1}, /* left to PCRE2 */
        /* a variable count in the middle: before a literal it cannot take, or PCRE2's */
        {"arn:[a-z-]+:x", 1, "arn:a-b:x", 1, 1},
        {"arn:[a-z-]+:x", 1, "arn::x", 0, 0},
        {"arn:[a-z-]+:x", 1, "arn:a:b:x", 0, 0},
        {"arn:[a-z:-]+:x", 0, "arn:a:b:x", 1, 1},
        {"[a-z]+b", 0, "ab", 1, 1},
        /* alternations and optional groups: expanded into sequences */
        {"(pma|rs)-x", 1, "rs-x", 1, 1},
        {"(pma|rs)-x", 1, "pmars-x", 1, 0},
        {"(?:pma|rs)-x", 1, "pma-x", 1, 1},
        {"(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/"
         "[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})",
         1,
         "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
         1, 1},
        {"(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?", 1, "https://a.example/x?y", 1, 1},
        {"(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?", 1, "HTTPS://a.example", 1, 1},
        {"(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?", 1, "see https://a b", 1, 0},
        {"(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?", 1, "Https://a", 0, 0},
        {"(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?", 1, "https:///a", 0, 0},
        {"a(b|)c", 1, "ac", 1, 1},
        {"(a|b)+", 0, "ab", 1, 1},     /* a counted group */
        {"((a|b)c)", 0, "bc", 1, 1},   /* a group in a group */
        {"(?=a)a", 0, "a", 1, 1},      /* lookahead */
        {"(a|b\\x)41", 0, "bA", 0, 0}, /* \x reads on: "b\\x41" would take "bA" */
        {"(a|b", 0, "a", -1, -1},      /* unbalanced: a PCRE2 error */
        /* a group in a count: "{" then no count, characters to PCRE2 */
        {"[a]{(2)}", 0, "a{2}", 1, 1},
        {"[a]{(2)}", 0, "aa", 0, 0},
        {"\\d{1(,)3}", 0, "1{1,3}", 1, 1},
        {"[a]{2(})", 0, "aa", 0, 0},
        {"[a]{(1|2)}", 0, "a{1}", 1, 1},
        /* invalid UTF-8 in the pattern is PCRE2's error, even when a seam
         * would join the bytes into a character */
        {"(a\xd0)\xa3", 0, "a\xd0\xa3", -1, -1},
        /* nor do two halves of a surrogate pair (PCRE2: a lone surrogate) */
        {"(\\uD83D)\\uDE00", 0, "\xf0\x9f\x98\x80", -1, -1},
        {"(a|\\uD83D)\\uDE00", 0, "a", -1, -1},
        {"\\v", 0, "\n", 1, 1},   /* \v is a class in PCRE2 */
        {"[::]", 0, ":", -1, -1}, /* POSIX syntax: a PCRE2 error */
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pc_regex *re = pc_regex_new(cases[i].pat);
        size_t n = strlen(cases[i].subject);
        int ok = pc_regex_is_simple(re) == cases[i].simple &&
                 pc_regex_match(re, cases[i].subject, n, 0, NULL) == cases[i].search &&
                 pc_regex_match(re, cases[i].subject, n, 1, NULL) == cases[i].full;
        if (!ok)
            fprintf(stderr, "simple regex case %zu: %s on \"%s\"\n", i, cases[i].pat,
                    cases[i].subject);
        CHECK(ok);
        pc_regex_free(re);
    }
    /* *, + and {m,} have no upper bound: past 65535 code points too, as PCRE2 */
    {
        static const char *const pats[] = {"^[a-z]+$", "[a-z]+", "[a-z]{2,}", "[a-z]*", "x[a-z]*"};
        size_t n = 70000, k;
        char *big = (char *)malloc(n);
        CHECK(big != NULL);
        if (big == NULL) return; /* counted as failed above */
        memset(big, 'a', n);
        big[0] = 'x';
        for (k = 0; k < sizeof pats / sizeof pats[0]; k++) {
            pc_regex *re = pc_regex_new(pats[k]), *pcre = pc_regex_new_engine(pats[k], 0);
            const char *subject = k == 4 ? big : big + 1;
            size_t len = k == 4 ? n : n - 1;
            int full = pc_regex_match(re, subject, len, 1, NULL);
            if (full != 1)
                fprintf(stderr, "simple regex %s on %zu code points: %d\n", pats[k], len, full);
            CHECK(pc_regex_is_simple(re) && full == 1 &&
                  pc_regex_match(pcre, subject, len, 1, NULL) == 1);
            CHECK(pc_regex_match(re, subject, len, 0, NULL) == 1);
            pc_regex_free(re);
            pc_regex_free(pcre);
        }
        free(big);
    }
    /* invalid UTF-8 is an error, as PCRE2's UTF check */
    {
        pc_regex *re = pc_regex_new("[a-z]+");
        CHECK(pc_regex_is_simple(re) && pc_regex_match(re, "a\xff", 2, 0, NULL) == -1);
        pc_regex_free(re);
    }
}

/* The per-value checks the binding's encoder shares with pc_validate. */
static void test_checks(const pc_model *m) {
    pc_vlist vl;
    pc_buf path, out;
    pc_vctx c;
    size_t old;
    pc_vlist_init(&vl);
    pc_buf_init(&path);
    pc_buf_init(&out);
    c.mode = PC_VMODE_STRICT;
    c.path = &path;
    c.out = &vl;
    c.frames = NULL;
    old = pc_path_push_member(&path, "Items", 5);
    pc_path_push_index(&path, 12);
    CHECK_STREQ(path.data, "Items[12]");
    pc_path_pop(&path, old);
    CHECK(path.len == 0);
    pc_path_push_member(&path, "Name", 4);
    pc_check_string(&c, pc_model_shape(m, "Name"), "A", 1, 1); /* min 2, ^[a-zé]+$ */
    CHECK(vl.n == 2 && vl.items[0].kind == PC_V_MIN && vl.items[1].kind == PC_V_PATTERN);
    pc_check_string(&c, pc_model_shape(m, "Name"), "\xff", 1, -1);
    CHECK(vl.n == 3 && vl.items[2].kind == PC_V_TYPE);
    CHECK_STREQ(vl.items[2].message, "string is not valid UTF-8");
    pc_check_string(&c, pc_model_shape(m, "Kind"), "TINY", 4, 4); /* strict: enums */
    CHECK(vl.n == 4 && vl.items[3].kind == PC_V_ENUM);
    pc_check_int64(&c, pc_model_shape(m, "Count"), 2147483648LL);
    CHECK(vl.n == 5 && strstr(vl.items[4].message, "32-bit") != NULL);
    pc_check_int64(&c, pc_model_shape(m, "Count"), 101);
    CHECK(vl.n == 6 && vl.items[5].kind == PC_V_MAX);
    pc_check_int64(&c, pc_model_shape(m, "Big"), 9007199254740993LL); /* long: no 32-bit limit */
    CHECK(vl.n == 6);
    pc_check_count(&c, pc_model_shape(m, "ItemList"), 4, "items");
    CHECK(vl.n == 7 && strstr(vl.items[6].message, "4 items, more than the maximum 3") != NULL);
    pc_check_union(&c, pc_model_shape(m, "Choice"), 2);
    pc_check_union(&c, pc_model_shape(m, "Choice"), 1);
    CHECK(vl.n == 8 && vl.items[7].kind == PC_V_UNION);
    pc_check_required_missing(&c);
    CHECK(vl.n == 9 && vl.items[8].kind == PC_V_REQUIRED);
    CHECK_STREQ(vl.items[8].path, "Name");
    pc_vlist_mark_key(&vl, 7);
    CHECK(strncmp(vl.items[7].message, "key: union", 10) == 0);
    CHECK_STREQ(vl.items[8].message, "key: required member is missing");
    CHECK(strncmp(vl.items[6].message, "4 items", 7) == 0);
    pc_buf_cleanup(&out);
    pc_buf_cleanup(&path);
    pc_vlist_cleanup(&vl);
}

/* The encoder's path as frames: the text is built when a check records a
 * violation, the same text as the pc_path_push_* forms give. */
static void test_path_frames(const pc_model *m) {
    pc_vlist vl;
    pc_buf path, want;
    pc_path_frame store[4];
    pc_path_frames fr;
    pc_vctx c;
    size_t old;
    pc_vlist_init(&vl);
    pc_buf_init(&path);
    pc_buf_init(&want);
    fr.f = store;
    fr.n = 0;
    fr.cap = 4;
    c.mode = PC_VMODE_DEFAULT;
    c.path = &path;
    c.out = &vl;
    c.frames = &fr;
    CHECK_STREQ(pc_vctx_path(&c), "input");
    pc_frames_push(&fr, "Items", 5, 0);
    pc_frames_push(&fr, NULL, 12, 0);
    old = pc_frames_push(&fr, "a\"b\n", 4, 1); /* a map key, escaped */
    pc_frames_push(&fr, "Name", 4, 0);
    pc_check_string(&c, pc_model_shape(m, "Name"), "A", 1, 1); /* 2 violations */
    pc_path_push_member(&want, "Items", 5);
    pc_path_push_index(&want, 12);
    pc_path_push_key(&want, "a\"b\n", 4);
    pc_path_push_member(&want, "Name", 4);
    CHECK(vl.n == 2);
    if (vl.n == 2) {
        CHECK_STREQ(vl.items[0].path, want.data);
        CHECK_STREQ(vl.items[1].path, "Items[12][\"a\\\"b\\x0a\"].Name");
    }
    pc_frames_pop(&fr, old);
    pc_check_required_missing(&c);
    CHECK(vl.n == 3 && strcmp(vl.items[2].path, "Items[12]") == 0);
    pc_frames_push(&fr, "x", 1, 0);
    pc_frames_push(&fr, "y", 1, 0);
    pc_frames_push(&fr, "past the cap", 12, 0); /* counted, not kept */
    CHECK(fr.n == 5 && strcmp(pc_vctx_path(&c), "Items[12].x.y") == 0);
    pc_buf_cleanup(&want);
    pc_buf_cleanup(&path);
    pc_vlist_cleanup(&vl);
}

int main(void) {
    pc_model *m = load_tiny();
    CHECK(m != NULL);
    if (m == NULL) return check_report("test_model");
    test_compile(m);
    test_bad_models();
    test_regex();
    test_simple_regex();
    test_simple_regex_edges();
    test_utf8();
    test_validate(m);
    test_checks(m);
    test_path_frames(m);
    pc_model_free(m);
    return check_report("test_model");
}
