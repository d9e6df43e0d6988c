"""The module's docstring."""
# __doc__ of modules, classes, functions, methods and lambdas: the first
# statement when it is a str constant (CPython 3.11: stored as __doc__ in a
import gc


class C:
    "doc of C"
    x = 1


class D:
    x = 1


class E(C):
    pass


class F:
    """multi
    line"""

    def m(self):
        "m doc"
        return 1

    def n(self):
        x = 1
        "not a docstring"
        return x

    @property
    def p(self):
        "p doc"
        return 2


def f():
    "f doc"


def g():
    pass


def h():
    1
    "not a docstring either"


def k():
    b"bytes are not docstrings"


def only():
    'only a docstring'


print(__doc__)
print(C.__doc__, D.__doc__, E.__doc__, repr(F.__doc__))
print(F.m.__doc__, F.n.__doc__, F().n(), F.p.__doc__, F().p)
print(f.__doc__, g.__doc__, h.__doc__, k.__doc__, only.__doc__, only())
print(C().__doc__, '__doc__' in C.__dict__, '__doc__' in D.__dict__, D.__dict__['__doc__'],
      '__doc__' in E.__dict__, E.__dict__['__doc__'])
print((lambda: "x").__doc__)
f.__doc__ = 'new'
print(f.__doc__)
del f.__doc__
print(f.__doc__)


class G:
    f"not {1}"


print(G.__doc__)


class H:
    "H doc"
    __doc__ = 'replaced'


print(H.__doc__)
print(type(C.__doc__).__name__, type(g.__doc__).__name__)

# the function's referents, in CPython 3.11's traverse order (its __doc__ included)
def w(a=1):
    "w doc"
print([type(o).__name__ for o in gc.get_referents(w)], [type(o).__name__ for o in gc.get_referents(g)])
