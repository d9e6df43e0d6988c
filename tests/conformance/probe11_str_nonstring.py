# A class whose __repr__ or __str__ returns something that is not a str:
# which message each way of printing it gives.
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return [1]
class BadBoth:
    def __repr__(self):
        return None
    def __str__(self):
        return b"bytes"
class GoodRepr:
    def __repr__(self):
        return "Good()"

ways = [
    ("str", str), ("repr", repr), ("ascii", ascii), ("format", format),
    ("%s", lambda o: "%s" % (o,)), ("%r", lambda o: "%r" % (o,)),
    ("f{}", lambda o: f"{o}"), ("f!r", lambda o: f"{o!r}"), ("f!s", lambda o: f"{o!s}"),
    ("{}.format", lambda o: "{}".format(o)), ("{!r}.format", lambda o: "{!r}".format(o)),
    ("in list", lambda o: str([o])), ("in dict", lambda o: str({"k": o})),
    ("in tuple", lambda o: repr((o,))), ("print", lambda o: print(o)),
    ("object.__str__", lambda o: object.__str__(o)), ("object.__repr__", lambda o: object.__repr__(o)[:8]),
]
for cls in (BadRepr, BadStr, BadBoth, GoodRepr):
    print("==", cls.__name__)
    for name, fn in ways:
        try:
            r = fn(cls())
            if isinstance(r, str) and " object at 0x" in r:
                r = r[:r.index(" at 0x")] + ">"   # no addresses
            print(f"  {name:16} -> {r!r}")
        except TypeError as e:
            print(f"  {name:16} TypeError: {e}")
class Sub(BadRepr):
    def __str__(self):
        return "fine"
print(str(Sub()), "%s" % Sub())
try:
    repr(Sub())
except TypeError as e:
    print("TypeError:", e)
