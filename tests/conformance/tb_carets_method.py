# The position of a method call's parts, as CPython 3.11's compiler gives
# them: a failed method lookup is marked under `obj.name` (not the call's
# parentheses); over several lines, the call is on the line of the name.
import traceback


class A:
    def m(self, x):
        raise ValueError(x)


def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(line for line in lines[3:] if not line.startswith('  File "')))


d = {}
a = A()
show(lambda: d.missing_method())
show(lambda: d.missing_method(1, 2) + 1)
show(lambda: [a.m(
    1)])
show(lambda: (a
              .m(2)))
show(lambda: A().nope().bar())
d.nope()
