# Context managers: __exit__ arguments, suppression, errors inside __exit__.
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("outer", suppress=True), CM("inner") as iv:
    print("inner value", iv)
    1 / 0
print("after nested")
try:
    with CM("d", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i, suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
class CM2(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return Truthy()
with CM2("truthy"):
    raise IndexError
print("suppressed by truthy")
