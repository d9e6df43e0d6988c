/*
 * sweep.c -- heap-factor and threshold sweeps of a spec (sweep.h): the
 * value lists, the expansion of a configuration into one per value, and
 * the minimum heaps a heap factor multiplies.
 *
 * Invariants: an expansion is a struct copy of its base configuration,
 * which stays alive in lab_spec.sweep_bases and owns every string the
 * expansion borrows; the expansion owns only its name, its thresholds (a
 * threshold sweep) and its fixed_heap array.  A heap-factor expansion has
 * no heap_policy: its `--heap-policy fixed:SIZE` is computed per workload
 * by the experiment (fixed_heap), SIZE = factor x the workload's minimum
 * heap, rounded up to LAB_MINHEAP_GRAIN.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "lab/sweep.h"
#include "collectors/collector.h"
#include "lab/fileio.h"
#include "lab/minheap.h"

/* Split "a, b, c" into at most LAB_SWEEP_MAX trimmed words (in buf). */
static int split_list(char *buf, char **words, size_t *n, char *err, size_t errlen)
{
    *n = 0;
    for (char *p = buf;;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = 0;
        while (isspace((unsigned char)*p))
            p++;
        char *e = p + strlen(p);
        while (e > p && isspace((unsigned char)e[-1]))
            *--e = 0;
        if (!*p) {
            snprintf(err, errlen, "an empty value in the list");
            return -1;
        }
        if (*n == LAB_SWEEP_MAX) {
            snprintf(err, errlen, "at most %d values", LAB_SWEEP_MAX);
            return -1;
        }
        words[(*n)++] = p;
        if (!comma)
            return 0;
        p = comma + 1;
    }
}

static int one_factor(const char *w, double *v, char *err, size_t errlen)
{
    char *end;
    *v = strtod(w, &end);
    if (end == w || *end || !isdigit((unsigned char)w[0]) || !(*v >= 1.0 && *v <= LAB_HEAP_FACTOR_MAX)) {
        snprintf(err, errlen, "'%s' is not a heap factor from 1 to %g (a multiple of the minimum heap)", w,
                 LAB_HEAP_FACTOR_MAX);
        return -1;
    }
    return 0;
}

static int one_threshold(const char *w, double *v, char *err, size_t errlen)
{
    char *end;
    errno = 0;
    unsigned long long t = strtoull(w, &end, 10);
    if (errno || *end || !isdigit((unsigned char)w[0]) || t < 1 || t > INT32_MAX) {
        snprintf(err, errlen, "'%s' is not a threshold from 1 to %d (generation 0's threshold)", w, INT32_MAX);
        return -1;
    }
    *v = (double)t;   /* exact: below 2^53 */
    return 0;
}

/* The values of a list, each parsed by one, none twice: a malloc'ed
 * array of *n, or NULL with a message. */
static double *parse_list(const char *text, int (*one)(const char *, double *, char *, size_t), size_t *n,
                          char *err, size_t errlen)
{
    char *buf = strdup(text), *words[LAB_SWEEP_MAX];
    double *v = calloc(LAB_SWEEP_MAX, sizeof *v);
    if (!buf || !v) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    if (split_list(buf, words, n, err, errlen) < 0)
        goto fail;
    for (size_t i = 0; i < *n; i++) {
        if (one(words[i], &v[i], err, errlen) < 0)
            goto fail;
        for (size_t j = 0; j < i; j++)
            if (v[j] == v[i]) {
                snprintf(err, errlen, "%s is given twice", words[i]);
                goto fail;
            }
    }
    free(buf);
    return v;
fail:
    free(buf);
    free(v);
    return NULL;
}

int lab_sweep_parse_factors(const char *text, double **out, size_t *n, char *err, size_t errlen)
{
    *out = parse_list(text, one_factor, n, err, errlen);
    return *out ? 0 : -1;
}

int lab_sweep_parse_thresholds(const char *text, uint64_t **out, size_t *n, char *err, size_t errlen)
{
    double *v = parse_list(text, one_threshold, n, err, errlen);
    *out = v ? calloc(LAB_SWEEP_MAX, sizeof **out) : NULL;
    for (size_t i = 0; *out && i < *n; i++)
        (*out)[i] = (uint64_t)v[i];
    if (v && !*out)
        snprintf(err, errlen, "out of memory");
    free(v);
    return *out ? 0 : -1;
}

const char *lab_sweep_check(const lab_config *c, bool has_generations)
{
    if (c->nheap_factors) {
        char e[160];
        if (c->nthreshold_sweep)
            return "heap_factors and threshold_sweep in one configuration: use two";
        if (gc_check_option(c->collector, "heap", "fixed:1M", e, sizeof e) < 0)
            return "heap_factors applies only to collectors with a fixed heap (heap_policy fixed:SIZE: marksweep, boehm)";
        if (c->heap_policy)
            return "heap_factors sets the heap policy (fixed: factor x the minimum heap): remove heap_policy";
    }
    if (c->nthreshold_sweep && !has_generations)
        return "threshold_sweep applies only to collectors with generations (it sets generation 0's threshold)";
    return NULL;
}

/* "T" or T followed by the base's thresholds after the first number. */
static char *swept_thresholds(const char *base, uint64_t t)
{
    const char *rest = base ? strchr(base, ',') : NULL;
    return lab_strdup_printf("%llu%s", (unsigned long long)t, rest ? rest : "");
}

int lab_sweep_expand(lab_spec *s, char *err, size_t errlen, int *line)
{
    size_t total = 0, nbases = 0;
    for (size_t i = 0; i < s->nconfigs; i++) {
        size_t k = s->configs[i].nheap_factors + s->configs[i].nthreshold_sweep;
        total += k ? k : 1;
        nbases += k != 0;
    }
    if (!nbases)
        return 0;
    lab_config *out = calloc(total, sizeof *out), *bases = calloc(nbases, sizeof *bases);
    if (!out || !bases) {
        free(out);
        free(bases);
        snprintf(err, errlen, "out of memory");
        *line = 1;
        return -1;
    }
    size_t n = 0, nb = 0;
    for (size_t i = 0; i < s->nconfigs; i++) {
        lab_config *c = &s->configs[i];
        if (!c->nheap_factors && !c->nthreshold_sweep) {
            out[n++] = *c;
            continue;
        }
        bases[nb] = *c;
        const lab_config *b = &bases[nb++];
        size_t k = c->nheap_factors ? c->nheap_factors : c->nthreshold_sweep;
        for (size_t j = 0; j < k; j++) {
            lab_config *x = &out[n++];
            *x = *b;
            x->heap_factors = NULL;
            x->nheap_factors = 0;
            x->threshold_sweep = NULL;
            x->nthreshold_sweep = 0;
            x->sweep_base = b->name;
            x->fixed_heap = NULL;
            if (b->nheap_factors) {
                x->sweep_kind = LAB_SWEEP_HEAP;
                x->heap_factor = b->heap_factors[j];
                x->name = lab_strdup_printf("%s@%gx", b->name, x->heap_factor);
                x->thresholds = b->thresholds;
            } else {
                x->sweep_kind = LAB_SWEEP_THRESHOLD;
                x->sweep_threshold = b->threshold_sweep[j];
                x->name = lab_strdup_printf("%s@t%llu", b->name, (unsigned long long)x->sweep_threshold);
                x->thresholds = swept_thresholds(b->thresholds, x->sweep_threshold);
            }
        }
    }
    free(s->configs);
    s->configs = out;
    s->nconfigs = n;
    s->sweep_bases = bases;
    s->nsweep_bases = nb;
    for (size_t i = 0; i < n; i++) {
        if (!out[i].name || (out[i].sweep_kind == LAB_SWEEP_THRESHOLD && !out[i].thresholds)) {
            snprintf(err, errlen, "out of memory");
            *line = out[i].line;
            return -1;
        }
        /* '@' is not allowed in a written name, so only two values of one
         * sweep can collide: values printed alike by %g (6 digits) */
        for (size_t j = 0; j < i; j++)
            if (strcmp(out[i].name, out[j].name) == 0) {
                snprintf(err, errlen, "two values of the sweep of [config %s] both make the name '%s': "
                         "use values that differ in their first 6 digits", out[i].sweep_base, out[i].name);
                *line = out[i].sweep_line;
                return -1;
            }
    }
    return 0;
}

void lab_sweep_free_config(lab_config *c)
{
    free(c->name);
    if (c->sweep_kind == LAB_SWEEP_THRESHOLD)
        free(c->thresholds);
    free(c->fixed_heap);
}

lab_sweep_kind lab_sweep_point(const char *config, char **base, double *value)
{
    const char *at = strrchr(config, '@');
    if (!at || at == config || !at[1])
        return LAB_SWEEP_NONE;
    char *end;
    lab_sweep_kind k;
    if (at[1] == 't') {
        if (!isdigit((unsigned char)at[2]))
            return LAB_SWEEP_NONE;
        *value = strtod(at + 2, &end);
        k = *end ? LAB_SWEEP_NONE : LAB_SWEEP_THRESHOLD;
    } else {
        if (!isdigit((unsigned char)at[1]))
            return LAB_SWEEP_NONE;
        *value = strtod(at + 1, &end);
        k = end[0] == 'x' && !end[1] ? LAB_SWEEP_HEAP : LAB_SWEEP_NONE;
    }
    if (k != LAB_SWEEP_NONE && !(*base = strndup(config, (size_t)(at - config))))
        return LAB_SWEEP_NONE;
    return k;
}

bool lab_sweep_is_point(const char *config)
{
    char *base = NULL;
    double v;
    lab_sweep_kind k = lab_sweep_point(config, &base, &v);
    free(base);
    return k != LAB_SWEEP_NONE;
}

/* ---- the minimum heaps --------------------------------------------------- */

/* The workload's program words: its file, then its args with {seed}. */
static char **program_of(const lab_spec *s, const lab_workload *w)
{
    char **v = calloc(w->nargs + 2, sizeof *v);
    if (!v)
        return NULL;
    v[0] = strdup(w->path);
    for (size_t i = 0; i < w->nargs; i++)
        v[i + 1] = strcmp(w->args[i], "{seed}") == 0 ? lab_strdup_printf("%llu", (unsigned long long)s->seed)
                                                     : strdup(w->args[i]);
    for (size_t i = 0; i <= w->nargs; i++)
        if (!v[i]) {
            for (size_t j = 0; j <= w->nargs; j++)
                free(v[j]);
            free(v);
            return NULL;
        }
    return v;
}

/* The minimum heap of workload w under base configuration b, from
 * ROOT/minheap/W+B.json or measured (and stored there). */
static int min_heap_of(const lab_spec *s, const lab_workload *w, const lab_config *b, const char *gclab,
                       const char *root, FILE *err, bool quiet, uint64_t *out)
{
    char e[512];
    char *dir = lab_strdup_printf("%s/minheap", root);
    char *path = lab_strdup_printf("%s/minheap/%s+%s.json", root, w->name, b->name);
    char *work = lab_strdup_printf("%s/minheap/%s+%s", root, w->name, b->name);
    char **flags = lab_config_flags(b), **program = program_of(s, w);
    int rc = -1;
    if (!dir || !path || !work || !flags || !program) {
        fprintf(err, "gclab experiment: out of memory\n");
        goto out;
    }
    if (lab_minheap_read(path, out) == 0) {
        rc = 0;
        goto out;
    }
    if (lab_mkdirs(work, e, sizeof e) < 0) {
        fprintf(err, "gclab experiment: %s\n", e);
        goto out;
    }
    if (!quiet)
        fprintf(err, "gclab experiment: measuring the minimum heap of %s under %s\n", w->name, b->name);
    /* flags[0..1] are "--gc NAME": lab_minheap names the collector itself */
    lab_minheap_opts o = { gclab, b->collector, flags + 2, program, work, s->timeout_s, NULL };
    lab_minheap_result r;
    if (lab_minheap(&o, &r, e, sizeof e) < 0) {
        fprintf(err, "gclab experiment: the minimum heap of %s under %s: %s\n", w->name, b->name, e);
        goto out;
    }
    if (lab_minheap_write(path, &o, &r, e, sizeof e) < 0) {
        fprintf(err, "gclab experiment: %s\n", e);
        goto out;
    }
    if (!quiet)
        fprintf(err, "gclab experiment:   %llu bytes (%d fixed-heap runs; see %s)\n", (unsigned long long)r.min_heap,
                r.attempts, path);
    *out = r.min_heap;
    rc = 0;
out:
    free(dir);
    free(path);
    free(work);
    lab_strv_free(flags);
    lab_strv_free(program);
    return rc;
}

int lab_sweep_measure(lab_spec *s, const char *gclab, const char *root, FILE *err, bool quiet)
{
    for (size_t bi = 0; bi < s->nsweep_bases; bi++) {
        const lab_config *b = &s->sweep_bases[bi];
        if (!b->nheap_factors)
            continue;
        uint64_t *mins = calloc(s->nworkloads, sizeof *mins);
        if (!mins)
            return -1;
        for (size_t w = 0; w < s->nworkloads; w++)
            if (min_heap_of(s, &s->workloads[w], b, gclab, root, err, quiet, &mins[w]) < 0) {
                free(mins);
                return -1;
            }
        for (size_t i = 0; i < s->nconfigs; i++) {
            lab_config *c = &s->configs[i];
            if (c->sweep_kind != LAB_SWEEP_HEAP || c->sweep_base != b->name)
                continue;
            free(c->fixed_heap);
            c->fixed_heap = calloc(s->nworkloads, sizeof *c->fixed_heap);
            if (!c->fixed_heap) {
                free(mins);
                return -1;
            }
            for (size_t w = 0; w < s->nworkloads; w++) {
                uint64_t v = (uint64_t)ceil(c->heap_factor * (double)mins[w]);
                c->fixed_heap[w] = (v + LAB_MINHEAP_GRAIN - 1) / LAB_MINHEAP_GRAIN * LAB_MINHEAP_GRAIN;
            }
        }
        free(mins);
    }
    return 0;
}
