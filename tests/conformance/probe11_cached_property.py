# functools.cached_property as a data-science class would use it.
import functools
import gc

class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.computed = []
    @functools.cached_property
    def mean(self):
        "The arithmetic mean."
        self.computed.append("mean")
        return sum(self.values) / len(self.values)
    @functools.cached_property
    def variance(self):
        self.computed.append("variance")
        m = self.mean
        return sum((v - m) ** 2 for v in self.values) / len(self.values)

d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.variance, d.mean, d.variance, d.computed)
print(sorted(vars(d)), type(Dataset.mean).__name__, Dataset.mean.__doc__, Dataset.mean.attrname)
d.values.append(100)
print(d.mean, "(stale until deleted)")
del d.mean
print(d.mean, d.computed)
d.mean = 0
print(d.mean, d.__dict__["mean"])
e = Dataset([1])
print(e.mean, Dataset.mean.func.__name__, isinstance(Dataset.__dict__["mean"], functools.cached_property))
class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as err:
    print("TypeError:", err)
cp = functools.cached_property(lambda self: 5)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as err:
    print(type(err).__name__ + ":", err, "| cause:", type(err.__cause__).__name__)
loose = functools.cached_property(lambda self: 1)
class Late:
    pass
Late.z = loose
try:
    Late().z
except TypeError as err:
    print("TypeError:", err)
class Holder:
    @functools.cached_property
    def big(self):
        return [self]
h = Holder()
h.big
del h
print("cycle through the cache collected:", gc.collect() >= 2)
