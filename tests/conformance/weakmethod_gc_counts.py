# gc.get_count() around a weakref.WeakMethod's life: CPython 3.11's
# WeakMethod is Python code (Lib/weakref.py) whose __new__ makes two
# closure cells, a closure tuple and the `_cb` function, calls
# ref.__new__(cls, obj, _cb) through an argument tuple, then ref(func, _cb)
# and ref(self) (one argument tuple each); all of them die with it.
# Found by difffuzz round 8 (one container less after a WeakMethod with a
# callback died).
import gc
import weakref


class O:
    def m(self):
        return 'm'


def show(*a):
    print(*a)


show('warm')
g = {}


def step(label, f):
    gc.collect()
    pad = [[] for i in range(20)]
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0, len(pad))


def mk():
    g['o'] = O()
    g['r'] = weakref.WeakMethod(g['o'].m, lambda w: show('cb', w() is None))


def mk2():
    g['o'] = O()
    g['r'] = weakref.WeakMethod(g['o'].m)


def kill_o():
    del g['o']


def kill_r():
    del g['r']


def none():
    pass


for make in (mk, mk2):
    step('make', make)
    step('kill o', kill_o)
    step('after', none)
    step('kill r', kill_r)
    step('after', none)
    step('make', make)
    step('kill r', kill_r)
    step('after', none)
    step('kill o', kill_o)
    step('after', none)

o = O()
gc.collect()
pad = [[] for i in range(20)]
c0 = gc.get_count()[0]
w = weakref.WeakMethod(o.m)
c1 = gc.get_count()[0]
print('one', c1 - c0, w() is not None)
del o
print(w() is None, gc.get_count()[0] - c1)
