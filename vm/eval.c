/*
 * eval.c -- the interpreter loop: frames on a chunked value stack, argument
 * binding, exception unwinding through the block stack, tracebacks.
 *
 * Invariants:
 *   - every slot of a frame's value stack below sp holds an owned reference
 *     or NULL (LOAD_METHOD pushes NULL when it found no unbound method);
 *   - vm.frame is the innermost running frame; frames are popped in LIFO
 *     order, so the stack memory is a bump pointer;
 *   - vm.handled_exc is the exception whose `except`/`finally` handler is
 *     running; each EXCEPT_HANDLER block keeps the previous one on the value
 *     stack and POP_EXCEPT / unwinding restores it.
 *
 * Dispatch uses GCC's labels-as-values when available (one indirect jump
 * per instruction), with a plain switch as the portable fallback.
 *
 * Size: this file is over the house's ~1,500 lines on purpose.  vm_run is
 * one function (~1,660 lines: its opcode bodies share the locals the
 * compiler keeps in registers), and the frame, call and quickening
 * helpers above it are static inline so that they are inlined into it;
 * moved to another translation unit they would become calls on the hot
 * path.  What is not on that path lives elsewhere (vm/evalsupport.c,
 * vm/typecache.c, vm/class.c, vm/super.c, vm/gen.c).
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/recursion.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/dict.h"
#include "runtime/slice.h"
#include "runtime/range.h"
#include "runtime/instattr.h"
#include "collectors/collector.h"
#include "vm/gen.h"
#include "vm/frameobj.h"

vm_state vm;

/* ---- value-stack chunks ---------------------------------------------------- */

typedef struct vm_chunk {
    struct vm_chunk *prev, *next;
    char *limit;
    char data[];
} vm_chunk;

/* 256 KiB per chunk: ~1000 small frames; a chunk is kept when popped back
 * so that a recursion oscillating at a boundary does not malloc per call. */
#define VM_CHUNK_SIZE ((size_t)256 << 10)

static vm_chunk *chunk_new(size_t need)
{
    size_t size = need > VM_CHUNK_SIZE ? need : VM_CHUNK_SIZE;
    vm_chunk *c = rt_raw_malloc_unscanned(sizeof(vm_chunk) + size);   /* vm_stacks */
    if (!c)
        return NULL;
    c->prev = c->next = NULL;
    c->limit = c->data + size;
    return c;
}

static inline size_t frame_size(const vm_code *co)
{
    size_t size = sizeof(vm_frame)
        + (size_t)(co->nlocalsplus + co->stacksize) * sizeof(rt_object *);
    return (size + 15) & ~(size_t)15;
}

/* A frame for co with its locals left unset (the caller sets each of
 * the co->nlocalsplus slots); NULL + RecursionError or MemoryError. */
static vm_frame *frame_alloc_unset(vm_code *co)
{
    size_t size = frame_size(co);
    if (vm.depth >= vm.recursion_limit || rt_stack_low()) {
        rt_err_set_string(&rt_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    /* vm_eval_init allocates the first chunk or fails, and no frame is
     * pushed without a successful vm_eval_init: never NULL here. */
    vm_chunk *c = vm.chunk;
    GCLAB_ASSERT(c != NULL);
    char *top = vm.top;
    if (top + size > c->limit) {
        vm_chunk *n = c->next;
        if (!n || n->data + size > n->limit) {
            if (n) {
                /* too small for this frame: replace it (and anything after) */
                vm_chunk *x = n;
                while (x) {
                    vm_chunk *nx = x->next;
                    rt_raw_free(x);
                    x = nx;
                }
            }
            n = chunk_new(size);
            if (!n) {
                rt_err_no_memory();
                return NULL;
            }
            n->prev = c;
            c->next = n;
        }
        vm.chunk = n;
        vm.top = n->data;
    }
    vm_frame *f = (vm_frame *)vm.top;
    f->saved_chunk = c;
    f->saved_top = top;
    vm.top += size;
    vm.depth++;
    f->code = co;
    f->func = NULL;
    f->locals = NULL;
    f->nblocks = 0;
    f->entry = 0;
    f->back = NULL;
    f->stack = f->localsplus + co->nlocalsplus;
    f->sp = f->stack;
    f->ip = co->code;
    return f;
}

static vm_frame *frame_alloc(vm_code *co)
{
    vm_frame *f = frame_alloc_unset(co);
    if (f)
        for (int i = 0; i < co->nlocalsplus; i++)
            f->localsplus[i] = NULL;
    return f;
}

/* Drop everything the frame owns. */
static inline void frame_clear(vm_frame *f)
{
    vm_code *co = f->code;
    int n = co->nlocalsplus;
    for (rt_object **p = f->stack; p < f->sp; p++)
        RT_XDECREF(*p);
    for (int i = 0; i < n; i++)
        RT_XDECREF(f->localsplus[i]);
    RT_XDECREF(f->locals);
    if (f->func) {
        rt_decref(f->func);   /* the globals were borrowed from it */
    } else {
        rt_decref(f->globals);
        rt_decref(RT_OBJ(co));
    }
    vm.depth--;
}

/* ... and give its memory back. */
static inline void frame_release(vm_frame *f)
{
    frame_clear(f);
    vm.chunk = f->saved_chunk;
    vm.top = f->saved_top;
}

/* A generator function's call: the bound frame moves into a generator
 * object (which takes over its references) and leaves the value stack. */
static rt_object *make_generator(vm_frame *f)
{
    rt_object *g = vm_gen_new(f, frame_size(f->code));
    if (!g) {
        frame_release(f);
        return NULL;
    }
    vm.depth--;
    vm.chunk = f->saved_chunk;
    vm.top = f->saved_top;
    return g;
}

static int frame_init_cells(vm_frame *f, vm_function *fn)
{
    vm_code *co = f->code;
    rt_object **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        int a = co->cell2arg[i];
        rt_object *init = a >= 0 ? f->localsplus[a] : NULL;
        rt_object *c = vm_cell_new(init);
        if (!c)
            return -1;
        cells[i] = c;
    }
    for (int i = 0; i < co->nfree; i++)
        cells[co->ncells + i] = rt_newref(RT_TUPLE_GET_ITEM(fn->closure, i));
    return 0;
}

/* A generator function's call made this generator instead of a frame
 * (frame_for_call returned NULL without an error); the caller takes it. */
static rt_object *made_generator;

/* A generator function's bound frame f becomes the generator: NULL, and
 * made_generator set (or an exception). */
static vm_frame *frame_to_generator(vm_frame *f, vm_function *fn)
{
    vm_code *co = f->code;
    if ((co->ncells | co->nfree) && frame_init_cells(f, fn) < 0) {
        frame_release(f);
        return NULL;
    }
    made_generator = make_generator(f);
    return NULL;
}

/* A new frame for calling fn; args are borrowed.  NULL + exception, or NULL
 * and made_generator set for a generator function (tested where the
 * binding found co->simple_args false, so that plain calls pay nothing
 * for generators). */
static vm_frame *frame_for_call(vm_function *fn, rt_object *const *args, intptr_t nargs,
                                rt_object *kwnames)
{
    vm_code *co = (vm_code *)fn->code;
    vm_frame *f = frame_alloc_unset(co);
    if (!f)
        return NULL;
    f->func = rt_newref(RT_OBJ(fn));
    f->globals = fn->globals;   /* borrowed from fn (vm_frame) */
    f->builtins = fn->builtins;
    intptr_t ndefaults = fn->defaults ? RT_SIZE(fn->defaults) : 0;
    /* a generator function with only positional parameters binds here too */
    if (!kwnames && nargs <= co->argcount && nargs >= co->argcount - ndefaults
        && (co->simple_args || (!(co->flags & (VM_CO_VARARGS | VM_CO_VARKEYWORDS))
                                && co->kwonlyargcount == 0))) {
        /* positional arguments, the missing ones from the defaults */
        for (intptr_t i = 0; i < nargs; i++)
            f->localsplus[i] = rt_newref(args[i]);
        if (nargs < co->argcount) {
            rt_object **d = RT_TUPLE_ITEMS(fn->defaults) + ndefaults - co->argcount;
            for (intptr_t i = nargs; i < co->argcount; i++)
                f->localsplus[i] = rt_newref(d[i]);
        }
        for (int i = co->argcount; i < co->nlocalsplus; i++)
            f->localsplus[i] = NULL;
        if (!co->simple_args)   /* its flags: a generator function's */
            return frame_to_generator(f, fn);
    } else {
        for (int i = 0; i < co->nlocalsplus; i++)
            f->localsplus[i] = NULL;
        if (vm_bind_args(f, fn, args, nargs, kwnames) < 0) {
            frame_release(f);
            return NULL;
        }
        if (co->flags & VM_CO_GENERATOR)
            return frame_to_generator(f, fn);
    }
    if ((co->ncells | co->nfree) && frame_init_cells(f, fn) < 0) {
        frame_release(f);
        return NULL;
    }
    return f;
}

static rt_object *vm_run(vm_frame *f, bool throwflag);

/* The exit hook of a frame whose frame object was made: the object takes
 * the locals over if it outlives the frame (vm/frameobj.h) and the flag
 * leaves f->entry.  Out of line: rare. */
/* Read again inside the exit path's entry branch, so that the test before
 * it stays one compare of memory (a plain frame's exit pays nothing more). */
static inline int frame_entry_reload(vm_frame *f) { return *(volatile uint8_t *)&f->entry; }

static __attribute__((noinline, cold)) void frame_exit_obj(vm_frame *f, vm_codeunit *ip)
{
    f->ip = ip;
    vm_frameobj_exit(f);
}

/* The call path of the loop for a Python function called with exactly its
 * positional parameters (co->simple_args): the frame is bumped off the
 * current chunk and a reference to fn and the nargs references at args
 * (the caller's value-stack slots) are MOVED into it, so the call costs no
 * reference-count traffic; only the locals after the arguments are
 * cleared.  NULL when that fast path does not apply (nothing is moved, no
 * error set): the caller then takes frame_for_call. */
static inline vm_frame *frame_push_moved(vm_function *fn, rt_object **args, intptr_t nargs)
{
    vm_code *co = (vm_code *)fn->code;
    size_t size = frame_size(co);
    char *top = vm.top;
    /* no rt_stack_low(): the loop runs the new frame without recursing in C */
    if (!co->simple_args || nargs != co->argcount || top + size > vm.chunk->limit
        || vm.depth >= vm.recursion_limit)
        return NULL;
    vm_frame *f = (vm_frame *)top;
    f->saved_chunk = vm.chunk;
    f->saved_top = top;
    vm.top = top + size;
    vm.depth++;
    f->code = co;
    f->func = RT_OBJ(fn);
    f->globals = fn->globals;   /* borrowed from fn (vm_frame) */
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->nblocks = 0;
    f->entry = 0;
    rt_object **lp = f->localsplus;
    for (intptr_t i = 0; i < nargs; i++)
        lp[i] = args[i];
    int n = co->nlocalsplus;
    for (int i = (int)nargs; i < n; i++)
        lp[i] = NULL;
    f->stack = lp + n;
    f->sp = f->stack;
    f->ip = co->code;
    return f;
}

/* A bound method of a Python function called from the loop with nargs
 * arguments at args (its slot is args[-1]): self takes the method's slot
 * and the frame gets the function, as CPython 3.11's PRECALL_BOUND_METHOD
 * before CALL_PY_EXACT_ARGS, so a dispatch table of bound methods or a
 * stored callback (`handlers[op](x)`, `self.cb(x)`) costs what a plain
 * call does: no argument vector copied, no frame_for_call.  The method
 * object is dropped after the move: the frame holds its function and
 * self.  NULL, with the slots as they were, when frame_push_moved does not
 * apply. */
static inline vm_frame *method_push_moved(rt_object **args, intptr_t nargs)
{
    vm_method *m = (vm_method *)args[-1];
    vm_function *fn = (vm_function *)m->func;
    vm_code *co = (vm_code *)fn->code;
    if (!co->simple_args || nargs + 1 != co->argcount)
        return NULL;
    args[-1] = rt_newref(m->self);
    vm_frame *nf = frame_push_moved(fn, args - 1, nargs + 1);
    if (!nf) {   /* a full chunk or the recursion limit: the slow path */
        rt_decref(args[-1]);
        args[-1] = RT_OBJ(m);
        return NULL;
    }
    rt_incref(RT_OBJ(fn));   /* the frame's; m's own goes with m */
    rt_decref(RT_OBJ(m));
    return nf;
}

/* ---- init frames: C(...) without a nested loop ----------------------------- */

/* C(args) from the loop, for a plain class whose __init__ is a Python
 * function (vm_class_fast_init): allocate the instance, put it in the
 * callable's slot (args[-1]), which becomes the call's result, and bind
 * __init__'s frame to it and the arguments, as CPython 3.12's
 * CALL_ALLOC_AND_ENTER_INIT does.  The frame's return (exit_frame)
 * checks and drops __init__'s None instead of pushing it, so __init__
 * runs in this loop: no vm_run re-entry, and no C recursion for a class
 * whose __init__ instantiates it again.
 *
 * gc counts as CPython 3.11's type_call: the argument tuple comes from the
 * free list before the instance (a new container when the list is empty,
 * as right after a full collection) and is held until __init__ returns, so
 * that __init__'s own tuples do not get it.  It is a shell (its items
 * unset), so it waits outside the scanned stack: in the slot of the first
 * argument, just above the caller's top after the call.  Without free
 * lists (the tracing collectors) a tuple is built and dropped at once,
 * which counts the same allocation.
 *
 * 1 and *out set (the arguments consumed, the caller's top is args), 0
 * when the path does not apply (nothing done), -1 on an error (top args:
 * the instance, if made, is in args[-1]). */
static __attribute__((noinline)) int init_frame_push(rt_object **args, intptr_t nargs, vm_frame **out)
{
    rt_object *cls = args[-1];
    rt_object *init = vm_class_fast_init(cls);
    if (!init || (((vm_code *)((vm_function *)init)->code)->flags & VM_CO_GENERATOR))
        return 0;
    /* the class call itself is one level of the recursion limit, as
     * CPython 3.11's _PyObject_MakeTpCall (a class has no vector call);
     * held until init_frame_exit */
    if (vm_tpcall_enter() < 0) {
        for (intptr_t i = 0; i < nargs; i++)
            rt_decref(args[i]);
        return -1;
    }
    bool shell = rt_freelists_on();
    rt_object *argtuple = NULL;
    if (nargs) {
        argtuple = shell ? rt_tuple_shell_take(nargs) : rt_tuple_from_array(args, nargs);
        if (!argtuple)
            goto fail;
        if (!shell)
            RT_CLEAR(argtuple);
    }
    /* object.__new__(C) without arguments (vm_class_fast_init checked C's
     * __new__ is it): its argument checks pass */
    rt_type *t = (rt_type *)cls;
    rt_object *obj = rt_object_new(t);
    if (!obj)
        goto fail;
    if (rt_type_is_gc(t))
        rt_gc_track(obj);
    args[-1] = obj;
    rt_decref(cls);   /* the instance keeps its class */
    vm_frame *nf = frame_for_call((vm_function *)init, args - 1, nargs + 1, NULL);
    for (intptr_t i = 0; i < nargs; i++)
        rt_decref(args[i]);
    if (!nf) {
        rt_tuple_shell_give(argtuple);
        vm_tpcall_leave();
        return -1;
    }
    nf->entry = VM_FRAME_INIT;
    if (argtuple) {
        args[0] = argtuple;
        nf->entry = VM_FRAME_INIT | VM_FRAME_INIT_ARGS;
    }
    *out = nf;
    return 1;
fail:
    for (intptr_t i = 0; i < nargs; i++)
        rt_decref(args[i]);
    rt_tuple_shell_give(argtuple);
    vm_tpcall_leave();
    return -1;
}

/* An init frame f's return (retval, consumed; NULL: an exception): f is
 * popped and released, and the instance stays the caller's top, unless
 * __init__ raised or returned something other than None.  0, or -1 with an
 * exception (the instance is then dropped with the caller's stack).  Out
 * of line: the loop keeps one return path. */
static __attribute__((noinline)) int init_frame_exit(vm_frame *f, rt_object *retval)
{
    vm_frame *caller = f->back;
    uint8_t entry = f->entry;
    vm.frame = caller;
    frame_release(f);
    vm_tpcall_leave();   /* init_frame_push's level */
    if (entry & VM_FRAME_INIT_ARGS)
        rt_tuple_shell_give(caller->sp[0]);
    if (retval == RT_NONE) {
        rt_decref(retval);
        return 0;
    }
    if (retval) {
        rt_err_format(&rt_exc_TypeError, "__init__() should return None, not '%s'", rt_type_name(retval));
        rt_decref(retval);
    }
    return -1;
}

static rt_object *call_function(vm_function *fn, rt_object *const *args, intptr_t nargs,
                                rt_object *kwnames)
{

    vm_frame *f = frame_for_call(fn, args, nargs, kwnames);
    if (!f) {
        rt_object *g = made_generator;
        made_generator = NULL;
        return g;
    }
    f->entry = 1;
    return vm_run(f, false);
}

rt_object *vm_eval_frame(vm_frame *f, bool throwflag)
{
    return vm_run(f, throwflag);
}

/* Call with a kwargs dict turned into the vector convention. */
rt_object *vm_call_dict(rt_object *callable, rt_object *const *args, intptr_t nargs, rt_object *kwargs)
{
    intptr_t nkw = kwargs ? rt_dict_size(kwargs) : 0;
    if (nkw == 0)
        return vm_call(callable, args, nargs, NULL);
    rt_object *names = rt_tuple_new(nkw);
    rt_object *small[8];   /* a decorator's f(*args, **kwargs): no malloc */
    rt_object **vec = nargs + nkw <= 8 ? small : rt_mem_malloc((size_t)(nargs + nkw) * sizeof(rt_object *));
    if (!names || !vec) {
        RT_XDECREF(names);
        if (vec != small)
            rt_mem_free(vec);
        return names ? rt_err_no_memory() : NULL;
    }
    for (intptr_t i = 0; i < nargs; i++)
        vec[i] = args[i];
    intptr_t pos = 0, i = 0;
    rt_object *k, *v;
    while (rt_dict_next(kwargs, &pos, &k, &v)) {
        if (!rt_str_check(k)) {
            if (vec != small)
                rt_mem_free(vec);
            rt_decref(names);
            return rt_err_set_string(&rt_exc_TypeError, "keywords must be strings");
        }
        RT_TUPLE_SET_ITEM(names, i, rt_newref(k));
        vec[nargs + i] = v;
        i++;
    }
    rt_object *r = vm_call(callable, vec, nargs, names);
    if (vec != small)
        rt_mem_free(vec);
    rt_decref(names);
    return r;
}

rt_object *vm_call_with_tuple(rt_object *f, rt_object *args, rt_object *kwargs)
{
    return vm_call_dict(f, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

rt_object *vm_call(rt_object *callable, rt_object *const *args, intptr_t nargs,
                   rt_object *kwnames)
{
    rt_type *t = RT_TYPE(callable);
    if (t == &vm_function_type)
        return call_function((vm_function *)callable, args, nargs, kwnames);
    if (t == &rt_cfunction_type) {
        rt_cfunction *cf = (rt_cfunction *)callable;
        if (cf->def->flags & RT_METH_FASTCALL)
            return rt_meth_call(cf->def, cf->self, args, nargs, kwnames);
    } else if (t == &rt_method_descr_type) {
        rt_method_descr *md = (rt_method_descr *)callable;
        if ((md->def->flags & RT_METH_FASTCALL) && nargs >= 1 && rt_isinstance_type(args[0], md->owner)) {
            if (kwnames && (md->def->flags & RT_METH_NOKW) && RT_SIZE(kwnames) > 0)
                return rt_method_descr_no_kw(md);
            return rt_meth_call(md->def, args[0], args + 1, nargs - 1, kwnames);
        }
    }
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    if (t == &vm_method_type) {
        vm_method *m = (vm_method *)callable;
        rt_object *small[8];
        rt_object **vec = small;
        intptr_t n = nargs + nkw + 1;
        if (n > 8 && !(vec = rt_mem_malloc((size_t)n * sizeof(rt_object *))))
            return rt_err_no_memory();
        vec[0] = m->self;
        if (nargs + nkw)   /* args may be NULL when empty */
            memcpy(vec + 1, args, (size_t)(nargs + nkw) * sizeof(rt_object *));
        rt_object *r = vm_call(m->func, vec, nargs + 1, kwnames);
        if (vec != small)
            rt_mem_free(vec);
        return r;
    }
    if (t == &rt_type_type) {
        rt_vectorcallfunc vc = ((rt_type *)callable)->vectorcall;
        if (vc && nkw == 0)
            return vc((rt_type *)callable, args, nargs);
        /* str(x) and int(s) of an exact str without the argument tuple
         * (str: CPython 3.11's specialised PRECALL_NO_KW_STR_1), when the
         * tuple would come from the free list: a cold CPython call site
         * builds one, and a new one moves gc.get_count() */
        if (nargs == 1 && nkw == 0 && (!rt_freelists_on() || rt_tuple_free_listed(1))) {
            if (callable == RT_OBJ(&rt_str_type))
                return rt_str(args[0]);
            if (callable == RT_OBJ(&rt_int_type) && rt_str_check_exact(args[0]))
                return rt_int_from_str(args[0], 10);
        }
        if (callable == RT_OBJ(&rt_dict_type))
            return rt_dict_call_kw(args, nargs, kwnames);
        rt_object *r = vm_instantiate_fast(callable, args, nargs, kwnames);
        if (r || rt_err_occurred())
            return r;
    }
    if (!t->call)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not callable", t->name);
    if (nkw == 0)
        return rt_call_vector(callable, args, nargs);
    rt_object *tuple = rt_tuple_from_array(args, nargs);
    rt_object *kw = rt_dict_new();
    if (!tuple || !kw) {
        RT_XDECREF(tuple);
        RT_XDECREF(kw);
        return NULL;
    }
    for (intptr_t i = 0; i < nkw; i++)
        if (rt_dict_setitem(kw, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
            rt_decref(tuple);
            rt_decref(kw);
            return NULL;
        }
    rt_object *r = rt_call(callable, tuple, kw);
    rt_decref(tuple);
    rt_decref(kw);
    return r;
}

/* The loop's call of anything but a Python function (keywords: none): a
 * built-in function or method descriptor taking the vector convention is
 * called here, as is a type with a vector constructor, without
 * vm_call's frame and its other tests: str and list methods, len(),
 * isinstance(), tuple() are most of the calls some programs make. */
static inline rt_object *call_vector_fast(rt_object *callable, rt_object *const *args, intptr_t nargs)
{
    rt_type *t = RT_TYPE(callable);
    if (t == &rt_method_descr_type) {
        rt_method_descr *md = (rt_method_descr *)callable;
        if ((md->def->flags & RT_METH_FASTCALL) && nargs >= 1
            && (RT_TYPE(args[0]) == md->owner || rt_isinstance_type(args[0], md->owner)))
            return rt_meth_call(md->def, args[0], args + 1, nargs - 1, NULL);
    } else if (t == &rt_cfunction_type) {
        rt_cfunction *cf = (rt_cfunction *)callable;
        if (cf->def->flags & RT_METH_FASTCALL)
            return rt_meth_call(cf->def, cf->self, args, nargs, NULL);
    } else if (t == &rt_type_type && ((rt_type *)callable)->vectorcall) {
        return ((rt_type *)callable)->vectorcall((rt_type *)callable, args, nargs);
    }
    return vm_call(callable, args, nargs, NULL);
}

rt_object *vm_eval_code(rt_object *code, rt_object *globals, rt_object *locals)
{
    vm_code *co = (vm_code *)code;
    vm_frame *f = frame_alloc(co);
    if (!f)
        return NULL;
    rt_incref(code);
    f->globals = rt_newref(globals);
    f->locals = locals ? rt_newref(locals) : NULL;
    rt_object *b = rt_dict_getitem_str(globals, "__builtins__");
    f->builtins = b && rt_dict_check(b) ? b : vm.builtins;
    f->entry = 1;
    return vm_run(f, false);
}

rt_object *vm_builtins(void) { return vm.builtins; }

static inline rt_object *int_binop_fast(int op, int64_t a, int64_t b)
{
    int64_t r;
    switch (op) {
    case RT_NB_ADD:
        if (__builtin_add_overflow(a, b, &r))
            return NULL;
        return rt_int_from_i64(r);
    case RT_NB_SUB:
        if (__builtin_sub_overflow(a, b, &r))
            return NULL;
        return rt_int_from_i64(r);
    case RT_NB_MUL:
        if (__builtin_mul_overflow(a, b, &r))
            return NULL;
        return rt_int_from_i64(r);
    case RT_NB_LSHIFT:   /* a negative count raises: the generic path */
        if (b < 0 || b > 62)
            return NULL;
        r = (int64_t)((uint64_t)a << b);   /* shifting a negative int64 is undefined */
        if ((r >> b) != a)
            return NULL;
        return rt_int_from_i64(r);
    case RT_NB_RSHIFT:
        if (b < 0)
            return NULL;
        return rt_int_from_i64(a >> (b > 63 ? 63 : b));
    case RT_NB_AND: return rt_int_from_i64(a & b);
    case RT_NB_OR: return rt_int_from_i64(a | b);
    case RT_NB_XOR: return rt_int_from_i64(a ^ b);
    case RT_NB_FLOORDIV:
        if (b == 0)   /* small ints exclude INT64_MIN: a / -1 fits */
            return NULL;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            r--;
        return rt_int_from_i64(r);
    case RT_NB_MOD:
        if (b == 0)
            return NULL;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
            r += b;
        return rt_int_from_i64(r);
    default:
        return NULL;
    }
}


/* a op b for + - * / of two exact floats or an exact float and a small
 * int (converted as float's slots do: (double)x rounds to nearest), as a
 * new reference; NULL (no error) when another path applies, including
 * division by zero (its error is the slot's).  The result goes into a
 * when the stack holds a's only reference: an exact float nothing else
 * can see, rewritten in place of an allocation and a free. */
static inline rt_object *float_binop_fast(int op, rt_object *a, rt_object *b)
{
    double x, y, r;
    if (RT_TYPE(a) == &rt_float_type)
        x = RT_FLOAT_VALUE(a);
    else if (RT_TYPE(a) == &rt_int_type && rt_int_is_small(a) && RT_TYPE(b) == &rt_float_type)
        x = (double)RT_INT_VALUE(a);
    else
        return NULL;
    if (RT_TYPE(b) == &rt_float_type)
        y = RT_FLOAT_VALUE(b);
    else if (RT_TYPE(b) == &rt_int_type && rt_int_is_small(b))
        y = (double)RT_INT_VALUE(b);
    else
        return NULL;
    switch (op) {
    case RT_NB_ADD: r = x + y; break;
    case RT_NB_SUB: r = x - y; break;
    case RT_NB_MUL: r = x * y; break;
    case RT_NB_TRUEDIV:
        if (y == 0.0)
            return NULL;
        r = x / y;
        break;
    default:
        return NULL;
    }
    if (RT_TYPE(a) == &rt_float_type && a->refcnt == 1) {
        RT_FLOAT_VALUE(a) = r;
        return a;
    }
    return rt_float_from_double(r);
}

/* An exact int in the int64 layout (runtime/int.h: a big int holds RT_INT_BIG):
 * the one test before every fast path reads RT_INT_VALUE. */
static inline bool int_is_small(rt_object *o) { return RT_TYPE(o) == &rt_int_type && rt_int_is_small(o); }

/* rt_is_true with its bool and None tests inline: `not x`, `a and b`,
 * `a or b` mostly see bools. */
static inline int truth(rt_object *v)
{
    if (v == RT_TRUE)
        return 1;
    if (v == RT_FALSE || v == RT_NONE)
        return 0;
    return rt_is_true(v);
}

/* The bounds of a slice display (step NULL when it has none) whose parts
 * are None or small ints, as rt_slice_unpack computes them; false when
 * another kind of part or a zero step needs the slice object's path. */
static inline bool slice_parts_small(rt_object *lo, rt_object *hi, rt_object *st,
                                     intptr_t *start, intptr_t *stop, intptr_t *step)
{
    intptr_t c = 1;
    if (st && st != RT_NONE) {
        if (!int_is_small(st) || (c = (intptr_t)RT_INT_VALUE(st)) == 0)
            return false;
        if (c < -INTPTR_MAX)
            c = -INTPTR_MAX;
    }
    if (lo == RT_NONE)
        *start = c < 0 ? INTPTR_MAX : 0;
    else if (int_is_small(lo))
        *start = (intptr_t)RT_INT_VALUE(lo);
    else
        return false;
    if (hi == RT_NONE)
        *stop = c < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (int_is_small(hi))
        *stop = (intptr_t)RT_INT_VALUE(hi);
    else
        return false;
    *step = c;
    return true;
}

/* The instruction just quickened (ip[-1]) reads the object a LOAD_FAST
 * right before it pushed: that LOAD_FAST becomes fop, which does both
 * (the local read where it is, with no push, incref and decref of it)
 * while ip[-1] keeps the form fop expects, and else pushes the local and
 * lets ip[-1] run as it is.  Any LOAD_FAST falls through to the next
 * unit, so the pair is always run in order: a jump to ip[-1] from
 * elsewhere runs it alone, as before. */
static inline void fuse_load_fast(const vm_code *co, vm_codeunit *ip, vm_opcode fop)
{
    if (ip - 2 >= co->code && VM_OP(ip[-2]) == OP_LOAD_FAST)
        ip[-2] = VM_UNIT(fop, VM_ARG(ip[-2]));
}

/* Quicken the attribute instruction just run (ip[-1], a LOAD_ATTR or
 * STORE_ATTR that found or stored name in o's values block) to qop, with
 * its guard (o's type's version tag and the epoch) and the shared-key
 * index in the code's per-instruction cache.  Not when a data descriptor
 * of the type takes the name first, nor for types with their own
 * attribute protocol.  Out of line: the loop's generic paths call it. */
static __attribute__((noinline)) void quicken_attr(vm_code *co, vm_codeunit *ip, rt_object *o,
                                                   rt_object *name, vm_opcode qop)
{
    rt_type *t = RT_TYPE(o);
    if (qop == OP_LOAD_ATTR_INSTANCE_VALUE ? t->getattro != rt_generic_getattr
                                           : t->setattro != rt_generic_setattr)
        return;
    if (!t->version_tag || !rt_instattr_has(o))
        return;
    rt_object *d = vm_type_lookup_cached(t, name);
    if (d && RT_TYPE(d)->descr_set) {
        rt_object *get = qop == OP_LOAD_ATTR_INSTANCE_VALUE && RT_TYPE(d) == &vm_property_type
            ? vm_property_fget(d) : NULL;
        if (!get || RT_TYPE(get) != &vm_function_type
            || !((vm_code *)((vm_function *)get)->code)->simple_args
            || ((vm_code *)((vm_function *)get)->code)->argcount != 1
            || (!co->acache && !(co->acache = rt_mem_calloc((size_t)co->ncode, sizeof *co->acache))))
            return;
        vm_attr_cache *e = &co->acache[ip - 1 - co->code];
        e->version_tag = t->version_tag;
        e->epoch = rt_type_epoch;
        e->method = d;   /* borrowed from the type while tag and epoch hold */
        e->index = -1;   /* not an instance value: never one of the others */
        e->other_tag[0] = 0;
        e->type = NULL;
        ip[-1] = VM_UNIT(OP_LOAD_ATTR_PROPERTY, VM_ARG(ip[-1]));
        return;
    }
    intptr_t ix = rt_instattr_index(o, name);
    if (ix < 0 || !rt_instattr_value_at(o, ix))
        return;
    if (!co->acache && !(co->acache = rt_mem_calloc((size_t)co->ncode, sizeof *co->acache)))
        return;   /* stays generic */
    vm_attr_cache *e = &co->acache[ip - 1 - co->code];
    /* A site that sees several classes keeps up to four: the instance
     * value entry it had (still valid under this epoch) becomes the first
     * of the others, and t's own entry among them, if any, leaves. */
    if (e->epoch != rt_type_epoch || e->type || e->index < 0) {
        memset(e->other_tag, 0, sizeof e->other_tag);
    } else if (e->version_tag && e->version_tag != t->version_tag) {
        int k = 0;
        while (k < VM_ATTR_OTHERS - 1 && e->other_tag[k] && e->other_tag[k] != t->version_tag)
            k++;
        memmove(&e->other_tag[1], &e->other_tag[0], (size_t)k * sizeof e->other_tag[0]);
        memmove(&e->other_index[1], &e->other_index[0], (size_t)k * sizeof e->other_index[0]);
        e->other_tag[0] = e->version_tag;
        e->other_index[0] = (uint16_t)e->index;
    }
    e->version_tag = t->version_tag;
    e->epoch = rt_type_epoch;
    e->index = ix;
    e->type = NULL;   /* not a slot entry (quicken_slot) */
    ip[-1] = VM_UNIT(qop, VM_ARG(ip[-1]));
    if (qop == OP_LOAD_ATTR_INSTANCE_VALUE)
        fuse_load_fast(co, ip, OP_LOAD_FAST__LOAD_ATTR);
}

/* The first guards of LOAD_ATTR_INSTANCE_VALUE and LOAD_METHOD_CACHED
 * (the entry's own class), shared with the LOAD_FAST forms fused before
 * them: the attribute's value (borrowed) or NULL, and whether the cached
 * method applies to o. */
static inline rt_object *attr_first_hit(const vm_attr_cache *e, rt_object *o)
{
    if (RT_TYPE(o)->version_tag == e->version_tag && e->epoch == rt_type_epoch)
        return rt_instattr_value_at(o, e->index);
    return NULL;
}

static inline bool method_first_hit(const vm_attr_cache *e, rt_object *o)
{
    rt_type *t = RT_TYPE(o);
    return t == e->type && t->version_tag == e->version_tag && e->epoch == rt_type_epoch
           && rt_instattr_keys_unchanged(o, e->nkeys[0]);
}

/* Which of an instance value entry's other classes t is (-1: none, or
 * the epoch has moved). */
static inline intptr_t attr_other(const vm_attr_cache *e, const rt_type *t)
{
    if (e->epoch != rt_type_epoch || !e->other_tag[0])
        return -1;
    if (e->other_tag[0] == t->version_tag)
        return 0;
    for (int k = 1; k < VM_ATTR_OTHERS && e->other_tag[k]; k++)
        if (e->other_tag[k] == t->version_tag)
            return k;
    return -1;
}

/* Quicken the attribute instruction just run (ip[-1]) to qop
 * (LOAD_ATTR_SLOT, STORE_ATTR_SLOT) when name is a __slots__ member of
 * o's type: the cache keeps the slot's offset under the type's version tag
 * and the epoch (the member descriptor, a data descriptor, takes the name
 * before anything else while they hold). */
static __attribute__((noinline)) void quicken_slot(vm_code *co, vm_codeunit *ip, rt_object *o,
                                                   rt_object *name, vm_opcode qop)
{
    rt_type *t = RT_TYPE(o);
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE) || !t->version_tag
        || (qop == OP_LOAD_ATTR_SLOT ? t->getattro != rt_generic_getattr : t->setattro != rt_generic_setattr))
        return;
    rt_object *d = vm_type_lookup_cached(t, name);
    intptr_t off = d ? rt_member_offset(d, o) : -1;
    if (off < 0)
        return;
    if (!co->acache && !(co->acache = rt_mem_calloc((size_t)co->ncode, sizeof *co->acache)))
        return;   /* stays generic */
    vm_attr_cache *e = &co->acache[ip - 1 - co->code];
    e->version_tag = t->version_tag;
    e->epoch = rt_type_epoch;
    e->index = off;
    e->type = t;
    e->other_tag[0] = 0;
    ip[-1] = VM_UNIT(qop, VM_ARG(ip[-1]));
}

/* A module's code names its globals with LOAD_NAME and STORE_NAME (its
 * locals are its globals): the instruction's attribute cache entry, unused
 * by these opcodes, keeps the globals entry index where the name was last
 * found (rt_dict_getitem_hint), so that a hit is one comparison.  NULL: no
 * memory for the cache, and the plain lookups run. */
static inline intptr_t *module_name_hint(vm_code *co, vm_codeunit *ip)
{
    if (!co->acache && !(co->acache = rt_mem_calloc((size_t)co->ncode, sizeof *co->acache)))
        return NULL;
    return &co->acache[ip - 1 - co->code].index;
}

/* LOAD_NAME at module level: the value (borrowed), else NULL with or
 * without an error set (not found). */
static rt_object *load_module_name(vm_code *co, vm_codeunit *ip, vm_frame *f, rt_object *name)
{
    intptr_t *hint = module_name_hint(co, ip);
    rt_object *v = hint ? rt_dict_getitem_hint(f->globals, name, hint) : rt_dict_getitem(f->globals, name);
    if (v || rt_err_occurred())
        return v;
    return rt_dict_getitem(f->builtins, name);
}

static int store_module_name(vm_code *co, vm_codeunit *ip, vm_frame *f, rt_object *name, rt_object *v)
{
    intptr_t *hint = module_name_hint(co, ip);
    return hint ? rt_dict_setitem_hint(f->globals, name, v, hint) : rt_dict_setitem(f->globals, name, v);
}

/* A method site's classes that find different methods, each under its
 * type's version tag and shared-key count, the most recent first; valid
 * while the entry's epoch is (vm_attr_cache, VM_ATTR_POLY). */
#define VM_METHOD_POLY 4
typedef struct vm_method_poly {
    uint64_t tag[VM_METHOD_POLY];   /* 0: none, and none after it */
    rt_object *method[VM_METHOD_POLY];   /* borrowed, as vm_attr_cache's */
    uint32_t nkeys[VM_METHOD_POLY];
} vm_method_poly;

/* Make e (a method entry for another class and method, or already such a
 * site's) keep d for t among its classes; false: no memory, e unchanged
 * or emptied (the site stays generic). */
static bool method_poly_add(vm_attr_cache *e, bool poly, rt_type *t, rt_object *d)
{
    vm_method_poly *p = poly ? e->poly : rt_mem_calloc(1, sizeof *p);
    if (!p)
        return false;
    if (!poly) {   /* the entry's class and the others that found its method */
        p->tag[0] = e->version_tag;
        p->method[0] = e->method;
        p->nkeys[0] = e->nkeys[0];
        for (int k = 0; k < VM_ATTR_OTHERS && k + 1 < VM_METHOD_POLY && e->other_tag[k]; k++) {
            p->tag[k + 1] = e->other_tag[k];
            p->method[k + 1] = e->method;
            p->nkeys[k + 1] = e->nkeys[k + 1];
        }
    } else if (e->epoch != rt_type_epoch) {
        memset(p, 0, sizeof *p);
    }
    int k = 0;   /* t's old place, or the last */
    while (k < VM_METHOD_POLY - 1 && p->tag[k] && p->tag[k] != t->version_tag)
        k++;
    memmove(&p->tag[1], &p->tag[0], (size_t)k * sizeof p->tag[0]);
    memmove(&p->method[1], &p->method[0], (size_t)k * sizeof p->method[0]);
    memmove(&p->nkeys[1], &p->nkeys[0], (size_t)k * sizeof p->nkeys[0]);
    p->tag[0] = t->version_tag;
    p->method[0] = d;
    p->nkeys[0] = (uint32_t)rt_instattr_nkeys(t);
    e->type = NULL;
    e->index = VM_ATTR_POLY;
    e->version_tag = 0;
    e->epoch = rt_type_epoch;
    memset(e->other_tag, 0, sizeof e->other_tag);   /* attr_other: none */
    e->poly = p;
    return true;
}

/* The method a poly entry keeps for o, or NULL. */
static inline rt_object *method_poly_find(const vm_attr_cache *e, rt_object *o)
{
    if (e->type || e->index != VM_ATTR_POLY || e->epoch != rt_type_epoch)
        return NULL;
    const vm_method_poly *p = e->poly;
    uint64_t tag = RT_TYPE(o)->version_tag;
    for (int k = 0; k < VM_METHOD_POLY && p->tag[k]; k++)
        if (p->tag[k] == tag)
            return rt_instattr_keys_unchanged(o, p->nkeys[k]) ? p->method[k] : NULL;
    return NULL;
}

/* Quicken the LOAD_METHOD just run (ip[-1]), which found the function or
 * method descriptor d on o's type and nothing in o's own attributes: the
 * cache keeps d (borrowed) under the type, its tag, the epoch and the
 * count of its shared keys (o's attributes cannot hide d while they stay
 * the same: the name was not among them). */
/* Quicken the LOAD_ATTR or LOAD_METHOD just run (ip[-1]) on module o,
 * which found name in its dict, to qop (LOAD_ATTR_MODULE or
 * LOAD_METHOD_MODULE): CPython 3.11's LOAD_ATTR_MODULE, keyed as
 * LOAD_GLOBAL is (code.h, vm_global_cache) on the dict's keys version,
 * process-wide unique, so a match names the dict too, and while it holds
 * the name's value sits at the same slot (a rebinding replaces it there).
 * A missing name (a module __getattr__) is never cached. */
static __attribute__((noinline)) void quicken_module(vm_code *co, vm_codeunit *ip, rt_object *o,
                                                     rt_object *name, vm_opcode qop)
{
    rt_object *dict = ((vm_module *)o)->dict;
    if (!dict || !rt_dict_check_exact(dict) || !rt_str_check_exact(name))
        return;
    uint64_t kv = ((rt_dict *)dict)->keys_version;
    intptr_t hint = -1;
    if (!rt_dict_getitem_hint(dict, name, &hint) || ((rt_dict *)dict)->keys_version != kv)
        return;   /* (an exact str key runs no code: neither happens after a hit) */
    if (!co->acache && !(co->acache = rt_mem_calloc((size_t)co->ncode, sizeof *co->acache)))
        return;   /* stays generic */
    vm_attr_cache *e = &co->acache[ip - 1 - co->code];
    if (!e->type && e->index == VM_ATTR_POLY)
        return;   /* the site owns a method block (a LOAD_METHOD seeing classes too) */
    e->version_tag = kv;
    e->epoch = 0;
    e->index = 0;
    e->type = NULL;
    e->slot = rt_dict_value_slot(dict, hint);
    ip[-1] = VM_UNIT(qop, VM_ARG(ip[-1]));
}

static __attribute__((noinline)) void quicken_method(vm_code *co, vm_codeunit *ip, rt_object *o,
                                                     rt_object *d)
{
    rt_type *t = RT_TYPE(o);
    if ((t->flags & RT_TPFLAGS_HEAPTYPE) && !t->version_tag)
        return;
    if (!co->acache && !(co->acache = rt_mem_calloc((size_t)co->ncode, sizeof *co->acache)))
        return;   /* stays generic */
    vm_attr_cache *e = &co->acache[ip - 1 - co->code];
    bool poly = !e->type && e->index == VM_ATTR_POLY;
    if (t->version_tag && (poly || (e->type && e->type != t && e->method != d
                                    && e->epoch == rt_type_epoch && e->version_tag))) {
        if (method_poly_add(e, poly, t, d))
            ip[-1] = VM_UNIT(OP_LOAD_METHOD_CACHED, VM_ARG(ip[-1]));
        return;
    }
    if (poly) {   /* a static type's method: the site goes back to one class */
        rt_mem_free(e->poly);
        e->index = 0;
    }
    /* A site where several classes find the same method (a base class's)
     * keeps the class it had among the others, as quicken_attr does. */
    if (e->type && e->type != t && e->method == d && e->epoch == rt_type_epoch && e->version_tag
        && t->version_tag) {
        int k = 0;
        while (k < VM_ATTR_OTHERS - 1 && e->other_tag[k] && e->other_tag[k] != t->version_tag)
            k++;
        memmove(&e->other_tag[1], &e->other_tag[0], (size_t)k * sizeof e->other_tag[0]);
        memmove(&e->nkeys[2], &e->nkeys[1], (size_t)k);
        e->other_tag[0] = e->version_tag;
        e->nkeys[1] = e->nkeys[0];
    } else {
        memset(e->other_tag, 0, sizeof e->other_tag);
    }
    e->type = t;
    e->version_tag = t->version_tag;
    e->epoch = rt_type_epoch;
    e->nkeys[0] = (uint8_t)rt_instattr_nkeys(t);
    e->method = d;
    ip[-1] = VM_UNIT(OP_LOAD_METHOD_CACHED, VM_ARG(ip[-1]));
    fuse_load_fast(co, ip, OP_LOAD_FAST__LOAD_METHOD);
}

/* ---- the loop ---------------------------------------------------------------- */

#if defined(__GNUC__) && !defined(VM_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#define PUSH(v)  (*sp++ = (v))
#define POP()    (*--sp)
#define TOP()    (sp[-1])
#define SECOND() (sp[-2])
#define THIRD()  (sp[-3])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMPTO(x) (ip = first_instr + (x))

#if USE_COMPUTED_GOTO
#define TARGET(op) case OP_##op: L_##op:
#define DISPATCH() do { u = *ip++; oparg = VM_ARG(u); goto *dispatch_table[VM_OP(u)]; } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

#define LOAD_FRAME() do { \
        co = f->code; ip = f->ip; sp = f->sp; first_instr = co->code; \
        consts = RT_TUPLE_ITEMS(co->consts); \
    } while (0)
#define SAVE_FRAME() do { f->ip = ip; f->sp = sp; } while (0)
/* Before a generic path that may run a Python dunder: the frame's position
 * for f_lineno / f_lasti of its frame object (CPython saves it at every
 * instruction; here only where Python code can look). */
#define SAVE_IP() (f->ip = ip)
/* rt_xdecref that saves the position only on the dealloc path, where a
 * __del__ may read f_lineno: the common decref pays no store. */
#define XDECREF_SAVE_IP(o) do { \
        rt_object *d_ = (o); \
        if (d_) { \
            GCLAB_ASSERT(d_->refcnt > 0); \
            if (--d_->refcnt == 0) { \
                SAVE_IP(); \
                rt_dealloc(d_); \
            } \
        } \
    } while (0)
/* Names and cells are read through the code object rather than kept in
 * registers: two fewer values to reload on every call and return. */
#define NAME(i) (RT_TUPLE_ITEMS(co->names)[i])
/* The frame's locals through f, which the loop keeps in a register: a
 * separate fastlocals pointer was spilled to the C stack (one more load
 * per LOAD_FAST / STORE_FAST), as CPython 3.11's GETLOCAL reads the frame. */
#define LOCAL(i) (f->localsplus[i])
#define CELL(i) LOCAL(co->nlocals + (i))
/* The instruction just fetched, rewritten in place (quickening). */
#define REWRITE(op) (ip[-1] = VM_UNIT(OP_##op, oparg))
/* A quickened form's guard missed: back to the generic form, and run it. */
#define DEOPT(op) do { REWRITE(op); goto generic_##op; } while (0)
/* The bool t as the result of the instruction just run, whose operands
 * are popped but for the slot at sp[-1]: pushed there, or -- when a
 * conditional jump follows, as in `if a in b:` and in the `or` / `and`
 * chain of a condition -- that jump taken or not without the bool: a
 * POP_JUMP_IF_* directly, a JUMP_IF_*_OR_POP that keeps the bool through
 * to the POP_JUMP_IF_* at its target.  True and False are immortal: no
 * object is missed. */
#define BRANCH_ON(t) do { \
        bool t_ = (t); \
        vm_codeunit j_ = *ip; \
        vm_opcode o_ = VM_OP(j_); \
        if (o_ == OP_POP_JUMP_IF_FALSE || o_ == OP_POP_JUMP_IF_TRUE) { \
            sp--; \
            ip++; \
            if (t_ == (o_ == OP_POP_JUMP_IF_TRUE)) \
                JUMPTO(VM_ARG(j_)); \
            DISPATCH(); \
        } \
        if (o_ == OP_JUMP_IF_TRUE_OR_POP || o_ == OP_JUMP_IF_FALSE_OR_POP) { \
            if (t_ != (o_ == OP_JUMP_IF_TRUE_OR_POP)) {   /* popped */ \
                sp--; \
                ip++; \
                DISPATCH(); \
            } \
            vm_codeunit k_ = first_instr[VM_ARG(j_)]; \
            vm_opcode p_ = VM_OP(k_); \
            if (p_ == OP_POP_JUMP_IF_FALSE || p_ == OP_POP_JUMP_IF_TRUE) { \
                sp--; \
                JUMPTO(VM_ARG(j_) + 1); \
                if (t_ == (p_ == OP_POP_JUMP_IF_TRUE)) \
                    JUMPTO(VM_ARG(k_)); \
                DISPATCH(); \
            } \
        } \
        SET_TOP(t_ ? RT_TRUE : RT_FALSE); \
        RT_INCREF(TOP()); \
        DISPATCH(); \
    } while (0)

/* GCC merges the copies of the dispatch jump at the end of every opcode
 * into a few shared indirect jumps (cross-jumping, GCSE), which defeats
 * the branch predictor's per-opcode history: keep them apart. */
#if USE_COMPUTED_GOTO && defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-gcse", "no-crossjumping", "no-tree-loop-distribute-patterns")))
#endif
static rt_object *vm_run(vm_frame *f, bool throwflag)
{
#if USE_COMPUTED_GOTO
    static void *const dispatch_table[] = {
#define VM_OP_LABEL(name) &&L_##name,
#define VM_QOP_LABEL(name, base) &&L_##name,
        VM_OPCODES(VM_OP_LABEL)
        VM_QOPCODES(VM_QOP_LABEL)
#undef VM_QOP_LABEL
#undef VM_OP_LABEL
    };
#endif
    vm_code *co;
    vm_codeunit *ip, *first_instr, u;
    /* as wide as a pointer: an index without a zero-extension first */
    uintptr_t oparg;
    rt_object **sp;
    rt_object *const *consts;
    rt_object *retval = NULL;
    vm_frame *nf;

    f->back = vm.frame;
    vm.frame = f;
    LOAD_FRAME();
    if (throwflag) {   /* generator.throw(): raise at the suspension point */
#if USE_COMPUTED_GOTO
        /* entered as an opcode: a jump from here into the error path
         * would cost the hot opcodes registers (+1% instructions) */
        u = 0;
        oparg = 0;
        goto *dispatch_table[OP_GEN_THROW];
#else
        vm_add_traceback(f, ip - first_instr - 1);
        goto exception_unwind;
#endif
    }

    DISPATCH();
#if !USE_COMPUTED_GOTO
dispatch:
    u = *ip++;
    oparg = VM_ARG(u);
#endif
    switch (VM_OP(u)) {
    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP) {
        rt_object *v = POP();
        RT_XDECREF(v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        rt_object *a = TOP();
        SET_TOP(SECOND());
        sp[-2] = a;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        rt_object *a = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = a;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        rt_object *a = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        rt_object *a = TOP();
        rt_incref(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        rt_object *a = SECOND(), *b = TOP();
        rt_incref(a);
        rt_incref(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        rt_object *c = consts[oparg];
        rt_incref(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_FAST) load_fast: {
        rt_object *v = LOCAL(oparg);
        if (!v) {
            vm_unbound_local(co, (int)oparg);
            goto error;
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        rt_object *v = POP();
        rt_object *old = LOCAL(oparg);
        LOCAL(oparg) = v;
        XDECREF_SAVE_IP(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        rt_object *old = LOCAL(oparg);
        if (!old) {
            vm_unbound_local(co, (int)oparg);
            goto error;
        }
        LOCAL(oparg) = NULL;
        rt_decref(old);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        rt_object *name = NAME(oparg);
        rt_object *v = NULL;
        if (f->locals == f->globals && rt_dict_check_exact(f->globals)) {
            if (!(v = load_module_name(co, ip, f, name))) {
                if (!rt_err_occurred())
                    vm_load_name_error(name);
                goto error;
            }
            rt_incref(v);
            PUSH(v);
            DISPATCH();
        }
        if (f->locals) {
            if (rt_dict_check_exact(f->locals)) {
                v = rt_dict_getitem(f->locals, name);
            } else if ((v = vm_mapping_lookup(f->locals, name))) {
                PUSH(v);   /* a __prepare__ namespace: a new reference */
                DISPATCH();
            }
            if (!v && rt_err_occurred())
                goto error;
        }
        if (!v) {
            v = rt_dict_getitem(f->globals, name);
            if (!v) {
                if (rt_err_occurred())
                    goto error;
                v = rt_dict_getitem(f->builtins, name);
                if (!v) {
                    if (!rt_err_occurred())
                        vm_load_name_error(name);
                    goto error;
                }
            }
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        rt_object *v = POP();
        /* A class body run as a plain function (a replaced __build_class__)
         * has no namespace: an error, as in CPython, never a NULL write. */
        int r = f->locals == f->globals && f->locals && rt_dict_check_exact(f->locals)
                    ? store_module_name(co, ip, f, NAME(oparg), v)
                : f->locals ? (rt_dict_check_exact(f->locals) ? rt_dict_setitem : rt_setitem)(f->locals, NAME(oparg), v)
                          : (rt_err_format(&rt_exc_RuntimeError, "no locals found when storing %s",
                                           rt_str_data(NAME(oparg))), -1);
        rt_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        rt_object *name = NAME(oparg);
        if (!f->locals) {
            rt_err_format(&rt_exc_RuntimeError, "no locals when deleting %s", rt_str_data(name));
            goto error;
        }
        /* any failure is a NameError, as CPython 3.11's */
        if ((rt_dict_check_exact(f->locals) ? rt_dict_delitem : rt_delitem)(f->locals, name) < 0) {
            rt_err_clear();
            vm_name_error(name);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        /* the code's cache entry for this name (code.h), else the lookups */
        vm_global_cache *e = &co->gcache[oparg];
        rt_object *v;
        uint64_t gkv = ((rt_dict *)f->globals)->keys_version;
        if (e->module_kv == gkv
            || (e->globals_kv == gkv && e->builtins_kv == ((rt_dict *)f->builtins)->keys_version))
            v = *e->slot;
        else if (!(v = vm_load_global(f, oparg)))
            goto error;
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        rt_object *v = POP();
        int r = rt_dict_setitem(f->globals, NAME(oparg), v);
        rt_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        rt_object *name = NAME(oparg);
        if (rt_dict_delitem(f->globals, name) < 0) {
            if (rt_err_matches(&rt_exc_KeyError)) {
                rt_err_clear();
                vm_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        rt_object *v = ((vm_cell *)CELL(oparg))->ref;
        if (!v) {
            vm_unbound_deref(co, (int)oparg);
            goto error;
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        rt_object *v = POP();
        vm_cell *c = (vm_cell *)CELL(oparg);
        rt_object *old = c->ref;
        c->ref = v;
        RT_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        vm_cell *c = (vm_cell *)CELL(oparg);
        if (!c->ref) {
            vm_unbound_deref(co, (int)oparg);
            goto error;
        }
        RT_CLEAR(c->ref);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        rt_object *name = vm_deref_name(co, (int)oparg);
        rt_object *v = NULL;
        if (f->locals && !rt_dict_check_exact(f->locals) && (v = vm_mapping_lookup(f->locals, name))) {
            PUSH(v);
            DISPATCH();
        }
        if (f->locals && rt_dict_check_exact(f->locals))
            v = rt_dict_getitem(f->locals, name);
        if (!v) {
            if (rt_err_occurred())
                goto error;
            v = ((vm_cell *)CELL(oparg))->ref;
            if (!v) {
                vm_unbound_deref(co, (int)oparg);
                goto error;
            }
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        rt_object *c = CELL(oparg);
        rt_incref(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_ATTR) generic_LOAD_ATTR: {
        rt_object *o = TOP();
        SAVE_IP();
        rt_object *v = vm_getattr_fast(o, NAME(oparg));
        if (v && (RT_TYPE(o)->flags & RT_TPFLAGS_INLINE_VALUES))
            quicken_attr(co, ip, o, NAME(oparg), OP_LOAD_ATTR_INSTANCE_VALUE);
        else if (v && (RT_TYPE(o)->flags & RT_TPFLAGS_HEAPTYPE))
            quicken_slot(co, ip, o, NAME(oparg), OP_LOAD_ATTR_SLOT);
        else if (v && RT_TYPE(o) == &vm_module_type)
            quicken_module(co, ip, o, NAME(oparg), OP_LOAD_ATTR_MODULE);
        rt_decref(o);
        SET_TOP(v);
        if (!v)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(STORE_ATTR) generic_STORE_ATTR: {
        rt_object *o = TOP(), *v = SECOND();
        int r = vm_setattr_fast(o, NAME(oparg), v);
        if (r == 0 && (RT_TYPE(o)->flags & RT_TPFLAGS_INLINE_VALUES))
            quicken_attr(co, ip, o, NAME(oparg), OP_STORE_ATTR_INSTANCE_VALUE);
        else if (r == 0 && (RT_TYPE(o)->flags & RT_TPFLAGS_HEAPTYPE))
            quicken_slot(co, ip, o, NAME(oparg), OP_STORE_ATTR_SLOT);
        rt_decref(o);
        rt_decref(v);
        sp -= 2;
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        rt_object *o = POP();
        int r = rt_setattr(o, NAME(oparg), NULL);
        rt_decref(o);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) generic_LOAD_METHOD: {
        rt_object *o = TOP();
        rt_object *name = NAME(oparg);
        rt_type *t = RT_TYPE(o);
        if (t->getattro == rt_generic_getattr || t->getattro == NULL) {
            rt_object *d = vm_type_lookup_cached(t, name);
            if (d && (RT_TYPE(d) == &vm_function_type || RT_TYPE(d) == &rt_method_descr_type)) {
                if (!rt_instattr_get(o, name)) {
                    if (rt_err_occurred())
                        goto error;
                    quicken_method(co, ip, o, d);
                    rt_incref(d);
                    SET_TOP(d);
                    PUSH(o);
                    DISPATCH();
                }
            }
        }
        if (t == &vm_super_type) {
            rt_object *self_obj;
            rt_object *fn = vm_super_method(o, name, &self_obj);
            if (fn) {
                rt_incref(fn);
                rt_incref(self_obj);
                SET_TOP(fn);
                PUSH(self_obj);
                rt_decref(o);
                DISPATCH();
            }
            if (rt_err_occurred())
                goto error;
        }
        rt_object *v = vm_getattr_fast(o, name);
        if (v && t == &vm_module_type)
            quicken_module(co, ip, o, name, OP_LOAD_METHOD_MODULE);
        rt_decref(o);
        SET_TOP(NULL);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) generic_BINARY_SUBSCR: {
        rt_object *k = POP(), *o = TOP();
        rt_object *v;
        if (int_is_small(k) && (RT_TYPE(o) == &rt_list_type || RT_TYPE(o) == &rt_tuple_type)) {
            int64_t i = RT_INT_VALUE(k);
            if (i < 0)
                i += RT_SIZE(o);
            if (i >= 0 && i < RT_SIZE(o)) {
                if (RT_TYPE(o) == &rt_list_type) {
                    REWRITE(BINARY_SUBSCR_LIST_INT);
                    v = rt_newref(RT_LIST_GET_ITEM(o, i));
                } else {
                    REWRITE(BINARY_SUBSCR_TUPLE_INT);
                    v = rt_newref(RT_TUPLE_GET_ITEM(o, i));
                }
                goto subscr_done;
            }
        } else if (RT_TYPE(o) == &rt_dict_type) {
            v = rt_dict_subscript(o, k);
            goto subscr_done;
        }
        SAVE_IP();
        v = rt_getitem(o, k);
    subscr_done:
        rt_decref(k);
        rt_decref(o);
        SET_TOP(v);
        if (!v)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        rt_object *k = TOP(), *o = SECOND(), *v = THIRD();
        int r;
        if (RT_TYPE(o) == &rt_list_type && RT_TYPE(k) == &rt_int_type) {
            int64_t i = RT_INT_VALUE(k);
            if (i < 0)
                i += RT_SIZE(o);
            if (i >= 0 && i < RT_SIZE(o)) {
                rt_object *old = RT_LIST_GET_ITEM(o, i);
                RT_LIST_ITEMS(o)[i] = v;   /* steals the stack's reference */
                rt_decref(old);
                rt_decref(k);
                rt_decref(o);
                sp -= 3;
                DISPATCH();
            }
        }
        if (RT_TYPE(o) == &rt_dict_type)
            r = rt_dict_setitem(o, k, v);
        else
            r = (SAVE_IP(), rt_setitem(o, k, v));
        rt_decref(k);
        rt_decref(o);
        rt_decref(v);
        sp -= 3;
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        rt_object *k = TOP(), *o = SECOND();
        int r = rt_delitem(o, k);
        rt_decref(k);
        rt_decref(o);
        sp -= 2;
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        rt_object *v = TOP();
        rt_object *r = rt_number_negative(v);
        rt_decref(v);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        rt_object *v = TOP();
        rt_object *r = rt_number_positive(v);
        rt_decref(v);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        rt_object *v = TOP();
        rt_object *r = rt_number_invert(v);
        rt_decref(v);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        rt_object *v = TOP();
        int t = truth(v);
        rt_decref(v);
        if (t < 0)
            goto error_pop1;
        SET_TOP(rt_newref(t ? RT_FALSE : RT_TRUE));
        DISPATCH();
    }
    TARGET(BINARY_OP) generic_BINARY_OP: {
        rt_object *b = POP(), *a = TOP();
        rt_object *r = NULL;
        int op = (int)(oparg & 0xff);
        if (int_is_small(a) && int_is_small(b)) {
            r = int_binop_fast(op, RT_INT_VALUE(a), RT_INT_VALUE(b));
            if (r && op == RT_NB_ADD)
                REWRITE(BINARY_OP_ADD_INT);
            else if (r && op == RT_NB_SUB)
                REWRITE(BINARY_OP_SUB_INT);
            if (r || rt_err_occurred())
                goto binop_done;
        } else if ((r = float_binop_fast(op, a, b))) {
            if (RT_TYPE(a) == &rt_float_type && RT_TYPE(b) == &rt_float_type) {
                if (op == RT_NB_ADD)
                    REWRITE(BINARY_OP_ADD_FLOAT);
                else if (op == RT_NB_SUB)
                    REWRITE(BINARY_OP_SUB_FLOAT);
                else if (op == RT_NB_MUL)
                    REWRITE(BINARY_OP_MUL_FLOAT);
                else
                    REWRITE(BINARY_OP_TRUEDIV_FLOAT);
            }
            if (r != a)   /* else a's value was rewritten in place */
                rt_decref(a);
            rt_decref(b);
            SET_TOP(r);
            DISPATCH();
        } else if ((oparg & VM_BINOP_INPLACE) && op == RT_NB_ADD && RT_TYPE(a) == &rt_list_type) {
            if (rt_list_extend(a, b) < 0)
                goto binop_done;
            r = rt_newref(a);
            goto binop_done;
        } else if ((oparg & VM_BINOP_INPLACE) && RT_TYPE(a) == &rt_set_type) {
            r = rt_set_inplace(a, b, op);   /* s |= t mutates s */
            if (r != RT_NOTIMPLEMENTED)
                goto binop_done;
            rt_decref(r);
        } else if ((oparg & VM_BINOP_INPLACE) && op == RT_NB_ADD && RT_TYPE(a) == &rt_bytearray_type) {
            r = rt_bytearray_iconcat(a, b) < 0 ? NULL : rt_newref(a);   /* ba += x grows ba */
            goto binop_done;
        }
        SAVE_IP();   /* the generic path only: a dunder may read f_lineno */
        r = (oparg & VM_BINOP_INPLACE) ? rt_number_inplace_binop(a, b, op) : rt_number_binop(a, b, op);
    binop_done:
        rt_decref(a);
        rt_decref(b);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(COMPARE_OP) generic_COMPARE_OP: {
        rt_object *b = POP(), *a = TOP();
        rt_object *r;
        int eqr;
        if (int_is_small(a) && int_is_small(b)) {
            bool t = rt_compare_i64((int)oparg, RT_INT_VALUE(a), RT_INT_VALUE(b));
            r = rt_newref(t ? RT_TRUE : RT_FALSE);
            if (VM_OP(*ip) == OP_POP_JUMP_IF_FALSE || VM_OP(*ip) == OP_POP_JUMP_IF_TRUE)
                REWRITE(COMPARE_OP_INT_JUMP);
            else
                REWRITE(COMPARE_OP_INT);
        } else if (RT_TYPE(a) == &rt_float_type && RT_TYPE(b) == &rt_float_type) {
            r = rt_newref(rt_compare_doubles((int)oparg, RT_FLOAT_VALUE(a), RT_FLOAT_VALUE(b)) ? RT_TRUE : RT_FALSE);
            if (VM_OP(*ip) == OP_POP_JUMP_IF_FALSE || VM_OP(*ip) == OP_POP_JUMP_IF_TRUE)
                REWRITE(COMPARE_OP_FLOAT_JUMP);
        } else if (RT_TYPE(a) == &rt_str_type && RT_TYPE(b) == &rt_str_type) {
            r = rt_newref(rt_str_compare_op(a, b, (int)oparg) ? RT_TRUE : RT_FALSE);
            REWRITE(COMPARE_OP_STR);
        } else if ((oparg == RT_EQ || oparg == RT_NE) && (eqr = rt_eq_fast(a, b)) != -2) {
            /* tuple keys, a str against a tuple (exact_cover's k != j) */
            r = rt_newref((eqr != 0) == (oparg == RT_EQ) ? RT_TRUE : RT_FALSE);
        } else {
            SAVE_IP();
            r = rt_richcompare(a, b, (int)oparg);
        }
        rt_decref(a);
        rt_decref(b);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(IS_OP) {
        rt_object *b = POP(), *a = TOP();
        bool t = (a == b) ^ (oparg != 0);
        rt_decref(a);
        rt_decref(b);
        BRANCH_ON(t);
    }
    TARGET(CONTAINS_OP) {
        rt_object *b = POP(), *a = TOP();
        /* a small int in an exact set: its hash inline, no slot calls */
        int r = rt_anyset_check_exact(b) && int_is_small(a)
                    ? rt_set_contains_hashed(b, a, rt_int_hash_fast(RT_INT_VALUE(a)))
                    : rt_contains(b, a);
        rt_decref(a);
        rt_decref(b);
        if (r < 0)
            goto error_pop1;
        BRANCH_ON(r ^ (oparg != 0));
    }
    TARGET(BUILD_TUPLE) {
        /* `a, b = b, a`: CPython 3.11 turns a display of up to 3 items
         * unpacked at once into a SWAP, with no tuple (and no collector
         * count): reverse the items in place. */
        if (oparg <= 3 && *ip == VM_UNIT(OP_UNPACK_SEQUENCE, oparg)) {
            ip++;
            if (oparg > 1) {
                rt_object *x = sp[-1];
                sp[-1] = sp[-(int)oparg];
                sp[-(int)oparg] = x;
            }
            DISPATCH();
        }
        rt_object *t = rt_tuple_new(oparg);
        if (!t)
            goto error;
        for (uint32_t i = oparg; i > 0; i--)
            RT_TUPLE_SET_ITEM(t, i - 1, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        rt_object *l = rt_list_from_array(sp - oparg, oparg);
        if (!l)
            goto error;
        for (uint32_t i = 0; i < oparg; i++)
            rt_decref(POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        uint32_t n = oparg & ~(uint32_t)VM_SET_CONST;
        rt_object *s;
        if (oparg & VM_SET_CONST) {
            s = vm_const_set(sp - n, (intptr_t)n);
        } else {
            s = rt_set_new(NULL, false);
            for (uint32_t i = 0; s && i < n; i++)
                if (rt_set_add(s, sp[-(int)n + (int)i]) < 0)
                    RT_CLEAR(s);
        }
        for (uint32_t i = 0; i < n; i++)
            rt_decref(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        rt_object *v = POP();
        int r = rt_set_add(sp[-(int)oparg], v);
        rt_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        rt_object *d = rt_dict_new();
        if (!d)
            goto error;
        for (uint32_t i = 0; i < oparg; i++) {
            if (rt_dict_setitem(d, sp[-2 * (int)oparg + 2 * (int)i],
                                sp[-2 * (int)oparg + 2 * (int)i + 1]) < 0) {
                rt_decref(d);
                goto error;
            }
        }
        for (uint32_t i = 0; i < 2 * oparg; i++)
            rt_decref(POP());
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        /* l[a:b], l[a:b:c] and l[a:b] = v on an exact list (the loads on
         * an exact str or tuple too) with None or small-int parts, without the slice object, while the one-slice
         * cache holds one (slice.h: the slice would have come from it and
         * gone back, so nothing can tell) */
        if (rt_slice_cache && !rt_census_active) {
            vm_codeunit nu = *ip;
            intptr_t a, z, c;
            if (VM_OP(nu) == OP_BINARY_SUBSCR) {
                rt_object *o = sp[-(int)oparg - 1];
                rt_type *t = RT_TYPE(o);
                if ((t == &rt_list_type || t == &rt_str_type || t == &rt_tuple_type)
                    && slice_parts_small(sp[-(int)oparg], sp[1 - (int)oparg], oparg == 3 ? TOP() : NULL,
                                         &a, &z, &c)) {
                    ip++;
                    rt_object *r = t == &rt_list_type ? rt_list_slice_unpacked(o, a, z, c)
                                   : t == &rt_str_type ? rt_str_slice(o, a, z, c)
                                   : rt_tuple_slice_unpacked(o, a, z, c);
                    for (uint32_t i = 0; i < oparg; i++)
                        rt_decref(POP());
                    rt_decref(o);
                    SET_TOP(r);
                    if (!r)
                        goto error_pop1;
                    DISPATCH();
                }
            } else if (VM_OP(nu) == OP_STORE_SUBSCR && oparg == 2) {
                rt_object *o = THIRD();
                if (RT_TYPE(o) == &rt_list_type && slice_parts_small(SECOND(), TOP(), NULL, &a, &z, &c)) {
                    ip++;
                    SAVE_IP();   /* the items dropped may run __del__ */
                    int r = rt_list_ass_slice_unpacked(o, a, z, sp[-4]);
                    for (int i = 0; i < 4; i++)
                        rt_decref(POP());
                    if (r < 0)
                        goto error;
                    DISPATCH();
                }
            }
        }
        rt_object *step = oparg == 3 ? POP() : NULL;
        rt_object *hi = POP(), *lo = TOP();
        rt_object *s = rt_slice_new(lo, hi, step);
        RT_XDECREF(step);
        rt_decref(hi);
        rt_decref(lo);
        SET_TOP(s);
        if (!s)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        rt_str_builder b;
        rt_str_builder_init(&b);
        for (uint32_t i = 0; i < oparg; i++)
            rt_str_builder_append_str(&b, sp[-(int)oparg + (int)i]);
        /* CPython's _PyUnicode_JoinArray: a new object, not a cached char */
        rt_object *s = rt_str_fresh(rt_str_builder_finish(&b));
        for (uint32_t i = 0; i < oparg; i++)
            rt_decref(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        rt_object *spec = (oparg & 4) ? POP() : NULL;
        rt_object *v = TOP();
        rt_object *r = vm_format_value(v, (int)oparg, spec);
        RT_XDECREF(spec);
        rt_decref(v);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        rt_object *v = POP();
        int r = rt_list_append(sp[-(int)oparg], v);
        rt_decref(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        rt_object *v = POP(), *k = POP();
        int r = rt_dict_setitem(sp[-(int)oparg], k, v);
        rt_decref(v);
        rt_decref(k);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        rt_object *it = POP();
        int r = vm_list_extend_star(TOP(), it);
        rt_decref(it);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        rt_object *l = TOP();
        rt_object *t = rt_list_as_tuple(l);
        rt_decref(l);
        SET_TOP(t);
        if (!t)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        rt_object *m = POP();
        /* arg 1: a call's keywords, [callable, args tuple, dict]; 0: {**m} */
        int r = oparg ? vm_dict_merge_call(TOP(), m, sp[-3]) : vm_dict_update_display(TOP(), m);
        rt_decref(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) generic_UNPACK_SEQUENCE: {
        rt_object *v = POP();
        intptr_t n = (intptr_t)oparg;
        rt_object **items = NULL;
        intptr_t size = -1;
        if (RT_TYPE(v) == &rt_tuple_type) {
            items = RT_TUPLE_ITEMS(v);
            size = RT_SIZE(v);
            if (size == n) {
                if (n == 2)
                    REWRITE(UNPACK_SEQUENCE_TWO_TUPLE);
                else
                    REWRITE(UNPACK_SEQUENCE_TUPLE);
            }
        } else if (RT_TYPE(v) == &rt_list_type) {
            items = RT_LIST_ITEMS(v);
            size = RT_SIZE(v);
            if (size == n)
                REWRITE(UNPACK_SEQUENCE_LIST);
        }
        if (items) {
            if (size != n) {
                if (size > n)
                    rt_err_format(&rt_exc_ValueError, "too many values to unpack (expected %ld)", (long)n);
                else
                    rt_err_format(&rt_exc_ValueError, "not enough values to unpack (expected %ld, got %ld)",
                                  (long)n, (long)size);
                rt_decref(v);
                goto error;
            }
            for (intptr_t i = n; i > 0; i--)
                PUSH(rt_newref(items[i - 1]));
        } else {
            if (vm_unpack_iterable(v, (int)n, -1, sp) < 0) {
                rt_decref(v);
                goto error;
            }
            sp += n;
        }
        rt_decref(v);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        rt_object *v = POP();
        int before = (int)(oparg & 0xff), after = (int)(oparg >> 8);
        if (vm_unpack_iterable(v, before, after, sp) < 0) {
            rt_decref(v);
            goto error;
        }
        sp += before + after + 1;
        rt_decref(v);
        DISPATCH();
    }
    TARGET(JUMP) {
        JUMPTO(oparg);
        if (gc_collect_wanted) {   /* a safe point: every live value is on the stack */
            SAVE_FRAME();
            gc_safe_point();
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        rt_object *v = POP();
        int t;
        if (v == RT_TRUE)
            t = 1;
        else if (v == RT_FALSE || v == RT_NONE)
            t = 0;
        else if (RT_TYPE(v) == &rt_int_type)
            t = RT_INT_VALUE(v) != 0;   /* a big int is never 0 (RT_INT_BIG) */
        else if ((SAVE_IP(), t = rt_is_true(v)) < 0) {
            rt_decref(v);
            goto error;
        }
        rt_decref(v);
        if (!t)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        rt_object *v = POP();
        int t;
        if (v == RT_TRUE)
            t = 1;
        else if (v == RT_FALSE || v == RT_NONE)
            t = 0;
        else if (RT_TYPE(v) == &rt_int_type)
            t = RT_INT_VALUE(v) != 0;   /* a big int is never 0 (RT_INT_BIG) */
        else if ((SAVE_IP(), t = rt_is_true(v)) < 0) {
            rt_decref(v);
            goto error;
        }
        rt_decref(v);
        if (t)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        rt_object *v = TOP();
        int t = truth(v);
        if (t < 0)
            goto error;
        if (!t) {
            JUMPTO(oparg);
        } else {
            sp--;
            rt_decref(v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        rt_object *v = TOP();
        int t = truth(v);
        if (t < 0)
            goto error;
        if (t) {
            JUMPTO(oparg);
        } else {
            sp--;
            rt_decref(v);
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        rt_object *v = TOP();
        rt_object *it = rt_get_iter(v);
        rt_decref(v);
        SET_TOP(it);
        if (!it)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(FOR_ITER) generic_FOR_ITER:
        /* quickened by its first iterator: a range's or a list's form, or
         * FOR_ITER_OTHER, the generic work without these type tests */
        if (RT_TYPE(TOP()) == &rt_range_iterator_type)
            REWRITE(FOR_ITER_RANGE);
        else if (RT_TYPE(TOP()) == &rt_list_iterator_type)
            REWRITE(FOR_ITER_LIST);
        else if (RT_TYPE(TOP()) == &rt_tuple_iterator_type)
            REWRITE(FOR_ITER_TUPLE);
        else if ((RT_TYPE(TOP()) == &vm_enumerate_type || RT_TYPE(TOP()) == &vm_zip_type)
                 && ip[0] == VM_UNIT(OP_UNPACK_SEQUENCE, 2) && VM_OP(ip[1]) == OP_STORE_FAST
                 && VM_OP(ip[2]) == OP_STORE_FAST)
            REWRITE(FOR_ITER_PAIR);
        else
            REWRITE(FOR_ITER_OTHER);
        goto for_iter_other;
    TARGET(FOR_ITER_OTHER) for_iter_other: {
        rt_object *it = TOP();
        rt_object *v;
        if (RT_TYPE(it) == &vm_gen_type) {
            SAVE_FRAME();
            int st = vm_gen_send(it, RT_NONE, &v, true);
            if (st == 0) {
                PUSH(v);
                DISPATCH();
            }
            if (st < 0)
                goto error;
            rt_decref(v);
        } else {
            SAVE_IP();   /* a class's __next__ may read f_lineno: one store */
            v = RT_TYPE(it)->iternext(it);
            if (v) {
                PUSH(v);
                DISPATCH();
            }
            if (rt_err_occurred()) {
                if (!rt_err_matches(&rt_exc_StopIteration))
                    goto error;
                rt_err_clear();
            }
        }
        sp--;
        rt_decref(it);
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        rt_object *code = POP();
        rt_object *fn = vm_function_new(code, f->globals, f->builtins);
        rt_decref(code);
        if (!fn)
            goto error;
        vm_function *func = (vm_function *)fn;
        if (oparg & VM_MF_CLOSURE)
            func->closure = POP();
        if (oparg & VM_MF_ANNOTATIONS)   /* the tuple; made a dict when read (vm/func.c) */
            func->annotations = POP();
        if (oparg & VM_MF_KWDEFAULTS)
            func->kwdefaults = POP();
        if (oparg & VM_MF_DEFAULTS)
            func->defaults = POP();
        PUSH(fn);
        DISPATCH();
    }
    TARGET(CALL_METHOD) generic_CALL_METHOD: {
        rt_object **args;
        intptr_t nargs;
        rt_object **base = sp - oparg - 2;   /* meth-or-NULL slot */
        if (*base) {
            args = base + 1;
            nargs = (intptr_t)oparg + 1;
        } else {
            args = base + 2;
            nargs = (intptr_t)oparg;
        }
        rt_object *callable = args[-1];
        if (RT_TYPE(callable) == &vm_function_type) {
            if ((nf = frame_push_moved((vm_function *)callable, args, nargs))) {
                sp = base;   /* moved into the frame; *base was NULL or is the callable */
                goto push_moved_frame;
            }
            nf = frame_for_call((vm_function *)callable, args, nargs, NULL);
            while (sp > base)
                RT_XDECREF(POP());
            if (!nf)
                goto no_new_frame;
            goto push_new_frame;
        }
        if (RT_TYPE(callable) == &vm_method_type && nargs < 15
            && RT_TYPE(((vm_method *)callable)->func) == &vm_function_type) {
            if (!*base && (nf = method_push_moved(args, nargs))) {
                sp = base;   /* the NULL slot takes the result */
                goto push_moved_frame;
            }
            rt_object *vec[16];
            vec[0] = ((vm_method *)callable)->self;
            memcpy(vec + 1, args, (size_t)nargs * sizeof(rt_object *));
            nf = frame_for_call((vm_function *)((vm_method *)callable)->func, vec, nargs + 1, NULL);
            while (sp > base)
                RT_XDECREF(POP());
            if (!nf)
                goto no_new_frame;
            goto push_new_frame;
        }
        if (RT_TYPE(callable) == &rt_method_descr_type && *base)
            REWRITE(CALL_METHOD_DESCR);
        SAVE_FRAME();   /* the tracing collectors read sp if the callee collects; f_lineno ip */
        rt_object *r = call_vector_fast(callable, args, nargs);
        while (sp > base)
            RT_XDECREF(POP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_METHOD_DESCR) {
        /* meth self a1..an, meth a method descriptor of the vector
         * convention applying to self (3.11's PRECALL_NO_KW_METHOD_
         * DESCRIPTOR_FAST): its function called on the stack's slots,
         * which hold no NULL, then dropped without call_vector_fast's
         * type tests or the generic path's loop over maybe-NULL slots */
        rt_object **base = sp - oparg - 2;
        rt_object *callable = base[0], *self = base[1];
        /* NULL callable: LOAD_METHOD found a plain attribute (NULL f ...) */
        if (callable && RT_TYPE(callable) == &rt_method_descr_type) {
            rt_method_descr *md = (rt_method_descr *)callable;
            if ((md->def->flags & RT_METH_FASTCALL)
                && (RT_TYPE(self) == md->owner || rt_isinstance_type(self, md->owner))) {
                SAVE_FRAME();
                rt_object *r = rt_meth_call(md->def, self, base + 2, (intptr_t)oparg, NULL);
                while (sp > base + 2)
                    rt_decref(POP());
                sp = base;
                rt_decref(self);
                rt_decref(callable);
                if (!r)
                    goto error;
                PUSH(r);
                DISPATCH();
            }
        }
        DEOPT(CALL_METHOD);
    }
    TARGET(CALL_FUNCTION) generic_CALL_FUNCTION: {
        rt_object **args = sp - oparg;
        rt_object *callable = args[-1];
        if (RT_TYPE(callable) == &vm_function_type) {
            if ((nf = frame_push_moved((vm_function *)callable, args, (intptr_t)oparg))) {
                sp = args - 1;
                goto push_moved_frame;
            }
            nf = frame_for_call((vm_function *)callable, args, (intptr_t)oparg, NULL);
            while (sp > args - 1)
                RT_XDECREF(POP());
            if (!nf)
                goto no_new_frame;
            goto push_new_frame;
        }
        if (RT_TYPE(callable) == &vm_method_type && oparg < 15
            && RT_TYPE(((vm_method *)callable)->func) == &vm_function_type) {
            /* a bound method called directly: self + args, still without C recursion */
            if ((nf = method_push_moved(args, (intptr_t)oparg))) {
                sp = args - 1;
                goto push_moved_frame;
            }
            rt_object *vec[16];
            vec[0] = ((vm_method *)callable)->self;
            memcpy(vec + 1, args, oparg * sizeof(rt_object *));
            nf = frame_for_call((vm_function *)((vm_method *)callable)->func, vec, (intptr_t)oparg + 1, NULL);
            while (sp > args - 1)
                RT_XDECREF(POP());
            if (!nf)
                goto no_new_frame;
            goto push_new_frame;
        }
        if (__builtin_expect(RT_TYPE(callable) == &rt_type_type
                             && (((rt_type *)callable)->flags & RT_TPFLAGS_HEAPTYPE), 0)) {
            SAVE_FRAME();
            int k = init_frame_push(args, (intptr_t)oparg, &nf);
            if (k) {
                sp = args;
                if (k < 0)
                    goto error;
                goto push_new_frame;
            }
        }
        if (RT_TYPE(callable) == &rt_cfunction_type
            && (((rt_cfunction *)callable)->def->flags & RT_METH_FASTCALL))
            REWRITE(CALL_FUNCTION_BUILTIN);
        SAVE_FRAME();
        rt_object *r = call_vector_fast(callable, args, (intptr_t)oparg);
        while (sp > args - 1)
            RT_XDECREF(POP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_BUILTIN) {
        /* f a1..an, f a built-in function of the vector convention
         * (len, isinstance, min; 3.11's PRECALL_BUILTIN_FAST): called on
         * the stack's slots, which hold no NULL, then dropped without
         * the generic path's tests for Python functions, bound methods
         * and classes */
        rt_object **args = sp - oparg;
        rt_object *callable = args[-1];
        if (RT_TYPE(callable) == &rt_cfunction_type
            && (((rt_cfunction *)callable)->def->flags & RT_METH_FASTCALL)) {
            rt_cfunction *cf = (rt_cfunction *)callable;
            SAVE_FRAME();
            rt_object *r = rt_meth_call(cf->def, cf->self, args, (intptr_t)oparg, NULL);
            while (sp > args)
                rt_decref(POP());
            sp--;
            rt_decref(callable);
            if (!r)
                goto error;
            PUSH(r);
            DISPATCH();
        }
        DEOPT(CALL_FUNCTION);
    }
    TARGET(CALL_FUNCTION_KW) {
        rt_object *kwnames = POP();
        intptr_t nkw = RT_SIZE(kwnames);
        rt_object **args = sp - oparg;
        rt_object *callable = args[-1];
        if (RT_TYPE(callable) == &vm_function_type) {
            nf = frame_for_call((vm_function *)callable, args, (intptr_t)oparg - nkw, kwnames);
            rt_decref(kwnames);
            while (sp > args - 1)
                RT_XDECREF(POP());
            if (!nf)
                goto no_new_frame;
            goto push_new_frame;
        }
        SAVE_FRAME();
        rt_object *r = vm_call(callable, args, (intptr_t)oparg - nkw, kwnames);
        rt_decref(kwnames);
        while (sp > args - 1)
            RT_XDECREF(POP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_METHOD_KW) {
        /* meth self a1..an names | NULL f a1..an names (CPython 3.11's
         * LOAD_METHOD, KW_NAMES, CALL): a method descriptor gets self
         * in front, with no bound method made */
        rt_object *kwnames = POP();
        intptr_t nkw = RT_SIZE(kwnames);
        rt_object **base = sp - oparg - 2;
        rt_object **args = *base ? base + 1 : base + 2;
        intptr_t npos = (intptr_t)oparg - nkw + (*base ? 1 : 0);
        rt_object *callable = args[-1];
        if (RT_TYPE(callable) == &vm_function_type) {
            nf = frame_for_call((vm_function *)callable, args, npos, kwnames);
            rt_decref(kwnames);
            while (sp > base)
                RT_XDECREF(POP());
            if (!nf)
                goto no_new_frame;
            goto push_new_frame;
        }
        SAVE_FRAME();
        rt_object *r = vm_call(callable, args, npos, kwnames);
        rt_decref(kwnames);
        while (sp > base)
            RT_XDECREF(POP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        rt_object *kw = (oparg & 1) ? POP() : NULL;
        rt_object *x = POP(), *callable = TOP();
        SAVE_FRAME();
        rt_object *a = vm_star_args(callable, x), *r = NULL;
        rt_decref(x);
        /* a METH_VARARGS built-in takes this tuple as it is, as CPython's */
        if (a && RT_TYPE(callable) == &rt_cfunction_type
            && (((rt_cfunction *)callable)->def->flags & RT_METH_VARARGS))
            r = rt_call(callable, a, kw);
        else if (a)
            r = vm_call_dict(callable, RT_TUPLE_ITEMS(a), RT_SIZE(a), kw);
        else
            a = rt_newref(RT_NONE);
        RT_XDECREF(kw);
        rt_decref(a);
        rt_decref(callable);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto exit_frame;
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (vm_setup_annotations(f->locals) < 0)
            goto error;
        DISPATCH();
    }
    /* structural pattern matching (vm/match.c; compiler/compile_match.c) */
    TARGET(COPY) {
        rt_object *a = sp[-(intptr_t)oparg];
        rt_incref(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(SWAP) {
        rt_object *a = TOP();
        sp[-1] = sp[-(intptr_t)oparg];
        sp[-(intptr_t)oparg] = a;
        DISPATCH();
    }
    TARGET(GET_LEN) {
        intptr_t n = rt_length(TOP());
        rt_object *r = n < 0 ? NULL : rt_int_from_i64(n);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        bool t = vm_match_is_mapping(TOP());
        sp++;   /* the bool's slot */
        BRANCH_ON(t);
    }
    TARGET(MATCH_SEQUENCE) {
        bool t = vm_match_is_sequence(TOP());
        sp++;
        BRANCH_ON(t);
    }
    TARGET(MATCH_KEYS) {
        SAVE_IP();
        rt_object *r = vm_match_keys(SECOND(), TOP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        SAVE_IP();
        rt_object *names = POP(), *type = POP(), *subject = TOP();
        rt_object *r = vm_match_class(subject, type, (intptr_t)oparg, names);
        rt_decref(names);
        rt_decref(type);
        rt_decref(subject);
        SET_TOP(r);
        if (!r)
            goto error_pop1;
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        rt_object *b = rt_dict_getitem_str(f->builtins, "__build_class__");
        if (!b) {
            rt_err_set_string(&rt_exc_NameError, "__build_class__ not found");
            goto error;
        }
        rt_incref(b);
        PUSH(b);
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        if (f->nblocks >= VM_MAXBLOCKS) {
            rt_err_set_string(&rt_exc_RuntimeError, "too many statically nested blocks");
            goto error;
        }
        vm_block *b = &f->blocks[f->nblocks++];
        b->type = VM_BLOCK_FINALLY;
        b->handler = (int)oparg;
        b->level = (int)(sp - f->stack);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        f->nblocks--;
        rt_object *prev = POP();
        rt_object *old = vm.handled_exc;
        vm.handled_exc = prev == RT_NONE ? NULL : prev;
        if (prev == RT_NONE)
            rt_decref(prev);
        RT_XDECREF(old);
        DISPATCH();
    }
    TARGET(RERAISE) {
        rt_object *exc = POP();
        rt_err_restore(exc);
        goto exception_unwind;
    }
    TARGET(RAISE_VARARGS) {
        rt_object *cause = oparg == 2 ? POP() : NULL;
        rt_object *exc = oparg >= 1 ? POP() : NULL;
        vm_do_raise(exc, cause);
        RT_XDECREF(exc);
        RT_XDECREF(cause);
        if (oparg == 0)
            goto exception_unwind;   /* bare raise: the traceback stays as it was */
        goto error;   /* a raised exception already has its context (vm_do_raise) */
    }
    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        rt_object *type = POP(), *exc = POP();
        int r = vm_exc_match(exc, type);
        rt_decref(type);
        rt_decref(exc);
        if (r < 0)
            goto error;
        if (!r)
            JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        rt_object *type = POP(), *match, *rest;
        int r = vm_exc_check_types(type) < 0 ? -1 : rt_excgroup_match(TOP(), type, &match, &rest);
        rt_decref(type);
        if (r < 0)
            goto error;
        rt_object *was = TOP();
        SET_TOP(rest);
        rt_decref(was);
        PUSH(match);
        if (match != RT_NONE) {   /* the clause's body handles the matching part */
            rt_object *old = vm.handled_exc;
            vm.handled_exc = rt_newref(match);
            RT_XDECREF(old);
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        rt_object *list = POP();
        rt_object *r = rt_excgroup_prep_reraise(TOP(), list);
        rt_decref(list);
        if (!r)
            goto error;
        rt_object *orig = TOP();
        SET_TOP(r);
        rt_decref(orig);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        rt_incref(RT_OBJ(&rt_exc_AssertionError));
        PUSH(RT_OBJ(&rt_exc_AssertionError));
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        /* level and fromlist are constants: co_consts keeps them alive */
        rt_object *fromlist = POP(), *level = POP();
        SAVE_FRAME();
        rt_object *m = vm_import_name(NAME(oparg), f->globals, fromlist,
                                      (int)rt_int_as_i64(level));
        rt_decref(fromlist);
        rt_decref(level);
        if (!m)
            goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        rt_object *v = vm_import_from(TOP(), NAME(oparg));
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    /* The four opcodes below run out of line (evalsupport.c, gen.c) on the
     * saved frame: kept small here, they leave the loop's register
     * allocation for the hot opcodes as it was. */
    TARGET(SETUP_WITH) {
        SAVE_FRAME();
        int r = vm_setup_with(f, (int)oparg);
        sp = f->sp;
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        f->sp = sp;
        rt_object *r = vm_with_exit_exc(sp[-3], TOP());
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(GEN_THROW)   /* never in code (the verifier rejects it): see vm_run's entry */
        vm_add_traceback(f, ip - first_instr - 1);
        goto exception_unwind;   /* as CPython's throw(): no __context__ set */
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE_FRAME();
        vm_gen_suspend(f);   /* generator frames are always entered from C */
        goto suspended;
    }
    TARGET(YIELD_FROM) {
        SAVE_FRAME();
        int st = vm_gen_yield_from(f, &retval);
        if (st == 0)
            goto suspended;   /* to delegate again when resumed */
        sp = f->sp;
        if (st < 0)
            goto error;
        DISPATCH();
    }

    /* ---- quickened forms (opcode.h): each guards what its generic form
     * found when it rewrote itself, and deoptimises on a miss ---- */
    TARGET(UNPACK_SEQUENCE_TWO_TUPLE) {
        rt_object *v = TOP();
        if (RT_TYPE(v) == &rt_tuple_type && RT_SIZE(v) == 2) {
            rt_object *a = RT_TUPLE_GET_ITEM(v, 0), *b = RT_TUPLE_GET_ITEM(v, 1);
            rt_incref(a);
            rt_incref(b);
            sp[-1] = b;
            sp[0] = a;
            sp++;
            rt_decref(v);
            DISPATCH();
        }
        DEOPT(UNPACK_SEQUENCE);
    }
    /* A tuple or a list of exactly oparg items: pushed last first, as the
     * generic form does, else back to the generic form. */
#define UNPACK_EXACT(type, ITEMS) do { \
        rt_object *v = TOP(); \
        if (RT_TYPE(v) == &(type) && RT_SIZE(v) == (intptr_t)oparg) { \
            rt_object **items = ITEMS(v); \
            sp--; \
            for (uint32_t i = oparg; i > 0; i--) \
                PUSH(rt_newref(items[i - 1])); \
            rt_decref(v); \
            DISPATCH(); \
        } \
        DEOPT(UNPACK_SEQUENCE); \
    } while (0)
    TARGET(UNPACK_SEQUENCE_TUPLE) {
        UNPACK_EXACT(rt_tuple_type, RT_TUPLE_ITEMS);
    }
    TARGET(UNPACK_SEQUENCE_LIST) {
        UNPACK_EXACT(rt_list_type, RT_LIST_ITEMS);
    }
#undef UNPACK_EXACT
    TARGET(BINARY_SUBSCR_TUPLE_INT) {
        rt_object *k = TOP(), *o = SECOND();
        if (RT_TYPE(o) == &rt_tuple_type && int_is_small(k)) {
            int64_t i = RT_INT_VALUE(k);
            if (i < 0)
                i += RT_SIZE(o);
            if (i >= 0 && i < RT_SIZE(o)) {
                rt_object *v = rt_newref(RT_TUPLE_GET_ITEM(o, i));
                sp--;
                rt_decref(k);
                rt_decref(o);
                SET_TOP(v);
                DISPATCH();
            }
        }
        DEOPT(BINARY_SUBSCR);
    }
    TARGET(BINARY_SUBSCR_LIST_INT) {
        rt_object *k = TOP(), *o = SECOND();
        if (RT_TYPE(o) == &rt_list_type && int_is_small(k)) {
            int64_t i = RT_INT_VALUE(k);
            if (i < 0)
                i += RT_SIZE(o);
            if (i >= 0 && i < RT_SIZE(o)) {
                rt_object *v = rt_newref(RT_LIST_GET_ITEM(o, i));
                sp--;
                rt_decref(k);
                rt_decref(o);
                SET_TOP(v);
                DISPATCH();
            }
        }
        DEOPT(BINARY_SUBSCR);
    }
    TARGET(BINARY_OP_ADD_INT) {
        rt_object *b = TOP(), *a = SECOND();
        int64_t x;
        if (int_is_small(a) && int_is_small(b)
            && !__builtin_add_overflow(RT_INT_VALUE(a), RT_INT_VALUE(b), &x)) {
            rt_object *r = rt_int_from_i64_fast(x);
            sp--;
            rt_decref(a);
            rt_decref(b);
            SET_TOP(r);
            if (!r)
                goto error_pop1;
            DISPATCH();
        }
        DEOPT(BINARY_OP);
    }
    TARGET(BINARY_OP_SUB_INT) {
        rt_object *b = TOP(), *a = SECOND();
        int64_t x;
        if (int_is_small(a) && int_is_small(b)
            && !__builtin_sub_overflow(RT_INT_VALUE(a), RT_INT_VALUE(b), &x)) {
            rt_object *r = rt_int_from_i64_fast(x);
            sp--;
            rt_decref(a);
            rt_decref(b);
            SET_TOP(r);
            if (!r)
                goto error_pop1;
            DISPATCH();
        }
        DEOPT(BINARY_OP);
    }
    TARGET(COMPARE_OP_INT) {
        rt_object *b = TOP(), *a = SECOND();
        if (int_is_small(a) && int_is_small(b)) {
            bool t = rt_compare_i64((int)oparg, RT_INT_VALUE(a), RT_INT_VALUE(b));
            sp--;
            rt_decref(a);
            rt_decref(b);
            BRANCH_ON(t);
        }
        DEOPT(COMPARE_OP);
    }
    TARGET(COMPARE_OP_STR) {
        /* two exact strs (3.11's COMPARE_OP_STR_JUMP, every operator):
         * no recursion guard or slot call, and a jump after it inline */
        rt_object *b = TOP(), *a = SECOND();
        if (RT_TYPE(a) == &rt_str_type && RT_TYPE(b) == &rt_str_type) {
            bool t = rt_str_compare_op(a, b, (int)oparg);
            sp--;
            rt_decref(a);
            rt_decref(b);
            BRANCH_ON(t);
        }
        DEOPT(COMPARE_OP);
    }
    TARGET(COMPARE_OP_INT_JUMP) {
        /* the comparison and the POP_JUMP_IF_* that follows it (the
         * generic form checked it was there): no bool pushed and popped */
        rt_object *b = TOP(), *a = SECOND();
        if (int_is_small(a) && int_is_small(b)) {
            bool t = rt_compare_i64((int)oparg, RT_INT_VALUE(a), RT_INT_VALUE(b));
            sp -= 2;
            rt_decref(a);
            rt_decref(b);
            vm_codeunit j = *ip++;
            if (t == (VM_OP(j) == OP_POP_JUMP_IF_TRUE))
                JUMPTO(VM_ARG(j));
            DISPATCH();
        }
        DEOPT(COMPARE_OP);
    }
    /* Two exact floats: the result goes into an operand only the value
     * stack references (a temporary such as x * y in x * y + z; nothing
     * else can see it, and a float is no container, so gc.get_count()
     * cannot tell), else into a new float; the operands dropped go to the
     * free list inline (rt_float_decref). */
#define FLOAT_BINOP(expr) do { \
        rt_object *b = TOP(), *a = SECOND(); \
        if (RT_TYPE(a) == &rt_float_type && RT_TYPE(b) == &rt_float_type) { \
            double x = RT_FLOAT_VALUE(a), y = RT_FLOAT_VALUE(b); \
            (void)x; (void)y; \
            FLOAT_BINOP_GUARD \
            double r = (expr); \
            sp--; \
            if (a->refcnt == 1) {   /* then a != b */ \
                RT_FLOAT_VALUE(a) = r; \
                rt_float_decref(b); \
            } else if (b->refcnt == 1) { \
                RT_FLOAT_VALUE(b) = r; \
                a->refcnt--;   /* at least 2 */ \
                SET_TOP(b); \
            } else { \
                rt_object *o = rt_float_from_double(r); \
                if (!o) { \
                    rt_decref(a); \
                    rt_decref(b); \
                    goto error_pop1; \
                } \
                a->refcnt--;   /* at least 2 */ \
                rt_float_decref(b);   /* a may be b */ \
                SET_TOP(o); \
            } \
            DISPATCH(); \
        } \
        DEOPT(BINARY_OP); \
    } while (0)
#define FLOAT_BINOP_GUARD
    TARGET(BINARY_OP_ADD_FLOAT) FLOAT_BINOP(x + y);
    TARGET(BINARY_OP_SUB_FLOAT) FLOAT_BINOP(x - y);
    TARGET(BINARY_OP_MUL_FLOAT) FLOAT_BINOP(x * y);
#undef FLOAT_BINOP_GUARD
#define FLOAT_BINOP_GUARD if (y == 0.0) goto float_div_zero;   /* the slot raises */
    TARGET(BINARY_OP_TRUEDIV_FLOAT) {
        FLOAT_BINOP(x / y);
    float_div_zero:
        DEOPT(BINARY_OP);
    }
#undef FLOAT_BINOP_GUARD
#undef FLOAT_BINOP
    TARGET(COMPARE_OP_FLOAT_JUMP) {
        /* COMPARE_OP_INT_JUMP's float twin */
        rt_object *b = TOP(), *a = SECOND();
        if (RT_TYPE(a) == &rt_float_type && RT_TYPE(b) == &rt_float_type) {
            bool t = rt_compare_doubles((int)oparg, RT_FLOAT_VALUE(a), RT_FLOAT_VALUE(b));
            sp -= 2;
            rt_float_decref(a);
            rt_float_decref(b);
            vm_codeunit j = *ip++;
            if (t == (VM_OP(j) == OP_POP_JUMP_IF_TRUE))
                JUMPTO(VM_ARG(j));
            DISPATCH();
        }
        DEOPT(COMPARE_OP);
    }
    /* FOR_ITER over a range or a list: the next item without the iternext
     * call, stored straight into a fast local when a STORE_FAST follows
     * (the loop variable): one dispatch fewer per iteration */
#define FOR_ITER_PUSH(v) do { \
        rt_object *v_ = (v); \
        vm_codeunit n_ = *ip; \
        if (VM_OP(n_) == OP_STORE_FAST) { \
            ip++; \
            rt_object *old_ = LOCAL(VM_ARG(n_)); \
            LOCAL(VM_ARG(n_)) = v_; \
            RT_XDECREF(old_); \
        } else { \
            PUSH(v_); \
        } \
        DISPATCH(); \
    } while (0)
    TARGET(FOR_ITER_RANGE) {
        rt_object *it = TOP();
        if (RT_TYPE(it) == &rt_range_iterator_type) {
            rt_range_iter *r = (rt_range_iter *)it;
            if (r->left > 0) {
                intptr_t v = r->next;
                r->left--;
                r->next = (intptr_t)((uint64_t)v + (uint64_t)r->step);   /* may pass stop: unused then */
                rt_object *o = rt_int_from_i64_fast(v);
                if (!o)
                    goto error;
                FOR_ITER_PUSH(o);
            }
            sp--;
            rt_decref(it);
            JUMPTO(oparg);
            DISPATCH();
        }
        DEOPT(FOR_ITER);
    }
    TARGET(FOR_ITER_LIST) {
        rt_object *it = TOP();
        if (RT_TYPE(it) == &rt_list_iterator_type) {
            rt_seqiter *li = (rt_seqiter *)it;
            rt_object *l = li->seq;
            if (l) {
                if (li->index < RT_SIZE(l))   /* re-read: the list may have changed */
                    FOR_ITER_PUSH(rt_newref(RT_LIST_ITEMS(l)[li->index++]));
                li->seq = NULL;
                rt_decref(l);
            }
            sp--;
            rt_decref(it);
            JUMPTO(oparg);
            DISPATCH();
        }
        DEOPT(FOR_ITER);
    }
    TARGET(FOR_ITER_TUPLE) {
        /* FOR_ITER_LIST's twin: a tuple's size never changes, but the
         * iterator drops it when exhausted, as tuple_iter_next does */
        rt_object *it = TOP();
        if (RT_TYPE(it) == &rt_tuple_iterator_type) {
            rt_seqiter *ti = (rt_seqiter *)it;
            rt_object *t = ti->seq;
            if (t) {
                if (ti->index < RT_SIZE(t))
                    FOR_ITER_PUSH(rt_newref(RT_TUPLE_ITEMS(t)[ti->index++]));
                ti->seq = NULL;
                rt_decref(t);
            }
            sp--;
            rt_decref(it);
            JUMPTO(oparg);
            DISPATCH();
        }
        DEOPT(FOR_ITER);
    }
#undef FOR_ITER_PUSH
    TARGET(FOR_ITER_PAIR) {
        /* `for i, x in enumerate(s)` / `for a, b in zip(s, t)`: the
         * generic form found UNPACK_SEQUENCE 2 and two STORE_FASTs after
         * it (their units never change: no quickened form of STORE_FAST,
         * and an unpack's forms keep its argument); the pair goes
         * straight into the two locals, the result tuple refilled as
         * next() refills it (vm_iter_next_pair) but never on the stack */
        rt_object *it = TOP(), *a, *b;
        if (RT_TYPE(it) != &vm_enumerate_type && RT_TYPE(it) != &vm_zip_type)
            DEOPT(FOR_ITER);
        SAVE_IP();   /* the inner iterator may run Python code */
        int k = vm_iter_next_pair(it, &a, &b);
        if (k > 0) {
            uintptr_t x = VM_ARG(ip[1]), y = VM_ARG(ip[2]);
            ip += 3;
            rt_object *old = LOCAL(x);
            LOCAL(x) = a;
            XDECREF_SAVE_IP(old);
            old = LOCAL(y);
            LOCAL(y) = b;
            XDECREF_SAVE_IP(old);
            DISPATCH();
        }
        if (k < 0)
            goto for_iter_other;   /* the tuple is held elsewhere: next() */
        if (rt_err_occurred())
            goto error;   /* rt_iter_next cleared a StopIteration */
        sp--;
        rt_decref(it);
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_INSTANCE_VALUE) {
        rt_object *o = TOP();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        rt_object *v;
        if ((v = attr_first_hit(e, o))) {
            rt_incref(v);
            SET_TOP(v);
            rt_decref(o);
            DISPATCH();
        }
        intptr_t k = attr_other(e, RT_TYPE(o));
        if (k >= 0 && (v = rt_instattr_value_at(o, e->other_index[k]))) {
            rt_incref(v);
            SET_TOP(v);
            rt_decref(o);
            DISPATCH();
        }
        DEOPT(LOAD_ATTR);
    }
    TARGET(LOAD_FAST__LOAD_ATTR) {
        /* LOAD_FAST and the LOAD_ATTR_INSTANCE_VALUE after it (self.x,
         * fuse_load_fast): that form's first guard, on the local itself */
        rt_object *o = LOCAL(oparg), *v;
        if (o && VM_OP(*ip) == OP_LOAD_ATTR_INSTANCE_VALUE) {
            const vm_attr_cache *e = &co->acache[ip - first_instr];
            if ((v = attr_first_hit(e, o))) {
                ip++;
                rt_incref(v);
                PUSH(v);
                DISPATCH();
            }
        }
        goto load_fast;   /* the LOAD_ATTR after it runs as it is */
    }
    TARGET(LOAD_FAST__LOAD_METHOD) {
        /* LOAD_FAST and the LOAD_METHOD_CACHED after it: that form's
         * first guard (one class) on the local; the method and the local
         * pushed as it pushes them */
        rt_object *o = LOCAL(oparg);
        if (o && VM_OP(*ip) == OP_LOAD_METHOD_CACHED) {
            const vm_attr_cache *e = &co->acache[ip - first_instr];
            if (method_first_hit(e, o)) {
                ip++;
                rt_incref(e->method);
                rt_incref(o);
                sp[0] = e->method;
                sp[1] = o;
                sp += 2;
                DISPATCH();
            }
        }
        goto load_fast;   /* the LOAD_METHOD after it runs as it is */
    }
    TARGET(LOAD_ATTR_PROPERTY) {
        /* CPython 3.12's LOAD_ATTR_PROPERTY: the getter runs as a frame of
         * this loop, the object moved into its first argument */
        rt_object *o = TOP();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        rt_type *t = RT_TYPE(o);
        /* another class finding the same property (a base class's, at a
         * site that sees several subclasses) takes it too */
        if (e->epoch == rt_type_epoch
            && (t->version_tag == e->version_tag
                || (t->getattro == rt_generic_getattr && vm_type_lookup_cached(t, NAME(oparg)) == e->method
                    && RT_TYPE(e->method) == &vm_property_type))) {   /* the same address, alive */
            rt_object *get = vm_property_fget(e->method);
            if (get && RT_TYPE(get) == &vm_function_type) {
                if ((nf = frame_push_moved((vm_function *)get, sp - 1, 1))) {
                    rt_incref(get);
                    sp--;
                    goto push_moved_frame;
                }
            }
            goto generic_LOAD_ATTR;
        }
        DEOPT(LOAD_ATTR);
    }
    TARGET(STORE_ATTR_INSTANCE_VALUE) {
        rt_object *o = TOP(), *v = SECOND();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        int st;
        intptr_t k;
        if (e->epoch == rt_type_epoch
            && ((RT_TYPE(o)->version_tag == e->version_tag && (st = rt_instattr_store_at(o, e->index, v)) != 0)
                || ((k = attr_other(e, RT_TYPE(o))) >= 0
                    && (st = rt_instattr_store_at(o, e->other_index[k], v)) != 0))) {
            sp -= 2;
            rt_decref(o);
            rt_decref(v);
            if (st < 0)
                goto error;
            DISPATCH();
        }
        DEOPT(STORE_ATTR);
    }
    TARGET(LOAD_ATTR_MODULE) {
        rt_object *o = TOP();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        rt_object *d;
        if (RT_TYPE(o) == &vm_module_type && (d = ((vm_module *)o)->dict)
            && ((rt_dict *)d)->keys_version == e->version_tag) {
            rt_object *v = *e->slot;
            rt_incref(v);
            SET_TOP(v);
            rt_decref(o);
            DISPATCH();
        }
        DEOPT(LOAD_ATTR);
    }
    TARGET(LOAD_METHOD_MODULE) {
        rt_object *o = TOP();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        rt_object *d;
        if (RT_TYPE(o) == &vm_module_type && (d = ((vm_module *)o)->dict)
            && ((rt_dict *)d)->keys_version == e->version_tag) {
            rt_object *v = *e->slot;
            rt_incref(v);
            SET_TOP(NULL);
            PUSH(v);
            rt_decref(o);
            DISPATCH();
        }
        DEOPT(LOAD_METHOD);
    }
    TARGET(LOAD_ATTR_SLOT) {
        rt_object *o = TOP();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        rt_object *v;
        if (RT_TYPE(o)->version_tag == e->version_tag && e->epoch == rt_type_epoch
            && (v = *(rt_object **)((char *)o + e->index))) {
            rt_incref(v);
            SET_TOP(v);
            rt_decref(o);
            DISPATCH();
        }
        DEOPT(LOAD_ATTR);   /* an empty slot: the generic form raises */
    }
    TARGET(STORE_ATTR_SLOT) {
        rt_object *o = TOP(), *v = SECOND();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        if (RT_TYPE(o)->version_tag == e->version_tag && e->epoch == rt_type_epoch) {
            rt_object **slot = (rt_object **)((char *)o + e->index);
            rt_object *old = *slot;
            *slot = v;   /* the stack's reference */
            sp -= 2;
            rt_decref(o);
            rt_xdecref(old);   /* last: a finaliser sees the slot already set */
            DISPATCH();
        }
        DEOPT(STORE_ATTR);
    }
    TARGET(LOAD_METHOD_CACHED) {
        rt_object *o = TOP();
        const vm_attr_cache *e = &co->acache[ip - 1 - first_instr];
        rt_type *t = RT_TYPE(o);
        intptr_t k;
        if (method_first_hit(e, o)
            || ((k = attr_other(e, t)) >= 0 && rt_instattr_keys_unchanged(o, e->nkeys[k + 1]))) {
            rt_object *d = e->method;
            rt_incref(d);
            SET_TOP(d);
            PUSH(o);
            DISPATCH();
        }
        rt_object *d = method_poly_find(e, o);
        if (d) {
            rt_incref(d);
            SET_TOP(d);
            PUSH(o);
            DISPATCH();
        }
        DEOPT(LOAD_METHOD);
    }
    default:
        rt_err_format(&rt_exc_RuntimeError, "bad opcode %d", (int)VM_OP(u));
        goto error;
    }

no_new_frame:   /* frame_for_call failed, or made a generator */
    if (!made_generator)
        goto error;
    PUSH(made_generator);
    made_generator = NULL;
    DISPATCH();

push_moved_frame:
    if ((nf->code->ncells | nf->code->nfree)
        && frame_init_cells(nf, (vm_function *)nf->func) < 0) {
        frame_release(nf);
        goto error;
    }
push_new_frame:
    SAVE_FRAME();
    nf->back = f;
    f = nf;
    vm.frame = f;
    LOAD_FRAME();
    if (gc_collect_wanted)   /* a safe point: the arguments are in the new frame */
        gc_safe_point();
    DISPATCH();

error_pop1:
    sp--;
error:
    vm_set_context();
    vm_add_traceback(f, ip - first_instr - 1);
exception_unwind:
    while (f->nblocks > 0) {
        vm_block *b = &f->blocks[--f->nblocks];
        if (b->type == VM_BLOCK_EXCEPT_HANDLER) {
            rt_object **level = f->stack + b->level;
            while (sp > level + 1)
                RT_XDECREF(POP());
            rt_object *prev = POP();
            rt_object *old = vm.handled_exc;
            vm.handled_exc = prev == RT_NONE ? NULL : prev;
            if (prev == RT_NONE)
                rt_decref(prev);
            RT_XDECREF(old);
            continue;
        }
        rt_object **level = f->stack + b->level;
        int handler = b->handler;   /* b's slot is reused for the EXCEPT_HANDLER block */
        while (sp > level)
            RT_XDECREF(POP());
        rt_object *exc = rt_err_fetch();
        vm_block *h = &f->blocks[f->nblocks++];
        h->type = VM_BLOCK_EXCEPT_HANDLER;
        h->handler = -1;
        h->level = (int)(sp - f->stack);
        PUSH(vm.handled_exc ? vm.handled_exc : rt_newref(RT_NONE));
        vm.handled_exc = rt_newref(exc);
        PUSH(exc);
        JUMPTO(handler);
        DISPATCH();
    }
    while (sp > f->stack)
        RT_XDECREF(POP());
    retval = NULL;

exit_frame: {
        vm_frame *back = f->back;
        f->sp = sp;
        if (f->entry) {
          /* the flag shares the entry byte: plain frames test it only here */
          if (__builtin_expect(frame_entry_reload(f) & VM_FRAME_HAS_OBJ, 0))
              frame_exit_obj(f, ip);
          if (__builtin_expect(f->entry >= VM_FRAME_INIT, 0)) {
              int k = init_frame_exit(f, retval);
              f = back;
              LOAD_FRAME();
              if (k < 0)
                  goto error;
              DISPATCH();
          }
          if (f->entry) {
            /* The frame leaves the chain before its locals are released,
             * as CPython pops a frame before clearing it: a __del__ run by
             * that release sees the caller as its f_back, and no frame
             * object can be made for a frame whose exit hook has run. */
            vm.frame = back;
            /* a generator's frame is always an entry frame */
            if (co->flags & VM_CO_GENERATOR) {
                frame_clear(f);   /* the memory is the generator's */
                vm_gen_of_frame(f)->state = VM_GEN_COMPLETED;
            } else {
                frame_release(f);
            }
        suspended:
            return retval;
          }
        }
        vm.frame = back;
        frame_release(f);
        f = back;
        LOAD_FRAME();
        if (!retval)
            goto error;
        PUSH(retval);
        DISPATCH();
    }
}

/* ---- roots and safe points for the tracing collectors ----------------------- */

/* Every object the VM references directly: each frame's function, code,
 * namespaces, locals, cells and live value-stack slots, and the VM state.
 * A frame's sp is exact when the collector runs: the running frame saved
 * it at the safe point, the suspended ones when they called out. */
static int visit_vm_roots(rt_visitproc visit, void *arg)
{
    for (vm_frame *f = vm.frame; f; f = f->back) {
        RT_VISIT(f->func);
        RT_VISIT(f->code);
        RT_VISIT(f->globals);
        RT_VISIT(f->builtins);
        RT_VISIT(f->locals);
        if (f->entry & VM_FRAME_HAS_OBJ)
            RT_VISIT(f->frameobj);
        for (rt_object **p = f->localsplus; p < f->sp; p++)
            RT_VISIT(*p);
    }
    RT_VISIT(vm.handled_exc);
    RT_VISIT(vm.builtins);
    RT_VISIT(vm.modules);
    RT_VISIT(vm.main_dir);
    RT_VISIT(vm.atexit);
    return vm_tcache_visit(visit, arg);
}

/* A collection may run only while no C function between the outermost
 * vm_run and here holds references the collector cannot see: i.e. when
 * the frame chain holds a single entry frame (calls from C into Python
 * each start a new one). */
static bool vm_is_safe(void)
{
    int entries = 0;
    for (vm_frame *f = vm.frame; f; f = f->back)
        entries += (f->entry & VM_FRAME_ENTRY_MASK) == 1   /* 2: a generator resumed by the loop, transparent */
                   || (f->entry & VM_FRAME_INIT);
    /* An init frame counts as an entry frame, although it holds nothing
     * the collectors cannot see: collections wait for __init__'s return,
     * as when __init__ ran in a nested vm_run, so the stress checks'
     * collection moments (and the orders and counts they record) stay
     * those of before init frames. */
    return entries <= 1;
}

/* The chunks' parts in use (for boehm, which scans them conservatively):
 * below vm.top in the current chunk, and in each earlier one below the
 * top its successor's first frame saved.  The frames popped above them
 * still hold the references they had; nothing lives there. */
static void vm_stacks(gc_range_fn *range)
{
    char *top = vm.top;
    for (vm_chunk *c = vm.chunk; c; c = c->prev) {
        range(c->data, top);
        if (c->prev)
            top = ((vm_frame *)c->data)->saved_top;
    }
}

bool vm_direct_call(rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    vm_frame *f = vm.frame;
    intptr_t n = nargs + (kwnames ? RT_SIZE(kwnames) : 0);
    return f && args > f->stack && args + n == f->sp;
}

void vm_scrub_frame(void)
{
    vm_frame *f = vm.frame;
    if (f) {
        rt_object **end = f->stack + f->code->stacksize;
        memset(f->sp, 0, (size_t)(end - f->sp) * sizeof *f->sp);
    }
}

int vm_eval_init(void)
{
    gc_set_vm_hooks(visit_vm_roots, vm_is_safe, vm_stacks);
    vm.recursion_limit = rt_recursion_limit = VM_RECURSION_LIMIT;
    rt_call_depth = &vm.depth;
    rt_call_limit = &vm.recursion_limit;
    vm.out = stdout;
    rt_print_exception_hook = vm_print_unraisable;
    if (!vm.chunk) {
        vm.chunk = chunk_new(VM_CHUNK_SIZE);
        if (!vm.chunk) {
            rt_err_no_memory();
            return -1;
        }
        vm.top = vm.chunk->data;
    }
    if (vm_traceback_init() < 0)
        return -1;
    return vm_frameobj_init();
}

void vm_eval_fini(void)
{
    vm_chunk *c = vm.chunk;
    while (c && c->prev)
        c = c->prev;
    while (c) {
        vm_chunk *n = c->next;
        rt_raw_free(c);
        c = n;
    }
    vm.chunk = NULL;
    vm.top = NULL;
    RT_CLEAR(vm.handled_exc);
    vm_tcache_clear();
}

rt_object *vm_call_with_locals(rt_object *func, rt_object *locals)
{
    vm_function *fn = (vm_function *)func;
    vm_frame *f = frame_for_call(fn, NULL, 0, NULL);
    if (!f) {
        rt_object *g = made_generator;
        made_generator = NULL;
        return g;
    }
    f->locals = rt_newref(locals);
    f->entry = 1;
    return vm_run(f, false);
}
