/*
 * recursion.c -- the C recursion limits of recursion.h: a depth counter
 * and the bounds of the C stack.
 *
 * The stack's bounds come from pthread_getattr_np (for the main thread
 * glibc derives them from RLIMIT_STACK and the mapping); when that fails,
 * from RLIMIT_STACK measured from the frame that calls rt_stack_init.  An
 * unlimited or huge stack is taken as RT_STACK_MAX, since the kernel may
 * place another mapping below the stack long before "unlimited".
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sys/resource.h>
#include "runtime/recursion.h"
#include "runtime/error.h"

#define RT_STACK_MAX ((uintptr_t)1 << 30)

int rt_recursion_limit = 1000;
int *rt_call_depth;
const int *rt_call_limit;
uintptr_t rt_stack_floor;
static int depth;

void rt_stack_init(void)
{
    if (rt_stack_floor)
        return;
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    uintptr_t low = 0;
    pthread_attr_t a;
    if (pthread_getattr_np(pthread_self(), &a) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&a, &addr, &size) == 0 && (uintptr_t)addr < here)
            low = (uintptr_t)addr;
        pthread_attr_destroy(&a);
    }
    if (!low) {
        struct rlimit rl;
        uintptr_t size = RT_STACK_MAX;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
            size = (uintptr_t)rl.rlim_cur;
        low = here > size ? here - size : 0;
    }
    if (here - low > RT_STACK_MAX)
        low = here - RT_STACK_MAX;
    rt_stack_floor = low + RT_STACK_MARGIN;
}

int rt_recursion_error(const char *where)
{
    rt_err_format(&rt_exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
    return -1;
}

int rt_enter_recursive(const char *where)
{
    if (depth >= rt_recursion_limit || rt_stack_low())
        return rt_recursion_error(where);
    depth++;
    return 0;
}

void rt_leave_recursive(void)
{
    depth--;
}
