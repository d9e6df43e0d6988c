/*
 * provenance.c -- provenance.json of an experiment (provenance.h).
 *
 * The build facts come from gclab_buildinfo.h, generated at every build
 * (scripts/buildinfo.cmake): they describe the lab's own binary.  When
 * --gclab names another binary, its path is recorded and the build facts
 * are marked as those of the experiment driver.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "lab/provenance.h"
#include "lab/fileio.h"
#include "lab/json.h"
#include "lab/sha256.h"
#include "gclab_buildinfo.h"

void lab_utc_now(char *buf, size_t n, int compact)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, compact ? "%Y%m%dT%H%M%SZ" : "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The value of the first "key : value" line starting with key. */
static char *proc_field(const char *path, const char *key)
{
    char *text = lab_read_file(path, NULL), *r = NULL;
    if (!text)
        return NULL;
    size_t kl = strlen(key);
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        if (strncmp(line, key, kl) == 0) {
            char *v = strchr(line, ':');
            if (v) {
                v++;
                while (*v == ' ' || *v == '\t')
                    v++;
                r = strdup(v);
            }
            break;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    return r;
}

int lab_load_average(double out[3])
{
    out[0] = out[1] = out[2] = NAN;
    char *text = lab_read_file("/proc/loadavg", NULL);
    int ok = text && sscanf(text, "%lf %lf %lf", &out[0], &out[1], &out[2]) == 3;
    free(text);
    if (!ok)
        out[0] = out[1] = out[2] = NAN;
    return ok ? 0 : -1;
}

void lab_busy_warning(const double load[3], char *buf, size_t n)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    buf[0] = 0;
    /* Half the cores busy already: the runs share the CPUs with something
     * else, and wall times, pauses and their spread will show it. */
    if (cores > 0 && load[0] > 0.5 * (double)cores)
        snprintf(buf, n, "the machine is busy (load average %.2f on %ld cores): wall times and pauses will be noisy",
                 load[0], cores);
}

/* The copy of a workload file under root/workloads/: its base name. */
static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

int lab_provenance_copy_workloads(const lab_spec *spec, const char *root, char *err, size_t errlen)
{
    char *dir = lab_strdup_printf("%s/workloads", root);
    if (!dir || lab_mkdirs(dir, err, errlen) < 0) {
        if (!dir)
            snprintf(err, errlen, "out of memory");
        free(dir);
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < spec->nworkloads && rc == 0; i++) {
        const char *src = spec->workloads[i].path;
        bool done = false;   /* several workloads may run one file */
        for (size_t j = 0; j < i; j++)
            done |= strcmp(spec->workloads[j].path, src) == 0;
        if (done)
            continue;
        size_t n;
        char *text = lab_read_file(src, &n);
        char *dst = lab_strdup_printf("%s/%s", dir, base_name(src));
        if (!text)
            snprintf(err, errlen, "%s: %s", src, strerror(errno));
        if (!text || !dst || lab_write_atomic_bytes(dst, text, n, err, errlen) < 0)
            rc = -1;
        free(text);
        free(dst);
    }
    free(dir);
    return rc;
}

static void kv(FILE *f, const char *indent, const char *key, const char *value, int comma)
{
    fprintf(f, "%s", indent);
    lab_json_write_string(f, key);
    fputs(": ", f);
    if (value)
        lab_json_write_string(f, value);
    else
        fputs("null", f);
    fputs(comma ? ",\n" : "\n", f);
}

static int write_prov(FILE *f, void *arg)
{
    const lab_provenance *p = arg;
    struct utsname u;
    uname(&u);
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    char *cpu = proc_field("/proc/cpuinfo", "model name");
    char *mem = proc_field("/proc/meminfo", "MemTotal");
    char kernel[600];
    snprintf(kernel, sizeof kernel, "%s %s %s %s", u.sysname, u.release, u.version, u.machine);

    fputs("{\n  \"format\": \"gclab-provenance/1\",\n", f);
    kv(f, "  ", "experiment", p->spec->name, 1);
    kv(f, "  ", "spec", p->spec->path, 1);
    kv(f, "  ", "command", p->command_line, 1);
    kv(f, "  ", "started_utc", p->started_utc, 1);
    kv(f, "  ", "finished_utc", p->finished_utc, 1);
    fprintf(f, "  \"seed\": %llu,\n  \"repeats\": %d,\n  \"timeout_s\": ", (unsigned long long)p->spec->seed,
            p->spec->repeats);
    lab_json_write_number(f, p->spec->timeout_s);
    fputs(",\n  \"gclab\": {\n", f);
    kv(f, "    ", "binary", p->gclab, 1);
    kv(f, "    ", "commit", GCLAB_BUILD_COMMIT, 1);
    fprintf(f, "    \"dirty\": %s,\n", GCLAB_BUILD_DIRTY < 0 ? "null" : GCLAB_BUILD_DIRTY ? "true" : "false");
    kv(f, "    ", "compiler", GCLAB_BUILD_COMPILER, 1);
    kv(f, "    ", "flags", GCLAB_BUILD_FLAGS, 1);
    kv(f, "    ", "source_dir", GCLAB_BUILD_SOURCE_DIR, 0);
    fputs("  },\n  \"machine\": {\n", f);
    kv(f, "    ", "hostname", host, 1);
    kv(f, "    ", "cpu_model", cpu, 1);
    fprintf(f, "    \"cores\": %ld,\n", sysconf(_SC_NPROCESSORS_ONLN));
    kv(f, "    ", "memory", mem, 1);
    kv(f, "    ", "kernel", kernel, 1);
    char *governor = lab_read_file("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", NULL);
    if (governor)
        governor[strcspn(governor, "\n")] = 0;
    kv(f, "    ", "cpu_governor", governor, 1);   /* null: no cpufreq (a VM) */
    free(governor);
    double now[3];
    lab_load_average(now);
    fputs("    \"load_average_start\": [", f);
    for (int i = 0; i < 3; i++) {
        fputs(i ? ", " : "", f);
        lab_json_write_number(f, p->load_start[i]);
    }
    fputs("],\n    \"load_average_end\": [", f);
    for (int i = 0; i < 3; i++) {
        fputs(i ? ", " : "", f);
        lab_json_write_number(f, now[i]);
    }
    fputs("]\n  },\n  \"workloads\": [", f);
    for (size_t i = 0; i < p->spec->nworkloads; i++) {
        const lab_workload *w = &p->spec->workloads[i];
        char digest[LAB_SHA256_HEX];
        bool hashed = lab_sha256_file(w->path, digest) == 0;
        fputs(i ? ",\n    {" : "\n    {", f);
        fputs("\"name\": ", f);
        lab_json_write_string(f, w->name);
        fputs(", \"file\": ", f);
        lab_json_write_string(f, w->path);
        fputs(", \"copy\": ", f);
        char *copy = lab_strdup_printf("workloads/%s", base_name(w->path));
        lab_json_write_string(f, copy ? copy : "");
        free(copy);
        fputs(", \"sha256\": ", f);
        if (hashed)
            lab_json_write_string(f, digest);
        else
            fputs("null", f);
        fputc('}', f);
    }
    fputs(p->spec->nworkloads ? "\n  ],\n  \"runs\": [" : "],\n  \"runs\": [", f);
    for (size_t i = 0; i < p->nruns; i++) {
        const lab_run *r = &p->runs[i];
        char *cmd = lab_shell_join(r->argv);
        fputs(i ? ",\n    {" : "\n    {", f);
        fputs("\"id\": ", f);
        lab_json_write_string(f, r->id);
        fputs(", \"workload\": ", f);
        lab_json_write_string(f, p->run_workload[i]);
        fputs(", \"config\": ", f);
        lab_json_write_string(f, p->run_config[i]);
        fputs(", \"status\": ", f);
        lab_json_write_string(f, lab_run_status_name(r->status));
        fputs(", \"cmd\": ", f);
        lab_json_write_string(f, cmd ? cmd : "");
        fputc('}', f);
        free(cmd);
    }
    fputs(p->nruns ? "\n  ]\n}\n" : "]\n}\n", f);
    free(cpu);
    free(mem);
    return 0;
}

int lab_provenance_write(const char *path, const lab_provenance *p, char *err, size_t errlen)
{
    return lab_write_atomic(path, write_prov, (void *)p, err, errlen);
}
