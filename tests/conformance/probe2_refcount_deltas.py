# Probing program (issue 13, round 2): sys.getrefcount differences as references come and go
import sys
class O:
    pass
o = O()
base = sys.getrefcount(o)
l = [o]
print(sys.getrefcount(o) - base)
l.append(o)
print(sys.getrefcount(o) - base)
d = {"a": o, "b": o}
print(sys.getrefcount(o) - base)
t = (o, o, o)
print(sys.getrefcount(o) - base)
del l, d, t
print(sys.getrefcount(o) - base)
m = o.__init__
print(sys.getrefcount(o) - base)
del m
def cap():
    return o
print(sys.getrefcount(o) - base)
def hold(x):
    return sys.getrefcount(x) - base
print(hold(o))
p = O()
p.ref = o
print(sys.getrefcount(o) - base)
p.ref = None
print(sys.getrefcount(o) - base)
it = iter([o])
print(sys.getrefcount(o) - base)
next(it)
print(sys.getrefcount(o) - base)
del it
s = "some string made " + str(len("abc"))
sb = sys.getrefcount(s)
s2 = s
print(sys.getrefcount(s) - sb)
x = [1, 2]
xb = sys.getrefcount(x)
for item in [x, x]:
    pass
print(sys.getrefcount(x) - xb)
print(sys.getrefcount(O) > 3)
