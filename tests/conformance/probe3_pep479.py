# Probing program (issue 13, round 3): StopIteration inside generators (PEP 479)
def g():
    yield 1
    raise StopIteration("inside")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print("list:", e)
def k():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        yield "caught inside"
print(list(k()))
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print("value", e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print("value", e.value, e.args)
gen = (x for x in [1, 2])
print(next(gen), next(gen), next(gen, "dflt"))
def sub():
    yield 1
    raise StopIteration("sub")
def deleg():
    yield from sub()
try:
    list(deleg())
except RuntimeError as e:
    print("deleg:", e)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", 7)
        return self.n
def wrap():
    r = yield from It()
    yield ("r", r)
print(list(wrap()))
e = StopIteration(1, 2)
print(e.value, e.args, StopIteration().value)
