/*
 * gen.c -- generator objects: creation from a bound frame, resumption
 * (next, send, throw), close, `yield from` delegation, and their life as
 * GC containers (traverse, PEP 442 finalization by close()).
 *
 * Invariants (gen.h): the frame's references are owned while the state is
 * CREATED or SUSPENDED and dropped when it completes; a running generator
 * is kept alive by vm_gen_send's own reference; the exception its handlers
 * were handling when it yielded is kept in exc_state and swapped with the
 * resumer's vm.handled_exc around each resumption (as CPython links
 * gi_exc_state into the thread's exception stack).
 */
#include <string.h>
#include "vm/gen.h"
#include "vm/eval_internal.h"
#include "vm/frameobj.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

#define STATIC_TYPE_HEAD { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 }

static int frame_nslots(const vm_frame *f)
{
    return f->code->nlocals + f->code->ncells + f->code->nfree;
}

rt_object *vm_gen_new(vm_frame *f, size_t frame_size)
{
    vm_code *co = f->code;
    vm_gen *g = (vm_gen *)rt_object_new_var(&vm_gen_type,
                                            (intptr_t)(VM_GEN_FRAME_OFFSET - sizeof(vm_gen) + frame_size));
    if (!g)
        return NULL;
    vm_frame *gf = vm_gen_frame(g);
    /* a frame just bound has no blocks (nblocks 0): its fields and
     * locals, not the block array between them */
    memcpy(gf, f, offsetof(vm_frame, blocks));
    memcpy(gf->localsplus, f->localsplus, (size_t)frame_nslots(f) * sizeof(rt_object *));
    gf->stack = gf->localsplus + frame_nslots(f);
    gf->sp = gf->stack;
    gf->saved_chunk = NULL;
    gf->saved_top = NULL;
    gf->back = NULL;
    g->code = rt_newref(RT_OBJ(co));
    g->name = rt_newref(co->name);
    if (f->func) {
        vm_function *fn = (vm_function *)f->func;
        g->name = (rt_decref(g->name), rt_newref(fn->name));
        g->qualname = rt_newref(fn->qualname);
    } else {
        g->qualname = rt_newref(co->qualname);
    }
    g->state = VM_GEN_CREATED;
    rt_gc_track(RT_OBJ(g));
    if (rt_objspace.finalizable)
        rt_objspace.finalizable(RT_OBJ(g));
    return RT_OBJ(g);
}

/* Drop what a not-running frame owns and mark the generator completed. */
static void gen_clear_frame(vm_gen *g)
{
    if (g->state != VM_GEN_CREATED && g->state != VM_GEN_SUSPENDED)
        return;
    g->state = VM_GEN_COMPLETED;
    vm_frame *f = vm_gen_frame(g);
    if (f->entry & VM_FRAME_HAS_OBJ)
        vm_frameobj_exit(f);   /* not running: no caller to link as f_back */
    rt_object **sp = f->sp;
    f->sp = f->stack;
    for (rt_object **p = f->stack; p < sp; p++)
        RT_XDECREF(*p);
    for (int i = 0; i < frame_nslots(f); i++)
        RT_CLEAR(f->localsplus[i]);
    RT_CLEAR(f->locals);
    if (f->func)
        f->globals = NULL;   /* borrowed from the function */
    else
        RT_CLEAR(f->globals);
    RT_CLEAR(f->func);
}

/* A StopIteration escaping a generator becomes RuntimeError (PEP 479). */
static void stopiteration_to_runtime_error(void)
{
    if (!rt_err_matches(&rt_exc_StopIteration))
        return;
    rt_object *si = rt_err_fetch();
    rt_err_set_string(&rt_exc_RuntimeError, "generator raised StopIteration");
    rt_object *re = rt_err_occurred();
    if (re && rt_is_exception(re)) {
        rt_exception *e = (rt_exception *)re;
        RT_SETREF(e->cause, rt_newref(si));
        RT_SETREF(e->context, rt_newref(si));
    }
    rt_decref(si);
}

/* Run g's frame once; exc: an exception is set and is raised at the
 * suspension point instead of sending v. */
static int gen_resume(vm_gen *g, rt_object *v, bool exc, rt_object **out, bool direct)
{
    *out = NULL;
    if (g->state == VM_GEN_RUNNING) {
        if (exc)
            rt_err_clear();
        rt_err_set_string(&rt_exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state == VM_GEN_COMPLETED) {
        if (exc)
            return -1;
        *out = rt_newref(RT_NONE);
        return 1;
    }
    if (g->state == VM_GEN_CREATED && v != RT_NONE && !exc) {
        rt_err_set_string(&rt_exc_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (vm.depth >= vm.recursion_limit) {
        if (exc)
            rt_err_clear();
        rt_err_set_string(&rt_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    vm_frame *f = vm_gen_frame(g);
    if (g->state == VM_GEN_SUSPENDED && !exc)
        *f->sp++ = rt_newref(v);
    f->entry = (uint8_t)((f->entry & VM_FRAME_HAS_OBJ) | (direct ? 2 : 1));
    g->state = VM_GEN_RUNNING;
    vm.depth++;
    rt_object *saved = vm.handled_exc;
    vm_exc_link link = { saved, vm.exc_outer };
    vm.exc_outer = &link;
    vm.handled_exc = g->exc_state;
    g->exc_state = NULL;
    rt_incref(RT_OBJ(g));
    rt_object *r = vm_eval_frame(f, exc);
    g->exc_state = vm.handled_exc;
    vm.handled_exc = saved;
    vm.exc_outer = link.prev;
    int st;
    if (g->state == VM_GEN_SUSPENDED) {
        st = 0;
    } else {
        st = r ? 1 : -1;
        RT_CLEAR(g->exc_state);
        if (!r)
            stopiteration_to_runtime_error();
    }
    *out = r;
    rt_decref(RT_OBJ(g));
    return st;
}

int vm_gen_send(rt_object *g, rt_object *v, rt_object **out, bool direct)
{
    return gen_resume((vm_gen *)g, v, false, out, direct);
}

/* The value of the StopIteration being raised (new reference), cleared;
 * NULL when another exception is set. */
static rt_object *fetch_stop_value(void)
{
    if (!rt_err_occurred())
        return rt_newref(RT_NONE);
    if (!rt_err_matches(&rt_exc_StopIteration))
        return NULL;
    rt_object *e = rt_err_fetch();
    rt_object *args = ((rt_exception *)e)->args;
    rt_object *v = rt_newref(args && RT_SIZE(args) > 0 ? RT_TUPLE_GET_ITEM(args, 0) : RT_NONE);
    rt_decref(e);
    return v;
}

int vm_gen_delegate(rt_object *recv, rt_object *v, rt_object **out)
{
    if (RT_TYPE(recv) == &vm_gen_type)
        return gen_resume((vm_gen *)recv, v, false, out, true);
    rt_object *r;
    if (v == RT_NONE && RT_TYPE(recv)->iternext)
        r = RT_TYPE(recv)->iternext(recv);
    else
        r = rt_call_method(recv, "send", &v, 1);
    if (r) {
        *out = r;
        return 0;
    }
    *out = fetch_stop_value();
    return *out ? 1 : -1;
}

void vm_gen_suspend(vm_frame *f)
{
    vm_gen_of_frame(f)->state = VM_GEN_SUSPENDED;
    vm.frame = f->back;
    vm.depth--;
}

int vm_gen_yield_from(vm_frame *f, rt_object **out)
{
    rt_object *v = f->sp[-1], *recv = f->sp[-2], *r;
    int st = vm_gen_delegate(recv, v, &r);   /* v stays visible to the collectors meanwhile */
    f->sp--;
    rt_decref(v);
    if (st == 0) {
        *out = r;
        f->ip--;
        vm_gen_suspend(f);
        return 0;
    }
    if (st < 0)
        return -1;
    f->sp[-1] = r;
    rt_decref(recv);
    return 1;
}

/* The iterator g delegates to (borrowed) when suspended in `yield from`. */
static rt_object *gen_yieldfrom(vm_gen *g)
{
    if (g->state != VM_GEN_SUSPENDED)
        return NULL;
    vm_frame *f = vm_gen_frame(g);
    if (VM_OP(*f->ip) != OP_YIELD_FROM)
        return NULL;
    return f->sp[-1];
}

/* ---- the Python-level methods ----------------------------------------------- */

static rt_object *gen_iternext(rt_object *o)
{
    rt_object *r;
    int st = gen_resume((vm_gen *)o, RT_NONE, false, &r, false);
    if (st == 0)
        return r;
    if (st == 1) {
        if (r != RT_NONE)
            rt_err_set_object(&rt_exc_StopIteration, r);
        rt_decref(r);
    }
    return NULL;
}

/* The result of a send-like step as a Python call returns it. */
static rt_object *send_result(int st, rt_object *r)
{
    if (st == 1) {
        if (r == RT_NONE)
            rt_err_set_object(&rt_exc_StopIteration, NULL);
        else
            rt_err_set_object(&rt_exc_StopIteration, r);
        rt_decref(r);
        return NULL;
    }
    return r;
}

static rt_object *gen_send(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "send() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "send() takes exactly one argument (%d given)", (int)nargs);
    rt_object *r;
    int st = gen_resume((vm_gen *)self, args[0], false, &r, false);
    return send_result(st, r);
}

static int close_iter(rt_object *it);

/* Throw the set exception into g (delegating to a `yield from` target first). */
static int gen_throw_set(vm_gen *g, rt_object **out)
{
    rt_object *yf = gen_yieldfrom(g);
    if (yf) {
        rt_incref(yf);
        int st;
        rt_object *r = NULL;
        if (rt_err_matches(&rt_exc_GeneratorExit)) {
            /* close the delegate, then raise GeneratorExit here */
            rt_object *exc = rt_err_fetch();
            g->state = VM_GEN_RUNNING;
            int err = close_iter(yf);
            g->state = VM_GEN_SUSPENDED;
            if (err == 0)
                rt_err_restore(exc);
            else
                rt_decref(exc);
            rt_decref(yf);
            return gen_resume(g, RT_NONE, true, out, false);
        }
        if (RT_TYPE(yf) == &vm_gen_type) {
            g->state = VM_GEN_RUNNING;
            st = gen_throw_set((vm_gen *)yf, &r);
            g->state = VM_GEN_SUSPENDED;
        } else {
            rt_object *exc = rt_err_fetch();
            rt_object *name = rt_str_from_cstr("throw");
            rt_object *m = name ? rt_getattr(yf, name) : NULL;
            RT_XDECREF(name);
            if (!m) {
                /* no throw(): raise the original exception here */
                rt_err_restore(exc);
                rt_decref(yf);
                return gen_resume(g, RT_NONE, true, out, false);
            }
            rt_object *a[1] = { exc };
            g->state = VM_GEN_RUNNING;
            r = vm_call(m, a, 1, NULL);
            g->state = VM_GEN_SUSPENDED;
            rt_decref(exc);
            rt_decref(m);
            st = r ? 0 : -1;
        }
        rt_decref(yf);
        if (st == 0) {
            *out = r;
            return 0;
        }
        /* the delegate finished: leave the YIELD_FROM with its value, or raise here */
        vm_frame *f = vm_gen_frame(g);
        rt_object *sub = *--f->sp;
        rt_decref(sub);
        f->ip++;
        rt_object *val = st == 1 ? r : fetch_stop_value();
        if (val) {
            st = gen_resume(g, val, false, out, false);
            rt_decref(val);
            return st;
        }
        return gen_resume(g, RT_NONE, true, out, false);
    }
    return gen_resume(g, RT_NONE, true, out, false);
}

static rt_object *gen_throw(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "throw() takes no keyword arguments");
    if (nargs < 1 || nargs > 3)
        return rt_err_format(&rt_exc_TypeError, "throw expected at least 1 argument, got %d", (int)nargs);
    rt_object *typ = args[0], *val = nargs > 1 ? args[1] : RT_NONE;
    rt_object *exc;
    if (rt_is_exception_type(typ)) {
        if (rt_is_exception(val) && rt_isinstance_type(val, (rt_type *)typ))
            exc = rt_newref(val);
        else if (val == RT_NONE)
            exc = vm_call(typ, NULL, 0, NULL);
        else if (rt_tuple_check(val))
            exc = vm_call(typ, RT_TUPLE_ITEMS(val), RT_SIZE(val), NULL);
        else
            exc = vm_call(typ, &val, 1, NULL);
        if (!exc)
            return NULL;
    } else if (rt_is_exception(typ)) {
        if (val != RT_NONE)
            return rt_err_set_string(&rt_exc_TypeError, "instance exception may not have a separate value");
        exc = rt_newref(typ);
    } else {
        return rt_err_format(&rt_exc_TypeError,
                             "exceptions must be classes or instances deriving from BaseException, not %s",
                             rt_type_name(typ));
    }
    rt_err_restore(exc);
    rt_object *r;
    int st = gen_throw_set((vm_gen *)self, &r);
    return send_result(st, r);
}

/* close(): GeneratorExit at the suspension point; None, or the error. */
static rt_object *gen_close_impl(vm_gen *g)
{
    if (g->state == VM_GEN_CREATED) {
        gen_clear_frame(g);
        return rt_newref(RT_NONE);
    }
    if (g->state == VM_GEN_COMPLETED)
        return rt_newref(RT_NONE);
    rt_err_set_object(&rt_exc_GeneratorExit, NULL);
    rt_object *r;
    int st = gen_throw_set(g, &r);
    if (st == 0) {
        rt_decref(r);
        return rt_err_set_string(&rt_exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (st == 1) {
        rt_decref(r);
        return rt_newref(RT_NONE);
    }
    if (rt_err_matches(&rt_exc_StopIteration) || rt_err_matches(&rt_exc_GeneratorExit)) {
        rt_err_clear();
        return rt_newref(RT_NONE);
    }
    return NULL;
}

/* Close a `yield from` delegate: 0, or -1 with its error set. */
static int close_iter(rt_object *it)
{
    rt_object *r;
    if (RT_TYPE(it) == &vm_gen_type) {
        r = gen_close_impl((vm_gen *)it);
    } else {
        rt_object *name = rt_str_from_cstr("close");
        rt_object *m = name ? rt_getattr(it, name) : NULL;
        RT_XDECREF(name);
        if (!m) {
            rt_err_clear();
            return 0;
        }
        r = vm_call(m, NULL, 0, NULL);
        rt_decref(m);
    }
    if (!r)
        return -1;
    rt_decref(r);
    return 0;
}

static rt_object *gen_close(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (nargs || (kw && RT_SIZE(kw)))
        return rt_err_format(&rt_exc_TypeError, "close() takes no arguments (%d given)", (int)nargs);
    return gen_close_impl((vm_gen *)self);
}

static rt_object *gen_next_method(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (nargs || (kw && RT_SIZE(kw)))
        return rt_err_format(&rt_exc_TypeError, "expected 0 arguments, got %d", (int)nargs);
    rt_object *r = gen_iternext(self);
    if (!r && !rt_err_occurred())
        rt_err_set_object(&rt_exc_StopIteration, NULL);
    return r;
}

RT_NOSCAN static rt_method_def gen_methods[] = {
    { "send", gen_send, RT_METH_FASTCALL, NULL },
    { "throw", gen_throw, RT_METH_FASTCALL, NULL },
    { "close", gen_close, RT_METH_FASTCALL, NULL },
    { "__next__", gen_next_method, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_object *get_name(rt_object *o, void *c) { (void)c; return rt_newref(((vm_gen *)o)->name); }
static rt_object *get_qualname(rt_object *o, void *c) { (void)c; return rt_newref(((vm_gen *)o)->qualname); }
static rt_object *get_code(rt_object *o, void *c) { (void)c; return rt_newref(((vm_gen *)o)->code); }
static rt_object *get_running(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((vm_gen *)o)->state == VM_GEN_RUNNING ? RT_TRUE : RT_FALSE);
}
static rt_object *get_suspended(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((vm_gen *)o)->state == VM_GEN_SUSPENDED ? RT_TRUE : RT_FALSE);
}
static rt_object *get_yieldfrom(rt_object *o, void *c)
{
    (void)c;
    rt_object *yf = gen_yieldfrom((vm_gen *)o);
    return rt_newref(yf ? yf : RT_NONE);
}

static rt_object *get_frame(rt_object *o, void *c)
{
    (void)c;
    if (((vm_gen *)o)->state == VM_GEN_COMPLETED)
        return rt_newref(RT_NONE);
    rt_object *fo = vm_frameobj_get(vm_gen_frame((vm_gen *)o));
    return fo ? rt_newref(fo) : NULL;
}

static int set_str_field(rt_object **field, rt_object *v, const char *what)
{
    if (!v || !rt_str_check(v)) {
        rt_err_format(&rt_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    RT_SETREF(*field, rt_newref(v));
    return 0;
}
static int set_name(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    return set_str_field(&((vm_gen *)o)->name, v, "__name__");
}
static int set_qualname(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    return set_str_field(&((vm_gen *)o)->qualname, v, "__qualname__");
}

RT_NOSCAN static rt_getset_def gen_getsets[] = {
    { "__name__", get_name, set_name, NULL },
    { "__qualname__", get_qualname, set_qualname, NULL },
    { "gi_code", get_code, NULL, NULL },
    { "gi_running", get_running, NULL, NULL },
    { "gi_suspended", get_suspended, NULL, NULL },
    { "gi_yieldfrom", get_yieldfrom, NULL, NULL },
    { "gi_frame", get_frame, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* ---- as a GC container ----------------------------------------------------------- */

static int gen_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_gen *g = (vm_gen *)o;
    RT_VISIT(g->code);
    RT_VISIT(g->name);
    RT_VISIT(g->qualname);
    if (g->state != VM_GEN_COMPLETED) {
        /* CPython 3.11's _PyFrame_Traverse order: frame object, locals,
         * function, code, then the slots.  The globals are the function's
         * (reached through it), visited only for a frame without one or a
         * collector that must see every reference. */
        vm_frame *f = vm_gen_frame(g);
        if (f->entry & VM_FRAME_HAS_OBJ)
            RT_VISIT(f->frameobj);
        RT_VISIT(f->locals);
        RT_VISIT(f->func);
        RT_VISIT(RT_OBJ(f->code));
        if (!f->func || rt_gc.trace_all)
            RT_VISIT(f->globals);
        /* a running frame's sp is only exact at its calls: its value stack
         * is left to the VM's roots (a collector that misses a reference
         * keeps the object) */
        rt_object **end = g->state == VM_GEN_RUNNING ? f->stack : f->sp;
        for (rt_object **p = f->localsplus; p < end; p++)
            RT_VISIT(*p);
    }
    RT_VISIT(g->exc_state);
    return 0;
}

static int gen_clear(rt_object *o)
{
    vm_gen *g = (vm_gen *)o;
    gen_clear_frame(g);
    RT_CLEAR(g->exc_state);
    return 0;
}

/* PEP 442: a suspended generator is closed before it dies, so its
 * `finally` blocks and context managers run. */
static void gen_finalize(rt_object *o)
{
    vm_gen *g = (vm_gen *)o;
    if (g->state != VM_GEN_SUSPENDED && g->state != VM_GEN_CREATED)
        return;
    rt_object *saved = rt_err_fetch();
    rt_object *r = gen_close_impl(g);
    if (r) {
        rt_decref(r);
    } else {
        rt_write_unraisable(NULL, o);
    }
    rt_err_restore(saved);
}

static void gen_dealloc(rt_object *o)
{
    vm_gen *g = (vm_gen *)o;
    if (!rt_gc_is_finalized(o) && (g->state == VM_GEN_SUSPENDED || g->state == VM_GEN_CREATED)) {
        bool was_tracked = rt_gc_is_tracked(o);
        rt_gc_untrack(o);
        o->refcnt = 1;
        gen_finalize(o);
        rt_gc_set_finalized(o);   /* after the call, as CPython's PyObject_CallFinalizer */
        if (--o->refcnt != 0) {   /* resurrected */
            if (was_tracked)
                rt_gc_track(o);
            return;
        }
    }
    rt_gc_untrack(o);
    if (g->weakreflist)
        rt_weakref_clear_all(o);
    gen_clear(o);
    RT_CLEAR(g->code);
    RT_CLEAR(g->name);
    RT_CLEAR(g->qualname);
    rt_object_free(o);
}

static rt_object *gen_repr(rt_object *o)
{
    return rt_str_from_format("<generator object %s at %p>", rt_str_data(((vm_gen *)o)->qualname),
                              (void *)o);
}

RT_NOSCAN_TYPE rt_type vm_gen_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "generator",
    .basicsize = sizeof(vm_gen),
    .itemsize = 1,
    .flags = RT_TPFLAGS_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .weaklistoffset = offsetof(vm_gen, weakreflist),
    .repr = gen_repr,
    .iter = rt_iter_self,
    .iternext = gen_iternext,
    .getattro = rt_generic_getattr,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

int vm_gen_init(void)
{
    return rt_type_ready(&vm_gen_type);
}
