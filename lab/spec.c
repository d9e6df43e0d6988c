/*
 * spec.c -- the parser of experiment specs (spec.h, docs/experiments.md).
 *
 * A line-oriented INI reader written for this format rather than a library
 * (libinih): the checks that matter -- unknown keys per section, duplicates,
 * cross-key rules per collector -- are ours either way, and owning the
 * reader lets every message carry FILE:LINE without a second pass.
 *
 * Invariant: after lab_spec_load returns 0, every field has been validated
 * (names are safe as folder names, workload files exist, values are in
 * range), so the runner never re-checks.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/spec.h"
#include "runtime/alloc.h"
#include "collectors/collector.h"
#include "lab/fileio.h"
#include "lab/pyconfig.h"

/* The collectors of collectors/list.h, those this build lacks included (a
 * spec names what `gclab run --gc` accepts wherever it runs), and what each
 * supports. */
static const char *const collectors[] = {
#define GC_COLLECTOR(name, caps, needs, flags) #name,
#include "collectors/list.h"
#undef GC_COLLECTOR
    NULL,
};
static const unsigned collector_caps[] = {
#define GC_COLLECTOR(name, caps, needs, flags) caps,
#include "collectors/list.h"
#undef GC_COLLECTOR
};
static const char *const allocators[] = { "pymalloc", "malloc", "boehm", NULL };

typedef struct ctx {
    const char *file;
    char *errors;
    size_t elen;
    int nerrors;
} ctx;

static void err_at(ctx *C, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void err_at(ctx *C, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *line_text = lab_strdup_printf("%s:%d: %s\n", C->file, line, msg);
    if (!line_text)
        return;
    size_t n = strlen(line_text);
    char *e = realloc(C->errors, C->elen + n + 1);
    if (e) {
        memcpy(e + C->elen, line_text, n + 1);
        C->errors = e;
        C->elen += n;
    }
    free(line_text);
    C->nerrors++;
}

static bool in_list(const char *s, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

static char *join(const char *const *list)
{
    size_t n = 1;
    for (int i = 0; list[i]; i++)
        n += strlen(list[i]) + 2;
    char *s = malloc(n);
    if (!s)
        return NULL;
    s[0] = 0;
    for (int i = 0; list[i]; i++) {
        if (i)
            strcat(s, ", ");
        strcat(s, list[i]);
    }
    return s;
}

static bool valid_name(const char *s)
{
    if (!*s || strcmp(s, ".") == 0 || strcmp(s, "..") == 0)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-' && *s != '.')
            return false;
    return true;
}

int lab_parse_size(const char *text, uint64_t *out)
{
    char *end;
    errno = 0;
    if (!isdigit((unsigned char)*text))
        return -1;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || end == text)
        return -1;
    unsigned shift = 0;
    if (*end) {
        switch (toupper((unsigned char)*end)) {
        case 'K': shift = 10; break;
        case 'M': shift = 20; break;
        case 'G': shift = 30; break;
        default: return -1;
        }
        end++;
        if (*end == 'i' || *end == 'I')
            end++;
        if (*end == 'B' || *end == 'b')
            end++;
        if (*end)
            return -1;
    }
    if (v > (UINT64_MAX >> shift))
        return -1;
    *out = (uint64_t)v << shift;
    return 0;
}

static int parse_bool(const char *v)
{
    static const char *const on[] = { "on", "true", "yes", "1", NULL };
    static const char *const off[] = { "off", "false", "no", "0", NULL };
    if (in_list(v, on))
        return 1;
    if (in_list(v, off))
        return 0;
    return -1;
}

static int split_args(const char *s, char ***out, size_t *n)
{
    char **v = NULL;
    size_t k = 0;
    const char *p = s;
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        char *word = malloc(strlen(p) + 1), *w = word;
        if (!word)
            goto oom;
        bool quoted = false;
        while (*p && (quoted || !isspace((unsigned char)*p))) {
            if (*p == '"') {
                quoted = !quoted;
                p++;
                continue;
            }
            *w++ = *p++;
        }
        *w = 0;
        if (quoted) {
            free(word);
            for (size_t i = 0; i < k; i++)
                free(v[i]);
            free(v);
            return -1;   /* unterminated quote */
        }
        char **nv = realloc(v, (k + 1) * sizeof *nv);
        if (!nv) {
            free(word);
            goto oom;
        }
        v = nv;
        v[k++] = word;
    }
    *out = v;
    *n = k;
    return 0;
oom:
    for (size_t i = 0; i < k; i++)
        free(v[i]);
    free(v);
    return -2;
}

static bool is_pow2(uint64_t v) { return v && !(v & (v - 1)); }

/* Where the keys of a section were set (0 = unset), for duplicate and
 * cross-key messages. */
enum { K_FILE, K_ARGS, K_COLLECTOR, K_THRESHOLDS, K_FREEZE, K_ALLOCATOR, K_ARENA, K_POOL, K_HEAP,
       K_NAME, K_SEED, K_REPEATS, K_TIMEOUT, K_JOBS, K_WDIR, K_TRIGGER, K_GC_OPT, K_WARMUP, K_RUNTIME, K_PYTHON,
       K_COUNT };
static const char *const key_names[K_COUNT] = {
    "file", "args", "collector", "thresholds", "freeze", "allocator", "arena_size", "pool_size",
    "heap_policy", "name", "seed", "repeats", "timeout", "jobs", "workloads_dir", "trigger", "gc_opt",
    "warmup", "runtime", "python",
};

typedef enum { S_NONE, S_EXPERIMENT, S_WORKLOAD, S_CONFIG } section_kind;

static const int allowed_experiment[] = { K_NAME, K_SEED, K_REPEATS, K_TIMEOUT, K_JOBS, K_WDIR, K_WARMUP, -1 };
static const int allowed_workload[] = { K_FILE, K_ARGS, K_WARMUP, -1 };
static const int allowed_config[] = { K_COLLECTOR, K_THRESHOLDS, K_FREEZE, K_ALLOCATOR, K_ARENA,
                                      K_POOL, K_HEAP, K_TRIGGER, K_GC_OPT, K_RUNTIME, K_PYTHON, -1 };
/* The keys that mean something only to gclab's VM: errors on runtime = python. */
static const int vm_only_config[] = { K_COLLECTOR, K_ALLOCATOR, K_ARENA, K_POOL, K_HEAP, K_TRIGGER, K_GC_OPT, -1 };

static int key_index(const char *k, const int *allowed)
{
    for (int i = 0; allowed[i] >= 0; i++)
        if (strcmp(key_names[allowed[i]], k) == 0)
            return allowed[i];
    return -1;
}

static char *allowed_text(const int *allowed)
{
    const char *names[K_COUNT + 1];
    int n = 0;
    for (int i = 0; allowed[i] >= 0; i++)
        names[n++] = key_names[allowed[i]];
    names[n] = NULL;
    return join(names);
}

static char *dirname_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    if (slash == path)
        return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

static bool check_thresholds(const char *t)
{
    int n = 0;
    const char *p = t;
    for (;;) {
        if (!isdigit((unsigned char)*p))
            return false;
        char *end;
        errno = 0;
        long long v = strtoll(p, &end, 10);
        if (errno || v > INT32_MAX)
            return false;
        n++;
        if (!*end)
            break;
        if (*end != ',' || n == 3)
            return false;
        p = end + 1;
    }
    return n >= 1 && n <= 3;
}

/* "the collectors with CAP (a, b)" for messages. */
static void names_with(unsigned cap, char *buf, size_t len)
{
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; collectors[i] && n < len; i++)
        if (collector_caps[i] & cap) {
            int w = snprintf(buf + n, len - n, "%s%s", n ? ", " : "", collectors[i]);
            n += w > 0 ? (size_t)w : 0;
        }
}

static unsigned caps_of(const char *collector)
{
    for (int i = 0; collectors[i]; i++)
        if (strcmp(collectors[i], collector) == 0)
            return collector_caps[i];
    return 0;
}

/* The collector's options (collectors/registry.c checks them with the
 * collector's own parsers): trigger and heap_policy are the keys trigger
 * and heap, gc_opt a list of KEY=VALUE words. */
static void check_options(ctx *C, const lab_config *c, const int *at)
{
    char err[256];
    if (c->trigger && gc_check_option(c->collector, "trigger", c->trigger, err, sizeof err) < 0)
        err_at(C, at[K_TRIGGER], "trigger = %s: %s", c->trigger, err);
    if (c->heap_policy && gc_check_option(c->collector, "heap", c->heap_policy, err, sizeof err) < 0)
        err_at(C, at[K_HEAP], "heap_policy = %s: %s", c->heap_policy, err);
    for (size_t i = 0; i < c->ngc_opts; i++) {
        const char *kv = c->gc_opts[i], *eq = strchr(kv, '=');
        char key[64];
        if (!eq || eq == kv || (size_t)(eq - kv) >= sizeof key) {
            err_at(C, at[K_GC_OPT], "gc_opt: '%s' is not KEY=VALUE", kv);
            continue;
        }
        memcpy(key, kv, (size_t)(eq - kv));
        key[eq - kv] = 0;
        if (gc_check_option(c->collector, key, eq + 1, err, sizeof err) < 0)
            err_at(C, at[K_GC_OPT], "gc_opt %s: %s", kv, err);
    }
}

/* A runtime = python configuration: the interpreter exists (it runs only
 * in lab_pyconfig_probe), and no key of gclab's VM is set. */
static void check_python_config(ctx *C, lab_config *c, const int *at, const char *spec_dir)
{
    if (!c->python) {
        err_at(C, c->python_line, "'python' needs 'runtime = python' in [config %s]", c->name);
        return;
    }
    for (int i = 0; vm_only_config[i] >= 0; i++)
        if (at[vm_only_config[i]])
            err_at(C, at[vm_only_config[i]], "'%s' means something only for gclab's VM, not with runtime = python "
                   "(keys of a python configuration: runtime, python, thresholds, freeze)", key_names[vm_only_config[i]]);
    if (!c->python_text) {
        err_at(C, c->line, "[config %s] has runtime = python but no 'python' (a path, or a name found in $PATH: python = python3)",
               c->name);
        return;
    }
    char e[512];
    c->python_path = lab_pyconfig_resolve(c->python_text, spec_dir, e, sizeof e);
    if (!c->python_path)
        err_at(C, c->python_line, "%s", e);
}

/* Cross-key rules of one configuration, checked when its section ends. */
static void check_config(ctx *C, lab_config *c, const int *at, const char *spec_dir)
{
    if (c->python || c->python_text) {
        check_python_config(C, c, at, spec_dir);
        return;
    }
    if (!c->collector) {
        char *list = join(collectors);
        err_at(C, c->line, "[config %s] has no 'collector' (one of %s)", c->name, list ? list : "?");
        free(list);
        return;
    }
    bool boehm = strcmp(c->collector, "boehm") == 0;
    unsigned caps = caps_of(c->collector);
    char names[128];
    if (c->thresholds && !(caps & GC_CAP_GENERATIONS)) {
        names_with(GC_CAP_GENERATIONS, names, sizeof names);
        err_at(C, at[K_THRESHOLDS], "'thresholds' applies only to collectors with generations (%s), not %s", names,
               c->collector);
    }
    if (c->freeze >= 0 && !(caps & GC_CAP_FREEZE)) {
        names_with(GC_CAP_FREEZE, names, sizeof names);
        err_at(C, at[K_FREEZE], "'freeze' applies only to collectors with freeze (%s), not %s", names, c->collector);
    }
    check_options(C, c, at);
    if (c->allocator) {
        bool boehm_alloc = strcmp(c->allocator, "boehm") == 0;
        if (boehm && !boehm_alloc)
            err_at(C, at[K_ALLOCATOR], "collector boehm allocates with allocator boehm, not %s", c->allocator);
        if (!boehm && boehm_alloc)
            err_at(C, at[K_ALLOCATOR], "allocator boehm works only with collector boehm");
    }
    bool pymalloc = c->allocator ? strcmp(c->allocator, "pymalloc") == 0 : !boehm;
    if ((c->arena_size || c->pool_size) && !pymalloc)
        err_at(C, at[c->arena_size ? K_ARENA : K_POOL], "arena and pool sizes apply only to allocator pymalloc");
    uint64_t pool = c->pool_size ? c->pool_size : RT_POOL_SIZE_DEFAULT;
    uint64_t arena = c->arena_size ? c->arena_size : RT_ARENA_SIZE_DEFAULT;
    if ((c->arena_size || c->pool_size) && arena < 4 * pool)
        err_at(C, at[c->arena_size ? K_ARENA : K_POOL], "an arena must hold at least 4 pools (arena %llu, pool %llu)",
               (unsigned long long)arena, (unsigned long long)pool);
}

static void check_workload(ctx *C, lab_workload *w, const char *base_dir)
{
    if (!w->file) {
        err_at(C, w->line, "[workload %s] has no 'file'", w->name);
        return;
    }
    w->path = w->file[0] == '/' ? strdup(w->file) : lab_strdup_printf("%s/%s", base_dir, w->file);
    struct stat st;
    char *abs = w->path ? realpath(w->path, NULL) : NULL;
    if (abs) {   /* absolute: the printed commands work from any folder and host */
        free(w->path);
        w->path = abs;
    }
    if (!w->path || stat(w->path, &st) != 0)
        err_at(C, w->file_line, "workload file %s not found (looked for %s)", w->file, w->path ? w->path : "?");
    else if (!S_ISREG(st.st_mode))
        err_at(C, w->file_line, "workload file %s is not a regular file", w->path);
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = 0;
    return s;
}

int lab_spec_load(const char *path, lab_spec *out, char **errors)
{
    memset(out, 0, sizeof *out);
    *errors = NULL;
    ctx C = { path, NULL, 0, 0 };
    size_t len;
    char *text = lab_read_file(path, &len);
    if (!text) {
        *errors = lab_strdup_printf("%s: cannot read: %s\n", path, strerror(errno));
        return -1;
    }
    out->path = strdup(path);
    out->repeats = LAB_SPEC_DEFAULT_REPEATS;
    out->timeout_s = LAB_SPEC_DEFAULT_TIMEOUT_S;
    out->seed = 1;
    char *spec_dir = dirname_of(path);

    section_kind sec = S_NONE;
    int at[K_COUNT];           /* line where each key of the current section was set */
    int experiment_line = 0, seen_keys_line = 0, name_line = 0;
    char *wdir_text = NULL;
    int wdir_line = 0;
    memset(at, 0, sizeof at);
    int lineno = 0;
    char *p = text;   /* walked by hand: strtok would merge empty lines and lose the numbering */
    while (*p) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = 0;
        lineno++;
        char *line = trim(p);
        p = nl ? nl + 1 : p + strlen(p);
        if (!*line || *line == '#' || *line == ';')
            continue;
        if (*line == '[') {
            /* end of the previous section: its cross-key rules */
            if (sec == S_CONFIG)
                check_config(&C, &out->configs[out->nconfigs - 1], at, spec_dir);
            memset(at, 0, sizeof at);
            char *close = strchr(line, ']');
            if (!close || trim(close + 1)[0]) {
                err_at(&C, lineno, "malformed section header (expected [experiment], [workload NAME] or [config NAME])");
                sec = S_NONE;
                continue;
            }
            *close = 0;
            char *inner = trim(line + 1), *name = inner;
            while (*name && !isspace((unsigned char)*name))
                name++;
            if (*name)
                *name++ = 0;
            name = trim(name);
            if (strcmp(inner, "experiment") == 0) {
                if (*name)
                    err_at(&C, lineno, "[experiment] takes no name (the name is the 'name' key)");
                if (experiment_line)
                    err_at(&C, lineno, "duplicate [experiment] section (first at line %d)", experiment_line);
                else
                    experiment_line = lineno;
                sec = S_EXPERIMENT;
            } else if (strcmp(inner, "workload") == 0 || strcmp(inner, "config") == 0) {
                bool wl = inner[0] == 'w';
                sec = S_NONE;
                if (!*name) {
                    err_at(&C, lineno, "[%s] needs a name: [%s NAME]", inner, inner);
                    continue;
                }
                if (!valid_name(name)) {
                    err_at(&C, lineno, "bad %s name '%s': use letters, digits, '_', '-' and '.'", inner, name);
                    continue;
                }
                int prev = 0;
                if (wl) {
                    for (size_t i = 0; i < out->nworkloads; i++)
                        if (strcmp(out->workloads[i].name, name) == 0)
                            prev = out->workloads[i].line;
                } else {
                    for (size_t i = 0; i < out->nconfigs; i++)
                        if (strcmp(out->configs[i].name, name) == 0)
                            prev = out->configs[i].line;
                }
                if (prev) {
                    err_at(&C, lineno, "duplicate %s name '%s' (first at line %d)", inner, name, prev);
                    continue;
                }
                if (wl) {
                    lab_workload *nw = realloc(out->workloads, (out->nworkloads + 1) * sizeof *nw);
                    if (!nw)
                        break;
                    out->workloads = nw;
                    memset(&nw[out->nworkloads], 0, sizeof *nw);
                    nw[out->nworkloads].name = strdup(name);
                    nw[out->nworkloads++].line = lineno;
                    sec = S_WORKLOAD;
                } else {
                    lab_config *nc = realloc(out->configs, (out->nconfigs + 1) * sizeof *nc);
                    if (!nc)
                        break;
                    out->configs = nc;
                    memset(&nc[out->nconfigs], 0, sizeof *nc);
                    nc[out->nconfigs].name = strdup(name);
                    nc[out->nconfigs].freeze = -1;
                    nc[out->nconfigs++].line = lineno;
                    sec = S_CONFIG;
                }
            } else {
                err_at(&C, lineno, "unknown section [%s] (expected [experiment], [workload NAME] or [config NAME])", inner);
                sec = S_NONE;
            }
            continue;
        }
        char *eq = strchr(line, '=');
        if (!eq) {
            err_at(&C, lineno, "expected 'key = value' or a [section]");
            continue;
        }
        *eq = 0;
        char *key = trim(line), *val = trim(eq + 1);
        if (sec == S_NONE) {
            if (!seen_keys_line)
                err_at(&C, lineno, "'%s' is outside any section", key);
            seen_keys_line = lineno;
            continue;
        }
        const int *allowed = sec == S_EXPERIMENT ? allowed_experiment : sec == S_WORKLOAD ? allowed_workload : allowed_config;
        const char *secname = sec == S_EXPERIMENT ? "[experiment]" : sec == S_WORKLOAD ? "[workload]" : "[config]";
        int k = key_index(key, allowed);
        if (k < 0) {
            char *list = allowed_text(allowed);
            err_at(&C, lineno, "unknown key '%s' in %s (allowed: %s)", key, secname, list ? list : "?");
            free(list);
            continue;
        }
        if (at[k]) {
            err_at(&C, lineno, "duplicate key '%s' (first at line %d)", key, at[k]);
            continue;
        }
        at[k] = lineno;
        if (!*val && k != K_ARGS) {
            err_at(&C, lineno, "'%s' has an empty value", key);
            continue;
        }
        lab_workload *w = sec == S_WORKLOAD ? &out->workloads[out->nworkloads - 1] : NULL;
        lab_config *c = sec == S_CONFIG ? &out->configs[out->nconfigs - 1] : NULL;
        char *end;
        switch (k) {
        case K_NAME:
            name_line = lineno;
            if (!valid_name(val))
                err_at(&C, lineno, "bad experiment name '%s': use letters, digits, '_', '-' and '.'", val);
            else
                out->name = strdup(val);
            break;
        case K_SEED:
            errno = 0;
            out->seed = strtoull(val, &end, 10);
            if (errno || *end || !isdigit((unsigned char)*val))
                err_at(&C, lineno, "bad seed '%s': a whole number >= 0 expected", val);
            break;
        case K_REPEATS: {
            errno = 0;
            long v = strtol(val, &end, 10);
            if (errno || *end || v < 1 || v > 1000)
                err_at(&C, lineno, "bad repeats '%s': a whole number from 1 to 1000 expected", val);
            else
                out->repeats = (int)v;
            break;
        }
        case K_JOBS: {
            errno = 0;
            long v = strtol(val, &end, 10);
            if (errno || *end || v < 1 || v > 1024)
                err_at(&C, lineno, "bad jobs '%s': a whole number from 1 to 1024 expected", val);
            else
                out->jobs = (int)v;
            break;
        }
        case K_TIMEOUT: {
            double v = strtod(val, &end);
            double mult = 1;
            if (end != val && (*end == 's' || *end == 'm' || *end == 'h') && !end[1]) {
                mult = *end == 'm' ? 60 : *end == 'h' ? 3600 : 1;
                end++;
            }
            if (end == val || *end || !(v > 0) || v * mult > 7 * 86400)
                err_at(&C, lineno, "bad timeout '%s': seconds > 0 expected (e.g. 30, 90s, 5m)", val);
            else
                out->timeout_s = v * mult;
            break;
        }
        case K_WDIR:
            wdir_text = val;
            wdir_line = lineno;
            break;
        case K_WARMUP: {
            /* what `gclab run --warmup` takes: seconds, or mark:NAME */
            double v = strtod(val, &end);
            bool mark = strncmp(val, "mark:", 5) == 0 && val[5] && strlen(val + 5) <= 63
                        && !strpbrk(val + 5, ",\"");
            if (!mark && (end == val || *end || !(v >= 0) || v > 1e9)) {
                err_at(&C, lineno, "bad warmup '%s': seconds >= 0 (e.g. 2.5) or mark:NAME expected", val);
            } else if (sec == S_EXPERIMENT) {
                free(out->warmup);
                out->warmup = strdup(val);
            } else {
                free(w->warmup);
                w->warmup = strdup(val);
            }
            break;
        }
        case K_FILE:
            w->file = strdup(val);
            w->file_line = lineno;
            break;
        case K_ARGS: {
            int r = split_args(val, &w->args, &w->nargs);
            if (r == -1)
                err_at(&C, lineno, "unterminated \" in args");
            break;
        }
        case K_COLLECTOR:
            if (!in_list(val, collectors)) {
                char *list = join(collectors);
                err_at(&C, lineno, "unknown collector '%s' (one of %s)", val, list ? list : "?");
                free(list);
            } else {
                c->collector = strdup(val);
            }
            break;
        case K_THRESHOLDS:
            if (!check_thresholds(val))
                err_at(&C, lineno, "bad thresholds '%s': 1 to 3 whole numbers >= 0 separated by commas (e.g. 700,10,10)", val);
            else
                c->thresholds = strdup(val);
            break;
        case K_FREEZE:
            c->freeze = parse_bool(val);
            if (c->freeze < 0)
                err_at(&C, lineno, "bad freeze '%s': on or off expected", val);
            break;
        case K_ALLOCATOR:
            if (!in_list(val, allocators)) {
                char *list = join(allocators);
                err_at(&C, lineno, "unknown allocator '%s' (one of %s)", val, list ? list : "?");
                free(list);
            } else {
                c->allocator = strdup(val);
            }
            break;
        case K_ARENA:
        case K_POOL: {
            uint64_t v;
            bool arena = k == K_ARENA;
            if (lab_parse_size(val, &v) < 0 || !is_pow2(v) || v < (arena ? 4096u : 1024u) || v > ((uint64_t)1 << 30))
                err_at(&C, lineno, "bad %s '%s': a power of two from %s to 1G expected (e.g. %s)", key, val,
                       arena ? "4K" : "1K", arena ? "1M" : "16K");
            else if (arena)
                c->arena_size = v;
            else
                c->pool_size = v;
            break;
        }
        case K_TRIGGER:   /* checked with the collector, in check_config */
            c->trigger = strdup(val);
            break;
        case K_HEAP:
            c->heap_policy = strdup(val);
            break;
        case K_RUNTIME:
            if (strcmp(val, "python") == 0)
                c->python = true;
            else if (strcmp(val, "gclab") != 0)
                err_at(&C, lineno, "bad runtime '%s': gclab (the default) or python expected", val);
            break;
        case K_PYTHON:
            c->python_text = strdup(val);
            c->python_line = lineno;
            break;
        case K_GC_OPT:
            if (split_args(val, &c->gc_opts, &c->ngc_opts) == -1)
                err_at(&C, lineno, "unterminated \" in gc_opt");
            break;
        }
    }
    if (sec == S_CONFIG)
        check_config(&C, &out->configs[out->nconfigs - 1], at, spec_dir);
    bool warmup = out->warmup != NULL;
    for (size_t i = 0; i < out->nworkloads; i++)
        warmup |= out->workloads[i].warmup != NULL;
    for (size_t i = 0; i < out->nconfigs; i++)
        if (out->configs[i].python && warmup)
            err_at(&C, out->configs[i].line, "[config %s] runs on CPython, whose wrapper has no warm-up yet: "
                   "remove 'warmup' or this configuration", out->configs[i].name);

    int last = lineno ? lineno : 1;
    if (!experiment_line)
        err_at(&C, last, "no [experiment] section (it needs at least 'name')");
    else if (!name_line)
        err_at(&C, experiment_line, "[experiment] has no 'name'");
    if (!out->nworkloads)
        err_at(&C, last, "no [workload NAME] section: nothing to run");
    if (!out->nconfigs)
        err_at(&C, last, "no [config NAME] section: nothing to run");

    char *base = NULL;
    if (wdir_text) {
        base = wdir_text[0] == '/' ? strdup(wdir_text) : lab_strdup_printf("%s/%s", spec_dir, wdir_text);
        struct stat st;
        if (!base || stat(base, &st) != 0 || !S_ISDIR(st.st_mode))
            err_at(&C, wdir_line, "workloads_dir %s is not a folder", base ? base : wdir_text);
        out->workloads_dir = base ? strdup(base) : NULL;
    } else {
        base = strdup(spec_dir);
    }
    /* Workload files are checked once the folder they are relative to is known. */
    for (size_t i = 0; i < out->nworkloads; i++)
        check_workload(&C, &out->workloads[i], base ? base : ".");
    free(base);
    free(spec_dir);
    free(text);
    if (C.nerrors) {
        *errors = C.errors;
        lab_spec_free(out);
        return -1;
    }
    free(C.errors);
    return 0;
}

void lab_spec_free(lab_spec *s)
{
    for (size_t i = 0; i < s->nworkloads; i++) {
        lab_workload *w = &s->workloads[i];
        free(w->name);
        free(w->file);
        free(w->path);
        free(w->warmup);
        for (size_t j = 0; j < w->nargs; j++)
            free(w->args[j]);
        free(w->args);
    }
    for (size_t i = 0; i < s->nconfigs; i++) {
        lab_config *c = &s->configs[i];
        free(c->name);
        free(c->collector);
        free(c->thresholds);
        free(c->allocator);
        free(c->heap_policy);
        free(c->trigger);
        free(c->python_text);
        free(c->python_path);
        free(c->python_exe);
        free(c->python_version);
        for (size_t j = 0; j < c->ngc_opts; j++)
            free(c->gc_opts[j]);
        free(c->gc_opts);
    }
    free(s->workloads);
    free(s->configs);
    free(s->path);
    free(s->warmup);
    free(s->name);
    free(s->workloads_dir);
    memset(s, 0, sizeof *s);
}

char **lab_config_flags(const lab_config *c)
{
    char **v = calloc(20 + 2 * c->ngc_opts, sizeof *v);   /* 9 flag pairs, the options, the NULL */
    int n = 0;
    if (!v || c->python)   /* CPython takes none of gclab's flags (lab_pyconfig_head) */
        return v;
    v[n++] = strdup("--gc");
    v[n++] = strdup(c->collector);
    if (c->thresholds) {
        v[n++] = strdup("--threshold");
        v[n++] = strdup(c->thresholds);
    }
    if (c->freeze == 1)
        v[n++] = strdup("--freeze");
    if (c->trigger) {
        v[n++] = strdup("--gc-trigger");
        v[n++] = strdup(c->trigger);
    }
    if (c->allocator) {
        v[n++] = strdup("--alloc");
        v[n++] = strdup(c->allocator);
    }
    if (c->arena_size) {
        v[n++] = strdup("--arena-size");
        v[n++] = lab_strdup_printf("%llu", (unsigned long long)c->arena_size);
    }
    if (c->pool_size) {
        v[n++] = strdup("--pool-size");
        v[n++] = lab_strdup_printf("%llu", (unsigned long long)c->pool_size);
    }
    if (c->heap_policy) {
        v[n++] = strdup("--heap-policy");
        v[n++] = strdup(c->heap_policy);
    }
    for (size_t i = 0; i < c->ngc_opts; i++) {
        v[n++] = strdup("--gc-opt");
        v[n++] = strdup(c->gc_opts[i]);
    }
    for (int i = 0; i < n; i++)
        if (!v[i]) {
            lab_strv_free(v);
            return NULL;
        }
    return v;
}
