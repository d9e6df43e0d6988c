# Probing program (issue 13, round 3): with statement protocol: exit return values, exceptions inside exit
class CM:
    def __init__(self, name, swallow=False, raise_in_exit=None):
        self.name = name
        self.swallow = swallow
        self.raise_in_exit = raise_in_exit
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", swallow=True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with CM("o"), CM("i", swallow=True):
        raise KeyError("k")
    print("inner swallowed")
except KeyError:
    print("not reached")
try:
    with CM("r", raise_in_exit=TypeError("from exit")):
        raise ValueError("body")
except TypeError as e:
    print("TypeError", e, repr(e.__context__))
def ret():
    with CM("ret"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class Truthy:
    def __bool__(self):
        print("bool asked")
        return True
class CM2(CM):
    def __exit__(self, t, v, tb):
        print("exit2", t.__name__ if t else None)
        return Truthy()
with CM2("t"):
    raise ValueError("x")
print("truthy swallowed")
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter fails")
    def __exit__(self, *a):
        print("exit not called")
try:
    with CM("outer"), EnterFails():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e)
import sys
with CM("exc_info"):
    print(sys.exc_info()[0])
