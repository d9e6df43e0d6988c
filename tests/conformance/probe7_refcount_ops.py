# sys.getrefcount deltas after common operations
import sys

class O:
    def m(self):
        return 1

o = O()
def rc():
    return sys.getrefcount(o)

base = rc()
def show(label):
    print(label, rc() - base)

l = [o]; show("list")
l2 = [o, o, o]; show("list3")
t = (o,); show("tuple")
d = {'k': o}; show("dict value")
d2 = {o: 1}; show("dict key")
s = {o}; show("set")
bm = o.m; show("bound")
it = iter([o]); show("iter")
e = enumerate([o]); show("enumerate")
z = zip([o]); show("zip")
sl = l2[1:]; show("slice")
cp = l2.copy(); show("copy")
del l, l2, t, d, d2, s, bm, it, e, z, sl, cp
show("after del")
def f(x):
    return sys.getrefcount(x)
print("arg", f(o) - base)
g = lambda: o
show("lambda global")
def mk(v):
    return lambda: v
c = mk(o); show("closure")
del c
show("end")
print(sys.getrefcount(None) > 100, sys.getrefcount(O) >= 2)
