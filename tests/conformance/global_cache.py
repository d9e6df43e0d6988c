# LOAD_GLOBAL sees every change of globals and builtins after the first
# lookups (the VM caches them per code object): rebinding, deletion, a
# builtin shadowed by a global and revealed again, functions run with their
# own module's globals, changes made from another module.
import builtins
import global_cache_mod
from global_cache_mod import get_value, set_value, drop_value, use_abs

X = 1


def get_x():
    return X


def twice():
    return [get_x() for _ in range(2)]   # a nested code object reading X


print([get_x() for _ in range(3)], twice())
X = 2
print(get_x(), twice())
X = [1, 2]   # the old value dies; the cache must not hand it out
print(get_x())

del X
try:
    get_x()
except NameError as e:
    print('NameError:', e)
X = 'back'
print(get_x())


def use_len():
    return len('abc')


print(use_len(), use_len())


def len(s):
    return 'shadowed ' + s


print(use_len())
del len
print(use_len())


def rebind_in_loop():
    out = []
    for i in range(4):
        out.append(get_g())
        set_g(i * 10)
    return out


def get_g():
    return G


def set_g(v):
    global G
    G = v


G = -1
print(rebind_in_loop())

# functions imported from another module read that module's globals
VALUE = 'main'
print(get_value(), get_value(), VALUE)
set_value('changed')
print(get_value(), global_cache_mod.VALUE, VALUE)
global_cache_mod.VALUE = 'from main'
print(get_value())
drop_value()
try:
    get_value()
except NameError as e:
    print('NameError:', e)
set_value('again')
print(get_value())

# the builtins module changed: every code reading the name sees it
print(use_abs(-3), use_abs(-4))
saved = builtins.abs
builtins.abs = lambda x: 'patched'
print(use_abs(-3), abs(-3))
builtins.abs = saved
print(use_abs(-5))
# a global in the function's module shadows the patched builtin
global_cache_mod.abs = lambda x: 'module abs'
print(use_abs(-6), abs(-6))
del global_cache_mod.abs
print(use_abs(-7))

# a builtin removed entirely
saved = builtins.sorted
del builtins.sorted


def use_sorted():
    return sorted([3, 1, 2])


try:
    use_sorted()
except NameError as e:
    print('NameError:', e)
builtins.sorted = saved
print(use_sorted())
