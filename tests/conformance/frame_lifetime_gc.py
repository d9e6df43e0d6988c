# How long a frame's locals live once an exception passed through the
# frame: as long as its traceback (held by the exception), and a cycle
# exception -> traceback -> frame -> local -> exception that only a cycle
# collection frees.
import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail(name):
    r = Res(name)
    raise ValueError(name)

# `except ... as e`: e is deleted at the end of the block, the traceback with it
try:
    fail("a")
except ValueError as e:
    print("in except", e)
print("after except")

# kept in a variable: the local lives until the exception goes
try:
    fail("b")
except ValueError as e:
    saved = e
print("saved")
saved = None
print("dropped")

# only the traceback kept
try:
    fail("c")
except ValueError as e:
    tb = e.__traceback__
print("tb kept")
del tb
print("tb dropped")

# the exception's traceback replaced
try:
    fail("d")
except ValueError as e:
    saved = e
saved.__traceback__ = None
print("traceback cleared")
saved = None

# a frame whose local holds the exception that passed through it: a cycle
gc.collect()
gc.disable()
def cyc(name):
    r = Res(name)
    try:
        raise KeyError(name)
    except KeyError as e:
        err = e
cyc("e")
print("returned")
n = gc.collect()
print("collected", n)

def cyc2(name):
    r = Res(name)
    try:
        raise KeyError(name)
    except KeyError as e:
        return e
e2 = cyc2("f")
print("kept", e2.__traceback__.tb_frame.f_locals["r"].name)
e2 = None
print("collected", gc.collect())
gc.enable()

# generator frame: gi_frame while alive, None when finished
def gen():
    x = 1
    yield x
    y = 2
    yield y
g = gen()
fr = g.gi_frame
print(fr.f_lineno, fr.f_locals, fr.f_back)
next(g)
print(fr.f_lineno, fr.f_locals, g.gi_frame is fr)
next(g)
print(fr.f_lineno, sorted(fr.f_locals))
for _ in g:
    pass
print(g.gi_frame, fr.f_lineno, sorted(fr.f_locals.items()))
def closer():
    r = Res("g")
    yield 1
g = closer()
next(g)
fr = g.gi_frame
del g
print("generator gone", fr.f_locals["r"].name)
del fr
print("end")
