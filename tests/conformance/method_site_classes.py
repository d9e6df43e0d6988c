# One call site (`o.run(x)`) seeing many classes whose methods differ:
# the answers must follow each class, a class whose method is replaced,
# an instance attribute that hides the method, a base class changed
# under its subclasses, and built-in types at the same site.


class A:
    def run(self, x):
        return "A%d" % x


class B:
    def run(self, x):
        return "B%d" % x


class C:
    def run(self, x):
        return "C%d" % x


class D:
    def run(self, x):
        return "D%d" % x


class E:
    def run(self, x):
        return "E%d" % x


class Base:
    def run(self, x):
        return "Base%d" % x


class Sub1(Base):
    pass


class Sub2(Base):
    def run(self, x):
        return "Sub2-" + Base.run(self, x)


class L(list):
    pass


def call_all(objs, x):
    return [o.run(x) for o in objs]


def tour(objs, rounds):
    out = []
    for i in range(rounds):
        out.append(" ".join(call_all(objs, i)))
    return out


objs = [A(), B(), C(), D()]
print(tour(objs, 3))
objs5 = [A(), B(), C(), D(), E(), Sub1(), Sub2()]
print(tour(objs5, 3))

# the method of one class replaced while the site holds it
B.run = lambda self, x: "newB%d" % x
print(tour(objs, 2))

# an instance attribute hiding the method
d = D()
objs2 = [A(), B(), C(), d]
print(tour(objs2, 2))
d.run = lambda x: "inst%d" % x
print(tour(objs2, 2))
del d.run
print(tour(objs2, 2))

# a base class's method replaced: its subclasses follow
objs3 = [Sub1(), Sub2(), A(), Sub1()]
print(tour(objs3, 2))
Base.run = lambda self, x: "NewBase%d" % x
print(tour(objs3, 2))

# a base given the method its subclass did not define
class P:
    pass


class Q(P):
    pass


def f(o):
    try:
        return o.run(1)
    except AttributeError as e:
        return "AttributeError: %s" % e


for k in range(3):
    print([f(o) for o in (A(), Q(), B(), C())])
    if k == 0:
        P.run = lambda self, x: "P%d" % x
    if k == 1:
        Q.run = lambda self, x: "Q%d" % x


# built-in types and user classes at one site: append / count / index
class Acc:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)


class Acc2(Acc):
    def append(self, x):
        self.items.append(-x)


def fill(targets, n):
    for i in range(n):
        for t in targets:
            t.append(i)


targets = [[], Acc(), L(), Acc2(), bytearray()]
fill(targets, 4)
print(targets[0], targets[1].items, targets[2], targets[3].items, targets[4])

# many classes made in a loop, each with its own method
classes = []
for i in range(12):
    classes.append(type("K%d" % i, (), {"run": (lambda i: lambda self, x: i * 100 + x)(i)}))
objs4 = [k() for k in classes]
print([sum(o.run(j) for o in objs4) for j in range(3)])
print(call_all(objs4 + objs, 7))
