# collections.abc: the mixin methods a subclass gets (Mapping,
# MutableMapping, Sequence, MutableSequence, Set, MutableSet, the views),
# abstract classes refusing instantiation, X[...] aliases.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterator, Iterable, Hashable, Sized, Collection)
import collections.abc
import collections
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, type(m.keys()).__name__)
print(m.keys() & {'a'}, m.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)})
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3); print(mm.pop('x'), mm.popitem(), dict(mm), mm.pop('q', 'dflt'))
try:
    mm.pop('q')
except KeyError as e:
    print('KeyError', e)
try:
    Mapping()
except TypeError as e:
    print(e)
class Bad(Mapping):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class S(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = S(1, 2, 3, 2)
print(list(s), list(reversed(s)), s.index(2), s.count(2), 3 in s, s.index(2, 2))
try: s.index(9)
except ValueError as e: print('ValueError', repr(e))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Sized))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable))
class R: pass
Sequence.register(R)
print(issubclass(R, Sequence), issubclass(R, Iterable), isinstance(R(), Collection))
class MS(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MS([1, 2, 3])
print(sorted(a & {2, 3, 4}), sorted(a | [9]), sorted(a - {1}), sorted(a ^ {3, 4}), a <= {1, 2, 3, 4}, a == {1, 2, 3})
a |= {7}; a -= {1}; print(sorted(a)); a.remove(7); print(sorted(a))
class MSeq(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
q = MSeq(); q.append(1); q.extend([2, 3]); q.reverse(); print(q.l, q.pop(), q.l); q += [5]; q.remove(2); print(q.l)
print(Mapping[str, int], Iterable[int])
print(collections.abc.__name__, sorted(collections.abc.__all__)[:3])
print(sorted(collections.abc.__all__))
from collections.abc import Awaitable, AsyncIterator
class AI:
    def __aiter__(self): return self
    def __anext__(self): pass
print(isinstance(AI(), AsyncIterator), isinstance(AI(), Awaitable))
import collections.abc as cabc
print(cabc is collections.abc, cabc.Sized)
from collections.abc import Generator, Coroutine
class G(Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = G()
print(next(g), list(g), g.close(), isinstance(g, Generator))
class Stubborn(G):
    def throw(self, typ, val=None, tb=None):
        return 1
try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    G().throw(ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', e)
