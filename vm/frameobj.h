/*
 * frameobj.h -- frame objects (CPython 3.11's model): the Python-visible
 * view of a vm_frame, made only when something asks for one (a traceback
 * entry as an exception passes through the frame, generator.gi_frame,
 * frame.f_back, sys._getframe).
 *
 * While the frame runs (or its generator is suspended) the object points
 * at it and reads its locals and position there; the frame owns one
 * reference to the object (vm_frame.frameobj).  When the frame exits while
 * someone else still holds the object, vm_frameobj_exit moves the frame's
 * locals and cells into the object, which owns them from then on, takes
 * its own references to the function and namespace (borrowed from the
 * frame until then, as CPython 3.11's frame objects borrow them from the
 * interpreter frame: a frame object of a running frame adds nothing to
 * their reference counts; the globals and builtins stay borrowed, from the
 * function: a module frame, which runs without one, is given one then, as
 * CPython 3.11 runs module code through a function), links
 * the caller's frame object as f_back, and becomes a tracked GC
 * container, so that a cycle through a traceback (exception -> traceback
 * -> frame -> local -> exception) is found by every collector through its
 * traverse hook.
 *
 * Invariants: fo->frame != NULL iff the frame is alive, has
 * VM_FRAME_HAS_OBJ in its entry byte and f->frameobj == fo (the flag sits
 * in a byte the exit path tests anyway, so a frame without an object pays
 * nothing on push or exit); a frame object is tracked iff it is detached
 * (fo->frame == NULL);
 * detached, slots[0..nslots) hold the locals, cells and free cells the
 * frame had (owned), back is the caller's frame object (or NULL), and
 * func and locals are owned (globals and builtins too when func is NULL,
 * which only a failed allocation of a module frame's function leaves);
 * live, func is NULL and only a function frame's f_locals dict is the
 * object's own.
 */
#ifndef GCLAB_VM_FRAMEOBJ_H
#define GCLAB_VM_FRAMEOBJ_H

#include "vm/eval.h"

typedef struct vm_frameobj {
    RT_OBJECT_HEAD
    vm_frame *frame;          /* the live frame; NULL once it exited */
    rt_object *back;          /* detached: the caller's frame object (owned) or NULL */
    rt_object *code;          /* vm_code, owned */
    rt_object *func;          /* detached: the frame's function (owned) or NULL; live: NULL */
    rt_object *globals;       /* borrowed from the frame, then from func; owned when */
    rt_object *builtins;      /* detached without func (a module or exec frame) */
    rt_object *locals;        /* the module/class namespace (borrowed while live, owned
                               * detached), or the f_locals dict of a function frame (owned) */
    rt_object *trace;         /* f_trace (owned) or NULL: stored, never called (no tracing) */
    intptr_t lasti;           /* detached: the instruction the frame ended on */
    bool fast;                /* a function frame: f_locals is a snapshot of its slots */
    bool trace_lines, trace_opcodes;
    int nslots;
    rt_object *slots[];       /* detached: the frame's locals, cells and free cells */
} vm_frameobj;

extern rt_type vm_frameobj_type;

/* The frame object of the live frame f, made on first use (borrowed: f
 * owns it).  NULL + MemoryError. */
rt_object *vm_frameobj_get(vm_frame *f);
/* The exit hook, for a frame with f->frameobj set that is about to drop its
 * references: hands its locals over to the object when anyone else holds
 * it, then drops the frame's reference.  f->back must be the caller (live)
 * or NULL; f->ip the position it ended on. */
void vm_frameobj_exit(vm_frame *f);
/* f_locals of frame object fo (new reference): the namespace of a module
 * or class body, the refreshed snapshot dict of a function frame. */
rt_object *vm_frameobj_locals(rt_object *fo);
/* f_lasti / tb_lasti for instruction index i (-1: none run yet): the
 * offset CPython 3.11 would give if each instruction were one 2-byte code
 * unit after a RESUME at 0 (docs/conformance.md). */
#define VM_FRAME_LASTI(i) (2 * ((intptr_t)(i) + 1))
int vm_frameobj_init(void);

#endif
