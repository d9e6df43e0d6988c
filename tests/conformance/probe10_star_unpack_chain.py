a, *b, c = range(6)
print(a, b, c)
*d, = "xyz"
print(d)
(e, f), *g = [(1, 2), 3, 4]
print(e, f, g)
h, *i = [1]
print(h, i)
try:
    j, *k, l = [1]
except ValueError as ex:
    print("ValueError", ex)
try:
    m, n = [1, 2, 3]
except ValueError as ex:
    print("ValueError", ex)
try:
    m, n, o = [1, 2]
except ValueError as ex:
    print("ValueError", ex)
try:
    p, q = 5
except TypeError as ex:
    print("TypeError", ex)
print([*range(3), *"ab"], (*[1], *{2: 0}), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
try:
    f(**{"x": 1}, x=2)
except TypeError as ex:
    print("TypeError", ex)
try:
    f(**{1: 2})
except TypeError as ex:
    print("TypeError", ex)
try:
    f(*5)
except TypeError as ex:
    print("TypeError", ex)
try:
    f(**[1])
except TypeError as ex:
    print("TypeError", ex)
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 0, x == 5 == 5.0, 1 in [1] in [[1]], (1 < x) < 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
print((y := 10) + y, [z for w in range(3) if (z := w * 2) > 1], z)
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
print([(lambda: (t := 5))(), (s := [1])][1], s)
