def f(a, b=2, *, c):
    pass
class K:
    def m(self, x):
        pass
cases = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2), lambda: f(1, a=1, c=2),
    lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1), lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (),
    lambda: 1 < "a", lambda: None(), lambda: (1)[0], lambda: len(5), lambda: iter(5), lambda: next([]),
    lambda: {}[[]], lambda: "abc"[1.0], lambda: [1][None], lambda: -"a", lambda: ~1.5, lambda: abs("x"),
    lambda: int([]), lambda: float({}), lambda: "a" * 1.5, lambda: [1] * "x", lambda: sum(["a"]), lambda: sorted([1, None]),
    lambda: max(), lambda: min([]), lambda: divmod("a", 1), lambda: hash([]), lambda: 1 in 5, lambda: "a" in [1] or 1 in "a",
    lambda: K()(), lambda: object().x, lambda: setattr(object(), "x", 1), lambda: del_attr(), lambda: 5 .__foo__,
    lambda: str.upper(5), lambda: list.append([], 1, 2), lambda: dict(1), lambda: tuple(1), lambda: isinstance(1, 2),
    lambda: issubclass(1, int), lambda: chr("a"), lambda: ord("ab"), lambda: round("x"), lambda: range(1.5), lambda: "%d %d" % (1,),
]
def del_attr():
    o = K()
    del o.zz
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
