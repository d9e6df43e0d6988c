# yield from: delegation of next/send/throw/close and the return value.
def inner(tag):
    try:
        received = yield tag + "-1"
        print("inner received", received)
        yield tag + "-2"
    except ValueError as e:
        print("inner caught", e)
        yield tag + "-handled"
    finally:
        print("inner finally", tag)
    return tag + "-result"

def outer():
    r = yield from inner("a")
    print("outer got", r)
    r = yield from inner("b")
    print("outer got", r)
    yield from range(3)
    yield from [10, 20]
    yield from (c for c in "xy")
    return "outer-done"

o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
print(o.throw(ValueError("v")))
rest = []
while True:
    try:
        rest.append(next(o))
    except StopIteration as e:
        print("StopIteration", e.value)
        break
print(rest)

o = outer()
next(o)
o.close()
print("closed")

def tree(node):
    if node is None:
        return
    left, value, right = node
    yield from tree(left)
    yield value
    yield from tree(right)
t = (((None, 1, None), 2, (None, 3, None)), 4, (None, 5, (None, 6, None)))
print(list(tree(t)))

def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1
d = depth(50)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)

class Sink:
    def __init__(self):
        self.items = []
    def __iter__(self):
        return self
    def __next__(self):
        return "n"
    def send(self, v):
        self.items.append(v)
        if len(self.items) > 2:
            raise StopIteration("sink-full")
        return "ack " + str(v)
def delegate(s):
    r = yield from s
    print("sink returned", r)
s = Sink()
dg = delegate(s)
print(next(dg))
print(dg.send(1))
try:
    dg.send(2)
    dg.send(3)
except StopIteration:
    print("delegate done", s.items)

def thrower():
    yield from [1, 2]
th = thrower()
next(th)
try:
    th.throw(KeyError("no throw on list iterator"))
except KeyError as e:
    print("KeyError", e)

def err_inner():
    yield 1
    raise IndexError("from inner")
def err_outer():
    try:
        yield from err_inner()
    except IndexError as e:
        print("outer caught", e)
        yield "after"
print(list(err_outer()))
