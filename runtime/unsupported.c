/*
 * unsupported.c -- telling "gclab lacks it" from "Python has no such
 * attribute" when an attribute lookup fails on a built-in type, an
 * instance of one, or a module gclab ships: a name CPython 3.11 has there
 * (the table cpython_names.h, generated on CPython by
 * scripts/gen-cpython-names.py) raises NotImplementedError naming it, in
 * the wording of the other unsupported constructs; any other name keeps
 * CPython's AttributeError.
 *
 * Consulted on the failing path only: a successful lookup never gets here.
 */
#include <stdlib.h>
#include <string.h>
#include "runtime/error.h"
#include "runtime/str.h"

#include "runtime/cpython_names.h"

static int cmp_name(const void *key, const void *elem)
{
    return strcmp((const char *)key, (const char *)elem);
}

#define NNAMES (sizeof cpython_names / sizeof cpython_names[0])

/* The entries the subset itself provides, noted at start-up
 * (rt_cpython_note_provided): for owners such as "builtins" whose
 * namespace a program can change, "CPython has it and gclab lacks it" must
 * not depend on what the program did since. */
static unsigned char provided[(NNAMES + 7) / 8];

/* The index of "owner.name" in the table, or -1. */
static intptr_t name_index(const char *owner, const char *name)
{
    size_t on = strlen(owner), nn = strlen(name);
    char key[CPYTHON_NAME_MAX];
    if (name[0] == '_' || on + 1 + nn >= sizeof key)
        return -1;
    memcpy(key, owner, on);
    key[on] = '.';
    memcpy(key + on + 1, name, nn + 1);
    const char(*hit)[CPYTHON_NAME_MAX] = bsearch(key, cpython_names, NNAMES, sizeof cpython_names[0], cmp_name);
    return hit ? hit - cpython_names : -1;
}

bool rt_cpython_has_attr(const char *owner, const char *name)
{
    return name_index(owner, name) >= 0;
}

void rt_cpython_note_provided(const char *owner, const char *name)
{
    intptr_t i = name_index(owner, name);
    if (i >= 0)
        provided[i / 8] |= (unsigned char)(1u << (i % 8));
}

bool rt_cpython_lacks(const char *owner, const char *name)
{
    intptr_t i = name_index(owner, name);
    return i >= 0 && !(provided[i / 8] & (1u << (i % 8)));
}

rt_object *rt_err_unsupported_attr(const char *owner, const char *name)
{
    return rt_err_format(&rt_exc_NotImplementedError, "%s.%s: not supported by the gclab Python subset", owner,
                         name);
}

rt_object *rt_err_unsupported_base(const char *name)
{
    return rt_err_format(&rt_exc_NotImplementedError, "subclassing %s: not supported by the gclab Python subset",
                         name);
}

const char *rt_unsupported_owner(rt_type *t, rt_object *name)
{
    if (!rt_str_check(name) || rt_str_data(name)[0] == '_')
        return NULL;   /* dunders and private names are never in the table */
    /* object has no public attribute: a user class's instance stops here */
    for (; t && t != &rt_object_type; t = t->base)
        if (!(t->flags & RT_TPFLAGS_HEAPTYPE) && rt_cpython_has_attr(t->name, rt_str_data(name)))
            return t->name;
    return NULL;
}
