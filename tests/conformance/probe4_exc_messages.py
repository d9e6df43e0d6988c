import sys
cases = [
    lambda: int("12a"), lambda: int("", 10), lambda: int("9", 8), lambda: int(None), lambda: int([1]),
    lambda: int("10", 1), lambda: int(1.5, 10), lambda: float([]), lambda: float(None),
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 0 ** -1,
    lambda: [][0], lambda: ()[0], lambda: "x"[1], lambda: {}[()], lambda: None.attr,
    lambda: (1).real.imag.nope, lambda: len(5), lambda: [None][0](), lambda: int(5)(), lambda: "a" - "b",
    lambda: [1] - [1], lambda: -"a", lambda: ~1.5, lambda: 1 < "a", lambda: [] > (), lambda: None < None,
    lambda: iter(None), lambda: next([]), lambda: hash([]), lambda: hash({}), lambda: {}.fromkeys(1),
    lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: ord(1),
    lambda: range(1.5), lambda: range(0, 5, 0), lambda: list(range(3))[::0], lambda: round("x"),
    lambda: abs("x"), lambda: sum(["a", "b"]), lambda: sum([1], "s"), lambda: getattr(1, 2),
    lambda: setattr(1, "x", 2), lambda: delattr(object(), "x"), lambda: object().x,
    lambda: type("x", 1, {}), lambda: isinstance(1, 1), lambda: sorted([1], key=lambda: 0),
    lambda: (lambda a, b: 0)(1), lambda: (lambda a: 0)(1, 2), lambda: (lambda: 0)(x=1),
    lambda: (lambda a, *, k: 0)(1), lambda: (lambda a, /: 0)(a=1), lambda: dict(a=1)["b"],
    lambda: [1, 2, 3].index(4, 0, 2), lambda: tuple.index((1,), 2), lambda: "abc".encode("nope"),
    lambda: b"\xff".decode(), lambda: bytes(-1), lambda: bytes("x"), lambda: b"a" + "b",
    lambda: str(b"a", "ascii", "bad", 1), lambda: max(), lambda: min(1, 2, key=None, default=3),
    lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: 2 ** "x",
    lambda: [] * [], lambda: "%s %(a)s" % {"a": 1}, lambda: "{0} {}".format(1, 2), lambda: "{".format(),
    lambda: "}".format(), lambda: "{a}".format(), lambda: "{0}".format(), lambda: "{:q}".format(1),
    lambda: sys.getrefcount(), lambda: int.__add__(1, "x"),
]
for i, op in enumerate(cases):
    try:
        r = op()
        print(i, "ok", r if not callable(r) else "callable")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
