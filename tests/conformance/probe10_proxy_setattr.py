import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
p.x = 5
print(a.x, p.x)
del p.x
print(hasattr(a, "x"))
try:
    p.nope
except AttributeError as e:
    print("AttributeError", e)
l = []
class L(list):
    pass
ll = L([1, 2, 3])
lp = weakref.proxy(ll)
lp.append(4)
print(ll, len(lp), 2 in lp, list(lp), lp[1:3])
lp[0] = 9
del lp[1]
print(ll)
print(str(lp), repr(ll))
print(isinstance(lp, L), isinstance(lp, list))
class D(dict):
    pass
dd = D(a=1)
dp = weakref.proxy(dd)
print(dp["a"], "a" in dp, sorted(dp.keys()))
dp["b"] = 2
print(sorted(dd.items()))
p2 = weakref.proxy(a)
print(p2 is p, weakref.getweakrefcount(a))
