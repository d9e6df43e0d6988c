# Probing program (issue 13, round 2): class attributes, __init_subclass__, __class_getitem__, __eq__/__hash__, __bool__
class Registry:
    members = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.members.append(cls.__name__)
class A(Registry, tag="a"):
    pass
class B(A):
    pass
print(Registry.members, A.tag, B.tag)
try:
    class C(Registry, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % item.__name__
print(Box[int], Box[str])
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
c1.count = 100
print(Counter.count, c1.count, c2.count, c1.id, c2.id)
del c1.count
print(c1.count)
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Money) and self.v == o.v
    def __hash__(self):
        return hash(("Money", self.v))
    def __bool__(self):
        return self.v != 0
    def __len__(self):
        return 99
print(Money(1) == Money(1), Money(1) != Money(2), len({Money(1), Money(1)}), bool(Money(0)), bool(Money(3)))
print(Money(1) == 1, Money(1).__eq__(1))
class OnlyLen:
    def __len__(self):
        return 0
print(bool(OnlyLen()), not OnlyLen())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "O%d" % self.v
print(Ordered(1) < Ordered(2), Ordered(3) > Ordered(2), sorted([Ordered(2), Ordered(1)]))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError", e)
print(A.__name__, A.__qualname__, A.__module__, type(A).__name__, B.__base__.__name__)
print(sorted(k for k in vars(Money) if not k.startswith("__") or k == "__eq__"))
class WithDoc:
    "A documented class."
print(WithDoc.__doc__, Box.__doc__, callable(Box), callable(Box()))
print(type(Money(1)).__eq__ is Money.__eq__, Money.__hash__(Money(2)) == hash(Money(2)))
