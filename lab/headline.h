/*
 * headline.h -- the report's headline table (lab/headline.c).
 */
#ifndef GCLAB_LAB_HEADLINE_H
#define GCLAB_LAB_HEADLINE_H

#include <stdbool.h>
#include "lab/results.h"

/* The table as Markdown (*md) and HTML (*html), both malloc'ed: one row
 * per workload and configuration, in R's order, each headline figure's
 * median and its ratio to the baseline configuration's (intervals too
 * when with_ci).  0, or -1 when memory runs out. */
int lab_headline(const lab_results *R, const char *baseline, bool with_ci, char **md, char **html);

#endif
