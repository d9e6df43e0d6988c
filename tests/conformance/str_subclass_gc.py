# str subclasses and the collector: a subclass instance is a tracked
# container (one allocation counted), in a cycle through its __dict__ it is
# collected, and a weakref to it dies with it
import gc, weakref


class S(str):
    pass


class Symbol(str):
    __slots__ = ()


class WithWeak(str):
    __slots__ = ("__weakref__",)


w = WithWeak("held")
r = weakref.ref(w)
del w
print(r())
c = S("cycle")
c.me = c
rc = weakref.ref(c)
del c
gc.collect()
print("cycle collected:", rc() is None)
gc.collect()
gc.disable()
before = gc.get_count()[0]
made = [Symbol("k%d" % i) for i in range(5)]
print("count moved by", gc.get_count()[0] - before)
gc.enable()
