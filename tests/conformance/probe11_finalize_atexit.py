# weakref.finalize and atexit ordering at exit.
import weakref, atexit

class Res:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Res(%s)" % self.name

def report(msg, *rest, **kw):
    print("final:", msg, rest, sorted(kw.items()))

a, b, c = Res("a"), Res("b"), Res("c")
fa = weakref.finalize(a, report, "a", 1, k="v")
fb = weakref.finalize(b, report, "b")
fc = weakref.finalize(c, report, "c")
atexit.register(print, "atexit: first registered")
fd = weakref.finalize(Res("d"), report, "d")
print("fd alive after temp died:", fd.alive)
atexit.register(lambda: print("atexit: lambda, fa alive", fa.alive))
print(fa.alive, fa.peek()[2:], fa.atexit)
fb.atexit = False
print(fb.atexit)
del c
print(fc.alive, fc(), fc.peek())
print(fa.detach()[2:], fa.alive, fa.detach())
fa2 = weakref.finalize(a, report, "a-again")
print(fa2() if False else "kept", fa2.alive)
@atexit.register
def goodbye():
    print("atexit: goodbye (registered last, runs first)")
print("main ends")
