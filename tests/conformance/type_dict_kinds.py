# The kinds and reprs of type.__dict__ and object.__dict__ entries:
# READONLY members of type (__mro__, __base__, __basicsize__...), slot
# wrappers for the attribute protocol and __init__, type's own __doc__,
# __dir__ and __sizeof__; generators' __del__ and exceptions' __setstate__.
for owner in (type, object):
    for k, v in sorted(owner.__dict__.items()):
        if k == '__doc__' and owner is object:
            print(owner.__name__, k, type(v).__name__)
            continue
        print(owner.__name__, k, type(v).__name__, repr(v) if not k == '__new__' else '')

m = type.__dict__['__mro__']
print(m, m.__name__, m.__qualname__, m.__objclass__, m.__doc__)
print(m.__get__(int) == int.__mro__, m.__get__(None, type) is m)
for attr in ('__mro__', '__base__', '__basicsize__', '__flags__', '__dictoffset__'):
    class K: pass
    try:
        setattr(K, attr, 1)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
try:
    m.__get__(3)
except TypeError as e:
    print(e)
try:
    int.__mro__ = ()
except TypeError as e:
    print(e)

print(type.__dict__['__dir__'](int) is not None, sorted(type.__dict__['__dir__'](bool)) == dir(bool))
class A:
    a = 1
class B(A):
    b = 2
print(sorted(type.__dir__(B)) == dir(B), 'a' in type.__dir__(B))
print(type.__sizeof__(int) > 0)

class D:
    "doc of D"
print(type.__dict__['__doc__'].__get__(D), D.__doc__)
D.__doc__ = 'new'
print(D.__doc__, D.__dict__['__doc__'])
try:
    del D.__doc__
except TypeError as e:
    print(e)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print(e)

o = A()
object.__setattr__(o, 'x', 5)
print(object.__getattribute__(o, 'x'), o.x)
object.__delattr__(o, 'x')
print(hasattr(o, 'x'))
for call in (lambda: object.__setattr__(o, 3, 4), lambda: object.__getattribute__(o, 3),
             lambda: object.__setattr__(A, 'y', 1), lambda: object.__delattr__(A, 'a'),
             lambda: object.__setattr__(o, 'x'), lambda: object.__getattribute__(o)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
type.__setattr__(A, 'y', 7)
print(A.y, type.__getattribute__(A, 'y'))
type.__delattr__(A, 'y')
print(hasattr(A, 'y'))
print(object.__setattr__.__name__, object.__setattr__.__qualname__, object.__setattr__.__text_signature__)
print(type.__init__, type.__setattr__, type.__or__, type.__ror__)
try:
    int | 3
except TypeError as e:
    print(e)

def g():
    yield 1
gen = g()
print('__del__' in dir(gen), type(gen).__dict__['__del__'], type(gen).__del__.__doc__)
next(gen)
gen.__del__()
print(gen.gi_frame is None)

e = ValueError(1)
print('__setstate__' in dir(e), BaseException.__dict__['__setstate__'])
e.__setstate__({'a': 5, 'b': 6})
print(e.a, e.b, e.args)
e.__setstate__(None)
for bad in (3, [('a', 1)]):
    try:
        e.__setstate__(bad)
    except TypeError as x:
        print(x)
try:
    e.__setstate__()
except TypeError as x:
    print(x)
