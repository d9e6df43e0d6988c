def sub(n):
    total = 0
    while True:
        x = yield total
        if x is None:
            return total * n
        total += x
def deleg():
    r = yield from sub(10)
    print("sub returned", r)
    r2 = yield from [7, 8]
    print("list returned", r2)
    return "outer"
d = deleg()
print(next(d), d.send(1), d.send(2))
print(d.send(None))
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("stop", e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in sub"
    return "sub-ret"
def outer():
    v = yield from thrower()
    yield v
o = outer()
next(o)
print(o.throw(KeyError))
print(next(o))
def closer():
    try:
        yield 1
    finally:
        print("sub closed")
def outer2():
    yield from closer()
o2 = outer2()
next(o2)
o2.close()
def gen_ret_stopiter():
    return StopIteration("v")
    yield
def o3():
    x = yield from gen_ret_stopiter()
    print(type(x).__name__, x)
list(o3())
def inner_exc():
    yield 1
    raise ValueError("inner")
def o4():
    try:
        yield from inner_exc()
    except ValueError as e:
        yield "caught " + str(e)
print(list(o4()))
