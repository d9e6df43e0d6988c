# Properties with getters, setters and deleters; property copies; docs.
class Temp:
    def __init__(self):
        self._c = 0
    def _get(self):
        "celsius doc"
        return self._c
    def _set(self, v):
        if v < -273.15:
            raise ValueError("too cold: %r" % (v,))
        self._c = v
    def _del(self):
        print("deleting celsius")
        del self._c
    celsius = property(_get, _set, _del)

    @property
    def kelvin(self):
        return self._c + 273.15

    @kelvin.setter
    def kelvin(self, v):
        self.celsius = v - 273.15

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
t.kelvin = 300
print(round(t.celsius, 2))
print(Temp.celsius.__doc__)
print(Temp.kelvin.fget.__name__, Temp.kelvin.fset.__name__, Temp.kelvin.fdel)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError", e)

p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print("AttributeError", e)
print(p.__get__(None, Temp) is p)

class Base:
    @property
    def v(self):
        return "base"
class Derived(Base):
    @Base.v.setter
    def v(self, val):
        print("derived setter", val)
d = Derived()
print(d.v)
d.v = 9
print(Base.v is Derived.v, type(Derived.v).__name__)

def getter(self):
    "getter doc"
    return 1
pr = property(getter, doc="explicit doc")
print(pr.__doc__)
pr2 = property(getter)
print(pr2.__doc__)
pr3 = pr2.setter(lambda s, v: None)
print(pr3.__doc__, pr3.fget is getter)
