# User protocols (__len__, __index__, __hash__...) and call argument binding (part 2)
# Each line prints one expression's repr, or the exception it raises.
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x):
        if x < 0: raise ValueError("negative")
        self._v = x
class RO:
    @property
    def r(self): return 1
class G:
    def __getattr__(self, n): return n.upper()
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class Lenny:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class BoolBad:
    def __bool__(self): return 1
class Idx:
    def __index__(self): return 2
class Hashy:
    def __hash__(self): return 2**70
class EqOnly:
    def __eq__(self, o): return True
class CallMe:
    def __call__(self, *a, **k): return (a, sorted(k))
p = P()

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (property().fget))
show(1, lambda: (property().__get__(1)))
show(2, lambda: (property(doc="d").__doc__))
show(3, lambda: (isinstance(P.v, property)))
show(4, lambda: (P.__name__, P.__qualname__, P.__module__))
show(5, lambda: (P.__init__.__qualname__))
show(6, lambda: (p.__class__.__name__))
show(7, lambda: (p.__class__ is P))
show(8, lambda: (p.__dict__))
show(9, lambda: (p.__module__))
show(10, lambda: (P().__weakref__))
show(11, lambda: (P.__weakref__.__name__ if False else 0))
show(12, lambda: (type(P.__dict__["__dict__"]).__name__))
show(13, lambda: (P.__dict__["__weakref__"].__name__))
show(14, lambda: (object.__dict__["__class__"].__name__))
show(15, lambda: (type.__dict__["__name__"].__name__ if False else 0))
show(16, lambda: ([x for x in (1, 2) if x > 1]))
show(17, lambda: ([(x, y) for x in range(2) for y in "ab"]))
show(18, lambda: ({x: y for x, y in zip("ab", "cd")}))
show(19, lambda: ([y := 5, y ** 2]))
show(20, lambda: ((lambda *a, **k: (a, k))(1, *[2, 3], x=1, **{"y": 2})))
show(21, lambda: ((lambda a, b=2, *, c: (a, b, c))(1, c=3)))
show(22, lambda: ((lambda a, b: 0)(1)))
show(23, lambda: ((lambda a, b: 0)(1, 2, 3)))
show(24, lambda: ((lambda a: 0)(b=1)))
show(25, lambda: ((lambda a: 0)(1, a=1)))
show(26, lambda: ((lambda *, a: 0)(1)))
show(27, lambda: ((lambda a, /: a)(a=1)))
show(28, lambda: ((lambda **k: k)(**{1: 2})))
show(29, lambda: ((lambda **k: k)(a=1, **{"a": 2})))
show(30, lambda: (print(*[1, 2], sep="-", end="!\n")))
show(31, lambda: (print("a", "b", sep=None, end=None)))
show(32, lambda: (print(sep="x")))
show(33, lambda: (print(1, 2, sep=5)))
