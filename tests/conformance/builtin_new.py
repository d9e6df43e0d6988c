# The built-in types' own __new__ (CPython's tp_new_wrapper): a built-in method bound to the type, its checks and messages, list/dict/set/bytearray filled by __init__, super().__new__ from subclasses
print(int.__new__(int, 5), int.__new__(int), int.__new__(int, '12'), int.__new__(int, '11', 2))
print(type(int.__new__).__name__, int.__new__.__name__, int.__new__.__qualname__, int.__new__.__self__)
print(str.__new__(str, 'x'), str.__new__(str), repr(str.__new__(str, 5)))
print(tuple.__new__(tuple, [1]), tuple.__new__(tuple))
print(float.__new__(float, '2.5'), float.__new__(float))
print(list.__new__(list, [1, 2]), dict.__new__(dict, a=1), dict.__new__(dict, [(1, 2)]))
print(set.__new__(set, [1]), frozenset.__new__(frozenset, [1]), bytes.__new__(bytes, 2), bytearray.__new__(bytearray, 3))
print(range.__new__(range, 3), slice.__new__(slice, 1, 2), bool.__new__(bool, 1))
print(object.__new__(object).__class__.__name__, type(object.__new__).__name__)
print(type.__new__(type, 'X', (), {}).__name__)
for args in [(), (5,), (int,), (str, 1), (list,)]:
    try:
        print(object.__new__(*args))
    except TypeError as e:
        print(e)
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, *a): return object.__new__(cls, *a)
for cls, args in [(A, ()), (A, (1,)), (B, (1,)), (C, ()), (C, (1,))]:
    try:
        print(type(object.__new__(cls, *args)).__name__)
    except TypeError as e:
        print(e)
try:
    C(1)
except TypeError as e:
    print(e)
for t, s in [(int, str), (int, bool), (str, int), (tuple, list), (float, int), (list, dict), (dict, list)]:
    try:
        r = t.__new__(s)
        print(type(r).__name__, r)
    except TypeError as e:
        print(e)
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class MyStr:
    def __new__(cls, v):
        return v.upper()
class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
class MyFloat(float):
    def __new__(cls, v):
        return float.__new__(cls, v + 0.5)
class MyList(list):
    def __new__(cls, *a):
        r = super().__new__(cls, *a)
        print('new', r)
        return r
class MyDict(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(MyInt(4), type(MyInt(4)).__name__, MyTuple(1, 2), type(MyTuple(1)).__name__)
print(MyFloat(1), type(MyFloat(1)).__name__, MyList([1, 2]), MyDict(a=1))
print(MyStr('ab'), type(MyStr('ab')).__name__)
class P(int): pass
print(int.__new__(P, 7), type(int.__new__(P, 7)).__name__)
try:
    object.__new__(P)
except TypeError as e:
    print(e)
try:
    int.__new__(MyInt2 := type('MyInt2', (int,), {'__new__': lambda c: 0}))
    print('ok')
except TypeError as e:
    print(e)
print(int.__new__ is int.__new__, int.__new__ == int.__new__, bool.__new__ is int.__new__, '__new__' in bool.__dict__, '__new__' in int.__dict__)
try:
    int.__new__()
except TypeError as e:
    print(e)
try:
    int.__new__(5)
except TypeError as e:
    print(e)
