# getattr, setattr, hasattr
class Cfg:
    default = "d"
c = Cfg()
setattr(c, "port", 80)
print(c.port, getattr(c, "port"), getattr(c, "default"), getattr(c, "x", None))
print(hasattr(c, "port"), hasattr(c, "host"), hasattr(Cfg, "default"))
for name in ["a", "b", "c"]:
    setattr(c, name, name * 2)
print(c.a, c.b, c.c)
setattr(Cfg, "shared", 1)
print(Cfg().shared)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr("s", "upper"), hasattr(1, "upper"), getattr([1, 2], "pop")())
