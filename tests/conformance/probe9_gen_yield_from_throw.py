def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        return "inner-ret"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

o = outer()
print(next(o))
print(o.send("s"))
print(o.throw(KeyError("k")))
print(next(o, "end"))
o2 = outer()
next(o2)
o2.close()
print("closed")
o3 = outer()
try:
    o3.send(1)
except TypeError as e:
    print(e)
def sub():
    yield 1
    return 2
def deleg():
    v = yield from sub()
    yield v
    v2 = yield from [10, 20]
    yield v2
print(list(deleg()))
def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as e:
    print(e)
