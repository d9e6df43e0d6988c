/*
 * slotwrap.h -- slot wrappers (wrapper_descriptor, method-wrapper): the
 * dunder attributes of the built-in types that stand for their C slots
 * (dict.__setitem__, int.__add__, (1).__add__), see slotwrap.c.
 */
#ifndef GCLAB_RUNTIME_SLOTWRAP_H
#define GCLAB_RUNTIME_SLOTWRAP_H

#include "runtime/object.h"

extern rt_type rt_wrapper_descr_type;   /* "wrapper_descriptor" */
/* Note which slots static type t defines itself (each gets a wrapper, or
 * __hash__ = None, in t's dict); called by rt_type_ready before t
 * inherits.  0 / -1. */
int rt_slot_wrappers_add(rt_type *t);
int rt_slot_wrappers_make(rt_type *t);   /* the pending ones of t */
/* The same for a number table given to t after rt_type_ready (str's, by
 * the VM's formatting): its slots get wrappers too.  0 / -1. */
int rt_slot_wrappers_add_number(rt_type *t);
bool rt_slot_wrapper_check(rt_object *o);
/* Is o one of object's own wrappers (object.__eq__, object.__ne__ ...)? */
bool rt_slot_wrapper_of_object(rt_object *o);
/* the hash function a '__hash__' slot wrapper calls (object.__hash__...), or NULL */
rt_hashfunc rt_slot_wrapper_hash(rt_object *o);
/* the mapping slot a '__setitem__' (set) or '__delitem__' slot wrapper
 * calls (dict's ass_subscript...), or NULL: a class defining only the
 * other one calls its base's slot without binding the wrapper */
rt_objobjargproc rt_slot_wrapper_ass_subscript(rt_object *o, bool set);
int rt_slot_wrapper_init(void);

#endif
