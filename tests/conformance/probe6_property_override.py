# Properties overridden and extended in subclasses; super() inside
# property getters; setter/deleter chains; property attributes.


class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h

    @property
    def area(self):
        return self._w * self._h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError('width must be positive')
        self._w = v


class Framed(Shape):
    @property
    def area(self):
        return super().area + 2 * (self._w + self._h)

    @Shape.width.setter
    def width(self, v):
        print('  Framed.width <-', v)
        Shape.width.fset(self, v)

    @width.deleter
    def width(self):
        print('  deleting width')
        self._w = 1


s, f = Shape(2, 3), Framed(2, 3)
print(s.area, f.area)
f.width = 4
print(f.width, f.area)
del f.width
print(f.width)
try:
    del s.width
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.area = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.width = -1
except ValueError as e:
    print('ValueError:', e)
p = Shape.__dict__['width']
print(p.fget.__name__, p.fset.__name__, p.fdel)
q = Framed.__dict__['width']
print(q.fget is p.fget, q.fset is p.fset, q.fdel.__name__)
print(type(p).__name__, isinstance(p, property))
r = property(lambda self: 42, doc='answer')
print(r.__doc__, r.__get__(None, Shape) is r, r.__get__(s))
print(p.getter(lambda self: 0).__get__(s), p.fget(s))
