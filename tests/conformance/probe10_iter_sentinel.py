vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
print(list(vals))
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, next(it), list(it), list(it))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
class Once:
    def __init__(self):
        self.done = False
    def __call__(self):
        if self.done:
            raise IndexError("called again")
        self.done = True
        return "x"
o = iter(Once(), "never")
print(next(o))
try:
    next(o)
except IndexError as e:
    print("IndexError", e)
print(next(iter([]), "default"), next(iter("a"), None))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class SelfIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
s = SelfIter()
print(list(s), list(s), iter(s) is s)
