/*
 * code.h -- code objects: the compiled form of a module, function, class
 * body or comprehension.
 *
 * A code object is immutable once built and holds only rebuildable data
 * (bytecode, constant tuple, name tuples, integers), so it can later be
 * written to and read from a file.  The one exception is the LOAD_GLOBAL
 * cache (gcache), runtime state that marshal never sees: it is made with
 * the object and only its entries change.  It is not a GC container: its
 * constants are code objects, strings, numbers and tuples of those, which
 * can never reference the code back.
 *
 * Frame layout (localsplus, see eval.c): [0, nlocals) fast locals (the
 * arguments first, in varnames order), [nlocals, nlocals+ncells) cells,
 * then nfree free-variable cells, then the value stack (stacksize slots).
 */
#ifndef GCLAB_VM_CODE_H
#define GCLAB_VM_CODE_H

#include "runtime/object.h"
#include "compiler/opcode.h"

enum {
    VM_CO_VARARGS    = 1 << 0,   /* *args after the positional parameters */
    VM_CO_VARKEYWORDS= 1 << 1,   /* **kwargs */
    VM_CO_FUNCTION   = 1 << 2,   /* a function body: fast locals, new frame locals */
    VM_CO_CLASSBODY  = 1 << 3,   /* a class body: locals dict, LOAD_CLASSDEREF */
    VM_CO_MODULE     = 1 << 4,   /* a module body */
    VM_CO_GENERATOR  = 1 << 5,   /* calling it makes a generator (vm/gen.c) */
};

/* One run of the line table: instructions from `start` on belong to line,
 * and to the source range line:col - end_line:end_col (columns: 0-based
 * UTF-8 byte offsets, CPython's co_positions) when that range is valid
 * (vm_code_position). */
typedef struct vm_lineentry {
    uint32_t start;
    int32_t line;
    int32_t end_line, col, end_col;
} vm_lineentry;

/* A LOAD_GLOBAL cache entry, one per entry of names (indexed by the
 * instruction's argument, so every LOAD_GLOBAL of a name in the code shares
 * it), keyed on dict *keys* versions as CPython 3.11's LOAD_GLOBAL_MODULE
 * and _BUILTIN are (dict.h): while a dict's keys version is unchanged, the
 * same keys sit in the same entries, so the entry caches where the name's
 * value is stored (`slot`, an entry's value field) and the loop reads the
 * current value there -- rebinding a global (a module-level loop's
 * STORE_NAME, `global n; n += 1`) replaces a value in place and keeps every
 * entry valid.  Keys versions are process-wide unique, so a match also
 * names the dict.  Two kinds, by where the name was found:
 *   - in globals: module_kv is the globals' keys version (one compare);
 *   - in builtins: globals_kv and builtins_kv are both dicts' keys versions
 *     (the name absent from globals, present in builtins, in that state).
 * The kind's other fields are 0 (never a version). */
typedef struct vm_global_cache {
    uint64_t module_kv;
    uint64_t globals_kv, builtins_kv;
    rt_object **slot;
    /* Where the name was last found in each dict (rt_dict_getitem_hint):
     * after a miss the lookups start there. */
    intptr_t globals_hint, builtins_hint;
} vm_global_cache;

/* A quickened attribute instruction's guard and answer: valid while the
 * instance's type has this version tag (tags are unique to a type and
 * change with its dict) and rt_type_epoch is unchanged (a base's dict). */
typedef struct vm_attr_cache {
    uint64_t version_tag, epoch;
    union {
        intptr_t index;         /* shared-key index (runtime/instattr.h) */
        uint8_t nkeys[4];       /* a method's: the count of shared keys of its
                                 * type, then of each of its other classes' */
    };
    rt_type *type;              /* a method's: its type (a static type's tag is 0);
                                 * a slot attribute's too (index: the offset) */
    /* An instance attribute site's other classes (tag 0: none, and none
     * after it), the most recently displaced first: the entries the site
     * held before its requickenings, under the same epoch (a base class's
     * method seeing four subclasses, as richards' does); a method site's
     * other classes that found the same method.  Their shared-key
     * indexes (at most RT_SHARED_KEYS_MAX) share the method's field, which
     * such a site does not use: the entry stays 64 bytes, a shift away
     * from its instruction's index (an 88-byte one cost every workload
     * ~0.3% in index arithmetic). */
    union {
        rt_object *method;      /* borrowed from the type's MRO while tag and epoch hold */
        rt_object **slot;       /* a module attribute's value in its dict (version_tag:
                                 * the dict's keys version; type NULL, index 0) */
        uint16_t other_index[4];
        struct vm_method_poly *poly;   /* index VM_ATTR_POLY, type NULL: owned (rt_mem) */
    };
#define VM_ATTR_OTHERS 3
    uint64_t other_tag[VM_ATTR_OTHERS];
} vm_attr_cache;
/* A method site whose classes find different methods (richards' t.run
 * over four task classes) keeps them in a block of its own, vm/eval.c's
 * vm_method_poly: its entry has type NULL and this index, and the code
 * object frees the block with the cache. */
#define VM_ATTR_POLY ((intptr_t)-2)
_Static_assert(sizeof(vm_attr_cache) == 64, "an attribute cache entry is a shift from its index");

typedef struct vm_code {
    RT_OBJECT_HEAD
    vm_codeunit *code;          /* rt_mem buffer of ncode units */
    intptr_t ncode;
    vm_lineentry *lines;        /* sorted by start; nlines runs */
    intptr_t nlines;
    rt_object *consts;          /* tuple */
    rt_object *names;           /* tuple of str: globals, attributes */
    rt_object *varnames;        /* tuple of str: fast locals, arguments first */
    rt_object *cellvars;        /* tuple of str */
    rt_object *freevars;        /* tuple of str */
    rt_object *name, *qualname, *filename;   /* str */
    int argcount;               /* positional parameters (without *args) */
    int kwonlyargcount;         /* keyword-only parameters after *args */
    int posonlyargcount;        /* how many of the argcount come before '/' */
    int nlocals, ncells, nfree;
    int stacksize;
    /* Derived by vm_code_new for the call path: nlocals + ncells + nfree,
     * and whether a call with exactly argcount positional arguments binds
     * them by a plain copy (no *args, **kwargs, keyword-only parameters,
     * not a generator). */
    int nlocalsplus;
    bool simple_args;
    int flags;
    int firstlineno;
    /* For each cell, the index of the argument it is initialised from, or
     * -1 (a parameter captured by an inner function lives in a cell). */
    int *cell2arg;
    /* One entry per name when the code has a LOAD_GLOBAL, else NULL. */
    vm_global_cache *gcache;
    /* One entry per instruction, made by the loop when it first quickens
     * an attribute instruction of this code (vm/eval.c), else NULL. */
    struct vm_attr_cache *acache;
} vm_code;

extern rt_type vm_code_type;
/* code_attrs.c: the co_* attributes and replace(). */
extern rt_getset_def vm_code_getsets[];
extern rt_method_def vm_code_methods[];

static inline bool vm_code_check(rt_object *o) { return o->type == &vm_code_type; }

/* Build a code object; every object argument is borrowed, the arrays are
 * copied. */
typedef struct vm_code_spec {
    const vm_codeunit *code; intptr_t ncode;
    const vm_lineentry *lines; intptr_t nlines;
    rt_object *consts, *names, *varnames, *cellvars, *freevars;
    rt_object *name, *qualname, *filename;
    int argcount, kwonlyargcount, stacksize, flags, firstlineno, posonlyargcount;
} vm_code_spec;
rt_object *vm_code_new(const vm_code_spec *spec);

/* The source line of instruction index i (firstlineno if unknown). */
int vm_code_line(const vm_code *co, intptr_t i);
/* The source range of instruction i: true and *pos filled when the code
 * has a non-empty range for it (col >= 0, the end after the start). */
bool vm_code_position(const vm_code *co, intptr_t i, vm_lineentry *pos);

/* The block stack a frame keeps for try/except/finally (SETUP_* push a
 * block, POP_BLOCK pops it); the verifier simulates it, the eval loop runs
 * it. */
#define VM_MAXBLOCKS 20          /* CPython's CO_MAXBLOCKS: nesting of try/except per frame */

enum { VM_BLOCK_FINALLY = 1, VM_BLOCK_EXCEPT_HANDLER = 2 };

/* 8 bytes, not 12: every frame holds VM_MAXBLOCKS of them, and a
 * generator's frame lives in its object, which then fits the small-block
 * allocator more often.  The verifier keeps stacksize under 2**20
 * (MAX_STACK), so a depth fits 24 bits. */
typedef struct vm_block {
    int handler;             /* instruction index */
    unsigned type : 8;
    unsigned level : 24;     /* value-stack depth when the block was pushed */
} vm_block;

/* Print a disassembly (for `gclab dis` and debugging). */
#include <stdio.h>
void vm_code_disassemble(const vm_code *co, FILE *out, bool recursive);

#endif
