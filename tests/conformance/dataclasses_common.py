# dataclasses.dataclass in the common case, as CPython 3.11's: generated
# __init__ (with CPython's argument errors), __repr__, __eq__, order,
# frozen, hashing rules, field(), fields/asdict/astuple/replace, kw_only.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1)
print(p, p == Point(1), p == Point(1, 2), p != Point(2), Point.__init__.__qualname__)
f0 = fields(Point)[0]
print(f0.name, f0.type, f0.default is MISSING, f0.init, f0.repr, f0.hash, f0.compare, f0.metadata, f0.kw_only, [f.name for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__, Point.__dataclass_params__, Point.__hash__)
for bad in (lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Point(y=2)):
    try: bad()
    except TypeError as e: print('TypeError:', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)

v = Version(1, 2, 'x')
print(v, v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2, 'y')))
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Child(Point):
    z: float = 1.5
    def total(self):
        return self.x + self.y + self.z
c = Child(1, 2, ['t'], 3.0)
print(c, c.total(), [f.name for f in fields(Child)])

@dataclass(eq=False, repr=False)
class Plain:
    a: int
    b: int = field(init=False, default=7)
    def __post_init__(self):
        self.c = self.a * 2
pl = Plain(3)
print(pl.a, pl.b, pl.c, pl == Plain(3), '__repr__' in Plain.__dict__)

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'custom'
print(Custom(1), Custom.__eq__(Custom(1), 1))

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: str = field(default='x', hash=False)
print(hash(H(1)) == hash(H(1, 'y')), H(1) == H(1, 'y'))

@dataclass
class Nested:
    p: Point
    items: list = field(default_factory=lambda: [1, 2])
n = Nested(Point(1, 2))
print(asdict(n), astuple(n), n)
print(field(default=1, metadata={'unit': 'm'}).metadata['unit'])
print(Point.__doc__, Version.__doc__, Child.__doc__)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3), Options.__match_args__)
for bad in (lambda: Options(1), lambda: Options()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

from dataclasses import KW_ONLY
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=5), Mixed.__match_args__)
try:
    Mixed(1, 2)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)
t = Tree('root')
t.children.append(t)
print(t)
print(Tree('a') == Tree('a'), Tree('a') != Tree('b'), Tree.__eq__(Tree('a'), 3))
try:
    hash(Tree('a'))
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)
try:
    fields(3)
except TypeError as e:
    print('TypeError:', e)
try:
    replace(Plain(1), b=3)
except ValueError as e:
    print('ValueError:', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)
