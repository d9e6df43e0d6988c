/*
 * modargs.c -- binding a vector call's arguments to named parameters for
 * module functions that model functions written in Python in CPython
 * (random.Random.randint, ...), with the messages CPython's argument
 * binding gives for them ("missing 1 required positional argument: 'b'",
 * "takes from 1 to 3 positional arguments but 4 were given"), and
 * putting a module's static type in it under its CPython module name.
 */
#include <string.h>
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

int mod_bind(const mod_sig *sig, rt_object *const *args, intptr_t nargs, rt_object *kwnames,
             rt_object **out)
{
    int n = 0;
    while (sig->names[n])
        n++;
    int self = sig->method ? 1 : 0;
    for (int i = 0; i < n; i++)
        out[i] = NULL;
    if (nargs > sig->npos) {
        if (sig->nreq == sig->npos)
            rt_err_format(&rt_exc_TypeError, "%s() takes %d positional argument%s but %ld %s given",
                          sig->name, sig->npos + self, sig->npos + self == 1 ? "" : "s",
                          (long)nargs + self, nargs + self == 1 ? "was" : "were");
        else
            rt_err_format(&rt_exc_TypeError,
                          "%s() takes from %d to %d positional arguments but %ld %s given", sig->name,
                          sig->nreq + self, sig->npos + self, (long)nargs + self,
                          nargs + self == 1 ? "was" : "were");
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (intptr_t k = 0; kwnames && k < RT_SIZE(kwnames); k++) {
        rt_object *kn = RT_TUPLE_GET_ITEM(kwnames, k);
        int i = 0;
        while (i < n && !rt_str_eq_cstr(kn, sig->names[i]))
            i++;
        if (i == n) {
            rt_err_format(&rt_exc_TypeError, "%s() got an unexpected keyword argument '%s'", sig->name,
                          rt_str_data(kn));
            return -1;
        }
        if (out[i]) {
            rt_err_format(&rt_exc_TypeError, "%s() got multiple values for argument '%s'", sig->name,
                          sig->names[i]);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    int missing = 0;
    for (int i = 0; i < sig->nreq; i++)
        missing += out[i] == NULL;
    if (missing) {
        char names[256] = "";
        int seen = 0;
        for (int i = 0; i < sig->nreq; i++) {
            if (out[i])
                continue;
            seen++;
            size_t l = strlen(names);
            snprintf(names + l, sizeof names - l, "%s'%s'",
                     seen == 1 ? "" : seen == missing ? (missing > 2 ? ", and " : " and ") : ", ",
                     sig->names[i]);
        }
        rt_err_format(&rt_exc_TypeError, "%s() missing %d required positional argument%s: %s",
                      sig->name, missing, missing == 1 ? "" : "s", names);
        return -1;
    }
    return 0;
}

int mod_add_type(rt_object *module, rt_type *t, const char *modname)
{
    if (rt_type_ready(t) < 0)
        return -1;
    rt_object *mn = rt_str_from_cstr(modname);
    int r = mn ? rt_dict_setitem_str(t->dict, "__module__", mn) : -1;
    RT_XDECREF(mn);
    /* a name carrying its module ("collections.deque") is bound by its last part */
    const char *dot = strrchr(t->name, '.');
    return r < 0 ? -1 : rt_setattr_str(module, dot ? dot + 1 : t->name, RT_OBJ(t));
}
