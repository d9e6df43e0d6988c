# weakref.WeakSet: add/discard/remove/pop/update/clear, membership of what
# cannot be weakly referenced, entries leaving as their objects die (at del,
# under an iterator, in a cycle at a collection).
import weakref, gc
class A:
    def __init__(self, n): self.n = n
s = weakref.WeakSet()
xs = [A(i) for i in range(5)]
for x in xs:
    s.add(x)
s.add(xs[0])
print(len(s), xs[0] in s, A(9) in s, 1 in s, [] in s)
del xs[:2]
print(len(s), sorted(x.n for x in s))
s.discard(xs[0]); s.discard(A(7))
try:
    s.discard(1)
except TypeError as e:
    print("TE", e)
print(len(s))
try:
    s.add(1)
except TypeError as e:
    print("TE", e)
try:
    s.remove(1)
except TypeError as e:
    print("TE", e)
p = s.pop()
print(type(p).__name__, len(s))
del p
s2 = weakref.WeakSet(xs)
print(len(s2), bool(s2), bool(weakref.WeakSet()))
for x in s2:
    del xs[:]
    break
print(len(s2))
gc.collect()
print(len(s2), list(s2) == [])
s.clear()
print(len(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KE", e)
a = A(1); b = A(2); a.o = b; b.o = a
s3 = weakref.WeakSet([a, b])
del a, b
print(len(s3))
gc.collect()
print(len(s3))
print(type(s3).__name__)
