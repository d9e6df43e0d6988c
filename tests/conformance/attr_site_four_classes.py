# Attribute and method sites in a base class's methods that see four and
# then six subclasses (as a scheduler's task classes do), each keeping the
# attributes at different positions: loads and stores through every class,
# a subclass gaining a method that overrides the base's, an instance whose
# own attribute hides the method, a class attribute changing under the
# base, and an instance losing an attribute.
class Task:
    def __init__(self, n):
        self.n = n

    def step(self, d):
        self.n = self.n + d
        return self.n

    def kind(self):
        return 'task'

    def run(self, d):
        return (self.kind(), self.step(d), self.tag)


class A(Task):
    tag = 'a'

    def __init__(self, n):
        self.p = 0
        Task.__init__(self, n)


class B(Task):
    tag = 'b'

    def __init__(self, n):
        self.p, self.q = 1, 2
        Task.__init__(self, n * 10)


class C(Task):
    tag = 'c'

    def __init__(self, n):
        self.p, self.q, self.r = 1, 2, 3
        Task.__init__(self, -n)


class D(Task):
    tag = 'd'


class E(Task):
    tag = 'e'

    def __init__(self, n):
        self.z = 'z'
        Task.__init__(self, n + 100)


class F(E):
    tag = 'f'


objs = [A(1), B(2), C(3), D(4)]
out = []
for r in range(8):
    for o in objs:
        out.append(o.run(r))
    if r == 1:
        objs += [E(5), F(6)]
    if r == 2:
        C.kind = lambda self: 'c-kind'
    if r == 3:
        objs[1].kind = lambda: 'own'
    if r == 4:
        Task.tag = 'base'
        del D.tag
    if r == 5:
        del objs[3].n
        try:
            objs[3].run(1)
        except AttributeError as e:
            out.append(str(e))
        objs[3].n = 7
    if r == 6:
        del objs[1].kind
        del C.kind
for line in out:
    print(line)
