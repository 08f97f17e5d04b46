/* Tests of the growable buffer and the error-code table. */
#include <stdlib.h>
#include "check.h"
#include "pc/buf.h"
#include "pc/err.h"

int main(void) {
    pc_buf b;
    char errbuf[PC_ERRMAX];
    int i;
    pc_err rc;
    pc_buf_init(&b);
    CHECK(pc_buf_append_str(&b, "abc") == PC_OK);
    CHECK(b.len == 3);
    CHECK_STREQ(b.data, "abc");
    rc = PC_OK;
    for (i = 0; i < 1000 && rc == PC_OK; i++) rc = pc_buf_append_char(&b, 'x');
    CHECK(rc == PC_OK && b.len == 1003);
    CHECK(pc_buf_printf(&b, "%d-%s", 42, "z") == PC_OK);
    CHECK_STREQ(b.data + 1003, "42-z");
    pc_buf_reset(&b);
    CHECK(b.len == 0);
    CHECK(pc_buf_append(&b, "a\0b", 3) == PC_OK && b.len == 3 && b.data[1] == '\0');
    pc_buf_cleanup_secure(&b);
    CHECK(b.data == NULL && b.cap == 0);
    CHECK(pc_buf_reserve(&b, (size_t)-1) == PC_ENOMEM);
    pc_buf_cleanup(&b);

    /* growth (malloc + copy + wipe of the old block) keeps every byte,
     * binary ones included, across many doublings */
    pc_buf_init(&b);
    rc = PC_OK;
    for (i = 0; i < 100000 && rc == PC_OK; i++) rc = pc_buf_append_char(&b, (char)(i * 7 % 256));
    CHECK(rc == PC_OK && b.len == 100000 && b.cap > b.len && b.data[b.len] == '\0');
    for (i = 0; i < 100000; i++)
        if (b.data[i] != (char)(i * 7 % 256)) break;
    CHECK(i == 100000);
    {
        size_t cap = b.cap;
        CHECK(pc_buf_reserve(&b, cap) == PC_OK && b.cap > cap); /* explicit growth */
        CHECK(b.len == 100000 && b.data[99999] == (char)(99999 * 7 % 256));
    }
    pc_buf_cleanup_secure(&b);

    CHECK_STREQ(pc_err_code(PC_EPARSE), "EPARSE");
    CHECK_STREQ(pc_err_code((pc_err)9999), "EUNKNOWN");
    CHECK(pc_err_set(errbuf, PC_EVALIDATION, "bad %s", "x") == PC_EVALIDATION);
    CHECK_STREQ(errbuf, "bad x");
    return check_report("test_buf");
}
