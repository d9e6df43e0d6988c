# CPython 3.11 runs a script while its parser's arena is alive: a list of
# every constant of the module's compile.  Each constant of __main__ has one
# reference more, and a collection finds a nested constant tuple reachable
# from that list, so the first collection (even of generation 0) untracks
# the tuple and its container.
import gc
import sys


def f():
    return (1, (2, 3))


def g():
    return ((1, 2), ('a', (None, 4.5)), 3)


t = f()
u = g()
a = (False, 1e10, (2, -0.0, 0.1,),)


def show():
    print(gc.is_tracked(t), gc.is_tracked(t[1]), gc.is_tracked(u), gc.is_tracked(u[1]),
          gc.is_tracked(u[1][1]), gc.is_tracked(a), gc.is_tracked(a[2]))


show()
gc.collect(0)
show()
gc.collect()
show()

# tuples built at run time are not in the arena: the inner one is moved
# behind its container, which stays tracked one collection longer
x = 3
b = (x, (x, (x,)))
print(gc.is_tracked(b), gc.is_tracked(b[1]), gc.is_tracked(b[1][1]))
gc.collect()
print(gc.is_tracked(b), gc.is_tracked(b[1]), gc.is_tracked(b[1][1]))
gc.collect()
print(gc.is_tracked(b), gc.is_tracked(b[1]), gc.is_tracked(b[1][1]))

# reference counts of constants: the name, the code's constants, the arena
# (and getrefcount's argument)
k = (5, 6)
z = 12345
fl = 2.5
print(sys.getrefcount(k), sys.getrefcount(z), sys.getrefcount(f()), sys.getrefcount(f()[1]),
      sys.getrefcount(fl), sys.getrefcount(t[1]) - sys.getrefcount(t) )
print(sorted(type(o).__name__ for o in gc.get_referrers(t[1])))
