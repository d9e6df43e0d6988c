/*
 * gen.h -- generator objects.
 *
 * A generator owns its frame: calling a generator function binds the
 * arguments in a frame on the value stack as any call does, then the frame
 * is copied into the generator object (CPython 3.11 does the same), which
 * is a GC container whose traverse visits the suspended frame's function,
 * namespaces, locals, cells and live value stack.  Resuming runs that frame
 * in place with vm_eval_frame; YIELD_VALUE saves ip/sp and returns to the
 * resumer, RETURN_VALUE or an escaping exception clear the frame (its
 * references are dropped at once, as CPython clears a finished frame).
 * gi_frame is the frame's object (vm/frameobj.h), made on first use; when
 * the generator clears its frame the object takes the locals over if
 * someone still holds it.
 *
 * Invariants: a frame whose code has VM_CO_GENERATOR lives inside a vm_gen
 * (vm_gen_of_frame) whenever the eval loop runs it; state is RUNNING exactly
 * while the frame is on the vm.frame chain; the frame's references are
 * owned only in the CREATED and SUSPENDED states.
 */
#ifndef GCLAB_VM_GEN_H
#define GCLAB_VM_GEN_H

#include <stddef.h>
#include "vm/eval.h"

enum { VM_GEN_CREATED, VM_GEN_SUSPENDED, VM_GEN_RUNNING, VM_GEN_COMPLETED };

typedef struct vm_gen {
    RT_OBJECT_HEAD
    rt_object *code;          /* vm_code (gi_code) */
    rt_object *name, *qualname;
    rt_object *exc_state;     /* the exception its own handlers were handling when it yielded */
    rt_object *weakreflist;
    int state;
    /* the frame follows, at VM_GEN_FRAME_OFFSET */
} vm_gen;

#define VM_GEN_FRAME_OFFSET ((sizeof(vm_gen) + 15) & ~(size_t)15)
#define vm_gen_frame(g) ((vm_frame *)((char *)(g) + VM_GEN_FRAME_OFFSET))
#define vm_gen_of_frame(f) ((vm_gen *)((char *)(f) - VM_GEN_FRAME_OFFSET))

extern rt_type vm_gen_type;

/* Make a generator from the frame f just bound for a call (bytes of it
 * copied; the caller then pops f without dropping its references, which the
 * generator now owns).  NULL + exception. */
rt_object *vm_gen_new(vm_frame *f, size_t frame_size);

/* Resume g with value v (borrowed): 0 yielded *out, 1 returned *out, -1
 * error.  `direct`: resumed by the eval loop (FOR_ITER, YIELD_FROM) with
 * every reference of the resumer visible in its frame, so the generator's
 * frame does not count as a C entry for vm_is_safe. */
int vm_gen_send(rt_object *g, rt_object *v, rt_object **out, bool direct);
/* `yield from` one step on any iterator recv: the same results as above. */
int vm_gen_delegate(rt_object *recv, rt_object *v, rt_object **out);

/* The eval loop's YIELD_VALUE: f (saved) suspends, its generator SUSPENDED. */
void vm_gen_suspend(vm_frame *f);
/* The eval loop's YIELD_FROM on the saved frame f ([recv, v] on top): 0 the
 * delegate yielded *out and f is suspended on the YIELD_FROM again; 1 it
 * returned, its value replacing [recv, v]; -1 error (v popped). */
int vm_gen_yield_from(vm_frame *f, rt_object **out);

int vm_gen_init(void);

#endif
