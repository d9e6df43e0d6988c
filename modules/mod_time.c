/*
 * mod_time.c -- the time module: perf_counter, process_time, monotonic and
 * time, in seconds (float) and nanoseconds (int).
 */
#include <stdint.h>
#include <time.h>
#include "modules/modules.h"
#include "runtime/int.h"
#include "runtime/float.h"

#define MF VM_MODFUNC

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

MF(time_perf_counter)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_float_from_double((double)clock_ns(CLOCK_MONOTONIC) / 1e9);
}

MF(time_perf_counter_ns)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_int_from_i64(clock_ns(CLOCK_MONOTONIC));
}

MF(time_process_time)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_float_from_double((double)clock_ns(CLOCK_PROCESS_CPUTIME_ID) / 1e9);
}

MF(time_process_time_ns)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

MF(time_time)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_float_from_double((double)clock_ns(CLOCK_REALTIME) / 1e9);
}

static rt_method_def time_defs[] = {
    { "perf_counter", time_perf_counter, RT_METH_FASTCALL, NULL },
    { "perf_counter_ns", time_perf_counter_ns, RT_METH_FASTCALL, NULL },
    { "process_time", time_process_time, RT_METH_FASTCALL, NULL },
    { "process_time_ns", time_process_time_ns, RT_METH_FASTCALL, NULL },
    { "monotonic", time_perf_counter, RT_METH_FASTCALL, NULL },
    { "time", time_time, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};
int vm_mod_time_init(void)
{
    return vm_add_builtin_module("time", time_defs) ? 0 : -1;
}
