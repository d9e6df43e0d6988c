# gc.get_count() around C(...) of classes with a Python __init__, right
# after a full collection (empty tuple free list): CPython 3.11's type_call
# builds an argument tuple for positional arguments (a new container then),
# holds it while __init__ runs -- so a tuple of the same size made inside
# __init__ is another new one -- and gives it to the free list after.
import gc


class P:
    def __init__(self, a=None, b=None):
        self.a = a
        self.b = b


class Inner:
    def __init__(self, a, b):
        self.inside = gc.get_count()[0]
        self.pair = (a, b)   # not the call's tuple: that one is still held


class Empty:
    def __init__(self):
        self.inside = gc.get_count()[0]


def delta(f):
    gc.collect()
    c0 = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - c0, r


print("P()", delta(lambda: P())[0])
print("P(1)", delta(lambda: P(1))[0])
print("P(1, 2)", delta(lambda: P(1, 2))[0])
print("P(b=2)", delta(lambda: P(b=2))[0])
print("P(1, b=2)", delta(lambda: P(1, b=2))[0])
gc.collect()
c0 = gc.get_count()[0]
x = Inner(1, 2)
print("Inner(1, 2)", x.inside - c0, gc.get_count()[0] - c0)
gc.collect()
c0 = gc.get_count()[0]
e = Empty()
print("Empty()", e.inside - c0, gc.get_count()[0] - c0)
gc.collect()
c0 = gc.get_count()[0]
many = [P(i, i) for i in range(20)]
print("20 x P(i, i)", gc.get_count()[0] - c0)
