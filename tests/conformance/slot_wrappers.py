# The built-in types' slots as attributes: slot wrappers (wrapper_descriptor)
# and their bound form (method-wrapper), called unbound with the instance
# first, through super() and from subclasses, with CPython's TypeErrors.
def r(x):
    return repr(x).split(" at 0x")[0]


for name, v in [("dict.__setitem__", dict.__setitem__), ("int.__add__", int.__add__),
                ("list.__len__", list.__len__), ("object.__repr__", object.__repr__),
                ("object.__eq__", object.__eq__), ("int.__hash__", int.__hash__),
                ("dict.__iter__", dict.__iter__), ("list.__init__", list.__init__),
                ("tuple.__getitem__", tuple.__getitem__), ("dict.__delitem__", dict.__delitem__),
                ("list.__eq__", list.__eq__), ("int.__neg__", int.__neg__), ("str.__add__", str.__add__),
                ("list.__rmul__", list.__rmul__), ("list.__contains__", list.__contains__),
                ("set.__or__", set.__or__), ("dict.__or__", dict.__or__), ("float.__radd__", float.__radd__),
                ("type.__repr__", type.__repr__), ("list.append", list.append), ("str.join", str.join)]:
    print(name, r(v), type(v).__name__)
print(r((1).__add__), type((1).__add__).__name__, r([].__len__), type([].append).__name__)
print(list.__hash__, dict.__hash__, type(None.__repr__).__name__)
m = (5).__add__
print(m(2), m.__name__, m.__self__, m.__objclass__, int.__add__.__name__, int.__add__.__qualname__,
      int.__add__.__objclass__)
l = []
list.append(l, 1)
d = {}
dict.__setitem__(d, "k", 1)
dict.__setitem__(d, "j", 2)
dict.__delitem__(d, "j")
print(l, d, dict.__len__(d), list.__len__(l), int.__add__(1, 2), int.__radd__(1, 2), int.__add__(1, 2.0))
print(int.__sub__(5, 3), int.__rsub__(5, 3), int.__neg__(4), int.__bool__(0), str.__add__("a", "b"))
print(list.__mul__([1], 2), list.__rmul__([1], 3), tuple.__getitem__((1, 2, 3), -1), list.__contains__([1], 1))
print(object.__eq__(l, l), object.__eq__(l, 2), object.__ne__(l, 2), int.__lt__(1, 2), list.__eq__([1], [1]))
print(int.__hash__(7), float.__float__(1.5), int.__index__(3), next(iter([4]).__next__.__self__))
it = iter([9])
print(it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
for bad in [lambda: dict.__setitem__([], 1, 2), lambda: list.append({}, 1), lambda: list.append(),
            lambda: dict.__setitem__({}, 1), lambda: int.__add__("a", 1), lambda: dict.__setitem__(),
            lambda: list.__len__([], 1), lambda: (1).__add__(x=1), lambda: list.__mul__([], "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class D(dict):
    def __setitem__(self, k, v):
        print("D set", k)
        super().__setitem__(k, v)


class E(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)

    def __len__(self):
        return dict.__len__(self) + 100


d = D()
d["a"] = 1
e = E()
e["x"] = 2
print(d, e, len(e), E.__getitem__ is dict.__getitem__, D.__len__ is dict.__len__)


class L(list):
    def append(self, x):
        list.append(self, x)
        super().append(x)

    def __repr__(self):
        return "L" + super().__repr__()


class P:
    def __eq__(self, o):
        return object.__eq__(self, o)

    def __repr__(self):
        return "P:" + object.__repr__(self)[1:9]


x = L()
x.append(3)
p = P()
print(x, p == p, p == 1, p != p, repr(p))
