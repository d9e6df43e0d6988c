# C.__dict__ and vars(C): a read-only, live mappingproxy of the class's
# attributes, as CPython's (repr, reads, methods, TypeErrors on writes).
class C:
    x = 1
    def m(self): return 2
d = C.__dict__
print(type(d).__name__, type(d), repr(d)[:13], str(d)[:14])
print(list(d)[:3], len(d) == len(list(d)), "x" in d, "y" in d, d["x"], d.get("x"), d.get("y"), d.get("y", 5))
print(list(d.keys())[:3], list(d.items())[:2], type(d.keys()).__name__, type(d.copy()).__name__, d.copy() == dict(d))
print(d == dict(d), d != {}, isinstance(d, dict), C.__dict__ is C.__dict__, C.__dict__ == C.__dict__)
def store(): d["x"] = 1
def delete(): del d["x"]
def missing(): return d["nope"]
def setattr_(): d.x = 1
def pop(): return d.pop("x")
def hash_(): return hash(d)
def get0(): return d.get()
def keys1(): return d.keys(1)
for bad in [store, delete, missing, setattr_, pop, hash_, get0, keys1]:
    try:
        bad()
        print(bad.__name__, "ok")
    except Exception as e:
        print(bad.__name__, type(e).__name__, e)
print(C.x, dict(d)["x"], dict(**d)["x"], sorted(dict(int.__dict__))[:2] == sorted(int.__dict__)[:2])
class Sub(C):
    pass
print(list(Sub.__dict__), "x" in Sub.__dict__, Sub.__dict__.get("x", "inherited"), len(Sub.__dict__))
print(list(object.__dict__) == list(vars(object)), object.__dict__["__eq__"], repr(int.__dict__).startswith("mappingproxy({"))
print(type(int.__dict__).__name__, "__add__" in int.__dict__, int.__dict__["__add__"], vars(C) == d, type(vars(C)).__name__)
print(sorted(k for k in dir(d) if not k.startswith("_")))
print((d | {"z": 1})["z"], type(d | {}).__name__, list(reversed(d))[-1], sorted(d.values(), key=repr)[0] is not None)
import gc
C.y = 5
print("y" in d, d["y"])
print([k for k in type.__dict__ if k == "__dict__"], type(type.__dict__["__dict__"]).__name__)
