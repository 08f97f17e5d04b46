/*
 * pc_xml_fields: named element text out of an XML document, with libexpat
 * doing the parsing (never a hand-written XML parser). The handlers keep a
 * small state: the current depth, the depth at which `within` was entered,
 * and which field (if any) is collecting text right now.
 */
#include <string.h>
#include <expat.h>
#include "pc/xml.h"

typedef struct xml_state {
    XML_Parser p;
    const char *within;
    pc_xml_field *fields;
    size_t n;
    int depth;
    int within_depth;  /* depth of the open `within` element, 0 when outside */
    int collect;       /* index+1 of the field collecting text, 0 when none */
    int collect_depth; /* depth of the element whose text is collected */
    pc_err err;        /* set by a handler that stopped the parser */
    const char *why;
} xml_state;

/* "ns:Name" and "uri Name" (never produced without XML_ParserCreateNS) -> "Name" */
static const char *local_name(const char *name) {
    const char *c = strrchr(name, ':');
    return c != NULL ? c + 1 : name;
}

static void stop(xml_state *st, pc_err e, const char *why) {
    if (st->err == PC_OK) {
        st->err = e;
        st->why = why;
    }
    XML_StopParser(st->p, XML_FALSE);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **attrs) {
    xml_state *st = (xml_state *)ud;
    const char *ln = local_name(name);
    size_t i;
    (void)attrs;
    st->depth++;
    if (st->depth > PC_XML_MAX_DEPTH) {
        stop(st, PC_EPARSE, "nesting too deep");
        return;
    }
    if (st->within != NULL && st->within_depth == 0 && strcmp(ln, st->within) == 0) {
        st->within_depth = st->depth;
        return;
    }
    if (st->collect != 0) return; /* inside a field: its children's text is part of it */
    if (st->within != NULL && st->within_depth == 0) return;
    for (i = 0; i < st->n; i++) {
        if (!st->fields[i].found && strcmp(ln, st->fields[i].name) == 0) {
            st->fields[i].found = 1;
            st->collect = (int)i + 1;
            st->collect_depth = st->depth;
            return;
        }
    }
}

static void XMLCALL on_end(void *ud, const XML_Char *name) {
    xml_state *st = (xml_state *)ud;
    (void)name;
    if (st->collect != 0 && st->depth == st->collect_depth) st->collect = 0;
    if (st->within_depth == st->depth) st->within_depth = 0;
    st->depth--;
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len) {
    xml_state *st = (xml_state *)ud;
    if (st->collect == 0 || len <= 0) return;
    if (pc_buf_append(st->fields[st->collect - 1].value, s, (size_t)len) != PC_OK)
        stop(st, PC_ENOMEM, "out of memory");
}

/* A DTD could declare entities (billion laughs): the answers we read never have one. */
static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                               const XML_Char *pubid, int has_internal) {
    (void)name;
    (void)sysid;
    (void)pubid;
    (void)has_internal;
    stop((xml_state *)ud, PC_EPARSE, "a DOCTYPE is not allowed");
}

pc_err pc_xml_fields(const char *xml, size_t len, size_t max_len, const char *within,
                     pc_xml_field *fields, size_t n, char *errbuf) {
    xml_state st;
    enum XML_Status rc;
    size_t i;
    if (xml == NULL || (n > 0 && fields == NULL) || n > PC_XML_MAX_FIELDS)
        return pc_err_set(errbuf, PC_EINVAL, "xml: bad arguments");
    if (len > max_len)
        return pc_err_set(errbuf, PC_ETOOBIG, "xml: document of %zu bytes is over %zu", len,
                          max_len);
    if (len > (size_t)0x7fffffff) return pc_err_set(errbuf, PC_ETOOBIG, "xml: document too large");
    for (i = 0; i < n; i++) {
        if (fields[i].name == NULL || fields[i].value == NULL)
            return pc_err_set(errbuf, PC_EINVAL, "xml: field %zu has no name or buffer", i);
        fields[i].found = 0;
    }
    memset(&st, 0, sizeof st);
    st.within = within;
    st.fields = fields;
    st.n = n;
    st.err = PC_OK;
    st.p = XML_ParserCreate("UTF-8");
    if (st.p == NULL) return pc_err_set(errbuf, PC_ENOMEM, "xml: cannot create a parser");
    XML_SetUserData(st.p, &st);
    XML_SetElementHandler(st.p, on_start, on_end);
    XML_SetCharacterDataHandler(st.p, on_text);
    XML_SetStartDoctypeDeclHandler(st.p, on_doctype);
    rc = XML_Parse(st.p, xml, (int)len, XML_TRUE);
    if (st.err != PC_OK) {
        unsigned long line = (unsigned long)XML_GetCurrentLineNumber(st.p);
        XML_ParserFree(st.p);
        return pc_err_set(errbuf, st.err, "xml: line %lu: %s", line, st.why);
    }
    if (rc != XML_STATUS_OK) {
        unsigned long line = (unsigned long)XML_GetCurrentLineNumber(st.p);
        const char *why = XML_ErrorString(XML_GetErrorCode(st.p));
        XML_ParserFree(st.p);
        return pc_err_set(errbuf, PC_EPARSE, "xml: line %lu: %s", line,
                          why != NULL ? why : "malformed");
    }
    XML_ParserFree(st.p);
    return PC_OK;
}
