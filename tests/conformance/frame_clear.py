# frame.clear(): a finished frame, a running one (RuntimeError), a suspended
# or unstarted generator's frame (the generator is closed).
import sys, gc, weakref

class Obj:
    pass

def f():
    o = Obj()
    x = 5
    return sys._getframe(), weakref.ref(o)
fr, r = f()
print(sorted(fr.f_locals), r() is not None)
print(fr.clear())
print(r() is None, fr.f_locals)

def running():
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
running()

def outer():
    fr = sys._getframe()
    def inner():
        try:
            fr.clear()
        except RuntimeError as e:
            print("outer RuntimeError", e)
    inner()
outer()

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
print(g.gi_suspended, g.gi_frame is not None)
g.gi_frame.clear()
print("after clear", g.gi_suspended, g.gi_frame)
try:
    next(g)
except StopIteration:
    print("StopIteration")

def gen2():
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print("gen RuntimeError", e)
    yield 1
list(gen2())

# unstarted generator frame clear
g3 = gen()
g3.gi_frame.clear()
print("unstarted cleared", g3.gi_frame)
try:
    next(g3)
except StopIteration:
    print("StopIteration 3")


def gen_locals():
    a = [1]
    try:
        yield 1
    finally:
        print("fin")
g = gen_locals(); next(g)
fr = g.gi_frame
fr.clear()
print(fr.f_locals, fr.f_lineno - gen_locals.__code__.co_firstlineno, fr.f_lasti > 0)
try:
    fr.clear(1)
except TypeError as e:
    print("TypeError", e)
