# a recursive nested function forms a cycle through its cell
import gc
gc.disable()
gc.collect()
def make():
    def rec(n):
        return 0 if n == 0 else rec(n - 1) + 1
    return rec
f = make()
print(f(5))
del f
print(gc.collect())
def make_many(k):
    fs = []
    for i in range(k):
        fs.append(make())
    return len(fs)
print(make_many(10))
print(gc.collect())
def plain():
    x = 1
    def get():
        return x
    return get
g = plain()
print(g())
del g
print(gc.collect())
