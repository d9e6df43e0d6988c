# with statements: __enter__/__exit__, `as` targets, exception suppression,
# nesting, several items, return/break/continue through with.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("b"):
    print("no target")
with CM("c", suppress=True) as y:
    print("raising in", y)
    raise KeyError("k")
print("after suppressed")
try:
    with CM("d"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)

with CM("outer") as o, CM("inner") as i:
    print("two items", o, i)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
with CM("n1"):
    with CM("n2", suppress=True):
        raise IndexError("deep")
    print("between")

def ret():
    with CM("ret") as r:
        return "returned " + r
    print("unreachable")
print(ret())

for k in range(3):
    with CM("loop" + str(k)):
        if k == 0:
            continue
        if k == 2:
            break
        print("loop body", k)

def finally_and_with():
    try:
        with CM("fw"):
            return 1
    finally:
        print("finally after with")
print(finally_and_with())

# the target can be any assignment target
class Box:
    pass
b = Box()
d = {}
with CM("attr") as b.value:
    pass
with CM("item") as d["k"]:
    pass
with CM("ab") as (first, rest):
    pass
print(b.value, d, first, rest)

# exit receives the exception; returning a truthy non-bool suppresses
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("args:", args[0].__name__, args[1])
        return [1]
with Truthy():
    1 / 0
print("suppressed by a truthy list")

# errors in __enter__ / __exit__
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never runs")
except RuntimeError as e:
    print("RuntimeError:", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
try:
    with BadExit():
        raise KeyError("original")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))

for obj in (1, "s"):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

# a context manager as a generator-based resource
class Managed:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("open")
        return self
    def __exit__(self, *exc):
        self.log.append("close")
def reader(m):
    with m:
        for i in range(3):
            yield i
m = Managed()
g = reader(m)
print(next(g), m.log)
g.close()
print(m.log)
