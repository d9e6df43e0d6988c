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

#endif
