# CPython 3.11 counts a call of an object without a vector call (a class,
# a slot wrapper or method-wrapper, an instance with __call__) as one level
# of the recursion limit, shared with the Python frames
# (_PyObject_MakeTpCall, "... while calling a Python object"): which frame
# the RecursionError stops in, its message and the depth reached.
import sys

def report(label, fn):
    try:
        fn()
    except RecursionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(label, e, len(names), names[-3:])

class A:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return self.missing

class K:
    def __call__(self):
        return self()

class N:
    def __init__(self, n):
        N(n + 1)

class M:
    def __init__(self, n):
        self.v = n
        M.__init__(self, n + 1)

class W:
    def __init__(self, n):
        type.__call__(W, n + 1)

def plain(n):
    return plain(n + 1)

for limit in (60, 100, 1000):
    sys.setrecursionlimit(limit)
    print('limit', limit)
    report('getattr', lambda: A().x)
    report('call', lambda: K()())
    report('init', lambda: N(0))
    report('unbound init', lambda: M(0))
    report('type.__call__', lambda: W(0))
    report('plain', lambda: plain(0))
sys.setrecursionlimit(1000)
