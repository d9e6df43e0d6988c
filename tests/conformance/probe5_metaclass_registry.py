class Registry(type):
    registry = {}
    log = []
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        Registry.log.append(("prepare", name, tuple(b.__name__ for b in bases), sorted(kw)))
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        ns["_fields"] = tuple(k for k in ns if not k.startswith("_"))
        cls = super().__new__(mcs, name, bases, ns)
        Registry.registry[name] = cls
        Registry.log.append(("new", name, ns["_fields"]))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *args, **kwargs):
        Registry.log.append(("call", cls.__name__, args, sorted(kwargs.items())))
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst
    def __repr__(cls):
        return "<class %s tag=%s>" % (cls.__name__, cls.tag)

class Base(metaclass=Registry):
    x = 1
    def __init__(self, a=0):
        self.a = a
    def method(self):
        return self.a * 2

class Child(Base, tag="kid"):
    y = 2
    z = 3
    def method(self):
        return super().method() + 1

for entry in Registry.log:
    print(entry)
Registry.log.clear()
c = Child(5)
print(c.method(), c.created_by, c.a)
print(Registry.log)
print(sorted(Registry.registry))
print(repr(Base), repr(Child), Child.tag, Base.tag)
print(Child._fields, Base._fields)
print(type(Child) is Registry, isinstance(Child, type), issubclass(Registry, type))
print(Child.__mro__[1] is Base, [k.__name__ for k in Child.__mro__])
try:
    Child(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Registry.log[-1])
D = Registry("D", (Child,), {"q": 9}, tag="dyn")
print(D, D.q, D._fields, D().method())
print(type.__repr__(D).startswith("<class '__main__.D'"))
