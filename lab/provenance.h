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
    double load_start[3];       /* load averages (1, 5, 15 min) at the start; NaN if unknown */
} lab_provenance;

/* The load averages of /proc/loadavg into out; -1 (out NaN) if unreadable. */
int lab_load_average(double out[3]);
/* Copy every workload file of spec into root/workloads/ (the provenance
 * records its SHA-256 and this copy), so that a result folder keeps the
 * exact programs it measured.  0, or -1 with a message. */
int lab_provenance_copy_workloads(const lab_spec *spec, const char *root, char *err, size_t errlen);
/* A one-line warning when the machine is busy (1-minute load average above
 * half the cores) into buf, else buf[0] = 0. */
void lab_busy_warning(const double load[3], char *buf, size_t n);

int lab_provenance_write(const char *path, const lab_provenance *p, char *err, size_t errlen);
/* "2026-11-25T19:30:00Z" (compact = "20261125T193000Z") into buf (>= 32 bytes). */
void lab_utc_now(char *buf, size_t n, int compact);

#endif
