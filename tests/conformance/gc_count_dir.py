# gc.get_count() around dir() and around dict.update from a mapping that
# is not a dict: CPython 3.11's builtin_dir takes an argument tuple, its
# object.__dir__ copies the instance's __dict__ (or makes a dict) and
# merges each class's __dict__ (a mappingproxy) and __bases__, and
# dict.update lists a mapping's keys() unless they are a list; dir()
# sorts a new list.  Each is a container the count sees.
import gc
import sys


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


def once(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    print(label, gc.get_count()[0] - c0)


class A:
    x = 1

    def m(self):
        pass


class B(A):
    __slots__ = ()


class S:
    __slots__ = ('a',)


class Custom:
    def __dir__(self):
        return ('b', 'a')


class CustomList:
    def __dir__(self):
        return ['z', 'y']


class M:
    def keys(self):
        return ['a', 'b']

    def __getitem__(self, k):
        return 1


a = A()
a.y = 2
once('dir(a) first', lambda: dir(a))
delta('dir(A)', lambda: dir(A))
delta('dir(B())', lambda: dir(B()))
delta('dir(S())', lambda: dir(S()))
delta('dir(1)', lambda: dir(1))
delta('dir([])', lambda: dir([]))
delta('dir(object())', lambda: dir(object()))
delta('dir(sys)', lambda: dir(sys))
delta('dir(Custom())', lambda: dir(Custom()))
delta('dir(CustomList())', lambda: dir(CustomList()))
delta('dir()', lambda: dir())
delta('object().__dir__()', lambda: object().__dir__())
delta('S().__dir__()', lambda: S().__dir__())
delta('int.__dir__(int)', lambda: type.__dir__(int))
delta('(1).__dir__()', lambda: (1).__dir__())
md = object.__dict__
m = M()
delta('update proxy', lambda: {}.update(md))
delta('update keys list', lambda: {}.update(m))
delta('dict(proxy)', lambda: dict(md))
delta('{**proxy}', lambda: {**md})
print(dir(Custom()), dir(CustomList()), dir(S())[:3], dir(B()) == dir(A()) == dir(A))
print(int.__bases__ is int.__bases__, dir(1) == sorted(set(dir(int))))
