# The itertools tools written in the subset until session 15, as CPython
# 3.11's C types: names, reprs, gc tracking, what gc.get_referents sees
# (their traverse order), errors, subclasses, tee's shared data.
import gc
import itertools as it

L = [1, 2, 3]
for t in [it.permutations, it.combinations_with_replacement, it.starmap, it.filterfalse,
          it.compress, it.zip_longest, it.pairwise, it._tee, it._tee_dataobject]:
    print(t, t.__name__, t.__module__, t.__qualname__)
print(repr(it.tee)[:22], it.tee.__name__)

print(list(it.permutations(L)), list(it.permutations(L, 2)), list(it.permutations(L, 4)))
print(list(it.permutations([], 0)), list(it.permutations(L, 0)), list(it.permutations('ab', r=None)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.starmap(pow, [(2, 3), [3, 2], iter((2, 2))])))
print(list(it.filterfalse(None, [0, 1, 2, '', 3])), list(it.filterfalse(bool, [0, 1, [], 2])),
      list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1, 1, 1, 1])))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab')))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise('')))

a, b, c = it.tee(range(200), 3)
print(list(a)[-3:], next(b), list(c)[:3], list(b)[-2:])
a, b = it.tee('xyz')
print(type(a).__name__, a is b, next(a), next(a), next(b))
c = a.__copy__()
print(next(a), next(c), list(b))
d, e = it.tee(a)
print(d is a, e is a, type(e).__name__)
print(it.tee(L, 0), len(it.tee(L, 1)))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n

    def __copy__(self):
        print('copied')
        return Copyable(self.n)


x, y, z = it.tee(Copyable(2), 3)
print(type(x).__name__, x is not y, list(x), list(y), list(z))


def reenter():
    yield next(t1)


t1, t2 = it.tee(reenter())
try:
    next(t1)
except RuntimeError as err:
    print('RuntimeError', err)

# gc: tracked, and what each keeps, in CPython's traverse order
p = it.permutations(L, 2)
print(gc.is_tracked(p), gc.get_referents(p))
next(p)
print(gc.get_referents(p))
w = it.combinations_with_replacement('ab', 2)
next(w)
print(gc.is_tracked(w), gc.get_referents(w))
s = it.starmap(pow, L)
r = gc.get_referents(s)
print(gc.is_tracked(s), len(r), type(r[0]).__name__, r[1] is pow)
f = it.filterfalse(None, L)
r = gc.get_referents(f)
print(len(r), type(r[0]).__name__, r[1])
cm = it.compress('ab', L)
print([type(x).__name__ for x in gc.get_referents(cm)])
zl = it.zip_longest('ab', 'x', fillvalue=7)
r = gc.get_referents(zl)
print(len(r), [type(x).__name__ for x in r[0]], r[1:])
next(zl)
print(gc.get_referents(zl)[1:])
pw = it.pairwise('abc')
print([type(x).__name__ for x in gc.get_referents(pw)])
next(pw)
print([type(x).__name__ for x in gc.get_referents(pw)], gc.get_referents(pw)[1])
ta, tb = it.tee('abc')
r = gc.get_referents(ta)
print(gc.is_tracked(ta), len(r), type(r[0]).__name__, r[0] is gc.get_referents(tb)[0])
next(ta)
rd = gc.get_referents(r[0])
print(type(rd[0]).__name__, rd[1:])
import weakref
wr = weakref.ref(ta)
print(wr() is ta)


# subclasses
class MyPerm(it.permutations):
    pass


class MyZip(it.zip_longest):
    def extra(self):
        return 'extra'


mp = MyPerm('ab')
print(type(mp).__name__, list(mp), isinstance(mp, it.permutations))
mz = MyZip('a', 'bc')
print(mz.extra(), list(mz))
for base in [it.combinations_with_replacement, it.starmap, it.filterfalse, it.compress, it.pairwise]:
    class Sub(base):
        pass
    print(base.__name__, Sub.__mro__[1] is base)
for base in [it._tee, it._tee_dataobject]:
    try:
        class Sub(base):
            pass
        print(base.__name__, 'subclassed')
    except TypeError as err:
        print('TypeError', err)

bad = [
    ("permutations(L, 'x')", lambda: it.permutations(L, 'x')),
    ("permutations(L, 2.0)", lambda: it.permutations(L, 2.0)),
    ("permutations(L, True)", lambda: list(it.permutations(L, True))),
    ("permutations(L, -1)", lambda: it.permutations(L, -1)),
    ("permutations()", lambda: it.permutations()),
    ("permutations(L, 2, 3)", lambda: it.permutations(L, 2, 3)),
    ("permutations(L, r=2, x=1)", lambda: it.permutations(L, r=2, x=1)),
    ("permutations(L, x=1)", lambda: it.permutations(L, x=1)),
    ("permutations(L, iterable=L)", lambda: it.permutations(L, iterable=L)),
    ("permutations(r=1)", lambda: it.permutations(r=1)),
    ("permutations(3)", lambda: it.permutations(3)),
    ("cwr(L)", lambda: it.combinations_with_replacement(L)),
    ("cwr(L, -1)", lambda: it.combinations_with_replacement(L, -1)),
    ("cwr(L, 'a')", lambda: it.combinations_with_replacement(L, 'a')),
    ("cwr(3, 'a')", lambda: it.combinations_with_replacement(3, 'a')),
    ("cwr(3, 1)", lambda: it.combinations_with_replacement(3, 1)),
    ("cwr(L, 1, 2)", lambda: it.combinations_with_replacement(L, 1, 2)),
    ("starmap(pow)", lambda: it.starmap(pow)),
    ("starmap(pow, L, x=1)", lambda: it.starmap(pow, L, x=1)),
    ("starmap(pow, 3)", lambda: it.starmap(pow, 3)),
    ("list(starmap(pow, L))", lambda: list(it.starmap(pow, L))),
    ("list(starmap(pow, [(1, 2, 3, 4)]))", lambda: list(it.starmap(pow, [(1, 2, 3, 4)]))),
    ("filterfalse(None)", lambda: it.filterfalse(None)),
    ("filterfalse(None, 3)", lambda: it.filterfalse(None, 3)),
    ("compress(L)", lambda: it.compress(L)),
    ("compress(data=L, sel=L)", lambda: it.compress(data=L, sel=L)),
    ("compress(L, data=L)", lambda: it.compress(L, data=L)),
    ("compress(L, 3)", lambda: it.compress(L, 3)),
    ("zip_longest(L, x=1)", lambda: it.zip_longest(L, x=1)),
    ("zip_longest(L, fillvalue=1, x=2)", lambda: it.zip_longest(L, fillvalue=1, x=2)),
    ("zip_longest(L, 3)", lambda: it.zip_longest(L, 3)),
    ("pairwise()", lambda: it.pairwise()),
    ("pairwise(L, L)", lambda: it.pairwise(L, L)),
    ("pairwise(iterable=L)", lambda: it.pairwise(iterable=L)),
    ("tee()", lambda: it.tee()),
    ("tee(L, 2, 3)", lambda: it.tee(L, 2, 3)),
    ("tee(L, -1)", lambda: it.tee(L, -1)),
    ("tee(L, n=1)", lambda: it.tee(L, n=1)),
    ("tee(L, 'a')", lambda: it.tee(L, 'a')),
    ("tee(3)", lambda: it.tee(3)),
    ("_tee()", lambda: it._tee()),
    ("_tee(3)", lambda: it._tee(3)),
    ("_tee_dataobject()", lambda: it._tee_dataobject()),
    ("_tee_dataobject(L, 1, None)", lambda: it._tee_dataobject(L, 1, None)),
]
for label, f in bad:
    try:
        f()
        print(label, 'ok')
    except Exception as err:
        print(label, type(err).__name__, err)
print([x for x in dir(it) if not x.startswith('__')])


# the older C tools' referents, in CPython's traverse order
def f(x):
    return True


for t in [it.takewhile(f, [1]), it.dropwhile(f, [1]), it.accumulate([1], f, initial=5),
          it.groupby([1], f), it.cycle([1]), it.islice([1], 1), it.chain([1], [2])]:
    print(type(t).__name__, [type(x).__name__ for x in gc.get_referents(t)])
