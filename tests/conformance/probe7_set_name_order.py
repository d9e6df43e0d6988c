# __set_name__ call order, descriptors precedence, __init_subclass__ kwargs
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'default-' + self.name)

class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata'

class DataD:
    def __get__(self, obj, typ=None):
        return 'data'
    def __set__(self, obj, v):
        print("DataD.__set__", v)

class M:
    b = Field()
    a = Field()
    nd = NonData()
    dd = DataD()
    c = Field()

m = M()
print(m.a, m.b)
m.__dict__['nd'] = 'inst'
m.__dict__['dd'] = 'inst'
print(m.nd, m.dd)
m.dd = 5
print(m.__dict__['dd'])

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag

class X(Base, tag='x'):
    pass
class Y(X):
    pass
print(X.tag, Y.tag)
try:
    class Z(Base, tag='z', extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class W(object, bad=1):
        pass
except TypeError as e:
    print("TypeError", e)
