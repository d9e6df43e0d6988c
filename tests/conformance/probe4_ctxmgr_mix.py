class Tracker:
    depth = 0
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        Tracker.depth += 1
        print("  " * Tracker.depth + "enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Tracker.depth + "exit", self.name, et.__name__ if et else None, ev)
        Tracker.depth -= 1
        return self.swallow

with Tracker("a") as a, Tracker("b", True) as b:
    print(a.name, b.name)
    raise ValueError("boom")
print("after", Tracker.depth)
try:
    with Tracker("outer"):
        with Tracker("inner", True):
            raise KeyError("k")
        raise IndexError("i")
except IndexError as e:
    print("IndexError", e)
def fn():
    with Tracker("ret"):
        return "returned"
print(fn())
def loop():
    out = []
    for i in range(4):
        with Tracker("L%d" % i, swallow=(i % 2 == 0)):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
            1 / (i - 2)
    return out
print(loop())
class BadExit:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit() as v:
        print("v =", v)
        raise TypeError("original")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__, e.__context__)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise ZeroDivisionError
print("swallowed by truthy str")
