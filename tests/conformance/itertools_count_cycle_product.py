# itertools.count, cycle and product as CPython 3.11's C types: names,
# reprs (count's fast and slow modes), values, errors, gc referents,
# product's reused result tuple, subclasses.
import gc, itertools, sys
from itertools import count, cycle, product, islice

def show(*a):
    print(*a)

def t(label, f):
    try:
        r = f()
        show(label, r)
    except Exception as e:
        show(label, 'E', type(e).__name__, e)

# names and reprs
for x in (count(), count(5), count(-3), count(2**70), count(1.5), count(3, 2), count(0, 1.0), count(True), count(step=-1),
          count(start=2**63 - 1), count(-2**63), count(2, True)):
    show(repr(x), type(x).__name__, type(x).__module__, next(x), next(x), repr(x))
show(type(cycle('ab')).__qualname__, type(product()).__name__, type(count).__name__)
show(repr(cycle('ab'))[:23], repr(product('a'))[:25])
# values
t('count', lambda: list(islice(count(10, -3), 5)))
t('count float', lambda: list(islice(count(0.5, 0.25), 4)))
t('count big', lambda: list(islice(count(2**63 - 2), 4)))
t('cycle', lambda: list(islice(cycle('abc'), 8)))
t('cycle empty', lambda: list(islice(cycle(''), 3)))
t('cycle gen', lambda: list(islice(cycle(x * 2 for x in range(3)), 7)))
t('product', lambda: list(product('ab', range(2))))
t('product rep', lambda: list(product([1, 2], repeat=2)))
t('product rep0', lambda: list(product('ab', repeat=0)))
t('product none', lambda: list(product()))
t('product empty', lambda: list(product('ab', '')))
t('product 3', lambda: list(product([1], [2, 3], [4, 5])))
# errors
t('count str', lambda: count('a'))
t('count step', lambda: count(1, 'x'))
t('count 3', lambda: count(1, 2, 3))
t('count kw', lambda: count(x=1))
t('count both', lambda: count(1, start=2))
t('cycle 0', lambda: cycle())
t('cycle 2', lambda: cycle('a', 'b'))
t('cycle kw', lambda: cycle(iterable='a'))
t('cycle int', lambda: cycle(5))
t('product int', lambda: product(5))
t('product kw', lambda: product('a', foo=1))
t('product neg', lambda: product('a', repeat=-1))
t('product str', lambda: product('a', repeat='x'))
t('product big', lambda: product('a', repeat=2**62))
# referents and gc
c = count(); show([type(r).__name__ for r in gc.get_referents(c)], gc.get_referents(c))
c = count(1.5, 2); show(gc.get_referents(c))
cy = cycle([1, 2]); next(cy); show([type(r).__name__ for r in gc.get_referents(cy)])
p = product('ab', 'c'); next(p); show(gc.get_referents(p))
show(gc.is_tracked(count()), gc.is_tracked(cycle('a')), gc.is_tracked(product()))
# result reuse
p = product([1, 2], [3, 4]); a = next(p); b = next(p); show(a, b, a is b)
# subclassing
class C(count):
    pass
c = C(3); show(repr(c), next(c), isinstance(c, count))
class P(product):
    pass
show(list(P('ab', repeat=1)))
