# sys.getrefcount differences as objects move through containers,
# closures, bound methods, default arguments and iterators.
import sys


class Box:
    def get(self):
        return self


x = Box()
base = sys.getrefcount(x)


def delta():
    return sys.getrefcount(x) - base


items = [x, x, x]
print('list of 3', delta())
t = tuple(items)
print('tuple too', delta())
del items
print('list dropped', delta())
d = {'k': x, x: 'v'}
print('dict key and value', delta())
m = x.get
print('bound method', delta())


def make():
    def inner():
        return x
    return inner


f = make()
print('closure over global', delta())


def deflt(a=x):
    return a


print('default arg', delta())
it = iter(t)
print('iterator', delta())
next(it)
print('after next', delta())
del t, d, m, f, it
print('cleared but default', delta())
del deflt
print('all gone', delta())
s = 'a fresh string %d' % 42
b2 = sys.getrefcount(s)
parts = [s] * 5
print('list * 5', sys.getrefcount(s) - b2)
parts.extend([s] * 2)
print('extend', sys.getrefcount(s) - b2)
parts.clear()
print('clear', sys.getrefcount(s) - b2)
