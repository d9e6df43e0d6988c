/*
 * merge.c -- whether runs pooled from several result folders are the same
 * experiment (results.h: lab_run_recipe, lab_results_check_mixed).
 *
 * `gclab report A B` and `gclab compare A B` pool the runs of the same
 * workload and configuration name.  That is sound only when they were made
 * the same way: the same command (flags, program arguments, seed), the same
 * program text and the same gclab build.  A run's recipe is its command as
 * run.json records it with what legitimately differs between folders taken
 * out -- the run's own files (stats, trace) and the folders the
 * binary and the workload lived in -- and the workload file replaced by its
 * SHA-256 from provenance.json; the build is provenance.json's commit and
 * dirty flag.  Folders written before run.json recorded argv have no
 * recipe: nothing to compare, nothing refused.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lab/results.h"
#include "lab/fileio.h"

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* The SHA-256 provenance.json gives for the workload file path, or NULL. */
static const char *workload_digest(const lab_json *prov, const char *path)
{
    const lab_json *ws = lab_json_get(prov, "workloads");
    for (size_t i = 0; ws && ws->type == LAB_JSON_ARRAY && i < ws->n; i++) {
        const char *f = lab_json_str(ws->items[i], "file");
        if (f && strcmp(f, path) == 0)
            return lab_json_str(ws->items[i], "sha256");
    }
    return NULL;
}

char *lab_run_recipe(const lab_json *meta, const lab_json *prov, const char *id)
{
    const lab_json *argv = lab_json_get(meta, "argv");
    if (!argv || argv->type != LAB_JSON_ARRAY || argv->n == 0)
        return NULL;
    char *mark = lab_strdup_printf("/runs/%s/", id);   /* the run's own files, under any root */
    if (!mark)
        return NULL;
    char *s = strdup("");
    for (size_t i = 0; s && i < argv->n; i++) {
        const lab_json *a = argv->items[i];
        if (a->type != LAB_JSON_STRING) {
            free(s);
            return NULL;
        }
        const char *w = a->string, *digest = NULL, *own = strstr(w, mark);
        char *word;
        if (i == 0)
            word = strdup(base_name(w));   /* the binary or interpreter, wherever installed */
        else if (own)
            word = lab_strdup_printf("RUN/%s", own + strlen(mark));   /* this folder's stats and trace */
        else if (prov && (digest = workload_digest(prov, w)))
            word = lab_strdup_printf("%s(sha256 %s)", base_name(w), digest);
        else if (strchr(w, '/') && strstr(w, ".py"))
            word = strdup(base_name(w));   /* a script (the CPython wrapper, a workload without provenance) */
        else
            word = strdup(w);
        char *q = word ? lab_strdup_printf("%s%s%s", s, i ? " " : "", word) : NULL;
        free(word);
        free(s);
        s = q;
    }
    free(mark);
    return s;
}

/* The first difference between two recipes, as a short "`a` vs `b`". */
static void first_difference(const char *a, const char *b, char *out, size_t n)
{
    size_t i = 0;
    while (a[i] && a[i] == b[i])
        i++;
    while (i > 0 && a[i - 1] != ' ')   /* from the start of the differing word */
        i--;
    size_t la = strcspn(a + i, " "), lb = strcspn(b + i, " ");
    snprintf(out, n, "`%.*s` vs `%.*s`", (int)(la > 120 ? 120 : la), a + i, (int)(lb > 120 ? 120 : lb), b + i);
}

int lab_results_check_mixed(const lab_results *R, char *err, size_t errlen)
{
    for (size_t g = 0; g < R->ngroups; g++) {
        const lab_group *G = &R->groups[g];
        const lab_result_run *first = NULL;
        for (size_t i = 0; i < R->nruns; i++) {
            const lab_result_run *r = &R->runs[i];
            if (strcmp(r->workload, G->workload) || strcmp(r->config, G->config))
                continue;
            if (!first) {
                first = r;
                continue;
            }
            if (r->folder == first->folder)
                continue;
            const char *fa = R->folders[first->folder], *fb = R->folders[r->folder];
            const char *ca = R->folder_builds[first->folder], *cb = R->folder_builds[r->folder];
            char what[400];
            what[0] = 0;
            if (first->recipe && r->recipe && strcmp(first->recipe, r->recipe)) {
                char d[300];
                first_difference(first->recipe, r->recipe, d, sizeof d);
                snprintf(what, sizeof what, "their commands differ (%s)", d);
            } else if (ca && cb && strcmp(ca, cb)) {
                snprintf(what, sizeof what, "gclab builds differ (commit %s vs %s)", ca, cb);
            }
            if (what[0]) {
                snprintf(err, errlen, "%s and %s both hold runs of %s on %s, made differently: %s; "
                         "--allow-mixed pools them anyway", fa, fb, G->workload, G->config, what);
                return -1;
            }
        }
    }
    return 0;
}
