class C:
    pass
ops = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + "a", lambda: "a" * "b", lambda: "a" * 1.5,
    lambda: [] * [], lambda: -"a", lambda: ~1.5, lambda: +[], lambda: 1 < "a", lambda: [] > (),
    lambda: C() < C(), lambda: None + None, lambda: {} + {}, lambda: {1} + {2}, lambda: 1 - None,
    lambda: 2 ** "x", lambda: "x" % 5 if False else 5 % "x", lambda: 1 / "2", lambda: 3 // [],
    lambda: 1 & 1.0, lambda: 1.0 << 1, lambda: "a" - "b", lambda: b"a" + "a", lambda: (1,) * (2,),
    lambda: len(5), lambda: len(C()), lambda: C()[0], lambda: C()[0:1], lambda: 5[0],
    lambda: iter(5), lambda: iter(C()), lambda: C()(), lambda: None(), lambda: "abc"(),
    lambda: next([1]), lambda: abs("x"), lambda: round("x"), lambda: sum(["a"]), lambda: divmod("a", 1),
    lambda: {}[[]], lambda: hash([]), lambda: int([]), lambda: float({}), lambda: ord("ab"),
    lambda: chr("a"), lambda: chr(-1), lambda: "abc"[1.0], lambda: [1][None], lambda: "x".join(5),
    lambda: sorted(5), lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: reversed(5),
]
for i, op in enumerate(ops):
    try:
        r = op()
        print(i, "no error", r)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__ + ":", e)
def takes_two(a, b):
    return a + b
try:
    takes_two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    del C().x
except AttributeError as e:
    print("AttributeError:", e)
x = C()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
y = "s"
try:
    y -= "t"
except TypeError as e:
    print("TypeError:", e)
z = [1]
try:
    z += 5
except TypeError as e:
    print("TypeError:", e)
try:
    z *= "a"
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] += 1
except TypeError as e:
    print("TypeError:", e)
