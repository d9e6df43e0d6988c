# The program's first class statement moves gen 0's count by what CPython
# 3.11 allocates for a class, nothing more: the built-in types' own
# objects (object's and type's dicts completed, the descriptor type of
# __dict__/__weakref__ readied) exist before the program starts in
# CPython, so they must not look like the program's allocations.  The
# counts decide when collections run: with threshold 50 the callbacks see
# the same collections find the same numbers of self-cycles.
import gc


def count():
    return gc.get_count()[0]


gc.collect()
a = count()


class A:
    pass


b = count()


class B:
    def f(self):
        pass


c = count()


class C(A):
    pass


d = count()


class E:
    x = 1

    def __init__(self, i):
        self.i = i


e = count()
print(a, b, c, d, e)

found = []


def note(phase, info):
    if phase == "stop":
        found.append((info["generation"], info["collected"]))


gc.collect()
gc.callbacks.append(note)
gc.set_threshold(50, 3, 2)


class Node:
    def __init__(self, i):
        self.i = i
        self.me = self


keep = []
for i in range(400):
    n = Node(i)
    if i % 7 == 0:
        keep.append(n)
    del n
gc.callbacks.remove(note)
gc.set_threshold(700, 10, 10)
print(len(found), found)
print(gc.collect(), len(keep))
