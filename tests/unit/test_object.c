/*
 * test_object.c -- the generic object protocol: type objects (repr, call,
 * type(x)), heap types and generic attribute lookup (instance dict, base
 * chain, data and non-data descriptors), built-in method descriptors,
 * rich comparison with reflected operands, allocation and the gc head.
 */
#include "tests/unit/objcore_util.h"
#include "runtime/instattr.h"

TestSuite(object, .init = objcore_setup);

static rt_object *new_class(const char *name, rt_type *base, rt_object *dict)
{
    rt_object *c = rt_type_new_heap(name, base, dict);
    cr_assert_not_null(c, "rt_type_new_heap failed");
    return c;
}

Test(object, type_repr_and_type_of)
{
    assert_repr(rt_newref(RT_OBJ(&rt_int_type)), "<class 'int'>");
    assert_repr(rt_newref(RT_OBJ(&rt_type_type)), "<class 'type'>");
    assert_repr(rt_newref(RT_OBJ(&rt_object_type)), "<class 'object'>");
    rt_object *x = F(1.0);
    rt_object *t = call1(RT_OBJ(&rt_type_type), x);
    cr_assert_eq(t, RT_OBJ(&rt_float_type));
    RT_DECREF(t);
    RT_DECREF(x);
    cr_assert_eq(RT_TYPE(&rt_int_type), &rt_type_type);
    cr_assert_eq(RT_TYPE(&rt_type_type), &rt_type_type);
    cr_assert_eq(rt_type_type.base, &rt_object_type);
    cr_assert_null(rt_object_type.base);
    assert_raises(rt_call_vector(RT_OBJ(&rt_type_type), NULL, 0), &rt_exc_TypeError, "type() takes 1 or 3 arguments");
    /* static types are not containers, heap types are */
    cr_assert_not(rt_is_gc(RT_OBJ(&rt_int_type)));
    rt_object *c = new_class("C", NULL, NULL);
    cr_assert(rt_is_gc(c));
    cr_assert(rt_gc_is_tracked(c));
    RT_DECREF(c);
}

Test(object, object_instances)
{
    rt_object *o = rt_call_vector(RT_OBJ(&rt_object_type), NULL, 0);
    cr_assert_not_null(o);
    rt_object *r = rt_repr(o);
    char expect[64];
    snprintf(expect, sizeof expect, "<object object at %p>", (void *)o);
    cr_assert_str_eq(rt_str_data(r), expect);
    RT_DECREF(r);
    rt_object *one = I(1);
    assert_raises(call1(RT_OBJ(&rt_object_type), one), &rt_exc_TypeError, "object() takes no arguments");
    RT_DECREF(one);
    assert_raises(rt_getattr_str(o, "x"), &rt_exc_AttributeError, "'object' object has no attribute 'x'");
    rt_object *v = I(1);
    cr_assert_eq(rt_setattr_str(o, "x", v), -1);
    char b[100];
    cr_assert_str_eq(err_text(b, sizeof b), "'object' object has no attribute 'x'");
    rt_err_clear();
    RT_DECREF(v);
    assert_repr(rt_getattr_str(o, "__class__"), "<class 'object'>");
    cr_assert_eq(rt_richcompare_bool(o, o, RT_EQ), 1);
    cr_assert_eq(rt_hash(o), rt_hash_pointer(o));
    RT_DECREF(o);
    assert_raises(rt_getattr_str(RT_OBJ(&rt_int_type), "x"), &rt_exc_AttributeError, "type object 'int' has no attribute 'x'");
    rt_object *w = I(3);
    cr_assert_eq(rt_setattr_str(RT_OBJ(&rt_int_type), "x", w), -1);
    cr_assert_str_eq(err_text(b, sizeof b), "cannot set 'x' attribute of immutable type 'int'");
    rt_err_clear();
    RT_DECREF(w);
}

Test(object, heap_type_attribute_lookup)
{
    rt_object *d = rt_dict_new();
    rt_object *mod = S("__main__"), *one = I(1), *two = I(2), *three = I(3);
    rt_dict_setitem_str(d, "__module__", mod);
    rt_dict_setitem_str(d, "x", one);
    rt_object *A = new_class("A", NULL, d);
    rt_object *bd = rt_dict_new();
    rt_dict_setitem_str(bd, "__module__", mod);
    rt_object *B = new_class("B", (rt_type *)A, bd);
    RT_DECREF(bd);
    assert_repr(rt_newref(A), "<class '__main__.A'>");
    assert_repr(rt_getattr_str(A, "__name__"), "'A'");
    rt_object *b = rt_call_vector(B, NULL, 0);
    cr_assert_not_null(b);
    cr_assert(rt_isinstance_type(b, (rt_type *)A));
    cr_assert(rt_isinstance_type(b, &rt_object_type));
    cr_assert_not(rt_isinstance_type(b, &rt_int_type));
    /* class attribute found through the base chain */
    assert_repr(rt_getattr_str(b, "x"), "1");
    assert_repr(rt_getattr_str(B, "x"), "1");
    /* the instance dict shadows it */
    cr_assert_eq(rt_setattr_str(b, "x", two), 0);
    assert_repr(rt_getattr_str(b, "x"), "2");
    assert_repr(rt_getattr_str(b, "__dict__"), "{'x': 2}");
    rt_object *xname = S("x");
    cr_assert_eq(rt_delattr(b, xname), 0);
    assert_repr(rt_getattr_str(b, "x"), "1");
    cr_assert_eq(rt_delattr(b, xname), -1);
    RT_DECREF(xname);
    char buf[100];
    cr_assert_str_eq(err_text(buf, sizeof buf), "'B' object has no attribute 'x'");
    rt_err_clear();
    /* a class attribute changed later is seen by instances */
    cr_assert_eq(rt_setattr_str(A, "x", three), 0);
    assert_repr(rt_getattr_str(b, "x"), "3");
    rt_object *hx = S("x");
    cr_assert_eq(rt_hasattr(b, hx), 1);
    RT_DECREF(hx);
    hx = S("y");
    cr_assert_eq(rt_hasattr(b, hx), 0);
    cr_assert_null(rt_err_occurred());
    RT_DECREF(hx);
    assert_raises(rt_getattr_str(b, "y"), &rt_exc_AttributeError, "'B' object has no attribute 'y'");
    assert_repr(rt_getattr_str(b, "__class__"), "<class '__main__.B'>");
    /* instance repr names the module */
    rt_object *r = rt_repr(b);
    char expect[80];
    snprintf(expect, sizeof expect, "<__main__.B object at %p>", (void *)b);
    cr_assert_str_eq(rt_str_data(r), expect);
    RT_DECREF(r);
    /* three-argument type() */
    rt_object *bases = rt_tuple_pack(1, A), *name = S("T");
    rt_object *targs = rt_tuple_pack(3, name, bases, d);
    rt_object *T = rt_call(RT_OBJ(&rt_type_type), targs, NULL);
    cr_assert_not_null(T);
    cr_assert_eq(((rt_type *)T)->base, (rt_type *)A);
    RT_DECREF(T); RT_DECREF(targs); RT_DECREF(bases); RT_DECREF(name);
    RT_DECREF(b); RT_DECREF(B); RT_DECREF(A); RT_DECREF(d);
    RT_DECREF(mod); RT_DECREF(one); RT_DECREF(two); RT_DECREF(three);
}

/* A descriptor type for the test: __get__ returns "got"; __set__ (when
 * the data variant is used) records the value in a global. */
static rt_object *last_set;
static rt_object *td_get(rt_object *d, rt_object *obj, rt_object *type)
{
    (void)d; (void)type;
    return obj ? S("got") : S("class-got");
}
static int td_set(rt_object *d, rt_object *obj, rt_object *value)
{
    (void)d; (void)obj;
    RT_SETREF(last_set, value ? rt_newref(value) : NULL);
    return 0;
}
static void td_dealloc(rt_object *o) { rt_object_free(o); }
static rt_type nondata_type = { .name = "nondata", .basicsize = sizeof(rt_object), .dealloc = td_dealloc, .descr_get = td_get };
static rt_type data_type = { .name = "data", .basicsize = sizeof(rt_object), .dealloc = td_dealloc, .descr_get = td_get, .descr_set = td_set };

Test(object, descriptors_data_and_non_data)
{
    cr_assert_eq(rt_type_ready(&nondata_type), 0);
    cr_assert_eq(rt_type_ready(&data_type), 0);
    rt_object *nd = rt_object_new(&nondata_type), *dd = rt_object_new(&data_type);
    rt_object *d = rt_dict_new();
    rt_dict_setitem_str(d, "nd", nd);
    rt_dict_setitem_str(d, "dd", dd);
    rt_object *C = new_class("C", NULL, d);
    rt_object *c = rt_call_vector(C, NULL, 0);
    assert_str(rt_getattr_str(c, "nd"), "got");
    assert_str(rt_getattr_str(c, "dd"), "got");
    assert_str(rt_getattr_str(C, "nd"), "class-got");
    rt_object *v = I(5);
    /* non-data: the store goes to the instance dict, which then wins */
    cr_assert_eq(rt_setattr_str(c, "nd", v), 0);
    assert_repr(rt_getattr_str(c, "nd"), "5");
    /* data: the store goes to __set__, and __get__ keeps winning */
    cr_assert_eq(rt_setattr_str(c, "dd", v), 0);
    cr_assert_eq(last_set, v);
    assert_str(rt_getattr_str(c, "dd"), "got");
    rt_object *dict = rt_getattr_str(c, "__dict__");
    cr_assert_eq(rt_dict_size(dict), 1);
    RT_DECREF(dict);
    RT_CLEAR(last_set);
    RT_DECREF(v); RT_DECREF(c); RT_DECREF(C); RT_DECREF(d); RT_DECREF(nd); RT_DECREF(dd);
}

/* Built-in methods: a static type with a method table. */
static rt_object *echo_impl(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    rt_object *t = rt_tuple_from_array(args, nargs);
    rt_object *r = rt_tuple_pack(3, self ? self : RT_NONE, t, kwnames ? kwnames : RT_NONE);
    RT_DECREF(t);
    return r;
}
static rt_method_def widget_methods[] = {
    { "echo", echo_impl, RT_METH_FASTCALL, NULL },
    { "make", echo_impl, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "util", echo_impl, RT_METH_FASTCALL | RT_METH_STATIC, NULL },
    { NULL, NULL, 0, NULL },
};
static rt_object *widget_repr(rt_object *o) { (void)o; return S("W"); }
static rt_type widget_type = {
    .name = "widget", .basicsize = sizeof(rt_object), .dealloc = td_dealloc,
    .repr = widget_repr, .methods = widget_methods, .flags = RT_TPFLAGS_BASETYPE,
};

Test(object, builtin_methods)
{
    cr_assert_eq(rt_type_ready(&widget_type), 0);
    rt_object *w = rt_object_new(&widget_type);
    rt_object *one = I(1), *two = I(2);
    rt_object *args[] = { one, two };
    assert_repr(rt_call_method(w, "echo", args, 2), "(W, (1, 2), None)");
    rt_object *m = rt_getattr_str(w, "echo");
    char expect[100];
    snprintf(expect, sizeof expect, "<built-in method echo of widget object at %p>", (void *)w);
    assert_repr(rt_newref(m), expect);
    /* keyword arguments arrive as a kwnames tuple after the positionals */
    rt_object *pos = rt_tuple_pack(1, one), *kw = rt_dict_new();
    rt_dict_setitem_str(kw, "k", two);
    assert_repr(rt_call(m, pos, kw), "(W, (1,), ('k',))");
    RT_DECREF(m);
    rt_object *desc = rt_getattr_str(RT_OBJ(&widget_type), "echo");
    assert_repr(rt_newref(desc), "<method 'echo' of 'widget' objects>");
    assert_repr(call1(desc, w), "(W, (), None)");
    assert_raises(call1(desc, one), &rt_exc_TypeError,
                  "descriptor 'echo' for 'widget' objects doesn't apply to a 'int' object");
    RT_DECREF(desc);
    assert_repr(rt_call_method(w, "make", NULL, 0), "(<class 'widget'>, (), None)");
    assert_repr(rt_call_method(RT_OBJ(&widget_type), "make", NULL, 0), "(<class 'widget'>, (), None)");
    /* a static method is bound to its type as CPython's m_self (repr,
     * __qualname__; __self__ is None); its C function gets the type where
     * CPython passes NULL (none of ours reads it) */
    assert_repr(rt_call_method(w, "util", NULL, 0), "(<class 'widget'>, (), None)");
    rt_object *u = rt_getattr_str(w, "util");
    snprintf(expect, sizeof expect, "<built-in method util of type object at %p>", (void *)&widget_type);
    assert_repr(u, expect);
    /* a heap subclass inherits the methods */
    rt_object *S_ = new_class("Sub", &widget_type, NULL);
    rt_object *s = rt_call_vector(S_, NULL, 0);
    assert_repr(rt_call_method(s, "echo", NULL, 0), "(W, (), None)");
    /* an instance attribute shadows the method (non-data descriptor) */
    rt_object *plain = rt_cfunction_new(&widget_methods[0], one);
    cr_assert_eq(rt_setattr_str(s, "echo", plain), 0);
    assert_repr(rt_call_method(s, "echo", NULL, 0), "(1, (), None)");
    RT_DECREF(plain);
    assert_raises(rt_call_method(s, "nope", NULL, 0), &rt_exc_AttributeError, "'Sub' object has no attribute 'nope'");
    RT_DECREF(s); RT_DECREF(S_);
    RT_DECREF(pos); RT_DECREF(kw); RT_DECREF(one); RT_DECREF(two); RT_DECREF(w);
}

/* Rich comparison dispatch: a type whose comparison answers for any
 * operand, and its subclass overriding it (tried first, reflected). */
static int cmp_calls;
static rt_object *base_cmp(rt_object *a, rt_object *b, int op)
{
    (void)a; (void)b; (void)op;
    cmp_calls = cmp_calls * 10 + 1;
    return rt_newref(RT_NOTIMPLEMENTED);
}
static rt_object *sub_cmp(rt_object *a, rt_object *b, int op)
{
    (void)a; (void)b;
    cmp_calls = cmp_calls * 10 + 2;
    return op == RT_GT ? rt_newref(RT_TRUE) : rt_newref(RT_NOTIMPLEMENTED);
}
static rt_type cbase_type = { .name = "cbase", .basicsize = sizeof(rt_object), .dealloc = td_dealloc,
                              .richcompare = base_cmp, .flags = RT_TPFLAGS_BASETYPE };
static rt_type csub_type = { .name = "csub", .basicsize = sizeof(rt_object), .dealloc = td_dealloc,
                             .richcompare = sub_cmp, .base = &cbase_type };

Test(object, richcompare_reflected_operand)
{
    cr_assert_eq(rt_type_ready(&csub_type), 0);
    rt_object *a = rt_object_new(&cbase_type), *b = rt_object_new(&csub_type);
    /* a < b: the subclass's reflected slot (b > a) goes first */
    cmp_calls = 0;
    cr_assert_eq(rt_richcompare_bool(a, b, RT_LT), 1);
    cr_assert_eq(cmp_calls, 2);
    /* a <= b: sub (NotImplemented), base (NotImplemented), then TypeError */
    cmp_calls = 0;
    cr_assert_eq(rt_richcompare_bool(a, b, RT_LE), -1);
    cr_assert_eq(cmp_calls, 21);
    char buf[100];
    cr_assert_str_eq(err_text(buf, sizeof buf), "'<=' not supported between instances of 'cbase' and 'csub'");
    rt_err_clear();
    /* == falls back to identity */
    cr_assert_eq(rt_richcompare_bool(a, b, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_NE), 1);
    RT_DECREF(a); RT_DECREF(b);
}

Test(object, allocation_and_gc_head)
{
    rt_object *C = new_class("C", NULL, NULL);
    intptr_t before = rt_gc.young_count, crefs = RT_OBJ(C)->refcnt;
    rt_object *c = rt_call_vector(C, NULL, 0);
    cr_assert_eq(rt_gc.young_count, before + 1, "one container allocated");
    cr_assert(rt_gc_is_tracked(c));
    cr_assert_eq(c->refcnt, 1);
    cr_assert_eq(RT_OBJ(C)->refcnt, crefs + 1, "the instance owns a reference to its class");
    cr_assert(rt_instattr_has(c));
    cr_assert_not(rt_instattr_is_dict(c), "no __dict__ object until one is asked for");
    cr_assert_eq(((rt_type *)C)->basicsize, (intptr_t)sizeof(rt_instance),
                 "attribute storage is one pointer: no separate values pointer");
    RT_DECREF(c);
    cr_assert_eq(rt_gc.young_count, before);
    cr_assert_eq(RT_OBJ(C)->refcnt, crefs);
    RT_DECREF(C);
    cr_assert_eq(rt_gc.young_count, before, "the class waits for a collection (its cycles)");
    /* a non-container has no gc head and is not counted */
    before = rt_gc.young_count;
    rt_object *f = F(1.0);
    cr_assert_eq(rt_gc.young_count, before);
    RT_DECREF(f);
}

Test(object, items_and_iteration)
{
    rt_object *t = rt_tuple_pack(2, RT_TRUE, RT_NONE);
    rt_object *k = I(-1);
    assert_repr(rt_getitem(t, k), "None");
    RT_DECREF(k);
    cr_assert_eq(rt_length(t), 2);
    cr_assert_eq(rt_contains(t, RT_NONE), 1);
    rt_object *x = I(0);
    assert_raises(rt_setitem(t, x, x) == 0 ? RT_NONE : NULL, &rt_exc_TypeError,
                  "'tuple' object does not support item assignment");
    RT_DECREF(x);
    rt_object *it = rt_get_iter(t);
    assert_repr(rt_iter_next(it), "True");
    assert_repr(rt_iter_next(it), "None");
    cr_assert_null(rt_iter_next(it));
    cr_assert_null(rt_err_occurred());
    RT_DECREF(it);
    RT_DECREF(t);
}

Test(object, heap_subclasses_of_int_float_and_exceptions)
{
    rt_object *MyInt = new_class("MyInt", &rt_int_type, NULL);
    rt_object *MyFloat = new_class("MyFloat", &rt_float_type, NULL);
    rt_object *n = I(41), *f = F(0.5);
    rt_object *a = call1(MyInt, n), *b = call1(MyFloat, f);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_eq(a->type, (rt_type *)MyInt);
    cr_assert(rt_int_check(a) && rt_float_check(b));
    assert_repr(rt_newref(a), "41");
    assert_repr(rt_newref(b), "0.5");
    assert_repr(rt_number_binop(a, RT_TRUE, RT_NB_ADD), "42");
    assert_repr(rt_number_binop(a, b, RT_NB_ADD), "41.5");
    assert_repr(rt_number_binop(b, b, RT_NB_MUL), "0.25");
    cr_assert_eq(rt_hash(a), 41);
    /* instances of heap subclasses get a __dict__ */
    cr_assert_eq(rt_setattr_str(a, "tag", n), 0);
    assert_repr(rt_getattr_str(a, "tag"), "41");
    assert_repr(rt_call_method(a, "bit_length", NULL, 0), "6");
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(n); RT_DECREF(f);
    RT_DECREF(MyInt); RT_DECREF(MyFloat);
}

static int count_visit(rt_object *o, void *arg)
{
    (void)o;
    (*(int *)arg)++;
    return 0;
}

Test(object, slots)
{
    rt_object *x = S("x"), *y = S("y"), *one = I(1);
    rt_object *names = rt_tuple_pack(2, x, y);
    rt_object *A = rt_type_new_heap_slots("A", NULL, NULL, names, false, false);
    cr_assert_not_null(A);
    cr_assert_eq(((rt_type *)A)->basicsize, (intptr_t)(sizeof(rt_object) + 2 * sizeof(rt_object *)));
    rt_object *a = rt_call_vector(A, NULL, 0);
    /* messages printed by python3 for the same class */
    assert_raises(rt_getattr(a, x), &rt_exc_AttributeError, "'A' object has no attribute 'x'");
    cr_assert_eq(rt_setattr(a, x, one), 0);
    assert_repr(rt_getattr(a, x), "1");
    cr_assert_eq(rt_setattr_str(a, "z", one), -1);
    char b[100];
    cr_assert_str_eq(err_text(b, sizeof b), "'A' object has no attribute 'z'");
    rt_err_clear();
    cr_assert_eq(rt_delattr(a, y), -1);
    cr_assert_str_eq(err_text(b, sizeof b), "y");
    rt_err_clear();
    assert_repr(rt_getattr(A, x), "<member 'x' of 'A' objects>");
    assert_raises(rt_weakref_new(a, NULL), &rt_exc_TypeError, "cannot create weak reference to 'A' object");
    assert_raises(rt_getattr_str(a, "__dict__"), &rt_exc_AttributeError, "'A' object has no attribute '__dict__'");
    /* traverse sees the class and the set slot; clear drops it */
    int n = 0;
    ((rt_type *)A)->traverse(a, count_visit, &n);
    cr_assert_eq(n, 2);
    intptr_t before = one->refcnt;
    ((rt_type *)A)->clear(a);
    cr_assert_eq(one->refcnt, before - 1);
    cr_assert_eq(rt_setattr(a, y, one), 0);
    /* a subclass without __slots__ gets a __dict__ and weakrefs again */
    rt_object *B = new_class("B", (rt_type *)A, NULL);
    rt_object *bo = rt_call_vector(B, NULL, 0);
    cr_assert_eq(rt_setattr(bo, x, one), 0);
    cr_assert_eq(rt_setattr_str(bo, "z", one), 0);
    assert_repr(rt_getattr_str(bo, "__dict__"), "{'z': 1}");
    rt_object *r = rt_weakref_new(bo, NULL);
    cr_assert_not_null(r);
    before = one->refcnt;
    RT_DECREF(bo);
    cr_assert_eq(one->refcnt, before - 2, "the slot and the __dict__ entry were released");
    cr_assert_null(rt_weakref_get(r));
    RT_DECREF(r);
    /* '__weakref__' among the slots */
    rt_object *W = rt_type_new_heap_slots("W", NULL, NULL, NULL, false, true);
    rt_object *w = rt_call_vector(W, NULL, 0);
    r = rt_weakref_new(w, NULL);
    cr_assert_not_null(r);
    RT_DECREF(w);
    cr_assert_null(rt_weakref_get(r));
    RT_DECREF(r); RT_DECREF(W);
    RT_DECREF(a); RT_DECREF(B); RT_DECREF(A); RT_DECREF(names);
    RT_DECREF(x); RT_DECREF(y); RT_DECREF(one);
}

/* rt_type_lookup keeps an error its caller has pending when it finds
 * nothing (it used to clear it); a hit leaves it too. */
Test(object, type_lookup_keeps_a_pending_error)
{
    rt_object *c = new_class("C", NULL, NULL);
    rt_object *missing = rt_str_intern_cstr("no_such_attribute");
    rt_object *present = rt_str_intern_cstr("__repr__");
    rt_err_set_string(&rt_exc_ValueError, "pending");
    cr_assert_null(rt_type_lookup((rt_type *)c, missing));
    cr_assert_null(rt_type_lookup(&rt_int_type, missing));
    cr_assert_not_null(rt_type_lookup((rt_type *)c, present));
    assert_raises(NULL, &rt_exc_ValueError, "pending");
    RT_DECREF(missing);
    RT_DECREF(present);
    RT_DECREF(c);
}
