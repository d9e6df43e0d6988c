/*
 * test_refcount.c -- objects die exactly when their last reference goes
 * (observed through a counting dealloc and through weakref callbacks), the
 * gc head and heap-type references are maintained, and a reference cycle
 * of heap instances stays allocated under pure reference counting.
 */
#include "tests/unit/objcore_util.h"

TestSuite(refcount, .init = objcore_setup);

static int freed;
static void counting_dealloc(rt_object *o)
{
    freed++;
    rt_object_free(o);
}
static rt_type counted_type = { .name = "counted", .basicsize = sizeof(rt_object), .dealloc = counting_dealloc };

Test(refcount, freed_exactly_when_last_reference_goes)
{
    cr_assert_eq(rt_type_ready(&counted_type), 0);
    freed = 0;
    rt_object *o = rt_object_new(&counted_type);
    cr_assert_eq(o->refcnt, 1);
    /* held by a tuple and a list too */
    rt_object *t = rt_tuple_pack(1, o);
    rt_object *d = rt_dict_new();
    cr_assert_eq(rt_dict_setitem_str(d, "k", o), 0);
    cr_assert_eq(o->refcnt, 3);
    RT_DECREF(o);
    cr_assert_eq(freed, 0);
    RT_DECREF(t);
    cr_assert_eq(freed, 0);
    cr_assert_eq(rt_dict_delitem_str(d, "k"), 0);
    cr_assert_eq(freed, 1, "freed by the last decref, not before, not later");
    RT_DECREF(d);
    cr_assert_eq(freed, 1);
}

static int callbacks;
static rt_object *note_impl(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    callbacks++;
    return rt_none_new();
}
static rt_method_def note_def = { "note", note_impl, RT_METH_FASTCALL, NULL };

Test(refcount, heap_instance_dies_with_its_last_reference)
{
    rt_object *C = rt_type_new_heap("Node", NULL, NULL);
    rt_object *a = rt_call_vector(C, NULL, 0), *b = rt_call_vector(C, NULL, 0);
    rt_object *cb = rt_cfunction_new(&note_def, NULL);
    rt_object *ra = rt_weakref_new(a, cb), *rb = rt_weakref_new(b, cb);
    /* a.next = b: b lives as long as a does */
    cr_assert_eq(rt_setattr_str(a, "next", b), 0);
    RT_DECREF(b);
    callbacks = 0;
    cr_assert_not_null(rt_weakref_get(rb));
    RT_DECREF(a);
    cr_assert_eq(callbacks, 2, "a died, and with it b");
    cr_assert_null(rt_weakref_get(ra));
    cr_assert_null(rt_weakref_get(rb));
    /* the class's own references: its __mro__ and the __dict__ and
     * __weakref__ descriptors in its dict (CPython's cycle) */
    cr_assert_eq(RT_OBJ(C)->refcnt, 4, "instances released their class");
    intptr_t before = rt_gc.young_count;
    RT_DECREF(C);
    cr_assert_eq(rt_gc.young_count, before, "a class is in a cycle: it waits for a collection");
    cr_assert_eq(rt_type_type.clear(C), 0);
    /* its dict and its __mro__ and __bases__ tuples go to the free lists,
     * which leave the count alone (CPython 3.11's); the weakref its base
     * object keeps to it (tp_subclasses) dies with it */
    cr_assert_eq(rt_gc.young_count, before - 4, "clear frees the class, both descriptors and its subclass weakref");
    RT_DECREF(ra); RT_DECREF(rb); RT_DECREF(cb);
}

/* Kept reachable so that LeakSanitizer does not report the deliberate
 * leak of the cycle below. */
static rt_object *leaked[2];

Test(refcount, cycle_of_heap_instances_leaks_under_pure_rc)
{
    rt_object *C = rt_type_new_heap("Node", NULL, NULL);
    rt_object *a = rt_call_vector(C, NULL, 0), *b = rt_call_vector(C, NULL, 0);
    leaked[0] = a;
    leaked[1] = b;
    rt_object *cb = rt_cfunction_new(&note_def, NULL);
    rt_object *ra = rt_weakref_new(a, cb);
    cr_assert_eq(rt_setattr_str(a, "other", b), 0);
    cr_assert_eq(rt_setattr_str(b, "other", a), 0);
    callbacks = 0;
    RT_DECREF(a);
    RT_DECREF(b);
    cr_assert_eq(callbacks, 0, "nothing died");
    cr_assert_not_null(rt_weakref_get(ra), "the cycle stays allocated");
    cr_assert_eq(a->refcnt, 1);
    cr_assert_eq(b->refcnt, 1);
    cr_assert(rt_gc_is_tracked(a) && rt_gc_is_tracked(b), "still linked for a collector to find");
    /* what a cycle collector would do: traverse finds the internal refs,
     * clear breaks them, and the objects die by reference counting */
    rt_type *t = (rt_type *)C;
    cr_assert_eq(t->clear(a), 0);
    cr_assert_eq(callbacks, 1, "b died once a dropped its dict");
    RT_DECREF(ra); RT_DECREF(cb); RT_DECREF(C);
}

static int count_visit(rt_object *o, void *arg)
{
    (void)o;
    (*(int *)arg)++;
    return 0;
}

Test(refcount, traverse_visits_owned_references)
{
    rt_object *C = rt_type_new_heap("T", NULL, NULL);
    rt_object *a = rt_call_vector(C, NULL, 0);
    int n = 0;
    cr_assert_eq(((rt_type *)C)->traverse(a, count_visit, &n), 0);
    cr_assert_eq(n, 1, "the class only (no __dict__ yet)");
    rt_object *v = I(1);
    rt_setattr_str(a, "x", v);
    n = 0;
    ((rt_type *)C)->traverse(a, count_visit, &n);
    cr_assert_eq(n, 2, "the class and the __dict__");
    n = 0;
    rt_type_type.traverse(C, count_visit, &n);
    cr_assert_eq(n, 4, "a class visits its dict, __mro__, __bases__ and base");
    RT_DECREF(v); RT_DECREF(a); RT_DECREF(C);
}

/* PEP 442: a heap type's finalize runs once, before the object's fields are
 * dropped, and may resurrect the object. */
static int finalized;
static rt_object *resurrected;
static void resurrecting_finalize(rt_object *o)
{
    finalized++;
    rt_object *x = rt_getattr_str(o, "x");
    cr_assert(x && RT_INT_VALUE(x) == 1, "the attributes are intact when finalize runs");
    RT_DECREF(x);
    if (finalized == 1)
        resurrected = rt_newref(o);
}

Test(refcount, finalize_runs_once_and_may_resurrect)
{
    rt_object *C = rt_type_new_heap("Phoenix", NULL, NULL);
    ((rt_type *)C)->finalize = resurrecting_finalize;
    rt_object *o = rt_call_vector(C, NULL, 0);
    rt_object *v = I(1);
    rt_setattr_str(o, "x", v);
    RT_DECREF(v);
    rt_object *cb = rt_cfunction_new(&note_def, NULL);
    rt_object *r = rt_weakref_new(o, cb);
    callbacks = 0;
    finalized = 0;
    RT_DECREF(o);
    cr_assert_eq(finalized, 1);
    cr_assert_eq(resurrected, o, "finalize stored a new reference");
    cr_assert_eq(o->refcnt, 1);
    cr_assert(rt_gc_is_finalized(o));
    cr_assert(rt_gc_is_tracked(o), "tracked again after resurrection");
    cr_assert_eq(callbacks, 0, "a resurrected object keeps its weakrefs");
    cr_assert_eq(rt_weakref_get(r), o);
    RT_CLEAR(resurrected);   /* second death: no finalize, weakrefs cleared */
    cr_assert_eq(finalized, 1);
    cr_assert_eq(callbacks, 1);
    cr_assert_null(rt_weakref_get(r));
    RT_DECREF(r); RT_DECREF(cb); RT_DECREF(C);
}
