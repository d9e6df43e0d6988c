/*
 * mod_weakref.h -- what the weakref module's files (mod_weakref.c,
 * mod_weakref_proxy.c, mod_weakref_method.c) share; the module's entry points are in modules.h.
 */
#ifndef GCLAB_MODULES_MOD_WEAKREF_H
#define GCLAB_MODULES_MOD_WEAKREF_H

#include "runtime/object.h"

/* Refuse keyword arguments and a positional count outside [lo, hi] with
 * CPython's message for fname (0 / -1). */
int vm_weakref_check_args(const char *fname, intptr_t nargs, rt_object *kwnames, intptr_t lo, intptr_t hi);

extern rt_type vm_weakref_proxy_type, vm_weakref_callable_proxy_type;
/* weakref.proxy(obj[, callback]) */
rt_object *vm_weakref_proxy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames);
/* Give the proxy types the weakref's lifetime slots (before readying). */
int vm_weakref_proxy_ready(void);
/* weakref.WeakMethod (mod_weakref_method.c), a subclass of the ref type. */
extern rt_type vm_weakref_method_type;

#endif
