# from __future__ import annotations (PEP 563): every annotation is kept as
# the text CPython 3.11's unparser writes for it, and never evaluated.
from __future__ import annotations
import __future__


def f(a: int, b: List[Dict[str, int]] = None, *args: Tuple[int, ...], k: Optional["Foo"], **kw: a.b.c) -> Set[int]:
    pass


print(f.__annotations__)
print(annotations, annotations is __future__.annotations)

x: Undefined = 5
y: list[int]
print(__annotations__)


class C:
    attr: ClassVar[int] = 3
    other: 'quoted'
    __private: int

    def m(self, v: C) -> C:
        return self


print(C.__annotations__, C.m.__annotations__)

exprs = []


def g(
    p1: a + b * c - d / e // f % g ** h ** i,
    p2: (a + b) * c,
    p3: -a ** -b,
    p4: (-a) ** b,
    p5: not a and b or c,
    p6: a if b else c,
    p7: (a if b else c) if d else e,
    p8: lambda x, y=1, *z, w, **v: x,
    p9: a < b <= c != d is not e not in f,
    p10: (a < b) < c,
    p11: f(x, *y, z=1, **w),
    p12: f(x for x in y if x),
    p13: [x for x in y for z in x],
    p14: {k: v for k, v in items},
    p15: {1, 2},
    p16: {'a': 1, **b},
    p17: (1,),
    p18: (),
    p19: (a, b),
    p20: x[1:2, ::3],
    p21: x[a:b:c],
    p22: x[()],
    p23: 1 .real,
    p24: 1.5,
    p25: 1e400,
    p26: "it's",
    p27: b'bytes',
    p28: ...,
    p29: None,
    p30: a | b | None,
    p31: ~a << 2 >> 3 & 4 ^ 5,
    p32: a.b[c].d(e),
    p34: f'{x!r:>{w}} and {{braces}}',
    p36: {**a},
    p37: x[a, b],
    p38: x[(a, b)],
    p39: x[a:b, c],
    p40: lambda: 0,
    p41: lambda *a: 0,
    p42: lambda *, k: 0,
    p43: lambda a, /, b: 0,
    p44: (a, *b),
    p45: -1,
    p46: +a,
    p47: not not a,
    p48: 0x10,
    p49: 1_000,
    p50: 'a' 'b',
    p51: (a for b in c),
    p52: a[b][c],
    p53: (a + b).c,
    p54: (a).b,
    p55: 12345678901234567890123,
    p56: "\n\t\\",
    p57: "'",
    p58: '"',
    p59: f(*a),
    p60: (lambda: 0)(),
    p61: a if (b if c else d) else e,
    p62: [*a, b],
    p63: f'{ {1: 2} }',
    p64: True or False,
):
    pass


for k, v in g.__annotations__.items():
    print(k, v)


def h(a: undefined_name) -> also_undefined:
    return a


print(h(1), h.__annotations__)


def nested():
    local: int = 3
    inner: UndefinedType
    return local


print(nested())


class D:
    a: int
    b: str = 'x'
    obj = C()
    obj.attr2: Undefined = 4


print(D.__annotations__, D.obj.attr2)
