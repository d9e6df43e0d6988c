/*
 * mod_gclab.c -- the gclab module: what a workload can tell the testbed
 * about itself.  mark(name) records a phase marker in the run's telemetry
 * (a "mark" event in trace.csv), so that `gclab run --warmup mark:NAME`
 * (spec key `warmup`) can leave a warm-up out of the figures.  Programs stay
 * plain Python: workloads/gclab.py is the same module as a no-op for
 * CPython, found beside the workloads; under gclab the built-in module is
 * found first, as CPython finds its built-in modules before sys.path.
 */
#include <string.h>
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/telemetry.h"

#define MF VM_MODFUNC

MF(gclab_mark)
{
    (void)self;
    (void)kwnames;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "mark() takes exactly one argument (%ld given)", (long)nargs);
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "mark() argument must be str, not %s", RT_TYPE(args[0])->name);
    const char *name = rt_str_data(args[0]);
    size_t n = (size_t)rt_str_size(args[0]);
    /* the name goes into a CSV column unquoted */
    if (n == 0 || n > RT_TEL_MARK_NAME_MAX || strcspn(name, ",\n\r\"") != n || strlen(name) != n)
        return rt_err_format(&rt_exc_ValueError,
                             "mark() name must be 1 to %d characters without commas, quotes or newlines",
                             RT_TEL_MARK_NAME_MAX);
    rt_tel_mark(name);
    return rt_none_new();
}

RT_NOSCAN static rt_method_def gclab_defs[] = {
    { "mark", gclab_mark, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_mod_gclab_init(void)
{
    return vm_add_builtin_module("gclab", gclab_defs) ? 0 : -1;
}
