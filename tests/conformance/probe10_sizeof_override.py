import sys
class F:
    def __sizeof__(self):
        return 1.5
class I:
    def __sizeof__(self):
        return True
class Big:
    def __sizeof__(self):
        return 2**70
class S:
    __slots__ = ()
    def __sizeof__(self):
        return 10
class L(list):
    def __sizeof__(self):
        return 10
class Ix:
    def __index__(self): return 5
class RI:
    def __sizeof__(self):
        return Ix()
for c in [F, I, Big, S, L, RI]:
    try:
        print(c.__name__, sys.getsizeof(c()))
    except Exception as e:
        print(c.__name__, type(e).__name__, e)
    try:
        print(c.__name__, sys.getsizeof(c(), "dflt"))
    except Exception as e:
        print(c.__name__, type(e).__name__, e)
class NoSizeof:
    __sizeof__ = None
try:
    sys.getsizeof(NoSizeof())
except TypeError as e:
    print(e)
print(sys.getsizeof(NoSizeof(), 3))
class Neg:
    def __sizeof__(self): return -1
try:
    print(sys.getsizeof(Neg(), 4))
except ValueError as e:
    print("ValueError", e)
