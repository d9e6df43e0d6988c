# exact TypeError/AttributeError texts of calls and attribute access
def f(a, b):
    pass
def kwo(a, *, k):
    pass
def dflt(a, b=1, *args, c, d=2, **kw):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, z=3),
    lambda: kwo(1, 2),
    lambda: kwo(1),
    lambda: kwo(1, 2, k=3),
    lambda: dflt(),
    lambda: dflt(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(1),
    lambda: C().nope,
    lambda: C.nope,
    lambda: (1).nope,
    lambda: None.x,
    lambda: 'abc'.foo(),
    lambda: [].add(1),
    lambda: {}.append(1),
    lambda: (5)(),
    lambda: None(),
    lambda: 'x'(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: int([]),
    lambda: float({}),
    lambda: iter(5),
    lambda: next([]),
    lambda: list(1),
    lambda: 1 + 'a',
    lambda: [] + (),
    lambda: {} + {},
    lambda: -'x',
    lambda: ~1.5,
    lambda: 1 < 'x',
    lambda: None[0],
    lambda: 5[0],
    lambda: {}[[]],
    lambda: object().x,
    lambda: setattr(object(), 'x', 1),
    lambda: f(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[]),
    lambda: C(1),
    lambda: object(1),
    lambda: isinstance(1, 2),
    lambda: getattr(1, 2),
    lambda: hash([]),
    lambda: dict(1),
    lambda: str(b'x', 'bad-codec'),
    lambda: chr(-1),
    lambda: ord('ab'),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
