def po(a, b, /, c, *, d=4):
    return a, b, c, d
print(po(1, 2, 3), po(1, 2, c=3, d=5))
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError", e)
show(lambda: po(1, b=2, c=3))
show(lambda: po(a=1, b=2, c=3))
show(lambda: po(1, 2))
show(lambda: po(1, 2, 3, 4))
show(lambda: po(1, 2, 3, e=5))
def kw(**k):
    return sorted(k)
show(lambda: kw(a=1, **{"b": 2}))
def both(a, *args, b, **kw):
    return a, args, b, kw
show(lambda: both(1, 2, 3, b=4, c=5))
show(lambda: both(1))
show(lambda: both())
def defaults(a, b=[], c={}):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults.__defaults__)
def kwonly(*, x, y=2, z):
    return x, y, z
show(lambda: kwonly(1))
show(lambda: kwonly(x=1))
show(lambda: kwonly())
print(kwonly.__kwdefaults__, po.__code__.co_posonlyargcount, po.__code__.co_kwonlyargcount, po.__code__.co_argcount)
def many(a, b, c, d):
    pass
show(lambda: many(1))
show(lambda: many(1, 2, 3, 4, 5, 6))
show(lambda: many(1, 2, 3, a=4))
class M:
    def meth(self, x, /):
        return x
show(lambda: M().meth(x=1))
show(lambda: M.meth())
show(lambda: (lambda: 0)(1))
show(lambda: (lambda *, k: k)(1))
