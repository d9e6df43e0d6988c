class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing:" + name
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 2 if isinstance(v, int) else v)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
    def meth(self):
        return "m"

o = Logged()
o.x = 5
print(o.x, o.meth(), o.nope, o.log)
del o.x
print(o.x, hasattr(o, "x"), getattr(o, "y", "dflt"))
try:
    del o.never
except AttributeError as e:
    print(e)
class Strict:
    __slots__ = ()
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)
s = Strict()
print(hasattr(s, "anything"), getattr(s, "x", 3))
try:
    s.foo
except AttributeError as e:
    print(e)
print(type(s).__name__)
class Dyn:
    def __dir__(self):
        return ["b", "a", "a"]
print(dir(Dyn()))
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, n):
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), len(p._t))
try:
    len(p)
except TypeError as e:
    print(e)
print(getattr(object(), "__class__").__name__, object.__getattribute__(5, "real"))
try:
    object.__getattribute__(5, 7)
except TypeError as e:
    print(e)
