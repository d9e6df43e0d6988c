import sys

def rc(o):
    return sys.getrefcount(o)

class Thing:
    pass

t = Thing()
base = sys.getrefcount(t)
lst = [t, t, t]
print(sys.getrefcount(t) - base)
d = {"k": t, "j": t}
print(sys.getrefcount(t) - base)
tup = (t,)
print(sys.getrefcount(t) - base)
del lst
print(sys.getrefcount(t) - base)
d.clear()
print(sys.getrefcount(t) - base)
s = {t}
print(sys.getrefcount(t) - base)
t.me = t
print(sys.getrefcount(t) - base)
del t.me
print(sys.getrefcount(t) - base, rc(t) - base)
def local_refs():
    o = Thing()
    b0 = sys.getrefcount(o)
    alias = o
    b1 = sys.getrefcount(o)
    f = lambda: o
    b2 = sys.getrefcount(o)
    g = (o for _ in range(1))
    b3 = sys.getrefcount(o)
    return b1 - b0, b2 - b1, b3 - b2
print(local_refs())
m = Thing()
b = sys.getrefcount(m)
it = iter([m, m])
print(sys.getrefcount(m) - b)
next(it)
print(sys.getrefcount(m) - b)
del it
print(sys.getrefcount(m) - b)
bm = m.__init__
print(sys.getrefcount(m) - b)
del bm
en = enumerate([m])
print(sys.getrefcount(m) - b)
x = next(en)
print(sys.getrefcount(m) - b)
del en, x
print(sys.getrefcount(m) - b)
z = list(zip([m], [m]))
print(sys.getrefcount(m) - b)
del z
srt = sorted([m, m], key=id)
print(sys.getrefcount(m) - b)
del srt
dv = {m: 1}.keys()
print(sys.getrefcount(m) - b)
del dv
try:
    raise ValueError(m)
except ValueError as e:
    print(sys.getrefcount(m) - b)
print(sys.getrefcount(m) - b)
w = [[m]] * 3
print(sys.getrefcount(m) - b)
