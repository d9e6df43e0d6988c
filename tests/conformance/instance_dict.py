# Instance attributes and __dict__: per-instance insertion order, deletion,
# __dict__ built on demand and then shared with attribute access, many
# attribute names, __dict__ assignment, and what gc.collect() counts.
import gc
gc.disable()


class P:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 2
            self.x = 1


a = P(True)
b = P(False)
print(a.__dict__, b.__dict__)
a.z = 3
del a.x
a.x = 4
print(a.__dict__)
try:
    del a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(b.missing)
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ is one object from now on, and the same truth as the attributes
c = P(True)
d = c.__dict__
print(d is c.__dict__)
d["w"] = 5
print(c.w, hasattr(c, "w"))
c.v = 6
print(d)
del d["x"]
print(hasattr(c, "x"), c.__dict__)
d[1] = "one"
print(c.__dict__)

# names built at run time and setattr/getattr/delattr with them
e = P(True)
for i in range(5):
    setattr(e, "attr" + str(i), i * i)
print(getattr(e, "attr" + "3"), e.attr4)
delattr(e, "attr" + "0")
print(list(e.__dict__))
try:
    setattr(e, 1, 2)
except TypeError as err:
    print("TypeError:", err)


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "k" + str(i), i)
print(len(m.__dict__), m.k0, m.k29, m.k30, m.k39)
print(list(m.__dict__)[28:33])
m2 = Many()
m2.k35 = 35
m2.k1 = 1
m2.extra = "x"
print(m2.__dict__)

# __dict__ assignment replaces every attribute
f = P(True)
f.__dict__ = {"only": 1}
print(f.only, hasattr(f, "x"), f.__dict__)
try:
    f.__dict__ = [1]
except TypeError as err:
    print("TypeError:", err)


# subclass and built-in subclasses
class Q(P):
    def __init__(self):
        P.__init__(self, False)
        self.q = "q"


print(Q().__dict__)


class Tagged(list):
    pass


t = Tagged([1, 2])
t.tag = "t"
print(t, t.tag, t.__dict__)


class WithDictSlot:
    __slots__ = ("a", "__dict__")


s = WithDictSlot()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)

# a method shadowed by an instance attribute


class Shadow:
    def hello(self):
        return "method"


sh = Shadow()
print(sh.hello())
sh.hello = lambda: "attribute"
print(sh.hello())
del sh.hello
print(sh.hello())

# gc: a two-instance cycle is two objects; four once both dicts exist
gc.collect()


class Node:
    pass


n1 = Node()
n2 = Node()
n1.other = n2
n2.other = n1
del n1, n2
print(gc.collect())
n1 = Node()
n2 = Node()
n1.other = n2
n2.other = n1
print(len(n1.__dict__) + len(n2.__dict__))
del n1, n2
print(gc.collect())
k = Node()
k.items = [1, 2]
print(gc.is_tracked(k.__dict__))
k2 = Node()
k2.n = 1
print(gc.is_tracked(k2.__dict__))

# deleting __dict__ empties the storage; exceptions have a __dict__ that
# cannot be deleted
c = P(True)
del c.__dict__
print(c.__dict__, hasattr(c, "x"))
c.b = 2
print(c.__dict__)


class MyError(Exception):
    def __init__(self, code):
        super().__init__("bad")
        self.code = code


err = MyError(3)
print(err.code, err.__dict__, err.args)
v = ValueError("x")
print(v.__dict__)
v.note = 1
print(v.__dict__)
try:
    del v.__dict__
except TypeError as x:
    print("TypeError:", x)
v.__dict__ = {"z": 1}
print(v.z)
