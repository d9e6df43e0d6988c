# Property getters read at one site many times (the loop calls a Python
# getter as a frame of its own): several classes at one site, the class
# changed under the site, a getter that raises, recurses, closes over a
# variable, takes the wrong arguments; property subclasses,
# __getattribute__, an instance dict entry of the same name.
import sys


class Base:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2


class Sub(Base):
    pass


class Other(Base):
    @property
    def v(self):
        return -self._v


class Shadow(Base):
    def __init__(self, v):
        super().__init__(v)
        self.__dict__["v"] = "from dict"


class Hooked(Base):
    def __getattribute__(self, name):
        if name == "v":
            return "hooked"
        return object.__getattribute__(self, name)


class MyProp(property):
    def __get__(self, obj, cls=None):
        return ("MyProp", self.fget(obj))


class WithSub(Base):
    v = MyProp(lambda self: self._v + 100)


def read(o):
    return o.v


objs = [Base(1), Sub(2), Other(3), Shadow(4), Hooked(5), WithSub(6)]
for rnd in range(3):
    print([read(o) for o in objs])
    print([read(o) for o in objs[:2]] * 2)

# the class changes under a quickened site
b = Base(10)
for i in range(4):
    print(read(b))
Base.v = property(lambda self: "replaced")
print(read(b), read(Sub(1)))
del Base.v
try:
    read(b)
except AttributeError as e:
    print("AttributeError:", e)
b.v = "plain"
print(read(b))


def make(k):
    class C:
        @property
        def v(self):
            return k + self.x

        def __init__(self):
            self.x = 1
    return C


C = make(41)
print([read(C()) for _ in range(3)])


class Raises:
    @property
    def v(self):
        raise KeyError("no v")


r = Raises()
for i in range(3):
    try:
        read(r)
    except KeyError as e:
        print("KeyError", e)


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def v(self):
        if self.n == 0:
            return 0
        return 1 + Deep(self.n - 1).v


print(read(Deep(50)), read(Deep(60)))
sys.setrecursionlimit(200)
try:
    read(Deep(1000))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


class Args:
    @property
    def v(self, extra=5):
        return extra

    @property
    def w(*args):
        return len(args)


a = Args()
print([read(a) for _ in range(3)], [a.w for _ in range(3)])


class NoGetter:
    v = property(None, lambda self, x: None)


try:
    read(NoGetter())
except AttributeError as e:
    print("AttributeError:", e)
ng = NoGetter()
for i in range(2):
    try:
        read(ng)
    except AttributeError as e:
        print("AttributeError:", e)


class Gen:
    @property
    def v(self):
        yield 1


print([type(read(Gen())).__name__ for _ in range(3)])
