# One attribute site (load and store) that alternates between instances of
# two and then three classes whose instances keep the attribute at
# different positions, while a class gains a property that takes the name
# over, and an instance loses the attribute.
class A:
    def __init__(self, v):
        self.x = v
        self.y = v + 1


class B:
    def __init__(self, v):
        self.pad = 0
        self.y = v * 10
        self.x = v * 2


class C:
    def __init__(self, v):
        self.a, self.b, self.c = 1, 2, 3
        self.y = -v


def read(o):
    return o.y


def bump(o, d):
    o.y = o.y + d


objs = [A(1), B(2), A(3), B(4)]
out = []
for r in range(6):
    for o in objs:
        bump(o, r)
        out.append(read(o))
    if r == 2:
        objs.append(C(5))
    if r == 3:
        B.y = property(lambda self: 'prop')
        try:
            out.append(read(objs[1]))
            bump(objs[1], 1)
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__)
        del B.y
    if r == 4:
        del objs[0].y
        try:
            read(objs[0])
        except AttributeError as e:
            out.append(str(e))
        objs[0].y = 100
print(out)
