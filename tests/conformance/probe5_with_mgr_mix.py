log = []
class Res:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s %s" % (self.name, et.__name__ if et else None, ev))
        return self.suppress

with Res("a") as A, Res("b") as B:
    log.append("body %s %s" % (A, B))
print(log); log.clear()
with Res("outer", suppress=True):
    with Res("inner"):
        raise ValueError("boom")
    log.append("unreached")
print(log); log.clear()
try:
    with Res("x"), Res("y", fail_enter=True):
        log.append("never")
except RuntimeError as e:
    print("RuntimeError:", e)
print(log); log.clear()
def f():
    with Res("ret"):
        return "returned"
print(f(), log); log.clear()
for i in range(3):
    with Res("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
try:
    with object():
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
class Tx:
    def __init__(self):
        self.state = []
    def __enter__(self):
        self.saved = list(self.state)
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.state[:] = self.saved
            print("rolled back:", ev)
            return True
tx = Tx()
with tx:
    tx.state.append(1)
with tx as t:
    t.state.append(2)
    raise ValueError("bad op")
print(tx.state)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy string")
