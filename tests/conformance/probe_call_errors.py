# Probing program (issue 13): messages of call errors
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *, c):
    pass
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2, 3, c=1))
t(lambda: f(1, c=1, d=2))
t(lambda: f(1, a=1, c=2))
def g(a, /, b):
    pass
t(lambda: g(a=1, b=2))
def h(*args, **kw):
    return args, kw
print(h(1, x=2))
t(lambda: h(**{1: 2}))
t(lambda: h(*5))
t(lambda: h(**5))
class C:
    def m(self, x):
        return x
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C(1))
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: isinstance(1, 2))
t(lambda: "a".split(1))
t(lambda: "a".join([1]))
t(lambda: "a".replace(1, 2))
t(lambda: "a".startswith(1))
t(lambda: list(1))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: sorted([1], key=1))
t(lambda: getattr(1, 2))
t(lambda: getattr(1, "x"))
t(lambda: setattr(1, "x", 2))
t(lambda: (lambda x: x)(1, 2))
