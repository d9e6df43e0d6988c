# Data descriptors with __get__/__set__/__delete__, and how they interact
# with the instance dict and non-data descriptors.
class Logged:
    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + self.name + " on " + objtype.__name__
        print("get", self.name)
        return getattr(obj, self.key, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.key, value)
    def __delete__(self, obj):
        print("delete", self.name)
        if not hasattr(obj, self.key):
            raise AttributeError(self.name + " was never set")
        delattr(obj, self.key)

class GetOnly:
    def __get__(self, obj, objtype=None):
        return "getonly"

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class C:
    x = Logged()
    g = GetOnly()
    s = SetOnly()
    d = DelOnly()

c = C()
print(C.x)
print(c.x)
c.x = 5
print(c.x)
del c.x
print(c.x)
try:
    del c.x
except AttributeError as e:
    print("AttributeError", e)
# data descriptor wins over instance dict
c.__dict__["x"] = "in dict"
print(c.x)
# non-data descriptor loses to the instance dict
print(c.g)
c.g = "shadow"
print(c.g)
del c.g
print(c.g)
# __set__ only: get falls through to the descriptor object itself unless dict
c.s = 3
print(type(c.s).__name__)
c.__dict__["s"] = "dict s"
print(c.s)
# __delete__ only: still a data descriptor
try:
    c.d = 1
except AttributeError as e:
    print("AttributeError", e)
del c.d
print(type(c.d).__name__)
c.__dict__["d"] = "dict d"
print(type(c.d).__name__)
print(sorted(k for k in vars(c)))
