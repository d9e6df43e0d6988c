# typing.Mapping, Sequence... are aliases of the collections.abc classes:
# a class deriving from typing.Mapping[str, int] gets the mixin methods.
import typing
from typing import Mapping, Sequence, Iterable, List, Dict
import collections.abc
print(typing.Mapping.__origin__ is collections.abc.Mapping, typing.Iterable[int], typing.Mapping[str, int].__origin__)
class M(typing.Mapping[str, int]):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M()
print(m.get('a'), list(m.items()), isinstance(m, collections.abc.Mapping), M.__mro__)
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterable), issubclass(list, typing.MutableSequence))
print(typing.get_origin(List[int]), typing.get_origin(typing.Sequence[int]), typing.get_args(Dict[str, int]))
