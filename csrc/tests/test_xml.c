/* pc_xml_fields: STS-shaped answers, error documents, and refused input. */
#include <stdlib.h>
#include "check.h"
#include "pc/xml.h"

#define MAXLEN (1u << 20)

static const char OK_DOC[] =
    "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
    "  <AssumeRoleResult>\n"
    "    <Credentials>\n"
    "      <AccessKeyId>ASIAEXAMPLE</AccessKeyId>\n"
    "      <SecretAccessKey>sec/ret+&amp;&lt;x&gt;</SecretAccessKey>\n"
    "      <SessionToken><![CDATA[tok]]>en</SessionToken>\n"
    "      <Expiration>2026-11-29T20:00:00Z</Expiration>\n"
    "    </Credentials>\n"
    "  </AssumeRoleResult>\n"
    "</AssumeRoleResponse>\n";

static const char ERR_DOC[] =
    "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
    "<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not allowed</Message></Error>"
    "<RequestId>r-1</RequestId></ErrorResponse>";

/* runs one parse with up to 4 names; values land in v[] */
static pc_err run(const char *doc, size_t len, const char *within, const char **names, size_t n,
                  pc_buf *v, int *found) {
    pc_xml_field f[4];
    char errbuf[PC_ERRMAX];
    size_t i;
    pc_err e;
    for (i = 0; i < n; i++) {
        pc_buf_init(&v[i]);
        f[i].name = names[i];
        f[i].value = &v[i];
    }
    e = pc_xml_fields(doc, len, MAXLEN, within, f, n, errbuf);
    for (i = 0; i < n; i++) found[i] = f[i].found;
    return e;
}

static void cleanup(pc_buf *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) pc_buf_cleanup(&v[i]);
}

static void test_success(void) {
    const char *names[] = {"AccessKeyId", "SecretAccessKey", "SessionToken", "Missing"};
    pc_buf v[4];
    int found[4];
    CHECK(run(OK_DOC, sizeof OK_DOC - 1, NULL, names, 4, v, found) == PC_OK);
    CHECK(found[0] && found[1] && found[2] && !found[3]);
    CHECK_STREQ(v[0].data, "ASIAEXAMPLE");
    CHECK_STREQ(v[1].data, "sec/ret+&<x>"); /* entities and CDATA decoded by expat */
    CHECK_STREQ(v[2].data, "token");
    cleanup(v, 4);
}

static void test_within(void) {
    const char *names[] = {"Code", "Message"};
    pc_buf v[2];
    int found[2];
    CHECK(run(ERR_DOC, sizeof ERR_DOC - 1, "Error", names, 2, v, found) == PC_OK);
    CHECK(found[0] && found[1]);
    CHECK_STREQ(v[0].data, "AccessDenied");
    CHECK_STREQ(v[1].data, "not allowed");
    cleanup(v, 2);
    /* a success document has no <Error>: nothing found, and that is not an error */
    CHECK(run(OK_DOC, sizeof OK_DOC - 1, "Error", names, 2, v, found) == PC_OK);
    CHECK(!found[0] && !found[1]);
    cleanup(v, 2);
    { /* prefixes are ignored; a Code outside Error does not count */
        static const char d[] =
            "<a:R xmlns:a=\"u\"><a:Code>no</a:Code><a:Error><a:Code>yes</a:Code></a:Error></a:R>";
        CHECK(run(d, sizeof d - 1, "Error", names, 2, v, found) == PC_OK);
        CHECK(found[0] && !found[1]);
        CHECK_STREQ(v[0].data, "yes");
        cleanup(v, 2);
    }
}

static void test_refused(void) {
    const char *names[] = {"A"};
    pc_buf v[1];
    int found[1];
    static const char trunc[] = "<R><A>x</A>";
    static const char mism[] = "<R><A>x</B></R>";
    static const char dtd[] = "<!DOCTYPE R [<!ENTITY e \"boom\">]><R><A>&e;</A></R>";
    static const char junk[] = "not xml at all";
    CHECK(run(trunc, sizeof trunc - 1, NULL, names, 1, v, found) == PC_EPARSE);
    cleanup(v, 1);
    CHECK(run(mism, sizeof mism - 1, NULL, names, 1, v, found) == PC_EPARSE);
    cleanup(v, 1);
    CHECK(run(dtd, sizeof dtd - 1, NULL, names, 1, v, found) == PC_EPARSE);
    cleanup(v, 1);
    CHECK(run(junk, sizeof junk - 1, NULL, names, 1, v, found) == PC_EPARSE);
    cleanup(v, 1);
    CHECK(run("", 0, NULL, names, 1, v, found) == PC_EPARSE);
    cleanup(v, 1);
    { /* depth bound */
        size_t depth = PC_XML_MAX_DEPTH + 1, i, o = 0;
        char *d = malloc(depth * 7 + 1);
        for (i = 0; i < depth; i++) {
            memcpy(d + o, "<A>", 3);
            o += 3;
        }
        for (i = 0; i < depth; i++) {
            memcpy(d + o, "</A>", 4);
            o += 4;
        }
        CHECK(run(d, o, NULL, names, 1, v, found) == PC_EPARSE);
        cleanup(v, 1);
        free(d);
    }
    { /* size bound and arguments */
        pc_xml_field f[1];
        char errbuf[PC_ERRMAX];
        pc_buf_init(&v[0]);
        f[0].name = "A";
        f[0].value = &v[0];
        CHECK(pc_xml_fields(OK_DOC, sizeof OK_DOC - 1, 10, NULL, f, 1, errbuf) == PC_ETOOBIG);
        CHECK(pc_xml_fields(OK_DOC, sizeof OK_DOC - 1, MAXLEN, NULL, f, PC_XML_MAX_FIELDS + 1,
                            errbuf) == PC_EINVAL);
        f[0].value = NULL;
        CHECK(pc_xml_fields(OK_DOC, sizeof OK_DOC - 1, MAXLEN, NULL, f, 1, errbuf) == PC_EINVAL);
        pc_buf_cleanup(&v[0]);
    }
}

int main(void) {
    test_success();
    test_within();
    test_refused();
    return check_report("test_xml");
}
