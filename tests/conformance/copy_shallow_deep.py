# The copy module as CPython 3.11: shallow and deep copies of containers,
# instances (dict, __slots__ with a mangled name, __getstate__/__setstate__,
# __copy__/__deepcopy__), list/dict subclasses, shared and recursive
# structures through the memo, and what cannot be copied.
import copy

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"

class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = [1]; self.__b = {"k": [2]}
    def b(self): return self.__b

class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): return WithCopy(self.v + ["shallow"])
    def __deepcopy__(self, memo): return WithCopy(["deep"])

class State:
    def __init__(self): self.data = [1, 2]; self.cache = "junk"
    def __getstate__(self): return {"data": self.data}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True

class MyList(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"

class MyDict(dict):
    pass

nested = {"pts": [Point(1, 2), Point(3, 4)], "t": (1, [2]), "s": {5, 6}, "fs": frozenset([1]), "b": bytearray(b"ab")}
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested or True, sh["pts"] is nested["pts"], dp["pts"] is nested["pts"], dp["pts"][0] is nested["pts"][0])
print(dp["pts"], dp["t"], dp["t"] is nested["t"], dp["t"][1] is nested["t"][1], dp["s"], dp["fs"] is nested["fs"], dp["b"])
t = (1, "a", None)
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1, [2]])[1] is [1, [2]][1] or "shared-inner")
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2 is not rec)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.b(), s2.a is s.a, s2.b() is s.b(), copy.copy(s).a is s.a)
w = WithCopy([0])
print(copy.copy(w).v, copy.deepcopy(w).v)
st = copy.deepcopy(State())
print(sorted(vars(st)), st.data)
ml = MyList([1, [2]])
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1], copy.copy(ml)[1] is ml[1])
md = MyDict(a=[1])
md2 = copy.copy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(range(3)), copy.deepcopy(3.5))
e = copy.copy(ValueError("x", 1))
print(repr(e), e.args)
memo = {}
a = [1, 2]
b = copy.deepcopy([a, a], memo)
print(b[0] is memo[id(a)], len(memo) >= 2)
def gen():
    yield 1
try:
    copy.deepcopy(gen())
except TypeError as err:
    print("TypeError", err)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)
