# the messages of TypeError/ValueError when a dunder returns the wrong kind of
# result (__len__, __bool__, __int__, __float__, __index__, __iter__, __repr__, __str__, __hash__, __init__)
class A:
    def __len__(self):
        return "x"
    def __bool__(self): return 1
    def __int__(self): return "x"
    def __float__(self): return 1
    def __index__(self): return 1.5
    def __iter__(self): return 5
    def __repr__(self): return None
    def __str__(self): return 3
    def __hash__(self): return 1.5
    def __init__(self, r=None): self.r = r
    def __contains__(self, x): return 0
    def __neg__(self): return 7
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**62
class L3:
    def __len__(self): return True
class B:
    def __bool__(self): return 0
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class I:
    def __init__(self): return 5
t(lambda: I())
a = A()
t(lambda: len(a)); t(lambda: bool(a)); t(lambda: int(a)); t(lambda: float(a)); t(lambda: [1,2][a])
t(lambda: iter(a)); t(lambda: repr(a)); t(lambda: str(a)); t(lambda: hash(a)); t(lambda: 1 in a); t(lambda: -a)
t(lambda: len(L())); t(lambda: len(L2())); t(lambda: len(L3())); t(lambda: bool(B())); t(lambda: bool(L()))
t(lambda: f"{a}"); t(lambda: print(a)); t(lambda: [a]); t(lambda: "%s" % a if False else str([a]))
t(lambda: list(a)); t(lambda: sorted(a))
