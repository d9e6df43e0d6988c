# Probing program (issue 13, round 2), lines moved out of probe2_weakref_ref_attrs
# and probe2_wvd_ops: a weakref.ref subclass taking extra keyword arguments,
# ref()'s argument message, WeakValueDictionary.copy/valuerefs/update(**kw).
import weakref
class A:
    pass
a = A()
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag="t"):
        super().__init__(ob, callback)
        self.tag = tag
m = MyRef(a, None, tag="mine")
print(m.tag, m() is a, type(m).__name__)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError", e)
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
keep = [V(1), V(2)]
d["a"] = keep[0]
d.update({"b": keep[1]}, c=keep[1])
print(sorted(d.keys()), len(d.valuerefs()))
c = d.copy()
print(type(c).__name__, sorted(c.keys()))
