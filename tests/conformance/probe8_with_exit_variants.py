# __exit__ return values, exceptions in __enter__/__exit__, nested managers.
class M:
    def __init__(self, name, ret=None, raise_in_exit=None, raise_in_enter=None):
        self.name, self.ret, self.rie, self.rin = name, ret, raise_in_exit, raise_in_enter
    def __enter__(self):
        print("enter", self.name)
        if self.rin:
            raise self.rin
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        if self.rie:
            raise self.rie
        return self.ret
for ret in (None, True, 0, 1, "", "yes", [], [0]):
    try:
        with M("m", ret):
            raise KeyError("k")
        print("suppressed by", repr(ret))
    except KeyError:
        print("propagated with", repr(ret))
try:
    with M("a") as a, M("b", ret=True) as b:
        print(a, b)
        raise ValueError("inner")
    print("after: b suppressed")
except ValueError:
    print("not reached")
try:
    with M("outer"), M("inner", raise_in_exit=TypeError("from exit")):
        raise ValueError("body")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
try:
    with M("x"), M("y", raise_in_enter=OSError("enter failed")):
        print("not run")
except OSError as e:
    print("OSError", e)
def f():
    with M("ret", ret=True):
        return "returned"
print(f())
def g():
    for i in range(3):
        with M("loop%d" % i, ret=True):
            if i == 0:
                continue
            if i == 1:
                raise ValueError
            break
    return i
print(g())
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        return False
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self):
        return False
try:
    with ExitArgs():
        pass
except TypeError as e:
    print("TypeError", e)
