/*
 * mappingproxy.h -- the read-only view C.__dict__ gives (mappingproxy.c).
 */
#ifndef GCLAB_RUNTIME_MAPPINGPROXY_H
#define GCLAB_RUNTIME_MAPPINGPROXY_H

#include "runtime/object.h"

extern rt_type rt_mappingproxy_type;   /* "mappingproxy" */
rt_object *rt_mappingproxy_new(rt_object *dict);   /* a read-only view of dict (borrowed) */

#endif
