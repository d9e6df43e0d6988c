# A change to a class's dict reaches every lookup through its subclasses
# (also a diamond's bottom, a grandchild, a class attribute counter bumped
# in __init__, a method replaced and deleted between calls of the same
# call site), while caches keep serving the unchanged classes.
class A:
    count = 0
    def who(self):
        return "A"
    def __init__(self):
        A.count += 1


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


class E(D):
    pass


def calls(objs):
    return "".join(o.who() for o in objs)


objs = [A(), B(), C(), D(), E()]
out = [calls(objs)]
A.who = lambda self: "a"
out.append(calls(objs))
C.who = lambda self: "c"
out.append(calls(objs))
del C.who
out.append(calls(objs))
B.who = lambda self: "b"
out.append(calls(objs))
del A.who
try:
    calls(objs)
except AttributeError as e:
    out.append("AttributeError " + str(e))
out.append(calls(objs[1:2]) + calls(objs[3:]))
print(out)
for i in range(50):
    objs.append((B, D, E)[i % 3]())
print(A.count, B.count, E.count, [type(o).count for o in objs[:3]])
B.count = 100
E()
print(A.count, B.count, D.count, E.count)
del B.count
print(D.count, E.count)
