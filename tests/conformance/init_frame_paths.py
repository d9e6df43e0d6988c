# C(...) of a class whose __init__ is a Python function: the paths of the
# loop's init frames (vm/eval.c) -- defaults, errors in binding, __init__
# raising or returning a value, a generator __init__, frames seen from
# __init__, instantiation nested in __init__ and in generators -- and
# reversed() of tuples.  No gc counts: the same output under every collector.
import sys
import traceback


class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class Ret:
    def __init__(self):
        return 5


class Boom:
    def __init__(self, a):
        raise ValueError(a)


class Gen:
    def __init__(self):
        yield 1


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1), Tree(depth - 1)] if depth else []

    def size(self):
        return 1 + sum(k.size() for k in self.kids)


class Where:
    def __init__(self):
        self.me = sys._getframe().f_code.co_name
        self.caller = sys._getframe(1).f_code.co_name


class Rebind:
    def __init__(self, v):
        self.v = v
        self = None     # the instance is still the result


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=0):
        self.a = a
        self.b = b


def make():
    return Where()


a = A(1)
print(a.x, a.y, A(3, 4).y, A(5, y=6).y)
for bad in (lambda: Ret(), lambda: A(), lambda: A(1, 2, 3), lambda: Gen()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    Boom("boom")
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("ValueError", e, [f.name for f in tb])
print(Tree(6).size())
w = make()
print(w.me, w.caller)
print(Rebind(7).v, type(Rebind(8)).__name__)
print(Slotted(1).a, Slotted(2, 3).b)


def gen(n):
    for i in range(n):
        yield A(i, i * i).y


print(list(gen(5)))
print([A(i).x for i in range(3)], sum(A(i).x for i in range(10)))

t = (1, "two", 3.0, None)
r = reversed(t)
print(list(r), list(r), list(reversed(())), next(reversed((9,))))


class T(tuple):
    def __reversed__(self):
        return iter("ba")


print(list(reversed(T((1, 2)))), list(reversed((1, 2))))
