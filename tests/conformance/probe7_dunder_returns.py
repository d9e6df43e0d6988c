# what special methods must return, and CPython's messages when they do not
class R:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    def __len__(self):
        return self.v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v
    def __iter__(self):
        return self.v
    def __contains__(self, x):
        return self.v
    def __eq__(self, o):
        return self.v
    def __lt__(self, o):
        return self.v

checks = [
    ('bool', lambda r: bool(r)), ('not', lambda r: not r), ('if', lambda r: 'y' if r else 'n'),
    ('len', lambda r: len(r)), ('index', lambda r: [0, 1, 2][r]), ('hex', lambda r: hex(r)),
    ('int', lambda r: int(r)), ('float', lambda r: float(r)), ('iter', lambda r: iter(r)),
    ('in', lambda r: 1 in r), ('eq', lambda r: r == 1), ('lt', lambda r: r < 1), ('sorted', lambda r: sorted([r, r])),
    ('range', lambda r: range(r)), ('mul', lambda r: 'ab' * r),
]
for v in (1, -1, 2 ** 70, 'x', 1.5, None, True):
    out = []
    for name, fn in checks:
        try:
            res = fn(R(v))
            if name in ('iter', 'sorted', 'range'):
                res = type(res).__name__
            out.append('%s=%r' % (name, res))
        except Exception as e:
            out.append('%s:%s(%s)' % (name, type(e).__name__, e))
    print(repr(v))
    for o in out:
        print('   ', o)
