# Traceback chains through generators and nested calls, sys.exc_info() in
# except/finally/after, re-raise forms and with_traceback.
import sys

def names(tb):
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

def lvl3():
    raise ValueError("deep")
def gen():
    yield 1
    lvl3()
def lvl1():
    for x in gen():
        pass
try:
    lvl1()
except ValueError as e:
    print(names(e.__traceback__))

def g2():
    yield from gen()
try:
    for _ in g2():
        pass
except ValueError as e:
    print(names(e.__traceback__))

try:
    raise KeyError("a")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, names(tb))
    try:
        raise TypeError
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
finally:
    print("finally", sys.exc_info())
print("after", sys.exc_info())

try:
    try:
        raise KeyError("x")
    finally:
        print("in finally", sys.exc_info()[0], sys.exc_info()[2] is not None)
except KeyError:
    pass

def reraise():
    try:
        lvl3()
    except ValueError:
        raise
def reraise_e():
    try:
        lvl3()
    except ValueError as e:
        raise e
def reraise_none():
    try:
        lvl3()
    except ValueError as e:
        raise e.with_traceback(None)
for fn in (reraise, reraise_e, reraise_none):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, names(e.__traceback__), [l for l in lines(e.__traceback__)] if False else "")

def lines(tb):
    out = []
    while tb:
        out.append(tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)
        tb = tb.tb_next
    return out
for fn in (reraise, reraise_e, reraise_none):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, lines(e.__traceback__[1:] if False else e.__traceback__.tb_next))

def gen_exc():
    try:
        yield 1
    except KeyError:
        print("gen sees", sys.exc_info()[0].__name__)
        yield 2
    print("gen after", sys.exc_info())
    yield 3
try:
    raise IndexError
except IndexError:
    ge = gen_exc()
    next(ge)
    print(ge.throw(KeyError))
    print("outer", sys.exc_info()[0].__name__)
print(next(ge))

e = ValueError("w")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except ValueError:
    pass
tb0 = e.__traceback__
try:
    raise e
except ValueError:
    pass
print(len(names(e.__traceback__)), e.__traceback__.tb_next is None)
