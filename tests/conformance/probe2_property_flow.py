# Probing program (issue 13, round 2): properties with getter, setter, deleter, docs and inheritance
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
print(Temp.celsius.fset is not None, Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
class Sub(Temp):
    @property
    def celsius(self):
        return "sub " + str(super().celsius)
s = Sub()
s._c = 5
print(s.celsius)
try:
    s.celsius = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
class Ro:
    x = property(doc="just doc")
print(Ro.x.__doc__)
