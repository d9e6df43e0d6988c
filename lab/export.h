/*
 * export.h -- runs.csv, pauses.csv and schema.json of a result folder
 * (lab/export.c), written by `gclab report` beside summary.csv.
 */
#ifndef GCLAB_LAB_EXPORT_H
#define GCLAB_LAB_EXPORT_H

#include <stddef.h>
#include <stdio.h>
#include "lab/results.h"

/* A CSV field: as is, or quoted (quotes doubled) when it holds a comma, a
 * quote or a line end; NULL writes nothing. */
void lab_csv_field(FILE *f, const char *s);

/* Write the three files into out_dir (atomically).  0, or -1 with a message. */
int lab_export_write(const lab_results *R, const char *out_dir, char *err, size_t errlen);

#endif
