/*
 * frameobj.c -- frame objects: made on demand for a live frame, detached
 * (owning the frame's locals) when the frame exits while still referenced,
 * and their attributes (f_back, f_code, f_globals, f_builtins, f_locals,
 * f_lineno, f_lasti, f_trace*) and clear().
 *
 * Invariants (frameobj.h): a live frame object is untracked and reads
 * everything through its frame, whose references the VM's roots (or its
 * generator's traverse) report; a detached one is a tracked container
 * whose traverse visits what it owns.  f_locals of a function frame is
 * one dict per frame object, refreshed from the slots on every read (as
 * CPython 3.11's PyFrame_FastToLocals).
 */
#include "vm/frameobj.h"
#include "vm/gen.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/int.h"
#include "vm/func.h"

#define STATIC_TYPE_HEAD { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 }

static int code_nslots(const vm_code *co) { return co->nlocals + co->ncells + co->nfree; }

rt_object *vm_frameobj_get(vm_frame *f)
{
    if (f->entry & VM_FRAME_HAS_OBJ)
        return f->frameobj;
    vm_code *co = f->code;
    vm_frameobj *fo = (vm_frameobj *)rt_object_new_var(&vm_frameobj_type, code_nslots(co));
    if (!fo)
        return NULL;
    fo->frame = f;
    fo->code = rt_newref(RT_OBJ(co));
    fo->globals = f->globals;     /* borrowed until vm_frameobj_exit */
    fo->builtins = f->builtins;
    fo->fast = f->locals == NULL;
    fo->locals = f->locals;
    fo->nslots = code_nslots(co);
    fo->trace_lines = true;
    f->frameobj = RT_OBJ(fo);
    f->entry |= VM_FRAME_HAS_OBJ;
    return RT_OBJ(fo);
}

/* Is f a generator's frame that is not running (its back link is stale)? */
static bool frame_is_parked(const vm_frame *f)
{
    return (f->code->flags & VM_CO_GENERATOR) && vm_gen_of_frame(f)->state != VM_GEN_RUNNING;
}

/* Forget what a live frame object borrows from its frame (before it dies
 * with the frame, or is freed under it by a tracing collector). */
static void drop_borrowed(vm_frameobj *fo)
{
    fo->globals = fo->builtins = NULL;
    if (!fo->fast)
        fo->locals = NULL;
}

/* Are globals and builtins the object's own references?  Only once
 * detached from a frame without a function (module, exec). */
static bool owns_globals(const vm_frameobj *fo) { return !fo->frame && !fo->func; }

/* CPython 3.11 runs module code (PyEval_EvalCode) through a function made
 * for it, which its frame owns: a finished module frame reaches the globals
 * through it, so a cycle through the frame and the globals is seen (and
 * gc.get_referents lists it).  gclab's module frames run without one: it
 * is made when such a frame outlives its run.  NULL (no memory): the frame
 * object owns the globals and builtins itself. */
static rt_object *module_function(vm_frame *f)
{
    rt_object *pending = rt_err_fetch();
    rt_object *fn = vm_function_new(RT_OBJ(f->code), f->globals, f->builtins);
    if (!fn)
        rt_err_clear();
    rt_err_restore(pending);
    return fn;
}

void vm_frameobj_exit(vm_frame *f)
{
    vm_frameobj *fo = (vm_frameobj *)f->frameobj;
    f->frameobj = NULL;
    f->entry &= (uint8_t)~VM_FRAME_HAS_OBJ;
    fo->frame = NULL;
    if (RT_OBJ(fo)->refcnt == 1) {
        drop_borrowed(fo);
    } else {
        /* a function frame's globals and builtins stay borrowed, from the
         * function it now owns (CPython 3.11's frames read them there) */
        fo->func = f->func ? rt_newref(f->func) : module_function(f);
        if (!fo->func) {
            rt_newref(fo->globals);
            rt_newref(fo->builtins);
        }
        if (!fo->fast)
            rt_newref(fo->locals);
        /* someone (a traceback, a local elsewhere) keeps it: it takes the
         * frame's locals over, as CPython's take_ownership */
        for (int i = 0; i < fo->nslots; i++) {
            fo->slots[i] = f->localsplus[i];
            f->localsplus[i] = NULL;
        }
        fo->lasti = f->ip - f->code->code - 1;
        if (f->back && !frame_is_parked(f)) {
            /* the frame may be unwinding: keep its exception */
            rt_object *pending = rt_err_fetch();
            rt_object *b = vm_frameobj_get(f->back);
            if (b)
                fo->back = rt_newref(b);
            rt_err_restore(pending);   /* no memory for the caller's object: f_back is None */
        }
        rt_gc_track(RT_OBJ(fo));
    }
    rt_decref(RT_OBJ(fo));
}

/* ---- attributes ------------------------------------------------------------------ */

#define FO(o) ((vm_frameobj *)(o))

static intptr_t frame_lasti(vm_frameobj *fo)
{
    if (!fo->frame)
        return fo->lasti;
    return fo->frame->ip - fo->frame->code->code - 1;
}

static int frame_lineno(vm_frameobj *fo)
{
    vm_code *co = (vm_code *)fo->code;
    intptr_t i = frame_lasti(fo);
    return i < 0 ? co->firstlineno : vm_code_line(co, i);
}

static rt_object *get_back(rt_object *o, void *c)
{
    (void)c;
    vm_frame *f = FO(o)->frame;
    if (!f)
        return rt_newref(FO(o)->back ? FO(o)->back : RT_NONE);
    if (!f->back || frame_is_parked(f))
        return rt_newref(RT_NONE);
    rt_object *b = vm_frameobj_get(f->back);
    return b ? rt_newref(b) : NULL;
}

static rt_object *get_code(rt_object *o, void *c) { (void)c; return rt_newref(FO(o)->code); }
static rt_object *get_globals(rt_object *o, void *c) { (void)c; return rt_newref(FO(o)->globals); }
static rt_object *get_builtins(rt_object *o, void *c) { (void)c; return rt_newref(FO(o)->builtins); }

static rt_object *get_lineno(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(frame_lineno(FO(o)));
}

/* d[name] = value of slot v (a cell's content when cell), or del d[name]
 * when unbound.  0 / -1. */
static int sync_name(rt_object *d, rt_object *name, rt_object *v, bool cell)
{
    if (v && cell)
        v = ((vm_cell *)v)->ref;
    if (v)
        return rt_dict_setitem(d, name, v);
    rt_object *old = rt_dict_pop(d, name, RT_NONE);
    if (!old)
        return -1;
    rt_decref(old);
    return 0;
}

rt_object *vm_frameobj_locals(rt_object *o)
{
    vm_frameobj *fo = FO(o);
    if (!fo->fast)
        return rt_newref(fo->locals);
    if (!fo->locals && !(fo->locals = rt_dict_new()))
        return NULL;
    vm_code *co = (vm_code *)fo->code;
    rt_object **slots = fo->frame ? fo->frame->localsplus : fo->slots;
    rt_object **cells = slots + co->nlocals;
    for (int i = 0; i < co->nlocals; i++) {
        /* an argument that is also a cell reads through its cell, under its name */
        int cell = -1;
        for (int k = 0; k < co->ncells; k++)
            if (co->cell2arg[k] == i)
                cell = k;
        rt_object *name = RT_TUPLE_GET_ITEM(co->varnames, i);
        if (sync_name(fo->locals, name, cell < 0 ? slots[i] : cells[cell], cell >= 0) < 0)
            return NULL;
    }
    for (int k = 0; k < co->ncells + co->nfree; k++) {
        if (k < co->ncells && co->cell2arg[k] >= 0)
            continue;
        rt_object *name = k < co->ncells ? RT_TUPLE_GET_ITEM(co->cellvars, k)
                                         : RT_TUPLE_GET_ITEM(co->freevars, k - co->ncells);
        if (sync_name(fo->locals, name, cells[k], true) < 0)
            return NULL;
    }
    return rt_newref(fo->locals);
}

static rt_object *get_locals(rt_object *o, void *c) { (void)c; return vm_frameobj_locals(o); }

/* Jumps are made by a trace function from a line event, and nothing
 * traces: every int is refused as CPython 3.11 refuses it outside one. */
static int set_lineno(rt_object *o, rt_object *v, void *c)
{
    (void)o; (void)c;
    if (!v) {
        rt_err_set_string(&rt_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (RT_TYPE(v) != &rt_int_type) {
        rt_err_set_string(&rt_exc_ValueError, "lineno must be an integer");
        return -1;
    }
    rt_err_set_string(&rt_exc_ValueError, "can't jump from the 'call' trace event of a new frame");
    return -1;
}

static rt_object *get_lasti(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(VM_FRAME_LASTI(frame_lasti(FO(o))));
}

/* f_trace is kept for the program to read back; nothing calls it, as in
 * CPython while no sys.settrace function is installed. */
static rt_object *get_trace(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(FO(o)->trace ? FO(o)->trace : RT_NONE);
}

static int set_trace(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    RT_SETREF(FO(o)->trace, v && v != RT_NONE ? rt_newref(v) : NULL);
    return 0;
}

#define TRACE_FLAG(fo, c) ((c) ? &(fo)->trace_opcodes : &(fo)->trace_lines)

static rt_object *get_trace_flag(rt_object *o, void *c)
{
    return rt_newref(*TRACE_FLAG(FO(o), c) ? RT_TRUE : RT_FALSE);
}

static int set_trace_flag(rt_object *o, rt_object *v, void *c)
{
    if (!v) {
        rt_err_set_string(&rt_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!rt_bool_check(v)) {
        rt_err_set_string(&rt_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *TRACE_FLAG(FO(o), c) = v == RT_TRUE;
    return 0;
}

/* frame.clear(), as CPython 3.11: a finished frame drops its locals and
 * f_trace (the f_locals dict keeps what it held until its next read); a
 * suspended or unstarted generator's frame finalizes the generator, which
 * closes it; a frame that runs, or whose generator runs, refuses. */
static rt_object *frame_clear_method(rt_object *o, rt_object *const *args, intptr_t nargs,
                                     rt_object *kwnames)
{
    (void)args;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "frame.clear() takes no keyword arguments");
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "frame.clear() takes no arguments (%ld given)", (long)nargs);
    vm_frameobj *fo = FO(o);
    vm_frame *f = fo->frame;
    if (f && !frame_is_parked(f))
        return rt_err_set_string(&rt_exc_RuntimeError, "cannot clear an executing frame");
    if (f) {
        rt_object *g = rt_newref(RT_OBJ(vm_gen_of_frame(f)));
        RT_TYPE(g)->finalize(g);
        rt_decref(g);
        return rt_none_new();
    }
    RT_CLEAR(fo->trace);
    for (int i = 0; i < fo->nslots; i++)
        RT_CLEAR(fo->slots[i]);
    return rt_none_new();
}

RT_NOSCAN static rt_method_def frame_methods[] = {
    { "clear", frame_clear_method, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_getset_def frame_getsets[] = {
    { "f_back", get_back, NULL, NULL },
    { "f_code", get_code, NULL, NULL },
    { "f_globals", get_globals, NULL, NULL },
    { "f_builtins", get_builtins, NULL, NULL },
    { "f_locals", get_locals, NULL, NULL },
    { "f_lineno", get_lineno, set_lineno, NULL },
    { "f_lasti", get_lasti, NULL, NULL },
    { "f_trace", get_trace, set_trace, NULL },
    { "f_trace_lines", get_trace_flag, set_trace_flag, NULL },
    { "f_trace_opcodes", get_trace_flag, set_trace_flag, (void *)1 },
    { NULL, NULL, NULL, NULL },
};

static rt_object *frame_repr(rt_object *o)
{
    vm_code *co = (vm_code *)FO(o)->code;
    return rt_str_from_format("<frame at %p, file '%s', line %d, code %s>", (void *)o,
                              rt_str_data(co->filename), frame_lineno(FO(o)), rt_str_data(co->name));
}

/* ---- as a GC container ----------------------------------------------------------- */

/* CPython 3.11's view (gc.get_referents): f_back and f_trace, then, only
 * once the frame exited, the namespace or f_locals dict, the function (a
 * module frame's is made when it exits, module_function), the code and the
 * slots.  What a live object owns (its code, a function frame's f_locals
 * dict), and the globals and builtins of a detached object left without a
 * function, are visited only for the tracing collectors (rt_gc.trace_all),
 * which must reach everything. */
static int frame_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_frameobj *fo = FO(o);
    RT_VISIT(fo->back);
    RT_VISIT(fo->trace);
    if (!fo->frame) {
        RT_VISIT(fo->locals);
        RT_VISIT(fo->func);
        RT_VISIT(fo->code);
        for (int i = 0; i < fo->nslots; i++)
            RT_VISIT(fo->slots[i]);
    }
    if (rt_gc.trace_all) {
        if (fo->frame) {
            RT_VISIT(fo->code);
            if (fo->fast)
                RT_VISIT(fo->locals);
        } else if (owns_globals(fo)) {
            RT_VISIT(fo->globals);
            RT_VISIT(fo->builtins);
        }
    }
    return 0;
}

static int frame_clear(rt_object *o)
{
    vm_frameobj *fo = FO(o);
    if (fo->frame)
        return 0;   /* a live frame's references are the frame's */
    for (int i = 0; i < fo->nslots; i++)
        RT_CLEAR(fo->slots[i]);
    RT_CLEAR(fo->locals);
    RT_CLEAR(fo->back);
    RT_CLEAR(fo->trace);
    return 0;
}

/* f_back chains are as long as the stack the frames were on: the
 * trashcan bounds the recursion of freeing them. */
static void frame_dealloc(rt_object *o)
{
    vm_frameobj *fo = FO(o);
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, frame_dealloc)
    if (fo->frame) {
        /* only under a tracing collector, which frees a generator and its
         * frame object in the same sweep: the generator must not hand its
         * locals to a dead object */
        fo->frame->entry &= (uint8_t)~VM_FRAME_HAS_OBJ;
        fo->frame->frameobj = NULL;
        drop_borrowed(fo);
    } else if (!owns_globals(fo)) {
        fo->globals = fo->builtins = NULL;
    }
    frame_clear(o);
    RT_CLEAR(fo->trace);
    RT_XDECREF(fo->locals);
    RT_CLEAR(fo->code);
    RT_CLEAR(fo->func);
    RT_CLEAR(fo->globals);
    RT_CLEAR(fo->builtins);
    rt_object_free(o);
    RT_TRASHCAN_END
}

RT_NOSCAN_TYPE rt_type vm_frameobj_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "frame",
    .basicsize = sizeof(vm_frameobj),
    .itemsize = sizeof(rt_object *),
    .flags = RT_TPFLAGS_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear,
    .repr = frame_repr,
    .getattro = rt_generic_getattr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};

int vm_frameobj_init(void)
{
    return rt_type_ready(&vm_frameobj_type);
}
