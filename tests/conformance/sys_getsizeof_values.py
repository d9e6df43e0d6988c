# sys.getsizeof for the built-in types, as CPython 3.11 reports them
import sys
class C:
    pass
class S:
    __slots__ = ('a', 'b')
class W:
    __slots__ = ('a', '__weakref__')
c = C()
c.x = 1
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(2**30 - 1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-2**62 - 2**62), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof('é'), sys.getsizeof('é' * 10), sys.getsizeof('€'), sys.getsizeof('€' * 10), sys.getsizeof('😀'), sys.getsizeof('a€'))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof([1, 2]), sys.getsizeof([0] * 10))
l = []
for i in range(20):
    l.append(i)
print(sys.getsizeof(l), sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof({'a': 1}), sys.getsizeof({i: None for i in range(10)}), sys.getsizeof({str(i): i for i in range(10)}))
print(sys.getsizeof(set()), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(50))), sys.getsizeof(frozenset(range(5))), sys.getsizeof({1, 2, 3}))
print(sys.getsizeof(C()), sys.getsizeof(c), sys.getsizeof(S()), sys.getsizeof(W()), sys.getsizeof(range(3)))
