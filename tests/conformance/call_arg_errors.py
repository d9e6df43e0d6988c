# Call errors as CPython 3.11 words them: too many positional arguments
# with keyword-only ones given, keyword errors before the count, f(*x)
# passing a tuple itself, the "after *" messages, and a sort key called
# even for a single element.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *, c):
    pass
def g(a, *, c, d=1):
    pass
def k(a):
    pass
t(lambda: f(1, 2, 3, c=1))
t(lambda: g(1, 2, c=1, d=2))
t(lambda: g(1, 2, 3))
t(lambda: k(1, 2))
t(lambda: k(1, 2, a=3))
t(lambda: k(1, 2, z=3))
t(lambda: f(1, 2, 3, a=1, c=1))
def h(*a, **kw):
    return a
tup = (1, 2)
print(h(*tup) is tup, h(*[1, 2]), h(*"ab"), h(*range(2)), h(*{1: 2}), h(*tup, x=1))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
print(h(*Seq()), [*Seq()])
t(lambda: h(*5))
t(lambda: h(1, *5))
t(lambda: [*5])
t(lambda: (*None,))
t(lambda: h(*5, *[1]))
t(lambda: h(*None))
t(lambda: print(*5))
t(lambda: h(**5))
t(lambda: h(1, **5))
t(lambda: sorted([1], key=1))
t(lambda: sorted([1], key=lambda x: 1 / 0))
t(lambda: [3].sort(key=lambda x: print("key", x)))
t(lambda: sorted([], key=1))
