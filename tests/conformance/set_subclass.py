# set and frozenset subclasses: instance __dict__, __new__/__init__ overrides,
# results of the base kind, repr, hashing, overridden dunders, sizes
import gc, sys, weakref
class S(set): pass
class FS(frozenset): pass
class FN(frozenset):
    def __new__(cls, it=()):
        return super().__new__(cls, [x * 2 for x in it])
s = S([1, 2]); f = FS([1]); s.a = 1; f.b = 2
print(repr(s), repr(f), repr(S()), repr(FS()), s.a, f.b, f.__dict__)
print(type(f | {2}).__name__, type(s | {2}).__name__, type(f & {1}).__name__, type(s - {1}).__name__, type(f ^ {3}).__name__)
print(type(f.copy()).__name__, f.copy() is f, type(s.copy()).__name__, type(f.union()).__name__, type(s.union([5])).__name__)
print(type({2} | f).__name__, type(frozenset([2]) | f).__name__, type({2} | s).__name__)
print(hash(f) == hash(frozenset([1])), f == frozenset([1]), s == {1, 2}, {f: 1}[frozenset([1])], f in {frozenset([1])})
print(FN([1, 2]), type(FN([1])).__name__, frozenset(f) is f, type(frozenset(f)).__name__, frozenset(frozenset([1])) is frozenset([1]))
s |= {9}; print(type(s).__name__, sorted(s))
print(gc.is_tracked(f), gc.is_tracked(s), sys.getsizeof(S()), sys.getsizeof(FS()), sys.getsizeof(S(range(10))))
print(isinstance(s, set), isinstance(f, frozenset), isinstance(f, set))
r = weakref.ref(f); print(r() is f)
class SL(frozenset): __slots__ = ()
print(sys.getsizeof(SL()), hasattr(SL(), '__dict__'))
print({1} == S([1]), S([1]) <= {1, 2}, S([1]).issubset([1]), 1 in S([1]))
class Ord(set):
    def __contains__(self, x): return True
    def __len__(self): return 7
print(5 in Ord(), len(Ord()))
print(S.__hash__, FS.__hash__ is frozenset.__hash__)
s2 = S([3]); s2.add(4); s2.discard(3); print(s2, s2.pop(), s2)
print(set(S([1])), type(set(S([1]))).__name__, frozenset(S([1])), list(FS([5])))
class R(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.extra = extra
x = R([1], 'e'); print(x, x.extra)
class Tagged(frozenset):
    __slots__ = ("__dict__",)
t = Tagged("ab")
t.label = "x"
print(sorted(t), t.label, sys.getsizeof(t))
class Deep(FS):
    pass
print(repr(Deep([3])), type(Deep([3]) - {3}).__name__, Deep() == frozenset(), hash(Deep()) == hash(frozenset()))
nested = S([FS([1]), frozenset([2])])
print(frozenset([1]) in nested, S([1]) in {frozenset([1])}, sorted(map(sorted, nested)))
try:
    S([[1]])
except TypeError as e:
    print("TypeError", e)
try:
    hash(S())
except TypeError as e:
    print("TypeError", e)
