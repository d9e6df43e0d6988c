# difffuzz round 5: __slots__ declarations CPython refuses (seeds 50500041, 50500079, 50500067)
class Base:
    pass
class Slotted:
    __slots__ = ('a',)
cases = [('a', 'b'), 'a', ['a'], (), ('1a',), ('a b',), 'a b', ('a', 'a'), ('__dict__',),
         ('__dict__', '__dict__'), ('__weakref__', 'a'), ('__weakref__', '__weakref__'), (1,), ('',)]
for bases in ((), (Base,), (Slotted,)):
    for slots in cases:
        try:
            SL = type('SL', bases, {'__slots__': slots})
            s = SL()
            s.a = 5
            print(bases, slots, s.a, hasattr(s, '__dict__'))
        except (TypeError, ValueError, AttributeError) as e:
            print(bases, slots, type(e).__name__, e)
try:
    class Stmt(Base):
        __slots__ = ('x-y',)
except TypeError as e:
    print('TypeError', e)
