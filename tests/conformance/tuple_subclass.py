# Subclasses of tuple: __new__ through tuple.__new__, attributes in a
# __dict__ (none with __slots__ = ()), everything else inherited.
import sys


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, repr(p), type(p).__name__, len(p), p[0], p[-1], p[0:1], p.x, p.y, p.norm1())
print(isinstance(p, tuple), isinstance(p, Point), issubclass(Point, tuple), Point.__mro__ == (Point, tuple, object))
a, b = p
print(a, b, list(p), [v * 2 for v in p], 3 in p, 5 in p, p.index(-4), p.count(3))
print(p == (3, -4), (3, -4) == p, p != (3, -4), p < (3, -3), hash(p) == hash((3, -4)))
print(p + (1,), type(p + (1,)).__name__, p * 2, type(p * 2).__name__, type(p[:]).__name__)
print(tuple(p), type(tuple(p)).__name__, tuple(p) is p, sorted(p), max(p), sum(p))
d = {p: 'point'}
print(d[(3, -4)], d[Point(3, -4)])
p.label = 'A'
print(p.label, p.__dict__, vars(p))
try:
    p[0] = 1
except TypeError as e:
    print('TypeError:', e)
print('%s and %s' % p, '{} {}'.format(*p))


class Plain(tuple):
    pass


q = Plain([1, 2, 3])
print(q, Plain(), Plain('ab'), Plain(x for x in range(3)), Plain() == (), len(Plain()))
print(Plain.__new__(Plain, [5]), type(Plain.__new__(Plain, [5])).__name__)
print(tuple.__new__(tuple, 'xy'), tuple.__new__(Plain), sorted(Plain.__dict__))
try:
    Plain([1], [2])
except TypeError as e:
    print('TypeError:', e)
try:
    Plain(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    tuple.__new__(int, [1])
except TypeError as e:
    print('TypeError:', e)
try:
    tuple.__new__(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Plain(5)
except TypeError as e:
    print('TypeError:', e)


class Slotted(tuple):
    __slots__ = ()

    def first(self):
        return self[0]


s = Slotted((7, 8))
print(s, s.first(), hasattr(s, '__dict__'), sorted(Slotted.__dict__))
try:
    s.attr = 1
except AttributeError as e:
    print('AttributeError:', e)


class WithInit(tuple):
    def __init__(self, items, scale=1):
        self.scale = scale


w = WithInit([1, 2], scale=3)
print(w, w.scale)


class Reprd(tuple):
    def __repr__(self):
        return 'Reprd' + repr(tuple(self))

    def __eq__(self, other):
        return tuple(self) == tuple(other) and type(other) is Reprd

    def __hash__(self):
        return hash(tuple(self))


r = Reprd((1,))
print(r, [r], r == Reprd((1,)), r == (1,), hash(r) == hash((1,)))

print(sys.getsizeof(p), sys.getsizeof((3, -4)), sys.getsizeof(s), sys.getsizeof(Plain()), sys.getsizeof(q))

# nested subclasses and cycles
class Node(tuple):
    pass


n = Node([[]])
n[0].append(n)
print(len(n[0]), n[0][0] is n)
try:
    class BadSlots(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)
