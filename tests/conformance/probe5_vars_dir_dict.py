class A:
    cls_level = 1
    def __init__(self):
        self.x = 1
        self._y = 2
    def method(self):
        return 3
class B(A):
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
a = A()
print(vars(a), a.__dict__ is vars(a), sorted(k for k in dir(a) if not k.startswith("__")))
print(dir(B()), sorted(vars(A).keys())[:3], "method" in vars(A), "cls_level" in vars(B))
a.__dict__["z"] = 26
print(a.z, vars(a))
a.__dict__.clear()
print(vars(a), hasattr(a, "x"))
a.__dict__ = {"new": "dict"}
print(a.new, vars(a))
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(A.__dict__).__name__, A.__dict__["cls_level"], len(A.__dict__) > 3, "x" in A.__dict__)
def f():
    local_a = 1
    local_b = [2]
    return sorted(locals().items())
print(f())
g = globals()
g["injected"] = "yes"
print(injected, "A" in g, g["__name__"])
class Dyn:
    pass
for i, name in enumerate(["one", "two"]):
    setattr(Dyn, name, i)
d = Dyn()
d.__dict__.update(three=3)
print(Dyn.one, d.two, d.three, sorted(k for k in vars(Dyn) if not k.startswith("_")))
print(sorted(k for k in dir(Dyn) if not k.startswith("__")), "__init__" in dir(d), "__class__" in dir(d))
print(sorted(dir([]))[-3:], "append" in dir(list), "keys" in dir({}), len([k for k in dir(object) if k.startswith("__")]) > 10)
class Sl:
    __slots__ = ("a", "b")
print(sorted(k for k in dir(Sl()) if not k.startswith("__")), hasattr(Sl(), "__dict__"))
m = __import__("math")
print("sqrt" in dir(m), "pi" in vars(m), type(vars(m)).__name__)
