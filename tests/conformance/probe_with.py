# Probing program (issue 13): with statements: exit arguments, swallowing, return, missing methods
class CM:
    def __init__(self, n, swallow=False): self.n = n; self.swallow = swallow
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None, v)
        return self.swallow
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with CM(3, True):
    raise ValueError("x")
try:
    with CM(4):
        raise KeyError("y")
except KeyError as e:
    print("out", repr(e))
def f():
    with CM(5):
        return "ret"
print(f())
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
