# Probing program (issue 13, round 3): weakref.finalize: atexit flag, detach/peek on dead ones, call order, args
import weakref
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O%d" % self.n
def report(*a, **k):
    print("report", a, sorted(k.items()))
    return "ret"
o1 = O(1); o2 = O(2); o3 = O(3)
f1 = weakref.finalize(o1, report, "one", x=1)
f2 = weakref.finalize(o2, report, "two")
f3 = weakref.finalize(o3, report, "three")
f2.atexit = False
print(f1.alive, f1.atexit, f2.atexit, f1.peek()[0] is o1, f1.peek()[2:], f1.peek()[1] is report)
print(f1(), f1(), f1.alive, f1.peek(), f1.detach())
d = f3.detach()
print(d[0] is o3, d[2:], d[1] is report, f3.alive, f3.detach(), f3())
del o3
o4 = O(4)
fa = weakref.finalize(o4, report, "a")
fb = weakref.finalize(o4, report, "b")
fc = weakref.finalize(o4, report, "c")
del o4
print(fa.alive, fb.alive, fc.alive)
o5 = O(5)
def boom():
    raise ValueError("in finalizer")
fx = weakref.finalize(o5, print, "after boom")
print(type(fx).__name__, repr(fx).split(" at ")[0])
o6 = O(6)
fself = weakref.finalize(o6, lambda: print("lambda finalizer"))
del o6
late = O(7)
fl = weakref.finalize(late, report, "at exit 7")
late2 = O(8)
fl2 = weakref.finalize(late2, report, "at exit 8")
try:
    weakref.finalize(1, report)
except TypeError as e:
    print("TypeError", e)
print("end of program")
