/*
 * check.h -- GCLAB_ASSERT(cond): internal consistency checks that catch a
 * broken invariant where it breaks (a refcount going below zero, a list
 * link that does not point back, a root popped out of order, a header in
 * the wrong state between two collection phases) instead of as a crash
 * much later.
 *
 * Active when GCLAB_ASSERTS is defined (the debug and asan presets, see
 * CMakeLists.txt), compiled out otherwise: the release build pays nothing,
 * so asserts may sit on hot paths (rt_decref, the list operations).  cond
 * is not evaluated in release builds, so it must have no side effects; it
 * is still compiled (inside sizeof), so variables it names stay "used" and
 * a typo in it breaks every build.
 */
#ifndef GCLAB_RUNTIME_CHECK_H
#define GCLAB_RUNTIME_CHECK_H

#ifdef GCLAB_ASSERTS
#define GCLAB_ASSERTS_ON 1
/* Prints "gclab: assertion failed: COND (FILE:LINE in FUNC)" and aborts. */
_Noreturn void rt_assert_fail(const char *cond, const char *file, int line, const char *func);
#define GCLAB_ASSERT(cond) \
    ((cond) ? (void)0 : rt_assert_fail(#cond, __FILE__, __LINE__, __func__))
#else
#define GCLAB_ASSERTS_ON 0
#define GCLAB_ASSERT(cond) ((void)sizeof(!(cond)))
#endif

#endif
