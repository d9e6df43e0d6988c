/*
 * func.h -- function objects, cells, bound methods, staticmethod and
 * classmethod.
 *
 * All five are GC containers: a function references its globals (which
 * usually reference the function back), a closure's cells reference the
 * functions that close over them, so these are the cycles every Python
 * program makes.
 */
#ifndef GCLAB_VM_FUNC_H
#define GCLAB_VM_FUNC_H

#include "runtime/object.h"
#include "compiler/code.h"

typedef struct vm_function {
    RT_OBJECT_HEAD
    rt_object *code;        /* vm_code */
    rt_object *globals;     /* dict */
    rt_object *builtins;    /* dict */
    rt_object *name, *qualname;   /* str */
    rt_object *defaults;    /* tuple or NULL */
    rt_object *kwdefaults;  /* dict or NULL */
    rt_object *closure;     /* tuple of cells or NULL */
    rt_object *dict;        /* __dict__ or NULL */
    rt_object *module;      /* __module__ (str) or NULL */
    rt_object *doc;         /* NULL */
    rt_object *annotations; /* MAKE_FUNCTION's tuple (name, value, ...), the dict made
                             * from it (or empty) on the first read of __annotations__, or NULL */
    rt_object *weakreflist;
} vm_function;

typedef struct vm_cell {
    RT_OBJECT_HEAD
    rt_object *ref;         /* NULL: empty */
} vm_cell;

typedef struct vm_method {
    RT_OBJECT_HEAD
    rt_object *func;
    rt_object *self;
    rt_object *weakreflist;
} vm_method;

typedef struct vm_wrapper {   /* staticmethod / classmethod */
    RT_OBJECT_HEAD
    rt_object *callable;
    rt_object *dict;
} vm_wrapper;

extern rt_type vm_function_type, vm_cell_type, vm_method_type,
    vm_staticmethod_type, vm_classmethod_type,
    vm_property_type;   /* property.c */

/* An exact property's getter (borrowed, NULL when it has none): the eval
 * loop's LOAD_ATTR_PROPERTY calls it without the descriptor protocol. */
rt_object *vm_property_fget(rt_object *p);

static inline bool vm_function_check(rt_object *o) { return o->type == &vm_function_type; }
static inline bool vm_cell_check(rt_object *o) { return o->type == &vm_cell_type; }
static inline bool vm_method_check(rt_object *o) { return o->type == &vm_method_type; }

/* New function for code with globals (borrowed); qualname from the code. */
rt_object *vm_function_new(rt_object *code, rt_object *globals, rt_object *builtins);
rt_object *vm_cell_new(rt_object *ref);            /* ref borrowed, may be NULL */
rt_object *vm_method_new(rt_object *func, rt_object *self);   /* borrowed */
rt_object *vm_staticmethod_new(rt_object *callable);
rt_object *vm_classmethod_new(rt_object *callable);
/* Is f abstract (its __isabstractmethod__ true, CPython's
 * _PyObject_IsAbstract)?  1 / 0 / -1. */
int vm_is_abstract(rt_object *f);

int vm_func_init(void);

#endif
