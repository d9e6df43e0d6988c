/*
 * provenance.h -- what an experiment records about where its numbers come
 * from: the gclab build (commit, dirty flag, compiler, flags: baked in at
 * build time by scripts/buildinfo.cmake), the machine, and every command.
 */
#ifndef GCLAB_LAB_PROVENANCE_H
#define GCLAB_LAB_PROVENANCE_H

#include <stddef.h>
#include "lab/runner.h"
#include "lab/spec.h"

typedef struct lab_provenance {
    const lab_spec *spec;
    const char *gclab;          /* the binary the runs used */
    const char *command_line;   /* the experiment's own command */
    const char *started_utc, *finished_utc;   /* ISO 8601; finished may be NULL */
    const lab_run *runs;
    size_t nruns;
    const char *const *run_workload, *const *run_config;   /* per run */
} lab_provenance;

int lab_provenance_write(const char *path, const lab_provenance *p, char *err, size_t errlen);
/* "2026-11-25T19:30:00Z" (compact = "20261125T193000Z") into buf (>= 32 bytes). */
void lab_utc_now(char *buf, size_t n, int compact);

#endif
