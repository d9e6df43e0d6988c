# default argument values are evaluated once, at def time
def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, 3, 4), f(1, c=9))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []), acc(4))
base = 10
def g(x=base):
    return x
base = 20
print(g(), g(5))
def h(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(h(), h())
try:
    f()
except TypeError as e:
    print("TypeError:", e)
