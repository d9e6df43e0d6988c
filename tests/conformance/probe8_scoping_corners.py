x = "global"
def outer():
    x = "enclosing"
    def reader():
        return x
    def writer():
        nonlocal x
        x = "written"
    def glob():
        global x
        x = "global changed"
    r1 = reader()
    writer()
    r2 = reader()
    glob()
    return r1, r2, reader()
print(outer(), x)
def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    fixed = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in fixed]
print(make_counters())
def defaults(a, lst=[], d={}):
    lst.append(a)
    d[a] = len(lst)
    return lst, d
print(defaults(1), defaults(2), defaults(3, []))
print(defaults.__defaults__)
class K:
    y = 10
    vals = [y for _ in range(2)] if False else None
    try:
        comp = [y for _ in range(2)]
    except NameError as e:
        comp = "NameError " + str(e)
    first = [v * 2 for v in range(y // 5)]
    z = y + 1
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError " + str(e)
print(K.comp, K.first, K.z, K().m())
def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    q = 1
unbound()
def unbound_free():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 2
    return inner()
print(unbound_free())
def deleted():
    w = 1
    del w
    try:
        w
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
deleted()
def nested_nonlocal():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner
    f = mid()
    f(); f()
    return a
print(nested_nonlocal())
gen_scope = 5
g = (gen_scope * k for k in range(3))
gen_scope = 100
print(list(g))
it = [1, 2]
g2 = (v for v in it)
it = [9]
print(list(g2))
print([w for w in range(3) if w] , [(a, b) for a in range(2) for b in range(a)])
try:
    print(undefined_name_xyz)
except NameError as e:
    print("NameError", e)
def loc():
    aa = 1
    bb = [aa]
    return sorted(locals())
print(loc())
def shadow(len=len):
    return len("abc")
print(shadow(), shadow(lambda s: -1))
lam = lambda: lam_target
lam_target = "late bound"
print(lam())
