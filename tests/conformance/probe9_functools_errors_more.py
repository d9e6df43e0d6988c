import functools

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def add(a, b=0, *, c=0):
    return a + b + c
attempt("reduce-empty", lambda: functools.reduce(add, []))
attempt("reduce-noncall", lambda: functools.reduce(1, [1, 2]))
attempt("reduce-nonit", lambda: functools.reduce(add, 5))
attempt("reduce-kw", lambda: functools.reduce(add, [1], initial=0))
attempt("partial-repr", lambda: repr(functools.partial(add, 1, c=2)).replace(hex(id(add)), "ADDR").split(" at ")[0])
attempt("partial-kw-override", lambda: functools.partial(add, c=1)(1, c=5))
attempt("partial-setattr", lambda: setattr(functools.partial(add), "func", len))
attempt("partial-dict", lambda: (lambda p: (setattr(p, "extra", 1), p.extra, p.__dict__)[1:])(functools.partial(add)))
attempt("partial-eq", lambda: functools.partial(add, 1) == functools.partial(add, 1))
attempt("partial-nested-kw", lambda: functools.partial(functools.partial(add, c=1), c=2).keywords)
attempt("lru-unhashable", lambda: functools.lru_cache()(add)([1]))
attempt("lru-bad-maxsize", lambda: functools.lru_cache(maxsize="x"))
attempt("lru-neg", lambda: functools.lru_cache(maxsize=-5)(add).cache_parameters())
attempt("lru-kwargs-order", lambda: (lambda f: (f(1, b=2), f(b=2, a=1), f(a=1, b=2), f.cache_info()))(functools.lru_cache()(add)))
attempt("lru-info", lambda: repr(functools.lru_cache(maxsize=3)(add).cache_info()))
attempt("lru-info-fields", lambda: functools.lru_cache()(add).cache_info()._fields)
attempt("cache-repr-wrapped", lambda: functools.cache(add).__wrapped__ is add)
attempt("wraps-attrs", lambda: functools.WRAPPER_ASSIGNMENTS)
attempt("wraps-updates", lambda: functools.WRAPPER_UPDATES)
def wrapped_target():
    "target doc"
wrapped_target.custom = 1
def wrapper():
    pass
functools.update_wrapper(wrapper, wrapped_target)
attempt("update-wrapper", lambda: (wrapper.__name__, wrapper.__doc__, wrapper.custom, wrapper.__wrapped__ is wrapped_target))
attempt("total-ordering-none", lambda: functools.total_ordering(type("X", (), {})))
attempt("cmp-to-key-call", lambda: functools.cmp_to_key(lambda a, b: 0)(1) == functools.cmp_to_key(lambda a, b: 0)(2))
attempt("cmp-to-key-bad", lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: "x")))
