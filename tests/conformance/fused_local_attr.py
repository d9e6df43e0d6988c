# LOAD_FAST__LOAD_ATTR / LOAD_FAST__LOAD_METHOD (vm/eval.c): a local's
# attribute or method read in one instruction once the attribute
# instruction is quickened; the site then meets other classes, an
# attribute that goes away, an unbound local, a class changed under it,
# a jump straight to the attribute instruction and a rebinding of self.
class A:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.w = v
        self.v = -v

    def get(self):
        return "B" + str(self.v)


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return ("S", self.v)


def read(o):
    return o.v, o.get()


for o in [A(1), A(2), B(3), A(4), S(5), B(6), A(7)]:
    print(read(o))

a = A(8)
print(read(a))
del a.v
try:
    read(a)
except AttributeError as e:
    print("AttributeError", e)
a.v = 9
print(read(a))
a.get = lambda: "instance attr"
print(read(a))


def maybe(flag):
    if flag:
        x = A(10)
    return x.v


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def pick(c, p, q):
    return (p if c else q).v


for i in range(6):
    print(pick(i % 2, A(i), B(i)), end=" ")
print()


def rebind(items):
    out = []
    for it in items:
        out.append(it.w)
        it = A(100)
        out.append(it.w)
    return out


print(rebind([A(1), B(2), A(3)]))


def lists():
    acc = []
    for i in range(5):
        acc.append(i)
        acc.extend([i])
    s = set()
    for i in range(3):
        s.add(i)
    return acc, sorted(s)


print(lists())
A.get = lambda self: ("patched", self.v)
print(read(A(11)))


class C(A):
    pass


print(read(C(12)))
