import weakref, gc
class T:
    def __init__(self, v):
        self.v = v
    def __call__(self, x):
        return self.v + x
    def __len__(self):
        return self.v
    def __repr__(self):
        return "T(%d)" % self.v
    def __iter__(self):
        return iter(range(self.v))
t = T(3)
p = weakref.proxy(t)
print(p.v, p(4), len(p), list(p), bool(p), type(p).__name__, repr(p)[:22] == "<weakproxy at 0x" or repr(p)[:11])
print(str(p), p == t, t == p, p is t, isinstance(p, T), p.__class__.__name__)
p.v = 5
print(t.v)
del p.v
print(hasattr(t, "v"))
t.v = 2
del t
gc.collect()
for label, fn in [("attr", lambda: p.v), ("call", lambda: p(1)), ("len", lambda: len(p)), ("bool", lambda: bool(p)),
                  ("str", lambda: str(p)), ("iter", lambda: list(p)), ("setattr", lambda: setattr(p, "v", 1)),
                  ("eq", lambda: p == 1), ("hash", lambda: hash(p))]:
    try:
        print(label, fn())
    except (ReferenceError, TypeError) as e:
        print(label, type(e).__name__, e)
print(issubclass(ReferenceError, Exception), ReferenceError.__mro__[1].__name__)
class Plain:
    pass
o = Plain()
pp = weakref.proxy(o)
try:
    pp()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.proxy(pp)
except TypeError as e:
    print("TypeError", e)
r = weakref.ref(o)
try:
    r.nothing
except AttributeError as e:
    print("AttributeError", e)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
p2 = weakref.proxy(o)
print(p2 is pp, weakref.getweakrefcount(o))
def cb(ref):
    print("proxy callback", type(ref).__name__)
p3 = weakref.proxy(o, cb)
print(p3 is pp, weakref.getweakrefcount(o))
del o
print("after del")
