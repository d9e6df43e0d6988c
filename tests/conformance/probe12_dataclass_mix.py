from dataclasses import dataclass, field, FrozenInstanceError, fields, asdict, is_dataclass, replace
from typing import ClassVar, List
@dataclass
class Base:
    id: int
    label: str = "none"
    count: ClassVar[int] = 0
    def __post_init__(self):
        Base.count += 1
        if self.id < 0:
            raise ValueError(f"bad id {self.id}")
@dataclass
class Child(Base):
    extra: List[int] = field(default_factory=lambda: [1, 2])
    secret: str = field(default="s", repr=False)
    weight: float = field(default=1.0, compare=False)
c = Child(1, "x")
print(c, Base.count, c == Child(1, "x", weight=9.0), c != Child(2))
try:
    Child(-1)
except ValueError as e:
    print("ValueError", e)
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1}[Point(3.0, 4.0)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(replace(p, y=0), is_dataclass(p), is_dataclass(Point), is_dataclass(1), [f.name for f in fields(Child)])
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__ or Ident.__hash__)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)
print(hash(H(1)) == hash(H(1, [2])))
@dataclass
class Unhashable:
    a: int
print(Unhashable.__hash__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), str(min(vs)), Version(1) < Version(1, 0, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Nested:
    name: str
    children: list = field(default_factory=list)
tree = Nested("root", [Nested("a"), Nested("b", [Nested("c")])])
print(asdict(tree))
print(repr(Nested("q")), Nested.__init__.__qualname__ if hasattr(Nested.__init__, "__qualname__") else "")
print(Child.__dataclass_fields__["extra"].default_factory(), Child.__match_args__ if hasattr(Child, "__match_args__") else None)
