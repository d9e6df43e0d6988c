class G:
    x = "class-x"
    def __init__(self):
        self.y = "inst-y"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("d_"):
            return name[2:]
        raise AttributeError(name)
g = G()
print(g.x, g.y, g.d_hello)
try:
    g.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(g, "nope", "dflt"), hasattr(g, "nope2"))
class H:
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("fallback", name)
        return 42
h = H()
h.z = 1
print(h.z)
print(h.boom)
print(h.other)
class P:
    @property
    def p(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "getattr:" + name
print(P().p)
class K:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    K().a
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(K(), "a")
except KeyError as e:
    print("hasattr KeyError", e)
class Dunder:
    def __getattr__(self, name):
        return lambda *a: "dyn " + name
d = Dunder()
print(d.foo())
try:
    len(d)
except TypeError as e:
    print("TypeError", e)
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
class Rec:
    def __getattr__(self, name):
        if name == "a":
            return self.b
        raise AttributeError(name)
try:
    Rec().a
except AttributeError as e:
    print("AttributeError", e, e.name)
