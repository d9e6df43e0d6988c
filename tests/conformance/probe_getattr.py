# Probing program (issue 13): __getattr__, __getattribute__, __setattr__, __delattr__, bad __repr__/__str__
class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("z"):
            raise AttributeError(name)
        return "dyn:" + name
g = G()
print(g.real, g.foo, hasattr(g, "zed"), getattr(g, "zz", "dflt"))
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secret")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(GA().secret)
class SA:
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
s = SA(); s.x = 3; print(s.x); del s.x
try:
    s.x
except AttributeError as e:
    print("AE", e)
print(getattr(s, "y", None), vars(s))
try:
    vars(1)
except TypeError as e:
    print("TE", e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e:
    print("TE", e)
class S2:
    def __str__(self): return None
try:
    str(S2())
except TypeError as e:
    print("TE", e)
print(str(R.__repr__) != "", type(R().__repr__).__name__)
