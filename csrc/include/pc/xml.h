#ifndef PC_XML_H
#define PC_XML_H
/*
 * Small XML reader over libexpat for the few XML documents the library reads
 * (STS query-protocol answers): the text of named elements, nothing more.
 * No DOM, no DTD (a document with a DOCTYPE is refused, so no entity tricks),
 * bounded size and depth. Namespace prefixes are ignored ("sts:Code" is "Code").
 */
#include <stddef.h>
#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif
#include "pc/buf.h"
#include "pc/err.h"

#define PC_XML_MAX_DEPTH  64
#define PC_XML_MAX_FIELDS 16

typedef struct pc_xml_field {
    const char *name; /* local element name to look for */
    pc_buf *value;    /* caller-initialised; receives the text of the first match */
    int found;        /* set to 1 when an element of that name was seen */
} pc_xml_field;

/*
 * Parses the whole document (it must be well formed) and fills each field with
 * the character data of the first element of that name, descendants' text
 * included. With `within` (may be NULL) only elements that have an ancestor
 * named `within` count, e.g. ("Error", {"Code", "Message"}) for an error answer.
 * Returns PC_OK, PC_EPARSE (message in errbuf: line and expat's reason, never
 * document text), PC_ETOOBIG (len > max_len) or PC_EINVAL/PC_ENOMEM.
 */
pc_err pc_xml_fields(const char *xml, size_t len, size_t max_len, const char *within,
                     pc_xml_field *fields, size_t n, char *errbuf);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#endif
