# locals() and f_locals: one dict per function frame, refreshed, writes not
# reaching the variables; module and class bodies hand out their namespace.
import sys

def f():
    x = 1
    fr = sys._getframe()
    d = fr.f_locals
    d["x"] = 99
    d["new"] = 5
    print(x, "new" in locals())
    l = locals()
    l["x"] = 42
    print(x, l is locals(), sorted(l))
    print(fr.f_locals is d, d["x"])
f()

mod = sys._getframe()
print(mod.f_locals is globals())
mod.f_locals["made_here"] = 7
print(made_here)

class C:
    a = 1
    fr = sys._getframe()
    fr.f_locals["b"] = 2
    l = locals()
    l["c"] = 3
    print(sorted(k for k in locals() if not k.startswith("__")))
print(C.b, C.c)

def comp():
    y = 10
    r = [sorted(locals()) for i in range(1)]
    s = {k: 1 for k in locals()}
    g = list(sorted(locals()) for _ in range(1))
    return r, sorted(s), g
print(comp())

def cellf():
    z = 1
    def inner():
        return z
    loc = locals()
    return sorted(loc), loc["z"]
print(cellf())

def delf():
    a = 1
    fr = sys._getframe()
    print(sorted(fr.f_locals))
    del a
    print(sorted(fr.f_locals))
delf()
