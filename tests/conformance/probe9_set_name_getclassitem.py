class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2

class Model:
    x = Field()
    y = Field()
    z = 5

m = Model()
print(m.x, Model.x.name)
m.x = 4
print(m.x, m.__dict__)
class Late:
    pass
f = Field()
Late.w = f
print(hasattr(f, "name"))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Bad:
        b = Boom()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else "")
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
class Gen:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Gen[int], Gen[1, 2], Gen["x"])
class NoGen:
    pass
try:
    NoGen[int]
except TypeError as e:
    print(e)
class Sub(Gen):
    pass
print(Sub[3])
class CGI:
    @classmethod
    def __class_getitem__(cls, item):
        return "explicit classmethod"
print(CGI[0])
