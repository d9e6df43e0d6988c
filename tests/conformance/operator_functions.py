# The operator module's functions: each agrees with its operator, in
# result and in error; argument errors use CPython's words.
import operator
from operator import (add, sub, mul, floordiv, truediv, mod, pow, lshift, rshift, and_, xor, or_,
                      neg, pos, inv, invert, not_, truth, index, is_, is_not, lt, le, eq, ne, gt, ge,
                      getitem, setitem, delitem, contains, countOf, indexOf, concat, iconcat,
                      iadd, isub, imul, ifloordiv, itruediv, imod, ipow, ilshift, irshift, iand, ixor, ior,
                      length_hint, call, matmul, imatmul)

print(add(2, 3), sub(2, 3), mul(4, 5), floordiv(7, 2), truediv(7, 2), mod(7, 3), pow(2, 10))
print(lshift(1, 5), rshift(64, 2), and_(12, 10), xor(12, 10), or_(12, 10), operator.abs(-4))
print(neg(3), pos(-3), inv(5), invert(5), not_([]), truth([0]), index(True), is_(None, None), is_not(1, None))
print(lt(1, 2), le(2, 2), eq('a', 'a'), ne(1, 1.0), gt(3, 2), ge(1, 2), lt([1, 2], [1, 3]))
print(add('ab', 'cd'), add([1], [2]), mul('ab', 3), add((1,), (2,)), mod('%s-%d', ('x', 3)))
print(and_({1, 2}, {2, 3}), or_({1}, {2}), sub({1, 2}, {1}), xor({1, 2}, {2, 3}))
d = {'a': 1, 'b': 2}
print(getitem(d, 'a'), getitem([10, 20, 30], -1), getitem('hello', slice(1, 3)), getitem((1, 2, 3), slice(None, None, -1)))
setitem(d, 'c', 3); delitem(d, 'a'); print(d)
l = [1, 2, 3, 4]
setitem(l, slice(1, 3), ['x']); print(l); delitem(l, 0); print(l)
print(contains([1, 2], 2), contains('abc', 'bc'), contains(d, 'zz'), countOf([1, 2, 1, 1.0, True], 1), indexOf('abcb', 'b'))
print(concat([1], [2]), concat('a', 'b'), concat((1,), (2, 3)))
a = [1]; b = iadd(a, [2]); print(a, b, a is b)
t = (1,); u = iadd(t, (2,)); print(t, u, t is u)
a = [1]; print(iconcat(a, (5, 6)), a)
print(isub(5, 2), imul(3, 4), ifloordiv(9, 2), itruediv(9, 2), imod(9, 4), ipow(3, 3), ilshift(1, 3), irshift(8, 1), iand(6, 3), ixor(6, 3), ior(6, 3))
s = {1}; print(ior(s, {2}), s)
print(length_hint([1, 2, 3]), length_hint({}), length_hint(5), length_hint(5, 7), length_hint('abc', 9))
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
print(length_hint(Hint(4)), length_hint(Hint(NotImplemented), 2))
def f(*args, **kw):
    return args, sorted(kw.items())
print(call(f), call(f, 1, 2, k=3), call(len, 'abc'))

class M:
    def __matmul__(self, o):
        return ('matmul', o)
    def __rmatmul__(self, o):
        return ('rmatmul', o)
print(matmul(M(), 2), matmul(2, M()), imatmul(M(), 5))

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __iadd__(self, o):
        self.x += o.x
        return self
    def __neg__(self):
        return V(-self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __index__(self):
        return self.x
    def __getitem__(self, i):
        return i * 2
v = V(3)
print(add(v, V(4)).x, neg(v).x, lt(v, V(9)), index(v), getitem(v, 21), iadd(v, V(1)) is v, v.x)

tests = [
    lambda: add(1), lambda: add(1, 2, 3), lambda: add(a=1, b=2), lambda: truth(), lambda: truth(1, 2),
    lambda: truth(a=1), lambda: neg('x'), lambda: inv(1.5), lambda: index(1.5), lambda: concat(1, 2),
    lambda: concat([1], (2,)), lambda: iconcat(1, 2), lambda: concat({}, {}), lambda: setitem([1], 5, 1),
    lambda: setitem(1, 2), lambda: getitem(1, 2), lambda: delitem({}, 1), lambda: indexOf([1, 2], 3),
    lambda: countOf(1, 2), lambda: indexOf(1, 2), lambda: contains(1, 2), lambda: length_hint(),
    lambda: length_hint(1, 'x'), lambda: length_hint([1], default=3), lambda: length_hint(1, 2, 3),
    lambda: length_hint(Hint('x')), lambda: length_hint(Hint(-1)), lambda: call(), lambda: matmul(1, 2),
    lambda: imatmul(1, 2), lambda: lt(1, 'a'), lambda: pow(2, 3, 4), lambda: is_(1), lambda: not_(),
    lambda: add('a', 1), lambda: truediv(1, 0), lambda: setitem(1, 2, 3), lambda: delitem((1,), 0),
    lambda: mod(1, 0), lambda: isub([1], [1]), lambda: getitem({}, []),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)

print(operator.__add__ is add, operator.__not__ is not_, operator.__inv__ is inv, operator.__getitem__ is getitem)
print(len(operator.__all__), sorted(operator.__all__) == sorted(n for n in dir(operator) if not n.startswith('_')))
print(add, repr(truth), add.__name__, add.__qualname__, add.__module__, type(add).__name__)
print(add.__doc__, '|', length_hint.__doc__.splitlines()[0])
import _operator
print(_operator.add is add, _operator.itemgetter is operator.itemgetter)
print(sorted([3, 1, 2], key=neg), list(map(mul, [1, 2, 3], [4, 5, 6])))
