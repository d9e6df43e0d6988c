class Base:
    def __init__(self):
        self._size = 1
        self.log = []
    @property
    def size(self):
        """the size"""
        self.log.append("get")
        return self._size
    @size.setter
    def size(self, v):
        self.log.append("set %r" % v)
        self._size = v
    @size.deleter
    def size(self):
        self.log.append("del")
        self._size = None

class Child(Base):
    @Base.size.setter
    def size(self, v):
        self.log.append("child set")
        Base.size.fset(self, v * 2)

c = Child()
c.size = 5
print(c.size, c.log)
del c.size
print(c._size, c.log[-1], Base.size.__doc__, Child.size.__doc__)
print(Base.size.fget.__name__, Child.size.fset.__qualname__, Child.size.fdel is Base.size.fdel)
class RO:
    @property
    def val(self):
        return 42
r = RO()
try:
    r.val = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.val
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __getattr__(self, name):
        return "fallback:" + name
    @property
    def broken(self):
        raise AttributeError("inner missing")
    @property
    def other(self):
        raise KeyError("k")
lz = Lazy()
print(lz.broken, lz.anything)
try:
    lz.other
except KeyError as e:
    print("KeyError:", e)
p = property(lambda self: 1, doc="custom doc")
print(p.__doc__, p.fset, p.getter(lambda s: 2).fget(None))
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    def _get_ratio(self):
        return round(self.w / self.h, 3)
    ratio = property(_get_ratio, None, None, "w/h")
cp = Computed(3, 4)
print(cp.area, cp.ratio, Computed.ratio.__doc__, type(Computed.area).__name__)
cp.w = 10
print(cp.area, cp.ratio, isinstance(Computed.__dict__["area"], property))
print(vars(cp), sorted(k for k in vars(Computed) if not k.startswith("__")))
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
class Counter:
    count = 0
    @property
    def next_id(self):
        type(self).count += 1
        return type(self).count
k = Counter()
print(k.next_id, k.next_id, Counter.count, Counter().next_id)
