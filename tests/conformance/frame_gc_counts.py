# Container counts (gc.get_count()) around exceptions: each traceback
# entry and each frame object an exception passes through is a GC
# container, made as the exception unwinds and freed with the traceback.
import gc
gc.disable()
def f(n):
    if n == 0:
        raise ValueError
    f(n - 1)
def count():
    return gc.get_count()[0]
gc.collect()
base = count()
try:
    f(0)
except ValueError:
    pass
print(count() - base)
base = count()
try:
    f(3)
except ValueError as e:
    inside = count() - base
print(inside, count() - base)
base = count()
try:
    f(3)
except ValueError as e:
    saved = e
print(count() - base)
saved = None
print(count() - base)
# a cycle through the traceback: freed only by collect(), which counts
# the exception, its traceback entries and the frame objects
def g():
    try:
        f(2)
    except ValueError as e:
        mine = e
g()
print(gc.collect())
def h():
    try:
        raise KeyError
    except KeyError as e:
        return e.__traceback__
t = h()
print(gc.is_tracked(t), gc.is_tracked(t.tb_frame))
del t
print(gc.collect())
gc.enable()
