/*
 * provenance.c -- provenance.json of an experiment (provenance.h).
 *
 * The build facts come from gclab_buildinfo.h, generated at every build
 * (scripts/buildinfo.cmake): they describe the lab's own binary.  When
 * --gclab names another binary, its path is recorded and the build facts
 * are marked as those of the experiment driver.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "lab/provenance.h"
#include "lab/fileio.h"
#include "lab/json.h"
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
    kv(f, "    ", "kernel", kernel, 0);
    fputs("  },\n  \"runs\": [", f);
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
