# Probing program (issue 13, round 2): __getattr__, __getattribute__, __setattr__, __delattr__ hooks
class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print("compute", name)
        v = len(name)
        setattr(self, name, v)
        return v
l = Lazy()
print(l.abc, l.abc, l.loaded)
print(hasattr(l, "_hidden"), getattr(l, "_x", "default"))
class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
g = Logged()
g.a = 1
print(g.a, g.secret)
del g.a
try:
    g.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del g.nothere
except AttributeError as e:
    print("AttributeError", e)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.boom, b.other)
b.x = 3
print(b.x)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
class Target:
    pass
tg = Target()
px = Proxy(tg)
px.color = "red"
print(tg.color, px.color, "color" in px.__dict__)
print(getattr(px, "upper", None))
class Err:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Err(), "q")
except KeyError as e:
    print("KeyError", e)
