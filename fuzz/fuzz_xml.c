/*
 * pc_xml_fields over arbitrary bytes: the STS credential fields, then the
 * <Error> Code/Message of an error answer (the two calls the credentials
 * providers make on every STS body).
 */
#include <stddef.h>
#include <stdint.h>
#include "pc/xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *names[] = {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"};
    pc_xml_field f[4];
    pc_buf v[4];
    char errbuf[PC_ERRMAX];
    size_t i;
    for (i = 0; i < 4; i++) {
        pc_buf_init(&v[i]);
        f[i].name = names[i];
        f[i].value = &v[i];
    }
    (void)pc_xml_fields((const char *)data, size, 1 << 16, NULL, f, 4, errbuf);
    f[0].name = "Code";
    f[1].name = "Message";
    for (i = 0; i < 2; i++) pc_buf_reset(&v[i]);
    (void)pc_xml_fields((const char *)data, size, 1 << 16, "Error", f, 2, errbuf);
    for (i = 0; i < 4; i++) pc_buf_cleanup(&v[i]);
    return 0;
}
