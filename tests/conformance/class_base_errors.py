# Bases CPython 3.11 refuses stay refused with its TypeError (the subset's
# unsupported bases are reported apart, as NotImplementedError).
import collections

for b in (bool, range, slice, type(None), type(len), type(lambda: 0)):
    try:
        class X(b):
            pass
        print(b.__name__, "ok")
    except TypeError as e:
        print(b.__name__, "TypeError:", e)
for b in (int, float, list, dict, tuple, object, type, property, staticmethod, classmethod,
          BaseException, KeyError, collections.OrderedDict, collections.defaultdict, collections.Counter):
    class Y(b):
        pass
    print(b.__name__, Y.__mro__[1] is b)
try:
    class Z(1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
try:
    print(not_a_builtin_either)
except NameError as e:
    print("NameError:", e)
