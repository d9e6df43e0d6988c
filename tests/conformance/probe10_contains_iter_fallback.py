class GI:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i * 10
print(10 in GI(), 99 in GI())
print(list(GI()), sum(GI()), max(GI()), sorted(GI(), reverse=True))
class It:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
print(2 in It(), 5 in It())
class Ct:
    def __contains__(self, x):
        return x == "yes"
    def __iter__(self):
        raise AssertionError
print("yes" in Ct(), "no" in Ct(), "no" not in Ct())
class CtTruthy:
    def __contains__(self, x):
        return [1]
print(1 in CtTruthy())
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return 1
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError", e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
class KE:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KE())
except KeyError as e:
    print("KeyError", e)
class StopI:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopI()))
it = iter(GI())
print(type(it).__name__, next(it), next(it))
