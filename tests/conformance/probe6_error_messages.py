# The TypeErrors, AttributeErrors and KeyErrors a beginner's script hits.
import math


class Widget:
    size = 3

    def resize(self, w, h=1, *, keep=False):
        return w * h


w = Widget()
cases = [
    lambda: 'a' + 1, lambda: 1 + 'a', lambda: [1] + (2,), lambda: 'x' * 'y', lambda: None + 1,
    lambda: len(5), lambda: 5(), lambda: 'abc'(), lambda: 3[0], lambda: None[0], lambda: {}['k'],
    lambda: w.color, lambda: Widget.color, lambda: math.tau2, lambda: 'str'.foo, lambda: (1).real.bar,
    lambda: w.resize(), lambda: w.resize(1, 2, 3), lambda: w.resize(1, keep=1, color=2),
    lambda: w.resize(1, w=2), lambda: Widget.resize(1), lambda: len(), lambda: int('3', base=99),
    lambda: {[]: 1}, lambda: hash({}), lambda: sorted([1, None]), lambda: abs('x'), lambda: -'x',
    lambda: ~1.5, lambda: iter(3), lambda: next([1]), lambda: 'abc'[1.5], lambda: (1, 2).append(3),
    lambda: None.x, lambda: setattr(1, 'y', 2), lambda: object().z, lambda: divmod(1, 'a'),
    lambda: 'a' < 1, lambda: [] > {}, lambda: max(), lambda: min(1), lambda: sum(['a', 'b']),
    lambda: isinstance(1, 'int'), lambda: issubclass(1, int), lambda: getattr(w, 5), lambda: 'x'.join(5),
    lambda: dict([1, 2]), lambda: list(1), lambda: tuple(None), lambda: chr(-1), lambda: ord('ab'),
    lambda: round('1'), lambda: range(1.5), lambda: [].sort(1), lambda: {}.get(), lambda: 'a'.split(1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
