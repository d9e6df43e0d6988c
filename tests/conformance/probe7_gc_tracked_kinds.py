# gc.is_tracked: which objects are tracked, untracking of tuples and dicts
import gc

class C:
    pass
class S:
    __slots__ = ()

samples = [('int', 1), ('str', 'abc'), ('float', 1.5), ('None', None), ('bytes', b'x'),
           ('empty list', []), ('list', [1]), ('empty dict', {}), ('atom dict', {'a': 1}),
           ('dict of list', {'a': []}), ('tuple atoms', (1, 'a')), ('tuple list', ([],)),
           ('set', {1}), ('frozenset', frozenset([1])), ('instance', C()), ('empty slots', S()),
           ('func', len), ('lambda', lambda: 0), ('class', C), ('range', range(3)),
           ('bytearray', bytearray()), ('iter', iter([1]))]
for name, obj in samples:
    print(name, gc.is_tracked(obj))
t = tuple([1, 2, 3])
d = dict(a=1)
d2 = {}
print("before", gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(d2))
gc.collect()
print("after collect", gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(d2))
d2['x'] = [1]
d['y'] = 2
print("after insert", gc.is_tracked(d2), gc.is_tracked(d))
nested = ((1, 2), (3, (4,)))
gc.collect()
print("nested", gc.is_tracked(nested), gc.is_tracked(nested[1]))
holder = ([],)
gc.collect()
print("holder", gc.is_tracked(holder))
inst = C()
inst.a = 1
print("inst dict", gc.is_tracked(inst.__dict__))
gc.collect()
print("inst dict after", gc.is_tracked(inst.__dict__))
