/*
 * experiment.c -- `gclab experiment SPEC`: expand the spec's matrix into
 * runs, lay out results/<name>/<UTC timestamp>/, run (or print) the runs,
 * record provenance, then build the report.
 *
 * Layout of a result folder (every file written atomically):
 *   spec.ini            the spec as it was
 *   provenance.json     build, machine, every command (provenance.c)
 *   runs/<id>/          one folder per run, id = WORKLOAD+CONFIG+REPEAT
 *       cmd             the exact command, one shell line
 *       run.json        workload, config, repeat, status, exit code, time
 *       stats.json, trace.csv   written by `gclab run`
 *       stdout, stderr  captured
 *   summary.csv, charts/, report.md, report.html   (report.c)
 *
 * Run order: the repeat is the outer loop, so the repeats of one
 * configuration are spread over the whole experiment and slow drifts of
 * the machine (heat, other load) spread over every configuration alike.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/experiment.h"
#include "lab/fileio.h"
#include "lab/json.h"
#include "lab/provenance.h"
#include "lab/pyconfig.h"
#include "lab/spec.h"
#include "lab/sweep.h"
#include "collectors/collector.h"

static char *last_dir;

const char *lab_experiment_last_dir(void) { return last_dir; }

typedef struct ctx {
    lab_spec spec;
    const char *gclab;
    char *root;              /* the result folder */
    lab_run *runs;
    size_t nruns, nslots;    /* runs laid out / allocated (zeroed) */
    const char **run_workload, **run_config;
    int *run_repeat;
    FILE *out, *err;
    int wrote;               /* a run's files could not be written (-1) */
    char **names;            /* --resume: the workload and config names it owns */
    double load_start[3];    /* load averages when the experiment started */
    char *wrapper;           /* cpython_gcstats.py, when a configuration runs on CPython */
} ctx;

static int make_root(ctx *X, const char *out_root)
{
    char stamp[32], e[512];
    lab_utc_now(stamp, sizeof stamp, 1);
    for (int k = 1; k < 100; k++) {
        char *p = k == 1 ? lab_strdup_printf("%s/%s/%s", out_root, X->spec.name, stamp)
                         : lab_strdup_printf("%s/%s/%s-%d", out_root, X->spec.name, stamp, k);
        struct stat st;
        if (p && stat(p, &st) != 0) {
            char *runs = lab_strdup_printf("%s/runs", p);
            if (!runs || lab_mkdirs(runs, e, sizeof e) < 0) {
                fprintf(X->err, "gclab experiment: %s\n", runs ? e : "out of memory");
                free(runs);
                free(p);
                return -1;
            }
            free(runs);
            X->root = p;
            return 0;
        }
        free(p);
    }
    fprintf(X->err, "gclab experiment: cannot find a free folder name under %s/%s\n", out_root, X->spec.name);
    return -1;
}

/* The start of a run's command: `gclab run FLAGS [--warmup W]`, or on a
 * runtime = python configuration the interpreter, the wrapper and its
 * flags (pyconfig.c).  NULL-terminated, malloc'ed. */
static char **command_head(const ctx *X, const lab_config *c, const lab_workload *w)
{
    if (c->python)
        return lab_pyconfig_head(c, X->wrapper);
    char **flags = lab_config_flags(c);
    if (!flags)
        return NULL;
    size_t nf = 0;
    while (flags[nf])
        nf++;
    const char *warmup = w->warmup ? w->warmup : X->spec.warmup;
    /* the heap census, where the collector lets one be taken (not boehm) */
    const gc_collector *gc = c->collector ? gc_find(c->collector) : NULL;
    bool census = X->spec.heap_census && gc && !gc_has(gc, GC_CAP_CONSERVATIVE);
    /* gclab run FLAGS [--heap-policy S] [--warmup W] [--heap-census=N] NULL */
    char **v = calloc(nf + 8, sizeof *v);
    if (!v) {
        lab_strv_free(flags);
        return NULL;
    }
    size_t k = 0;
    v[k++] = strdup(X->gclab);
    v[k++] = strdup("run");
    for (size_t i = 0; i < nf; i++)
        v[k++] = flags[i];
    free(flags);
    if (c->fixed_heap) {   /* a heap factor (lab/sweep.c): this workload's own fixed heap */
        v[k++] = strdup("--heap-policy");
        v[k++] = lab_strdup_printf("fixed:%llu", (unsigned long long)c->fixed_heap[w - X->spec.workloads]);
    }
    if (warmup) {
        v[k++] = strdup("--warmup");
        v[k++] = strdup(warmup);
    }
    if (census)
        v[k++] = lab_strdup_printf("--heap-census=%llu", (unsigned long long)X->spec.heap_census);
    return lab_strv_complete(v, k);
}

static char **build_argv(const ctx *X, const lab_config *c, const lab_workload *w, const char *dir)
{
    char **head = command_head(X, c, w);
    if (!head)
        return NULL;
    size_t nh = 0;
    while (head[nh])
        nh++;
    size_t n = nh + 4 + 1 + w->nargs + 1;
    char **v = calloc(n, sizeof *v);
    if (!v) {
        lab_strv_free(head);
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < nh; i++)
        v[k++] = head[i];
    free(head);
    v[k++] = strdup("--stats");
    v[k++] = lab_strdup_printf("%s/stats.json", dir);
    v[k++] = strdup("--trace");
    v[k++] = lab_strdup_printf("%s/trace.csv", dir);
    v[k++] = strdup(w->path);
    /* The experiment's seed reaches the program as an argument: every
     * "{seed}" in a workload's args is replaced by it, so the same spec
     * does the same work on CPython too. */
    for (size_t i = 0; i < w->nargs; i++)
        v[k++] = strcmp(w->args[i], "{seed}") == 0
                     ? lab_strdup_printf("%llu", (unsigned long long)X->spec.seed)
                     : strdup(w->args[i]);
    return lab_strv_complete(v, k);
}

static int expand(ctx *X)
{
    const lab_spec *S = &X->spec;
    size_t n = (size_t)S->repeats * S->nworkloads * S->nconfigs;
    X->runs = calloc(n, sizeof *X->runs);
    X->nslots = X->runs ? n : 0;
    X->run_workload = calloc(n, sizeof *X->run_workload);
    X->run_config = calloc(n, sizeof *X->run_config);
    X->run_repeat = calloc(n, sizeof *X->run_repeat);
    if (!X->runs || !X->run_workload || !X->run_config || !X->run_repeat)
        return -1;
    char e[512];
    for (int rep = 0; rep < S->repeats; rep++)
        for (size_t w = 0; w < S->nworkloads; w++)
            for (size_t c = 0; c < S->nconfigs; c++) {
                lab_run *r = &X->runs[X->nruns];
                /* '+' cannot appear in names, so the id is unambiguous */
                r->id = lab_strdup_printf("%s+%s+%d", S->workloads[w].name, S->configs[c].name, rep);
                r->dir = lab_strdup_printf("%s/runs/%s", X->root, r->id);
                if (!r->id || !r->dir || lab_mkdirs(r->dir, e, sizeof e) < 0)
                    return -1;
                r->argv = build_argv(X, &S->configs[c], &S->workloads[w], r->dir);
                r->check_file = NULL;
                if (!r->argv)
                    return -1;
                X->run_workload[X->nruns] = S->workloads[w].name;
                X->run_config[X->nruns] = S->configs[c].name;
                X->run_repeat[X->nruns] = rep;
                X->nruns++;
            }
    return 0;
}

typedef struct meta_arg {
    const ctx *X;
    size_t i;
    const char *status;
} meta_arg;

static int write_meta(FILE *f, void *arg)
{
    meta_arg *m = arg;
    const lab_run *r = &m->X->runs[m->i];
    char *cmd = lab_shell_join(r->argv);
    fputs("{\n  \"id\": ", f);
    lab_json_write_string(f, r->id);
    fputs(",\n  \"workload\": ", f);
    lab_json_write_string(f, m->X->run_workload[m->i]);
    fputs(",\n  \"config\": ", f);
    lab_json_write_string(f, m->X->run_config[m->i]);
    fprintf(f, ",\n  \"repeat\": %d,\n  \"status\": ", m->X->run_repeat[m->i]);
    lab_json_write_string(f, m->status);
    fprintf(f, ",\n  \"exit_code\": %d,\n  \"signal\": %d,\n  \"elapsed_s\": ", r->exit_code, r->signal);
    lab_json_write_number(f, r->elapsed_s);
    fputs(",\n  \"cmd\": ", f);
    lab_json_write_string(f, cmd ? cmd : "");
    /* what --resume needs to run it again, without the spec */
    fputs(",\n  \"argv\": [", f);
    for (size_t k = 0; r->argv[k]; k++) {
        fputs(k ? ", " : "", f);
        lab_json_write_string(f, r->argv[k]);
    }
    fputs("],\n  \"timeout_s\": ", f);
    lab_json_write_number(f, m->X->spec.timeout_s);
    fputs("\n}\n", f);
    free(cmd);
    return cmd ? 0 : -1;
}

static int write_run_files(ctx *X, size_t i, const char *status, bool with_cmd)
{
    lab_run *r = &X->runs[i];
    char e[512];
    int rc = 0;
    if (with_cmd) {
        char *cmd = lab_shell_join(r->argv), *line = cmd ? lab_strdup_printf("%s\n", cmd) : NULL;
        char *p = lab_strdup_printf("%s/cmd", r->dir);
        if (!line || !p || lab_write_atomic_bytes(p, line, strlen(line), e, sizeof e) < 0)
            rc = -1;
        free(cmd);
        free(line);
        free(p);
    }
    meta_arg m = { X, i, status };
    char *p = lab_strdup_printf("%s/run.json", r->dir);
    if (!p || lab_write_atomic(p, write_meta, &m, e, sizeof e) < 0)
        rc = -1;
    free(p);
    if (rc < 0)
        fprintf(X->err, "gclab experiment: cannot write the files of run %s: %s\n", r->id, e);
    return rc;
}

/* The runner's on_finish: each run's status is on disk as soon as it is
 * known, so that `gclab report` recovers what finished if the experiment
 * is killed, and --resume runs only the rest. */
static void run_finished(lab_run *r, void *arg)
{
    ctx *X = arg;
    X->wrote |= write_run_files(X, (size_t)(r - X->runs), lab_run_status_name(r->status), false);
}

static int write_provenance(ctx *X, const lab_experiment_opts *o, const char *started, const char *finished)
{
    lab_provenance p = { &X->spec, X->gclab, o->command_line, started, finished, X->runs, X->nruns,
                         X->run_workload, X->run_config, { X->load_start[0], X->load_start[1], X->load_start[2] } };
    char e[512];
    char *path = lab_strdup_printf("%s/provenance.json", X->root);
    int rc = path ? lab_provenance_write(path, &p, e, sizeof e) : -1;
    if (rc < 0)
        fprintf(X->err, "gclab experiment: %s\n", path ? e : "out of memory");
    free(path);
    return rc;
}

static void free_ctx(ctx *X)
{
    for (size_t i = 0; i < X->nslots; i++)
        lab_run_free(&X->runs[i]);
    free(X->runs);
    free(X->run_workload);
    free(X->run_config);
    free(X->run_repeat);
    if (X->names)
        for (size_t i = 0; i < 2 * X->nslots; i++)
            free(X->names[i]);
    free(X->names);
    free(X->root);
    free(X->wrapper);
    lab_spec_free(&X->spec);
}

/* ---- --resume DIR ---- */

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

/* The run of DIR/runs/ID as its run.json describes it (argv included);
 * 1 if it must run again, 0 if it is done ("ok"), -1 if unreadable. */
static int load_run(ctx *X, const char *id, char *e, size_t elen)
{
    size_t i = X->nruns;
    lab_run *r = &X->runs[i];
    r->id = strdup(id);
    r->dir = lab_strdup_printf("%s/runs/%s", X->root, id);
    char *path = lab_strdup_printf("%s/run.json", r->dir);
    lab_json *m = path ? lab_json_parse_file(path, e, elen) : NULL;
    free(path);
    if (!r->id || !r->dir || !m)
        return -1;
    const lab_json *argv = lab_json_get(m, "argv");
    const char *status = lab_json_str(m, "status"), *w = lab_json_str(m, "workload"), *c = lab_json_str(m, "config");
    int rc = -1;
    if (!argv || argv->type != LAB_JSON_ARRAY || argv->n < 2 || !status || !w || !c) {
        snprintf(e, elen, "%s/run.json: no argv, status, workload or config (written by an older gclab?)", r->dir);
        goto out;
    }
    r->argv = calloc(argv->n + 1, sizeof *r->argv);
    for (size_t k = 0; r->argv && k < argv->n; k++)
        if (argv->items[k]->type != LAB_JSON_STRING || !(r->argv[k] = strdup(argv->items[k]->string))) {
            snprintf(e, elen, "%s/run.json: a bad argv", r->dir);
            goto out;
        }
    if (!r->argv)
        goto out;
    X->run_workload[i] = X->names[2 * i] = strdup(w);
    X->run_config[i] = X->names[2 * i + 1] = strdup(c);
    X->run_repeat[i] = (int)lab_json_num(m, "repeat");
    double t = lab_json_num(m, "timeout_s");
    if (t > X->spec.timeout_s)
        X->spec.timeout_s = t;
    r->status = strcmp(status, "ok") == 0 ? LAB_RUN_OK : LAB_RUN_PENDING;
    X->nruns++;
    rc = r->status != LAB_RUN_OK;
out:
    lab_json_free(m);
    return rc;
}

/* The runs of a resume are copies of X->runs' (same strings, owned there). */
typedef struct resumed {
    ctx *X;
    lab_run *pending;
    size_t *where;
} resumed;

static void resumed_finished(lab_run *r, void *arg)
{
    resumed *rs = arg;
    size_t i = rs->where[r - rs->pending];
    rs->X->runs[i] = *r;
    rs->X->wrote |= write_run_files(rs->X, i, lab_run_status_name(r->status), false);
}

static int write_json_tree(FILE *f, void *arg)
{
    lab_json_write(f, arg, 0);
    fputc('\n', f);
    return 0;
}

/* provenance.json after a resume: the finish time, when it resumed, and
 * every run's status as it is now (the rest of it describes the start and
 * is kept as it was).  0, or -1 with a message. */
static int update_provenance(ctx *X, const char *resumed)
{
    char e[512], *path = lab_strdup_printf("%s/provenance.json", X->root);
    lab_json *p = path ? lab_json_parse_file(path, e, sizeof e) : NULL;
    int rc = -1;
    if (p && p->type == LAB_JSON_OBJECT) {
        char finished[32];
        lab_utc_now(finished, sizeof finished, 0);
        const lab_json *runs = lab_json_get(p, "runs");
        rc = lab_json_set_string(p, "finished_utc", finished) | lab_json_set_string(p, "resumed_utc", resumed);
        for (size_t k = 0; rc == 0 && runs && runs->type == LAB_JSON_ARRAY && k < runs->n; k++) {
            const char *id = lab_json_str(runs->items[k], "id");
            for (size_t i = 0; id && i < X->nruns; i++)
                if (strcmp(X->runs[i].id, id) == 0)
                    rc |= lab_json_set_string(runs->items[k], "status", lab_run_status_name(X->runs[i].status));
        }
        if (rc == 0)
            rc = lab_write_atomic(path, write_json_tree, p, e, sizeof e);
        else
            snprintf(e, sizeof e, "out of memory");
    } else if (p) {
        snprintf(e, sizeof e, "%s: not a JSON object", path);
    }
    if (rc < 0)
        fprintf(X->err, "gclab experiment: cannot update provenance.json: %s\n", path ? e : "out of memory");
    lab_json_free(p);
    free(path);
    return rc;
}

/* Finish an experiment that was killed or interrupted: every run of DIR
 * whose status is not "ok" runs again, its status recorded as it ends;
 * then the report.  Exit statuses as lab_experiment. */
static int resume(ctx *X, const lab_experiment_opts *o)
{
    char e[512], resumed_at[32];
    lab_utc_now(resumed_at, sizeof resumed_at, 0);
    X->root = strdup(o->resume_dir);
    char *runs_dir = lab_strdup_printf("%s/runs", o->resume_dir);
    struct dirent **ents = NULL;
    int n = runs_dir ? scandir(runs_dir, &ents, NULL, by_name) : -1;
    if (n < 0) {
        fprintf(X->err, "gclab experiment: --resume %s: not a result folder (%s: %s)\n", o->resume_dir,
                runs_dir ? runs_dir : "runs", strerror(errno));
        free(runs_dir);
        return 2;
    }
    free(runs_dir);
    size_t cap = (size_t)n;
    X->runs = calloc(cap + 1, sizeof *X->runs);
    X->nslots = X->runs ? cap + 1 : 0;
    X->run_workload = calloc(cap + 1, sizeof *X->run_workload);
    X->run_config = calloc(cap + 1, sizeof *X->run_config);
    X->run_repeat = calloc(cap + 1, sizeof *X->run_repeat);
    X->names = calloc(2 * cap + 2, sizeof *X->names);
    int rc = 3;
    size_t todo = 0;
    if (!X->runs || !X->run_workload || !X->run_config || !X->run_repeat || !X->names)
        goto out;
    for (int k = 0; k < n; k++) {
        if (ents[k]->d_name[0] == '.')
            continue;
        int r = load_run(X, ents[k]->d_name, e, sizeof e);
        if (r < 0) {
            fprintf(X->err, "gclab experiment: --resume: %s\n", e);
            rc = 2;
            goto out;
        }
        todo += (size_t)r;
    }
    if (!X->nruns) {
        fprintf(X->err, "gclab experiment: --resume %s: no runs in it\n", o->resume_dir);
        rc = 2;
        goto out;
    }
    /* the runs still to do, moved to the front (the runner takes a prefix) */
    lab_run *pending = calloc(todo + 1, sizeof *pending);
    size_t *where = calloc(todo + 1, sizeof *where);
    if (!pending || !where) {
        free(pending);
        free(where);
        goto out;
    }
    size_t j = 0;
    for (size_t i = 0; i < X->nruns; i++)
        if (X->runs[i].status != LAB_RUN_OK) {
            pending[j] = X->runs[i];
            where[j++] = i;
        }
    int jobs = o->jobs ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (o->progress != LAB_PROGRESS_NONE)
        fprintf(X->err, "gclab experiment: resuming %s: %zu of %zu runs to do, %d at a time\n", X->root, todo,
                X->nruns, jobs);
    resumed rs = { X, pending, where };
    X->wrote = 0;
    size_t bad = todo ? lab_run_all_cb(pending, todo, jobs, X->spec.timeout_s, o->progress, X->err,
                                       resumed_finished, &rs) : 0;
    int wrote = X->wrote;
    for (size_t k = 0; k < todo; k++)
        if (pending[k].status == LAB_RUN_NOT_STARTED) {
            X->runs[where[k]] = pending[k];
            wrote |= write_run_files(X, where[k], lab_run_status_name(pending[k].status), false);
        }
    free(pending);
    free(where);
    wrote |= update_provenance(X, resumed_at);
    rc = wrote ? 3 : bad ? 1 : 0;
    if (!o->no_report && bad < X->nruns) {
        const char *dirs[1] = { X->root };
        lab_report_opts ro = { .dirs = dirs, .ndirs = 1, .out_dir = X->root, .no_charts = false, .err = X->err };
        int r2 = lab_report(&ro);
        if (r2 && !rc)
            rc = r2;
    }
    if (o->progress != LAB_PROGRESS_NONE)
        fprintf(X->err, "gclab experiment: results in %s\n", X->root);
out:
    for (int k = 0; k < n; k++)
        free(ents[k]);
    free(ents);
    return rc;
}

int lab_experiment(const lab_experiment_opts *o)
{
    ctx X;
    memset(&X, 0, sizeof X);
    X.out = o->out ? o->out : stdout;
    X.err = o->err ? o->err : stderr;
    if ((o->out_root && !*o->out_root) || (o->resume_dir && !*o->resume_dir)) {
        /* "" + "/NAME" would be a folder at the root of the file system */
        fprintf(X.err, "gclab experiment: %s: an empty path names no folder\n", o->resume_dir ? "--resume" : "--output");
        return 2;
    }
    if (o->resume_dir) {
        int rc = resume(&X, o);
        free_ctx(&X);
        return rc;
    }
    char *errors = NULL, e[512];
    if (lab_spec_load(o->spec_path, &X.spec, &errors) < 0) {
        fputs(errors ? errors : "gclab experiment: cannot load the spec\n", X.err);
        free(errors);
        return 2;
    }
    /* Interpreters of runtime = python configurations run once here, so a
     * missing one is a spec error before any run starts. */
    if (lab_pyconfig_probe(&X.spec, &errors) < 0) {
        fputs(errors ? errors : "gclab experiment: cannot check the spec's interpreters\n", X.err);
        free(errors);
        lab_spec_free(&X.spec);
        return 2;
    }
    for (size_t i = 0; i < X.spec.nconfigs && !X.wrapper; i++)
        if (X.spec.configs[i].python)
            X.wrapper = lab_pyconfig_wrapper();
    char self[PATH_MAX];
    if (o->gclab) {
        if (!realpath(o->gclab, self)) {
            fprintf(X.err, "gclab experiment: --gclab %s: %s\n", o->gclab, strerror(errno));
            free_ctx(&X);
            return 2;
        }
        X.gclab = self;
    } else {
        ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
        if (n < 0) {
            fprintf(X.err, "gclab experiment: cannot find this program (/proc/self/exe): %s; use --gclab PATH\n",
                    strerror(errno));
            free_ctx(&X);
            return 2;
        }
        self[n] = 0;
        X.gclab = self;
    }
    if (access(X.gclab, X_OK) != 0) {
        fprintf(X.err, "gclab experiment: --gclab %s is not an executable file\n", X.gclab);
        free_ctx(&X);
        return 2;
    }
    int rc = 3;
    char started[32], finished[32];
    lab_utc_now(started, sizeof started, 0);
    if (make_root(&X, o->out_root ? o->out_root : "results") < 0)
        goto done;
    free(last_dir);
    last_dir = strdup(X.root);
    char *text = lab_read_file(o->spec_path, NULL), *spec_copy = lab_strdup_printf("%s/spec.ini", X.root);
    int copied = text && spec_copy && lab_write_atomic_bytes(spec_copy, text, strlen(text), e, sizeof e) == 0;
    free(text);
    free(spec_copy);
    if (!copied) {
        fprintf(X.err, "gclab experiment: cannot copy the spec into %s\n", X.root);
        goto done;
    }
    if (lab_provenance_copy_workloads(&X.spec, X.root, e, sizeof e) < 0) {
        fprintf(X.err, "gclab experiment: cannot copy the workloads into %s: %s\n", X.root, e);
        goto done;
    }
    lab_load_average(X.load_start);
    char busy[160];
    lab_busy_warning(X.load_start, busy, sizeof busy);
    if (busy[0])
        fprintf(X.err, "gclab experiment: warning: %s\n", busy);
    if (lab_sweep_measure(&X.spec, X.gclab, X.root, X.err, o->progress == LAB_PROGRESS_NONE) < 0)
        goto done;
    if (expand(&X) < 0) {
        fprintf(X.err, "gclab experiment: cannot lay out the runs under %s\n", X.root);
        goto done;
    }

    if (o->print_commands) {
        /* Self-contained lines for GNU parallel: `timeout` enforces the
         * per-run limit on whichever host runs the line. */
        for (size_t i = 0; i < X.nruns; i++) {
            if (write_run_files(&X, i, "external", true) < 0)
                goto done;
            char *cmd = lab_shell_join(X.runs[i].argv);
            char *d = lab_shell_quote(X.runs[i].dir);
            if (!cmd || !d) {
                free(cmd);
                free(d);
                goto done;
            }
            fprintf(X.out, "timeout --kill-after=5 %gs %s > %s/stdout 2> %s/stderr\n", X.spec.timeout_s, cmd, d, d);
            free(cmd);
            free(d);
        }
        if (write_provenance(&X, o, started, NULL) < 0)
            goto done;
        fprintf(X.err, "gclab experiment: %zu commands for %s; afterwards: gclab report %s\n", X.nruns, X.root, X.root);
        rc = 0;
        goto done;
    }

    for (size_t i = 0; i < X.nruns; i++) {
        if (write_run_files(&X, i, "pending", true) < 0)
            goto done;
        X.runs[i].check_file = NULL;
    }
    /* Provenance now, completed at the end: a killed experiment keeps it. */
    if (write_provenance(&X, o, started, NULL) < 0)
        goto done;
    char **stats_paths = calloc(X.nruns, sizeof *stats_paths);
    if (!stats_paths)
        goto done;
    for (size_t i = 0; i < X.nruns; i++) {
        stats_paths[i] = lab_strdup_printf("%s/stats.json", X.runs[i].dir);
        X.runs[i].check_file = stats_paths[i];
    }
    int jobs = o->jobs ? o->jobs : X.spec.jobs ? X.spec.jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (o->progress != LAB_PROGRESS_NONE)
        fprintf(X.err, "gclab experiment: %s: %zu runs (%zu workloads x %zu configurations x %d repeats), %d at a time\n  -> %s\n",
                X.spec.name, X.nruns, X.spec.nworkloads, X.spec.nconfigs, X.spec.repeats, jobs, X.root);
    X.wrote = 0;
    size_t bad = lab_run_all_cb(X.runs, X.nruns, jobs, X.spec.timeout_s, o->progress, X.err, run_finished, &X);
    int wrote = X.wrote;
    for (size_t i = 0; i < X.nruns; i++)   /* those the runner never started */
        if (X.runs[i].status == LAB_RUN_NOT_STARTED)
            wrote |= write_run_files(&X, i, lab_run_status_name(X.runs[i].status), false);
    lab_utc_now(finished, sizeof finished, 0);
    wrote |= write_provenance(&X, o, started, finished);
    if (bad) {
        fprintf(X.err, "gclab experiment: %zu of %zu runs did not succeed:\n", bad, X.nruns);
        for (size_t i = 0; i < X.nruns; i++) {
            lab_run *r = &X.runs[i];
            if (r->status == LAB_RUN_OK)
                continue;
            if (r->status == LAB_RUN_FAILED && r->signal)
                fprintf(X.err, "  %-8s %s (signal %d): see %s/stderr\n", lab_run_status_name(r->status), r->id, r->signal, r->dir);
            else if (r->status == LAB_RUN_FAILED)
                fprintf(X.err, "  %-8s %s (exit %d): see %s/stderr\n", lab_run_status_name(r->status), r->id, r->exit_code, r->dir);
            else if (r->status == LAB_RUN_TIMEOUT)
                fprintf(X.err, "  %-8s %s (killed after %g s)\n", lab_run_status_name(r->status), r->id, X.spec.timeout_s);
            else
                fprintf(X.err, "  %-8s %s: see %s\n", lab_run_status_name(r->status), r->id, r->dir);
        }
    }
    for (size_t i = 0; i < X.nruns; i++) {
        free(stats_paths[i]);
        X.runs[i].check_file = NULL;
    }
    free(stats_paths);
    rc = wrote ? 3 : bad ? 1 : 0;
    if (!o->no_report && bad < X.nruns) {
        const char *dirs[1] = { X.root };
        lab_report_opts ro = { .dirs = dirs, .ndirs = 1, .out_dir = X.root, .no_charts = false, .err = X.err };
        int r2 = lab_report(&ro);
        if (r2 && !rc)
            rc = r2;
    }
    if (o->progress != LAB_PROGRESS_NONE)
        fprintf(X.err, "gclab experiment: results in %s\n", X.root);
done:
    free_ctx(&X);
    return rc;
}
