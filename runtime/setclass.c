/*
 * setclass.c -- obj.__class__ = C: moving an instance to another class of
 * the same layout, with CPython 3.11's rules (object_set_class,
 * compatible_for_assignment) and messages.
 *
 * CPython decides compatibility on its own layout numbers (tp_basicsize,
 * tp_dictoffset, tp_weaklistoffset, the managed-dict flag, ht_slots); ours
 * differ (a slotted class keeps the room of the __dict__ and weakref
 * pointers it dropped, a static int is not variable-size, exceptions have a
 * weakref list), so the rules run on the numbers CPython would have for
 * the same classes (cp_layout), and our own layouts must then agree as
 * well: an instance never changes to a class that reads its memory
 * differently.
 *
 * Invariants: an instance whose class keeps inline values (instattr.h)
 * has its values block turned into a dict before the switch (a block is
 * indexed by its class's shared keys); the instance holds one reference
 * to its class, so the new class is increfed and the old one decrefed, in
 * that order; the caches keyed on a type's version tag (the VM's
 * attribute caches) see another type, hence miss.
 */
#include <string.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/instattr.h"

#define PTR ((intptr_t)sizeof(rt_object *))

typedef struct cp_layout {
    intptr_t size, itemsize, dictoffset, weakoffset;
    bool managed;   /* Py_TPFLAGS_MANAGED_DICT */
    bool gc;
} cp_layout;

static bool is_heap(const rt_type *t) { return (t->flags & RT_TPFLAGS_HEAPTYPE) != 0; }

/* Does t's own __slots__ (a str, tuple or list, as given) list name? */
static bool slots_list(rt_type *t, const char *name)
{
    rt_object *s = rt_dict_getitem_str(t->dict, "__slots__");
    if (!s)
        return false;
    if (rt_str_check(s))
        return rt_str_eq_cstr(s, name);
    rt_object *const *v = rt_tuple_check(s) ? RT_TUPLE_ITEMS(s) : rt_list_check(s) ? RT_LIST_ITEMS(s) : NULL;
    for (intptr_t i = 0; v && i < RT_SIZE(s); i++)
        if (rt_str_check(v[i]) && rt_str_eq_cstr(v[i], name))
            return true;
    return false;
}

/* The layout CPython 3.11's type_new gives t (type_new_descriptors). */
static cp_layout layout_of(rt_type *t)
{
    if (!is_heap(t)) {
        /* int is variable-size there; BaseException has no weakref list */
        return (cp_layout){ t->basicsize, t->itemsize || (t->flags & RT_TPFLAGS_INT_SUBCLASS) ? 1 : 0,
                            t->dictoffset, (t->flags & RT_TPFLAGS_EXC_SUBCLASS) ? 0 : t->weaklistoffset, false,
                            rt_type_is_gc(t) };
    }
    cp_layout b = layout_of(t->base), l = b;
    bool declared = rt_dict_getitem_str(t->dict, "__slots__") != NULL;
    bool add_dict = t->dictoffset && !t->base->dictoffset;
    bool add_weak = (!declared || slots_list(t, "__weakref__")) && !b.weakoffset && !b.itemsize;
    l.size += t->nslots * PTR;
    if (add_dict && b.itemsize) {
        l.dictoffset = -PTR;
        l.size += PTR;
    }
    if (add_weak) {
        l.weakoffset = l.size;
        l.size += PTR;
    }
    if (add_dict && !b.itemsize) {
        l.managed = true;
        l.dictoffset = -l.size - 3 * PTR;
    }
    l.gc = true;   /* every heap type is a container in 3.11 */
    return l;
}

/* CPython's compatible_with_tp_base: child adds nothing to its base's
 * layout. */
static bool same_as_base(rt_type *child)
{
    rt_type *parent = child->base;
    if (!parent)
        return false;
    cp_layout c = layout_of(child), p = layout_of(parent);
    return c.size == p.size && c.itemsize == p.itemsize && c.dictoffset == p.dictoffset
        && c.weakoffset == p.weakoffset && c.gc == p.gc && (is_heap(child) || child->dealloc == parent->dealloc);
}

/* The name of t's own slot member at offset off, borrowed (or NULL). */
static rt_object *slot_name_at(rt_type *t, intptr_t off)
{
    intptr_t pos = 0;
    rt_object *k, *v;
    rt_type *owner;
    while (rt_dict_next(t->dict, &pos, &k, &v))
        if (rt_member_info(v, &owner) == off && owner == t)
            return k;
    return NULL;
}

/* CPython's same_slots_added: a and b (sharing a base) add the same. */
static bool same_slots_added(rt_type *a, rt_type *b)
{
    cp_layout la = layout_of(a), lb = layout_of(b);
    intptr_t size = layout_of(a->base).size;
    if (la.dictoffset == size && lb.dictoffset == size)
        size += PTR;
    if (la.weakoffset == size && lb.weakoffset == size)
        size += PTR;
    if (!is_heap(a) || !is_heap(b))
        return false;
    if (rt_dict_getitem_str(a->dict, "__slots__") && rt_dict_getitem_str(b->dict, "__slots__")) {
        if (a->nslots != b->nslots)
            return false;
        for (intptr_t i = 0; i < a->nslots; i++) {
            rt_object *na = slot_name_at(a, a->slotsoffset + i * PTR);
            rt_object *nb = slot_name_at(b, b->slotsoffset + i * PTR);
            if (!na || !nb || !rt_str_eq(na, nb))
                return false;
        }
        size += a->nslots * PTR;
    }
    return size == la.size && size == lb.size;
}

static rt_type *static_base(rt_type *t)
{
    while (is_heap(t))
        t = t->base;
    return t;
}

/* Our own layouts agree: same memory, storage and slot offsets. */
static bool same_memory(rt_type *a, rt_type *b)
{
    const unsigned long kinds = RT_TPFLAGS_INLINE_VALUES | RT_TPFLAGS_GC;
    return a->basicsize == b->basicsize && a->itemsize == b->itemsize && a->dictoffset == b->dictoffset
        && a->weaklistoffset == b->weaklistoffset && (a->flags & kinds) == (b->flags & kinds)
        && static_base(a) == static_base(b);
}

static bool compatible(rt_type *oldto, rt_type *newto)
{
    rt_type *newbase = newto, *oldbase = oldto;
    while (same_as_base(newbase))
        newbase = newbase->base;
    while (same_as_base(oldbase))
        oldbase = oldbase->base;
    if (newbase != oldbase && (newbase->base != oldbase->base || !same_slots_added(newbase, oldbase)))
        return false;
    return layout_of(oldto).managed == layout_of(newto).managed && same_memory(oldto, newto);
}

int rt_object_set_class(rt_object *self, rt_object *value, void *closure)
{
    (void)closure;
    if (!value) {
        rt_err_set_string(&rt_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!rt_type_check(value)) {
        rt_err_format(&rt_exc_TypeError, "__class__ must be set to a class, not '%s' object", rt_type_name(value));
        return -1;
    }
    rt_type *oldto = RT_TYPE(self), *newto = (rt_type *)value;
    if (!is_heap(oldto) || !is_heap(newto)) {
        rt_err_set_string(&rt_exc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible(oldto, newto)) {
        rt_err_format(&rt_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", newto->name,
                      oldto->name);
        return -1;
    }
    if ((oldto->flags & RT_TPFLAGS_INLINE_VALUES) && !rt_instattr_dict(self))
        return -1;
    rt_incref(RT_OBJ(newto));
    self->type = newto;
    rt_decref(RT_OBJ(oldto));
    return 0;
}
