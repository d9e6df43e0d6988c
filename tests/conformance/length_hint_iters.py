# The built-in iterators' __length_hint__ (CPython 3.11's *iter_len):
# what is left, after steps, exhaustion and mutation of the container;
# operator.length_hint and list()'s preallocation (sys.getsizeof) use it.
import operator
import sys
import collections


def show(name, it):
    print(name, operator.length_hint(it, -1), hasattr(it, '__length_hint__'))


L = [1, 2, 3]
show('list', iter(L))
it = iter(L); next(it); show('list after 1', it)
it = iter(L); list(it); show('list exhausted', it)
show('tuple', iter((1, 2, 3)))
show('range', iter(range(10)))
show('range step', iter(range(10, 0, -3)))
print('long range', iter(range(2 ** 70)).__length_hint__())
it = iter(range(2 ** 64, 2 ** 64 + 5)); next(it); print('long range after 1', it.__length_hint__())
show('str', iter('abcd'))
it = iter('h\xe9llo\u20ac'); next(it); next(it); show('str non-ascii', it)
show('bytes', iter(b'abcd'))
show('bytearray', iter(bytearray(b'abcd')))
b = bytearray(b'abcdef'); it = iter(b); next(it); del b[2:]; show('bytearray cut', it)
show('dict', iter({1: 2, 3: 4}))
show('dict values', iter({1: 2, 3: 4}.values()))
show('dict items', iter({1: 2, 3: 4}.items()))
show('set', iter({1, 2, 3}))
show('frozenset', iter(frozenset({1, 2, 3})))
show('reversed list', reversed([1, 2, 3]))
show('reversed tuple', reversed((1, 2, 3)))
show('reversed range', reversed(range(5)))
show('reversed str', reversed('abc'))
show('reversed dict', reversed({1: 2}))
show('enumerate', enumerate([1, 2]))
show('zip', zip([1], [2]))
show('map', map(str, [1]))
show('generator', (x for x in [1]))
show('deque', iter(collections.deque([1, 2])))
d = collections.deque([1, 2, 3]); it = iter(d); next(it); show('deque after 1', it)
L = [1, 2, 3, 4]; it = iter(L); next(it); L.append(5); show('list grown', it)
L.clear(); show('list cleared', it)
L = [1, 2, 3, 4]; it = reversed(L); next(it); L.pop(); L.pop(); L.pop(); show('reversed list cut', it)
print(next(it, 'end')); show('reversed list after end', it)
d = {1: 2, 3: 4}; it = iter(d); next(it); show('dict after 1', it)
d[5] = 6; show('dict grown', it)
it = iter(d); list(it); show('dict exhausted', it)
s = {1, 2, 3}; it = iter(s); next(it); show('set after 1', it)
s.add(9); show('set grown', it)
for name, it in [('range', iter(range(3))), ('str', iter('ab')), ('reversed', reversed([1, 2])),
                 ('tuple', iter((1,))), ('bytes', iter(b'x')), ('set', iter({1}))]:
    list(it)
    show(name + ' exhausted', it)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


class SizedSeq(Seq):
    def __len__(self):
        return 3


it = iter(Seq()); print(type(it).__name__, it.__length_hint__() is NotImplemented, operator.length_hint(it, 7))
it = iter(SizedSeq()); next(it); print(it.__length_hint__(), operator.length_hint(it))
list(it); print(it.__length_hint__())
print(type(iter([])).__length_hint__.__doc__)
for bad in [lambda: iter([]).__length_hint__(1), lambda: iter(()).__length_hint__(x=1),
            lambda: iter({}).__length_hint__(1, 2), lambda: reversed('ab').__length_hint__(0)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class Hinted:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        print('asked')
        return 40


print(list(Hinted()), sys.getsizeof(list(Hinted())) == sys.getsizeof([]))
for n in (3, 9, 17, 100):
    l = []
    l.extend(iter(range(n)))
    print(n, sys.getsizeof(list(iter(range(n)))) - sys.getsizeof([]),
          sys.getsizeof(list(iter(list(range(n))))) - sys.getsizeof([]),
          sys.getsizeof(list(reversed(range(n)))) - sys.getsizeof([]),
          sys.getsizeof(list(iter(set(range(n))))) - sys.getsizeof([]),
          sys.getsizeof(list(iter('x' * n))) - sys.getsizeof([]),
          sys.getsizeof(l) - sys.getsizeof([]),
          sys.getsizeof(list(x for x in range(n))) - sys.getsizeof([]))
