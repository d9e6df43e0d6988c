# A plugin registry with __init_subclass__, class keywords and __set_name__.
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
    def __repr__(self):
        return f"Field({self.owner}.{self.name})"

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        cls.priority = priority
        Plugin.registry[key] = cls
    label = Field()
    def run(self, data):
        raise NotImplementedError(type(self).__name__ + ".run")

class Upper(Plugin, priority=5):
    def run(self, data):
        return data.upper()

class Reverse(Plugin, name="rev", priority=1):
    def run(self, data):
        return data[::-1]

class Strip(Reverse, name="strip", priority=9):
    def run(self, data):
        return super().run(data.strip())

class Broken(Plugin):
    pass

print(sorted(Plugin.registry))
for key, cls in sorted(Plugin.registry.items(), key=lambda kv: (-kv[1].priority, kv[0])):
    p = cls()
    try:
        print(f"{key:>7} p={cls.priority} -> {p.run('  Hello ')!r}")
    except NotImplementedError as e:
        print(f"{key:>7} p={cls.priority} !! NotImplementedError({e})")
try:
    class Again(Plugin, name="rev"):
        pass
except ValueError as e:
    print("ValueError:", e)
print(sorted(Plugin.registry), "again" in Plugin.registry)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
u = Upper()
print(u.label, Upper.label, Plugin.__dict__["label"])
u.label = "shout"
print(u.label, vars(u))
print([c.__name__ for c in Strip.__mro__])
print(Plugin.__subclasses__() == [Upper, Reverse, Broken], [c.__name__ for c in Reverse.__subclasses__()])
