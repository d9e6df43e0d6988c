order = []
def deco(tag):
    def d(cls):
        order.append(tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return d
@deco("outer")
@deco("inner")
class C:
    order.append("body")
print(order, C.tags)
def replace(cls):
    return "replaced " + cls.__name__
@replace
class D:
    pass
print(D)
def fdeco(f):
    order.append("fdeco " + f.__name__)
    return f
class E:
    @fdeco
    def m(self):
        pass
    @staticmethod
    @fdeco
    def s():
        pass
print(order[-2:])
def bad(cls):
    raise ValueError("deco fails")
try:
    @bad
    class F:
        pass
except ValueError as e:
    print("ValueError", e)
print("F" in globals())
reg = {}
def register(name):
    def inner(obj):
        reg[name] = obj
        return obj
    return inner
@register("x")
@register("y")
def func():
    return 1
print(sorted(reg), reg["x"] is reg["y"])
class G:
    @property
    @fdeco
    def p(self):
        return "p"
print(G().p)
deco_list = [deco("from-list")]
@deco_list[0]
class H:
    pass
print(H.tags)
@(lambda c: c)
class I:
    pass
print(I.__name__)
