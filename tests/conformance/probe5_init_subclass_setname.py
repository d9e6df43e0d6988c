class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Model:
    registry = []
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
        Model.registry.append(cls.__name__)
        print("init_subclass", cls.__name__, cls.table)

class User(Model, table="users"):
    name = Field("anon")
    age = Field(0)

class Admin(User):
    level = Field(1)

u = User()
print(u.name, u.age, User.name.name, type(User.__dict__["age"]).__name__)
u.name = "zed"
print(u.name, vars(u), Admin.table, User.table, Model.registry)
a = Admin()
a.level = 5
print(a.level, a.name, sorted(vars(a)))
try:
    class Bad(Model, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class GenericBox:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))
print(GenericBox[int], GenericBox["x"], list[int] if False else "skip")
class Lazy:
    def __set_name__(self, owner, name):
        raise RuntimeError("refuse " + name)
try:
    class Holder:
        thing = Lazy()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__ if e.__cause__ else None)
class Plug:
    plugins = {}
    def __init_subclass__(cls, /, key, **kwargs):
        super().__init_subclass__(**kwargs)
        Plug.plugins[key] = cls
class PA(Plug, key="a"):
    pass
class PB(Plug, key="b"):
    pass
print(sorted((k, v.__name__) for k, v in Plug.plugins.items()))
try:
    class PC(Plug):
        pass
except TypeError as e:
    print("TypeError:", e)
late = Field(3)
late.__set_name__(User, "late")
User.late = late
print(User().late, u.late)
