log = []
def deco(name):
    log.append("make " + name)
    def apply(obj):
        log.append("apply " + name + " to " + obj.__name__)
        return obj
    return apply
def side(name):
    log.append("eval " + name)
    return name
@deco("outer")
@deco("inner")
class K(object if side("base") else None):
    log.append("body start")
    a = side("a")
    @deco("method")
    def m(self):
        return 1
    b = side("b")
    log.append("body end")
print(log)
print([k for k in K.__dict__ if not k.startswith("__")])
def replacing(cls):
    return "replaced " + cls.__name__
@replacing
class R:
    pass
print(R)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances, "instances" in Sub.__dict__)
class Attr:
    items = []
    def add(self, v):
        self.items.append(v)
    def rebind(self, v):
        self.items = [v]
a1, a2 = Attr(), Attr()
a1.add(1); a2.add(2)
print(Attr.items, a1.items is a2.items)
a1.rebind(9)
print(a1.items, a2.items, Attr.items)
class WithClassmethodCounter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class Child(WithClassmethodCounter):
    pass
print(WithClassmethodCounter.bump(), Child.bump(), Child.bump(), WithClassmethodCounter.n, Child.n)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append("Meta.__new__ " + name + " " + str(sorted(kw)))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append("Meta.__init__ " + name)
        super().__init__(name, bases, ns)
log.clear()
class M(metaclass=Meta, flag=True):
    log.append("M body")
print(log, type(M).__name__)
class Prop:
    def __init__(self):
        self._x = 0
    x = property(lambda self: self._x)
    y = x
print(Prop().y, Prop.x is Prop.y)
class Nested:
    class Inner:
        pass
    ref = Inner
print(Nested.ref is Nested.Inner, Nested.Inner.__qualname__)
try:
    class Broken(5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(K, K):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class BadMRO(object, K):
        pass
except TypeError as e:
    print("TypeError", e)
