# f_lineno of a running frame read later, of a suspended generator (its
# yield), of a finished frame (the last line run).
import sys

def f():
    fr = sys._getframe()
    a = fr.f_lineno
    b = 0
    c = fr.f_lineno
    return fr, a, c
fr, a, c = f()
print(a - f.__code__.co_firstlineno, c - f.__code__.co_firstlineno)
print("finished", fr.f_lineno - f.__code__.co_firstlineno)

def g():
    x = 1
    yield x
    y = 2
    yield y
    z = 3
it = g()
print("unstarted", it.gi_frame.f_lineno - g.__code__.co_firstlineno)
next(it)
print("first yield", it.gi_frame.f_lineno - g.__code__.co_firstlineno)
next(it)
print("second yield", it.gi_frame.f_lineno - g.__code__.co_firstlineno)
fr2 = it.gi_frame
for _ in it:
    pass
print("finished gen", fr2.f_lineno - g.__code__.co_firstlineno, it.gi_frame)

def h():
    fr = sys._getframe()
    for i in range(3):
        pass
    line = fr.f_lineno
    return line - h.__code__.co_firstlineno
print("loop", h())

def k():
    fr = sys._getframe()
    def inner():
        return fr.f_lineno
    v = 1
    w = inner()
    return w - k.__code__.co_firstlineno
print("from inner", k())
