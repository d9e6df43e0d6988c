# quicken_deopt.py -- the specialised instructions the loop writes over
# generic ones (tuple/list subscripts, int + - and comparisons, instance
# attribute loads and stores) must give the generic results when their
# guard misses: other types at the same site, a class
# changed after the site was specialised, an instance whose attributes
# moved to a dict.

def sub(seq, i):
    return seq[i]

for seq, i in [((1, 2, 3), 0), ((1, 2, 3), -1), ([4, 5, 6], 1), ({"a": 1}, "a"),
               ("xyz", 2), ((7, 8), 1), (range(10), 3), ([9], -1)]:
    print(sub(seq, i))
for seq, i in [((1, 2), 5), ([1], 3), ((1,), True)]:
    try:
        print(sub(seq, i))
    except IndexError as e:
        print("IndexError", e)

def add(a, b):
    return a + b

def minus(a, b):
    a -= b
    return a

for a, b in [(1, 2), (2**61, 2**61), (-2**62, -1), (1.5, 2), ("a", "b"), (3, 4), ([1], [2])]:
    print(add(a, b))
for a, b in [(10, 3), (-2**62, 1), (2.5, 1), (5, 7), ({1, 2}, {2})]:
    print(minus(a, b))

def cmp(a, b):
    if a < b:
        return "lt"
    return "ge"

def cmpv(a, b):
    r = a <= b
    return r

for a, b in [(1, 2), (2, 1), (1.0, 2), ("b", "a"), (3, 3), ((1,), (2,)), (2**62, 5)]:
    print(cmp(a, b), cmpv(a, b))

class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

def getx(o):
    return o.x

def setx(o, v):
    o.x = v

ps = [P(i) for i in range(5)]
print([getx(p) for p in ps])
for p in ps:
    setx(p, p.x + 10)
print([getx(p) for p in ps])

class Q:
    x = "class attribute"

q = Q()
print(getx(q))
q.x = "instance"
print(getx(q))
del q.x
print(getx(q))

# a data descriptor added to the class after the sites were specialised
P.x = property(lambda self: "property", lambda self, v: print("setter", v))
print(getx(ps[0]))
setx(ps[0], 99)
del P.x
print(getx(ps[0]))

# a base class gaining a property: subclass instances see it
class Base:
    pass

class Sub(Base):
    def __init__(self):
        self.z = 1

def getz(o):
    return o.z

s = Sub()
print(getz(s), getz(s))
Base.z = property(lambda self: "base property")
print(getz(s))
del Base.z
print(getz(s))

# the instance's attributes moved to a real dict
p = P(3)
print(getx(p))
d = p.__dict__
d["x"] = "from dict"
print(getx(p))
setx(p, "stored")
print(getx(p), d["x"])
p.__dict__ = {"x": "new dict"}
print(getx(p))
setx(p, "again")
print(p.__dict__)

# another class at the same site, with x at another index
class R:
    def __init__(self):
        self.a = 1
        self.x = "r"

print(getx(R()), getx(P(1)), getx(R()))
setx(R(), 5)

try:
    getx(object())
except AttributeError as e:
    print("AttributeError", e)

# method calls: the class's function cached per site
class M:
    def __init__(self):
        self.a = 1

    def hello(self):
        return "M.hello"

class N(M):
    def hello(self):
        return "N.hello"

def call_hello(o):
    return o.hello()

ms = [M(), M(), N(), M()]
print([call_hello(m) for m in ms])
m = M()
print(call_hello(m))
m.hello = lambda: "instance attribute"      # a new shared key shadows the method
print(call_hello(m), call_hello(M()))
M.hello = lambda self: "replaced on the class"
print(call_hello(M()), call_hello(N()))
del M.hello
try:
    call_hello(M())
except AttributeError as e:
    print("AttributeError", e)

def app(seq, v):
    seq.append(v)
    return seq

class MyList(list):
    def append(self, v):
        list.append(self, v * 10)

print(app([1], 2), app([3], 4), app(MyList([5]), 6), app([7], 8))
x = M()
x.__dict__["hello"] = lambda: "from the dict"
print(call_hello(x))
