# collections.abc: isinstance/issubclass of the built-in types against
# every ABC (registrations and __subclasshook__), user classes that only
# define the methods, register(), classes set to None.
import collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Generator, Set, MutableSet, Container, Collection, MutableSequence, KeysView, ItemsView, ValuesView, Reversible
import collections
print(collections.abc.Mapping, Mapping.__module__)
for v in [1, 'a', [1], (1,), {}, {1}, frozenset(), b'', bytearray(), range(3), iter([]), (x for x in []), len, None, {}.keys(), {}.items(), {}.values(), collections.deque(), collections.OrderedDict(), 1.5]:
    print(type(v).__name__, [c.__name__ for c in (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Hashable, Sized, Callable, Generator, Set, MutableSet, Container, Collection, Reversible, KeysView, ItemsView, ValuesView) if isinstance(v, c)])
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
print(Sequence.register(R) is R, issubclass(R, Mapping))
class NotIter(list):
    __iter__ = None
print(issubclass(NotIter, Iterable), issubclass(NotIter, Sequence))
class Sz:
    def __len__(self): return 0
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
print(isinstance(Sz(), Collection), isinstance(Sz(), Sequence), isinstance(Sz(), Container))
def gen():
    yield 1
print(isinstance(gen(), Generator), isinstance(iter(range(3)), Generator), isinstance(gen, Callable))
class FakeGen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return 1
    def throw(self, *a): raise StopIteration
    def close(self): pass
print(isinstance(FakeGen(), Generator), issubclass(FakeGen, Iterator))
try:
    Mapping.register(1)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, Mapping)
except TypeError as e:
    print('TypeError', e)
print(isinstance(collections.Counter(), MutableMapping), isinstance(collections.defaultdict(), Mapping))
print(issubclass(type(iter({})), Iterator), issubclass(type(reversed([])), Iterator))
print(Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}))
print(sorted(MutableSequence.__abstractmethods__), sorted(Set.__abstractmethods__))
