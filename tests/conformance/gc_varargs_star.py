# gc.set_threshold, get_referents and get_referrers are METH_VARARGS in
# CPython 3.11: f(*t) with t a tuple passes t as it is (no new argument
# tuple), f(*l) with a list builds one tuple, f(a, b) builds one.
import gc

x = [1]
t = (x, x)
l = [x, x]
for name, call in [('get_referents(*t)', lambda: gc.get_referents(*t)),
                   ('get_referents(*l)', lambda: gc.get_referents(*l)),
                   ('get_referents(x, x)', lambda: gc.get_referents(x, x)),
                   ('get_referrers(*t)', lambda: gc.get_referrers(*t)),
                   ('get_referents(*())', lambda: gc.get_referents(*()))]:
    gc.collect()
    c0 = gc.get_count()[0]
    r = call()
    print(name, gc.get_count()[0] - c0, type(r).__name__)
    del r
th = gc.get_threshold()
for name, args in [('tuple', (700, 10, 10)), ('list', [700, 10, 10])]:
    gc.collect()
    c0 = gc.get_count()[0]
    gc.set_threshold(*args)
    print('set_threshold(*' + name + ')', gc.get_count()[0] - c0)
gc.set_threshold(*th)
print(gc.get_threshold() == th)
