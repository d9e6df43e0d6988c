# Probing program (issue 13): generator send/close/throw/yield from/StopIteration rules
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value)
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g2()
print(next(it))
it.close()
print("closed")
def g3():
    r = yield from gen(2)
    print("r", r)
    yield 99
print(list(g3()))
g4 = gen(2)
try:
    g4.send(1)
except TypeError as e:
    print("TE", e)
def g5():
    yield 1
    raise StopIteration
try:
    list(g5())
except RuntimeError as e:
    print("RE", e)
def g6():
    try:
        yield 1
    except ValueError:
        yield "caught"
x = g6(); next(x)
print(x.throw(ValueError))
print(sum(i * i for i in range(5)), list(x for x in "ab"))
gg = (i for i in range(3))
print(type(gg).__name__, next(gg), list(gg), list(gg))
