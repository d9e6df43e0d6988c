# map, filter, hex/oct/bin, Ellipsis, pow with a modulus, globals/locals/vars/dir
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), type(map(str, [])).__name__)
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
m = map(abs, [-1, -2]); print(next(m), next(m), next(m, 'done'))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(True))
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))
print(pow(2, 10, 7), pow(-2, 3, 5), pow(2, -1, 7), pow(3, 0, 1), pow(2, 3, -5), pow(2, 10), pow(base=2, exp=3), pow(2, 3, None))
x = 5
print([k for k in sorted(globals().keys()) if not k.startswith('__')][:3], globals()['x'])
import gc
print(gc.is_tracked(map(str, [])), gc.is_tracked(filter(None, [])))
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class P:
    k = 1
    def __init__(self):
        self.z = 3
        self.a = 4
    def meth(self):
        pass
p = P()
print(vars(p), [n for n in dir(p) if not n.startswith('__')], [n for n in dir(P) if not n.startswith('__')])
def g():
    q = 1
    r = 2
    return dir()
print(g())
import math
print([n for n in dir(math) if n.startswith('f')])
class D:
    def __dir__(self):
        return ['b', 'a']
print(dir(D()))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: pow(2.0, 2, 3))
err(lambda: pow(2, 2, 0))
err(lambda: pow(2, -1, 4))
err(lambda: pow(1, 2, 3, 4))
err(lambda: hex(1.5))
err(lambda: hex())
err(lambda: vars(1))
err(lambda: map(str))
err(lambda: filter(None))
err(lambda: list(map(len, [1])))
err(lambda: bin('1'))
err(lambda: pow())
