/*
 * dict_int.h -- what dict.c shares with dictview.c: the layout of a keys
 * block and the entry points of the views and iterators.  Not for use
 * outside runtime/dict*.c.
 *
 * Invariants: see dict.c (entries follow the index slots in one block;
 * a NULL entry key is a deleted entry).
 */
#ifndef GCLAB_RUNTIME_DICT_INT_H
#define GCLAB_RUNTIME_DICT_INT_H

#include "runtime/dict.h"

typedef struct dict_entry {
    intptr_t hash;
    rt_object *key;     /* NULL: deleted */
    rt_object *value;
} dict_entry;

struct rt_dict_keys {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    bool general;       /* a key that is not an exact str was appended once */
    uint32_t first;     /* no live entry below it (a hint, kept only by
                           rt_dict_popitem_end's front pops: OrderedDict
                           LRUs pop the front again and again) */
    intptr_t usable;
    intptr_t nentries;
    char indices[];     /* then the entries */
};

#define DICT(o) ((rt_dict *)(o))

static inline size_t dk_size(rt_dict_keys *k) { return (size_t)1 << k->log2_size; }

static inline dict_entry *dk_entries(rt_dict_keys *k)
{
    return (dict_entry *)(k->indices + (dk_size(k) << k->log2_index_bytes));
}

/* The "takes no arguments" check of dict's and its views' methods. */
int rt_dict_no_args(const char *name, intptr_t nargs, rt_object *kw);

/* dictview.c: iter(d); reversed(d); readying the view and iterator
 * types (rt_dict_view_new: dict.h). */
rt_object *rt_dict_iter(rt_object *d);
rt_object *rt_dict_reversed(rt_object *d);
int rt_dictview_init(void);

#endif
