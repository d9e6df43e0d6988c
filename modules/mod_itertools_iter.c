/*
 * mod_itertools_iter.c -- _itertools' permutations,
 * combinations_with_replacement, starmap, filterfalse, compress,
 * zip_longest, pairwise and tee (with its _tee and _tee_dataobject) as C
 * types, as CPython 3.11's Modules/itertoolsmodule.c has them.  Written in
 * the subset (lib/itertools.py) each call ran __init__ frames, made their
 * dicts and argument lists, and the combinatoric tools built every tuple
 * up front: permutations(L, 2) moved gen 0's count by 17 where CPython's
 * moves it by 2.  A GC researcher's counts around them now move as
 * CPython's.
 *
 * What each keeps, as CPython's (it shows in gc.get_referents, whose
 * order is the traverse order below, and in identity):
 *   - permutations and combinations_with_replacement keep their pool as a
 *     tuple and reuse their result tuple when nobody else holds it (its
 *     refcount is 1), else copy it first; a reused tuple the collector
 *     untracked is tracked again (bpo-42536);
 *   - zip_longest keeps a tuple of its iterators (an exhausted one's slot
 *     becomes NULL) and reuses its result tuple the same way;
 *   - starmap calls func(*item), making a non-tuple item a tuple first;
 *   - pairwise keeps the previous item and makes a new pair each time;
 *   - tee() returns n _tee objects sharing a chain of _tee_dataobjects of
 *     57 values each; a _tee reads from its data object, the lead one
 *     fetches from the shared iterator ("cannot re-enter the tee
 *     iterator" when a fetch re-enters).
 * All are GC containers; all but _tee and _tee_dataobject may be
 * subclassed.  Called without keywords, each type takes the stand-in for
 * the argument tuple CPython 3.11's type_call builds for it
 * (mod_itertools_call_args_tuple).
 */
#include <string.h>
#include "modules/modules.h"
#include "runtime/alloc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

/* ---- permutations ------------------------------------------------------- */

typedef struct perm_obj {
    RT_OBJECT_HEAD
    rt_object *pool;         /* a tuple */
    intptr_t *indices;       /* n of them */
    intptr_t *cycles;        /* r of them */
    rt_object *result;       /* the last tuple yielded, or NULL */
    intptr_t r;
    bool stopped;
} perm_obj;

static rt_object *perm_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "iterable", "r", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(NULL, "permutations", names, (kwargs && rt_dict_size(kwargs) > 0) || n < 1 || n > 2) < 0
        || mod_itertools_bind("permutations", names, 2, 1, 2, args, n, kwargs, a) < 0)
        return NULL;
    rt_object *pool = rt_tuple_from_iterable(a[0]);
    if (!pool)
        return NULL;
    intptr_t np = RT_SIZE(pool), r = np;
    if (a[1] && a[1] != RT_NONE) {
        if (!rt_int_check(a[1])) {
            rt_decref(pool);
            return rt_err_set_string(&rt_exc_TypeError, "Expected int as r");
        }
        r = rt_number_as_ssize_arg(a[1]);
        if (r == -1 && rt_err_occurred()) {
            rt_decref(pool);
            return NULL;
        }
    }
    if (r < 0) {
        rt_decref(pool);
        return rt_err_set_string(&rt_exc_ValueError, "r must be non-negative");
    }
    intptr_t *indices = rt_mem_malloc((size_t)(np ? np : 1) * sizeof(intptr_t));
    intptr_t *cycles = rt_mem_malloc((size_t)(r ? r : 1) * sizeof(intptr_t));
    perm_obj *p = indices && cycles ? (perm_obj *)rt_object_new(t) : NULL;
    if (!p) {
        bool oom = !indices || !cycles;
        rt_mem_free(indices);
        rt_mem_free(cycles);
        rt_decref(pool);
        return oom ? rt_err_no_memory() : NULL;
    }
    for (intptr_t i = 0; i < np; i++)
        indices[i] = i;
    for (intptr_t i = 0; i < r; i++)
        cycles[i] = np - i;
    p->pool = pool;
    p->indices = indices;
    p->cycles = cycles;
    p->r = r;
    p->stopped = r > np;
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

static rt_object *perm_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(perm_make, t, args, n);
}

static rt_object *perm_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return perm_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *perm_next(rt_object *o)
{
    perm_obj *p = (perm_obj *)o;
    if (p->stopped)
        return NULL;
    rt_object **pool = RT_TUPLE_ITEMS(p->pool);
    intptr_t n = RT_SIZE(p->pool), r = p->r, *ix = p->indices, *cy = p->cycles;
    rt_object *res = p->result;
    if (!res) {   /* the first: pool[0..r) */
        if (!(res = rt_tuple_new(r)))
            goto empty;
        for (intptr_t i = 0; i < r; i++)
            RT_TUPLE_SET_ITEM(res, i, rt_newref(pool[ix[i]]));
        p->result = res;
        return rt_newref(res);
    }
    if (n == 0 || !(res = mod_itertools_reusable_result(&p->result)))
        goto empty;
    /* the rightmost cycle counts down; at zero its index rotates to the
     * end and the next one to the left moves */
    intptr_t i;
    for (i = r - 1; i >= 0; i--) {
        if (--cy[i] == 0) {
            intptr_t first = ix[i];
            memmove(ix + i, ix + i + 1, (size_t)(n - 1 - i) * sizeof(intptr_t));
            ix[n - 1] = first;
            cy[i] = n - i;
            continue;
        }
        intptr_t j = cy[i], swap = ix[i];
        ix[i] = ix[n - j];
        ix[n - j] = swap;
        for (intptr_t k = i; k < r; k++)
            mod_itertools_replace_item(res, k, rt_newref(pool[ix[k]]));
        break;
    }
    if (i < 0)
        goto empty;
    return rt_newref(res);
empty:
    p->stopped = true;
    return NULL;
}

static int perm_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((perm_obj *)o)->pool);
    RT_VISIT(((perm_obj *)o)->result);
    return 0;
}

static int perm_clear(rt_object *o)
{
    RT_CLEAR(((perm_obj *)o)->pool);
    RT_CLEAR(((perm_obj *)o)->result);
    return 0;
}

static void perm_dealloc(rt_object *o)
{
    perm_obj *p = (perm_obj *)o;
    rt_mem_free(p->indices);
    rt_mem_free(p->cycles);
    p->indices = p->cycles = NULL;
    mod_itertools_release(o, perm_clear);
}

RT_NOSCAN_TYPE static rt_type perm_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.permutations",
    .basicsize = sizeof(perm_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = perm_dealloc, .traverse = perm_traverse, .clear = perm_clear,
    .iter = rt_iter_self, .iternext = perm_next,
    .new_ = perm_new,
    .vectorcall = perm_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- combinations_with_replacement -------------------------------------- */

static rt_object *cwr_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "iterable", "r", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(NULL, "combinations_with_replacement", names,
                          (kwargs && rt_dict_size(kwargs) > 0) || n != 2) < 0
        || mod_itertools_bind("combinations_with_replacement", names, 2, 2, 2, args, n, kwargs, a) < 0)
        return NULL;
    /* clinic converts r (a Py_ssize_t) before the body reads the pool */
    intptr_t r = rt_number_as_ssize_arg(a[1]);
    if (r == -1 && rt_err_occurred())
        return NULL;
    rt_object *pool = rt_tuple_from_iterable(a[0]);
    if (!pool)
        return NULL;
    if (r < 0) {
        rt_decref(pool);
        return rt_err_set_string(&rt_exc_ValueError, "r must be non-negative");
    }
    intptr_t *indices = rt_mem_malloc((size_t)(r ? r : 1) * sizeof(intptr_t));
    mod_itertools_pool_obj *c = indices ? (mod_itertools_pool_obj *)rt_object_new(t) : NULL;
    if (!c) {
        rt_mem_free(indices);
        rt_decref(pool);
        return indices ? NULL : rt_err_no_memory();
    }
    for (intptr_t i = 0; i < r; i++)
        indices[i] = 0;
    c->pool = pool;
    c->indices = indices;
    c->r = r;
    c->stopped = RT_SIZE(pool) == 0 && r > 0;
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *cwr_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(cwr_make, t, args, n);
}

static rt_object *cwr_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return cwr_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *cwr_next(rt_object *o)
{
    mod_itertools_pool_obj *c = (mod_itertools_pool_obj *)o;
    if (c->stopped)
        return NULL;
    rt_object **pool = RT_TUPLE_ITEMS(c->pool);
    intptr_t n = RT_SIZE(c->pool), r = c->r, *ix = c->indices;
    rt_object *res = c->result;
    if (!res) {   /* the first: pool[0] r times */
        if (!(res = rt_tuple_new(r)))
            goto empty;
        for (intptr_t i = 0; i < r; i++)
            RT_TUPLE_SET_ITEM(res, i, rt_newref(pool[0]));
        c->result = res;
        return rt_newref(res);
    }
    if (!(res = mod_itertools_reusable_result(&c->result)))
        goto empty;
    /* the rightmost index below n - 1 moves up; those after it follow */
    intptr_t i = r - 1;
    while (i >= 0 && ix[i] == n - 1)
        i--;
    if (i < 0)
        goto empty;
    intptr_t index = ix[i] + 1;
    for (; i < r; i++) {
        ix[i] = index;
        mod_itertools_replace_item(res, i, rt_newref(pool[index]));
    }
    return rt_newref(res);
empty:
    c->stopped = true;
    return NULL;
}

RT_NOSCAN_TYPE static rt_type cwr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.combinations_with_replacement",
    .basicsize = sizeof(mod_itertools_pool_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = mod_itertools_pool_dealloc, .traverse = mod_itertools_pool_traverse,
    .clear = mod_itertools_pool_clear,
    .iter = rt_iter_self, .iternext = cwr_next,
    .new_ = cwr_new,
    .vectorcall = cwr_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- starmap and filterfalse -------------------------------------------- */

/* Both hold (func, it), traversed it first as CPython's. */
typedef struct funcit_obj {
    RT_OBJECT_HEAD
    rt_object *func;
    rt_object *it;
} funcit_obj;

static rt_type starmap_type, filterfalse_type;

static rt_object *funcit_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    bool star = rt_type_is_subtype(t, &starmap_type);
    if (mod_itertools_positional(star ? "starmap" : "filterfalse", n, kwargs, 2, 2) < 0)
        return NULL;
    rt_object *it = rt_get_iter(args[1]);
    if (!it)
        return NULL;
    funcit_obj *f = (funcit_obj *)rt_object_new(t);
    if (!f) {
        rt_decref(it);
        return NULL;
    }
    f->func = rt_newref(args[0]);
    f->it = it;
    rt_gc_track(RT_OBJ(f));
    return RT_OBJ(f);
}

static rt_object *funcit_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(funcit_make, t, args, n);
}

static rt_object *funcit_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return funcit_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *starmap_next(rt_object *o)
{
    funcit_obj *f = (funcit_obj *)o;
    rt_object *args = rt_iter_next(f->it);
    if (!args)
        return NULL;
    if (!rt_tuple_check_exact(args)) {   /* PySequence_Tuple: its messages */
        rt_object *t = rt_tuple_from_iterable(args);
        rt_decref(args);
        if (!t)
            return NULL;
        args = t;
    }
    rt_object *r = rt_call(f->func, args, NULL);
    rt_decref(args);
    return r;
}

static rt_object *filterfalse_next(rt_object *o)
{
    funcit_obj *f = (funcit_obj *)o;
    for (;;) {
        rt_object *item = rt_iter_next(f->it);
        if (!item)
            return NULL;
        int ok;
        if (f->func == RT_NONE || f->func == RT_OBJ(&rt_bool_type)) {
            ok = rt_is_true(item);
        } else {
            rt_object *good = rt_call_vector(f->func, &item, 1);
            if (!good) {
                rt_decref(item);
                return NULL;
            }
            ok = rt_is_true(good);
            rt_decref(good);
        }
        if (ok == 0)
            return item;
        rt_decref(item);
        if (ok < 0)
            return NULL;
    }
}

static int funcit_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((funcit_obj *)o)->it);
    RT_VISIT(((funcit_obj *)o)->func);
    return 0;
}

static int funcit_clear(rt_object *o)
{
    RT_CLEAR(((funcit_obj *)o)->func);
    RT_CLEAR(((funcit_obj *)o)->it);
    return 0;
}

static void funcit_dealloc(rt_object *o) { mod_itertools_release(o, funcit_clear); }

RT_NOSCAN_TYPE static rt_type starmap_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.starmap",
    .basicsize = sizeof(funcit_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = funcit_dealloc, .traverse = funcit_traverse, .clear = funcit_clear,
    .iter = rt_iter_self, .iternext = starmap_next,
    .new_ = funcit_new,
    .vectorcall = funcit_vectorcall,
    .getattro = rt_generic_getattr,
};

RT_NOSCAN_TYPE static rt_type filterfalse_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.filterfalse",
    .basicsize = sizeof(funcit_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = funcit_dealloc, .traverse = funcit_traverse, .clear = funcit_clear,
    .iter = rt_iter_self, .iternext = filterfalse_next,
    .new_ = funcit_new,
    .vectorcall = funcit_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- compress ----------------------------------------------------------- */

typedef struct compress_obj {
    RT_OBJECT_HEAD
    rt_object *data;
    rt_object *selectors;
} compress_obj;

static rt_object *compress_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "data", "selectors", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(NULL, "compress", names, (kwargs && rt_dict_size(kwargs) > 0) || n != 2) < 0
        || mod_itertools_bind("compress", names, 2, 2, 2, args, n, kwargs, a) < 0)
        return NULL;
    rt_object *data = rt_get_iter(a[0]);
    if (!data)
        return NULL;
    rt_object *sel = rt_get_iter(a[1]);
    compress_obj *c = sel ? (compress_obj *)rt_object_new(t) : NULL;
    if (!c) {
        rt_decref(data);
        rt_xdecref(sel);
        return NULL;
    }
    c->data = data;
    c->selectors = sel;
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *compress_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(compress_make, t, args, n);
}

static rt_object *compress_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return compress_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *compress_next(rt_object *o)
{
    compress_obj *c = (compress_obj *)o;
    for (;;) {   /* the datum first, then its selector: who raises first */
        rt_object *datum = rt_iter_next(c->data);
        if (!datum)
            return NULL;
        rt_object *sel = rt_iter_next(c->selectors);
        if (!sel) {
            rt_decref(datum);
            return NULL;
        }
        int ok = rt_is_true(sel);
        rt_decref(sel);
        if (ok > 0)
            return datum;
        rt_decref(datum);
        if (ok < 0)
            return NULL;
    }
}

static int compress_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((compress_obj *)o)->data);
    RT_VISIT(((compress_obj *)o)->selectors);
    return 0;
}

static int compress_clear(rt_object *o)
{
    RT_CLEAR(((compress_obj *)o)->data);
    RT_CLEAR(((compress_obj *)o)->selectors);
    return 0;
}

static void compress_dealloc(rt_object *o) { mod_itertools_release(o, compress_clear); }

RT_NOSCAN_TYPE static rt_type compress_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.compress",
    .basicsize = sizeof(compress_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = compress_dealloc, .traverse = compress_traverse, .clear = compress_clear,
    .iter = rt_iter_self, .iternext = compress_next,
    .new_ = compress_new,
    .vectorcall = compress_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- zip_longest -------------------------------------------------------- */

typedef struct ziplongest_obj {
    RT_OBJECT_HEAD
    intptr_t tuplesize, numactive;
    rt_object *ittuple;      /* a tuple of iterators; NULL slots: exhausted */
    rt_object *result;
    rt_object *fillvalue;
} ziplongest_obj;

static rt_object *ziplongest_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    rt_object *fill = RT_NONE;
    if (kwargs && rt_dict_size(kwargs) > 0) {
        fill = rt_dict_size(kwargs) == 1 ? rt_dict_getitem_str(kwargs, "fillvalue") : NULL;
        if (!fill)
            return rt_err_set_string(&rt_exc_TypeError, "zip_longest() got an unexpected keyword argument");
    }
    rt_object *its = rt_tuple_new(n);
    if (!its)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *it = rt_get_iter(args[i]);
        if (!it) {
            for (intptr_t j = i; j < n; j++)   /* the unfilled slots hold None to be dropped */
                RT_TUPLE_SET_ITEM(its, j, rt_newref(RT_NONE));
            rt_decref(its);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(its, i, it);
    }
    rt_object *res = rt_tuple_new(n);
    if (!res) {
        rt_decref(its);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(res, i, rt_newref(RT_NONE));
    ziplongest_obj *z = (ziplongest_obj *)rt_object_new(t);
    if (!z) {
        rt_decref(its);
        rt_decref(res);
        return NULL;
    }
    z->ittuple = its;
    z->tuplesize = z->numactive = n;
    z->result = res;
    z->fillvalue = rt_newref(fill);
    rt_gc_track(RT_OBJ(z));
    return RT_OBJ(z);
}

static rt_object *ziplongest_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(ziplongest_make, t, args, n);
}

static rt_object *ziplongest_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return ziplongest_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

/* The i-th value: from its iterator, or the fill value once that is
 * exhausted; NULL when the last one ends or on error (numactive 0). */
static rt_object *ziplongest_item(ziplongest_obj *z, intptr_t i)
{
    rt_object *it = RT_TUPLE_GET_ITEM(z->ittuple, i);
    if (!it)
        return rt_newref(z->fillvalue);
    rt_object *item = rt_iter_next(it);
    if (item)
        return item;
    if (--z->numactive == 0 || rt_err_occurred()) {
        z->numactive = 0;
        return NULL;
    }
    RT_TUPLE_SET_ITEM(z->ittuple, i, NULL);
    rt_decref(it);
    return rt_newref(z->fillvalue);
}

static rt_object *ziplongest_next(rt_object *o)
{
    ziplongest_obj *z = (ziplongest_obj *)o;
    intptr_t n = z->tuplesize;
    if (n == 0 || z->numactive == 0)
        return NULL;
    rt_object *res = z->result;
    if (res->refcnt == 1) {   /* nobody holds the last one: refilled in place */
        rt_incref(res);
        for (intptr_t i = 0; i < n; i++) {
            rt_object *item = ziplongest_item(z, i);
            if (!item) {
                rt_decref(res);
                return NULL;
            }
            mod_itertools_replace_item(res, i, item);
        }
        if (!rt_gc_is_tracked(res))
            rt_gc_track(res);   /* the collector may have untracked it */
        return res;
    }
    if (!(res = rt_tuple_new(n)))
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *item = ziplongest_item(z, i);
        if (!item) {
            for (intptr_t j = i; j < n; j++)
                RT_TUPLE_SET_ITEM(res, j, rt_newref(RT_NONE));
            rt_decref(res);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(res, i, item);
    }
    return res;
}

/* The iterator tuple may hold NULL slots (exhausted iterators), as
 * CPython's: the tuple's traverse and dealloc skip them. */
static int ziplongest_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    ziplongest_obj *z = (ziplongest_obj *)o;
    RT_VISIT(z->ittuple);
    RT_VISIT(z->result);
    RT_VISIT(z->fillvalue);
    return 0;
}

static int ziplongest_clear(rt_object *o)
{
    ziplongest_obj *z = (ziplongest_obj *)o;
    RT_CLEAR(z->ittuple);
    RT_CLEAR(z->result);
    RT_CLEAR(z->fillvalue);
    return 0;
}

static void ziplongest_dealloc(rt_object *o) { mod_itertools_release(o, ziplongest_clear); }

RT_NOSCAN_TYPE static rt_type ziplongest_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.zip_longest",
    .basicsize = sizeof(ziplongest_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = ziplongest_dealloc, .traverse = ziplongest_traverse, .clear = ziplongest_clear,
    .iter = rt_iter_self, .iternext = ziplongest_next,
    .new_ = ziplongest_new,
    .vectorcall = ziplongest_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- pairwise ----------------------------------------------------------- */

typedef struct pairwise_obj {
    RT_OBJECT_HEAD
    rt_object *it;           /* NULL once exhausted */
    rt_object *old;          /* the previous item, NULL before the first */
} pairwise_obj;

static rt_object *pairwise_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    if (mod_itertools_positional("pairwise", n, kwargs, 1, 1) < 0)
        return NULL;
    rt_object *it = rt_get_iter(args[0]);
    if (!it)
        return NULL;
    pairwise_obj *p = (pairwise_obj *)rt_object_new(t);
    if (!p) {
        rt_decref(it);
        return NULL;
    }
    p->it = it;
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

static rt_object *pairwise_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(pairwise_make, t, args, n);
}

static rt_object *pairwise_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return pairwise_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *pairwise_next(rt_object *o)
{
    pairwise_obj *p = (pairwise_obj *)o;
    if (!p->it)
        return NULL;
    rt_object *old = p->old;
    if (!old) {
        old = rt_iter_next(p->it);
        rt_object *was = p->old;
        p->old = old;
        rt_xdecref(was);
        if (!old) {
            RT_CLEAR(p->it);
            return NULL;
        }
        if (!p->it) {   /* the iterator re-entered us and ended */
            RT_CLEAR(p->old);
            return NULL;
        }
    }
    rt_incref(old);   /* a re-entrant next() may replace p->old */
    rt_object *item = rt_iter_next(p->it);
    if (!item) {
        RT_CLEAR(p->it);
        RT_CLEAR(p->old);
        rt_decref(old);
        return NULL;
    }
    rt_object *pair = rt_tuple_pack(2, old, item);
    rt_object *was = p->old;
    p->old = item;
    rt_xdecref(was);
    rt_decref(old);
    return pair;
}

static int pairwise_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((pairwise_obj *)o)->it);
    RT_VISIT(((pairwise_obj *)o)->old);
    return 0;
}

static int pairwise_clear(rt_object *o)
{
    RT_CLEAR(((pairwise_obj *)o)->it);
    RT_CLEAR(((pairwise_obj *)o)->old);
    return 0;
}

static void pairwise_dealloc(rt_object *o) { mod_itertools_release(o, pairwise_clear); }

RT_NOSCAN_TYPE static rt_type pairwise_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.pairwise",
    .basicsize = sizeof(pairwise_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = pairwise_dealloc, .traverse = pairwise_traverse, .clear = pairwise_clear,
    .iter = rt_iter_self, .iternext = pairwise_next,
    .new_ = pairwise_new,
    .vectorcall = pairwise_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- tee ---------------------------------------------------------------- */

#define LINKCELLS 57   /* CPython's: values per data object */

typedef struct teedata_obj {
    RT_OBJECT_HEAD
    rt_object *it;
    int numread;             /* 0 <= numread <= LINKCELLS */
    bool running;
    rt_object *nextlink;
    rt_object *values[LINKCELLS];
} teedata_obj;

typedef struct tee_obj {
    RT_OBJECT_HEAD
    teedata_obj *dataobj;
    int index;               /* 0 <= index <= LINKCELLS */
    rt_object *weakreflist;
} tee_obj;

static rt_type teedata_type, tee_type;

static rt_object *teedata_new_internal(rt_object *it)
{
    teedata_obj *d = (teedata_obj *)rt_object_new(&teedata_type);
    if (!d)
        return NULL;
    d->it = rt_newref(it);
    rt_gc_track(RT_OBJ(d));
    return RT_OBJ(d);
}

/* The value at i (new reference); the lead reader fetches it. */
static rt_object *teedata_getitem(teedata_obj *d, int i)
{
    if (i < d->numread)
        return rt_newref(d->values[i]);
    if (d->running)
        return rt_err_set_string(&rt_exc_RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    rt_object *v = rt_iter_next(d->it);
    d->running = false;
    if (!v)
        return NULL;
    d->values[d->numread++] = v;
    return rt_newref(v);
}

static int teedata_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    teedata_obj *d = (teedata_obj *)o;
    RT_VISIT(d->it);
    for (int i = 0; i < d->numread; i++)
        RT_VISIT(d->values[i]);
    RT_VISIT(d->nextlink);
    return 0;
}

/* Drop a chain of data objects iteratively: a long tee would otherwise
 * free its links by recursion (CPython's teedataobject_safe_decref). */
static void teedata_safe_decref(rt_object *o)
{
    while (o && RT_TYPE(o) == &teedata_type && o->refcnt == 1) {
        rt_object *next = ((teedata_obj *)o)->nextlink;
        ((teedata_obj *)o)->nextlink = NULL;
        rt_decref(o);
        o = next;
    }
    rt_xdecref(o);
}

static int teedata_clear(rt_object *o)
{
    teedata_obj *d = (teedata_obj *)o;
    RT_CLEAR(d->it);
    for (int i = 0; i < d->numread; i++)
        RT_CLEAR(d->values[i]);
    rt_object *next = d->nextlink;
    d->nextlink = NULL;
    teedata_safe_decref(next);
    return 0;
}

static void teedata_dealloc(rt_object *o) { mod_itertools_release(o, teedata_clear); }

/* _tee_dataobject(iterable, values, next, /): pickling's constructor in
 * CPython, with its checks */
static rt_object *teedata_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (mod_itertools_positional("teedataobject", RT_SIZE(args), kwargs, 3, 3) < 0)
        return NULL;
    rt_object *values = RT_TUPLE_GET_ITEM(args, 1), *next = RT_TUPLE_GET_ITEM(args, 2);
    if (!rt_list_check(values))
        return rt_err_format(&rt_exc_TypeError, "teedataobject() argument 2 must be list, not %s",
                             RT_TYPE(values)->name);
    teedata_obj *d = (teedata_obj *)teedata_new_internal(RT_TUPLE_GET_ITEM(args, 0));
    if (!d)
        return NULL;
    intptr_t len = RT_SIZE(values);
    bool ok = len <= LINKCELLS;
    for (intptr_t i = 0; ok && i < len; i++)
        d->values[i] = rt_newref(RT_LIST_ITEMS(values)[i]);
    if (ok)
        d->numread = (int)len;
    if (ok && next != RT_NONE) {   /* a next link only after a full one */
        ok = len == LINKCELLS && RT_TYPE(next) == &teedata_type;
        if (ok)
            d->nextlink = rt_newref(next);
    }
    if (!ok) {
        rt_decref(RT_OBJ(d));
        return rt_err_set_string(&rt_exc_ValueError, "Invalid arguments");
    }
    return RT_OBJ(d);
}

RT_NOSCAN_TYPE static rt_type teedata_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(teedata_obj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = teedata_dealloc, .traverse = teedata_traverse, .clear = teedata_clear,
    .new_ = teedata_new,
    .getattro = rt_generic_getattr,
};

static rt_object *tee_next(rt_object *o)
{
    tee_obj *t = (tee_obj *)o;
    if (t->index >= LINKCELLS) {
        teedata_obj *d = t->dataobj;
        if (!d->nextlink && !(d->nextlink = teedata_new_internal(d->it)))
            return NULL;
        t->dataobj = (teedata_obj *)rt_newref(d->nextlink);
        rt_decref(RT_OBJ(d));
        t->index = 0;
    }
    rt_object *v = teedata_getitem(t->dataobj, t->index);
    if (v)
        t->index++;
    return v;
}

static rt_object *tee_copy_of(tee_obj *t)
{
    tee_obj *c = (tee_obj *)rt_object_new(&tee_type);
    if (!c)
        return NULL;
    c->dataobj = (teedata_obj *)rt_newref(RT_OBJ(t->dataobj));
    c->index = t->index;
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *tee_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    if (nargs || (kwnames && RT_SIZE(kwnames)))
        return rt_err_set_string(&rt_exc_TypeError, "_tee.__copy__() takes no arguments");
    return tee_copy_of((tee_obj *)self);
}

/* A _tee over iterable: a copy when its iterator is a _tee already. */
static rt_object *tee_from_iterable(rt_object *iterable)
{
    rt_object *it = rt_get_iter(iterable);
    if (!it)
        return NULL;
    rt_object *r = NULL;
    if (rt_isinstance_type(it, &tee_type)) {
        r = tee_copy_of((tee_obj *)it);
    } else {
        tee_obj *t = (tee_obj *)rt_object_new(&tee_type);
        if (t && !(t->dataobj = (teedata_obj *)teedata_new_internal(it))) {
            rt_object_free(RT_OBJ(t));
            t = NULL;
        }
        if (t)
            rt_gc_track(RT_OBJ(t));
        r = RT_OBJ(t);
    }
    rt_decref(it);
    return r;
}

static rt_object *tee_type_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (mod_itertools_positional("_tee", RT_SIZE(args), kwargs, 1, 1) < 0)
        return NULL;
    return tee_from_iterable(RT_TUPLE_GET_ITEM(args, 0));
}

static int tee_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(RT_OBJ(((tee_obj *)o)->dataobj));
    return 0;
}

static int tee_clear(rt_object *o)
{
    tee_obj *t = (tee_obj *)o;
    if (t->weakreflist)
        rt_weakref_clear_all(o);
    rt_object *d = RT_OBJ(t->dataobj);
    t->dataobj = NULL;
    rt_xdecref(d);
    return 0;
}

static void tee_dealloc(rt_object *o) { mod_itertools_release(o, tee_clear); }

RT_NOSCAN static rt_method_def tee_methods[] = {
    { "__copy__", tee_copy, RT_METH_FASTCALL, "Returns an independent iterator." },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN_TYPE static rt_type tee_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools._tee",
    .basicsize = sizeof(tee_obj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = tee_dealloc, .traverse = tee_traverse, .clear = tee_clear,
    .weaklistoffset = offsetof(tee_obj, weakreflist),
    .iter = rt_iter_self, .iternext = tee_next,
    .new_ = tee_type_new,
    .getattro = rt_generic_getattr,
    .methods = tee_methods,
};

/* itertools.tee(iterable, n=2, /): the result tuple is made first; an
 * iterator with a __copy__ is the first copy itself, else a _tee over it
 * is; the others are __copy__() calls of the first (a bound method,
 * looked up once, as CPython's). */
static rt_object *tee_fn(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "itertools.tee() takes no keyword arguments");
    if (mod_itertools_positional("tee", nargs, NULL, 1, 2) < 0)
        return NULL;
    intptr_t n = 2;
    if (nargs == 2 && (n = rt_number_as_ssize_arg(args[1])) == -1 && rt_err_occurred())
        return NULL;
    if (n < 0)
        return rt_err_set_string(&rt_exc_ValueError, "n must be >= 0");
    rt_object *result = rt_tuple_new(n);
    if (!result || n == 0)
        return result;
    for (intptr_t i = 0; i < n; i++)   /* filled below; None until then for an early error */
        RT_TUPLE_SET_ITEM(result, i, rt_newref(RT_NONE));
    rt_object *it = rt_get_iter(args[0]);
    if (!it) {
        rt_decref(result);
        return NULL;
    }
    /* _PyObject_LookupAttr without an AttributeError made and dropped:
     * the type's attribute, bound */
    rt_object *name = rt_str_from_cstr("__copy__");
    rt_object *copyfunc = NULL, *copyable = it;
    if (!name) {
        rt_decref(it);
        rt_decref(result);
        return NULL;
    }
    if (rt_type_lookup(RT_TYPE(it), name)) {
        copyfunc = rt_getattr(it, name);
    } else {
        copyable = tee_from_iterable(it);
        rt_decref(it);
        copyfunc = copyable ? rt_getattr(copyable, name) : NULL;
    }
    rt_decref(name);
    if (!copyfunc) {
        rt_xdecref(copyable);
        rt_decref(result);
        return NULL;
    }
    mod_itertools_replace_item(result, 0, copyable);
    for (intptr_t i = 1; i < n; i++) {
        rt_object *c = rt_call_vector(copyfunc, NULL, 0);
        if (!c) {
            rt_decref(copyfunc);
            rt_decref(result);
            return NULL;
        }
        mod_itertools_replace_item(result, i, c);
    }
    rt_decref(copyfunc);
    return result;
}

static rt_method_def tee_fn_def = {
    "tee", tee_fn, RT_METH_FASTCALL, "Returns a tuple of n independent iterators.",
};

int mod_itertools_iter_add(rt_object *m)
{
    rt_type *types[] = { &perm_type, &cwr_type, &starmap_type, &filterfalse_type, &compress_type,
                         &ziplongest_type, &pairwise_type, &tee_type, &teedata_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (mod_add_type(m, types[i], "itertools") < 0)
            return -1;
    rt_object *f = rt_cfunction_new(&tee_fn_def, NULL);
    int r = f ? rt_setattr_str(m, "tee", f) : -1;
    rt_xdecref(f);
    return r;
}
