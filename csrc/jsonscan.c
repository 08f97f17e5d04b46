/*
 * One pass over JSON text before cJSON reads it (pc_json_prescan, see
 * pc/codec.h): how deep its arrays and objects nest, and whether it holds
 * U+0000. The nesting bound keeps every recursive walk of a parsed body
 * (cJSON's parser, printer and delete, the output filter, the conversion to
 * Lua) within a small, fixed C stack whatever a server sends: cJSON's own
 * limit (CJSON_NESTING_LIMIT, 1000) needs some 200 KB of stack across those
 * walks, more than a small thread stack has. The NUL check is the one
 * pc_json_has_nul makes, folded into the same pass.
 */
#include <string.h>
#include "pc/codec.h"

int pc_json_prescan(const char *s, size_t len, int max_depth, int *has_nul) {
    size_t i;
    int depth = 0, in_string = 0;
    *has_nul = 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\0') {
            *has_nul = 1;
        } else if (in_string) {
            if (c == '"') {
                in_string = 0;
            } else if (c == '\\' && i + 1 < len) {
                if (s[i + 1] == 'u' && i + 5 < len && memcmp(s + i + 2, "0000", 4) == 0)
                    *has_nul = 1;
                i++; /* the escaped character is never a quote that ends the string */
            }
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return 1;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return 0;
}
