# User protocols (__len__, __index__, __hash__...) and call argument binding (part 1)
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

def _f0():
    p.v = 5
    print(p.v)
    return None
show(0, _f0)
def _f1():
    p.v = -1
    return None
show(1, _f1)
def _f2():
    RO().r = 2
    return None
show(2, _f2)
def _f3():
    del RO().r
    return None
show(3, _f3)
show(4, lambda: (G().anything))
show(5, lambda: (getattr(G(), "__len__", "no")))
show(6, lambda: (hasattr(G(), "x")))
show(7, lambda: (list(Seq())))
show(8, lambda: (2 in Seq()))
show(9, lambda: (5 in Seq()))
show(10, lambda: (sum(Seq())))
show(11, lambda: (list(reversed(Seq())) if False else 0))
show(12, lambda: (iter(Seq()).__next__()))
show(13, lambda: (len(Lenny())))
show(14, lambda: (len(BigLen())))
show(15, lambda: (bool(Lenny())))
show(16, lambda: (bool(BoolBad())))
show(17, lambda: (not BoolBad()))
show(18, lambda: ([1, 2, 3, 4][Idx()]))
show(19, lambda: ([1, 2, 3, 4][Idx():]))
show(20, lambda: ("abcd"[:Idx()]))
show(21, lambda: (range(Idx())))
show(22, lambda: (bin(Idx())))
show(23, lambda: (hex(Idx())))
show(24, lambda: ([0] * Idx()))
show(25, lambda: (hash(Hashy())))
show(26, lambda: (hash(Hashy()) == hash(2**70)))
show(27, lambda: (hash(EqOnly())))
show(28, lambda: ({EqOnly()}))
show(29, lambda: (EqOnly() == 1))
show(30, lambda: (EqOnly() != 1))
show(31, lambda: (1 == EqOnly()))
show(32, lambda: (EqOnly.__hash__))
show(33, lambda: (CallMe()(1, b=2, a=3)))
show(34, lambda: (callable(CallMe())))
show(35, lambda: (callable(CallMe)))
show(36, lambda: (vars(p)))
show(37, lambda: (vars(1)))
show(38, lambda: (vars()["p"] is p))
show(39, lambda: (sorted(vars(P))))
show(40, lambda: (P.__dict__["v"].fget.__name__))
show(41, lambda: (P.v.fset is not None))
show(42, lambda: (P.v.fdel))
show(43, lambda: (P.v.__doc__))
show(44, lambda: (type(P.v).__name__))
