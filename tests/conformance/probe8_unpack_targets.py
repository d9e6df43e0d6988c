a, b = 1, 2
a, b = b, a
print(a, b)
x = y = []
x.append(1)
print(y, x is y)
(p, (q, r)), s = (1, (2, 3)), 4
print(p, q, r, s)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
[m, n] = "mn"
print(m, n)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
d = {}
d["x"], d["y"] = 1, 2
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
lst2 = [1, 2, 3, 4]
lst2[1:3] = iter("xyz")
print(lst2)
for bad in ["a, b = 1, 2, 3", "a, b = [1]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2], 3"]:
    pass
def tryit(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f1():
    a, b = 1, 2, 3
def f2():
    a, b = [1]
def f3():
    a, *b, c = [1]
def f4():
    a, b = 5
def f5():
    (a, b), c = [1, 2, 3], 3
def f6():
    a, b = None
def f7():
    a, b = {"k": 1, "j": 2, "l": 3}
def f8():
    *a, b = []
for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    tryit(f)
t = 1, 2, 3
u = *t, 4
v = [*t, *"ab"]
w = {*t, 3}
z = {**{"a": 1}, "b": 2}
print(u, v, sorted(w), z)
print(*[1, 2], *(3,), sep=",")
def kw(**k):
    return sorted(k.items())
print(kw(**{"a": 1}, b=2), kw(**dict(c=3)))
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    kw(**[1])
except TypeError as e:
    print("TypeError", e)
def pos(*a):
    return a
try:
    pos(*5)
except TypeError as e:
    print("TypeError", e)
print(pos(*"ab", *range(2)), pos(*{"k": 1}))
