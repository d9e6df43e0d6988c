# **kwargs, positional-only and keyword-only parameters, f(**m) and their errors.
def f(a, b, /, c, *args, d, e=5, **kw):
    print(a, b, c, args, d, e, sorted(kw.items()))
f(1, 2, 3, d=4)
f(1, 2, c=3, d=4, z=9)
f(1, 2, 3, 4, 5, d=6, e=7, a=8)
f(*[1, 2], **{'c': 3, 'd': 4})
opts = {'d': 1, 'q': 2}
f(1, 2, 3, **opts, e=0)
def g(**kw): return kw
print(g(), g(x=1, y=2), g(**{'a': 1}, b=2))
for call in (lambda: f(1, 2, d=3), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, **{'d': 1}, d=2),
             lambda: f(1, 2, 3, **5), lambda: g(**{1: 2}), lambda: f(1, 2, 3, d=1, **{'e': 2, 'd': 3}),
             lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=1, c=2), lambda: print(**3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class Mapping:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(g(**Mapping()))
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
try:
    kwonly()
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b=2, /, c=3):
    return a, b, c
print(posonly(1), posonly(1, 5), posonly(1, c=9))
for bad in (lambda: posonly(a=1), lambda: posonly(1, b=2), lambda: posonly(), lambda: posonly(1, 2, 3, 4)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def collect(*args, **kwargs):
    return args, kwargs
print(collect(1, 2, x=3), collect(*range(3), **dict(a=1)))
lam = lambda a, /, *r, k=1, **kw: (a, r, k, kw)
print(lam(1, 2, 3, k=4, z=5))
def outer(**kw):
    def inner():
        return kw
    return inner
print(outer(p=1)())
class K:
    def method(self, x, /, **opts):
        return x, opts
    @classmethod
    def build(cls, **fields):
        return cls.__name__, fields
print(K().method(1, x=2), K.build(a=1))
