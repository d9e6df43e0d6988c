# The gc, weakref and sys APIs with ordinary and odd arguments (part 2)
# Each line prints one expression's repr, or the exception it raises.
import gc, weakref, sys
class O:
    def __init__(self, n=0): self.n = n
    def m(self): return self.n
    def __repr__(self): return "O(%d)" % self.n
class Sl:
    __slots__ = ("a",)
class SlW:
    __slots__ = ("a", "__weakref__")
keep = O(1)

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (gc.get_referrers()))
show(1, lambda: (gc.is_tracked()))
show(2, lambda: (gc.set_threshold()))
show(3, lambda: (gc.get_count.__name__, gc.collect.__doc__[:12] if gc.collect.__doc__ else None))
show(4, lambda: (sys.getrefcount(None) > 100, sys.getrefcount(O()), sys.getrefcount(keep)))
show(5, lambda: (sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof([]), sys.getsizeof([1, 2])))
show(6, lambda: (sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof(set()), sys.getsizeof(1.0), sys.getsizeof(True)))
show(7, lambda: (sys.getsizeof(O()), sys.getsizeof(Sl()), sys.getsizeof(SlW()), sys.getsizeof(b""), sys.getsizeof(range(5)), sys.getsizeof(None)))
show(8, lambda: (sys.getsizeof(1, 2), sys.getsizeof(1, "d", 3)))
show(9, lambda: (sys.getrecursionlimit(), sys.maxsize, sys.intern("ab") is sys.intern("a" + "b")))
show(10, lambda: (sys.intern(1)))
show(11, lambda: (sys.setrecursionlimit(0)))
show(12, lambda: (sys.setrecursionlimit(-5)))
show(13, lambda: (type(sys.version_info) if False else sys.version[:4]))
show(14, lambda: (sys.exc_info()))
show(15, lambda: (sys.exit.__name__, type(sys.argv).__name__, len(sys.argv)))
