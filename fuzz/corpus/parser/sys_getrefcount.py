# sys.getrefcount: only differences are checked, never absolute counts
import sys
class O:
    pass
o = O()
base = sys.getrefcount(o)
alias = o
print(sys.getrefcount(o) - base)
l = [o, o, o]
print(sys.getrefcount(o) - base)
del alias
print(sys.getrefcount(o) - base)
l.pop()
print(sys.getrefcount(o) - base)
d = {"k": o}
print(sys.getrefcount(o) - base)
d.clear()
l.clear()
print(sys.getrefcount(o) - base)
def hold(x):
    return sys.getrefcount(x) - base
print(hold(o) >= 1)
t = (o,)
print(sys.getrefcount(o) - base)
