import gc
class Base:
    pass
class Sub(Base):
    pass
i1 = Base()
i2 = Sub()
refs = gc.get_referrers(Base)
kinds = []
for r in refs:
    if r is i1:
        kinds.append("instance")
    elif r is Sub:
        kinds.append("subclass")
    elif r is Sub.__mro__:
        kinds.append("sub mro")
    elif r is Sub.__bases__:
        kinds.append("sub bases")
    elif r is Base.__mro__:
        kinds.append("own mro")
    elif isinstance(r, dict) and r.get("Base") is Base:
        kinds.append("globals")
print(sorted(kinds))
print(any(r is i2 for r in gc.get_referrers(Sub)), any(r is i2 for r in gc.get_referrers(Base)))
print(sorted(type(x).__name__ for x in gc.get_referents(i1)), sorted(type(x).__name__ for x in gc.get_referents(Sub)))
class WithSlots:
    __slots__ = ("a", "b")
w = WithSlots()
w.a = [1]
print([type(x).__name__ for x in gc.get_referents(w)])
w.b = (2,)
print([type(x).__name__ for x in gc.get_referents(w)])
def f():
    pass
print(any(r is f for r in gc.get_referrers(f.__code__)), any(r is f for r in gc.get_referrers(f.__globals__)))
