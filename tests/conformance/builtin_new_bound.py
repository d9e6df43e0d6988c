# A built-in type's __new__ is a built-in method bound to the type (CPython's
# tp_new_wrapper): repr, __self__, __qualname__, __doc__, calls and their
# errors, for tuple and weakref.ref too; qualnames of built-in methods of
# a type with a module prefix (collections.deque).
import weakref


def r(x):
    s = repr(x)
    i = s.find(' at 0x')
    return s[:i] + '>' if i >= 0 else s
for t in (tuple, int, str, float, list, dict, object, set, frozenset, bytes, bytearray, type, range, bool):
    n = t.__new__
    print(t.__name__, r(n), type(n).__name__, n.__self__ is t, n.__name__, n.__qualname__, n.__module__)
    print(' ', repr(n.__doc__))
    print(' ', t.__dict__['__new__'] is n, type(t.__dict__['__new__']).__name__, n == t.__new__, n is t.__new__)
class Sub(tuple): pass
print(tuple.__new__(tuple, [1]), tuple.__new__(Sub, [1, 2]), type(tuple.__new__(Sub)).__name__)
for f in [lambda: tuple.__new__(), lambda: tuple.__new__(1), lambda: tuple.__new__(int), lambda: tuple.__new__(tuple, 1, 2),
          lambda: int.__new__(tuple), lambda: object.__new__(int), lambda: str.__new__(list), lambda: tuple.__new__(tuple, x=1),
          lambda: list.__new__(tuple), lambda: dict.__new__(1), lambda: float.__new__(), lambda: int.__new__(bool, 3)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(Sub.__new__ is tuple.__new__, r(Sub.__new__))
class S2(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)
print(S2(4), r(super(S2, S2).__new__))
print(tuple.__new__.__self__.__name__, hash(tuple.__new__) == hash(tuple.__new__))
n = weakref.ref.__new__
print(r(n), n.__self__ is weakref.ref, n.__qualname__, n.__doc__)
class O: pass
o = O()
class R(weakref.ref): pass
print(type(weakref.ref.__new__(R, o)).__name__)
try:
    weakref.ref.__new__(int, o)
except TypeError as e:
    print(e)
import collections, weakref
print(collections.deque.append.__qualname__, collections.deque().append.__qualname__, collections.OrderedDict.fromkeys.__qualname__)
print(weakref.ref.__new__.__qualname__, collections.deque.__new__.__qualname__, list.append.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__)
class A:
    class B(list):
        pass
print(A.B.__new__.__qualname__, A.B().append.__qualname__, A.B.append.__qualname__)
