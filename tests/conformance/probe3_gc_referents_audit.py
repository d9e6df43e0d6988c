# Probing program (issue 13, round 3): gc.get_referents contents and order, container by container
import gc, weakref, sys
from collections import deque
def show(label, obj):
    rs = gc.get_referents(obj)
    out = []
    for r in rs:
        t = type(r).__name__
        if isinstance(r, (int, str, float, tuple)) and not isinstance(r, bool) and len(repr(r)) < 40:
            out.append(t + ':' + repr(r))
        else:
            out.append(t)
    print(label, len(rs), out)
class Node:
    def __init__(self, n):
        self.n = n
        self.kids = []
    def meth(self):
        return self.n
class Slot:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 'A1'
class SlotW:
    __slots__ = ('a', '__weakref__')
n = Node(1)
show('list', [n, 'x', 3])
show('tuple', (n, 'x', 3))
show('dict_u', {'a': n})
show('dict_g', {1: n})
show('set', {3})
show('frozenset', frozenset({4}))
show('inst', n)
s = Slot()
show('slots', s)
show('slots_empty', SlotW())
show('class', Node)
show('class_slot', Slot)
def func(a, b=5, *, c=6):
    return a
func.attr = 1
show('function', func)
show('bound', n.meth)
def mk():
    v = [1]
    def inner():
        return v
    return inner
cl = mk()
show('closure', cl)
show('cell', cl.__closure__[0])
def gen():
    x = yield 1
    yield 2
g = gen()
show('gen_new', g)
next(g)
show('gen_susp', g)
for _ in g:
    pass
show('gen_done', g)
show('module', sys.modules['gc'])
def cb(r):
    pass
wr = weakref.ref(n, cb)
show('weakref_cb', wr)
show('weakref', weakref.ref(n))
p = property(Node.meth)
show('property', p)
show('staticmethod', staticmethod(func))
show('classmethod', classmethod(func))
show('deque', deque([n, 1]))
show('list_iter', iter([1]))
show('tuple_iter', iter((1,)))
show('dict_keyiter', iter({'a': 1}))
show('enumerate', enumerate([1]))
show('zip', zip([1], [2]))
show('map', map(str, [1]))
try:
    try:
        raise KeyError('k')
    except KeyError as e1:
        raise ValueError('v') from e1
except ValueError as e:
    exc = e
show('exc', exc)
show('exc_ctx', exc.__context__)
show('range_iter', iter(range(3)))
show('reversed', reversed([1, 2]))
show('filter', filter(None, [1]))
show('dict_keys', {'a': 1}.keys())
show('method_obj', [].append)
def running():
    show('gen_running', gr)
    yield 1
gr = running()
next(gr)
show('property_doc', property(Node.meth, None, None, 'doc'))
print([type(r).__name__ for r in gc.get_referents(map(str, [1]))], [type(r).__name__ for r in gc.get_referents(filter(None, [1]))])
