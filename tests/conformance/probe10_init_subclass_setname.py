order = []
class D:
    def __set_name__(self, owner, name):
        order.append(("set_name", owner.__name__, name))
        self.name = name
    def __get__(self, o, t=None):
        return self if o is None else "get " + self.name
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        order.append(("init_subclass", cls.__name__, tag, sorted(kw)))
        super().__init_subclass__(**kw)
class C(Base, tag="t1"):
    a = D()
    b = D()
print(order)
order.clear()
class E(C):
    c = D()
print(order)
print(C().a, E().c, E.c.name)
try:
    class F(Base, bogus=1, tag=2):
        pass
except TypeError as e:
    print("TypeError", e)
class G:
    pass
d = D()
G.late = d
print(hasattr(d, "name"))
class Raiser:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class H:
        r = Raiser()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
    if hasattr(e, "__notes__"):
        print(e.__notes__)
