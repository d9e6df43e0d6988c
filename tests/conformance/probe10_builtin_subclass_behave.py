class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__, type(a * 1).__name__, str(a), f"{a}", "%d" % a)
print(MyInt("12", 8) if False else MyInt("12"), MyInt(3.9), isinstance(a, int), a == 5, hash(a) == hash(5), {a: 1}[5])
class MyList(list):
    pass
ml = MyList([3, 1, 2])
print(type(ml[:2]).__name__, type(ml + [1]).__name__, type(ml * 2).__name__, type(ml.copy()).__name__, ml == [3, 1, 2], sorted(ml), repr(ml))
ml.sort()
print(ml, type(ml).__name__, type(reversed(ml)).__name__)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
md = MyDict(a=1)
print(md["a"], md["bb"], md.get("zz"), "bb" in md, type(md.copy()).__name__, type(md | {}).__name__, repr(md))
class DefaultFloat(float):
    pass
f = DefaultFloat(2.5)
print(f, type(f * 2).__name__, type(round(f)).__name__, f.is_integer(), repr(f))
class MyTuple(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
t = MyTuple(1, 2, 3)
print(t, type(t[1:]).__name__, type(t + (4,)).__name__, len(t), t.count(1), repr(t))
class B(int):
    def __bool__(self):
        return False
print(bool(B(5)), not B(5), B(5) and "x" or "y")
class NoHash(int):
    __hash__ = None
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError", e)
class E(int):
    def __eq__(self, o):
        return True
try:
    hash(E(3))
except TypeError as e:
    print("TypeError", e)
