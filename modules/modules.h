/*
 * modules.h -- gclab's built-in modules (sys, time, gc, weakref, gclab) and the
 * inittab that names them for vm_init.
 *
 * Adding a module: one file here with its init (and, if it keeps C-side
 * state, fini) function, and one line in config.c.  The order of the table
 * is the order of creation at start-up, which fixes what gc.get_count()
 * and the heap hold when a program starts: keep sys first.
 */
#ifndef GCLAB_MODULES_MODULES_H
#define GCLAB_MODULES_MODULES_H

#include "vm/module.h"

/* The table to pass to vm_init. */
extern const vm_inittab mod_inittab[];

int vm_mod_sys_init(void);
int vm_mod_time_init(void);
int vm_mod_gclab_init(void);
int vm_mod_gc_init(void);
void vm_mod_gc_fini(void);
int vm_mod_weakref_init(void);
void vm_mod_weakref_fini(void);
/* weakref.finalize at exit: call every live finalizer whose atexit is true,
 * newest first (CPython's atexit hook of the weakref module); afterwards
 * finalizers no longer run.  The weakref module's atexit entry. */
void vm_mod_weakref_atexit(void);

#endif
