# C(...) of a plain class with a Python __init__ (the VM's fast path,
# which remembers the class's __init__ until the class or a base
# changes): each call must find the __init__ in force at that moment.
# (gclab's subset refuses a dunder assigned to a class with subclasses,
# so only a leaf class's __init__ is replaced here.)


class Base:
    def __init__(self, x=0):
        self.x = x


class Sub(Base):
    pass


class Own:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


def make(cls, n):
    return [cls(i) for i in range(n)]


print([o.x for o in make(Sub, 5)])


def new_init(self, x=0):
    self.x = -x


def sub_init(self, x=0):
    self.x = x * 10


Sub.__init__ = sub_init           # the class's own
print([o.x for o in make(Sub, 5)])
Sub.__init__ = new_init           # replaced again
print([o.x for o in make(Sub, 5)])
del Sub.__init__                  # back to the base's
print([o.x for o in make(Sub, 5)])


class Leaf:
    def __init__(self, x=0):
        self.x = x


class Call:
    def __call__(self, *args):
        print("Call", len(args))


print([o.x for o in make(Leaf, 3)])
Leaf.__init__ = Call()            # not a function: the generic path
Leaf(1)
del Leaf.__init__                 # object.__init__: no arguments taken
print(type(Leaf()).__name__)
try:
    Leaf(1)
except TypeError as e:
    print("TypeError", e)
print([Own(i).t for i in range(3)], Own(1, c=9).t, Own(b=5, a=4).t)


class Returns:
    def __init__(self):
        return 1


for i in range(3):
    try:
        Returns()
    except TypeError as e:
        print("TypeError", e)


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)


for i in range(2):
    WithNew(i)
