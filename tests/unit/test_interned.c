/*
 * test_interned.c -- mortal interned strings (runtime/str.c) and the
 * holders that compare names by address: a str the program interns is
 * counted like any other and leaves the intern table when it dies; a name
 * the runtime's C code interns is immortal; the type attribute cache
 * (runtime/typecache.c) owns the names it holds, so a dead name's address taken
 * by another str never finds the dead name's attribute.  The Python-level
 * counts are the conformance programs refcount_interned.py and
 * typecache_runtime_names.py.
 */
#include "tests/unit/vm_util.h"
#include "runtime/dict.h"
#include "runtime/int.h"

/* rt_type_lookup_cached and rt_tcache_clear: runtime/object.h's */

TestSuite(interned, .init = vm_setup);

/* A fresh, uninterned str of text (new reference). */
static rt_object *fresh(const char *text)
{
    rt_object *s = rt_str_from_cstr(text);
    cr_assert_not_null(s);
    cr_assert(!rt_str_is_interned(s));
    return s;
}

Test(interned, mortal_counts_and_leaves_the_table)
{
    rt_object *s = fresh("mortal_name_one");
    cr_expect_eq(s->refcnt, 1);
    rt_object *i = rt_str_intern(s);
    cr_assert_eq(i, s, "the first one becomes the interned one");
    cr_expect_eq(s->refcnt, 2, "the table's references are not counted");
    rt_object *t = fresh("mortal_name_one");
    rt_object *j = rt_str_intern(t);
    cr_expect_eq(j, s);
    cr_expect_eq(s->refcnt, 3);
    rt_decref(j);
    rt_decref(t);
    rt_decref(i);
    rt_decref(s);   /* freed: out of the table (ASan checks no one reads it) */
    rt_object *u = fresh("mortal_name_one");
    rt_object *k = rt_str_intern(u);
    cr_expect_eq(k, u, "a new str of the dead one's text is the interned one now");
    cr_expect_eq(u->refcnt, 2);
    rt_decref(k);
    rt_decref(u);
}

Test(interned, runtime_names_are_immortal)
{
    rt_object *c = rt_str_intern_cstr("runtime_name_two");
    cr_assert_not_null(c);
    cr_expect_geq(c->refcnt, RT_IMMORTAL_REFCNT / 2);
    rt_decref(c);
    /* interned by the program first, then by C code: made immortal, since
     * C code may keep it without a reference */
    rt_object *s = fresh("program_then_runtime");
    rt_object *i = rt_str_intern(s);
    cr_expect_lt(i->refcnt, 10);
    rt_object *c2 = rt_str_intern_cstr("program_then_runtime");
    cr_expect_eq(c2, i);
    cr_expect_geq(i->refcnt, RT_IMMORTAL_REFCNT / 2);
    rt_decref(c2);
    rt_decref(i);
    rt_decref(s);
    cr_expect(rt_str_is_interned(c2), "still alive and interned");
}

Test(interned, subclass_instances_are_copied)
{
    rt_object *s = fresh("copied_name");
    rt_object *i = rt_str_intern_name("copied_name");
    rt_object *j = rt_str_intern(s);
    cr_expect_eq(i, j);
    cr_expect_neq(j, s);
    rt_decref(i);
    rt_decref(j);
    rt_decref(s);
}

/* A class whose dict maps name to value (new reference; a heap class is
 * in a cycle through its __mro__, so it lives to the end of the test). */
static rt_type *class_with(rt_object *name, int64_t value)
{
    rt_object *d = rt_dict_new();
    rt_object *v = rt_int_from_i64(value);
    cr_assert_eq(rt_dict_setitem(d, name, v), 0);
    rt_decref(v);
    rt_object *t = rt_type_new_heap("K", &rt_object_type, d);
    cr_assert_not_null(t);
    rt_decref(d);
    return (rt_type *)t;
}

/* The type cache's entry for (t, an interned name) owns the name: with the
 * program's references gone the name lives on, still the interned one;
 * once the cache lets go it dies, and a str of another text born at its
 * address is looked up as itself, not as the dead name.  The class's dict
 * holds an equal str of its own, so only the cache holds the interned one.
 * Repeated so that the address is reused (pymalloc hands the freed block
 * back first). */
Test(interned, type_cache_never_answers_for_a_dead_name)
{
    rt_object *key = fresh("cached_name_aa");
    rt_type *t = class_with(key, 7);
    int reused = 0;
    for (int round = 0; round < 20; round++) {
        rt_object *n1 = rt_str_intern_name("cached_name_aa");
        cr_assert_neq(n1, key);
        rt_object *v = rt_type_lookup_cached(t, n1);
        cr_assert_not_null(v);
        cr_expect_eq(rt_int_as_i64(v), 7);
        void *addr = n1;
        rt_decref(n1);
        cr_expect_eq(n1->refcnt, 1, "the cache's reference keeps it");
        rt_object *again = rt_str_intern_name("cached_name_aa");
        cr_expect_eq(again, n1, "still the interned one");
        rt_decref(again);
        rt_tcache_clear();   /* the name dies and leaves the intern table */
        rt_object *n2 = rt_str_intern_name("cached_name_bb");
        reused += (void *)n2 == addr;
        cr_expect_eq(rt_type_lookup_cached(t, n2), NULL, "not the dead name's attribute");
        cr_expect_eq(rt_type_lookup_cached(t, n2), NULL, "not from the cache either");
        rt_object *n3 = rt_str_intern_name("cached_name_aa");
        cr_expect_neq(n3, n2);
        v = rt_type_lookup_cached(t, n3);
        cr_expect(v && rt_int_as_i64(v) == 7);
        rt_decref(n3);
        rt_decref(n2);
        rt_tcache_clear();
    }
    cr_log_info("%d of 20 rounds reused the dead name's address", reused);
    cr_expect_gt(reused, 0, "the address was never reused: the test proves nothing");
    rt_decref(RT_OBJ(t));
    rt_decref(key);
}

/* A name built at run time is cached too (CPython 3.11 caches any exact
 * str of at most 100 code points), with a reference of its own: it lives
 * while its entry does, and a str born at its address once it is gone is
 * looked up as itself.  A longer name is not cached at all. */
Test(interned, type_cache_owns_uninterned_names)
{
    int reused = 0;
    rt_object *key = rt_str_intern_name("plain_attr_x");
    rt_type *t = class_with(key, 5);
    for (int round = 0; round < 20; round++) {
        rt_object *n1 = fresh("plain_attr_x");
        rt_object *v = rt_type_lookup_cached(t, n1);
        cr_assert_not_null(v);
        cr_expect_eq(rt_int_as_i64(v), 5);
        cr_expect_eq(n1->refcnt, 2, "the cache's reference and ours");
        void *addr = n1;
        rt_decref(n1);
        cr_expect_eq(n1->refcnt, 1);
        rt_tcache_clear();
        rt_object *n2 = fresh("other_attr_y");
        reused += (void *)n2 == addr;
        cr_expect_eq(rt_type_lookup_cached(t, n2), NULL);
        cr_expect_eq(rt_type_lookup_cached(t, n2), NULL);
        rt_decref(n2);
        rt_tcache_clear();
    }
    cr_expect_gt(reused, 0);
    char long_name[128];
    memset(long_name, 'a', 101);
    long_name[101] = '\0';
    rt_object *ln = fresh(long_name);
    cr_expect_eq(rt_type_lookup_cached(t, ln), NULL);
    cr_expect_eq(ln->refcnt, 1, "over 100 code points: not cached");
    rt_decref(ln);
    rt_decref(RT_OBJ(t));
    rt_decref(key);
}
