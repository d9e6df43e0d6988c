/*
 * object.h -- the object header, type descriptors and reference counting.
 *
 * Every object starts with an rt_object: a reference count and a type
 * pointer, as in CPython.  Objects whose type has RT_TPFLAGS_GC ("containers")
 * carry an rt_gchead (two words, see gchead.h) *before* the object; any
 * collector may use it to link, mark or count them.  Per-object overhead is
 * therefore 16 bytes for atomic objects and 32 bytes for containers, the
 * same as CPython 3.11 on a 64-bit machine.
 *
 * Conventions follow CPython's C API so that anyone who knows it can read
 * ours:
 *   - a function returning rt_object * returns a NEW reference, or NULL with
 *     an exception set (error.h), unless its comment says "borrowed";
 *   - a function returning int returns 0 on success and -1 with an
 *     exception set on failure (predicates: 1 true, 0 false, -1 error);
 *   - "steals" in a comment means the callee takes over a reference.
 *
 * Invariants kept here:
 *   - refcnt > 0 for every live object; the type's dealloc runs exactly once,
 *     when the count drops to zero (rt_decref);
 *   - singletons (None, True, False, small ints, the empty tuple, interned
 *     strings) are never deallocated: they start with RT_IMMORTAL_REFCNT.
 *   - under the tracing collectors (boehm, marksweep) every object starts
 *     with RT_IMMORTAL_REFCNT too, so rt_decref never reaches zero: the
 *     refcounting collectors pay nothing for that switch (no flag is tested
 *     on the hot path).
 */
#ifndef GCLAB_RUNTIME_OBJECT_H
#define GCLAB_RUNTIME_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "runtime/check.h"
#include "runtime/noscan.h"

typedef struct rt_type rt_type;

typedef struct rt_object {
    intptr_t refcnt;
    rt_type *type;
} rt_object;

/* Objects with a length (tuple, str, int digits if ever...). */
typedef struct rt_varobject {
    rt_object ob_base;
    intptr_t size;
} rt_varobject;

#define RT_OBJECT_HEAD    rt_object ob_base;
#define RT_VAROBJECT_HEAD rt_varobject ob_base;

#define RT_OBJ(o)   ((rt_object *)(o))
#define RT_TYPE(o)  (RT_OBJ(o)->type)
#define RT_SIZE(o)  (((rt_varobject *)(o))->size)

/* Large enough never to reach zero by decrements in a run, small enough that
 * increments never overflow. */
#define RT_IMMORTAL_REFCNT ((intptr_t)1 << 60)

/* ---- type slots ------------------------------------------------------- */

typedef int (*rt_visitproc)(rt_object *child, void *arg);
/* Calls visit on every object reference the object holds; stops and returns
 * the first non-zero result of visit.  The one child-visitor of a type:
 * every collector pass reuses it. */
typedef int (*rt_traverseproc)(rt_object *self, rt_visitproc visit, void *arg);
/* Drops the references the object holds (breaks cycles); the object stays
 * valid memory until its refcount reaches zero. */
typedef int (*rt_inquiry)(rt_object *self);
typedef void (*rt_destructor)(rt_object *self);
typedef rt_object *(*rt_unaryfunc)(rt_object *);
typedef rt_object *(*rt_binaryfunc)(rt_object *, rt_object *);
typedef rt_object *(*rt_ternaryfunc)(rt_object *, rt_object *, rt_object *);
typedef int (*rt_objobjproc)(rt_object *, rt_object *);
typedef int (*rt_objobjargproc)(rt_object *, rt_object *, rt_object *);
typedef intptr_t (*rt_lenfunc)(rt_object *);
typedef intptr_t (*rt_hashfunc)(rt_object *);  /* -1 = error */
typedef rt_object *(*rt_richcmpfunc)(rt_object *, rt_object *, int op);
typedef rt_object *(*rt_getattrofunc)(rt_object *, rt_object *name);
typedef int (*rt_setattrofunc)(rt_object *, rt_object *name, rt_object *value);
typedef rt_object *(*rt_descrgetfunc)(rt_object *descr, rt_object *obj, rt_object *type);
typedef int (*rt_descrsetfunc)(rt_object *descr, rt_object *obj, rt_object *value);
/* args: a tuple; kwargs: a dict or NULL. */
typedef rt_object *(*rt_callfunc)(rt_object *callable, rt_object *args, rt_object *kwargs);
typedef rt_object *(*rt_newfunc)(rt_type *type, rt_object *args, rt_object *kwargs);
typedef int (*rt_initproc)(rt_object *self, rt_object *args, rt_object *kwargs);
/* type(*args) with positional arguments only, without an args tuple. */
typedef rt_object *(*rt_vectorcallfunc)(rt_type *type, rt_object *const *args, intptr_t nargs);

/* Rich comparison operators, numbered as CPython's Py_LT..Py_GE. */
enum { RT_LT = 0, RT_LE = 1, RT_EQ = 2, RT_NE = 3, RT_GT = 4, RT_GE = 5 };

/* Comparison op of two C scalars, the one switch every fast path uses.
 * Doubles compare as IEEE's (and float's): NaN makes all but != false. */
#define RT_SCALAR_COMPARE_BODY(op, x, y) \
    switch (op) {                        \
    case RT_LT: return (x) < (y);        \
    case RT_LE: return (x) <= (y);       \
    case RT_EQ: return (x) == (y);       \
    case RT_NE: return (x) != (y);       \
    case RT_GT: return (x) > (y);        \
    default: return (x) >= (y);          \
    }
static inline bool rt_compare_doubles(int op, double x, double y) { RT_SCALAR_COMPARE_BODY(op, x, y) }
static inline bool rt_compare_i64(int op, int64_t x, int64_t y) { RT_SCALAR_COMPARE_BODY(op, x, y) }

typedef struct rt_number_methods {
    rt_binaryfunc add, subtract, multiply, remainder, power;
    rt_binaryfunc floor_divide, true_divide;
    rt_binaryfunc lshift, rshift, and_, xor_, or_;
    rt_unaryfunc negative, positive, absolute, invert;
    rt_inquiry bool_;     /* 1, 0 or -1 */
    rt_unaryfunc int_, float_;
    rt_unaryfunc index;
    rt_binaryfunc divmod;  /* divmod(a, b), a pair; no operator of its own */
} rt_number_methods;

typedef struct rt_sequence_methods {
    rt_lenfunc length;
    rt_binaryfunc concat;
    rt_object *(*repeat)(rt_object *, intptr_t);
    rt_object *(*item)(rt_object *, intptr_t);         /* index already normalised */
    rt_objobjproc contains;                             /* 1, 0 or -1 */
} rt_sequence_methods;

typedef struct rt_mapping_methods {
    rt_lenfunc length;
    rt_binaryfunc subscript;               /* o[key], also slices */
    rt_objobjargproc ass_subscript;        /* o[key] = v; v == NULL deletes */
} rt_mapping_methods;

/* A built-in method table entry (like PyMethodDef). */
typedef rt_object *(*rt_cfunc)(rt_object *self, rt_object *const *args,
                               intptr_t nargs, rt_object *kwnames);
enum {
    RT_METH_FASTCALL = 0x1,   /* (self, args, nargs, kwnames) vector call */
    RT_METH_STATIC   = 0x2,
    RT_METH_CLASS    = 0x4,
    /* CPython's METH_VARARGS (without FASTCALL): the function still takes
     * a vector, but a call made with a vector builds the argument tuple
     * CPython's caller would (a container, counted by gc.get_count()),
     * while a call that has one (f(*t) with t a tuple, a call through
     * tp_call) passes its items: the tuple is built once, where CPython
     * builds it (gc.set_threshold, get_referents, get_referrers). */
    RT_METH_VARARGS  = 0x8,
    /* CPython's METH_VARARGS without METH_KEYWORDS (str.count, set.union):
     * a call with keywords is refused before the function runs, and the
     * message names the method as CPython does: "str.count()" through
     * the method descriptor (s.count(x=1), str.count(s, x=1)), "count()"
     * through a bound method object (f = s.count; f(x=1)). */
    RT_METH_NOKW     = 0x10,
    /* CPython's METH_VARARGS | METH_KEYWORDS (dict.update, sys.getsizeof):
     * the function still takes a vector, but around a vector call the
     * argument tuple, and with keywords the keyword dict, CPython's caller
     * builds stand in (rt_meth_call). */
    RT_METH_VARKW    = 0x20,
};
typedef struct rt_method_def {
    const char *name;
    rt_cfunc func;
    int flags;
    const char *doc;
} rt_method_def;
/* def->func(self, args, nargs, kwnames) from a vector call.  A CPython
 * METH_VARARGS method (RT_METH_NOKW: str.find, set.union...; and
 * RT_METH_VARKW) has the argument tuple (and keyword dict) CPython's
 * caller builds stand in around the call
 * (rt_tuple_varargs_take, tuple.h), so gc.get_count() and the tuple free
 * lists move as CPython's. */
rt_object *rt_meth_call_varargs(const rt_method_def *def, rt_object *self, rt_object *const *args,
                                intptr_t nargs, rt_object *kwnames);
bool rt_tuple_free_listed(intptr_t n);   /* tuple.h */
static inline rt_object *rt_meth_call(const rt_method_def *def, rt_object *self, rt_object *const *args,
                                      intptr_t nargs, rt_object *kwnames)
{
    /* The common case of a METH_VARARGS call: no keywords, and a tuple of
     * nargs items on the free list, which CPython pops and pushes back --
     * nothing to show (only a same-sized tuple made inside the call could
     * tell: here it takes that tuple, in CPython the next one). */
    if (__builtin_expect(!(def->flags & (RT_METH_NOKW | RT_METH_VARKW)), 1)
        || ((!kwnames || !RT_SIZE(kwnames)) && (nargs == 0 || rt_tuple_free_listed(nargs))))
        return def->func(self, args, nargs, kwnames);
    return rt_meth_call_varargs(def, self, args, nargs, kwnames);
}

/* Type flags. */
enum {
    RT_TPFLAGS_GC          = 1u << 0,  /* instances carry an rt_gchead */
    RT_TPFLAGS_HEAPTYPE    = 1u << 1,  /* created by a class statement */
    RT_TPFLAGS_BASETYPE    = 1u << 2,  /* may be subclassed */
    RT_TPFLAGS_READY       = 1u << 3,  /* rt_type_ready has run */
    /* instances keep attributes in a values block keyed by the type's
     * shared keys until a dict is needed (instattr.h); inherited */
    RT_TPFLAGS_INLINE_VALUES = 1u << 4,
    RT_TPFLAGS_HAS_SUBCLASS  = 1u << 5,  /* a heap type was derived from it */
    /* dealloc only untracks, drops the references the object holds and
     * gives its one block back (rt_object_free): a tracing collector's
     * sweep, for which dropping references is moot, frees it directly.
     * Set only on static types (a subclass's dealloc does more). */
    RT_TPFLAGS_PLAIN_DEALLOC = 1u << 6,
    /* a += b looks a's type up for __iadd__ and friends, as for a class
     * (a static type whose in-place forms are methods: WeakSet) */
    RT_TPFLAGS_INPLACE_METHODS = 1u << 7,
    RT_TPFLAGS_INT_SUBCLASS   = 1u << 8,
    RT_TPFLAGS_STR_SUBCLASS   = 1u << 9,
    RT_TPFLAGS_TUPLE_SUBCLASS = 1u << 10,
    RT_TPFLAGS_LIST_SUBCLASS  = 1u << 11,
    RT_TPFLAGS_DICT_SUBCLASS  = 1u << 12,
    RT_TPFLAGS_EXC_SUBCLASS   = 1u << 13,  /* BaseException and subclasses */
    RT_TPFLAGS_TYPE_SUBCLASS  = 1u << 14,
    /* weakref.ref and its subclasses: rt_weakref_check without a walk of
     * the MRO (the cycle collector asks it of every garbage object) */
    RT_TPFLAGS_WEAKREF_SUBCLASS = 1u << 15,
    /* a class whose instances are the common case: no heap level of it has
     * __slots__, its static base is object (no traverse, clear or storage
     * of its own), and its attribute storage is its own slot at a positive
     * dictoffset.  The instance slots (type.c) and the cycle collector's
     * inlined traverse then skip the walks of the base chain.  Set by
     * rt_type_set_plain_instance once the class's layout is final (it
     * never changes after); not inherited: each class is judged on its
     * own chain. */
    RT_TPFLAGS_PLAIN_INSTANCE = 1u << 16,
    /* a class of lib/ standing for one of CPython's static types
     * (collections.OrderedDict, defaultdict): its name carries the module
     * as a static type's does, so messages say "collections.OrderedDict"
     * while __name__ is the part after the dot (rt_type_set_dotted_name);
     * not inherited */
    RT_TPFLAGS_DOTTED_NAME = 1u << 17,
    /* the class's own __abstractmethods__ is set and true (CPython's
     * Py_TPFLAGS_IS_ABSTRACT): object.__new__ refuses to make an
     * instance, and the instantiation fast paths step aside */
    RT_TPFLAGS_IS_ABSTRACT = 1u << 18,
    /* set, frozenset and their subclasses (rt_anyset_check); frozenset
     * and its subclasses (rt_anyfrozenset_check) */
    RT_TPFLAGS_SET_SUBCLASS = 1u << 19,
    RT_TPFLAGS_FROZENSET_SUBCLASS = 1u << 20,
    RT_TPFLAGS_BYTES_SUBCLASS = 1u << 21,   /* bytes and its subclasses (rt_bytes_check) */
    /* what a match statement's sequence / mapping patterns accept
     * (CPython's Py_TPFLAGS_SEQUENCE / MAPPING: list, tuple, range, deque;
     * dict, mappingproxy), and the built-ins whose one positional
     * sub-pattern is the subject itself (`int(x)`: _Py_TPFLAGS_MATCH_SELF).
     * A class takes them from its base (type.c), as CPython's does */
    RT_TPFLAGS_SEQUENCE   = 1u << 22,
    RT_TPFLAGS_MAPPING    = 1u << 23,
    RT_TPFLAGS_MATCH_SELF = 1u << 24,
};

struct rt_type {
    rt_varobject ob_base;      /* types are objects; heap types are containers */
    const char *name;          /* "int", "list", a class's __name__ */
    intptr_t basicsize;        /* bytes of the object, excluding the gc head */
    intptr_t itemsize;         /* bytes per item for variable-size objects */
    unsigned long flags;

    /* Memory management slots: the only way collectors reach objects. */
    rt_destructor dealloc;     /* called once when the object dies */
    rt_traverseproc traverse;  /* required for RT_TPFLAGS_GC types */
    rt_inquiry clear;          /* breaks references held; may be NULL for immutables */
    rt_destructor finalize;    /* PEP 442 tp_finalize: runs __del__, at most once */
    intptr_t weaklistoffset;   /* offset of the rt_object * weakref list, or 0 */
    intptr_t dictoffset;       /* offset of the attribute storage slot (instattr.h), or 0 */

    /* Behaviour. */
    rt_unaryfunc repr, str;
    rt_hashfunc hash;          /* NULL: inherited; rt_hash_not_implemented: unhashable */
    rt_richcmpfunc richcompare;
    rt_unaryfunc iter;
    rt_unaryfunc iternext;     /* NULL without exception at exhaustion */
    rt_callfunc call;
    rt_getattrofunc getattro;
    rt_setattrofunc setattro;
    rt_descrgetfunc descr_get;
    rt_descrsetfunc descr_set;
    rt_number_methods *as_number;
    rt_sequence_methods *as_sequence;
    rt_mapping_methods *as_mapping;

    rt_method_def *methods;    /* built-in methods, placed in dict by rt_type_ready */
    rt_type *base;             /* single inheritance; NULL only for object */
    rt_object *dict;           /* the type's attributes (a dict) */
    rt_newfunc new_;
    rt_initproc init;
    void *vm_data;             /* for the VM's use (e.g. a class's slot tables) */
    void (*vm_data_free)(void *);  /* frees vm_data when the (heap) type dies */
    /* Added by the object core (end of struct: designated initialisers of
     * existing types are unaffected). */
    struct rt_getset_def *getsets;  /* computed attributes, placed in dict by rt_type_ready */
    /* Heap types with __slots__: this class's own slot storage, nslots
     * object pointers starting at slotsoffset (base classes' come before). */
    intptr_t slotsoffset, nslots;
    /* Weak references to this type (weakref.ref(SomeClass), a
     * WeakKeyDictionary keyed by classes), as CPython's tp_weaklist. */
    rt_object *weakreflist;
    /* RT_TPFLAGS_INLINE_VALUES: the attribute names its instances share
     * (instattr.c), NULL until the first store. */
    struct rt_sharedkeys *cached_keys;
    /* Names this type's attribute state: a new value, from one process-wide
     * counter, whenever the type is readied or its dict changes
     * (rt_type_modified), so caches keyed on (type, version_tag) never see
     * a stale or reused type (CPython's tp_version_tag). */
    uint64_t version_tag;
    /* A heap type's MRO (a tuple, the type itself first, so that a class
     * is in a reference cycle as CPython's: it dies at a collection, not
     * at del) and its bases tuple.  NULL for static types (their MRO is
     * the base chain) and for a class whose MRO a collection cleared. */
    rt_object *mro;
    rt_object *bases;
    rt_object *qualname;       /* a class's __qualname__ (str), or NULL */
    /* Calls of this exact type with positional arguments only (CPython
     * 3.11's tp_vectorcall of range, list, float, ...): no args tuple is
     * built, so no tuple allocation moves gc.get_count().  Not inherited:
     * a subclass goes through call -> new_/init with a tuple, as in
     * CPython.  NULL: always the tuple path. */
    rt_vectorcallfunc vectorcall;
    /* The heap classes that name this type as a base, in the order they
     * were made (type.__subclasses__; static subclasses are found from
     * their base field), and the types whose subclasses list this one.
     * Borrowed pointers in raw memory, kept symmetric: a type that dies
     * leaves both sides (a collection may free a base before its
     * subclass), as CPython's weak references in tp_subclasses. */
    struct rt_typelist { rt_type **v; intptr_t n, cap; } subclasses, listed_in;
    /* The basic weakref to this type that CPython 3.11 keeps in each base's
     * tp_subclasses (so weakref.getweakrefcount(C) is 1 and weakref.ref(C)
     * returns it): made when the type first gets a base (a static type
     * when readied), owned here while some base lists the type, NULL
     * otherwise.  Not shown by traverse but to the tracing collectors. */
    rt_object *subclass_ref;
    /* A heap type's tp_subclasses as CPython 3.11 keeps it: a dict
     * {id(subclass): its subclass_ref}, made at its first subclass (a
     * container, counted and listed by the gc module as CPython's).
     * Static types have none (CPython's were made at start-up); the
     * typelists above stay the lists every lookup walks.  Not shown by
     * traverse, as subclass_ref. */
    rt_object *subclass_dict;
    /* A class's sorted, mangled __slots__ names (a tuple, CPython's
     * ht_slots; vm/class.c), or NULL.  Not shown by traverse either. */
    rt_object *slot_names;
    /* A static type's slot wrappers not made yet (slotwrap.c): one bit per
     * slot it defines itself; they are made, all at once, the first time
     * anything reads its dict (rt_type_dict, rt_type_lookup).  Two
     * words: the slotdefs, the type's __new__ and its __doc__ outnumber 64. */
    uint64_t slot_wrappers_pending[2];
    /* Calls of an instance with positional arguments only, without an
     * argument tuple (CPython 3.11's tp_vectorcall_offset: itemgetter,
     * attrgetter).  Taken by rt_call_vector (and so by vm_call, sort keys,
     * map) before the tuple path; call must still be set for calls with
     * keywords or through a tuple.  Not inherited.  NULL: tuple path. */
    rt_object *(*call_vector)(rt_object *self, rt_object *const *args, intptr_t nargs);
};

static inline bool rt_slot_wrappers_pending(const rt_type *t)
{
    return (t->slot_wrappers_pending[0] | t->slot_wrappers_pending[1]) != 0;
}

/* A computed attribute (like PyGetSetDef): get returns a new reference;
 * set may be NULL (read-only); set receives value NULL for deletion. */
typedef rt_object *(*rt_getter)(rt_object *self, void *closure);
typedef int (*rt_setter)(rt_object *self, rt_object *value, void *closure);
typedef struct rt_getset_def {
    const char *name;
    rt_getter get;
    rt_setter set;
    void *closure;
} rt_getset_def;

/* ---- reference counting ----------------------------------------------- */

/* The out-of-line part of rt_decref: runs the type's dealloc.  Kept out of
 * line so that the inline fast path is two instructions. */
void rt_dealloc(rt_object *o);

static inline void rt_incref(rt_object *o) { o->refcnt++; }
static inline void rt_xincref(rt_object *o) { if (o) o->refcnt++; }
static inline void rt_decref(rt_object *o)
{
    GCLAB_ASSERT(o->refcnt > 0);   /* a reference dropped twice */
    if (--o->refcnt == 0)
        rt_dealloc(o);
}
static inline void rt_xdecref(rt_object *o) { if (o) rt_decref(o); }
static inline rt_object *rt_newref(rt_object *o) { o->refcnt++; return o; }

#define RT_INCREF(o)  rt_incref(RT_OBJ(o))
#define RT_DECREF(o)  rt_decref(RT_OBJ(o))
#define RT_XINCREF(o) rt_xincref(RT_OBJ(o))
#define RT_XDECREF(o) rt_xdecref(RT_OBJ(o))
#define RT_CLEAR(p) do { rt_object *tmp_ = RT_OBJ(p); if (tmp_) { (p) = NULL; rt_decref(tmp_); } } while (0)
#define RT_SETREF(p, v) do { rt_object *old_ = RT_OBJ(p); (p) = (v); rt_xdecref(old_); } while (0)
#define RT_VISIT(o) do { if (o) { int r_ = visit(RT_OBJ(o), arg); if (r_) return r_; } } while (0)

/* The address of the slot at offset off of o (a __dict__ or weakref-list
 * slot).  A negative offset counts back from the end of a variable-size
 * instance's items (a tuple, str or bytes subclass keeps its slots after
 * the items, since the items start at the base's fixed offset), the end
 * rounded up to a pointer so the slot is aligned after a str's bytes. */
static inline rt_object **rt_tail_slot(rt_object *o, intptr_t off)
{
    if (__builtin_expect(off < 0, 0)) {
        const rt_type *t = o->type;
        intptr_t end = t->basicsize + ((rt_varobject *)o)->size * t->itemsize;
        off += (end + (intptr_t)sizeof(rt_object *) - 1) & ~((intptr_t)sizeof(rt_object *) - 1);
    }
    return (rt_object **)((char *)o + off);
}

static inline bool rt_type_is_gc(const rt_type *t) { return (t->flags & RT_TPFLAGS_GC) != 0; }
/* Is o a container (has a gc head, may be tracked)?  The one predicate
 * every collector, the checker and the gc module use.  Type objects are the
 * one case where the answer depends on the object, not only its type:
 * "type" (and every metaclass) is a GC type because classes (heap types)
 * are containers, but the static built-in types have no gc head (CPython
 * asks tp_is_gc for this).  One load of the type's flags answers both
 * questions for every other object. */
static inline bool rt_is_gc(const rt_object *o)
{
    unsigned long f = o->type->flags;
    if (!(f & RT_TPFLAGS_GC))
        return false;
    if (f & RT_TPFLAGS_TYPE_SUBCLASS)
        return (((const rt_type *)o)->flags & RT_TPFLAGS_HEAPTYPE) != 0;
    return true;
}

/* Is o a class (an instance of type or of a metaclass)? */
static inline bool rt_type_check(const rt_object *o)
{
    return (o->type->flags & RT_TPFLAGS_TYPE_SUBCLASS) != 0;
}

/* ---- object allocation ------------------------------------------------- */

/* Allocate an object of type t (basicsize + nitems * itemsize bytes, plus an
 * rt_gchead in front when t is a GC type), with refcnt 1 and type t set and
 * every other byte zeroed.  Containers are NOT tracked yet: the constructor
 * tracks them (rt_gc_track) once their fields are valid.  NULL + MemoryError
 * on failure.  An instance of a heap type owns a reference to its type,
 * taken here and dropped by rt_object_free. */
rt_object *rt_object_new(rt_type *t);
rt_object *rt_object_new_var(rt_type *t, intptr_t nitems);
/* The same for an exact instance of a static type whose instances hold no
 * pointer to a heap object (str, int, float, range -- not a subclass's
 * instance, which points to its class): the block comes from
 * rt_objspace.calloc_atomic, which boehm does not scan.  The constructor
 * chooses, so that the allocation path tests no flag. */
rt_object *rt_object_new_pointer_free(rt_type *t);
rt_object *rt_object_new_var_pointer_free(rt_type *t, intptr_t nitems);
/* The same with only refcnt, type (and size) written: the fields after the
 * head and the items may hold anything, for a constructor that writes
 * every one of them (str, bytes, int, float).  The block comes from
 * rt_objspace.malloc_atomic, under every collector. */
rt_object *rt_object_new_pointer_free_unzeroed(rt_type *t);
rt_object *rt_object_new_var_pointer_free_unzeroed(rt_type *t, intptr_t nitems);
/* An object of size bytes (at least t's basicsize): an instance of an int
 * subclass holding a big value keeps its limbs after the basicsize. */
rt_object *rt_object_new_sized(rt_type *t, size_t size);
/* A pointer-free object of size bytes whose layout keeps its length
 * elsewhere than rt_varobject's size (a big int). */
rt_object *rt_object_new_sized_pointer_free(rt_type *t, size_t size);
rt_object *rt_object_new_sized_pointer_free_unzeroed(rt_type *t, size_t size);
/* Give back the memory of an object (after its dealloc dropped its
 * references and untracked it).  It is itself the dealloc of every static
 * type whose instances hold no references (int, float, str, range...):
 * telemetry relies on that to know such a deallocation frees one object. */
void rt_object_free(rt_object *o);

/* How objects are born and given back, chosen by the collector's init
 * before rt_init and never changed while objects live.  The refcounting
 * collectors keep the defaults {1, rt_obj_calloc, rt_obj_calloc,
 * rt_obj_free, NULL, rt_obj_malloc}.  A tracing collector sets initial_refcnt to
 * RT_IMMORTAL_REFCNT, so that rt_decref never reaches zero and the inline
 * incref/decref above stay unchanged; it
 * may also substitute the functions that get and give back an object's
 * block (the gc head of a container, or the object itself): calloc must
 * return zeroed memory as rt_obj_calloc does.  See docs/tracing.md. */
typedef struct rt_objspace_settings {
    intptr_t initial_refcnt;                    /* refcnt of every new object */
    void *(*calloc)(size_t nmemb, size_t size); /* an object's block */
    /* The block of a pointer-free object (rt_object_new_pointer_free),
     * zeroed too: boehm need not scan it (rt_obj_malloc_atomic). */
    void *(*calloc_atomic)(size_t nmemb, size_t size);
    void (*release)(void *block);               /* give it back */
    /* NULL, or called for each new instance of a heap type whose type has
     * a finalize slot (boehm registers its finalizer there, marksweep
     * files it among the objects it checks for finalization).  A static
     * type with a finalize slot (none in the runtime) must call it from
     * its constructor. */
    void (*finalizable)(rt_object *o);
    /* The block of a pointer-free object whose constructor writes every
     * byte (rt_object_new*_pointer_free_unzeroed): like calloc_atomic but
     * not zeroed, which cost 2-8% of the int- and str-heavy workloads. */
    void *(*malloc_atomic)(size_t size);
} rt_objspace_settings;
extern rt_objspace_settings rt_objspace;
/* The start of o's block (its gc head, or o itself). */
void *rt_object_block(rt_object *o);

/* Visit the runtime's own roots that may change while a program runs
 * (current exception, string caches); the objects made by rt_init are
 * treated as permanent by the tracing collectors (gc_runtime_ready). */
int rt_visit_roots(rt_visitproc visit, void *arg);
/* Keep o (a new reference, stolen) to the end of the process, visited
 * with the runtime's roots: an object made on first use and never freed,
 * as CPython's thread-state dict or an argument parser's keyword tuple
 * (their allocation moves gc.get_count() once).  Returns o. */
rt_object *rt_keep(rt_object *o);
/* CPython 3.11's Argument Clinic keyword tuple: at the first call with
 * keywords (keywords true) of function fname of type owner (NULL for a
 * module function; a class is taken as its built-in base), build the
 * tuple of its keyword parameter names (NULL-terminated; fname must be a
 * string literal) and keep it for the process.  0 / -1 on error. */
int rt_clinic_kwtuple_keywords(rt_type *owner, const char *fname, const char *const *names);
/* inline: most calls have no keywords, and cost a test, not a call */
static inline int rt_clinic_kwtuple(rt_type *owner, const char *fname, const char *const *names, bool keywords)
{
    return keywords ? rt_clinic_kwtuple_keywords(owner, fname, names) : 0;
}
int rt_clinic_visit(rt_visitproc visit, void *arg);   /* the kept keyword tuples: roots */
/* Clinic's binding of tp_new's (args, kwargs) to names[0..n), the first
 * nreq required: v[i] borrowed or NULL; 0, or -1 with CPython's message. */
int rt_clinic_bind_dict(const char *fname, const char *const *names, int n, int nreq, rt_object *args,
                        rt_object *kwargs, rt_object **v);
/* Visit the dicts of every static type readied so far (type.c). */
int rt_static_types_visit(rt_visitproc visit, void *arg);
/* Every static type rt_type_ready has remembered (before it readies it),
 * *n of them; the array moves when a type is added. */
rt_type *const *rt_static_types(size_t *n);
/* ---- generic operations (object.c) ------------------------------------ */

rt_object *rt_repr(rt_object *o);
/* ascii(o): the repr with every non-ASCII code point escaped. */
rt_object *rt_ascii(rt_object *o);
/* NOTE for str.h: rt_str is this function (CPython's PyObject_Str) and was
 * in the contract first; the string struct needs another name, e.g.
 * rt_strobject (as CPython's PyUnicodeObject vs PyObject_Str). */
rt_object *rt_str(rt_object *o);
intptr_t rt_hash(rt_object *o);
intptr_t rt_hash_not_implemented(rt_object *o);  /* raises TypeError: unhashable */
rt_object *rt_richcompare(rt_object *a, rt_object *b, int op);
int rt_richcompare_bool(rt_object *a, rt_object *b, int op);  /* identity implies EQ */
/* a == b for COMPARE_OP when no code can run and the answer is a bool:
 * two exact tuples of simple items (up to the first unequal pair), or an
 * exact str or tuple against another exact built-in type that never
 * equals it (str, tuple, int, float, None, list): 1 or 0; -2 otherwise
 * (rt_richcompare gives the answer). */
int rt_eq_fast(rt_object *a, rt_object *b);
int rt_is_true(rt_object *o);
intptr_t rt_length(rt_object *o);
rt_object *rt_getattr(rt_object *o, rt_object *name);
rt_object *rt_getattr_str(rt_object *o, const char *name);
int rt_setattr(rt_object *o, rt_object *name, rt_object *value);   /* value NULL: delete */
int rt_hasattr(rt_object *o, rt_object *name);
/* CPython's _PyObject_LookupAttr: the attribute (a new reference), or NULL
 * with no error set when it is missing, or NULL with an error.  A plain
 * miss through the generic getattr makes no AttributeError object (what
 * gc.get_count() sees: CPython makes none either). */
rt_object *rt_getattr_or_absent(rt_object *o, rt_object *name);
bool rt_attr_plainly_absent(rt_object *o, rt_object *name);
rt_object *rt_generic_getattr(rt_object *o, rt_object *name);
/* The error rt_generic_getattr raises when o has no attribute name (the
 * subset's "not supported" for what it leaves out, else AttributeError). */
rt_object *rt_err_no_attribute(rt_object *o, rt_object *name);
int rt_generic_setattr(rt_object *o, rt_object *name, rt_object *value);
rt_object *rt_getitem(rt_object *o, rt_object *key);
int rt_setitem(rt_object *o, rt_object *key, rt_object *value);
int rt_delitem(rt_object *o, rt_object *key);
int rt_contains(rt_object *container, rt_object *item);
int rt_contains_by_iter(rt_object *container, rt_object *item);   /* `in` by iteration, CPython's messages */
rt_object *rt_get_iter(rt_object *o);
rt_object *rt_iter_next(rt_object *iter);   /* NULL: exhausted (no error) or error */
rt_object *rt_iter_self(rt_object *o);       /* every iterator's iter slot: itself */
/* PyObject_LengthHint: len(o), else type(o).__length_hint__(o), else dflt;
 * -1 with an error set on failure (dflt may be -1: test rt_err_occurred). */
intptr_t rt_length_hint(rt_object *o, intptr_t dflt);
/* A built-in iterator's __length_hint__(): the no-argument checks, then n
 * (below 0 read as 0); RT_LENGTH_HINT_DOC is CPython's docstring. */
rt_object *rt_iter_length_hint_result(rt_object *self, intptr_t nargs, rt_object *kwnames, intptr_t n);
#define RT_LENGTH_HINT_DOC "Private method returning an estimate of len(list(it))."
rt_object *rt_call(rt_object *callable, rt_object *args, rt_object *kwargs);
rt_object *rt_call_vector(rt_object *callable, rt_object *const *args, intptr_t nargs);
/* The VM's vector call of its function objects (type rt_call_vector_type),
 * which rt_call_vector uses instead of building an argument tuple (sort
 * keys, map, min/max keys); set by vm_builtins_init. */
extern rt_type *rt_call_vector_type;
extern rt_object *(*rt_call_vector_fn)(rt_object *callable, rt_object *const *args, intptr_t nargs);
rt_object *rt_call_method(rt_object *o, const char *name, rt_object *const *args, intptr_t nargs);
bool rt_isinstance_type(rt_object *o, rt_type *t);     /* walks base chain */
/* CPython's PySequence_Check: not a dict, and indexable by position (a
 * built-in sequence, or a class with __getitem__). */
bool rt_sequence_check(rt_object *o);
bool rt_type_is_subtype(rt_type *a, rt_type *b);
void rt_type_unlist(rt_type *t);   /* t leaves its bases' __subclasses__() (a class refused while made) */
rt_object *rt_type_lookup(rt_type *t, rt_object *name);  /* borrowed; walks bases; raises nothing, keeps a pending error */
/* the same, *dropped set when the miss dropped an error of an odd key's
 * __eq__ (CPython caches no such miss: the next lookup calls __eq__ again) */
rt_object *rt_type_lookup_ex(rt_type *t, rt_object *name, bool *dropped);
/* typecache.c: rt_type_lookup through the type attribute cache (name: a
 * str; exact strs of <= 100 code points are cached).  The cache's names
 * are roots of the tracing collectors (rt_tcache_visit); rt_tcache_clear
 * empties it at teardown. */
rt_object *rt_type_lookup_cached(rt_type *t, rt_object *name);
int rt_tcache_visit(rt_visitproc visit, void *arg);
void rt_tcache_clear(void);
/* t's dict (borrowed), complete: with its slot wrappers made (slotwrap.c).
 * Whatever reads a static type's dict other than through rt_type_lookup
 * goes through here. */
rt_object *rt_type_dict(rt_type *t);

/* Number protocol entry points (dispatch through as_number, with the
 * reflected operand tried as CPython does). */
rt_object *rt_number_binop(rt_object *a, rt_object *b, int op);
rt_object *rt_number_divmod(rt_object *a, rt_object *b);
rt_object *rt_number_inplace_binop(rt_object *a, rt_object *b, int op);
rt_object *rt_number_negative(rt_object *o);
rt_object *rt_number_positive(rt_object *o);
rt_object *rt_number_invert(rt_object *o);
rt_object *rt_number_absolute(rt_object *o);
enum {
    RT_NB_ADD, RT_NB_SUB, RT_NB_MUL, RT_NB_MOD, RT_NB_POW, RT_NB_FLOORDIV,
    RT_NB_TRUEDIV, RT_NB_LSHIFT, RT_NB_RSHIFT, RT_NB_AND, RT_NB_XOR, RT_NB_OR,
    RT_NB_COUNT,
    RT_NB_DIVMOD = RT_NB_COUNT   /* divmod(): rt_number_divmod, no BINARY_OP */
};

/* Prepare a static or heap type: inherit slots from base, build dict from
 * methods.  Must be called on every built-in type at start-up. */
int rt_type_ready(rt_type *t);
/* The traverse slot of every class's instances (type.c); the cycle
 * collector recognises it to walk instances inline, in the same order. */
int rt_instance_traverse(rt_object *o, rt_visitproc visit, void *arg);
/* Set or clear RT_TPFLAGS_PLAIN_INSTANCE on the heap type t by its layout
 * now: done when the class is made, and again by whatever changes its
 * layout before the first instance exists (vm/class.c's __slots__). */
void rt_type_set_plain_instance(rt_type *t);

/* Trashcan: bounds C-stack depth when deallocation cascades through a very
 * deep structure.  Container deallocs wrap their body:
 *     RT_TRASHCAN_BEGIN(op, mytype_dealloc)
 *         ... drop references ...
 *     RT_TRASHCAN_END
 * Past RT_TRASHCAN_LIMIT nested deallocations the object is put on a
 * deferred list (linked through its gc head) and destroyed when the
 * outermost dealloc unwinds, so the recursion never goes deeper. */
#define RT_TRASHCAN_LIMIT 50
/* The depth and the deferred chain, public only for the inline fast paths
 * below (every container dealloc runs both: two calls were ~4% of a gen-0
 * collection's instructions); object.c owns them. */
extern struct rt_trashcan_state {
    int depth;
    bool draining;
    void *deferred;            /* rt_gchead *: the chain of deferred objects */
} rt_trashcan;
/* The slow paths (object.c): defer op at the depth limit (1 if deferred,
 * 0 if it cannot be and must be destroyed now); destroy the deferred
 * objects once the outermost dealloc unwinds. */
int rt_trashcan_defer(rt_object *op, rt_destructor dealloc);
void rt_trashcan_drain(void);
static inline int rt_trashcan_begin(rt_object *op, rt_destructor dealloc)
{
    if (__builtin_expect(rt_trashcan.depth >= RT_TRASHCAN_LIMIT, 0) && rt_trashcan_defer(op, dealloc))
        return 1;
    rt_trashcan.depth++;
    return 0;
}
static inline void rt_trashcan_end(void)
{
    if (--rt_trashcan.depth == 0 && __builtin_expect(rt_trashcan.deferred != NULL, 0) && !rt_trashcan.draining)
        rt_trashcan_drain();
}
#define RT_TRASHCAN_BEGIN(op, dealloc) \
    do { if (rt_trashcan_begin(RT_OBJ(op), (rt_destructor)(dealloc))) break; {
#define RT_TRASHCAN_END \
    } rt_trashcan_end(); } while (0);

/* ---- more generic operations (object.c), added by the object core ---- */

int rt_delattr(rt_object *o, rt_object *name);
int rt_setattr_str(rt_object *o, const char *name, rt_object *value);
/* o.__index__(): an int (new reference) or TypeError
 * "'float' object cannot be interpreted as an integer". */
rt_object *rt_number_index(rt_object *o);
/* o as a C integer for indexing (-1 + exception on error; IndexError when
 * the int does not fit). */
intptr_t rt_number_as_ssize(rt_object *o);
/* Integer arguments as CPython converts them, each with its own message:
 * rt_number_as_ssize (above) for sequence repetition and indexes ("cannot
 * fit 'int' into an index-sized integer"); _ssize_arg for a method argument
 * declared Py_ssize_t (a width, a count, maxsplit, list.insert's index:
 * "Python int too large to convert to C ssize_t"; -1 and an exception);
 * _ssize_clamped for a slice bound (find/index/count's start and end,
 * round's ndigits), clamped to the range without an error (0 / -1).
 * -2**63 (a Py_ssize_t in CPython) is given as -INTPTR_MAX by the first
 * two, so that adding a length or negating cannot overflow. */
intptr_t rt_number_as_ssize_arg(rt_object *o);
int rt_number_as_ssize_clamped(rt_object *o, intptr_t *out);
/* o.__index__() as a C int, CPython's OverflowError beyond it; 0 / -1 */
int rt_number_as_cint(rt_object *o, int *out);
/* The same for a sequence subscript: IndexError "cannot fit 'int' into an
 * index-sized integer" for an int beyond 64 bits, as CPython. */
intptr_t rt_subscript_as_ssize(rt_object *key);
/* Default hash of an object: its address, as CPython's _Py_HashPointer. */
intptr_t rt_hash_pointer(const void *p);
const char *rt_type_name(rt_object *o);       /* o's type name, borrowed */
/* The operator text of a rich comparison, for messages. */
const char *rt_richcompare_opstr(int op);      /* "<", "<=", "==", ... */

/* ---- type objects (type.c) --------------------------------------------- */

/* Call after changing t->dict once t is in use: t takes a new version_tag,
 * and so does every heap class below a heap class t, because lookups
 * through the subclasses may have found (or missed) the changed name in t;
 * if t is a static type with subclasses (static ones are not listed),
 * rt_type_epoch moves instead. */
void rt_type_modified(rt_type *t);
/* Add built-in methods to a readied type's dict (a second table, or one
 * from a higher layer, such as str.format from the VM); 0 / -1. */
int rt_type_add_methods(rt_type *t, rt_method_def *defs);
/* Moves whenever a static type that has subclasses changes: a cache entry
 * filled under another epoch is stale. */
extern uint64_t rt_type_epoch;

/* A class created at run time (the VM's class statement, type(n, b, d)):
 * a GC-tracked heap type whose instances are rt_instance-like (the base's
 * layout, then a __dict__ slot and a weakref list unless the base already
 * has them).  dict is copied (a new dict the type owns); base NULL means
 * object.  New reference, or NULL + exception. */
rt_object *rt_type_new_heap(const char *name, rt_type *base, rt_object *dict);
/* The class statement's type: meta's instance named name over the layout
 * base (NULL: object) with the bases tuple bases (empty: (object,)) and
 * their C3 MRO (CPython's "duplicate base class X" and "Cannot create a
 * consistent method resolution order (MRO)" errors); dict is the class's
 * dict, a reference the call takes (freed when it fails).  New reference,
 * or NULL + exception. */
rt_object *rt_type_new_class(rt_type *meta, const char *name, rt_type *base, rt_object *bases, rt_object *dict);
/* The MRO of t as a new tuple, t first (type.__mro__). */
rt_object *rt_type_mro(rt_type *t);
/* The same for a class with __slots__: slot_names is a tuple of str (the
 * names other than '__dict__' and '__weakref__'), each becoming a member
 * descriptor; add_dict / add_weakref say whether '__dict__' / '__weakref__'
 * were among the slots (a base that has them already keeps them). */
rt_object *rt_type_new_heap_slots(const char *name, rt_type *base, rt_object *dict,
                                  rt_object *slot_names, bool add_dict, bool add_weakref);
extern rt_type rt_member_descr_type;     /* "member_descriptor" */
/* A member descriptor of owner for the slot at offset (the one kind, for
 * rt_type_new_heap_slots and the class statement's __slots__), and the
 * offset d stands for when d is one and obj an instance of its owner, else
 * -1 (no exception). */
rt_object *rt_member_descr_new(rt_type *owner, rt_object *name, intptr_t offset);
/* Put in static type t's dict (t readied) a member descriptor of the
 * object pointer at offset as CPython's T_OBJECT member: NULL reads as
 * None, deleting sets NULL.  0 / -1. */
int rt_type_add_object_member(rt_type *t, const char *name, intptr_t offset);
intptr_t rt_member_offset(rt_object *d, rt_object *obj);
/* d's offset, and its owner in *owner, when d is a member descriptor;
 * else -1. */
intptr_t rt_member_info(rt_object *d, rt_type **owner);
/* obj.__class__ = value (object's __class__ setter, runtime/setclass.c):
 * CPython 3.11's rules and messages.  0 / -1. */
int rt_object_set_class(rt_object *self, rt_object *value, void *closure);
/* The same with the metaclass meta (type or a heap subclass of it) as the
 * new class's type. */
rt_object *rt_type_new_heap_meta(rt_type *meta, const char *name, rt_type *base, rt_object *dict,
                                 rt_object *slot_names, bool add_dict, bool add_weakref);
/* type.__new__(meta, name, bases, dict, **kwargs) (type's new slot): set by
 * the VM to make the class as a class statement does (metaclass
 * derivation, dunder slots, __slots__, __module__, __set_name__,
 * __init_subclass__(**kwargs)); args is the tuple (name, bases, dict). */
extern rt_newfunc rt_type_new_hook;
/* Called after a name starting with "__" was stored in or deleted from a
 * heap type's dict, so the VM rewires the slots a special method fills. */
extern int (*rt_type_dunder_hook)(rt_type *t, rt_object *name);
/* typeattrs.c: the built-in types' extra attributes (object.__format__,
 * type.__basicsize__, int.__round__...), added to t's dict when it is
 * completed (rt_typeattrs_add, 0 / -1; type.mro at rt_init); and what the
 * VM and the sys module compute for them: format(v, spec) without a
 * class's __format__, round(x, n) as the builtin (fastcall), and
 * sys.getsizeof's size. */
int rt_typeattrs_init(void);
int rt_typeattrs_add(rt_type *t);
extern rt_object *(*rt_format_hook)(rt_object *v, rt_object *spec);
extern rt_cfunc rt_round_hook;
extern intptr_t (*rt_sizeof_hook)(rt_object *o);
/* X | Y where an operand is a class: set by the VM (vm/union.c). */
extern rt_binaryfunc rt_type_or_hook;
/* C[item] of the built-in generic classes (list, dict, tuple, set,
 * frozenset): a types.GenericAlias, set by the VM (vm/genericalias.c). */
extern rt_binaryfunc rt_class_getitem_hook;
/* The classmethod __class_getitem__ of those types (and deque's). */
rt_object *rt_class_getitem_method(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw);
/* The module a plain built-in function belongs to (borrowed; its
 * __self__, and its __module__ is the module's __name__), or NULL: the
 * VM finds it (CPython keeps it in m_self / m_module). */
extern rt_object *(*rt_cfunction_module_hook)(rt_object *f);
/* The layout of instances of heap types whose base is object. */
typedef struct rt_instance {
    RT_OBJECT_HEAD
    rt_object *dict;          /* attribute storage: read only through instattr.h */
    rt_object *weakreflist;   /* weakref.c's list, NULL when none */
} rt_instance;
/* The builtin-function object: a C function bound to self (NULL for a
 * plain function such as len).  The VM's builtins use this.  Its layout
 * and the method descriptor's are public so that a caller holding an
 * argument vector (the VM's call path) can pass it straight to def->func. */
typedef struct rt_cfunction {
    RT_OBJECT_HEAD
    rt_method_def *def;
    rt_object *self;          /* owned; NULL for a plain function */
    /* a plain function of a built-in module: the module and its name
     * (CPython's m_self and m_module, owned: a graph walk reaches the module
     * from each of its functions, and they count in its refcount); NULL
     * for a bound method and a function made outside a module.  The call
     * still passes self (NULL): module functions never read it. */
    rt_object *module, *modname;
    rt_object *weakreflist;   /* weakref.c's list (CPython's m_weakreflist: weakref.ref(len) works) */
} rt_cfunction;
/* Give every plain built-in function in module m's dict that has no
 * module yet m as its module (rt_cfunction.module); 0 / -1. */
int rt_cfunction_adopt(rt_object *m, rt_object *dict);
typedef struct rt_method_descr {
    RT_OBJECT_HEAD
    rt_method_def *def;
    rt_type *owner;           /* borrowed: the descriptor lives in owner's dict */
} rt_method_descr;
rt_object *rt_cfunction_new(rt_method_def *def, rt_object *self);
/* A method descriptor for def, applying to instances of owner (a C
 * function a class can hold as a method: namedtuple's __init__). */
rt_object *rt_method_descr_new(rt_method_def *def, rt_type *owner);
/* A type's __qualname__ as C text (a class's own; a built-in type's name
 * after its module prefix, as CPython's type_qualname). */
const char *rt_type_qualname_text(rt_type *t);
/* Whether t's name carries its module ("itertools.cycle"): a static type
 * named so, or a class marked RT_TPFLAGS_DOTTED_NAME. */
bool rt_type_name_dotted(const rt_type *t);
/* Name the class t "module.name" as CPython names the static type it
 * stands for (RT_TPFLAGS_DOTTED_NAME).  0, or -1 + MemoryError. */
int rt_type_set_dotted_name(rt_type *t, const char *module);
/* Vector calls of the built-in callables without building an args tuple
 * (rt_call_vector and rt_call_method use them). */
rt_object *rt_cfunction_call_vector(rt_object *f, rt_object *const *args, intptr_t nargs);
rt_object *rt_method_descr_call_vector(rt_object *d, rt_object *const *args, intptr_t nargs);
/* The TypeError of an RT_METH_NOKW method given keywords through its
 * descriptor ("str.count() takes no keyword arguments"); NULL. */
rt_object *rt_method_descr_no_kw(const rt_method_descr *m);
extern rt_type rt_method_descr_type;     /* "method_descriptor" */
extern rt_type rt_classmethod_descr_type;/* "classmethod_descriptor" */
extern rt_type rt_cfunction_type;        /* "builtin_function_or_method" */
extern rt_type rt_getset_descr_type;     /* "getset_descriptor" */
/* The descriptors rt_type_ready puts in a type's dict (descr.c): a
 * classmethod descriptor for a METH_CLASS entry, and a getset descriptor
 * (heap: one that owns its class and is a tracked container). */
rt_object *rt_classmethod_descr_new(rt_method_def *def, rt_type *owner);
rt_object *rt_getset_descr_new(rt_getset_def *def, rt_type *owner, bool heap);
/* A static type's getset entry whose closure is RT_GETSET_MEMBER is shown
 * as CPython's READONLY member (a member_descriptor: type.__mro__,
 * type.__basicsize__), read through its getter. */
extern char rt_getset_member_marker;
#define RT_GETSET_MEMBER ((void *)&rt_getset_member_marker)
int rt_type_init(void);

/* ---- per-module initialisers called by rt_init (0 / -1) ---------------- */
int rt_none_init(void);          /* none.c: None, NotImplemented, Ellipsis */
int rt_int_init(void);           /* int.c: int, the small-int cache */
int rt_bool_init(void);          /* bool.c */
int rt_float_init(void);         /* float.c */
int rt_weakref_init(void);       /* weakref.c */
/* The containers (str.c, tuple.c, ... provide these). */
int rt_str_init(void);
int rt_tuple_init(void);
int rt_list_init(void);
int rt_dict_init(void);
int rt_range_init(void);
int rt_slice_init(void);
int rt_set_init(void);

/* Built-in singletons and the base types (object.c / type.c). */
extern rt_type rt_object_type;   /* "object" */
extern rt_type rt_type_type;     /* "type" */
extern rt_type rt_none_type;
extern rt_type rt_notimplemented_type;
extern rt_type rt_ellipsis_type;
extern rt_object rt_none_struct, rt_notimplemented_struct, rt_ellipsis_struct;
#define RT_ELLIPSIS (&rt_ellipsis_struct)
#define RT_NONE (&rt_none_struct)
#define RT_NOTIMPLEMENTED (&rt_notimplemented_struct)
static inline rt_object *rt_none_new(void) { return rt_newref(RT_NONE); }

/* Initialise the whole object layer (ready every built-in type, create the
 * caches and interned strings).  Called once by the VM after the allocator
 * and the collector are chosen.  0 / -1. */
int rt_init(void);
void rt_fini(void);

#endif
