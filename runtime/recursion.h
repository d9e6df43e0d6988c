/*
 * recursion.h -- limits on C recursion, so that deep nesting is a
 * RecursionError and never a crash.
 *
 * Two limits, as CPython 3.11 has in effect:
 *   - a depth counter for the operations CPython counts against
 *     sys.getrecursionlimit() (repr, str, rich comparison): entering one
 *     more level than rt_recursion_limit raises RecursionError("maximum
 *     recursion depth exceeded" + where);
 *   - the C stack actually left: every recursive C path (those above, the
 *     eval loop's calls, hashing, the parser, symbol table, compiler and
 *     marshal) checks rt_stack_low() and fails cleanly when fewer than
 *     RT_STACK_MARGIN bytes remain, whatever the recursion limit says and
 *     however big the frames are (AddressSanitizer's are several times the
 *     release build's).
 *
 * Invariant: every successful rt_enter_recursive is matched by one
 * rt_leave_recursive.  rt_stack_low() is false until rt_stack_init has
 * found the stack's bounds (then it describes the calling thread's stack:
 * the VM is single-threaded).
 */
#ifndef GCLAB_RUNTIME_RECURSION_H
#define GCLAB_RUNTIME_RECURSION_H

#include <stdbool.h>
#include <stdint.h>

/* Room kept free below the deepest frame a check allows: enough for the
 * non-recursive work between two checks and for raising and reporting the
 * error. */
#if defined(__SANITIZE_ADDRESS__)
#define RT_STACK_MARGIN (1024 * 1024)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_STACK_MARGIN (1024 * 1024)
#endif
#endif
#ifndef RT_STACK_MARGIN
#define RT_STACK_MARGIN (256 * 1024)
#endif

extern int rt_recursion_limit;     /* sys.getrecursionlimit(); default 1000 */
extern uintptr_t rt_stack_floor;   /* lowest frame address allowed; 0: unknown */

/* Find the bounds of the calling thread's stack (idempotent). */
void rt_stack_init(void);

static inline bool rt_stack_low(void)
{
    return (uintptr_t)__builtin_frame_address(0) < rt_stack_floor;
}

/* 0, or -1 with RecursionError set: "maximum recursion depth exceeded"
 * followed by where (CPython's " while getting the repr of an object",
 * " in comparison"...). */
int rt_enter_recursive(const char *where);
void rt_leave_recursive(void);
/* Raise RecursionError("maximum recursion depth exceeded" + where) and
 * return -1: for the paths that only check rt_stack_low(). */
int rt_recursion_error(const char *where);

/* CPython 3.11's _PyObject_MakeTpCall: a call of an object that has no
 * vector call (a class, a slot wrapper or method-wrapper, an instance with
 * __call__) takes one level of the interpreter's recursion limit for its
 * duration, shared with the Python frames, and is refused "... while
 * calling a Python object" when it is the one too many.  The VM points
 * rt_call_depth at its frame depth and rt_call_limit at its limit
 * (vm_eval_init); unset, nothing is counted.  Every successful
 * rt_tpcall_enter is matched by one rt_tpcall_leave. */
extern int *rt_call_depth;
extern const int *rt_call_limit;

static inline int rt_tpcall_enter(void)
{
    if (!rt_call_depth)
        return 0;
    if (*rt_call_depth >= *rt_call_limit)
        return rt_recursion_error(" while calling a Python object");
    ++*rt_call_depth;
    return 0;
}

static inline void rt_tpcall_leave(void)
{
    if (rt_call_depth)
        --*rt_call_depth;
}

#endif
