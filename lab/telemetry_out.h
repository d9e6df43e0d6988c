/*
 * telemetry_out.h -- the writers of a run's telemetry (see telemetry_out.c
 * and docs/telemetry.md for the formats).
 */
#ifndef GCLAB_LAB_TELEMETRY_OUT_H
#define GCLAB_LAB_TELEMETRY_OUT_H

#include <stddef.h>
#include "runtime/telemetry.h"

/* Both write atomically (temp file, then rename); 0, or -1 with a message. */
int lab_tel_write_trace(const char *path, char *err, size_t errlen);
int lab_tel_write_stats(const char *path, char *err, size_t errlen);
/* The heap census (runtime/census.h): live objects and bytes by type at
 * each census, and the sampled lifetimes' histogram. */
int lab_tel_write_census(const char *path, char *err, size_t errlen);
int lab_tel_write_lifetimes(const char *path, char *err, size_t errlen);
/* The trace as Trace Event JSON (opens in Perfetto / chrome://tracing). */
int lab_tel_write_chrome(const char *path, char *err, size_t errlen);

#endif
