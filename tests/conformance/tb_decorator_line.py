# A decorator that raises is reported on its own @ line, with carets under
# the decorator expression, as CPython 3.11's compiler positions the call
# of each decorator (innermost first); so is a class decorator.
import traceback


def ok(f):
    return f


def bad(f):
    raise TypeError("bad decorator")


def make(n):
    def deco(f):
        return f if 1 / n else None
    return deco


def tail():
    lines = traceback.format_exc().splitlines()
    return [line for line in lines if "tb_decorator_line" in line or line.strip().startswith(("@", "^", "~"))]


try:
    @ok
    @bad
    @ok
    def f():
        pass
except TypeError:
    print("\n".join(line.split(", ", 1)[-1] for line in tail()))

try:
    @make(0)
    class K:
        pass
except ZeroDivisionError:
    print("\n".join(line.split(", ", 1)[-1] for line in tail()))


@bad
def g():
    pass
