# exceptions, tracebacks and frames: the cycles a saved exception makes
import gc, weakref, sys

class Res:
    pass

def fail():
    r = Res()
    global wr
    wr = weakref.ref(r)
    raise ValueError('failed')

gc.collect()
try:
    fail()
except ValueError as e:
    saved = e
print(wr() is not None, type(saved.__traceback__).__name__)
tb = saved.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("depth", depth)
del saved
print(wr() is None)

def keep_self():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    r = Res()
    global wr2
    wr2 = weakref.ref(r)
    return err
e2 = keep_self()
print(wr2() is not None)
del e2
print(wr2() is None)
gc.collect()
print(wr2() is None)

def cycle():
    try:
        raise RuntimeError('c')
    except RuntimeError as e:
        frame_exc = e
        marker = Res()
        global wr3
        wr3 = weakref.ref(marker)
        frame_exc.keep = sys.exc_info()
cycle()
print(wr3() is not None)
print(gc.collect() > 0, wr3() is None)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError('outer')
except ValueError as outer:
    print(type(outer.__context__).__name__, outer.__context__.__traceback__ is not None)
try:
    outer
except NameError as e:
    print("NameError", e)
