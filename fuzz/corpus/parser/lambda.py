# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), add(b=3, a=4))
print((lambda: "no args")())
print(sorted([3, -1, 2], key=lambda v: -v))
fs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda y: y + 1)(3))
print(type(sq))
