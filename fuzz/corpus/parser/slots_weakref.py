# weakrefs to __slots__ instances only when '__weakref__' is a slot
import weakref
class NoWeak:
    __slots__ = ("a",)
class Weak:
    __slots__ = ("a", "__weakref__")
class Normal:
    pass
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = Weak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
n = Normal()
rn = weakref.ref(n)
print(rn() is n)
for v in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(v)
        print("ok", type(v))
    except TypeError as e:
        print("TypeError:", e)
