# PEP 563 annotations (strings) read by dataclasses and typing.NamedTuple:
# ClassVar recognised from its text, field types kept as strings.
from __future__ import annotations
from dataclasses import dataclass, field, fields
import dataclasses
from typing import ClassVar, NamedTuple, Optional
import typing

@dataclass
class P:
    x: int
    y: list[int] = field(default_factory=list)
    z: ClassVar[int] = 5
    w: typing.ClassVar[str] = 'q'
    o: Optional[P] = None

p = P(1)
print(p, [f.name for f in fields(p)], [f.type for f in fields(p)], P.z)

@dataclass(frozen=True, order=True)
class Q:
    a: int
    b: str = 'b'
print(Q(1) < Q(2), Q(1))

class NT(NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT.__annotations__)
