# A plugin cache holding built-in functions and bound built-in methods weakly,
# as code that registers len, print or list.append as handlers does.
import weakref, sys, gc
r = weakref.ref(len)
print(r() is len, weakref.getweakrefcount(len), sys.getsizeof(len), sys.getsizeof([].append))
m = [1, 2].append
died = []
wr = weakref.ref(m, lambda ref: died.append("append died"))
print(wr() is m, wr() == [].append)
del m
print(wr(), died)
p = weakref.proxy(print)
p("via proxy", sep="")
print(type(p).__name__, weakref.getweakrefcount(print))
wm = weakref.WeakValueDictionary({"len": len, "abs": abs})
print(sorted(wm), wm["abs"](-3))
ws = weakref.WeakSet([len, sorted, len])
print(len(ws), sorted in ws)
b = "abc".upper
fin = weakref.finalize(b, print, "finalized bound builtin")
del b
print(fin.alive)
