# collections.OrderedDict as CPython 3.11's C type: its views and their
# type names, the odict_iterator (what gc.get_referents sees of it before,
# during and after iteration, the items tuple refilled while unheld),
# traverse order (the __dict__, the keys in order, then the dict's),
# tracking, weak references, order-sensitive ==, move_to_end/popitem,
# reversed iteration, repr, | and |=, update through a subclass's
# __setitem__, copy of a subclass, errors, mutation during iteration.
import gc
import weakref
from collections import OrderedDict as O
o = O(a=1, b=2, c=3)
print(type(iter(o)), type(iter(o.items())), type(reversed(o)), type(reversed(o.values())), type(o.keys()), type(o.values()).__mro__, type(o.items()).__mro__)
o = O(a=1, b=2)
it = iter(o.items()); print(gc.get_referents(it)); x = next(it); print(gc.get_referents(it)[:2], x)
y = next(it); print(x is y, x, y)
print(gc.get_referents(o), gc.is_tracked(O()), gc.is_tracked(O(a=1)))
print(o.__dict__)
o.x = 1; print(gc.get_referents(o), o.x)
print(weakref.ref(o)() is o)
print(O.__init__, O.__eq__, O.keys, O.move_to_end, O.__reversed__)
print(repr(O()), repr(O(a=[1])), O.fromkeys('ab'), type(O.fromkeys('ab')))
print(type(iter(o)).__module__, type(o.keys()).__module__, type(o.keys()).__qualname__, O.__module__, O.__qualname__, O)
print(gc.get_referents(O({1: 'x', (2,): 'y'})))
o = O.fromkeys('abcde')
o.move_to_end('b'); o.move_to_end('d', last=False); print(list(o), o.popitem(), o.popitem(last=False), o.popitem(False), o)
print(list(o.keys()), list(reversed(o.keys())), list(reversed(o.items())), list(reversed(o.values())), o.keys(), o.items(), o.values())
a = O(a=1, b=2); b = O(b=2, a=1); print(a == b, a != b, a == dict(b), dict(b) == a, a == {'a': 1, 'b': 2})
print(a.keys() == b.keys(), a.items() == b.items(), a.keys() == {'a', 'b'}, sorted(a.keys() & b.keys()), a.keys().isdisjoint(b.keys()), a.items() <= b.items())
print(O(a=1) | {'b': 2}, {'b': 2} | O(a=1), type({'b': 2} | O(a=1)))
c = O(a=1); c |= {'z': 0}; c |= [('y', 5)]; print(c)
r = O(); r['self'] = r; print(r)
class MyOD(O):
    pass
m = MyOD(x=1, y=2)
print(m, m.copy(), type(m.copy()).__name__, m | {}, type(m | {}).__name__, MyOD.__mro__, isinstance(m, dict))
m.attr = 1; print(m.__dict__)
class Logged(O):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Logged([('a', 1)], b=2)
l.update({'c': 3}, d=4)
l2 = l.copy()
print(l2)
for label, f in [('too many', lambda: O({}, {})), ('update many', lambda: O().update({}, {})),
                 ('bad pair', lambda: O([(1,)])), ('bad pair 3', lambda: O([(1, 2, 3)])), ('bad pair 0', lambda: O([()])),
                 ('not iter', lambda: O(5)), ('move missing', lambda: O(a=1).move_to_end('z')),
                 ('move empty', lambda: O().move_to_end('z')), ('pop empty', lambda: O().popitem()),
                 ('lt', lambda: O() < O()), ('move noarg', lambda: O().move_to_end()),
                 ('popitem x', lambda: O(a=1).popitem(x=1))]:
    try:
        f(); print(label, 'ok')
    except Exception as err:
        print(label, type(err).__name__, err)
o = O(a=1, b=2)
for label, mut in [('add', lambda: o.__setitem__('n', 1)), ('del', lambda: o.__delitem__('n')), ('move', lambda: o.move_to_end('a')),
                   ('replace', lambda: o.__setitem__('a', 9))]:
    it = iter(o)
    next(it)
    mut()
    try:
        print(label, list(it))
    except RuntimeError as err:
        print(label, 'RuntimeError', err)
        try:
            print(label, list(it))
        except RuntimeError as err:
            print(label, 'again RuntimeError', err)
it = iter(O(a=1)); list(it); print(gc.get_referents(it))
print(len(o), 'a' in o, o.get('a'), o.setdefault('q', 7), o.pop('q'), o)
