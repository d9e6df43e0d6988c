def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 7, "z": 0}))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos_only(1, b=2, c=3, d=4),
    lambda: pos_only(1, 2, 3, 4),
    lambda: f(1, 2, c=3, **{"c": 4}),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(x=1),
    lambda: (lambda *, k: k)(),
    lambda: (lambda a, b, c: 0)(1),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=1),
    lambda: sorted([1], lambda x: x),
    lambda: f(1, **{1: 2}),
    lambda: f(1, *5),
    lambda: f(1, **[1]),
    lambda: dict(a=1).get(),
    lambda: "x".join(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: getattr(),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3), kwargs_order(**{"b": 1}, a=2))
def defaults(x=[]):
    x.append(1)
    return len(x)
print(defaults(), defaults(), defaults([]), defaults.__defaults__)
def kwdef(*, a=1, b):
    return a, b
print(kwdef(b=2), kwdef.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_flags & 0x0C)
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__, annotated.__name__, annotated.__defaults__)
args = (1, 2)
kwargs = {"c": 3}
print(f(*args, **kwargs, d=9), max(*[3, 1, 2]), print(*[], sep="-") or "none")
first, *rest = [1, 2, 3]
*init, last = "abc"
a, (b, c), d = 1, (2, 3), 4
print(first, rest, init, last, a, b, c, d)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
