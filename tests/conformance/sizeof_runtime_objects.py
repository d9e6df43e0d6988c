# sys.getsizeof of the runtime's own objects, as CPython 3.11 reports
# them (with the GC header): functions, bound and built-in methods, weak
# references and proxies, iterators, modules, properties, partials,
# operator getters, tracebacks.  A generator's and a frame's size depend
# on its code's stack depth, which the two compilers compute differently:
# only their range is printed.
import functools
import operator
import sys
import weakref


def f():
    pass


def g():
    x = 1
    yield x


class K:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass


k = K()
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
for name, o in [("function", f), ("lambda", lambda: 0), ("method", k.m), ("classmethod bound", K.cm),
                ("builtin method", [].append), ("builtin function", len), ("weakref", weakref.ref(k)),
                ("proxy", weakref.proxy(k)), ("callable proxy", weakref.proxy(f)),
                ("range_iterator", iter(range(5))), ("enumerate", enumerate([])), ("module", sys),
                ("property", property()), ("partial", functools.partial(f)),
                ("itemgetter", operator.itemgetter(1)), ("attrgetter", operator.attrgetter("a")),
                ("traceback", tb)]:
    print(name, sys.getsizeof(o))
print("generator", 150 < sys.getsizeof(g()) < 400)
print("frame", 130 < sys.getsizeof(sys._getframe()) < 1000)
