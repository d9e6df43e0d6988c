# __slots__: instances without a __dict__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y
p = P(1, 2)
print(p.x, p.y, p.total(), hasattr(p, "__dict__"))
p.x = 10
print(p.total())
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x + q.y + q.z, hasattr(q, "__dict__"))
e = P(0, 0)
del e.x
try:
    print(e.x)
except AttributeError as err:
    print("AttributeError:", err)
class Free:
    pass
print(hasattr(Free(), "__dict__"))
