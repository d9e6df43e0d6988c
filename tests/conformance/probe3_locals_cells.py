# Probing program (issue 13, round 3): locals() in a function lists its cell and free
# variables too, after the fast locals (CPython 3.11's fast-to-locals order)
def f(a, b):
    x = 1
    y = [2]
    def g():
        return x + a
    z = 3
    return list(locals()), locals()['x'], locals()['a']
print(f(1, 2))
def outer():
    v = 5
    w = 6
    def inner(q):
        r = q
        print(sorted(locals().items()))
        return v + w
    return inner
print(outer()(1))
def late():
    names = list(locals())
    c = 'cell'
    def use():
        return c
    return names, sorted(locals())
print(late())
def rebound(p):
    def use():
        return p
    p = 'new'
    return locals()['p']
print(rebound('old'))
