class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name[1:], self.kind.__name__, type(value).__name__))
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(p.nd)
p.nd = "instance wins"
print(p.nd, Person.nd)
p.__dict__["name"] = "shadow"
print(p.name, p.__dict__["name"])
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
class Meth:
    def f(self):
        return 1
m = Meth()
bm = m.f
print(bm.__self__ is m, bm.__func__ is Meth.f, bm == m.f, bm is m.f, Meth.f.__get__(m)())
print(type(bm).__name__, type(Meth.f).__name__, type(Meth.__dict__["f"]).__name__)
sm = staticmethod(lambda: 5)
cm = classmethod(lambda cls: cls.__name__)
class H:
    s = sm
    c = cm
print(H.s(), H().c(), type(H.__dict__["s"]).__name__, H.__dict__["c"].__func__(H))
class Upper:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError("no %s" % name)
u = Upper()
print(u.xyz, getattr(u, "xa", 0), getattr(u, "b", "default"), hasattr(u, "b"))
try:
    u.b
except AttributeError as e:
    print("AttributeError:", e)
