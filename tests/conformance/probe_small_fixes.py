# Small corners found by probing programs: %a and !a escape as ascii(),
# a __hash__ returning a big int, SystemExit.code with several arguments,
# cell_contents, and deleting an unset slot.
print("%a" % "é", "{!a}".format("é"), "{0!a:>8}".format("ü"), f"{'é'!a}", "%-6a|" % "x")
class H:
    def __hash__(self):
        return 2 ** 65
print(hash(H()) == hash(2 ** 65), hash(H()))
class H2:
    def __hash__(self):
        return -(2 ** 64)
print(hash(H2()) == hash(-(2 ** 64)))
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code, SystemExit("a", "b").args)
def outer():
    x = 1
    def inner():
        return x
    return inner
c = outer().__closure__[0]
print(c.cell_contents)
c.cell_contents = "new"
print(outer.__name__, c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
del s.a
for name in ["a", "b"]:
    try:
        delattr(s, name)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        getattr(s, name)
    except AttributeError as e:
        print("AttributeError:", e)
