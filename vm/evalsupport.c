/*
 * evalsupport.c -- the slower helpers of the interpreter loop: traceback
 * entries and exception context, LOAD_GLOBAL on a cache miss (filling the
 * code's cache, code.h), unpacking from arbitrary iterables,
 * `except` matching, `raise`, f-string field formatting, `from m import x`,
 * constant set displays, SETUP_ANNOTATIONS and the unbound-variable errors.
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/frameobj.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/slice.h"
#include "runtime/set.h"

/* ---- tracebacks -------------------------------------------------------------- */

/* A traceback is a chain as long as the stack that raised (a million
 * entries after a deep recursion): the entries only this one owns are
 * detached one by one and freed in a loop, never by recursion. */
static void tb_free_one(vm_traceback *tb)
{
    rt_gc_untrack(RT_OBJ(tb));
    RT_XDECREF(tb->frame);
    RT_XDECREF(tb->code);
    rt_object_free(RT_OBJ(tb));
}

static void tb_dealloc(rt_object *o)
{
    vm_traceback *tb = (vm_traceback *)o;
    rt_object *next = tb->next;
    tb_free_one(tb);
    while (next && next->refcnt == 1) {
        vm_traceback *n = (vm_traceback *)next;
        next = n->next;        /* its reference is ours now */
        tb_free_one(n);
    }
    RT_XDECREF(next);
}

static int tb_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_traceback *tb = (vm_traceback *)o;
    RT_VISIT(tb->next);
    RT_VISIT(tb->frame);
    RT_VISIT(tb->code);
    return 0;
}

static int tb_clear(rt_object *o)
{
    vm_traceback *tb = (vm_traceback *)o;
    RT_CLEAR(tb->next);
    RT_CLEAR(tb->frame);
    return 0;
}

static rt_object *tb_get_next(rt_object *o, void *c)
{
    (void)c;
    rt_object *n = ((vm_traceback *)o)->next;
    return rt_newref(n ? n : RT_NONE);
}
static rt_object *tb_get_frame(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((vm_traceback *)o)->frame);
}
static rt_object *tb_get_lineno(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(((vm_traceback *)o)->line);
}

static rt_object *tb_get_lasti(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(VM_FRAME_LASTI(((vm_traceback *)o)->instr));
}

/* tb_frame and tb_lasti are CPython's read-only members. */
static int tb_set_readonly(rt_object *o, rt_object *v, void *c)
{
    (void)o; (void)v; (void)c;
    rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
    return -1;
}

/* tb_next may be relinked to another entry or None, never into a loop. */
static int tb_set_next(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    if (!v) {
        rt_err_set_string(&rt_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != RT_NONE && RT_TYPE(v) != &vm_traceback_type) {
        rt_err_format(&rt_exc_TypeError, "expected traceback object, got '%s'", RT_TYPE(v)->name);
        return -1;
    }
    rt_object *next = v == RT_NONE ? NULL : v;
    for (rt_object *t = next; t; t = ((vm_traceback *)t)->next)
        if (t == o) {
            rt_err_set_string(&rt_exc_ValueError, "traceback loop detected");
            return -1;
        }
    RT_SETREF(((vm_traceback *)o)->next, next ? rt_newref(next) : NULL);
    return 0;
}

RT_NOSCAN static rt_getset_def tb_getsets[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL },
    { "tb_frame", tb_get_frame, tb_set_readonly, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL },
    { "tb_lasti", tb_get_lasti, tb_set_readonly, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type vm_traceback_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "traceback",
    .basicsize = sizeof(vm_traceback),
    .flags = RT_TPFLAGS_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getattro = rt_generic_getattr,
    .getsets = tb_getsets,
};

/* BaseException.with_traceback(tb): the exception, its traceback set to
 * tb (a traceback or None).  Here rather than with the exception classes
 * (runtime/), which cannot see the traceback type. */
static rt_object *exc_with_traceback(rt_object *self, rt_object *const *args, intptr_t nargs,
                                     rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "BaseException.with_traceback() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError,
                             "BaseException.with_traceback() takes exactly one argument (%ld given)", (long)nargs);
    rt_object *tb = args[0];
    if (tb != RT_NONE && RT_TYPE(tb) != &vm_traceback_type)
        return rt_err_set_string(&rt_exc_TypeError, "__traceback__ must be a traceback or None");
    rt_exception *e = (rt_exception *)self;
    RT_SETREF(e->traceback, tb == RT_NONE ? NULL : rt_newref(tb));
    return rt_newref(self);
}

/* BaseException.add_note(note): appended to the list __notes__ of the
 * instance's dict (made on first use), as CPython 3.11's. */
static rt_object *exc_add_note(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "BaseException.add_note() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "BaseException.add_note() takes exactly one argument (%ld given)",
                             (long)nargs);
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "note must be a str, not '%s'", rt_type_name(args[0]));
    rt_object *notes = rt_getattr_str(self, "__notes__");
    if (!notes) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return NULL;
        rt_err_clear();
        notes = rt_list_new(0);
        if (!notes || rt_setattr_str(self, "__notes__", notes) < 0) {
            rt_xdecref(notes);
            return NULL;
        }
    }
    int r = rt_list_check(notes) ? rt_list_append(notes, args[0]) : -2;
    rt_decref(notes);
    if (r == -2)
        return rt_err_set_string(&rt_exc_TypeError, "Cannot add note: __notes__ is not a list");
    return r < 0 ? NULL : rt_newref(RT_NONE);
}

/* BaseException.__setstate__(state): each item of a dict state set as an
 * attribute; None does nothing (CPython's BaseException_setstate). */
static rt_object *exc_setstate(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "BaseException.__setstate__() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError,
                             "BaseException.__setstate__() takes exactly one argument (%ld given)", (long)nargs);
    rt_object *state = args[0];
    if (state == RT_NONE)
        return rt_none_new();
    if (!rt_dict_check(state))
        return rt_err_set_string(&rt_exc_TypeError, "state is not a dictionary");
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(state, &pos, &k, &v))
        if (rt_setattr(self, k, v) < 0)
            return NULL;
    return rt_none_new();
}

RT_NOSCAN static rt_method_def exc_tb_methods[] = {
    { "__setstate__", exc_setstate, RT_METH_FASTCALL, NULL },
    { "with_traceback", exc_with_traceback, RT_METH_FASTCALL, NULL },
    { "add_note", exc_add_note, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_traceback_init(void)
{
    if (rt_type_ready(&vm_traceback_type) < 0)
        return -1;
    rt_traceback_type = &vm_traceback_type;
    return rt_type_add_methods(&rt_exc_BaseException, exc_tb_methods);
}

/* As CPython's PyTraceBack_Here: the entry holds f's frame object, made
 * now if nothing asked for it before. */
void vm_add_traceback(vm_frame *f, intptr_t instr)
{
    rt_object *exc = rt_err_occurred();
    if (!exc || !rt_is_exception(exc))
        return;
    rt_exception *e = (rt_exception *)exc;
    rt_object *fo = vm_frameobj_get(f);
    vm_traceback *tb = fo ? (vm_traceback *)rt_object_new(&vm_traceback_type) : NULL;
    if (!tb)
        return;   /* MemoryError replaced the exception: nothing to annotate */
    tb->next = e->traceback;
    tb->frame = rt_newref(fo);
    tb->code = rt_newref(RT_OBJ(f->code));
    tb->instr = instr;
    tb->line = vm_code_line(f->code, instr);
    e->traceback = RT_OBJ(tb);
    rt_gc_track(RT_OBJ(tb));
}

/* Set __context__ of a freshly raised exception to the one being handled. */
void vm_set_context(void)
{
    rt_object *exc = rt_err_occurred();
    rt_object *h = vm_topmost_exc();
    if (!exc || !h || exc == h || !rt_is_exception(exc))
        return;
    rt_exception *e = (rt_exception *)exc;
    if (e->context)
        return;
    /* avoid a cycle in the chain */
    for (rt_object *c = h; c; c = ((rt_exception *)c)->context)
        if (c == exc)
            return;
    e->context = rt_newref(h);
}

/* `raise` sets __context__ as CPython's _PyErr_SetObject: always to the
 * exception being handled (replacing an older context), after cutting the
 * handled exception's chain where it reaches exc, so no cycle forms. */
static void raise_set_context(rt_exception *e)
{
    rt_object *h = vm_topmost_exc();
    if (!h || h == RT_OBJ(e) || !rt_is_exception(h))
        return;
    for (rt_exception *o = (rt_exception *)h; o->context; o = (rt_exception *)o->context)
        if (o->context == RT_OBJ(e)) {
            RT_CLEAR(o->context);
            break;
        }
    RT_SETREF(e->context, rt_newref(h));
}

/* ---- helpers of the loop ----------------------------------------------------- */

rt_object *vm_name_error(rt_object *name)
{
    rt_err_format(&rt_exc_NameError, "name '%s' is not defined", rt_str_data(name));
    rt_err_set_name(name);
    return NULL;
}

rt_object *vm_load_name_error(rt_object *name)
{
    /* a built-in CPython 3.11 has and the subset never provided (exec,
     * open...) is unsupported, not undefined: a NameError would say the
     * program is wrong (one the program deleted stays a NameError) */
    if (rt_cpython_lacks("builtins", rt_str_data(name)))
        return rt_err_unsupported_attr("builtins", rt_str_data(name));
    return vm_name_error(name);
}

rt_object *vm_load_global(vm_frame *f, uint32_t i)
{
    rt_dict *g = (rt_dict *)f->globals, *b = (rt_dict *)f->builtins;
    rt_object *name = RT_TUPLE_GET_ITEM(f->code->names, i);
    /* The keys versions before the lookups: a key's __eq__ run by a lookup
     * may change either dict, and then the result must not be cached. */
    uint64_t gkv = g->keys_version, bkv = b->keys_version;
    vm_global_cache *e = &f->code->gcache[i];
    rt_object *v = rt_dict_getitem_hint(RT_OBJ(g), name, &e->globals_hint);
    if (v) {
        if (g->keys_version == gkv) {
            e->globals_kv = e->builtins_kv = 0;
            e->slot = rt_dict_value_slot(RT_OBJ(g), e->globals_hint);
            e->module_kv = gkv;
        }
        return v;
    }
    if (rt_err_occurred())
        return NULL;
    v = rt_dict_getitem_hint(RT_OBJ(b), name, &e->builtins_hint);
    if (!v)
        return rt_err_occurred() ? NULL : vm_load_name_error(name);
    if (g->keys_version == gkv && b->keys_version == bkv) {
        e->module_kv = 0;
        e->slot = rt_dict_value_slot(RT_OBJ(b), e->builtins_hint);
        e->globals_kv = gkv;
        e->builtins_kv = bkv;
    }
    return v;
}

int vm_unpack_iterable(rt_object *v, int before, int after, rt_object **sp)
{
    /* after < 0: exactly `before` items; else before items, a list, after
     * items.  Item 0 ends on top of the stack: out[-1 - i] = item i. */
    rt_object *it = rt_get_iter(v);
    if (!it) {
        if (rt_err_matches(&rt_exc_TypeError) && !RT_TYPE(v)->iter && !RT_TYPE(v)->as_sequence) {
            rt_err_clear();
            rt_err_format(&rt_exc_TypeError, "cannot unpack non-iterable %s object", rt_type_name(v));
        }
        return -1;
    }
    int total = before;
    rt_object **out = sp + before + (after >= 0 ? after + 1 : 0);
    /* positions: item i (0-based, i < before) goes to out[-1 - i] */
    int i;
    for (i = 0; i < before; i++) {
        rt_object *x = rt_iter_next(it);
        if (!x) {
            if (!rt_err_occurred())
                rt_err_format(&rt_exc_ValueError,
                              after >= 0 ? "not enough values to unpack (expected at least %d, got %d)"
                                         : "not enough values to unpack (expected %d, got %d)",
                              after >= 0 ? before + after : before, i);
            goto fail;
        }
        out[-1 - i] = x;
    }
    if (after < 0) {
        rt_object *x = rt_iter_next(it);
        if (x) {
            rt_decref(x);
            rt_err_format(&rt_exc_ValueError, "too many values to unpack (expected %d)", total);
            goto fail;
        }
        if (rt_err_occurred())
            goto fail;
        rt_decref(it);
        return 0;
    }
    rt_object *rest = rt_list_from_iterable(it);
    if (!rest)
        goto fail;
    intptr_t nrest = RT_SIZE(rest);
    if (nrest < after) {
        rt_err_format(&rt_exc_ValueError, "not enough values to unpack (expected at least %d, got %ld)",
                      before + after, (long)(before + nrest));
        rt_decref(rest);
        goto fail;
    }
    /* list goes at out[-1 - before], then the `after` items */
    for (int j = 0; j < after; j++) {
        out[-2 - before - j] = rt_newref(RT_LIST_GET_ITEM(rest, nrest - after + j));
    }
    for (int j = 0; j < after; j++)
        rt_decref(RT_LIST_GET_ITEM(rest, nrest - after + j));
    RT_SIZE(rest) = nrest - after;
    out[-1 - before] = rest;
    rt_decref(it);
    return 0;
fail:
    for (int j = 0; j < i; j++)
        rt_decref(out[-1 - j]);
    rt_decref(it);
    return -1;
}

rt_object *vm_mapping_lookup(rt_object *ns, rt_object *name)
{
    rt_object *v = rt_getitem(ns, name);
    if (!v && rt_err_matches(&rt_exc_KeyError))
        rt_err_clear();
    return v;
}

/* CPython 3.11's CHECK_EXC_MATCH: every item of a tuple must be an
 * exception class (a nested tuple is refused too), checked before any
 * matching. */
int vm_exc_check_types(rt_object *type)
{
    bool tuple = rt_tuple_check(type);
    intptr_t n = tuple ? RT_SIZE(type) : 1;
    for (intptr_t i = 0; i < n; i++)
        if (!rt_is_exception_type(tuple ? RT_TUPLE_GET_ITEM(type, i) : type)) {
            rt_err_set_string(&rt_exc_TypeError,
                              "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    return 0;
}

int vm_exc_match(rt_object *exc, rt_object *type)
{
    if (vm_exc_check_types(type) < 0)
        return -1;
    bool tuple = rt_tuple_check(type);
    intptr_t n = tuple ? RT_SIZE(type) : 1;
    for (intptr_t i = 0; i < n; i++)
        if (rt_type_is_subtype(RT_TYPE(exc), (rt_type *)(tuple ? RT_TUPLE_GET_ITEM(type, i) : type)))
            return 1;
    return 0;
}

/* raise exc [from cause]: sets the current exception; always returns -1. */
int vm_do_raise(rt_object *exc, rt_object *cause)
{
    rt_object *inst = NULL;
    if (!exc) {
        rt_object *h = vm_topmost_exc();
        if (!h) {
            rt_err_set_string(&rt_exc_RuntimeError, "No active exception to reraise");
            return -1;
        }
        rt_err_restore(rt_newref(h));
        return -1;
    }
    if (rt_is_exception_type(exc)) {
        inst = vm_call(exc, NULL, 0, NULL);
        if (!inst)
            return -1;
        if (!rt_is_exception(inst)) {
            rt_err_format(&rt_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          exc, rt_type_name(inst));
            rt_decref(inst);
            return -1;
        }
    } else if (rt_is_exception(exc)) {
        inst = rt_newref(exc);
    } else {
        rt_err_set_string(&rt_exc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        rt_object *c = NULL;
        if (rt_is_exception_type(cause)) {
            c = vm_call(cause, NULL, 0, NULL);
            if (!c) {
                rt_decref(inst);
                return -1;
            }
        } else if (rt_is_exception(cause)) {
            c = rt_newref(cause);
        } else if (cause != RT_NONE) {
            rt_decref(inst);
            rt_err_set_string(&rt_exc_TypeError, "exception causes must derive from BaseException");
            return -1;
        }
        RT_SETREF(((rt_exception *)inst)->cause, c);
        ((rt_exception *)inst)->suppress_context = true;
    }
    raise_set_context((rt_exception *)inst);
    rt_err_restore(inst);
    return -1;
}

rt_object *vm_format_value(rt_object *v, int flags, rt_object *spec)
{
    rt_object *conv;
    switch (flags & 3) {
    case 2: conv = rt_repr(v); break;
    case 1: conv = rt_str(v); break;
    case 3: conv = rt_ascii(v); break;
    default: conv = rt_newref(v); break;
    }
    if (!conv)
        return NULL;
    if (!spec && rt_str_check_exact(conv))
        return conv;
    rt_object *r = vm_format(conv, spec);
    rt_decref(conv);
    return r;
}

rt_object *vm_import_from(rt_object *mod, rt_object *name)
{
    rt_object *r = rt_getattr(mod, name);
    if (r || !rt_err_matches(&rt_exc_AttributeError))
        return r;
    rt_err_clear();
    rt_object *mname = rt_getattr_str(mod, "__name__");
    if (!mname || !rt_str_check(mname)) {
        RT_XDECREF(mname);
        rt_err_clear();
        return rt_err_format(&rt_exc_ImportError, "cannot import name '%s'", rt_str_data(name));
    }
    /* a submodule being imported whose parent is not yet bound to it (a
     * circular import): sys.modules has it, as CPython's import_from looks */
    rt_object *full = rt_str_from_format("%s.%s", rt_str_data(mname), rt_str_data(name));
    r = full ? rt_dict_getitem(vm.modules, full) : NULL;
    RT_XDECREF(full);
    if (r) {
        rt_decref(mname);
        return rt_newref(r);
    }
    if (rt_err_occurred()) {
        rt_decref(mname);
        return NULL;
    }
    rt_object *file = rt_getattr_str(mod, "__file__");
    if (!file)
        rt_err_clear();
    if (file && rt_str_check(file))
        rt_err_format(&rt_exc_ImportError, "cannot import name '%s' from '%s' (%s)",
                      rt_str_data(name), rt_str_data(mname), rt_str_data(file));
    else
        rt_err_format(&rt_exc_ImportError, "cannot import name '%s' from '%s' (unknown location)",
                      rt_str_data(name), rt_str_data(mname));
    rt_err_set_import_context(mname, file);
    RT_XDECREF(file);
    rt_decref(mname);
    return NULL;
}

rt_object *vm_unbound_local(vm_code *co, int i)
{
    return rt_err_format(&rt_exc_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value",
                         rt_str_data(RT_TUPLE_GET_ITEM(co->varnames, i)));
}

rt_object *vm_unbound_deref(vm_code *co, int i)
{
    if (i < co->ncells)
        return rt_err_format(&rt_exc_UnboundLocalError,
                             "cannot access local variable '%s' where it is not associated with a value",
                             rt_str_data(RT_TUPLE_GET_ITEM(co->cellvars, i)));
    rt_object *name = RT_TUPLE_GET_ITEM(co->freevars, i - co->ncells);
    rt_err_format(&rt_exc_NameError,
                  "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                  rt_str_data(name));
    rt_err_set_name(name);
    return NULL;
}

rt_object *vm_deref_name(vm_code *co, int i)
{
    return i < co->ncells ? RT_TUPLE_GET_ITEM(co->cellvars, i)
                          : RT_TUPLE_GET_ITEM(co->freevars, i - co->ncells);
}

/* Fast int arithmetic: NULL without exception means "take the slow path". */
/* ---- constant set displays ------------------------------------------------------- */

rt_object *vm_const_set(rt_object *const *items, intptr_t n)
{
    /* CPython 3.11 makes the frozenset once, as a constant of the code, so
     * at run time only the set is a new container (BUILD_SET 0,
     * SET_UPDATE).  The frozenset of the items and its rebuilt copy made
     * here are temporaries: inside a start-up scope (gchead.h) they move no
     * gc count and start no collection, and no list is used to rebuild it
     * (a dead list would go to the list free list, which CPython leaves
     * alone).  Only the set is counted. */
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    rt_object *f = rt_set_new(NULL, true), *merged = NULL, *it = NULL, *k;
    for (intptr_t i = 0; f && i < n; i++)
        if (rt_set_add(f, items[i]) < 0)
            RT_CLEAR(f);
    if (f && (merged = rt_set_new(NULL, true)) && (it = rt_get_iter(f))) {
        while ((k = rt_iter_next(it))) {   /* f's iteration order */
            int r = rt_set_add(merged, k);
            rt_decref(k);
            if (r < 0)
                break;
        }
        if (rt_err_occurred())
            RT_CLEAR(merged);
    } else {
        RT_CLEAR(merged);
    }
    RT_XDECREF(it);
    RT_XDECREF(f);
    rt_gc_startup_end(scope);
    rt_object *s = merged ? rt_set_new(merged, false) : NULL;
    scope = rt_gc_startup_begin();
    RT_XDECREF(merged);
    rt_gc_startup_end(scope);
    return s;
}

/* ---- with ------------------------------------------------------------------ */

/* A special method of o's type, bound to o (new reference), NULL if absent. */
static rt_object *special_bound(rt_object *o, const char *name)
{
    rt_object *key = rt_str_intern_cstr(name);
    if (!key)
        return NULL;
    rt_object *d = rt_type_lookup_cached(RT_TYPE(o), key);
    rt_decref(key);
    if (!d)
        return NULL;
    rt_descrgetfunc get = RT_TYPE(d)->descr_get;
    if (!get)
        return rt_newref(d);
    rt_incref(d);
    rt_object *r = get(d, o, RT_OBJ(RT_TYPE(o)));
    rt_decref(d);
    return r;
}

int vm_with_enter(rt_object *mgr, rt_object **exit, rt_object **res)
{
    rt_object *enter = special_bound(mgr, "__enter__");
    if (!enter) {
        if (!rt_err_occurred())
            rt_err_format(&rt_exc_TypeError, "'%s' object does not support the context manager protocol",
                          rt_type_name(mgr));
        return -1;
    }
    *exit = special_bound(mgr, "__exit__");
    if (!*exit) {
        if (!rt_err_occurred())
            rt_err_format(&rt_exc_TypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          rt_type_name(mgr));
        rt_decref(enter);
        return -1;
    }
    *res = vm_call(enter, NULL, 0, NULL);
    rt_decref(enter);
    if (!*res) {
        RT_CLEAR(*exit);
        return -1;
    }
    return 0;
}

rt_object *vm_with_exit_exc(rt_object *exit, rt_object *exc)
{
    rt_object *tb = rt_is_exception(exc) ? ((rt_exception *)exc)->traceback : NULL;
    rt_object *args[3] = { RT_OBJ(RT_TYPE(exc)), exc, tb ? tb : RT_NONE };
    return vm_call(exit, args, 3, NULL);
}

/* ---- f(**m) ------------------------------------------------------------------ */

/* CPython's _PyObject_FunctionStr: "module.qualname()", "qualname()" for
 * builtins, str(f) when there is no __qualname__. */
static rt_object *function_str(rt_object *f)
{
    rt_object *q = rt_getattr_str(f, "__qualname__");
    if (!q) {   /* built-in functions here have only __name__, their qualname */
        rt_err_clear();
        q = rt_getattr_str(f, "__name__");
    }
    if (!q || !rt_str_check(q)) {
        RT_XDECREF(q);
        rt_err_clear();
        return rt_str(f);
    }
    rt_object *m = rt_getattr_str(f, "__module__");
    if (!m)
        rt_err_clear();
    rt_object *r;
    if (m && rt_str_check(m) && !rt_str_eq_cstr(m, "builtins"))
        r = rt_str_from_format("%s.%s()", rt_str_data(m), rt_str_data(q));
    else
        r = rt_str_from_format("%s()", rt_str_data(q));
    rt_decref(q);
    RT_XDECREF(m);
    return r;
}

static int merge_one(rt_object *d, rt_object *k, rt_object *v, rt_object *callable)
{
    int has = rt_dict_contains(d, k);
    if (has < 0)
        return -1;
    if (has) {
        rt_object *fs = function_str(callable);
        if (!fs)
            return -1;
        if (rt_str_check(k))
            rt_err_format(&rt_exc_TypeError, "%s got multiple values for keyword argument '%s'",
                          rt_str_data(fs), rt_str_data(k));
        else
            rt_err_format(&rt_exc_TypeError, "%s keywords must be strings", rt_str_data(fs));
        rt_decref(fs);
        return -1;
    }
    return rt_dict_setitem(d, k, v);
}

/* Can x be iterated at all (CPython's tp_iter or PySequence_Check)? */
static bool star_iterable(rt_object *x)
{
    return x->type->iter || (x->type->as_mapping && x->type->as_mapping->subscript && !rt_dict_check(x));
}

/* f(*x) with x alone: CPython 3.11 passes a tuple itself, converts
 * anything else, and names the function when x cannot be iterated. */
rt_object *vm_star_args(rt_object *callable, rt_object *x)
{
    if (RT_TYPE(x) == &rt_tuple_type)
        return rt_newref(x);
    if (!star_iterable(x)) {
        rt_object *fs = function_str(callable);
        if (fs) {
            rt_err_format(&rt_exc_TypeError, "%s argument after * must be an iterable, not %s",
                          rt_str_data(fs), rt_type_name(x));
            rt_decref(fs);
        }
        return NULL;
    }
    return rt_tuple_from_iterable(x);
}

/* [*x], (a, *x), f(a, *x): CPython's LIST_EXTEND message */
int vm_list_extend_star(rt_object *l, rt_object *x)
{
    if (!star_iterable(x)) {
        rt_err_format(&rt_exc_TypeError, "Value after * must be an iterable, not %s", rt_type_name(x));
        return -1;
    }
    return rt_list_extend(l, x);
}

/* {**m} in a dict display: m must be a mapping (a dict, or a type with
 * keys()); later keys replace earlier ones. */
int vm_dict_update_display(rt_object *d, rt_object *m)
{
    static rt_object *keys_name;
    if (!keys_name && !(keys_name = rt_str_intern_cstr("keys")))
        return -1;
    if (!rt_dict_check(m) && !rt_type_lookup(RT_TYPE(m), keys_name)) {
        rt_err_format(&rt_exc_TypeError, "'%s' object is not a mapping", rt_type_name(m));
        return -1;
    }
    return rt_dict_update(d, m);
}

int vm_dict_merge_call(rt_object *d, rt_object *m, rt_object *callable)
{
    if (rt_dict_entries_plain(m)) {
        intptr_t pos = 0;
        rt_object *k, *v;
        while (rt_dict_next(m, &pos, &k, &v))
            if (merge_one(d, k, v, callable) < 0)
                return -1;
        return 0;
    }
    rt_object *keys = rt_call_method(m, "keys", NULL, 0);
    if (!keys) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return -1;
        rt_err_clear();
        rt_object *fs = function_str(callable);
        if (fs) {
            rt_err_format(&rt_exc_TypeError, "%s argument after ** must be a mapping, not %s",
                          rt_str_data(fs), rt_type_name(m));
            rt_decref(fs);
        }
        return -1;
    }
    rt_object *it = rt_get_iter(keys);
    rt_decref(keys);
    if (!it)
        return -1;
    rt_object *k;
    int r = 0;
    while (r == 0 && (k = rt_iter_next(it))) {
        rt_object *v = rt_getitem(m, k);
        r = v ? merge_one(d, k, v, callable) : -1;
        RT_XDECREF(v);
        rt_decref(k);
    }
    rt_decref(it);
    return r < 0 || rt_err_occurred() ? -1 : 0;
}

int vm_setup_with(vm_frame *f, int target)
{
    if (f->nblocks >= VM_MAXBLOCKS) {
        rt_err_set_string(&rt_exc_RuntimeError, "too many statically nested blocks");
        return -1;
    }
    rt_object *mgr = f->sp[-1], *exit, *res;
    int r = vm_with_enter(mgr, &exit, &res);
    rt_decref(mgr);
    if (r < 0) {
        f->sp--;
        return -1;
    }
    f->sp[-1] = exit;
    vm_block *b = &f->blocks[f->nblocks++];
    b->type = VM_BLOCK_FINALLY;
    b->handler = target;
    b->level = (int)(f->sp - f->stack);
    *f->sp++ = res;
    return 0;
}

/* ---- SETUP_ANNOTATIONS ---------------------------------------------------------- */

/* CPython 3.11's SETUP_ANNOTATIONS: run once at the start of a module or
 * class body that annotates a name (the compiler's find_ann), so its
 * dict is made then, and only when none is there already (__main__ has
 * one from the start, vm/module.c). */
int vm_setup_annotations(rt_object *locals)
{
    if (!locals) {
        rt_err_set_string(&rt_exc_RuntimeError, "no locals found when setting up annotations")   /* CPython: SystemError, which gclab lacks */;
        return -1;
    }
    rt_object *key = rt_str_intern_cstr("__annotations__");
    if (!key)
        return -1;
    if (rt_dict_check_exact(locals)) {
        if (rt_dict_getitem(locals, key))
            return 0;
        if (rt_err_occurred())
            return -1;
        rt_object *d = rt_dict_new();
        int r = d ? rt_dict_setitem(locals, key, d) : -1;
        RT_XDECREF(d);
        return r;
    }
    rt_object *d = rt_getitem(locals, key);
    if (d) {
        rt_decref(d);
        return 0;
    }
    if (!rt_err_matches(&rt_exc_KeyError))
        return -1;
    rt_err_clear();
    if (!(d = rt_dict_new()))
        return -1;
    int r = rt_setitem(locals, key, d);
    rt_decref(d);
    return r;
}
