# Probing program (issue 13, round 2): with statements: enter/exit order, suppression, errors in enter
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer", True):
    with CM("inner"):
        raise ValueError("v")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("d"), BadEnter():
        print("no")
except RuntimeError as e:
    print("RuntimeError", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__context__))
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 1
with Truthy() as t:
    1 / 0
print("swallowed by 1", t)
