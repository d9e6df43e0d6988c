def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally")

it = g()
print(next(it))
print(it.throw(ValueError("x")))
try:
    it.throw(ValueError("y"))
except ValueError as e:
    print("propagated", e)
print(next(it, "done"))
it2 = g()
it2.close()
print(it2.gi_frame is None)
it3 = g()
next(it3)
it3.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def ret():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = ret()
next(r)
print(r.close())
def typ():
    yield 1
t = typ()
try:
    t.throw(TypeError)
except TypeError as e:
    print("unstarted throw", repr(e))
print(next(t, "exhausted"))
t2 = typ()
try:
    t2.throw(TypeError, "msg")
except TypeError as e:
    print(repr(e))
