/*
 * minheap.c -- the smallest fixed heap in which a program completes
 * (minheap.h): one run under the collector's own policy to find the most
 * live bytes a collection left, then fixed-heap attempts that bracket the
 * answer (doubling or halving from that starting point) and bisect the
 * bracket down to the resolution.
 *
 * Invariants: `lo` always failed (or is 0, never tried), `hi` always
 * completed; both are multiples of LAB_MINHEAP_GRAIN; the attempts are
 * sequential (one child at a time: a parallel attempt would disturb the
 * timing that decides the timeout).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lab/minheap.h"
#include "lab/fileio.h"
#include "lab/json.h"
#include "lab/runner.h"

#define MAX_HEAP ((uint64_t)64 << 30)
#define FLOOR_HEAP ((uint64_t)256 << 10)   /* below any interpreter's start-up */
#define TIMEOUT_MIN_S 10.0
#define TIMEOUT_FACTOR 10.0

static uint64_t round_up(uint64_t v) { return (v + LAB_MINHEAP_GRAIN - 1) / LAB_MINHEAP_GRAIN * LAB_MINHEAP_GRAIN; }

static size_t count(char *const *v)
{
    size_t n = 0;
    while (v && v[n])
        n++;
    return n;
}

/* gclab run --gc C FLAGS [POLICY...] --stats S --trace T PROGRAM... */
static char **attempt_argv(const lab_minheap_opts *o, const char *gclab, const char *const *policy)
{
    size_t n = 3 + count(o->flags) + count((char *const *)policy) + 4 + count(o->program) + 1;
    char **v = calloc(n, sizeof *v);
    if (!v)
        return NULL;
    size_t k = 0;
    v[k++] = strdup(gclab);
    v[k++] = strdup("run");
    v[k++] = lab_strdup_printf("--gc=%s", o->collector);
    for (size_t i = 0; o->flags && o->flags[i]; i++)
        v[k++] = strdup(o->flags[i]);
    for (size_t i = 0; policy && policy[i]; i++)
        v[k++] = strdup(policy[i]);
    v[k++] = strdup("--stats");
    v[k++] = lab_strdup_printf("%s/stats.json", o->workdir);
    v[k++] = strdup("--trace");
    v[k++] = lab_strdup_printf("%s/trace.csv", o->workdir);
    for (size_t i = 0; o->program[i]; i++)
        v[k++] = strdup(o->program[i]);
    return lab_strv_complete(v, k);
}

/* One child; its status (LAB_RUN_OK: completed) and wall time. */
static int attempt(const lab_minheap_opts *o, const char *gclab, const char *const *policy, double timeout_s,
                   double *elapsed, lab_run_status *status)
{
    lab_run r;
    memset(&r, 0, sizeof r);
    r.id = strdup("minheap");
    r.dir = strdup(o->workdir);
    r.argv = attempt_argv(o, gclab, policy);
    if (!r.id || !r.dir || !r.argv) {
        lab_run_free(&r);
        return -1;
    }
    char *stats = lab_strdup_printf("%s/stats.json", o->workdir);
    if (stats)
        unlink(stats);   /* a file from an earlier attempt is no evidence */
    r.check_file = stats;
    lab_run_all(&r, 1, 1, timeout_s, LAB_PROGRESS_NONE, NULL);
    *elapsed = r.elapsed_s;
    *status = r.status;
    lab_run_free(&r);
    free(stats);
    return 0;
}

/* The most live bytes a collection left (heap_after of the trace's
 * collection rows); 0 when the run never collected. */
static uint64_t live_after_max(const char *workdir)
{
    char *p = lab_strdup_printf("%s/trace.csv", workdir);
    char *text = p ? lab_read_file(p, NULL) : NULL;
    free(p);
    uint64_t best = 0;
    for (char *line = text ? strtok(text, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "collection,", 11) != 0)
            continue;
        char *f = line;
        for (int col = 0; col < 9 && f; col++) {   /* heap_after is the 10th column */
            f = strchr(f, ',');
            f = f ? f + 1 : NULL;
        }
        if (!f)
            continue;
        uint64_t v = strtoull(f, NULL, 10);
        if (v > best)
            best = v;
    }
    free(text);
    return best;
}

static int try_size(const lab_minheap_opts *o, const char *gclab, uint64_t size, lab_minheap_result *r,
                    bool *completed, char *err, size_t errlen)
{
    char value[64];
    snprintf(value, sizeof value, "fixed:%llu", (unsigned long long)size);
    const char *policy[] = { "--heap-policy", value, NULL };
    double t;
    lab_run_status st;
    if (attempt(o, gclab, policy, r->timeout_s, &t, &st) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (st == LAB_RUN_NOT_STARTED) {
        snprintf(err, errlen, "cannot start %s", gclab);
        return -1;
    }
    r->attempts++;
    *completed = st == LAB_RUN_OK;
    if (o->log)
        fprintf(o->log, "gclab minheap: %s heap %llu bytes (%.2f MiB): %s (%.2f s)\n", o->collector,
                (unsigned long long)size, (double)size / 1048576.0, *completed ? "completes" : lab_run_status_name(st), t);
    return 0;
}

static uint64_t resolution(uint64_t hi)
{
    uint64_t rel = hi / LAB_MINHEAP_REL_DIV;
    return rel > LAB_MINHEAP_ABS ? rel : LAB_MINHEAP_ABS;
}

int lab_minheap(const lab_minheap_opts *o, lab_minheap_result *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    char self[PATH_MAX];
    const char *gclab = o->gclab;
    if (!gclab) {
        ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
        if (n < 0) {
            snprintf(err, errlen, "cannot find this program (/proc/self/exe): %s", strerror(errno));
            return -1;
        }
        self[n] = 0;
        gclab = self;
    }
    /* The first run: the collector's own policy, collecting early
     * (marksweep's heap-min would let a small program never collect). */
    const char *ms_first[] = { "--gc-opt", "heap-min=64K", NULL };
    double t;
    lab_run_status st;
    if (attempt(o, gclab, strcmp(o->collector, "marksweep") == 0 ? ms_first : NULL, o->timeout_s, &t, &st) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (st != LAB_RUN_OK) {
        snprintf(err, errlen, "the program does not complete under %s's own heap policy (%s; see %s/stderr)",
                 o->collector, lab_run_status_name(st), o->workdir);
        return -1;
    }
    r->first_wall_s = t;
    r->timeout_s = o->timeout_s > 0 ? o->timeout_s : fmax(TIMEOUT_MIN_S, TIMEOUT_FACTOR * t);
    r->live_max = live_after_max(o->workdir);
    if (o->log)
        fprintf(o->log, "gclab minheap: %s's own policy: %.2f s, at most %llu live bytes after a collection\n",
                o->collector, t, (unsigned long long)r->live_max);
    uint64_t start = round_up(r->live_max > FLOOR_HEAP ? r->live_max : FLOOR_HEAP);
    uint64_t lo = 0, hi = 0;
    bool ok;
    if (try_size(o, gclab, start, r, &ok, err, errlen) < 0)
        return -1;
    if (ok) {   /* halve until it fails */
        hi = start;
        while (hi > FLOOR_HEAP) {
            uint64_t half = round_up(hi / 2);
            if (try_size(o, gclab, half, r, &ok, err, errlen) < 0)
                return -1;
            if (!ok) {
                lo = half;
                break;
            }
            hi = half;
        }
    } else {    /* double until it completes */
        lo = start;
        for (uint64_t s = start * 2; !hi; s *= 2) {
            if (s > MAX_HEAP) {
                snprintf(err, errlen, "no fixed heap up to %llu GiB lets the program complete under %s",
                         (unsigned long long)(MAX_HEAP >> 30), o->collector);
                return -1;
            }
            if (try_size(o, gclab, s, r, &ok, err, errlen) < 0)
                return -1;
            if (ok)
                hi = s;
            else
                lo = s;
        }
    }
    while (lo && hi - lo > resolution(hi)) {
        uint64_t mid = round_up(lo + (hi - lo) / 2);
        if (mid >= hi)
            break;
        if (try_size(o, gclab, mid, r, &ok, err, errlen) < 0)
            return -1;
        if (ok)
            hi = mid;
        else
            lo = mid;
    }
    r->min_heap = hi;
    r->fails_at = lo;
    r->resolution = resolution(hi);
    return 0;
}

typedef struct wctx {
    const lab_minheap_opts *o;
    const lab_minheap_result *r;
} wctx;

static void write_strv(FILE *f, char *const *v)
{
    fputc('[', f);
    for (size_t i = 0; v && v[i]; i++) {
        if (i)
            fputs(", ", f);
        lab_json_write_string(f, v[i]);
    }
    fputc(']', f);
}

static int write_json(FILE *f, void *arg)
{
    const wctx *w = arg;
    fprintf(f, "{\n  \"format\": \"gclab-minheap/1\",\n  \"collector\": ");
    lab_json_write_string(f, w->o->collector);
    fprintf(f, ",\n  \"flags\": ");
    write_strv(f, w->o->flags);
    fprintf(f, ",\n  \"program\": ");
    write_strv(f, w->o->program);
    fprintf(f, ",\n  \"min_heap_bytes\": %llu,\n  \"fails_at_bytes\": %llu,\n  \"resolution_bytes\": %llu,\n"
               "  \"live_after_collection_max_bytes\": %llu,\n  \"attempts\": %d,\n  \"first_run_wall_s\": ",
            (unsigned long long)w->r->min_heap, (unsigned long long)w->r->fails_at,
            (unsigned long long)w->r->resolution, (unsigned long long)w->r->live_max, w->r->attempts);
    lab_json_write_number(f, w->r->first_wall_s);
    fprintf(f, ",\n  \"attempt_timeout_s\": ");
    lab_json_write_number(f, w->r->timeout_s);
    fprintf(f, "\n}\n");
    return 0;
}

int lab_minheap_write(const char *path, const lab_minheap_opts *o, const lab_minheap_result *r, char *err,
                      size_t errlen)
{
    wctx w = { o, r };
    return lab_write_atomic(path, write_json, &w, err, errlen);
}

int lab_minheap_read(const char *path, uint64_t *min_heap)
{
    char e[256];
    lab_json *j = lab_json_parse_file(path, e, sizeof e);
    if (!j)
        return -1;
    double v = lab_json_num(j, "min_heap_bytes");
    const char *fmt = lab_json_str(j, "format");
    int rc = -1;
    if (fmt && strcmp(fmt, "gclab-minheap/1") == 0 && v > 0 && v <= (double)MAX_HEAP) {
        *min_heap = (uint64_t)v;
        rc = 0;
    }
    lab_json_free(j);
    return rc;
}
