import operator
class LH:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        return self.n
print(operator.length_hint(LH(10)), operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 7))
print(list(LH(100)), list(LH(0)))
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return -1
try:
    list(Bad())
except ValueError as e:
    print("ValueError", e)
class BadType:
    def __length_hint__(self):
        return "x"
try:
    operator.length_hint(BadType())
except TypeError as e:
    print("TypeError", e)
class NI:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(NI(), 4))
class WithLen:
    def __len__(self):
        return 6
    def __length_hint__(self):
        return 99
print(operator.length_hint(WithLen()))
it = iter(range(10))
next(it)
print(operator.length_hint(it), operator.length_hint(reversed([1, 2])), operator.length_hint(iter({1: 2})))
try:
    operator.length_hint(LH(1), "x")
except TypeError as e:
    print("TypeError", e)
