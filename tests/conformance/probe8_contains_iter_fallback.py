# `in` fallbacks: __contains__, __iter__, __getitem__; results coerced to bool.
class C1:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2
print(3 in C1(), 4 in C1(), 4 not in C1())
class C2:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
print(2 in C2(), 9 in C2())
class C3:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in C3(), 99 in C3())
class C4:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in C4()
except TypeError as e:
    print("TypeError", e)
class C5:
    pass
try:
    1 in C5()
except TypeError as e:
    print("TypeError", e)
class C6:
    def __contains__(self, x):
        raise ValueError("inner")
try:
    1 in C6()
except ValueError as e:
    print("ValueError", e)
class C7:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    1 in C7()
except KeyError as e:
    print("KeyError", e)
class C8:
    def __contains__(self, x):
        return [x]
print(0 in C8(), "a" in C8())
class NanLike:
    def __eq__(self, o):
        return False
n = NanLike()
print(n in [n], n in (n,), n in {1: 2}.keys() if False else "skip", n == n)
nan = float("nan")
print(nan in [nan], nan in [float("nan")], [nan] == [nan], nan == nan)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    256 in b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError", e)
print([] in [[]], 1 in range(0, 10, 2), 2 in range(0, 10, 2), 2.0 in range(3))
