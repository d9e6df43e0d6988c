# typing's objects print, compare and hash as CPython 3.11's, in the
# annotations of functions, classes and modules.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Sequence, Mapping, Type, TypeVar, ClassVar, Final, Literal, Deque,
                    DefaultDict, Counter, cast, get_args, get_origin, TYPE_CHECKING)

T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', covariant=True)
W = TypeVar('W', str, bytes, contravariant=True)

shown = [Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
         Sequence, Mapping, Type, ClassVar, Final, Literal, Deque, DefaultDict, Counter, T, K, V, W,
         List[int], Optional[str], Dict[str, int], Union[int, str], Union[int, None], Union[None, int],
         Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int],
         Union[int, Union[str, float]], Tuple[int, ...], Tuple[()], Tuple[int, str],
         Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[int, str],
         Type[int], List[T], Dict[K, List[V]], Iterable[int], Iterator[str], Sequence[Tuple[int, int]],
         Mapping[str, Any], Set[int], FrozenSet[str], Optional[List[int]], List['Forward'],
         List[None], Optional[Callable[[int], str]], Type[Any], List[List[int]],
         Dict[str, 'X'], ClassVar[int], Final[str], Literal['a', 1, None], Deque[int],
         DefaultDict[str, List[int]], Optional[None], List[int] | None, Optional[int] | str,
         T | int, Dict[T, int][str], Union[int, T][str], Callable[[T], T][float], Optional[T][bytes]]
for x in shown:
    print(repr(x))
print(str(List[int]), str(Optional[int]), str(T))

print(List[int] == List[int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
print(Union[int, str] == Union[str, int], List[int] == List[str], Dict[str, int] != Dict[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]), len({List[int], List[int], List[str]}))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Union[int, str].__origin__)
print(Dict[str, int].__origin__, Callable[[int], str].__args__, Tuple[int, ...].__args__)
print(Tuple.__origin__, Type.__origin__, List.__origin__, List[int].__name__, Dict.__name__)
print(Dict[T, int].__parameters__, List[int].__parameters__, Dict[K, List[V]].__parameters__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(int), get_args(int))
print(cast(int, 'not checked'), cast('List[int]', 3), TYPE_CHECKING)
print(T.__name__, K.__bound__, V.__covariant__, W.__contravariant__, W.__constraints__,
      T.__constraints__, T.__bound__, T.__module__)
print(typing.Text, typing.AnyStr, typing.NoReturn)

print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Iterable))
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance((), Sequence), isinstance('', Sequence), isinstance(range(3), Sequence),
      isinstance({}, Sequence), isinstance({}, Mapping), isinstance([], Mapping))
print(isinstance(len, Callable), isinstance(3, Callable), issubclass(bool, Type), isinstance(int, Type))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), isinstance(None, Optional[int]))
print(issubclass(bool, Union[int, str]), isinstance({1}, Set), isinstance(frozenset(), FrozenSet))

errors = [
    lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str], lambda: Union[()],
    lambda: Callable[[int], str, int], lambda: isinstance([], List[int]), lambda: Type[int, str],
    lambda: TypeVar('X', int), lambda: Any(), lambda: Union(), lambda: List[int](),
    lambda: Dict[str, int](), lambda: Tuple[int](), lambda: Optional(), lambda: isinstance(3, Any),
    lambda: List[T][int, str], lambda: Tuple[int, ...][int], lambda: List.__args__,
    lambda: isinstance(3, Union), lambda: TypeVar('B', int, bound=int),
    lambda: TypeVar('C', covariant=True, contravariant=True), lambda: typing.NoReturn[int],
]
for fn in errors:
    try:
        print('no error:', fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]('aab'))

def scale(values: List[float], factor: Optional[float] = None, *rest: Tuple[int, ...],
          key: Callable[[float], float] = abs, **opts: Dict[str, Any]) -> Iterator[float]:
    return iter([])
print(scale.__annotations__)

class Inventory:
    items: Dict[str, int]
    owner: Optional[str] = None
    limits: ClassVar[Tuple[int, int]] = (0, 10)
    tags: 'List[str]'
print(Inventory.__annotations__)
print(typing.get_type_hints(scale))
