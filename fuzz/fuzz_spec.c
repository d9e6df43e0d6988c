/*
 * fuzz_spec.c -- libFuzzer harness (c): arbitrary bytes as an experiment
 * spec (lab/spec.c).  The spec is read from a file, as `gclab experiment`
 * reads it, in a private folder that holds one workload (w.py) so that
 * workload lines can resolve; a spec that loads must also expand every
 * configuration into `gclab run` flags.  Never a crash, a leak of the
 * error text, or an abort: a bad spec is only a list of errors.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lab/fileio.h"
#include "lab/spec.h"
#include "lab/pyconfig.h"

static char dir[64], *spec_path;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    strcpy(dir, "/tmp/gclab-fuzz-spec-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    char err[256], *w = lab_strdup_printf("%s/w.py", dir);
    if (!w || lab_write_atomic_bytes(w, "x = 1\n", 6, err, sizeof err) < 0)
        abort();
    free(w);
    spec_path = lab_strdup_printf("%s/spec.ini", dir);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(spec_path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    lab_spec s;
    char *errors = NULL;
    if (lab_spec_load(spec_path, &s, &errors) == 0) {
        for (size_t i = 0; i < s.nconfigs; i++) {
            lab_strv_free(lab_config_flags(&s.configs[i]));
            if (s.configs[i].python)   /* the probe runs nothing here: the path found stands in */
                lab_strv_free(lab_pyconfig_head(&s.configs[i], "/w/cpython_gcstats.py"));
        }
        lab_spec_free(&s);
    }
    free(errors);
    return 0;
}
