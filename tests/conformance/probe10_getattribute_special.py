class Tracer:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Tracer"
    def __add__(self, o):
        return "added"
    def method(self):
        return "m"
t = Tracer()
print(len(t))
print(repr(t))
print(t + 1)
print(t.method())
print(str(t))
print(bool(t))
x = t.__class__
print(x.__name__)
class InstDunder:
    pass
i = InstDunder()
i.__len__ = lambda: 5
i.__repr__ = lambda: "inst repr"
try:
    print(len(i))
except TypeError as e:
    print("TypeError", e)
print(repr(i) != "inst repr", i.__len__(), i.__repr__())
class Lazy:
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)
l = Lazy()
try:
    len(l)
except TypeError as e:
    print("TypeError", e)
try:
    iter(l)
except TypeError as e:
    print("TypeError", e)
print(hasattr(l, "__iter__"))
