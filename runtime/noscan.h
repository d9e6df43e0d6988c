/*
 * noscan.h -- RT_NOSCAN, the mark of a static that never holds a pointer
 * to a MEM or OBJECT block.
 *
 * Invariant: every static so marked holds only numbers, text, C function
 * pointers and pointers to other statics (method and getset tables, the
 * allocator's counters, static objects whose pointers all lead to static
 * types), now and after any change to it.  The section is left out of a
 * conservative collector's roots (collectors/boehm.c), so a heap pointer
 * stored there would not keep its block alive.
 */
#ifndef GCLAB_RUNTIME_NOSCAN_H
#define GCLAB_RUNTIME_NOSCAN_H

/* The section rt_noscan: the linker puts its statics side by side, so
 * that libgc, which otherwise scans the program's data and bss word by
 * word at every collection, leaves them out as one range.  Writable
 * statics only (a const one would clash with the section's flags). */
#define RT_NOSCAN __attribute__((section("rt_noscan")))

/* A static type, in the same section: it holds heap pointers (its dict,
 * mro, subclass weakref...), but only in the fields a conservative
 * collector pushes itself for every type rt_type_ready has remembered
 * (rt_static_types; collectors/boehm.c, push_static_types), and a static
 * type is remembered before it gets any of them.  The rest of its ~56
 * words (sizes, flags, C slots) are left unscanned. */
#define RT_NOSCAN_TYPE RT_NOSCAN

#endif
