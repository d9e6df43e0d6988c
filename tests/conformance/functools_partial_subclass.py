# functools.partial may be subclassed (CPython 3.11's is a BASETYPE): a
# subclass's instances call, flatten as CPython's (a partial of anything
# called through partial's __call__ that has no __dict__), and repr with
# the subclass's name.
import functools, gc
class P(functools.partial):
    pass
p = P(int, '5')
print(p(), type(p).__mro__, repr(p), repr(functools.partial(int)))
q = functools.partial(p, base=16)
print(q.func is int, q.args, q.keywords, type(q).__name__)
r = P(p, base=8)
print(r.func, r.args, r.keywords, repr(r))
p.attr = 1
s = functools.partial(p)
print(s.func is p, s.args, p.__dict__)
class Q(functools.partial):
    def __call__(self, *a):
        return ('Q', super().__call__(*a))
print(Q(int, '7')(), gc.is_tracked(p), gc.get_referents(functools.partial(int, 1))[:2])
