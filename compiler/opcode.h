/*
 * opcode.h -- the bytecode of gclab's VM.
 *
 * Code unit: one uint32_t per instruction, opcode in the low 8 bits and the
 * argument in the upper 24 bits (no EXTENDED_ARG: 16M constants, names or
 * jump targets per code object is far beyond any workload; the compiler
 * rejects a wider argument with a SyntaxError rather than truncate it).  Jump arguments
 * are absolute instruction indexes.  Fixed-width units keep dispatch a
 * single load + shift and make the offset -> line table trivial.
 *
 * Each entry: name, and the stack effect (pops -> pushes) for documentation;
 * the compiler computes the maximum stack depth with vm_stack_effect().
 *
 * Exceptions use a block stack (as CPython 3.8-3.10): SETUP_FINALLY pushes
 * a handler block recording the stack level; on an exception the eval loop
 * unwinds to the innermost block, pushes an EXCEPT_HANDLER block and the
 * values [previously handled exception (or None), exception] and jumps to
 * the handler.  POP_EXCEPT pops the EXCEPT_HANDLER block and TOS (the
 * previously handled exception, which becomes current again).  `finally`
 * bodies are inlined on the normal and return/break/continue paths and run
 * once more on the exception path, ending with RERAISE.
 */
#ifndef GCLAB_VM_OPCODE_H
#define GCLAB_VM_OPCODE_H

#include <stdbool.h>
#include <stdint.h>

#define VM_OPCODES(X) \
    X(NOP)                /* -                                            */ \
    X(POP_TOP)            /* v ->                                         */ \
    X(ROT_TWO)            /* a b -> b a                                   */ \
    X(ROT_THREE)          /* a b c -> c a b                               */ \
    X(ROT_FOUR)           /* a b c d -> d a b c                           */ \
    X(DUP_TOP)            /* a -> a a                                     */ \
    X(DUP_TOP_TWO)        /* a b -> a b a b                               */ \
    X(LOAD_CONST)         /* -> consts[arg]                               */ \
    X(LOAD_FAST)          /* -> locals[arg] (UnboundLocalError if unset)  */ \
    X(STORE_FAST)         /* v ->                                         */ \
    X(DELETE_FAST)        /* -                                            */ \
    X(LOAD_NAME)          /* -> locals/globals/builtins[names[arg]]       */ \
    X(STORE_NAME)         /* v ->  (frame's locals dict)                  */ \
    X(DELETE_NAME)        /* -                                            */ \
    X(LOAD_GLOBAL)        /* -> globals/builtins[names[arg]]              */ \
    X(STORE_GLOBAL)       /* v ->                                         */ \
    X(DELETE_GLOBAL)      /* -                                            */ \
    X(LOAD_DEREF)         /* -> cells[arg].contents                       */ \
    X(STORE_DEREF)        /* v ->                                         */ \
    X(DELETE_DEREF)       /* -                                            */ \
    X(LOAD_CLASSDEREF)    /* -> locals dict[name] or cells[arg] (class bodies) */ \
    X(LOAD_CLOSURE)       /* -> cells[arg] (the cell itself)              */ \
    X(LOAD_ATTR)          /* o -> o.names[arg]                            */ \
    X(STORE_ATTR)         /* v o ->  (o.name = v)                         */ \
    X(DELETE_ATTR)        /* o ->                                         */ \
    X(LOAD_METHOD)        /* o -> meth self | NULL boundattr              */ \
    X(BINARY_SUBSCR)      /* o k -> o[k]                                  */ \
    X(STORE_SUBSCR)       /* v o k ->                                     */ \
    X(DELETE_SUBSCR)      /* o k ->                                       */ \
    X(UNARY_NEGATIVE)     /* v -> -v                                      */ \
    X(UNARY_POSITIVE)     /* v -> +v                                      */ \
    X(UNARY_NOT)          /* v -> not v                                   */ \
    X(UNARY_INVERT)       /* v -> ~v                                      */ \
    X(BINARY_OP)          /* a b -> a op b; arg: RT_NB_* | 0x100 inplace  */ \
    X(COMPARE_OP)         /* a b -> a op b; arg: RT_LT..RT_GE             */ \
    X(IS_OP)              /* a b -> a is b (arg 1: is not)                */ \
    X(CONTAINS_OP)        /* a b -> a in b (arg 1: not in)                */ \
    X(BUILD_TUPLE)        /* v1..vn -> tuple                              */ \
    X(BUILD_LIST)         /* v1..vn -> list                               */ \
    X(BUILD_MAP)          /* k1 v1 .. kn vn -> dict                       */ \
    X(BUILD_SLICE)        /* lo hi [step] -> slice (arg 2 or 3)           */ \
    X(BUILD_STRING)       /* s1..sn -> concatenation                      */ \
    X(FORMAT_VALUE)       /* v [spec] -> str; arg: 0 str,1 !s,2 !r,3 !a | 4 spec */ \
    X(LIST_APPEND)        /* (list at depth arg below) v ->               */ \
    X(MAP_ADD)            /* (dict at depth arg below) k v ->             */ \
    X(LIST_EXTEND)        /* list it -> list                              */ \
    X(LIST_TO_TUPLE)      /* list -> tuple                                */ \
    X(DICT_MERGE)         /* dict m -> dict (f(**m); arg 0: {**m})        */ \
    X(UNPACK_SEQUENCE)    /* seq -> v_n .. v_1 (v_1 on top)               */ \
    X(UNPACK_EX)          /* seq -> after.. list before.. (arg lo8 before, hi after) */ \
    X(JUMP)               /* -  (ip = arg)                                */ \
    X(POP_JUMP_IF_FALSE)  /* v ->                                         */ \
    X(POP_JUMP_IF_TRUE)   /* v ->                                         */ \
    X(JUMP_IF_FALSE_OR_POP) /* v -> v (jump) | -                          */ \
    X(JUMP_IF_TRUE_OR_POP)  /* v -> v (jump) | -                          */ \
    X(GET_ITER)           /* o -> iter(o)                                 */ \
    X(FOR_ITER)           /* it -> it v | - (exhausted: pop, jump arg)    */ \
    X(MAKE_FUNCTION)      /* [defaults] [kwdefaults] [annotations] [closure] code -> func; arg flags 1,2,4,8 */ \
    X(CALL_FUNCTION)      /* f a1..an -> result                           */ \
    X(CALL_FUNCTION_KW)   /* f a1..an names -> result (last len(names) by keyword) */ \
    X(CALL_FUNCTION_EX)   /* f argstuple [kwdict] -> result (arg 1: kwdict) */ \
    X(CALL_METHOD)        /* meth self a1..an | NULL f a1..an -> result   */ \
    X(RETURN_VALUE)       /* v -> (returns)                               */ \
    X(LOAD_BUILD_CLASS)   /* -> __build_class__                           */ \
    X(SETUP_FINALLY)      /* - (push handler block, target arg)           */ \
    X(POP_BLOCK)          /* - (pop handler block)                        */ \
    X(POP_EXCEPT)         /* prev ->  (pop EXCEPT_HANDLER block)          */ \
    X(RERAISE)            /* exc -> (raises exc again)                    */ \
    X(RAISE_VARARGS)      /* [exc [cause]] -> (arg 0, 1, 2)               */ \
    X(JUMP_IF_NOT_EXC_MATCH) /* exc type -> (jump arg if no match)        */ \
    X(LOAD_ASSERTION_ERROR)  /* -> AssertionError                         */ \
    X(IMPORT_NAME)        /* level fromlist -> module names[arg]          */ \
    X(IMPORT_FROM)        /* m -> m m.names[arg]                          */ \
    X(BUILD_SET)          /* v1..vn -> set                                */ \
    X(SET_ADD)            /* (set at depth arg below) v ->                */ \
    X(YIELD_VALUE)        /* v -> sent (suspends the generator, yielding v) */ \
    X(YIELD_FROM)         /* it v -> result (delegates; repeats while it yields) */ \
    X(SETUP_WITH)         /* mgr -> exit enter() (pushes a handler block, target arg) */ \
    X(WITH_EXCEPT_START)  /* exit prev exc -> exit prev exc exit(type, exc, tb) */ \
    X(GEN_THROW)          /* the loop's entry for generator.throw(); never in code */ \
    X(CALL_METHOD_KW)     /* meth self a1..an names | NULL f a1..an names -> result (o.m(k=v)) */ \
    X(SETUP_ANNOTATIONS)  /* -  (locals['__annotations__'] = {} unless present) */ \
    X(CHECK_EG_MATCH)     /* rest type -> rest match | rest None (except*; match becomes the handled exception) */ \
    X(PREP_RERAISE_STAR)  /* orig list -> exc | None (what a try/except* raises at its end) */ \
    X(COPY)               /* a_n .. a_1 -> a_n .. a_1 a_n (arg n >= 1)    */ \
    X(SWAP)               /* a_n .. a_1 -> a_1 .. a_n (arg n >= 2: TOS and the n-th swapped) */ \
    X(GET_LEN)            /* o -> o len(o)                                */ \
    X(MATCH_MAPPING)      /* o -> o bool (a mapping for a match pattern)  */ \
    X(MATCH_SEQUENCE)     /* o -> o bool (a sequence for a match pattern) */ \
    X(MATCH_KEYS)         /* m keys -> m keys values|None (m.get of each key) */ \
    X(MATCH_CLASS)        /* subject cls names -> attrs|None (arg: positional count) */

/* Quickened forms: specialised instructions the eval loop writes over
 * generic ones in a code object's bytecode in memory when it runs them
 * with operands they fit, and writes back to the generic one (then runs
 * it) when a guard misses (vm/eval.c).  Each keeps its generic form's
 * argument.  They never reach a .pyc (marshal writes vm_opcode_base) or
 * the verifier (which rejects them as unknown), and are not part of the
 * bytecode fingerprint; `gclab dis --quickened` shows them.
 * Entry: name, generic form. */
#define VM_QOPCODES(X) \
    X(BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR)  /* tuple[int]                 */ \
    X(BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR)   /* list[int]                  */ \
    X(BINARY_OP_ADD_INT, BINARY_OP)            /* int + int (also +=)        */ \
    X(BINARY_OP_SUB_INT, BINARY_OP)            /* int - int (also -=)        */ \
    X(COMPARE_OP_INT, COMPARE_OP)              /* int < int ... as a bool    */ \
    X(COMPARE_OP_INT_JUMP, COMPARE_OP)         /* ... and the POP_JUMP_IF_* after it, fused */ \
    X(LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR)     /* from the values block, cached index */ \
    X(STORE_ATTR_INSTANCE_VALUE, STORE_ATTR)   /* into the values block, cached index */ \
    X(LOAD_ATTR_SLOT, LOAD_ATTR)               /* a __slots__ member, cached offset */ \
    X(STORE_ATTR_SLOT, STORE_ATTR)             /* into a __slots__ member, cached offset */ \
    X(LOAD_METHOD_CACHED, LOAD_METHOD)         /* the class's function, cached */ \
    X(LOAD_ATTR_PROPERTY, LOAD_ATTR)           /* a property's Python getter, called in the loop */ \
    X(BINARY_OP_ADD_FLOAT, BINARY_OP)          /* float + float (also +=)    */ \
    X(BINARY_OP_SUB_FLOAT, BINARY_OP)          /* float - float (also -=)    */ \
    X(BINARY_OP_MUL_FLOAT, BINARY_OP)          /* float * float (also *=)    */ \
    X(BINARY_OP_TRUEDIV_FLOAT, BINARY_OP)      /* float / float, nonzero divisor */ \
    X(COMPARE_OP_FLOAT_JUMP, COMPARE_OP)       /* float < float ... and the POP_JUMP_IF_* after it */ \
    X(COMPARE_OP_STR, COMPARE_OP)              /* str == str ... (a POP_JUMP_IF_* after it taken inline) */ \
    X(FOR_ITER_RANGE, FOR_ITER)                /* a range_iterator, the int made inline */ \
    X(FOR_ITER_LIST, FOR_ITER)                 /* a list_iterator, the item read inline */ \
    X(FOR_ITER_OTHER, FOR_ITER)                /* another iterator: no tests for the two above */ \
    X(UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE) /* a 2-tuple                */ \
    X(UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE)  /* a tuple of the right size  */ \
    X(UNPACK_SEQUENCE_LIST, UNPACK_SEQUENCE)   /* a list of the right size   */ \
    X(FOR_ITER_TUPLE, FOR_ITER)                /* a tuple_iterator, the item read inline */ \
    X(FOR_ITER_PAIR, FOR_ITER)                 /* enumerate / zip of two, unpacked into two locals */ \
    X(LOAD_FAST__LOAD_ATTR, LOAD_FAST)         /* and the LOAD_ATTR_INSTANCE_VALUE after it (self.x) */ \
    X(LOAD_FAST__LOAD_METHOD, LOAD_FAST)       /* and the LOAD_METHOD_CACHED after it (self.m(), xs.append()) */ \
    X(CALL_METHOD_DESCR, CALL_METHOD)          /* a built-in method (xs.append(x)): its C function called directly */ \
    X(CALL_FUNCTION_BUILTIN, CALL_FUNCTION)    /* a built-in function (len(s)): its C function called directly */ \
    X(LOAD_ATTR_MODULE, LOAD_ATTR)             /* a module's attribute: its dict's keys version, the value's slot */ \
    X(LOAD_METHOD_MODULE, LOAD_METHOD)         /* the same for math.sqrt(x): NULL and the attribute pushed */

typedef enum vm_opcode {
#define VM_OP_ENUM(name) OP_##name,
    VM_OPCODES(VM_OP_ENUM)
#undef VM_OP_ENUM
    VM_OPCODE_COUNT,
    VM_QOPCODE_FIRST_ = VM_OPCODE_COUNT - 1,
#define VM_QOP_ENUM(name, base) OP_##name,
    VM_QOPCODES(VM_QOP_ENUM)
#undef VM_QOP_ENUM
    VM_OPCODE_ALL          /* generic and quickened */
} vm_opcode;

/* The generic form of a (possibly quickened) opcode. */
static inline vm_opcode vm_opcode_base(vm_opcode op)
{
    switch (op) {
#define VM_QOP_BASE(name, base) case OP_##name: return OP_##base;
    VM_QOPCODES(VM_QOP_BASE)
#undef VM_QOP_BASE
    default: return op;
    }
}

typedef uint32_t vm_codeunit;

#define VM_ARG_BITS   24
#define VM_ARG_MAX    ((1u << VM_ARG_BITS) - 1)
#define VM_OP(u)      ((vm_opcode)((u) & 0xff))
#define VM_ARG(u)     ((u) >> 8)
#define VM_UNIT(op, arg) ((vm_codeunit)(op) | ((vm_codeunit)(arg) << 8))
/* A code unit with its opcode in generic form (what a .pyc stores). */
static inline vm_codeunit vm_unit_base(vm_codeunit u)
{
    return VM_UNIT(vm_opcode_base(VM_OP(u)), VM_ARG(u));
}

/* BINARY_OP argument flag: augmented assignment (list += extends in place). */
#define VM_BINOP_INPLACE 0x100

/* BUILD_SET argument flag: the items are constants (more than two): the set
 * is made as CPython 3.11 makes it from source, which fixes its table
 * layout: the frozenset of the items in order, rebuilt from its own
 * iteration order by the compiler's constant merging, merged into an
 * empty set (vm_const_set). */
#define VM_SET_CONST 0x800000

/* MAKE_FUNCTION flags. */
#define VM_MF_DEFAULTS   0x01
#define VM_MF_KWDEFAULTS 0x02
#define VM_MF_ANNOTATIONS 0x04   /* a tuple (name, value, name, value...), as CPython 3.11's */
#define VM_MF_CLOSURE    0x08

const char *vm_opcode_name(vm_opcode op);
/* Net stack effect of op with arg; jump says whether the jump is taken
 * (for FOR_ITER and the conditional jumps; SETUP_FINALLY: the handler). */
int vm_stack_effect(vm_opcode op, uint32_t arg, int jump);

/* Whether op's argument is a jump target (an instruction index).  Inline:
 * the assembler and the verifier test every instruction. */
static inline bool vm_opcode_is_jump(vm_opcode op)
{
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SETUP_FINALLY: case OP_JUMP_IF_NOT_EXC_MATCH: case OP_SETUP_WITH:
        return true;
    default:
        return false;
    }
}

/* Whether op never falls through to the next instruction. */
static inline bool vm_opcode_ends_block(vm_opcode op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

#endif
