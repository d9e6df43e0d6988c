# Class protocols: __setattr__/__delattr__/__getattr__, descriptors,
# __contains__, __iter__/__next__, __call__, rich comparisons with
# reflection and NotImplemented, __bool__ and the __len__ fallback, class
# decorators.
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
    def __getattr__(self, name):
        return "missing:" + name
l = Logged()
l.b = 2
print(l.a, l.b, l.zzz)
del l.b
print(l.b)
try:
    del l.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.slot = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor on " + objtype.__name__
        return getattr(obj, self.slot)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print("deleting", self.slot)
class Point:
    x = Typed(int)
    def __init__(self, x):
        self.x = x
p = Point(3)
print(p.x, Point.x, p._x)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return BagIter(self.items)
    def __call__(self, extra):
        return Bag(*(self.items + [extra]))
class BagIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]
b = Bag(1, 2)
print(2 in b, 5 not in b, list(b), len(b), list(b(3)), sorted(b(0)))
print(bool(Bag()), bool(b), "empty" if not Bag() else "full")
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print([bool(Truth(x)) for x in (True, False)])
try:
    bool(Truth(1))
except TypeError as e:
    print("TypeError:", e)
class IterOnly:
    def __iter__(self):
        yield from (10, 20)
print(20 in IterOnly(), 30 in IterOnly())

class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Money.__eq__")
        if isinstance(other, Money):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, (int, Money)):
            return self.v < (other.v if isinstance(other, Money) else other)
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, (int, Money)):
            return self.v > (other.v if isinstance(other, Money) else other)
        return NotImplemented
    __hash__ = None
    def __repr__(self):
        return "Money(" + str(self.v) + ")"
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1)
print(Money(1) < 2, 2 > Money(1), 0 < Money(1), Money(3) > Money(2))
print(sorted([Money(3), Money(1), Money(2)]))
try:
    Money(1) < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)
class Derived(Money):
    def __gt__(self, other):
        print("Derived.__gt__ (reflected first)")
        return True
print(Money(5) < Derived(1))

def register(cls):
    cls.registered = True
    return cls
def rename(name):
    def deco(cls):
        cls.label = name
        return cls
    return deco
@register
@rename("thing")
class Thing:
    pass
print(Thing.registered, Thing.label)
