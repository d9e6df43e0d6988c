/*
 * union.c -- types.UnionType: the value of `int | str` (PEP 604), as
 * CPython 3.11's Objects/unionobject.c behaves.
 *
 * `X | Y` reaches union_or through the nb_or slot of type (a class on
 * either side) or of a union.  Both operands must be "unionable": None, a
 * class, a union, or one of typing's TypeVar / _SpecialForm / NewType
 * objects (recognised by their type's name and module, as CPython does, so
 * a Python-written typing module takes part); otherwise NotImplemented,
 * and the other operand's `__ror__` or the TypeError follow.
 *
 * Invariants: a union's args is a tuple of at least two distinct (by
 * identity) items, flattened (no union inside) and with None replaced by
 * NoneType; `X | X` is X itself.  The tuples made on the way are the ones
 * CPython makes (the packed pair, the flattened tuple, the deduplicated
 * one), so gc.get_count() moves as there.  isinstance/issubclass treat a
 * union as the tuple of its args (vm/builtins_ext.c).  A union holds only
 * its args (and the lazily made __parameters__), so it is a GC container
 * whose traverse visits those two.
 */
#include <string.h>
#include "vm/eval.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/set.h"
#include "runtime/list.h"
#include "runtime/int.h"
#include "vm/func.h"

typedef struct {
    RT_OBJECT_HEAD
    rt_object *args;         /* tuple, never NULL */
    rt_object *parameters;   /* tuple, made at the first __parameters__ read */
} vm_union;

rt_type vm_union_type;

bool vm_union_check(rt_object *o) { return RT_TYPE(o) == &vm_union_type; }

rt_object *vm_union_args(rt_object *u) { return ((vm_union *)u)->args; }

/* o's type is named name and lives in the typing module (CPython's
 * is_typing_name): 1, 0, or -1 with an error. */
static int is_typing_name(rt_object *o, const char *name)
{
    const char *tn = RT_TYPE(o)->name, *dot = strrchr(tn, '.');
    if (strcmp(dot ? dot + 1 : tn, name) != 0)
        return 0;
    rt_object *mod = rt_getattr_str(RT_OBJ(RT_TYPE(o)), "__module__");
    if (!mod) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return -1;
        rt_err_clear();
        return 0;
    }
    int r = rt_str_check(mod) && rt_str_eq_cstr(mod, "typing");
    rt_decref(mod);
    return r;
}

/* 1 when o may stand in a union, 0 when not, -1 on error. */
static int is_unionable(rt_object *o)
{
    if (o == RT_NONE || rt_isinstance_type(o, &rt_type_type) || vm_union_check(o)
        || vm_genericalias_check(o))
        return 1;
    int r = is_typing_name(o, "TypeVar");
    if (!r)
        r = is_typing_name(o, "_SpecialForm");
    if (!r && vm_function_check(o)) {   /* typing.NewType in 3.11 is a function */
        rt_object *mod = rt_getattr_str(o, "__module__");
        if (!mod)
            return -1;
        r = rt_str_check(mod) && rt_str_eq_cstr(mod, "typing");
        rt_decref(mod);
    }
    return r;
}

/* The args of a union made from items: unions spliced in, None as
 * NoneType, duplicates (by identity) dropped, first occurrence kept. */
static rt_object *dedup_and_flatten(rt_object *items)
{
    intptr_t n = RT_SIZE(items), total = 0;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *it = RT_TUPLE_GET_ITEM(items, i);
        total += vm_union_check(it) ? RT_SIZE(((vm_union *)it)->args) : 1;
    }
    rt_object *flat = rt_tuple_new(total);
    if (!flat)
        return NULL;
    intptr_t pos = 0;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *it = RT_TUPLE_GET_ITEM(items, i);
        if (vm_union_check(it)) {
            rt_object *inner = ((vm_union *)it)->args;
            for (intptr_t j = 0; j < RT_SIZE(inner); j++)
                RT_TUPLE_SET_ITEM(flat, pos++, rt_newref(RT_TUPLE_GET_ITEM(inner, j)));
        } else {
            RT_TUPLE_SET_ITEM(flat, pos++, rt_newref(it == RT_NONE ? RT_OBJ(&rt_none_type) : it));
        }
    }
    rt_object *uniq = rt_tuple_new(total);
    if (!uniq) {
        rt_decref(flat);
        return NULL;
    }
    intptr_t kept = 0;
    for (intptr_t i = 0; i < total; i++) {
        rt_object *it = RT_TUPLE_GET_ITEM(flat, i);
        bool dup = false;
        for (intptr_t j = 0; j < kept && !dup; j++)
            dup = RT_TUPLE_GET_ITEM(uniq, j) == it;
        if (!dup)
            RT_TUPLE_SET_ITEM(uniq, kept++, rt_newref(it));
    }
    rt_decref(flat);
    if (kept < total) {
        /* CPython shrinks the tuple in place (_PyTuple_Resize); gclab has
         * no in-place resize, so the kept prefix is copied: with a
         * duplicate among the operands (`int | int | str`) the copy may
         * move gc.get_count() by one more than CPython's. */
        rt_object *copy = rt_tuple_from_array(&RT_TUPLE_GET_ITEM(uniq, 0), kept);
        rt_decref(uniq);
        uniq = copy;
    }
    return uniq;
}

static rt_object *make_union(rt_object *items)
{
    rt_object *args = dedup_and_flatten(items);
    if (!args)
        return NULL;
    if (RT_SIZE(args) == 1) {
        rt_object *only = rt_newref(RT_TUPLE_GET_ITEM(args, 0));
        rt_decref(args);
        return only;
    }
    vm_union *u = (vm_union *)rt_object_new(&vm_union_type);
    if (!u) {
        rt_decref(args);
        return NULL;
    }
    u->args = args;
    u->parameters = NULL;
    rt_gc_track(RT_OBJ(u));
    return RT_OBJ(u);
}

rt_object *vm_union_or(rt_object *a, rt_object *b)
{
    int r = is_unionable(a);
    if (r > 0)
        r = is_unionable(b);
    if (r < 0)
        return NULL;
    if (!r)
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *pair = rt_tuple_pack(2, a, b);
    if (!pair)
        return NULL;
    rt_object *u = make_union(pair);
    rt_decref(pair);
    return u;
}

/* ---- the type's slots ------------------------------------------------------ */

static int union_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_union *u = (vm_union *)o;
    RT_VISIT(u->args);
    RT_VISIT(u->parameters);
    return 0;
}

static void union_dealloc(rt_object *o)
{
    vm_union *u = (vm_union *)o;
    rt_gc_untrack(o);
    rt_xdecref(u->args);
    rt_xdecref(u->parameters);
    rt_object_free(o);
}

/* Order does not matter: the hash of the frozenset of the args. */
static intptr_t union_hash(rt_object *o)
{
    rt_object *fs = rt_set_new(((vm_union *)o)->args, true);
    if (!fs)
        return -1;
    intptr_t h = rt_hash(fs);
    rt_decref(fs);
    return h;
}

/* Equal when the args are equal as sets (int | str == str | int). */
static rt_object *union_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!vm_union_check(b) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *sa = rt_set_new(((vm_union *)a)->args, false);
    rt_object *sb = sa ? rt_set_new(((vm_union *)b)->args, false) : NULL;
    rt_object *r = sb ? rt_richcompare(sa, sb, op) : NULL;
    rt_xdecref(sa);
    rt_xdecref(sb);
    return r;
}

/* One item of the repr: NoneType as None (in a union), a generic alias
 * by its repr, a class as module.qualname (the module left out for
 * builtins), anything else by its repr.  Shared with genericalias.c,
 * which prints NoneType by name (`dict[str, NoneType]`). */
rt_object *vm_union_repr_item(rt_object *p, bool none_as_none)
{
    if (none_as_none && p == RT_OBJ(&rt_none_type))
        return rt_str_from_cstr("None");
    const char *probe[] = { "__origin__", "__args__", "__qualname__", "__module__" };
    rt_object *got[4] = { NULL, NULL, NULL, NULL };
    rt_object *r = NULL;
    for (int i = 0; i < 4; i++) {
        got[i] = rt_getattr_str(p, probe[i]);
        if (!got[i]) {
            if (!rt_err_matches(&rt_exc_AttributeError))
                goto out;
            rt_err_clear();
        }
        if (i == 1 && got[0] && got[1])
            break;   /* looks like a generic alias: its repr */
        if (i == 1) {
            rt_xdecref(got[0]);
            rt_xdecref(got[1]);
            got[0] = got[1] = NULL;
        }
    }
    if (!got[0] && got[2] && got[3] && got[3] != RT_NONE) {
        if (rt_str_check(got[3]) && rt_str_eq_cstr(got[3], "builtins"))
            r = rt_str(got[2]);
        else
            r = rt_str_from_format("%S.%S", got[3], got[2]);
    } else {
        r = rt_repr(p);
    }
out:
    for (int i = 0; i < 4; i++)
        rt_xdecref(got[i]);
    return r;
}

static rt_object *union_repr(rt_object *o)
{
    rt_object *args = ((vm_union *)o)->args;
    rt_object *parts = rt_tuple_new(RT_SIZE(args));
    if (!parts)
        return NULL;
    for (intptr_t i = 0; i < RT_SIZE(args); i++) {
        rt_object *s = vm_union_repr_item(RT_TUPLE_GET_ITEM(args, i), true);
        if (!s) {
            rt_decref(parts);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(parts, i, s);
    }
    rt_object *sep = rt_str_from_cstr(" | ");
    rt_object *r = sep ? rt_str_join(sep, parts) : NULL;
    rt_xdecref(sep);
    rt_decref(parts);
    return r;
}

static rt_object *get_args(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((vm_union *)o)->args);
}

/* The type variables among args, and those of generic args, in order
 * of first appearance (CPython's _Py_make_parameters): a tuple.  A type
 * variable is what has __typing_subst__, or a typing TypeVar (the
 * subset's typing module has no __typing_subst__).  Shared with
 * genericalias.c. */
rt_object *vm_typing_parameters(rt_object *args)
{
    rt_object *found = rt_list_new(0);
    if (!found)
        return NULL;
    for (intptr_t i = 0; i < RT_SIZE(args); i++) {
        rt_object *a = RT_TUPLE_GET_ITEM(args, i);
        int tv = is_typing_name(a, "TypeVar");
        if (tv < 0)
            goto fail;
        rt_object *subst = tv ? NULL : rt_getattr_str(a, "__typing_subst__");
        rt_object *add = NULL;
        if (tv || subst) {
            rt_xdecref(subst);
            add = rt_tuple_pack(1, a);
        } else if (rt_err_matches(&rt_exc_AttributeError)) {
            rt_err_clear();
            if (rt_isinstance_type(a, &rt_type_type))
                continue;
            add = rt_getattr_str(a, "__parameters__");
            if (!add && rt_err_matches(&rt_exc_AttributeError)) {
                rt_err_clear();
                continue;
            }
            if (add && !rt_tuple_check(add)) {
                rt_decref(add);
                continue;
            }
        }
        if (!add)
            goto fail;
        for (intptr_t j = 0; j < RT_SIZE(add); j++) {
            int has = rt_contains(found, RT_TUPLE_GET_ITEM(add, j));
            if (has < 0 || (!has && rt_list_append(found, RT_TUPLE_GET_ITEM(add, j)) < 0)) {
                rt_decref(add);
                goto fail;
            }
        }
        rt_decref(add);
    }
    rt_object *r = rt_tuple_from_iterable(found);
    rt_decref(found);
    return r;
fail:
    rt_decref(found);
    return NULL;
}

static rt_object *get_parameters(rt_object *o, void *c)
{
    (void)c;
    vm_union *u = (vm_union *)o;
    if (!u->parameters && !(u->parameters = vm_typing_parameters(u->args)))
        return NULL;
    return rt_newref(u->parameters);
}

RT_NOSCAN static rt_getset_def union_getsets[] = {
    { "__args__", get_args, NULL, NULL },
    { "__parameters__", get_parameters, NULL, "Type variables in the types.UnionType." },
    { NULL, NULL, NULL, NULL },
};

static rt_number_methods union_as_number = { .or_ = vm_union_or };

RT_NOSCAN_TYPE rt_type vm_union_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "types.UnionType",
    .basicsize = sizeof(vm_union),
    .flags = RT_TPFLAGS_GC,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .as_number = &union_as_number,
    .getsets = union_getsets,
    .base = &rt_object_type,
};

int vm_union_init(void)
{
    rt_type_or_hook = vm_union_or;
    return rt_type_ready(&vm_union_type);
}
