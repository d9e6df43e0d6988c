class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError(f"{type(self).__name__!r} has no setting {name!r}")
c = Config(level=3, name="x")
print(c.level, c.debug, c.name, getattr(c, "debug"), getattr(c, "nope", None))
print(hasattr(c, "nope"), hasattr(c, "level"), sorted(vars(c)), "debug" in vars(c))
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "debug", True)
print(c.debug, c.__dict__)
delattr(c, "debug")
print(c.debug)
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
o = Plain()
for i in range(3):
    setattr(o, "f%d" % i, i * i)
print(sorted(o.__dict__.items()), [getattr(o, "f%d" % i) for i in range(3)])
o.__dict__["weird name"] = 1
print(getattr(o, "weird name"), sorted(vars(o))[-1])
o.__dict__.clear()
print(vars(o), hasattr(o, "f0"))
try:
    getattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(o, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
g = Guard()
g.x = "abc"
g.n = 3
print(g.x, g.n)
try:
    g._y = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.x
print(hasattr(g, "x"), "n" in dir(g), "x" in dir(g))
print([a for a in dir(Config) if not a.startswith("__")], type(Config.__dict__).__name__)
try:
    Config.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().y = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    len.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
