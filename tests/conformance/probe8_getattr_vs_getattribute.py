# __getattr__ only for misses; __getattribute__ for everything; AttributeError
# from __getattribute__ falls back to __getattr__.
class Miss:
    a = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("z"):
            raise AttributeError("no " + name)
        return name.upper()

m = Miss()
print(m.a)
print(m.b)
m.c = 3
print(m.c)
print(hasattr(m, "zeta"))
print(getattr(m, "zoo", "default"))
try:
    m.zed
except AttributeError as e:
    print("AttributeError", e)

class Every:
    x = 10
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "boom":
            raise AttributeError("boom is missing")
        if name == "key":
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("fallback", name)
        return 42

e = Every()
print(e.x)
print(e.boom)
print(e.nothere)
try:
    e.key
except KeyError as ex:
    print("KeyError", ex)
print(hasattr(e, "boom"))
try:
    hasattr(e, "key")
except KeyError as ex:
    print("hasattr let KeyError through", ex)

class Dyn:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 5
        raise AttributeError(name)
d = Dyn()
print(d.__len__())
try:
    len(d)
except TypeError as ex:
    print("TypeError", ex)

class Recur:
    def __getattr__(self, name):
        return self.__dict__.get("fallback_" + name, "none:" + name)
r = Recur()
r.fallback_q = "found"
print(r.q, r.w)
