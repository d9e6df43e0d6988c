/*
 * instattr.h -- instance attribute storage: the one mechanism behind every
 * object's __dict__ slot (the pointer at type->dictoffset).
 *
 * Instances of classes keep their attributes as CPython 3.11 does (PEP 412
 * "split keys" plus 3.11's lazily materialised __dict__): the class owns an
 * append-only table of attribute names (its shared keys), and each instance
 * keeps a values block -- plain memory, not an object -- holding one value
 * per shared-key index and the instance's own insertion order.  A real
 * dict is built only when one is asked for (obj.__dict__), assigned
 * (obj.__dict__ = d), or needed because the name is not an exact str or the
 * class's table is full; from then on that instance uses the dict.  Types
 * without RT_TPFLAGS_INLINE_VALUES (exceptions, functions) always use a
 * dict, created on the first store.
 *
 * Everything that reads or writes instance attributes goes through this
 * header (generic getattr/setattr/delattr, the VM's LOAD_ATTR/STORE_ATTR/
 * LOAD_METHOD fast paths, the __dict__ descriptor, the instance traverse,
 * clear and dealloc slots); nothing else may read the __dict__ slot, which
 * holds NULL, a dict, or a tagged values block.
 *
 * Invariants:
 *   - a values block is indexed by the shared keys of o's type (an
 *     instance changes class only by a __class__ assignment, which turns
 *     the block into a dict first: setclass.c); its order array lists exactly the indexes whose
 *     value is non-NULL, oldest store first;
 *   - shared keys are interned exact strs, one reference each (interned
 *     strs are mortal: the table keeps each alive, so identity holds), at
 *     most RT_SHARED_KEYS_MAX of them, never removed or reordered;
 *   - a name is in an instance's storage at most once: either in its values
 *     block or, once materialised, in its dict -- never both.
 */
#ifndef GCLAB_RUNTIME_INSTATTR_H
#define GCLAB_RUNTIME_INSTATTR_H

#include "runtime/object.h"

/* CPython's SHARED_KEYS_MAX_SIZE: classes whose instances carry more
 * distinct attribute names are dict-like anyway, and an index then still
 * fits the one-byte order array of a values block. */
#define RT_SHARED_KEYS_MAX 30

/* A class's shared keys, public only for the inline functions below; the
 * table belongs to instattr.c. */
struct rt_sharedkeys {
    intptr_t nkeys;
    rt_object *keys[RT_SHARED_KEYS_MAX];   /* interned str, one reference each */
};
/* The values block's head, public only for the cycle collector's inlined
 * traverse (rt_instattr_traverse_inline); the rest of its layout and every
 * use of it belong to instattr.c.  The storage slot holds it tagged with
 * RT_INSTATTR_VALUES_TAG. */
typedef struct rt_instattr_values_block {
    uint8_t capacity;
    uint8_t used;              /* entries in the order array */
    rt_object *values[];
} rt_instattr_values_block;
#define RT_INSTATTR_VALUES_TAG ((uintptr_t)1)

/* The storage slot of o (whose type has one).  A negative dictoffset
 * counts from the end of a variable-size instance (a tuple subclass's,
 * after its items). */
static inline rt_object **rt_instattr_slot_of(rt_object *o)
{
    return rt_tail_slot(o, o->type->dictoffset);
}

/* The walk of rt_instattr_traverse_inline below over the storage slot's
 * value s (a tagged values block, a dict or NULL). */
static inline __attribute__((always_inline)) void rt_instattr_traverse_slot_inline(rt_object *s,
                                                                                 rt_visitproc visit, void *arg)
{
    if ((uintptr_t)s & RT_INSTATTR_VALUES_TAG) {
        rt_instattr_values_block *v = (rt_instattr_values_block *)((uintptr_t)s & ~RT_INSTATTR_VALUES_TAG);
        for (intptr_t i = 0; i < v->capacity; i++)
            if (v->values[i])
                visit(v->values[i], arg);
    } else if (s) {
        visit(s, arg);
    }
}

/* rt_instattr_traverse, for a caller that inlines its visitor (one that
 * always returns 0: the walk does not stop): the storage of o (which must
 * have some) through visit, in the same order. */
static inline __attribute__((always_inline)) void rt_instattr_traverse_inline(rt_object *o, rt_visitproc visit,
                                                                            void *arg)
{
    rt_instattr_traverse_slot_inline(*rt_instattr_slot_of(o), visit, arg);
}

/* rt_instance_traverse (type.c) for a collector that inlines its visitor,
 * in the same order: the __slots__ of every heap level, the attribute
 * storage a heap level added, the class, then the static base's own
 * traverse slot, called with base_visit (a function the slot can call
 * through its pointer; visit itself may be an inline one).  One walk for
 * the cycle collector and marksweep, which mark most of a heap's
 * containers here. */
static inline __attribute__((always_inline)) void rt_instance_traverse_inline(rt_object *o, rt_visitproc visit,
                                                                            rt_visitproc base_visit, void *arg)
{
    rt_type *t = o->type, *sb = t;
    if (t->flags & RT_TPFLAGS_PLAIN_INSTANCE) {
        /* No slots, object as the static base: the storage and the class. */
        rt_instattr_traverse_slot_inline(*(rt_object **)((char *)o + t->dictoffset), visit, arg);
        visit(RT_OBJ(t), arg);
        return;
    }
    for (; sb->flags & RT_TPFLAGS_HEAPTYPE; sb = sb->base) {
        rt_object **slots = (rt_object **)((char *)o + sb->slotsoffset);
        for (intptr_t i = 0; i < sb->nslots; i++)
            if (slots[i])
                visit(slots[i], arg);
    }
    if (t->dictoffset && t->dictoffset != sb->dictoffset)
        rt_instattr_traverse_inline(o, visit, arg);
    visit(RT_OBJ(t), arg);
    if (sb->traverse)
        sb->traverse(o, base_visit, arg);
}

/* Does o have attribute storage (a __dict__ slot) at all?  rt_instattr_get,
 * _next, _is_dict and the __dict__ getset accept any object; the other
 * functions below require storage. */
static inline bool rt_instattr_has(rt_object *o) { return o->type->dictoffset != 0; }

/* The value stored under name (borrowed), or NULL: absent (no exception)
 * or an error (exception set: only a materialised dict whose keys compare
 * by __eq__ can fail).  NULL for objects without storage. */
rt_object *rt_instattr_get(rt_object *o, rt_object *name);
/* Store value (borrowed) under name; o must have storage.  0 / -1. */
int rt_instattr_set(rt_object *o, rt_object *name, rt_object *value);
/* For the VM's specialised attribute instructions, which remember a
 * shared-key index per instruction while o's type keeps its version tag
 * (the index of a name in a class's keys never changes):
 * rt_instattr_index: the index of the interned name among the shared keys
 * of o's type, or -1 (no inline values, or not a shared key yet);
 * rt_instattr_value_at: the value (borrowed) at index ix of o's values
 * block, NULL if unset or o's storage is a dict (o's type must have
 * RT_TPFLAGS_INLINE_VALUES, as rt_instattr_index >= 0 says); rt_instattr_store_at: store value (borrowed) there (making
 * or growing the values block as a generic store would): 1, or 0 without
 * storing when o's storage is a dict, -1 + exception (no memory). */
intptr_t rt_instattr_index(rt_object *o, rt_object *name);
int rt_instattr_store_at_slow(rt_object *o, intptr_t ix, rt_object *value);
/* Inline: the hit of every quickened attribute instruction (a call is a
 * fifth of a load's instructions).  The slot is at the type's fixed
 * dictoffset (RT_TPFLAGS_INLINE_VALUES). */
static inline rt_object *rt_instattr_value_at(rt_object *o, intptr_t ix)
{
    rt_object *s = *(rt_object **)((char *)o + o->type->dictoffset);
    if (!((uintptr_t)s & RT_INSTATTR_VALUES_TAG))
        return NULL;
    rt_instattr_values_block *v = (rt_instattr_values_block *)((uintptr_t)s & ~RT_INSTATTR_VALUES_TAG);
    return ix < v->capacity ? v->values[ix] : NULL;
}
/* A store into an existing values block is inline; making or growing the
 * block and a dict's storage go to rt_instattr_store_at_slow. */
static inline int rt_instattr_store_at(rt_object *o, intptr_t ix, rt_object *value)
{
    rt_object *s = *(rt_object **)((char *)o + o->type->dictoffset);
    rt_instattr_values_block *v = (rt_instattr_values_block *)((uintptr_t)s & ~RT_INSTATTR_VALUES_TAG);
    if (((uintptr_t)s & RT_INSTATTR_VALUES_TAG) && ix < v->capacity) {
        rt_object *old = v->values[ix];
        v->values[ix] = rt_newref(value);
        if (old)
            rt_decref(old);   /* last: may run code that changes the storage */
        else   /* the order array after the values (instattr.c) */
            ((uint8_t *)(v->values + v->capacity))[v->used++] = (uint8_t)ix;
        return 1;
    }
    return rt_instattr_store_at_slow(o, ix, value);
}
/* For the VM's quickened method loads, which remember that a name was
 * not among the nkeys shared keys of o's type (so o's attributes could not
 * hide the class's function): the count of a type's shared keys; and
 * whether o still cannot hide it -- no storage, or a values block while
 * the keys are still those nkeys (they only grow). */
static inline intptr_t rt_instattr_nkeys(const rt_type *t)
{
    return t->cached_keys ? t->cached_keys->nkeys : 0;
}
static inline bool rt_instattr_keys_unchanged(rt_object *o, intptr_t nkeys)
{
    if (!o->type->dictoffset)
        return true;
    rt_object *s = *rt_instattr_slot_of(o);
    if (s && !((uintptr_t)s & RT_INSTATTR_VALUES_TAG))
        return false;
    return rt_instattr_nkeys(o->type) == nkeys;
}
/* Remove name: 0 removed, 1 absent (no exception), -1 error. */
int rt_instattr_del(rt_object *o, rt_object *name);
/* Walk the attributes in insertion order: *pos starts at 0; returns 1 with
 * borrowed *name and *value, 0 at the end.  The storage must not change
 * during the walk. */
int rt_instattr_next(rt_object *o, intptr_t *pos, rt_object **name, rt_object **value);
/* o's __dict__ (borrowed), materialised from the values block when o has
 * none yet; the same dict on every later call.  NULL + exception. */
rt_object *rt_instattr_dict(rt_object *o);
/* Has o's storage become a real dict (materialised or assigned)? */
bool rt_instattr_is_dict(rt_object *o);
/* obj.__dict__ = dict (a dict, borrowed): the values block, if any, is
 * dropped.  0 / -1. */
int rt_instattr_set_dict(rt_object *o, rt_object *dict);

/* The __dict__ attribute, as getset functions: reading materialises the
 * dict; assigning takes a dict (TypeError otherwise); deleting empties the
 * storage (a new empty dict on the next read), unless the closure is
 * RT_INSTATTR_DICT_UNDELETABLE (exceptions: TypeError, as in CPython). */
#define RT_INSTATTR_DICT_UNDELETABLE ((void *)1)
rt_object *rt_instattr_dict_getter(rt_object *self, void *closure);
int rt_instattr_dict_setter(rt_object *self, rt_object *value, void *closure);

/* For the type slots of objects with storage (type.c): visit every value
 * (or the dict), and drop them all, leaving o with empty storage. */
int rt_instattr_traverse(rt_object *o, rt_visitproc visit, void *arg);
void rt_instattr_clear(rt_object *o);
/* Free a type's shared keys (heap type dealloc). */
void rt_instattr_type_fini(rt_type *t);

#endif
