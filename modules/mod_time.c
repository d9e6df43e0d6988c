/*
 * mod_time.c -- the time module: perf_counter, process_time, thread_time,
 * monotonic and time, in seconds (float) and nanoseconds (int), and
 * sleep.  Every clock function refuses arguments as CPython's does
 * ("time.time() takes no arguments (1 given)").
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <time.h>
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/float.h"

#define MF VM_MODFUNC

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* One clock, read as seconds or nanoseconds, after CPython's argument
 * check (keywords are refused first, as METH_NOARGS does). */
static rt_object *read_clock(const char *name, clockid_t id, bool ns, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_format(&rt_exc_TypeError, "time.%s() takes no keyword arguments", name);
    if (nargs != 0)
        return rt_err_format(&rt_exc_TypeError, "time.%s() takes no arguments (%ld given)", name, (long)nargs);
    int64_t v = clock_ns(id);
    return ns ? rt_int_from_i64(v) : rt_float_from_double((double)v / 1e9);
}

#define CLOCK_FN(cname, pyname, id, ns)                       \
    MF(cname)                                                 \
    {                                                         \
        (void)self; (void)args;                               \
        return read_clock(pyname, id, ns, nargs, kwnames);    \
    }

CLOCK_FN(time_perf_counter, "perf_counter", CLOCK_MONOTONIC, false)
CLOCK_FN(time_perf_counter_ns, "perf_counter_ns", CLOCK_MONOTONIC, true)
CLOCK_FN(time_monotonic, "monotonic", CLOCK_MONOTONIC, false)
CLOCK_FN(time_monotonic_ns, "monotonic_ns", CLOCK_MONOTONIC, true)
CLOCK_FN(time_process_time, "process_time", CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FN(time_process_time_ns, "process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true)
CLOCK_FN(time_thread_time, "thread_time", CLOCK_THREAD_CPUTIME_ID, false)
CLOCK_FN(time_thread_time_ns, "thread_time_ns", CLOCK_THREAD_CPUTIME_ID, true)
CLOCK_FN(time_time, "time", CLOCK_REALTIME, false)
CLOCK_FN(time_time_ns, "time_ns", CLOCK_REALTIME, true)

/* sleep(secs): an int or a float (an object with __index__ or
 * __float__ too), never negative; the wait resumes after a signal
 * (PEP 475). */
MF(time_sleep)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "time.sleep() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "time.sleep() takes exactly one argument (%ld given)",
                             (long)nargs);
    rt_object *a = args[0];
    double secs;
    if (rt_float_check(a)) {
        secs = rt_float_as_double(a);
        if (isnan(secs))
            return rt_err_set_string(&rt_exc_ValueError, "Invalid value NaN (not a number)");
    } else if (rt_int_check(a) || (RT_TYPE(a)->as_number && RT_TYPE(a)->as_number->index)) {
        int64_t n = rt_number_as_ssize(a);
        if (n == -1 && rt_err_occurred()) {
            if (rt_err_matches(&rt_exc_OverflowError)) {
                rt_err_clear();
                return rt_err_set_string(&rt_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
            return NULL;
        }
        secs = (double)n;
    } else {
        return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             rt_type_name(a));
    }
    if (secs < 0)
        return rt_err_set_string(&rt_exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9)   /* beyond _PyTime_t's nanoseconds */
        return rt_err_set_string(&rt_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    struct timespec want = { (time_t)secs, (long)((secs - floor(secs)) * 1e9) }, left;
    while (nanosleep(&want, &left) != 0 && errno == EINTR)
        want = left;
    return rt_newref(RT_NONE);
}

RT_NOSCAN static rt_method_def time_defs[] = {
    { "perf_counter", time_perf_counter, RT_METH_FASTCALL, NULL },
    { "perf_counter_ns", time_perf_counter_ns, RT_METH_FASTCALL, NULL },
    { "process_time", time_process_time, RT_METH_FASTCALL, NULL },
    { "process_time_ns", time_process_time_ns, RT_METH_FASTCALL, NULL },
    { "thread_time", time_thread_time, RT_METH_FASTCALL, NULL },
    { "thread_time_ns", time_thread_time_ns, RT_METH_FASTCALL, NULL },
    { "monotonic", time_monotonic, RT_METH_FASTCALL, NULL },
    { "monotonic_ns", time_monotonic_ns, RT_METH_FASTCALL, NULL },
    { "time", time_time, RT_METH_FASTCALL, NULL },
    { "time_ns", time_time_ns, RT_METH_FASTCALL, NULL },
    { "sleep", time_sleep, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};
int vm_mod_time_init(void)
{
    return vm_add_builtin_module("time", time_defs) ? 0 : -1;
}
