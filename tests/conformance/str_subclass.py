# str subclasses: instance __dict__, __slots__, __new__ overrides, results
# of the base type, dunder overrides, hashing, weakrefs, cycles, gc counts
import gc, sys, weakref


class S(str):
    pass


class Symbol(str):
    __slots__ = ()


class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    __hash__ = str.__hash__


class NoHash(str):
    def __eq__(self, other):
        return True


class Plus(str):
    def __add__(self, other):
        return Plus(str(self) + "+" + str(other))

    def __radd__(self, other):
        return Plus(str(other) + "<" + str(self))

    def __len__(self):
        return 42

    def __repr__(self):
        return "Plus(" + str.__repr__(self) + ")"


class WithWeak(str):
    __slots__ = ("__weakref__",)


class WithDict(str):
    __slots__ = ("__dict__",)


class Deeper(Symbol):
    pass


s = S("abc")
s.tag = 1
print(type(s).__name__, s, repr(s), s.tag, s.__dict__, len(s))
print([type(x).__name__ for x in (s + "b", "b" + s, s * 1, s[:], s.strip(), str(s), s[0], s.upper(),
                                    "".join([s]), f"{s}", format(s), "%s" % s, s.replace("z", "y"))])
print(s.partition("z")[0] is s, s.rpartition("z")[2] is s, s.split()[0] is s)
print(hash(s) == hash("abc"), s == "abc", "abc" == s, {s: 1}["abc"], "abc" in {s}, {"abc": 2}[s])
print(isinstance(s, str), type(s) is S, issubclass(S, str), S.__mro__)
print(Up("hello"), type(Up("hello")).__name__, Up("x").lower())
try:
    Symbol("a").x = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(Symbol("a"), "__dict__"), hasattr(Deeper("a"), "__dict__"), Deeper("zz") * 2)
d = Deeper("q")
d.k = 5
print(d.__dict__, type(d + "").__name__)
print(Caseless("AbC") == "abc", "abc" == Caseless("ABC"), hash(Caseless("abc")) == hash("abc"))
print(NoHash.__hash__)
try:
    hash(NoHash("a"))
except TypeError as e:
    print("TypeError", e)
p = Plus("x")
print(p + "y", "y" + p, len(p), repr(p), str(p), type(p + "y").__name__)
print(S(5), S(b"ab", "ascii"), repr(S()), f"{s:>6}|{s:<5}|{s:^7}", s.center(7, "*"), s.zfill(5))
print(sorted([S("b"), S("a"), "c"]), max(S("x"), "y"), S("a") < "b", S("abc").startswith("ab"))
print(S("a,b,c").split(","), S("  pad  ").strip(), S("x").join(["1", "2"]), S("abc").encode())
print(int(S("42")), float(S("2.5")), S("é").upper(), len(S("héllo")), S("héllo")[1])

# weak references
w = WithWeak("held")
r = weakref.ref(w)
print(r() is w, r() == "held", hasattr(WithWeak("a"), "__dict__"), weakref.getweakrefcount(w))
r2 = weakref.ref(s)
print(r2() is s)
wd = WithDict("v")
wd.a = [1]
print(wd.__dict__)

# tracking, sizes
print(gc.is_tracked(S("a")), gc.is_tracked(Symbol("a")), gc.is_tracked("a"))
print(sys.getsizeof(S("abc")), sys.getsizeof(Symbol("abc")), sys.getsizeof(S("é")), sys.getsizeof(WithWeak("ab")))
