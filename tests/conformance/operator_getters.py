# operator.itemgetter, attrgetter and methodcaller: results, reprs,
# errors, and the sort-key idiom.
import gc
from operator import itemgetter, attrgetter, methodcaller

rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z'), ('a', 1, 'w')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0, 1)))
print(max(rows, key=itemgetter(2)), min(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, None))('hello'), itemgetter('k')({'k': 5}))
print(itemgetter(-1, 0)([1, 2, 3]), itemgetter((1, 2))({(1, 2): 'tuple key'}))

class P:
    def __init__(self, name, age, inner=None):
        self.name = name
        self.age = age
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct
people = [P('bo', 30, P('x', 1)), P('al', 25, P('y', 2)), P('cy', 35, P('z', 0))]
print([p.name for p in sorted(people, key=attrgetter('age'))])
print([p.name for p in sorted(people, key=attrgetter('inner.age'))])
print(attrgetter('name', 'inner.name')(people[0]), attrgetter('__class__.__name__')(3))
print(methodcaller('greet', 'hi')(people[0]), methodcaller('greet', 'yo', punct='?')(people[1]))
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'), methodcaller('count', 1)([1, 1, 2]))
print(sorted(['bb', 'a', 'ccc'], key=methodcaller('__len__')))

print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter((1, 2))), repr(itemgetter([1])))
print(repr(attrgetter('a')), repr(attrgetter('a.b.c')), repr(attrgetter('a', 'b.c')))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'x', [2])), repr(methodcaller('f', 1, k=2, j='s')))
print(itemgetter, attrgetter, methodcaller, itemgetter.__module__, itemgetter.__name__, type(itemgetter(1)).__name__)
print(gc.is_tracked(itemgetter(1)), gc.is_tracked(attrgetter('a')), gc.is_tracked(methodcaller('a')))
print(callable(itemgetter(0)), isinstance(itemgetter(0), itemgetter), itemgetter(1) == itemgetter(1))

tests = [
    lambda: itemgetter(), lambda: itemgetter(1, k=2), lambda: attrgetter(), lambda: attrgetter(1),
    lambda: attrgetter('a', 2), lambda: attrgetter('a', k=1), lambda: methodcaller(), lambda: methodcaller(1),
    lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2), lambda: itemgetter(1)(a=2), lambda: attrgetter('x')(),
    lambda: attrgetter('x')(1, 2), lambda: attrgetter('x')(a=1), lambda: attrgetter('x')(1),
    lambda: attrgetter('real.x')(1), lambda: attrgetter('a..b')(people[0]), lambda: methodcaller('x')(1),
    lambda: methodcaller('x')(), lambda: methodcaller('x')(a=1), lambda: methodcaller('greet')(people[0]),
    lambda: itemgetter(5)([1]), lambda: itemgetter('k')({}), lambda: itemgetter(0, 5)([1]), lambda: itemgetter(0)(5),
    lambda: attrgetter('name', 'nope')(people[0]),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
for T in (itemgetter, attrgetter, methodcaller):
    try:
        class X(T):
            pass
    except TypeError as e:
        print(e)
