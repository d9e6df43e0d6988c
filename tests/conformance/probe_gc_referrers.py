# Probing program (issue 13): gc.get_referrers finds lists, dicts, instances and tuples
import gc
x = []
holder = [x]
d = {"k": x}
class A:
    pass
a = A()
a.v = x
refs = gc.get_referrers(x)
print(sum(1 for r in refs if r is holder), sum(1 for r in refs if r is d), sum(1 for r in refs if r is a))
print(any(type(r) is dict and r.get("x") is x for r in refs))
t = (x,)
print(any(r is t for r in gc.get_referrers(x)))
print(gc.get_referrers(12345678) == [] or True)
