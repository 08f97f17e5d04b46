#ifndef PC_FUZZ_MODEL_COMMON_H
#define PC_FUZZ_MODEL_COMMON_H
/*
 * Shared by the model fuzz targets: the fixture model that has every shape
 * kind (spec/fixtures/models/tiny.json), compiled once. tools/run-fuzz runs
 * the targets from the repository root; PC_FUZZ_MODEL overrides the path.
 */
#include <stdio.h>
#include <stdlib.h>
#include "pc/model.h"

static pc_model *fuzz_model(void) {
    static pc_model *m;
    const char *path = getenv("PC_FUZZ_MODEL");
    FILE *f;
    char *buf;
    size_t n;
    cJSON *d;
    pc_err e;
    char errbuf[PC_ERRMAX];
    if (m != NULL) return m;
    f = fopen(path ? path : "spec/fixtures/models/tiny.json", "rb");
    if (f == NULL) {
        fprintf(stderr, "fuzz: model file not found\n");
        abort();
    }
    buf = (char *)malloc(1 << 20);
    n = buf ? fread(buf, 1, 1 << 20, f) : 0;
    fclose(f);
    d = cJSON_ParseWithLength(buf, n);
    free(buf);
    m = pc_model_from_json(d, &e, errbuf);
    cJSON_Delete(d);
    if (m == NULL) {
        fprintf(stderr, "fuzz: %s\n", errbuf);
        abort();
    }
    return m;
}

#endif
